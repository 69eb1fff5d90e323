import Foundation
import GRDB
import NewsmillCore
@testable import NewsmillStore
import XCTest

/// Full-text search: ranking, plain and raw modes, snippets, and the FTS index kept in sync.
final class ArticleStoreSearchTests: XCTestCase {
    private var scratch: ScratchDirectory!
    private var store: ArticleStore!

    override func setUpWithError() throws {
        scratch = try ScratchDirectory()
        store = try ArticleStore(path: scratch.path("news.db"))
        _ = try store.ingest([.init(runID: "r", articles: [
            Sample.article(
                title: "Council Debates Budget", authors: ["Lena Holm"],
                body: "The council met on Tuesday. A councillor said the ferry subsidy costs too much, the ferry is old, and the ferry timetable should change. Nothing about boats was decided.",
                url: "https://news.example/budget"
            ),
            Sample.article(
                title: "Ferry Service Resumes After Repairs", authors: ["Jonas Eklund"], summary: "The island route is open again.",
                body: "The island ferry runs again after a new propeller was fitted in the dry dock.",
                published: PartialDate(year: 2023, month: 9, day: 12), publication: "Harbour Times", kind: .html,
                url: "https://news.example/ferry"
            ),
            Sample.article(
                title: "Café Owner Opens Second Shop", authors: ["Åsa Öberg"],
                body: "The café near the harbour sells bread and coffee. Car bombs were not mentioned; this sentence only tests phrases: car parks near the bombs museum.",
                url: "https://news.example/cafe"
            ),
            Sample.article(
                title: "Car Bombs Shake Market District",
                body: "Two car bombs exploded near the market. Police closed the district for the evening.",
                url: "https://news.example/market"
            ),
        ], quarantined: [])])
    }

    override func tearDownWithError() throws {
        try store?.close()
        store = nil
        scratch = nil
    }

    func testATitleMatchRanksFirst() throws {
        let hits = try store.search("ferry", limit: 10, rawFTSSyntax: false)
        XCTAssertEqual(hits.map(\.title), ["Ferry Service Resumes After Repairs", "Council Debates Budget"])
        XCTAssertGreaterThan(hits[0].score, hits[1].score, "best first, higher score is better")
        XCTAssertEqual(hits[0].published, "2023-09-12")
        XCTAssertEqual(hits[0].publication, "Harbour Times")
        XCTAssertEqual(hits[0].url, "https://news.example/ferry")
        XCTAssertEqual(hits[0].locator, "/data/inbox/story.txt")
        XCTAssertEqual(hits[0].articleID.count, 64)
    }

    func testPlainModeNeedsEveryWordAndIgnoresCaseAndAccents() throws {
        XCTAssertEqual(try store.search("FERRY propeller", limit: 10, rawFTSSyntax: false).map(\.title), ["Ferry Service Resumes After Repairs"])
        XCTAssertEqual(try store.search("ferry propeller budget", limit: 10, rawFTSSyntax: false), [])
        XCTAssertEqual(try store.search("cafe oberg", limit: 10, rawFTSSyntax: false).map(\.title), ["Café Owner Opens Second Shop"], "authors are searchable")
        XCTAssertEqual(try store.search("island route", limit: 10, rawFTSSyntax: false).map(\.title), ["Ferry Service Resumes After Repairs"], "summaries are searchable")
    }

    func testPlainModeIsSafeWithPunctuationQuotesAndOperators() throws {
        for query in [#"ferry" OR "x"#, "ferry)", "(ferry", "ferry*", "ferry:", "NEAR(ferry", "ferry AND", "\"\"\"", "-ferry", "ferry^", "title: ferry", "' ; DROP TABLE articles; --"] {
            XCTAssertNoThrow(try store.search(query, limit: 10, rawFTSSyntax: false), query)
        }
        XCTAssertEqual(try store.search("ferry,", limit: 10, rawFTSSyntax: false).count, 2)
        XCTAssertEqual(try store.search("budget OR propeller", limit: 10, rawFTSSyntax: false), [], "OR is just a word in plain mode")
        XCTAssertEqual(try store.search("\"propeller\"", limit: 10, rawFTSSyntax: false).map(\.title), ["Ferry Service Resumes After Repairs"])
        XCTAssertEqual(try store.search("?!... --", limit: 10, rawFTSSyntax: false), [], "no words, no hits")
        XCTAssertEqual(try store.search("", limit: 10, rawFTSSyntax: false), [])
        XCTAssertEqual(try store.integer("select count(*) from articles"), 4)
    }

    func testPlainMatchExpressionQuotesEveryWord() {
        XCTAssertEqual(ArticleStore.plainMatchExpression(#"car "bombs" NEAR(x"#), #""car" """bombs""" "NEAR(x""#)
        XCTAssertNil(ArticleStore.plainMatchExpression("  -- ... "))
    }

    func testRawModeSupportsPhrasesOrNotNearAndPrefixes() throws {
        XCTAssertEqual(Set(try store.search("car bombs", limit: 10, rawFTSSyntax: true).map(\.title)), ["Car Bombs Shake Market District", "Café Owner Opens Second Shop"])
        XCTAssertEqual(try store.search("\"car bombs\" exploded", limit: 10, rawFTSSyntax: true).map(\.title), ["Car Bombs Shake Market District"])
        XCTAssertEqual(try store.search("NEAR(car exploded, 3)", limit: 10, rawFTSSyntax: true).map(\.title), ["Car Bombs Shake Market District"])
        XCTAssertEqual(try store.search("NEAR(car museum, 2)", limit: 10, rawFTSSyntax: true), [])
        XCTAssertEqual(Set(try store.search("propeller OR budget", limit: 10, rawFTSSyntax: true).map(\.title)), ["Ferry Service Resumes After Repairs", "Council Debates Budget"])
        XCTAssertEqual(try store.search("ferry NOT propeller", limit: 10, rawFTSSyntax: true).map(\.title), ["Council Debates Budget"])
        XCTAssertEqual(try store.search("propel*", limit: 10, rawFTSSyntax: true).map(\.title), ["Ferry Service Resumes After Repairs"])
        XCTAssertEqual(try store.search("title: ferry", limit: 10, rawFTSSyntax: true).map(\.title), ["Ferry Service Resumes After Repairs"])
    }

    func testRawModeReportsSyntaxErrorsClearly() throws {
        for query in ["\"car bombs", "ferry AND", "NEAR(car", "nosuchcolumn: ferry", "(", ""] {
            XCTAssertThrowsError(try store.search(query, limit: 10, rawFTSSyntax: true), query) { error in
                guard case let .invalidSearchQuery(reported, reason)? = error as? StoreError else { return XCTFail("\(query): \(error)") }
                XCTAssertEqual(reported, query)
                XCTAssertFalse(reason.isEmpty)
                XCTAssertTrue("\(error)".hasPrefix("invalid FTS5 search query"), "\(error)")
            }
        }
    }

    func testSnippetsComeFromTheBodyWithMarkedMatches() throws {
        let hit = try XCTUnwrap(try store.search("propeller", limit: 1, rawFTSSyntax: false).first)
        XCTAssertTrue(hit.snippet.contains("[propeller]"), hit.snippet)
        XCTAssertFalse(hit.snippet.contains("Ferry Service"), "from the body, not the title: \(hit.snippet)")
    }

    func testLimitIsRespectedAndValidated() throws {
        XCTAssertEqual(try store.search("the", limit: 2, rawFTSSyntax: false).count, 2)
        XCTAssertThrowsError(try store.search("the", limit: 0, rawFTSSyntax: false)) { error in
            XCTAssertEqual(error as? StoreError, .invalidSearchLimit(0))
        }
    }

    func testSearchWorksOnAReadOnlyStore() throws {
        let reader = try ArticleStore.openReadOnly(path: store.path)
        XCTAssertEqual(try reader.search("ferry propeller", limit: 5, rawFTSSyntax: false).first?.title, "Ferry Service Resumes After Repairs")
    }

    func testTheIndexFollowsDeletesAndUpdatesMadeWithPlainSQL() throws {
        // As a user would in sqlite3 or Datasette: a separate writable connection, no Newsmill code.
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM articles WHERE title = 'Council Debates Budget'")
            try db.execute(sql: "UPDATE articles SET body = 'The island ferry now has a catamaran.' WHERE title LIKE 'Ferry%'")
            try db.execute(sql: "UPDATE articles SET title = 'Bakery Wins Prize' WHERE title LIKE 'Café%'")
        }
        try queue.close()
        XCTAssertEqual(try store.search("ferry", limit: 10, rawFTSSyntax: false).map(\.title), ["Ferry Service Resumes After Repairs"])
        XCTAssertEqual(try store.search("budget", limit: 10, rawFTSSyntax: false), [])
        XCTAssertEqual(try store.search("propeller", limit: 10, rawFTSSyntax: false), [])
        XCTAssertEqual(try store.search("catamaran", limit: 10, rawFTSSyntax: false).map(\.title), ["Ferry Service Resumes After Repairs"])
        XCTAssertEqual(try store.search("bakery", limit: 10, rawFTSSyntax: false).map(\.title), ["Bakery Wins Prize"])
        XCTAssertEqual(try store.search("shop", limit: 10, rawFTSSyntax: false), [])
        // FTS5's own consistency check compares the index with the content table.
        XCTAssertNoThrow(try DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        })
    }

    func testDatasetteAndSqliteUtilsDetectTheIndex() throws {
        // The query Datasette's detect_fts runs for the table `articles`.
        let detected = try store.textRows("""
            select name from sqlite_master where rootpage = 0
            and sql like '%VIRTUAL TABLE%USING FTS%content="articles"%'
            """)
        XCTAssertEqual(detected, [["articles_fts"]])
        // Datasette then searches with `rowid in (select rowid from articles_fts where ... match ...)`.
        XCTAssertEqual(try store.textRows("select title from articles where rowid in (select rowid from articles_fts where articles_fts match 'propeller')"), [["Ferry Service Resumes After Repairs"]])
    }

    func testTheIndexSurvivesVacuum() throws {
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in try db.execute(sql: "DELETE FROM articles WHERE title = 'Council Debates Budget'") }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        try queue.close()
        XCTAssertEqual(try store.search("ferry", limit: 10, rawFTSSyntax: false).map(\.title), ["Ferry Service Resumes After Repairs"])
        XCTAssertEqual(try store.search("market", limit: 10, rawFTSSyntax: false).map(\.title), ["Car Bombs Shake Market District"])
    }
}
