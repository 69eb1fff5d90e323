import Foundation
import NewsmillStore
import XCTest

/// `newsmill run` over article exports: a JSON Lines file on disk and a CSV inside a zip, each with
/// bad records among good ones.
final class ExportsEndToEndTests: XCTestCase {
    private static let jsonLines = """
        {"id": "h-1", "headline": "Ferry Timetable Cut After Engine Failure", "url": "https://herald.example/ferry", "byline": "By Mira Solberg and Tomas Eklund", "published_at": "2024-03-11T07:45:00+01:00", "tags": ["transport"], "text": "The island ferry will run four crossings a day instead of nine, the harbour authority said on Monday.\\n\\nPassengers queued for more than an hour at the terminal."}
        {"id": "h-2", "title": "Library Extends Opening Hours", "link": "https://herald.example/library", "authors": [{"name": "Anna Berglund"}], "date": "2024-03-12", "content_html": "<p>The central library will stay open until midnight on weekdays.</p><p>Volunteers will staff the reading room.</p>"}
        {"id": "h-3", "title": "Broken record", "text": "this line was cut
        {"id": "h-4", "title": "Storm Warning Issued", "url": "https://herald.example/storm", "author": "Per Lind, Staff Writer", "pubDate": "Fri, 15 Mar 2024 18:20:00 +0100", "body": "The weather service issued an orange warning for the northern coast on Friday."}
        {"id": "h-5", "title": "Only a title", "url": "https://herald.example/empty"}

        {"id": "h-6", "title": "Night Market Returns", "url": "https://herald.example/market", "text": "The night market returns to the harbour square on Saturday, with forty stalls."}

        """

    private static let csv = "Title,Author,Published,URL,Body\r\n"
        + "Harbour Cranes Return,Jonas Berg,2024-02-20,https://gazette.example/cranes,\"Both cranes are back in service.\r\n\r\nShips resumed loading on Tuesday.\"\r\n"
        + "A short row,Jonas Berg\r\n"
        + "School Garden Wins Prize,\"Sofia Dahl; Erik Nyman\",\"February 22, 2024\",https://gazette.example/garden,\"Pupils won the \"\"green\"\" prize.\"\r\n"
        + "Night Buses on Weekends,By Jonas Berg,2024-02-27T16:00:00Z,https://gazette.example/buses,The transport company adds night buses from April.\r\n"

    func testRunStoresEveryGoodRecordAndQuarantinesTheBadWithLineNumbers() throws {
        let scratch = try ScratchDirectory()
        let inputs = scratch.path("exports")
        try FileManager.default.createDirectory(atPath: inputs + "/zip", withIntermediateDirectories: true)
        try Data(Self.jsonLines.utf8).write(to: URL(fileURLWithPath: inputs + "/herald.jsonl"))
        try Data(Self.csv.utf8).write(to: URL(fileURLWithPath: inputs + "/zip/gazette.csv"))
        try Self.shell("cd '\(inputs)/zip' && zip -q ../gazette.zip gazette.csv && cd .. && rm -r zip")
        let database = scratch.path("news.db")

        let outcome = try NewsmillBinary.run(["run", inputs, "--db", database, "--workers", "2"])
        XCTAssertEqual(outcome.status, 3, "quarantined records make the exit status 3; stderr:\n\(outcome.stderr)")
        let store = try ArticleStore.openReadOnly(path: database)
        let zip = inputs + "/gazette.zip"
        let jsonl = inputs + "/herald.jsonl"
        let articles = try TestQuery.rows(store, """
            select kind, title, authors, published, url, source_path, source_member, source_item, locator
            from articles order by kind, source_item
            """)
        XCTAssertEqual(articles, [
            ["csv", "Harbour Cranes Return", #"["Jonas Berg"]"#, "2024-02-20", "https://gazette.example/cranes", zip, "gazette.csv", "2", zip + "!/gazette.csv#2"],
            ["csv", "School Garden Wins Prize", #"["Sofia Dahl","Erik Nyman"]"#, "2024-02-22", "https://gazette.example/garden", zip, "gazette.csv", "6", zip + "!/gazette.csv#6"],
            ["csv", "Night Buses on Weekends", #"["Jonas Berg"]"#, "2024-02-27T16:00:00Z", "https://gazette.example/buses", zip, "gazette.csv", "7", zip + "!/gazette.csv#7"],
            ["jsonl", "Ferry Timetable Cut After Engine Failure", #"["Mira Solberg","Tomas Eklund"]"#, "2024-03-11T06:45:00Z", "https://herald.example/ferry", jsonl, "", "1", jsonl + "#1"],
            ["jsonl", "Library Extends Opening Hours", #"["Anna Berglund"]"#, "2024-03-12", "https://herald.example/library", jsonl, "", "2", jsonl + "#2"],
            ["jsonl", "Storm Warning Issued", #"["Per Lind"]"#, "2024-03-15T17:20:00Z", "https://herald.example/storm", jsonl, "", "4", jsonl + "#4"],
            ["jsonl", "Night Market Returns", "[]", "", "https://herald.example/market", jsonl, "", "7", jsonl + "#7"],
        ])
        XCTAssertEqual(
            try TestQuery.rows(store, "select body from articles where url = 'https://gazette.example/cranes'"),
            [["Both cranes are back in service.\n\nShips resumed loading on Tuesday."]]
        )
        XCTAssertEqual(
            try TestQuery.rows(store, "select body from articles where url = 'https://herald.example/library'"),
            [["The central library will stay open until midnight on weekdays.\n\nVolunteers will staff the reading room."]]
        )
        let quarantined = try TestQuery.rows(store, "select locator, category, reason from quarantine order by source_path, source_item")
        XCTAssertEqual(quarantined, [
            [zip + "!/gazette.csv#5", "malformed-export", "malformed-export: line 5 has 2 fields, the header has 5"],
            [jsonl + "#3", "malformed-export", "malformed-export: line 3 is not valid JSON"],
            [jsonl + "#5", "no-content", "no-content: line 5 has no article text (keys: id, title, url)"],
        ])
        XCTAssertEqual(try TestQuery.rows(store, "select path, articles, quarantined from sources order by path"), [
            [zip, "3", "1"], [jsonl, "4", "2"],
        ])
        // Exported articles get article intelligence like any other.
        let people = try TestQuery.rows(store, "select count(*) from entities where type = 'person' and name = 'Anna Berglund'")
        XCTAssertEqual(people, [["1"]])
    }

    private static func shell(_ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw XCTSkip("could not run: \(command) (is zip installed?)") }
    }
}
