import XCTest
@testable import NewsmillCore

final class FormatDetectorTests: XCTestCase {
    private func detect(_ text: String, type: String? = nil, name: String? = nil) -> DocumentKind {
        FormatDetector.detect(bytes: Array(text.utf8), declaredContentType: type, nameHint: name)
    }

    func testFeedsByRootElement() {
        XCTAssertEqual(detect("<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\"><channel/></rss>"), .rss)
        XCTAssertEqual(detect("<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.xsl\"?><rdf:RDF xmlns:rdf=\"x\"><channel/></rdf:RDF>"), .rss)
        XCTAssertEqual(detect("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x\">\n<rss version=\"0.91\">"), .rss)
        XCTAssertEqual(detect("\u{FEFF}  <feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>"), .atom)
        XCTAssertEqual(detect("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">"), .atom)
    }

    func testHTML() {
        XCTAssertEqual(detect("<!doctype HTML><title>x</title>"), .html)
        XCTAssertEqual(detect("<!-- saved page -->\n<html lang=en><body><p>Hi</p></body></html>"), .html)
        XCTAssertEqual(detect("<div class=a><p>One</p><p>Two</p><br><span>x</span></div>"), .html)
        XCTAssertEqual(detect("<p>A fragment</p>"), .html)
        XCTAssertEqual(detect("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"), .html)
    }

    func testContentBeatsExtension() {
        XCTAssertEqual(detect("<html><body><p>Text</p></body></html>", name: "story.txt"), .html)
        XCTAssertEqual(detect("<rss version=\"2.0\"><channel></channel></rss>", type: "text/html", name: "feed.html"), .rss)
        XCTAssertEqual(detect("Plain headline\n\nPlain body text.", type: "text/html", name: "a.html"), .text)
    }

    func testHintsBreakTies() {
        let fewTags = "Headline\n\nSome <b>bold</b> text."
        XCTAssertEqual(detect(fewTags), .text)
        XCTAssertEqual(detect(fewTags, name: "page.htm"), .html)
        XCTAssertEqual(detect("<feed><entry/></feed>"), .atom)
        XCTAssertEqual(detect("<channel><item/></channel>", name: "news.rss"), .rss)
        XCTAssertEqual(detect("<urlset><url/></urlset>"), .unknown)
        XCTAssertEqual(detect("<?xml version=\"1.0\"?><sitemap/>"), .unknown)
        XCTAssertEqual(detect("<Editor> wrote this note in plain text.\n\nAnd more text."), .text)
    }

    func testJSONFeed() {
        XCTAssertEqual(detect("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"), .jsonFeed)
        XCTAssertEqual(detect(" {\n  \"title\": \"x\", \"version\": \"https://jsonfeed.org/version/1\", \"items\": []}"), .jsonFeed)
        XCTAssertEqual(detect("{\"name\": \"not a feed\"}"), .unknown)
        XCTAssertEqual(detect("{\"items\": [{\"id\": \"1\"}]}", type: "application/feed+json"), .jsonFeed)
        XCTAssertEqual(detect("{Editor's note} A text that starts with a brace."), .text)
    }

    func testTextAndBinary() {
        XCTAssertEqual(detect("Headline\n\nBody text."), .text)
        XCTAssertEqual(FormatDetector.detect(bytes: [0x43, 0x61, 0x66, 0xE9, 0x0A]), .text)
        XCTAssertEqual(FormatDetector.detect(bytes: Array("%PDF-1.4\n".utf8) + [0xE2, 0xE3]), .unknown)
        XCTAssertEqual(FormatDetector.describeUnrecognised(Array("%PDF-1.4\n".utf8)), "binary data (PDF)")
        XCTAssertEqual(FormatDetector.detect(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), .unknown)
        XCTAssertEqual(FormatDetector.detect(bytes: [0x41, 0x00, 0x42, 0x01, 0x02, 0x03, 0x41, 0x41, 0x04, 0x05]), .unknown)
        XCTAssertEqual(FormatDetector.describeUnrecognised([0x41, 0x42, 0x00, 0x01]), "binary data (NUL bytes)")
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<html><body><p>x</p></body></html>".utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(FormatDetector.detect(bytes: utf16), .html)
    }
}
