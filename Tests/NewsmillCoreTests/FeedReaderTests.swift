import Foundation
import NewsmillTestSupport
import XCTest

@testable import NewsmillCore

final class FeedReaderTests: XCTestCase {
    private func read(_ fixture: String) throws -> ExtractionOutcome {
        FeedReader.read(xml: try htmlFixtureBytes("feeds/" + fixture), locator: SourceLocator(path: fixture))
    }

    func testLocalRSSFixture() throws {
        let outcome = try read("local.rss")
        XCTAssertEqual(outcome.quarantined, [])
        XCTAssertEqual(outcome.articles.count, 2)
        let first = outcome.articles[0]
        XCTAssertEqual(first.title, "Bakery Wins Regional Bread Prize")
        XCTAssertEqual(first.url, "https://gazette.example/bakery-prize")
        XCTAssertEqual(first.guid, "https://gazette.example/bakery-prize")
        XCTAssertEqual(first.authors, ["Mira Falk"])
        XCTAssertEqual(first.published, PartialDate(value: "2021-05-05T08:00:00Z", precision: .second))
        XCTAssertEqual(first.publication, "Valley Gazette")
        XCTAssertEqual(first.language, "en")
        XCTAssertEqual(first.kind, .rss)
        XCTAssertEqual(first.locator, SourceLocator(path: "local.rss", itemIndex: 0))
        XCTAssertEqual(first.body, "The corner bakery on Mill Lane won the regional prize for its rye sourdough on Tuesday.")
        let second = outcome.articles[1]
        XCTAssertEqual(second.authors, ["Jonas Eklund"])
        XCTAssertEqual(second.published?.value, "2021-05-06T09:30:00Z")
        XCTAssertEqual(second.body, "From June the library will stay open until eight in the evening on weekdays, the council said.")
        XCTAssertEqual(second.locator.itemIndex, 1)
    }

    func testEntryImagesFromMediaRSSAndEnclosures() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Coast</title>
            <item><title>Thumbnail</title><description>The ferry left on time.</description>
              <media:thumbnail url="https://coast.example/t.jpg" width="150"/></item>
            <item><title>Media content</title><description>The quay was repaired.</description>
              <media:content url="https://coast.example/v.mp4" type="video/mp4"/><media:content url="https://coast.example/c.jpg" medium="image"/></item>
            <item><title>Enclosure</title><description>The crane arrived.</description>
              <enclosure url="https://coast.example/pod.mp3" type="audio/mpeg" length="1"/><enclosure url="https://coast.example/e.png" type="image/png" length="2"/></item>
            <item><title>None</title><description>The bridge opened.</description></item>
            </channel></rss>
            """
        let outcome = FeedReader.read(xml: Array(rss.utf8), locator: SourceLocator(path: "images.rss"))
        XCTAssertEqual(outcome.articles.map(\.image), [
            "https://coast.example/t.jpg", "https://coast.example/c.jpg", "https://coast.example/e.png", nil,
        ])
    }

    func testScienceAtomFixture() throws {
        let outcome = try read("science.atom")
        XCTAssertEqual(outcome.articles.count, 2)
        let first = outcome.articles[0]
        XCTAssertEqual(first.kind, .atom)
        XCTAssertEqual(first.title, "Divers Map a Sunken Schooner")
        XCTAssertEqual(first.url, "https://port.example/science/schooner")
        XCTAssertEqual(first.guid, "tag:port.example,2023:schooner")
        XCTAssertEqual(first.authors, ["Lena Holm"])
        XCTAssertEqual(first.published?.value, "2023-09-30T12:00:00Z")
        XCTAssertEqual(first.publication, "Port Science")
        XCTAssertTrue(first.body.hasPrefix("Volunteer divers have mapped the wreck"))
        let second = outcome.articles[1]
        XCTAssertEqual(second.authors, ["Per Lund"])
        XCTAssertEqual(second.published?.value, "2023-10-01T06:00:00Z")
        XCTAssertEqual(second.body, "The harbour tide gauge recorded its lowest reading since records began in 1905.")
    }

    func testRSS2WithContentEncodedAndPrefixedNamespaces() throws {
        let outcome = try read("rss2-content.rss")
        XCTAssertEqual(outcome.articles.count, 2)
        let ferry = outcome.articles[0]
        XCTAssertEqual(ferry.authors, ["Ines Moreau"])
        XCTAssertEqual(ferry.guid, "ferry-2021")
        XCTAssertEqual(ferry.published?.value, "2021-05-10T05:30:00Z")
        XCTAssertEqual(ferry.body, "The island ferry will leave twenty minutes earlier from June.\n\nTickets stay the same price.")
        XCTAssertEqual(ferry.summary, "Short teaser.")
        XCTAssertEqual(ferry.categories, ["Transport", "ferries"])
        XCTAssertEqual(ferry.language, "en")
        let fog = outcome.articles[1]
        XCTAssertNil(fog.title)
        XCTAssertEqual(fog.url, "https://harbour.example/fog")
        XCTAssertEqual(fog.authors, ["Ola Berg"])
        XCTAssertEqual(outcome.quarantined.count, 1)
        XCTAssertTrue(outcome.quarantined[0].reason.hasPrefix("empty-entry: "))
        XCTAssertEqual(outcome.quarantined[0].locator.itemIndex, 2)

        let parsed = try FeedParser.parse(xml: htmlFixtureBytes("feeds/rss2-content.rss")).get()
        XCTAssertFalse(parsed.bozo)
        XCTAssertEqual(parsed.format, .rss2)
        XCTAssertEqual(parsed.feed.generator, "Hand")
        XCTAssertEqual(parsed.entries[0].enclosures, [ParsedFeed.Enclosure(href: "https://harbour.example/ferry.mp3", length: "1234", type: "audio/mpeg")])
        XCTAssertEqual(parsed.entries[0].tags[1], ParsedFeed.Tag(term: "ferries", scheme: "tags"))
    }

    func testRSS1RDF() throws {
        let outcome = try read("rss1.rdf")
        XCTAssertEqual(outcome.articles.count, 1)
        let article = outcome.articles[0]
        XCTAssertEqual(article.kind, .rss)
        XCTAssertEqual(article.title, "Market Square Repaved")
        XCTAssertEqual(article.url, "https://old.example/1")
        XCTAssertEqual(article.guid, "https://old.example/1")
        XCTAssertEqual(article.authors, ["Luc Martin"])
        XCTAssertEqual(article.published?.value, "2004-06-01T08:00:00Z")
        XCTAssertEqual(article.language, "fr")
        XCTAssertEqual(article.categories, ["Streets"])
        XCTAssertEqual(article.body, "The market square reopened after repaving.")
        XCTAssertEqual(try FeedParser.parse(xml: htmlFixtureBytes("feeds/rss1.rdf")).get().format, .rss1)
    }

    func testAtomWithXHTMLContentAndPrefixedNamespace() throws {
        let parsed = try FeedParser.parse(xml: htmlFixtureBytes("feeds/atom-xhtml.atom")).get()
        XCTAssertEqual(parsed.format, .atom10)
        XCTAssertEqual(parsed.feed.title, "Canal &amp; Dock")  // an XHTML title stays markup, as in feedparser
        XCTAssertEqual(FeedReader.plainTitle(parsed.feed.title ?? ""), "Canal & Dock")
        let entry = try XCTUnwrap(parsed.entries.first)
        XCTAssertEqual(entry.link, "https://canal.example/1")
        XCTAssertEqual(entry.content.first?.type, "application/xhtml+xml")
        XCTAssertEqual(entry.content.first?.value, "<p>The old <em>lock gates</em> were lifted out on Friday.</p><p>New ones arrive &amp; go in next week.</p>")
        XCTAssertEqual(entry.tags, [ParsedFeed.Tag(term: "works", scheme: nil, label: "Works")])

        let article = try XCTUnwrap(read("atom-xhtml.atom").articles.first)
        XCTAssertEqual(article.body, "The old lock gates were lifted out on Friday.\n\nNew ones arrive & go in next week.")
        XCTAssertEqual(article.authors, ["Feed Author"])
        XCTAssertEqual(article.modified?.value, "2020-01-01T11:00:00Z")
        XCTAssertEqual(article.language, "nl")
        XCTAssertEqual(article.summary, "Summary text.")
    }

    func testMalformedFeedIsRecoveredWithBozo() throws {
        let parsed = try FeedParser.parse(xml: htmlFixtureBytes("feeds/malformed.rss")).get()
        XCTAssertTrue(parsed.bozo)
        XCTAssertNotNil(parsed.bozoMessage)
        XCTAssertEqual(parsed.entries.first?.title, "First Item")
        let outcome = try read("malformed.rss")
        XCTAssertEqual(outcome.articles.first?.body, "Text of the first item.")
    }

    func testNotAFeedIsQuarantined() {
        for input in ["<html><body><p>hello</p></body></html>", "", "\u{0}\u{1}garbage", "<?xml version='1.0'?>"] {
            let outcome = FeedReader.read(xml: Array(input.utf8), locator: SourceLocator(path: "x.xml"))
            XCTAssertEqual(outcome.articles, [], input)
            XCTAssertEqual(outcome.quarantined.count, 1, input)
            XCTAssertTrue(outcome.quarantined[0].reason.hasPrefix("malformed-feed: "), outcome.quarantined[0].reason)
            XCTAssertEqual(outcome.quarantined[0].locator, SourceLocator(path: "x.xml"))
        }
    }

    func testUndeclaredHTMLEntitiesAreDecoded() throws {
        let xml = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Caf&eacute;&nbsp;News</title>
            <item><title>Cr&egrave;me &amp; more</title><description>&lt;p&gt;Na&iuml;ve&lt;/p&gt;</description></item></channel></rss>
            """
        let parsed = try FeedParser.parse(xml: Array(xml.utf8)).get()
        XCTAssertEqual(parsed.feed.title, "Caf\u{E9}\u{A0}News")  // as written, as in feedparser
        XCTAssertEqual(FeedReader.plainTitle(parsed.feed.title ?? ""), "Café News")  // articles fold white space, NBSP included
        XCTAssertFalse(parsed.bozo)
        let article = try XCTUnwrap(FeedReader.read(xml: Array(xml.utf8), locator: SourceLocator(path: "e.xml")).articles.first)
        XCTAssertEqual(article.title, "Crème & more")
        XCTAssertEqual(article.body, "Naïve")
        XCTAssertEqual(LibXML.numericHTMLEntities(in: Array("&lol; &amp; &eacute &eacute;".utf8)), Array("&lol; &amp; &eacute &#233;".utf8))
    }

    func testExternalEntitiesAreNotLoaded() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title><item><title>Leak</title><description>before &secret; after</description></item></channel></rss>
            """
        let outcome = FeedReader.read(xml: Array(xml.utf8), locator: SourceLocator(path: "xxe.xml"))
        let article = outcome.articles.first
        XCTAssertEqual(article?.title, "Leak")
        XCTAssertFalse(article?.body.contains("root:") ?? false)
    }

    func testRandomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["<rss>", "<channel>", "<item>", "<title>", "</title>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
                      "<entry>", "<content type='xhtml'>", "<div>", "&amp;", "&#0;", "&lol;", "<![CDATA[", "]]>", "\u{0}", "é", "</item>"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var bytes = Array(text.utf8)
            if generator.next() % 3 == 0 { bytes += (0..<16).map { _ in UInt8(truncatingIfNeeded: generator.next()) } }
            let outcome = FeedReader.read(xml: bytes, locator: SourceLocator(path: "fuzz.xml"))
            XCTAssertFalse(outcome.articles.isEmpty && outcome.quarantined.isEmpty && text.contains("<item><title>x"))
            _ = HTMLArticleReader.read(html: bytes, url: "http://x.example/", locator: SourceLocator(path: "fuzz.html"))
            _ = DateParser.parse(String(decoding: bytes.prefix(40), as: UTF8.self))
        }
    }

    func testBillionLaughsStaysSmallAndFast() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 {
            let previous = "&lol\(level - 1);"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: previous, count: 10) + "\">\n"
        }
        xml += "]>\n<rss version=\"2.0\"><channel><title>Laughs</title><item><title>Bomb</title><description>&lol9;</description></item></channel></rss>"
        let start = Date()
        let outcome = FeedReader.read(xml: Array(xml.utf8), locator: SourceLocator(path: "lol.xml"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        let totalBody = outcome.articles.map(\.body.utf8.count).reduce(0, +)
        XCTAssertLessThan(totalBody, 10_000)
        XCTAssertEqual(outcome.articles.count + outcome.quarantined.count, 1)
    }
}
