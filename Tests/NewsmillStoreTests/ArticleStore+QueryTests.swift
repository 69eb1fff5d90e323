import Foundation
import NewsmillCore
import NewsmillStore
import XCTest

/// Read-only SQL: streaming, value types, and refusal of writes.
final class ArticleStoreQueryTests: XCTestCase {
    private var scratch: ScratchDirectory!
    private var path: String!

    override func setUpWithError() throws {
        scratch = try ScratchDirectory()
        path = scratch.path("news.db")
        let store = try ArticleStore(path: path)
        _ = try store.ingest([.init(runID: "r", articles: Sample.articles(25), quarantined: [Sample.quarantined()])])
        try store.close()
    }

    /// XCTest keeps every test case alive until the run ends, so the scratch directory is released here.
    override func tearDownWithError() throws {
        path = nil
        scratch = nil
    }

    func testQueryStreamsColumnsThenRows() throws {
        let store = try ArticleStore.openReadOnly(path: path)
        var events: [String] = []
        try store.query("select title, word_count from articles order by seq limit 3", columns: { names in
            events.append("columns " + names.joined(separator: ","))
        }, row: { values in
            events.append("row " + values.map(\.text).joined(separator: "|"))
        })
        XCTAssertEqual(events, ["columns title,word_count", "row Story a0|8", "row Story a1|8", "row Story a2|8"])
    }

    func testAnEmptyResultStillReportsItsColumns() throws {
        let result = try ArticleStore.openReadOnly(path: path).query("select id, title from articles where 0")
        XCTAssertEqual(result, QueryResult(columns: ["id", "title"], rows: []))
    }

    func testValuesKeepTheirStorageClass() throws {
        let result = try ArticleStore.openReadOnly(path: path).query("select null, 7, 1.5, 'x', x'00ff'")
        XCTAssertEqual(result.rows, [[.null, .integer(7), .real(1.5), .text("x"), .blob([0x00, 0xff])]])
    }

    func testCallbackErrorsStopTheQueryAndPropagate() throws {
        struct Enough: Error {}
        var rowsSeen = 0
        XCTAssertThrowsError(try ArticleStore.openReadOnly(path: path).query("select * from articles", columns: { _ in }, row: { _ in
            rowsSeen += 1
            if rowsSeen == 2 { throw Enough() }
        })) { error in XCTAssertTrue(error is Enough) }
        XCTAssertEqual(rowsSeen, 2)
    }

    func testWritesAreRefusedOnReadOnlyAndWritableStores() throws {
        let writable = try ArticleStore(path: path)
        defer { try? writable.close() }
        let readOnly = try ArticleStore.openReadOnly(path: path)
        for store in [readOnly, writable] {
            for sql in [
                "delete from articles", "insert into runs (id, started_at) values ('x', 'now')", "update quarantine set seen_count = 9",
                "drop table sources", "create table extra (a)", "create temp table scratch (a)", "pragma user_version = 5",
            ] {
                XCTAssertThrowsError(try store.query(sql), sql) { error in
                    XCTAssertEqual(error as? StoreError, .writeNotAllowed(sql: sql), sql)
                }
            }
            XCTAssertThrowsError(try store.query("select 1; delete from articles"), "one statement only")
            XCTAssertThrowsError(try store.query("   \n")) { error in XCTAssertEqual(error as? StoreError, .emptyQuery) }
            XCTAssertThrowsError(try store.query("select nosuchcolumn from articles")) { error in
                XCTAssertTrue("\(error)".contains("no such column: nosuchcolumn"), "\(error)")
            }
        }
        XCTAssertEqual(try readOnly.integer("select count(*) from articles"), 25)
        XCTAssertEqual(try readOnly.integer("select count(*) from runs"), 1)
        XCTAssertEqual(try readOnly.integer("select count(*) from sources"), 2)
        XCTAssertEqual(try readOnly.integer("pragma user_version"), 0)
    }

    func testFTSIsQueryableWithPlainSQL() throws {
        let store = try ArticleStore.openReadOnly(path: path)
        let rows = try store.textRows("select title from articles where seq in (select rowid from articles_fts where articles_fts match 'a7') order by title")
        XCTAssertEqual(rows, [["Story a7"]])
    }
}
