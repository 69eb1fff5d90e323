import Foundation
import GRDB
import NewsmillCore
import NewsmillStore
import XCTest

/// Storing, deduplication, quarantine repeats, run and source counters.
final class ArticleStoreIngestTests: XCTestCase {
    private var scratch: ScratchDirectory!
    private var store: ArticleStore!

    override func setUpWithError() throws {
        scratch = try ScratchDirectory()
        store = try ArticleStore(path: scratch.path("news.db"))
    }

    override func tearDownWithError() throws {
        try store?.close()
        store = nil
        scratch = nil
    }

    func testIngestStoresEveryFieldOfAnArticle() throws {
        let article = Sample.article(
            title: "Bridge Vote Passes", authors: ["Anna Berglund", "Per \"PJ\" Lind"], summary: "A vote.",
            body: "The council voted.\n\nWork starts in May.", published: PartialDate(year: 2023, month: 10, day: 2, hour: 9, minute: 30),
            publication: "Harbour Times", kind: .rss, url: "https://news.example/bridge?utm_source=x", path: "/data/feeds.tar.gz", member: "2023/rss.xml", offset: 512, item: 3
        )
        var withExtras = article
        withExtras.guid = "urn:bridge"
        withExtras.language = "en"
        withExtras.categories = ["politics", "roads"]
        withExtras.modified = PartialDate(year: 2023, month: 10)
        let reports = try store.ingest([.init(runID: "run-1", articles: [withExtras], quarantined: [])])
        XCTAssertEqual(reports, [.init(stored: 1)])

        let rows = try store.textRows("""
            select id, content_hash, url, guid, title, authors, published, published_precision, modified, modified_precision,
                   publication, language, summary, categories, body, word_count, kind, locator, source_path, source_member,
                   source_offset, source_item, run_id, ingested_at like '____-__-__T__:__:__.___Z'
            from articles
            """)
        XCTAssertEqual(rows, [[
            article.id, article.contentHash, "https://news.example/bridge?utm_source=x", "urn:bridge", "Bridge Vote Passes",
            #"["Anna Berglund","Per \"PJ\" Lind"]"#, "2023-10-02T09:30Z", "minute", "2023-10", "month",
            "Harbour Times", "en", "A vote.", #"["politics","roads"]"#, "The council voted.\n\nWork starts in May.", "7", "rss",
            "/data/feeds.tar.gz!/2023/rss.xml@512#3", "/data/feeds.tar.gz", "2023/rss.xml", "512", "3", "run-1", "1",
        ]])
        XCTAssertEqual(try store.textRows("select json_extract(authors, '$[1]'), json_array_length(categories) from articles"), [[#"Per "PJ" Lind"#, "2"]])
    }

    func testAnArticleWithoutOptionalFieldsStoresNullsAndEmptyArrays() throws {
        _ = try store.ingest([.init(runID: "r", articles: [Sample.article(title: nil, body: "Only a body.")], quarantined: [])])
        XCTAssertEqual(
            try store.query("select title, url, authors, categories, published, source_member, source_offset, source_item from articles").rows,
            [[.null, .null, .text("[]"), .text("[]"), .null, .null, .null, .null]]
        )
    }

    func testTheSameArticleTwiceIsStoredOnceAndReportedAsDuplicate() throws {
        let articles = Sample.articles(10)
        let first = try store.ingest([.init(runID: "run-1", articles: articles, quarantined: [])])
        XCTAssertEqual(first, [.init(stored: 10)])
        let second = try store.ingest([.init(runID: "run-2", articles: articles, quarantined: [])])
        XCTAssertEqual(second, [.init(duplicates: 10)])
        XCTAssertEqual(try store.integer("select count(*) from articles"), 10)
        XCTAssertEqual(try store.textRows("select distinct run_id from articles"), [["run-1"]], "the first copy is kept")
    }

    func testDuplicatesAreDetectedByIDAlone() throws {
        let original = Sample.article(title: "Ferry Resumes", body: "The ferry runs again.", url: "https://example.org/ferry")
        let corrected = Sample.article(title: "Ferry Resumes", body: "The ferry runs again, with a new propeller.", url: "https://EXAMPLE.org/ferry/#top")
        XCTAssertEqual(original.id, corrected.id)
        XCTAssertNotEqual(original.contentHash, corrected.contentHash)
        let reports = try store.ingest([.init(runID: "r", articles: [original, corrected], quarantined: [])])
        XCTAssertEqual(reports, [.init(stored: 1, duplicates: 1)])
        XCTAssertEqual(try store.textRows("select body from articles"), [["The ferry runs again."]])
    }

    func testDuplicatesAreDetectedByContentHashAlone() throws {
        let onSiteA = Sample.article(title: "Tide Gauge Record", body: "The gauge  read\n a new low.", url: "https://a.example/tide")
        let onSiteB = Sample.article(title: "Tide Gauge Record", body: "The gauge read a new low.", url: "https://b.example/tide", path: "/data/b.html")
        XCTAssertNotEqual(onSiteA.id, onSiteB.id)
        XCTAssertEqual(onSiteA.contentHash, onSiteB.contentHash)
        XCTAssertEqual(try store.ingest([.init(runID: "r", articles: [onSiteA], quarantined: [])]), [.init(stored: 1)])
        XCTAssertEqual(try store.ingest([.init(runID: "r", articles: [onSiteB], quarantined: [])]), [.init(duplicates: 1)])
        XCTAssertEqual(try store.textRows("select url from articles"), [["https://a.example/tide"]])
    }

    func testOneCallReportsPerBatchInOrderAndCountsDuplicatesAcrossItsBatches() throws {
        let shared = Sample.articles(3, prefix: "s")
        let reports = try store.ingest([
            .init(runID: "r", articles: shared, quarantined: []),
            .init(runID: "r", articles: [], quarantined: [Sample.quarantined()]),
            .init(runID: "r", articles: shared + Sample.articles(2, prefix: "t"), quarantined: [Sample.quarantined()]),
        ])
        XCTAssertEqual(reports, [
            .init(stored: 3),
            .init(quarantined: 1),
            .init(stored: 2, duplicates: 3, quarantineRepeats: 1),
        ])
        XCTAssertEqual(try store.ingest([]), [])
    }

    func testQuarantineRepeatsBumpSeenCountOncePerRun() throws {
        let bad = Sample.quarantined(path: "/data/broken/junk.bin", reason: "unrecognised: binary data", bytes: "\u{0}\u{1}junk")
        XCTAssertEqual(try store.ingest([.init(runID: "run-1", articles: [], quarantined: [bad])]), [.init(quarantined: 1)])
        // The same job redelivered within run-1 is not a new sighting.
        XCTAssertEqual(try store.ingest([.init(runID: "run-1", articles: [], quarantined: [bad])]), [.init(quarantineRepeats: 1)])
        XCTAssertEqual(try store.textRows("select seen_count, first_run_id, last_run_id from quarantine"), [["1", "run-1", "run-1"]])

        XCTAssertEqual(try store.ingest([.init(runID: "run-2", articles: [], quarantined: [bad])]), [.init(quarantineRepeats: 1)])
        XCTAssertEqual(try store.textRows("""
            select locator, source_path, category, reason, size, sha256 = '\(bad.sha256)', seen_count, first_run_id, last_run_id,
                   first_seen_at <= last_seen_at
            from quarantine
            """), [["/data/broken/junk.bin", "/data/broken/junk.bin", "unrecognised", "unrecognised: binary data", "6", "1", "2", "run-1", "run-2", "1"]])
    }

    func testTheSameLocatorWithDifferentBytesIsANewQuarantineRow() throws {
        let before = Sample.quarantined(path: "/data/feed.xml", reason: "malformed-feed: no channel", bytes: "<rss>")
        let after = Sample.quarantined(path: "/data/feed.xml", reason: "malformed-feed: unclosed item", bytes: "<rss><channel><item>")
        let reports = try store.ingest([.init(runID: "r", articles: [], quarantined: [before, after])])
        XCTAssertEqual(reports, [.init(quarantined: 2)])
        XCTAssertEqual(try store.textRows("select count(*), sum(seen_count) from quarantine"), [["2", "2"]])
    }

    func testRunCountersAddUpOverBatchesAndRuns() throws {
        try store.beginRun(id: "run-1", inputs: ["/data"], host: "h", startedAt: Date(timeIntervalSince1970: 100))
        _ = try store.ingest([
            .init(runID: "run-1", articles: Sample.articles(7), quarantined: [Sample.quarantined()]),
            .init(runID: "run-1", articles: Sample.articles(5, prefix: "b"), quarantined: [Sample.quarantined(path: "/data/junk.bin", bytes: "junk")]),
        ])
        try store.finishRun(id: "run-1", status: "finished", finishedAt: Date(timeIntervalSince1970: 200))
        try store.beginRun(id: "run-2", inputs: ["/data"], host: "h", startedAt: Date(timeIntervalSince1970: 300))
        _ = try store.ingest([
            .init(runID: "run-2", articles: Sample.articles(7) + Sample.articles(5, prefix: "b"), quarantined: [Sample.quarantined(), Sample.quarantined(path: "/data/junk.bin", bytes: "junk")]),
        ])
        try store.finishRun(id: "run-2", status: "finished", finishedAt: Date(timeIntervalSince1970: 400))
        XCTAssertEqual(
            try store.textRows("select status, articles_stored, duplicates_skipped, quarantined from runs order by started_at"),
            [["finished", "12", "0", "2"], ["finished", "0", "12", "2"]]
        )
        XCTAssertEqual(try store.textRows("select seen_count from quarantine"), [["2"], ["2"]])
    }

    func testSourcesCountNewArticlesAndQuarantineRowsPerInputFile() throws {
        _ = try store.ingest([
            .init(runID: "run-1", articles: Sample.articles(4, path: "/data/a.tar.gz"), quarantined: [Sample.quarantined(path: "/data/a.tar.gz", member: "bad.txt")]),
            .init(runID: "run-1", articles: Sample.articles(2, prefix: "x", path: "/data/b.zip"), quarantined: [Sample.quarantined(path: "/data/c.gz")]),
        ])
        XCTAssertEqual(
            try store.textRows("select path, articles, quarantined, first_run_id, last_run_id from sources order by path"),
            [
                ["/data/a.tar.gz", "4", "1", "run-1", "run-1"],
                ["/data/b.zip", "2", "0", "run-1", "run-1"],
                ["/data/c.gz", "0", "1", "run-1", "run-1"],
            ]
        )
        _ = try store.ingest([
            .init(runID: "run-2", articles: Sample.articles(4, path: "/data/a.tar.gz") + Sample.articles(1, prefix: "new", path: "/data/a.tar.gz"), quarantined: [Sample.quarantined(path: "/data/a.tar.gz", member: "bad.txt")]),
        ])
        XCTAssertEqual(
            try store.textRows("select path, articles, quarantined, first_run_id, last_run_id from sources order by path"),
            [
                ["/data/a.tar.gz", "5", "1", "run-1", "run-2"],
                ["/data/b.zip", "2", "0", "run-1", "run-1"],
                ["/data/c.gz", "0", "1", "run-1", "run-1"],
            ]
        )
        XCTAssertEqual(try store.textRows("""
            select s.path from sources s
            where s.articles != (select count(*) from articles a where a.source_path = s.path)
               or s.quarantined != (select count(*) from quarantine q where q.source_path = s.path)
            """), [], "the counters match the rows")
    }

    func testAFailingBatchRollsBackTheWholeCall() throws {
        // A trigger (added through a separate writable connection) makes one article fail to insert.
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_poison BEFORE INSERT ON articles WHEN new.title = 'Poison'
                BEGIN SELECT RAISE(ABORT, 'poisoned article'); END
                """)
        }
        try queue.close()
        XCTAssertThrowsError(try store.ingest([
            .init(runID: "r", articles: Sample.articles(3), quarantined: [Sample.quarantined()]),
            .init(runID: "r", articles: [Sample.article(title: "Poison", body: "x")], quarantined: []),
        ])) { error in
            XCTAssertTrue("\(error)".contains("poisoned article"), "\(error)")
        }
        for table in ["articles", "quarantine", "sources", "runs"] {
            XCTAssertEqual(try store.integer("select count(*) from \(table)"), 0, table)
        }
        XCTAssertEqual(try store.ingest([.init(runID: "r", articles: Sample.articles(3), quarantined: [])]), [.init(stored: 3)], "the store stays usable")
    }
}
