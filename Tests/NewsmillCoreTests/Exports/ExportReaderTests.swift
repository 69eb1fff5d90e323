import Foundation
import XCTest
@testable import NewsmillCore

/// JSON Lines and CSV exports through the extractor: field mapping, line numbers, quarantined records.
final class ExportReaderTests: XCTestCase {
    private let extractor = Extractor(options: ExtractionOptions(analyze: false))

    private func extract(_ text: String, path: String = "export.jsonl", itemIndex: Int? = nil, type: String? = nil) -> ExtractionOutcome {
        extractor.extract(Document(locator: SourceLocator(path: path, itemIndex: itemIndex), bytes: Array(text.utf8), declaredContentType: type))
    }

    func testCommonJSONFieldNamesAreMapped() throws {
        let line = """
            {"ID": 42, "Headline": "Ferry Timetable Cut", "link": "https://herald.example/ferry", "byline": "By Mira Solberg and Tomas Eklund, Staff Writers", "pubDate": "Mon, 11 Mar 2024 07:45:00 +0100", "updated_at": "2024-03-11T12:00:00Z", "lang": "en-GB", "publisher": {"name": "The Coastal Herald"}, "keywords": "transport; ferries", "description": "Four crossings instead of nine.", "body": "The island ferry will run four crossings a day.\\n\\nPassengers queued for an hour."}
            """
        let outcome = extract(line + "\n")
        XCTAssertEqual(outcome.quarantined, [])
        let article = try XCTUnwrap(outcome.articles.first)
        XCTAssertEqual(article.kind, .jsonLines)
        XCTAssertEqual(article.guid, "42")
        XCTAssertEqual(article.title, "Ferry Timetable Cut")
        XCTAssertEqual(article.url, "https://herald.example/ferry")
        XCTAssertEqual(article.authors, ["Mira Solberg", "Tomas Eklund"])
        XCTAssertEqual(article.published, PartialDate(year: 2024, month: 3, day: 11, hour: 6, minute: 45, second: 0))
        XCTAssertEqual(article.modified?.value, "2024-03-11T12:00:00Z")
        XCTAssertEqual(article.language, "en")
        XCTAssertEqual(article.publication, "The Coastal Herald")
        XCTAssertEqual(article.categories, ["transport", "ferries"])
        XCTAssertEqual(article.summary, "Four crossings instead of nine.")
        XCTAssertEqual(article.body, "The island ferry will run four crossings a day.\n\nPassengers queued for an hour.")
        XCTAssertEqual(article.locator, SourceLocator(path: "export.jsonl", itemIndex: 1))
        XCTAssertEqual(article.id, ArticleIdentity.id(url: "https://herald.example/ferry", contentHash: article.contentHash))
    }

    func testAuthorsArraysObjectsAndUnixTimes() throws {
        let lines = """
            {"title": "A", "authors": [{"name": "Anna Berglund"}, "By Per Lind", {"name": "anna berglund"}], "published_at": 1710143100, "text": "One."}
            {"title": "B", "creator": ["Sofia Dahl"], "created_at": "1710143100000", "content": "Two.", "tags": [{"term": "x"}, "y", "x"]}
            {"title": "C", "author": "Erik Nyman", "date": "sometime last spring", "text": "Three."}
            """
        let articles = extract(lines).articles
        XCTAssertEqual(articles.map(\.authors), [["Anna Berglund", "Per Lind"], ["Sofia Dahl"], ["Erik Nyman"]])
        XCTAssertEqual(articles.map { $0.published?.value }, ["2024-03-11T07:45:00Z", "2024-03-11T07:45:00Z", nil], "an unparseable date is left out, never guessed")
        XCTAssertEqual(articles[1].categories, ["x", "y"])
    }

    func testHTMLFieldsGoThroughTheHTMLReader() throws {
        let paragraph = "The harbour crane arrived on a barge this morning and residents lined the quay to watch it unload. "
        let page = "<html><head><title>Crane Arrives</title><meta name='author' content='Anna Berglund'></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Crane Arrives</h1><p>\(String(repeating: paragraph, count: 3))</p></article><footer>Copyright</footer></body></html>"
        let lines = """
            {"url": "https://herald.example/crane", "html": "\(page)"}
            {"title": "Fragment", "content_html": "<p>First <b>bold</b> paragraph.</p><p>Second paragraph.</p>"}
            {"title": "Tagged text", "content": "<p>Text field holding <em>HTML</em>.</p><p>Another.</p>"}
            """
        let articles = extract(lines).articles
        XCTAssertEqual(articles.count, 3)
        XCTAssertEqual(articles[0].title, "Crane Arrives")
        XCTAssertEqual(articles[0].authors, ["Anna Berglund"])
        XCTAssertTrue(articles[0].body.hasPrefix("The harbour crane arrived"), articles[0].body)
        XCTAssertFalse(articles[0].body.contains("Home"), "navigation is not main text")
        XCTAssertEqual(articles[1].body, "First bold paragraph.\n\nSecond paragraph.")
        XCTAssertEqual(articles[2].body, "Text field holding HTML.\n\nAnother.")
    }

    /// Bad lines are quarantined with their line numbers (counted from the chunk's first line), and
    /// every good line beside them is read.
    func testMalformedLinesAreQuarantinedAndGoodOnesKept() throws {
        let lines = """
            {"title": "Good one", "text": "First."}
            {"title": "Broken", "text": "unterminated
            [1, 2, 3]

            {"title": "No text", "url": "https://x.example/none"}
            {"title": "Good two", "text": "Second."}
            """
        let outcome = extract(lines, itemIndex: 5001, type: "application/jsonl")
        XCTAssertEqual(outcome.articles.map(\.title), ["Good one", "Good two"])
        XCTAssertEqual(outcome.articles.map(\.locator.itemIndex), [5001, 5006])
        XCTAssertEqual(outcome.quarantined.map(\.reason), [
            "malformed-export: line 5002 is not valid JSON",
            "malformed-export: line 5003 is an array, not a JSON object",
            "no-content: line 5005 has no article text (keys: title, url)",
        ])
        XCTAssertEqual(outcome.quarantined.map(\.locator.itemIndex), [5002, 5003, 5005])
        let broken = Array("{\"title\": \"Broken\", \"text\": \"unterminated".utf8)
        XCTAssertEqual(outcome.quarantined[0].sha256, ArticleIdentity.sha256Hex(broken))
        XCTAssertEqual(outcome.quarantined[0].size, Int64(broken.count))
    }

    func testCSVExportWithQuotedNewlinesAndLineNumbers() throws {
        let csv = """
            \u{FEFF}Title,Author,Published,URL,Body\r
            Cranes Return,Jonas Berg,2024-02-20,https://v.example/cranes,"Both cranes are back.\r
            \r
            Shipping resumed."\r
            Short row,Jonas Berg\r
            "School Garden","Sofia Dahl; Erik Nyman","February 22, 2024",https://v.example/garden,"Pupils won the ""green"" prize."\r
            No Body,Per Lind,2024-02-23,https://v.example/empty,\r

            """
        let outcome = extract(csv, path: "wire.csv")
        XCTAssertEqual(outcome.articles.map(\.title), ["Cranes Return", "School Garden"])
        XCTAssertEqual(outcome.articles.map(\.kind), [.csv, .csv])
        XCTAssertEqual(outcome.articles[0].body, "Both cranes are back.\n\nShipping resumed.")
        XCTAssertEqual(outcome.articles[1].authors, ["Sofia Dahl", "Erik Nyman"])
        XCTAssertEqual(outcome.articles[1].published, PartialDate(year: 2024, month: 2, day: 22))
        XCTAssertEqual(outcome.articles[1].body, "Pupils won the \"green\" prize.")
        XCTAssertEqual(outcome.articles.map(\.locator.itemIndex), [2, 6])
        XCTAssertEqual(outcome.quarantined.map(\.reason), [
            "malformed-export: line 5 has 2 fields, the header has 5",
            "no-content: line 7 has no article text",
        ])
    }

    /// A chunk cut from a larger CSV export repeats the header; its `itemIndex` is its first record's line.
    func testCSVChunkLinesCountFromTheLocator() throws {
        let outcome = extract("headline\tbody\nOne\tFirst text.\n\"Two\tquoted\"\t\"Second\ntext.\"\nThree\tThird.\n", path: "wire.tsv", itemIndex: 801, type: "text/tab-separated-values")
        XCTAssertEqual(outcome.articles.map(\.title), ["One", "Two quoted", "Three"])
        XCTAssertEqual(outcome.articles.map(\.locator.itemIndex), [801, 802, 804])
    }

    func testExportArticlesAreAnalysedAndGetTheLanguage() throws {
        let line = "{\"title\": \"Harbour Crane Arrives\", \"text\": \"The crane arrived in Gothenburg on Tuesday, said Anna Berglund of the port company.\"}\n"
        let article = try XCTUnwrap(Extractor().extract(Document(locator: SourceLocator(path: "e.jsonl"), bytes: Array(line.utf8))).articles.first)
        XCTAssertEqual(article.language, "en")
        XCTAssertNotNil(article.analysis)
        XCTAssertTrue(article.analysis?.entities.contains { $0.name == "Anna Berglund" } ?? false, "\(String(describing: article.analysis?.entities))")
    }
}
