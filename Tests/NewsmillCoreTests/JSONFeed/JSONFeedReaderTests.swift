import XCTest
@testable import NewsmillCore

final class JSONFeedReaderTests: XCTestCase {
    private let locator = SourceLocator(path: "feed.json")

    func testVersion11() throws {
        let json = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Valley News", "home_page_url": "https://example.org/",
         "language": "en-GB", "authors": [{"name": "Desk"}],
         "items": [
          {"id": "1", "url": "https://example.org/1", "title": "First", "content_text": "Line one\\nwrapped.\\n\\nSecond paragraph.",
           "summary": "Short.", "date_published": "2021-04-02T10:15:00Z", "date_modified": "2021-04-03",
           "authors": [{"name": "Anna Berglund"}, {"name": "Jonas Eklund"}], "tags": ["local", "bridges"], "language": "sv"},
          {"id": 2, "external_url": "https://other.example/2", "title": "Second", "content_html": "<p>Hello <b>world</b></p>"},
          {"id": "3", "title": "Empty"},
          "not an object"
         ]}
        """
        let outcome = JSONFeedReader.read(json: Array(json.utf8), locator: locator)
        XCTAssertEqual(outcome.articles.count, 2)
        let first = try XCTUnwrap(outcome.articles.first)
        XCTAssertEqual(first.kind, .jsonFeed)
        XCTAssertEqual(first.guid, "1")
        XCTAssertEqual(first.url, "https://example.org/1")
        XCTAssertEqual(first.title, "First")
        XCTAssertEqual(first.body, "Line one wrapped.\n\nSecond paragraph.")
        XCTAssertEqual(first.summary, "Short.")
        XCTAssertEqual(first.authors, ["Anna Berglund", "Jonas Eklund"])
        XCTAssertEqual(first.categories, ["local", "bridges"])
        XCTAssertEqual(first.language, "sv")
        XCTAssertEqual(first.publication, "Valley News")
        XCTAssertEqual(first.locator, locator.item(0))
        XCTAssertNotNil(first.published)
        XCTAssertNotNil(first.modified)
        let second = outcome.articles[1]
        XCTAssertEqual(second.guid, "2")
        XCTAssertEqual(second.url, "https://other.example/2")
        XCTAssertTrue(second.body.contains("Hello"))
        XCTAssertTrue(second.body.contains("world"))
        XCTAssertFalse(second.body.contains("<"))
        XCTAssertEqual(second.authors, ["Desk"])
        XCTAssertEqual(second.language, "en-GB")
        XCTAssertEqual(outcome.quarantined.map(\.locator.itemIndex), [2, 3])
        XCTAssertEqual(outcome.quarantined.map(\.category), ["no-content", "malformed-feed"])
    }

    func testVersion10Author() throws {
        let json = """
        {"version": "https://jsonfeed.org/version/1", "title": "Old",
         "items": [{"id": "a", "content_text": "Body.", "author": {"name": "Per Olsson"}}]}
        """
        let outcome = JSONFeedReader.read(json: Array(json.utf8), locator: locator)
        XCTAssertEqual(outcome.articles.first?.authors, ["Per Olsson"])
        XCTAssertEqual(outcome.quarantined, [])
    }

    func testMalformedDocuments() {
        for json in ["{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", "[1, 2]", "{\"items\": []}",
                     "{\"version\": \"https://jsonfeed.org/version/1.1\"}"] {
            let outcome = JSONFeedReader.read(json: Array(json.utf8), locator: locator)
            XCTAssertEqual(outcome.articles, [], json)
            XCTAssertEqual(outcome.quarantined.count, 1, json)
            XCTAssertEqual(outcome.quarantined.first?.category, "malformed-feed", json)
            XCTAssertEqual(outcome.quarantined.first?.size, Int64(json.utf8.count))
            XCTAssertEqual(outcome.quarantined.first?.sha256, ArticleIdentity.sha256Hex(Array(json.utf8)))
        }
        let deep = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": " + String(repeating: "[", count: 100_000)
        let deepOutcome = JSONFeedReader.read(json: Array(deep.utf8), locator: locator)
        XCTAssertEqual(deepOutcome.quarantined.first?.category, "malformed-feed")
        let empty = JSONFeedReader.read(json: Array("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}".utf8), locator: locator)
        XCTAssertEqual(empty.quarantined.first?.category, "no-content")
    }
}
