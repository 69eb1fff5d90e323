import XCTest
@testable import NewsmillCore

/// JSON Lines and CSV exports told apart from JSON Feeds, plain JSON, text and HTML by content.
final class ExportDetectionTests: XCTestCase {
    private func kind(_ text: String, name: String? = nil, type: String? = nil) -> DocumentKind {
        FormatDetector.detect(bytes: Array(text.utf8), declaredContentType: type, nameHint: name)
    }

    private let jsonl = """
        {"title": "Ferry Cut", "url": "https://a.example/1", "text": "The ferry will run less often."}
        {"title": "Library Hours", "url": "https://a.example/2", "text": "The library stays open."}

        """

    func testJSONLinesIsDetectedByContentWhateverTheName() {
        XCTAssertEqual(kind(jsonl), .jsonLines)
        XCTAssertEqual(kind(jsonl, name: "export.txt"), .jsonLines)
        XCTAssertEqual(kind(jsonl, name: "export.json"), .jsonLines)
        XCTAssertEqual(kind("\n\n" + jsonl), .jsonLines, "leading blank lines")
        XCTAssertEqual(kind("{\"headline\": \"One\", \"body\": \"Only one record.\"}"), .jsonLines, "a one-record export")
    }

    func testJSONFeedAndPlainJSONAreNotJSONLines() {
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Feed", "items": [{"id": "1", "content_text": "Hi"}]}
            """
        XCTAssertEqual(kind(feed), .jsonFeed, "a JSON Feed on one line")
        let prettyFeed = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "items": [{"id": "1", "title": "x", "content_text": "Hi"}]
            }
            """
        XCTAssertEqual(kind(prettyFeed), .jsonFeed)
        let prettyObject = "{\n  \"title\": \"Not lines\",\n  \"text\": \"Pretty-printed JSON is one document.\"\n}\n"
        XCTAssertEqual(kind(prettyObject), .unknown)
        let logLines = "{\"level\": \"info\", \"msg\": \"started\"}\n{\"level\": \"warn\", \"msg\": \"slow\"}\n"
        XCTAssertEqual(kind(logLines), .unknown, "JSON Lines without article keys are not an export")
        XCTAssertEqual(
            FormatDetector.describeUnrecognised(Array(logLines.utf8)),
            "JSON Lines without article fields (title, text, body, content, html, url, ...)"
        )
        XCTAssertEqual(FormatDetector.describeUnrecognised(Array(prettyObject.utf8)), "JSON that is not a JSON Feed")
    }

    func testCSVWithCommaTabAndSemicolon() {
        XCTAssertEqual(FormatDetector.exportFormat(bytes: Array("title,author,date,text\nA,B,2024-01-01,Body one\n".utf8)), .csv(delimiter: 0x2C))
        XCTAssertEqual(FormatDetector.exportFormat(bytes: Array("headline\tbyline\tbody\nA\tB\tBody, with a comma\n".utf8)), .csv(delimiter: 0x09))
        XCTAssertEqual(FormatDetector.exportFormat(bytes: Array("Titel;Title;Text;URL\nA;A;Ein Text, mit Komma;https://x.example\n".utf8)), .csv(delimiter: 0x3B))
        XCTAssertEqual(kind("title,author,date,text\nA,B,2024-01-01,Body one\n", name: "export.txt"), .csv)
    }

    func testCSVWithQuotedNewlinesBOMAndCRLF() {
        let csv = "\u{FEFF}\"Title\",\"Body\",\"URL\"\r\n\"A, quoted\",\"Line one\r\nline two with \"\"quotes\"\"\",https://x.example/a\r\nB,\"Second\",https://x.example/b\r\n"
        XCTAssertEqual(kind(csv), .csv)
        XCTAssertEqual(FormatDetector.exportFormat(bytes: Array(csv.utf8)), .csv(delimiter: 0x2C))
    }

    /// A CSV whose HTML column would otherwise count as tags is still a CSV.
    func testCSVWithAnHTMLColumnIsNotHTML() {
        let csv = "title,html\nA,\"<div><p>One</p><p>Two</p><p>Three</p><a href='x'>x</a></div>\"\nB,\"<p>Four</p>\"\n"
        XCTAssertEqual(kind(csv), .csv)
    }

    func testTextThatIsNotAnExportStaysText() {
        XCTAssertEqual(kind("name,age,city\nAnna,34,Oslo\nPer,41,Bergen\n"), .text, "a CSV without article columns")
        XCTAssertEqual(kind("Harbour crane arrives\n\nBy Anna Berglund\n\nThe crane, which weighs 300 tonnes, arrived on Tuesday.\n"), .text)
        XCTAssertEqual(kind("title,text\nA,one\nB,two,three,four\n"), .text, "inconsistent field counts")
    }

    /// Chunks cut by the input reader declare their type, so a chunk opening with a broken record stays an export.
    func testADeclaredExportTypeIsTrusted() {
        XCTAssertEqual(kind("[1, 2]\n{\"title\": \"x\", \"text\": \"y\"}\n", type: "application/jsonl"), .jsonLines)
        XCTAssertEqual(kind("not json at all\n", type: "application/x-ndjson"), .jsonLines)
        XCTAssertEqual(kind("title,text\nA,one\nB,two,three,four\n", type: "text/csv"), .csv)
    }
}
