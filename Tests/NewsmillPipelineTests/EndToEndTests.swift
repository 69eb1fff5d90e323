import Foundation
import NewsmillStore
import XCTest

/// The real binary, real processes, real sockets and a real SQLite file.
final class EndToEndTests: XCTestCase {
    /// `newsmill run` with 2 workers stores every good article once with the right fields, quarantines
    /// every bad input with a reason, and a second run adds nothing.
    func testRunStoresEveryGoodArticleOnceAndQuarantinesTheBad() throws {
        let scratch = try ScratchDirectory()
        let database = scratch.path("news.db")

        let first = try NewsmillBinary.run(["run", FixtureCorpus.path, "--db", database, "--workers", "2"])
        XCTAssertEqual(first.status, 3, "quarantined inputs make the exit status 3; stderr:\n\(first.stderr)")
        XCTAssertTrue(first.stderr.contains("articles stored:     \(FixtureCorpus.expected.count)"), first.stderr)
        try assertCorpusStored(in: database)

        let second = try NewsmillBinary.run(["run", FixtureCorpus.path, "--db", database, "--workers", "2"])
        XCTAssertEqual(second.status, 3, second.stderr)
        XCTAssertTrue(second.stderr.contains("articles stored:     0"), second.stderr)
        XCTAssertTrue(second.stderr.contains("duplicates skipped:  \(FixtureCorpus.expected.count)"), second.stderr)
        XCTAssertTrue(second.stderr.contains("everything was already in the database"), second.stderr)
        try assertCorpusStored(in: database)

        let store = try ArticleStore.openReadOnly(path: database)
        let runs = try TestQuery.rows(store, "select status, articles_stored, duplicates_skipped, quarantined from runs order by started_at")
        XCTAssertEqual(runs.count, 2)
        XCTAssertEqual(runs.first, ["finished", "\(FixtureCorpus.expected.count)", "0", "2"])
        XCTAssertEqual(runs.last, ["finished", "0", "\(FixtureCorpus.expected.count)", "2"])
        let seen = try TestQuery.rows(store, "select seen_count from quarantine")
        XCTAssertEqual(seen, [["2"], ["2"]], "a re-run counts quarantined inputs again without new rows")
    }

    /// The same corpus through separately started `collect`, 2 × `work` and `produce` over TCP on
    /// 127.0.0.1 gives the same database content as `run`.
    func testSeparateRolesOverTCPGiveTheSameDatabase() throws {
        let scratch = try ScratchDirectory()
        let reference = scratch.path("reference.db")
        let distributed = scratch.path("distributed.db")
        _ = try NewsmillBinary.run(["run", FixtureCorpus.path, "--db", reference, "--workers", "2", "--quiet"])

        let jobsPort = freeLoopbackPort()
        let resultsPort = freeLoopbackPort()
        let jobs = "tcp://127.0.0.1:\(jobsPort)"
        let results = "tcp://127.0.0.1:\(resultsPort)"
        let collector = try NewsmillBinary.start(["collect", "--bind", results, "--db", distributed])
        let workers = try (1...2).map { index in
            try NewsmillBinary.start(["work", "--jobs", jobs, "--results", results, "--threads", "1", "--name", "test-worker-\(index)"])
        }
        let producer = try NewsmillBinary.start(["produce", FixtureCorpus.path, "--bind", jobs, "--quiet", "--ledger", distributed + ".ledger"])
        XCTAssertTrue(producer.waitUntilExit(timeout: 120), "produce did not finish")
        XCTAssertEqual(producer.process.terminationStatus, 3, producer.stderr())
        for worker in workers { XCTAssertEqual(worker.stop(), 0, worker.stderr()) }
        XCTAssertEqual(collector.stop(), 0, collector.stderr())

        let columns = "id, content_hash, url, title, authors, published, published_precision, kind, body"
        let left = try TestQuery.rows(try ArticleStore.openReadOnly(path: reference), "select \(columns) from articles order by id")
        let right = try TestQuery.rows(try ArticleStore.openReadOnly(path: distributed), "select \(columns) from articles order by id")
        XCTAssertEqual(left.count, FixtureCorpus.expected.count)
        XCTAssertEqual(left, right)
        let quarantineColumns = "locator, category, size, sha256"
        XCTAssertEqual(
            try TestQuery.rows(try ArticleStore.openReadOnly(path: reference), "select \(quarantineColumns) from quarantine order by locator"),
            try TestQuery.rows(try ArticleStore.openReadOnly(path: distributed), "select \(quarantineColumns) from quarantine order by locator")
        )
    }

    /// `newsmill extract` prints one JSON object per article with the fields scripts rely on.
    func testExtractPrintsJSONLinesWithTheContractFields() throws {
        let outcome = try NewsmillBinary.run(["extract", "--format", "jsonl", FixtureCorpus.path + "/feeds/local.rss", FixtureCorpus.path + "/text/school-garden.txt"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let objects = try outcome.stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(objects.count, 3)
        for object in objects {
            for key in ["source", "title", "authors", "published", "body"] { XCTAssertNotNil(object[key], "missing \(key)") }
        }
        XCTAssertEqual(objects.last?["source"] as? String, FixtureCorpus.path + "/text/school-garden.txt")
        XCTAssertEqual(objects.last?["authors"] as? [String], ["Jonas Eklund"])
        XCTAssertEqual(objects.first?["title"] as? String, "Bakery Wins Regional Bread Prize")
    }

    /// `newsmill extract --stage-times` prints the same articles and reports the intelligence stage's CPU
    /// time beside the rest of extraction's on standard error.
    func testExtractStageTimesKeepsTheOutputAndReportsBothStages() throws {
        let inputs = [FixtureCorpus.path + "/feeds/local.rss", FixtureCorpus.path + "/text/school-garden.txt"]
        let plain = try NewsmillBinary.run(["extract", "--threads", "1"] + inputs)
        let timed = try NewsmillBinary.run(["extract", "--threads", "1", "--stage-times"] + inputs)
        XCTAssertEqual(timed.status, 0, timed.stderr)
        XCTAssertEqual(timed.stdout, plain.stdout)
        let pattern = #/article intelligence ([0-9.]+) ms, the rest of extraction ([0-9.]+) ms: \+([0-9.]+)% over 3 articles/#
        let match = try XCTUnwrap(timed.stderr.firstMatch(of: pattern), timed.stderr)
        let stage = try XCTUnwrap(Double(match.1)), rest = try XCTUnwrap(Double(match.2)), share = try XCTUnwrap(Double(match.3))
        XCTAssertGreaterThan(stage, 0)
        XCTAssertGreaterThan(rest, 0)
        XCTAssertEqual(share, 100 * stage / rest, accuracy: 0.5 + share * 0.15)  // (the figures are printed rounded)

        let without = try NewsmillBinary.run(["extract", "--threads", "1", "--stage-times", "--no-analysis"] + inputs)
        XCTAssertEqual(without.status, 0, without.stderr)
        XCTAssertTrue(without.stderr.contains("article intelligence 0.0 ms") && without.stderr.contains("over 0 articles"), without.stderr)
    }

    /// `newsmill search` and `newsmill query` read what `run` wrote.
    func testSearchAndQueryCommands() throws {
        let scratch = try ScratchDirectory()
        let database = scratch.path("news.db")
        _ = try NewsmillBinary.run(["run", FixtureCorpus.path, "--db", database, "--quiet"])

        let search = try NewsmillBinary.run(["search", "--db", database, "ferry propeller"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.hasPrefix("1. Ferry Service Resumes After Repairs"), search.stdout)

        let csv = try NewsmillBinary.run(["query", "--db", database, "select title, published from articles where kind = 'atom' order by published", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertEqual(csv.stdout, """
        title,published
        Divers Map a Sunken Schooner,2023-09-30T12:00:00Z
        Tide Gauge Records a New Low,2023-10-01T06:00:00Z

        """)

        let write = try NewsmillBinary.run(["query", "--db", database, "delete from articles"])
        XCTAssertNotEqual(write.status, 0, "query must be read-only")
        XCTAssertEqual(try TestQuery.rows(try ArticleStore.openReadOnly(path: database), "select count(*) from articles"), [["\(FixtureCorpus.expected.count)"]])
    }

    /// Every command answers `--help` with an example.
    func testEveryCommandHasHelpWithAnExample() throws {
        for command in ["run", "extract", "search", "query", "produce", "work", "collect"] {
            let outcome = try NewsmillBinary.run([command, "--help"])
            XCTAssertEqual(outcome.status, 0)
            XCTAssertTrue(outcome.stdout.contains("Example"), "\(command) --help has no example:\n\(outcome.stdout)")
            XCTAssertTrue(outcome.stdout.contains("newsmill \(command)"), outcome.stdout)
        }
    }

    private func assertCorpusStored(in database: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let store = try ArticleStore.openReadOnly(path: database)
        let rows = try TestQuery.rows(store, "select title, authors, published, kind, locator, body from articles")
        XCTAssertEqual(rows.count, FixtureCorpus.expected.count, "article count", file: file, line: line)
        XCTAssertEqual(Set(rows.map { $0[0] }).count, rows.count, "one row per title", file: file, line: line)
        for row in rows {
            guard let expected = FixtureCorpus.expected[row[0]] else {
                XCTFail("unexpected article \(row[0]) from \(row[4])", file: file, line: line)
                continue
            }
            let authors = try JSONSerialization.jsonObject(with: Data(row[1].utf8)) as? [String]
            XCTAssertEqual(authors, expected.authors, row[0], file: file, line: line)
            if let published = expected.published { XCTAssertEqual(row[2], published, row[0], file: file, line: line) }
            XCTAssertEqual(row[3], expected.kind, row[0], file: file, line: line)
            XCTAssertFalse(row[5].isEmpty, "\(row[0]) has a body", file: file, line: line)
            XCTAssertFalse(row[5].contains("tracking") || row[5].contains("Related Articles") || row[5].contains("Copyright"), "\(row[0]) body has boilerplate: \(row[5])", file: file, line: line)
        }
        let bad = try TestQuery.rows(store, "select locator, reason from quarantine order by locator")
        XCTAssertEqual(bad.count, FixtureCorpus.quarantined.count, "\(bad)", file: file, line: line)
        for (suffix, word) in FixtureCorpus.quarantined {
            let match = bad.first { $0[0].hasSuffix(suffix) || $0[0].contains(suffix + "!/") }
            XCTAssertNotNil(match, "\(suffix) not quarantined: \(bad)", file: file, line: line)
            XCTAssertTrue(match?[1].contains(word) ?? false, "\(suffix): \(match?[1] ?? "")", file: file, line: line)
        }
    }
}
