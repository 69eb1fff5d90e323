import Foundation
import XCTest
@testable import NewsmillCore

final class ArticleJSONTests: XCTestCase {
    private let odd = "quote \" backslash \\ slash / tab \t nl \n cr \r nul \u{0} bell \u{7} esc \u{1B} del \u{7F} "
        + "ls \u{2028} ps \u{2029} emoji 🧪 combining é 日本 bom \u{FEFF} end"

    private func article() -> Article {
        Article.make(
            url: "https://example.org/a?x=1", guid: "tag:example.org,2021:1", title: "Title with \"quotes\" and \u{2028}",
            authors: ["Anna Berglund", odd], published: PartialDate(value: "2021-04", precision: .month),
            modified: PartialDate(value: "2021-04-02T10:15:00Z", precision: .second), publication: "The Valley Gazette",
            language: "en", summary: odd, categories: ["local", "bridges"], body: "Para one.\n\n" + odd,
            kind: .text, locator: SourceLocator(path: "in.tar.gz", member: "a/b.txt", offset: 12, itemIndex: 3),
            section: "Local", image: "https://example.org/img/bridge.jpg"
        )
    }

    func testOutputParsesBackToTheSameValues() throws {
        let article = article()
        let line = ArticleJSON.line(for: article, source: "in.tar.gz")
        XCTAssertFalse(line.contains("\n"))
        XCTAssertFalse(line.contains("\u{2028}"))
        XCTAssertFalse(line.contains("\u{2029}"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["source"] as? String, "in.tar.gz")
        XCTAssertEqual(object["id"] as? String, article.id)
        XCTAssertEqual(object["url"] as? String, article.url)
        XCTAssertEqual(object["guid"] as? String, article.guid)
        XCTAssertEqual(object["title"] as? String, article.title)
        XCTAssertEqual(object["authors"] as? [String], article.authors)
        XCTAssertEqual(object["published"] as? String, "2021-04")
        XCTAssertEqual(object["published_precision"] as? String, "month")
        XCTAssertEqual(object["modified"] as? String, "2021-04-02T10:15:00Z")
        XCTAssertEqual(object["modified_precision"] as? String, "second")
        XCTAssertEqual(object["publication"] as? String, "The Valley Gazette")
        XCTAssertEqual(object["language"] as? String, "en")
        XCTAssertEqual(object["summary"] as? String, odd)
        XCTAssertEqual(object["categories"] as? [String], ["local", "bridges"])
        XCTAssertEqual(object["body"] as? String, article.body)
        XCTAssertEqual(object["word_count"] as? Int, article.wordCount)
        XCTAssertEqual(object["kind"] as? String, "text")
        XCTAssertEqual(object["locator"] as? String, "in.tar.gz!/a/b.txt@12#3")
        XCTAssertEqual(object["content_hash"] as? String, article.contentHash)
        XCTAssertEqual(object["section"] as? String, "Local")
        XCTAssertEqual(object["image"] as? String, "https://example.org/img/bridge.jpg")
    }

    func testKeyOrderAndNulls() throws {
        let bare = Article.make(title: nil, body: "x", kind: .html, locator: SourceLocator(path: "p.html"))
        let line = ArticleJSON.line(for: bare, source: "p.html")
        let keys = ["source", "id", "url", "guid", "title", "authors", "published", "published_precision", "modified",
                    "modified_precision", "publication", "language", "summary", "categories", "body", "word_count",
                    "kind", "locator", "content_hash", "captured", "section", "image"]
        var position = line.startIndex
        for key in keys {
            let range = try XCTUnwrap(line.range(of: "\"\(key)\":", range: position..<line.endIndex), key)
            position = range.upperBound
        }
        XCTAssertTrue(line.contains("\"url\":null,\"guid\":null,\"title\":null,\"authors\":[]"))
        XCTAssertTrue(line.contains("\"categories\":[],\"body\":\"x\",\"word_count\":1,\"kind\":\"html\""))
        XCTAssertTrue(line.contains("\"captured\":null,\"section\":null,\"image\":null"))
    }

    func testEscapes() {
        XCTAssertEqual(ArticleJSON.quoted("a\"b\\c\n\u{1}\u{2028}"), "\"a\\\"b\\\\c\\n\\u0001\\u2028\"")
        XCTAssertEqual(ArticleJSON.quoted(""), "\"\"")
        XCTAssertEqual(ArticleJSON.quoted("€ plain"), "\"€ plain\"")
    }
}
