import Foundation
import NewsmillStore
import XCTest

/// Article intelligence through the real binary: `extract` output for every input type, and `run`
/// followed by the `quotes`, `entities`, `timeline` and `duplicates` commands on the shared sample.
final class IntelligenceEndToEndTests: XCTestCase {
    private static let sampleName = "iraq-sectarian-killings-2006.txt"

    /// The shared sample: `$NEWSMILL_SHARED/samples`, else `<repo>/../shared/samples`; skips when absent.
    private func samplePath() throws -> String {
        let directory: URL
        if let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"], !shared.isEmpty {
            directory = URL(fileURLWithPath: shared).appendingPathComponent("samples")
        } else {
            let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            directory = repo.deletingLastPathComponent().appendingPathComponent("shared/samples")
        }
        let path = directory.appendingPathComponent(Self.sampleName).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("sample \(Self.sampleName) not found in \(directory.path); set NEWSMILL_SHARED")
        }
        return path
    }

    /// The JSON objects of JSON Lines output.
    private func objects(_ stdout: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], file: file, line: line)
        }
    }

    /// The sample and a lightly edited copy (one sentence reworded), run through `newsmill run`.
    private func runSample(in scratch: ScratchDirectory) throws -> String {
        let inputs = scratch.path("inputs")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let original = try String(contentsOfFile: try samplePath(), encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "The car bombs were all exploded in street markets", with: "The car bombs all exploded in street markets"
        )
        XCTAssertNotEqual(edited, original, "the edit applies to the sample")
        try original.write(toFile: inputs + "/original.txt", atomically: true, encoding: .utf8)
        try edited.write(toFile: inputs + "/edited.txt", atomically: true, encoding: .utf8)
        let database = scratch.path("news.db")
        let run = try NewsmillBinary.run(["run", inputs, "--db", database, "--workers", "2"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("articles stored:     2"), run.stderr)
        return database
    }

    func testRunThenQuotesEntitiesTimelineAndDuplicates() throws {
        let scratch = try ScratchDirectory()
        let database = try runSample(in: scratch)

        let quotes = try NewsmillBinary.run(["quotes", "--db", database, "--speaker", "Rothkopf", "--format", "jsonl"])
        XCTAssertEqual(quotes.status, 0, quotes.stderr)
        let quoteObjects = try objects(quotes.stdout)
        XCTAssertFalse(quoteObjects.isEmpty, quotes.stdout)
        XCTAssertEqual(Set(quoteObjects.compactMap { $0["speaker"] as? String }), ["David Rothkopf"])
        XCTAssertEqual(Set(quoteObjects.compactMap { $0["via"] as? String }), ["Washington Post"])
        let texts = quoteObjects.compactMap { $0["text"] as? String }
        for expected in ["This summit is an act of desperation", "egregious failure of policy and execution"] {
            XCTAssertEqual(texts.filter { $0.contains(expected) }.count, 2, "\(expected) once in each copy: \(texts)")
        }
        XCTAssertEqual(Set(quoteObjects.compactMap { $0["article_id"] as? String }).count, 2)
        let quoteTable = try NewsmillBinary.run(["quotes", "--db", database, "--speaker", "Rothkopf"])
        XCTAssertTrue(quoteTable.stdout.hasPrefix("speaker"), quoteTable.stdout)
        XCTAssertTrue(quoteTable.stdout.contains("David Rothkopf  said  Washington Post"), quoteTable.stdout)

        let entities = try NewsmillBinary.run(["entities", "--db", database, "--type", "person", "--format", "jsonl"])
        XCTAssertEqual(entities.status, 0, entities.stderr)
        let people = try objects(entities.stdout)
        let names = people.compactMap { $0["name"] as? String }
        for expected in ["Gerry Foley", "Muqtada al-Sadr", "Abu Khadhim", "Abdul Kareem Ghazi", "Nuri al-Maliki", "Bush", "David Rothkopf"] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        for wrong in ["Related Articles", "The U.S.", "Shiite", "al-Sadr", "Sadr"] {
            XCTAssertFalse(names.contains(wrong), "\(wrong) listed as a person")
        }
        XCTAssertEqual(Set(people.compactMap { $0["type"] as? String }), ["person"])
        XCTAssertEqual(Set(people.compactMap { $0["articles"] as? Int }), [2], "every person merged across both copies")
        XCTAssertEqual(names.first, "Muqtada al-Sadr", "the most mentioned person first")
        let top = try NewsmillBinary.run(["entities", "--db", database, "--top", "3"])
        XCTAssertEqual(top.stdout.split(separator: "\n").count, 2 + 3, "header, rule, three rows:\n\(top.stdout)")

        let timeline = try NewsmillBinary.run(["timeline", "--db", database, "--entity", "Sadr City", "--format", "jsonl"])
        XCTAssertEqual(timeline.status, 0, timeline.stderr)
        let events = try objects(timeline.stdout)
        let dates = events.compactMap { $0["date"] as? String }
        XCTAssertEqual(dates, dates.sorted(), "in date order")
        XCTAssertEqual(Set(events.compactMap { $0["article_id"] as? String }).count, 2)
        let mentioned = Set(events.filter { $0["kind"] as? String == "mentioned" }.compactMap { event -> String? in
            guard let text = event["text"] as? String, let date = event["date"] as? String else { return nil }
            return text + "=" + date
        })
        for expected in ["Feb. 21=2006-02-21", "Nov. 21=2006-11-21", "Nov. 23=2006-11-23", "Nov. 25=2006-11-25", "Nov. 28=2006-11-28", "November=2006-11"] {
            XCTAssertTrue(mentioned.contains(expected), "\(expected) missing from \(mentioned)")
        }
        XCTAssertEqual(events.filter { $0["kind"] as? String == "published" }.compactMap { $0["date"] as? String }, ["2006-12", "2006-12"])
        let timelineTable = try NewsmillBinary.run(["timeline", "--db", database, "--entity", "Sadr City"])
        XCTAssertTrue(timelineTable.stdout.hasPrefix("Sadr City (location): 2 articles"), timelineTable.stdout)
        let unknown = try NewsmillBinary.run(["timeline", "--db", database, "--entity", "Atlantis"])
        XCTAssertEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stdout.contains("No entity named"), unknown.stdout)

        let duplicates = try NewsmillBinary.run(["duplicates", "--db", database, "--format", "jsonl"])
        XCTAssertEqual(duplicates.status, 0, duplicates.stderr)
        let clusters = try objects(duplicates.stdout)
        XCTAssertEqual(clusters.count, 1, duplicates.stdout)
        let members = try XCTUnwrap(clusters.first?["articles"] as? [[String: Any]])
        XCTAssertEqual(
            Set(members.compactMap { ($0["locator"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }),
            ["original.txt", "edited.txt"]
        )
        XCTAssertLessThanOrEqual(members.compactMap { $0["distance"] as? Int }.max() ?? 99, 3)

        // A second run stores nothing, so the intelligence tables do not change.
        let store = try ArticleStore.openReadOnly(path: database)
        let snapshot = "select (select count(*) from mentions), (select count(*) from quotes), (select sum(article_count) from entities), (select count(*) from duplicate_clusters)"
        let before = try TestQuery.rows(store, snapshot)
        let again = try NewsmillBinary.run(["run", scratch.path("inputs"), "--db", database, "--workers", "2", "--quiet"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try TestQuery.rows(try ArticleStore.openReadOnly(path: database), snapshot), before)
    }

    /// `extract --format jsonl` appends the intelligence keys after the existing ones, for text, HTML,
    /// RSS, Atom and JSON Feed input alike; `--no-analysis` leaves them null.
    func testExtractAppendsTheIntelligenceKeysForEveryInputType() throws {
        let scratch = try ScratchDirectory()
        let jsonFeed = scratch.path("feed.json")
        try """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes",
         "items": [{"id": "1", "title": "Mayor Opens the Bridge", "date_published": "2024-03-10T09:00:00Z",
                    "content_text": "Mayor Anna Berglund opened the bridge in Gothenburg on Tuesday. “It is a good day,” said Berglund. Over 200 people came."}]}
        """.write(toFile: jsonFeed, atomically: true, encoding: .utf8)
        let paths = [FixtureCorpus.path + "/text", FixtureCorpus.path + "/html", FixtureCorpus.path + "/feeds", jsonFeed]
        let outcome = try NewsmillBinary.run(["extract", "--format", "jsonl"] + paths)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        let parsed = try objects(outcome.stdout)
        XCTAssertEqual(Set(parsed.compactMap { $0["kind"] as? String }), ["text", "html", "rss", "atom", "json-feed"])
        let keys = ["content_hash", "entities", "quotes", "dates", "quantities", "citations", "simhash"]
        for (line, object) in zip(lines, parsed) {
            let offsets = keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
            XCTAssertFalse(offsets.contains(nil), "missing keys in \(line)")
            XCTAssertEqual(offsets.compactMap { $0 }, offsets.compactMap { $0 }.sorted(), "key order in \(line)")
            XCTAssertTrue(line.hasSuffix("}"))
            let entities = try XCTUnwrap(object["entities"] as? [String: Any], "\(object["title"] ?? "")")
            XCTAssertEqual(Set(entities.keys), ["person", "organization", "location"])
            XCTAssertNotNil(object["quotes"] as? [Any])
            XCTAssertNotNil(object["dates"] as? [Any])
            XCTAssertNotNil(object["quantities"] as? [Any])
            XCTAssertNotNil(object["citations"] as? [Any])
            let simhash = try XCTUnwrap(object["simhash"] as? String)
            XCTAssertEqual(simhash.count, 16)
            XCTAssertTrue(simhash.allSatisfy(\.isHexDigit), simhash)
        }

        let feedItem = try XCTUnwrap(parsed.first { $0["kind"] as? String == "json-feed" })
        let people = try XCTUnwrap((feedItem["entities"] as? [String: Any])?["person"] as? [[String: Any]])
        let berglund = try XCTUnwrap(people.first { $0["name"] as? String == "Anna Berglund" }, "\(people)")
        XCTAssertEqual(berglund["mentions"] as? [String], ["Berglund"])
        XCTAssertEqual(berglund["count"] as? Int, 2)
        let quotes = try XCTUnwrap(feedItem["quotes"] as? [[String: Any]])
        XCTAssertEqual(quotes.first?["speaker"] as? String, "Anna Berglund")
        XCTAssertEqual(quotes.first?["text"] as? String, "It is a good day")
        let locations = try XCTUnwrap((feedItem["entities"] as? [String: Any])?["location"] as? [[String: Any]])
        let gothenburg = try XCTUnwrap(locations.first { $0["name"] as? String == "Gothenburg" }, "\(locations)")
        XCTAssertEqual(gothenburg["country_code"] as? String, "SE")
        XCTAssertNotNil(gothenburg["latitude"] as? Double)
        let quantities = try XCTUnwrap(feedItem["quantities"] as? [[String: Any]])
        XCTAssertTrue(quantities.contains { $0["value"] as? Int == 200 && $0["unit"] as? String == "people" }, "\(quantities)")

        let plain = try NewsmillBinary.run(["extract", "--format", "jsonl", "--no-analysis", jsonFeed])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        let plainObject = try XCTUnwrap(try objects(plain.stdout).first)
        for key in keys.dropFirst() { XCTAssertTrue(plainObject[key] is NSNull, "\(key) is null without analysis") }
    }

    /// The sample's `extract` line holds the expected entities, quotes, dates and quantities.
    func testExtractOfTheSampleHasItsIntelligence() throws {
        let outcome = try NewsmillBinary.run(["extract", "--format", "jsonl", try samplePath()])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let object = try XCTUnwrap(try objects(outcome.stdout).first)
        let quotes = try XCTUnwrap(object["quotes"] as? [[String: Any]])
        XCTAssertTrue(quotes.contains {
            $0["speaker"] as? String == "Abu Khadhim" && ($0["text"] as? String)?.contains("people in Sadr City would go") == true
                && $0["via"] as? String == "Christian Science Monitor"
        }, "\(quotes)")
        let dates = try XCTUnwrap(object["dates"] as? [[String: Any]])
        XCTAssertTrue(dates.contains { $0["text"] as? String == "Nov. 23" && $0["value"] as? String == "2006-11-23" && $0["precision"] as? String == "day" })
        let quantities = try XCTUnwrap(object["quantities"] as? [[String: Any]])
        XCTAssertTrue(quantities.contains {
            $0["value"] as? Int == 200 && $0["unit"] as? String == "people" && $0["qualifier"] as? String == "over" && $0["event"] as? String == "killed"
        }, "\(quantities)")
        XCTAssertTrue(quantities.contains { $0["value"] as? Int == 2_500_000 }, "\(quantities)")
        let citations = try XCTUnwrap(object["citations"] as? [[String: Any]])
        XCTAssertTrue(citations.contains { $0["name"] as? String == "New York Times" && $0["date"] as? String == "2006-11-28" }, "\(citations)")
        let locations = try XCTUnwrap((object["entities"] as? [String: Any])?["location"] as? [[String: Any]])
        let sadrCity = try XCTUnwrap(locations.first { $0["name"] as? String == "Sadr City" })
        XCTAssertEqual(sadrCity["country_code"] as? String, "IQ")
    }

    /// The intelligence commands answer `--help` with an example, and refuse a database that is missing.
    func testIntelligenceCommandsHaveHelpAndClearErrors() throws {
        for command in ["entities", "quotes", "timeline", "duplicates"] {
            let help = try NewsmillBinary.run([command, "--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("Example"), "\(command) --help has no example:\n\(help.stdout)")
            XCTAssertTrue(help.stdout.contains("newsmill \(command)"), help.stdout)
            XCTAssertTrue(help.stdout.contains("--format"), help.stdout)
            var arguments = [command, "--db", "/nonexistent/news.db"]
            if command == "timeline" { arguments += ["--entity", "Iraq"] }
            let missing = try NewsmillBinary.run(arguments)
            XCTAssertNotEqual(missing.status, 0)
            XCTAssertTrue(missing.stderr.contains("/nonexistent/news.db"), missing.stderr)
        }
        let badType = try NewsmillBinary.run(["entities", "--db", "x.db", "--type", "event"])
        XCTAssertNotEqual(badType.status, 0)
        XCTAssertTrue(badType.stderr.contains("person"), badType.stderr)
    }
}
