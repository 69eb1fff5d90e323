import Foundation
import XCTest

@testable import NewsmillCore

/// `FeedParser`'s element mapping (feedparser's conventions) and its feedparser-shaped JSON.
final class FeedParserTests: XCTestCase {
    private func parse(_ xml: String) throws -> ParsedFeed {
        try FeedParser.parse(xml: Array(xml.utf8)).get()
    }

    /// The JSON object `newsmill parse-feed` prints, decoded.
    private func json(_ xml: String) throws -> [String: Any] {
        let line = try parse(xml).feedparserJSON(source: "f.xml")
        XCTAssertFalse(line.contains("\n"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func testRSSDatesMapAsFeedparserDoes() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
            <lastBuildDate>Sat, 07 Sep 2002 00:00:01 GMT</lastBuildDate><dcterms:created>2003-12-31T10:14:55Z</dcterms:created>
            <item><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate><dc:date>2003-12-31T10:14:55-05:00</dc:date>
            <expirationDate>Wed, 01 Dec 2010 19:48:21 GMT</expirationDate></item></channel></rss>
            """)
        XCTAssertEqual(feed.feed.updated, "Sat, 07 Sep 2002 00:00:01 GMT")
        XCTAssertEqual(feed.feed.createdParsed?.value, "2003-12-31T10:14:55Z")
        let entry = try XCTUnwrap(feed.entries.first)
        XCTAssertEqual(entry.published, "Thu, 01 Jan 2004 19:48:21 GMT")
        XCTAssertEqual(entry.publishedParsed?.value, "2004-01-01T19:48:21Z")
        // dc:date is the modification date in feedparser; the offset is converted to UTC.
        XCTAssertEqual(entry.updatedParsed?.value, "2003-12-31T15:14:55Z")
        XCTAssertEqual(entry.expiredParsed?.value, "2010-12-01T19:48:21Z")
    }

    func testStructTimeHasWeekdayAndDayOfYear() throws {
        XCTAssertEqual(ParsedFeed.structTime(PartialDate(value: "2003-12-31T10:14:55Z", precision: .second)), "[2003,12,31,10,14,55,2,365,0]")
        XCTAssertEqual(ParsedFeed.structTime(PartialDate(value: "2004-01-01T19:48:21Z", precision: .second)), "[2004,1,1,19,48,21,3,1,0]")
        XCTAssertEqual(ParsedFeed.structTime(PartialDate(value: "2024-03", precision: .month)), "[2024,3,1,0,0,0,4,61,0]")
    }

    func testGuidBecomesTheLinkOnlyWhenItIsAPermalink() throws {
        let feed = try parse("""
            <rss version="2.0"><channel>
            <item><guid>http://guid.example.com/</guid></item>
            <item><guid isPermaLink="false">http://guid.example.com/</guid></item>
            <item><link>http://link.example.com/</link><guid isPermaLink="true">http://guid.example.com/</guid></item>
            <item><guid>abc</guid></item>
            </channel></rss>
            """)
        XCTAssertEqual(feed.entries.map(\.link), ["http://guid.example.com/", nil, "http://link.example.com/", nil])
        XCTAssertEqual(feed.entries.map(\.guidIsLink), [true, false, false, false])
        XCTAssertEqual(feed.entries[3].id, "abc")
    }

    func testSecondDescriptionBecomesContent() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><item>
            <atom:summary>Example summary</atom:summary><description>Example description</description>
            </item></channel></rss>
            """)
        XCTAssertEqual(feed.entries[0].summary?.value, "Example summary")
        XCTAssertEqual(feed.entries[0].content.map(\.value), ["Example description"])
    }

    func testPeopleAndPublisher() throws {
        let object = try json("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <managingEditor>me@example.com (Example editor)</managingEditor><webMaster>Web Master &lt;wm@example.com&gt;</webMaster>
            <item><dc:creator>First Author</dc:creator><dc:creator>Second Author</dc:creator><dc:contributor>Helper</dc:contributor></item>
            </channel></rss>
            """)
        let feed = try XCTUnwrap(object["feed"] as? [String: Any])
        XCTAssertEqual(feed["author"] as? String, "Example editor (me@example.com)")
        XCTAssertEqual((feed["author_detail"] as? [String: String])?["email"], "me@example.com")
        XCTAssertEqual((feed["publisher_detail"] as? [String: String])?["name"], "Web Master")
        let entry = try XCTUnwrap((object["entries"] as? [[String: Any]])?.first)
        XCTAssertEqual((entry["authors"] as? [[String: String]])?.compactMap { $0["name"] }, ["First Author", "Second Author"])
        XCTAssertEqual((entry["contributors"] as? [[String: String]])?.first?["name"], "Helper")
    }

    func testAtomTextConstructs() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">History of the &lt;blink&gt; tag</div></title>
            <subtitle type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</subtitle>
            <rights type="html"><div xmlns="http://www.w3.org/1999/xhtml">Example &lt;b&gt;Atom&lt;/b&gt;</div></rights>
            <link rel="self" href="http://example.com/feed"/><link href="http://example.com/"/>
            <entry><content type="text">History of the &lt;blink&gt; tag</content></entry></feed>
            """)
        XCTAssertEqual(feed.feed.title, "History of the &lt;blink&gt; tag")
        XCTAssertEqual(feed.feed.subtitle, "Example <b>Atom</b>")
        XCTAssertEqual(feed.feed.rights, "Example <b>Atom</b>")
        XCTAssertEqual(feed.feed.link, "http://example.com/")
        XCTAssertEqual(feed.feed.links.first?.type, "application/atom+xml")
        XCTAssertEqual(feed.entries[0].content.first, ParsedFeed.Content(value: "History of the <blink> tag", type: "text/plain"))
    }

    func testAtom03ModesAndLanguage() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en"><title mode="xml" type="application/xhtml+xml"><div>Example <b>Atom</b></div></title>
            <entry xml:lang=""><content mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content></entry>
            <entry><content type="text/html" mode="escaped">&lt;b&gt;x&lt;/b&gt;</content></entry></feed>
            """)
        XCTAssertEqual(feed.format, .atom03)
        XCTAssertEqual(feed.feed.title, "<div>Example <b>Atom</b></div>")
        XCTAssertEqual(feed.feed.language, "en")
        XCTAssertEqual(feed.entries[0].content.first?.value, "Example <b>Atom</b>")
        XCTAssertNil(feed.entries[0].content.first?.language)
        XCTAssertEqual(feed.entries[1].content.first?.language, "en")
        XCTAssertEqual(feed.entries[1].content.first?.value, "<b>x</b>")
    }

    func testFeedInAnUnknownDefaultNamespaceIsRead() throws {
        let feed = try parse("<feed version=\"0.3\" xmlns=\"http://purl.org/echo/\"><title>Example Atom</title></feed>")
        XCTAssertEqual(feed.feed.title, "Example Atom")
        XCTAssertFalse(feed.bozo)
    }

    func testRepairedReferencesMakeTheFeedBozo() throws {
        let feed = try parse("<rss version=\"2.0\"><channel><link>http://example/?a=1&b=2&c</link><title>testing &doesnotexist; &#X41;</title></channel></rss>")
        XCTAssertEqual(feed.feed.link, "http://example/?a=1&b=2&c")
        XCTAssertEqual(feed.feed.title, "testing &doesnotexist; A")
        XCTAssertTrue(feed.bozo)
        XCTAssertNotNil(feed.bozoMessage)
        let clean = try parse("<rss version=\"2.0\"><channel><title>A &amp; B &#233; <![CDATA[a & b]]></title></channel></rss>")
        XCTAssertEqual(clean.feed.title, "A & B é a & b")
        XCTAssertFalse(clean.bozo)
    }

    func testImageDoesNotBleedIntoTheChannel() throws {
        let object = try json("""
            <rss version="2.0"><channel><title>Real title</title><link>http://channel.example.com/</link>
            <image><title>Sample image</title><url>http://example.org/url</url><link>http://example.org/link</link><width>80</width><height>15</height></image>
            </channel></rss>
            """)
        let feed = try XCTUnwrap(object["feed"] as? [String: Any])
        XCTAssertEqual(feed["title"] as? String, "Real title")
        XCTAssertEqual(feed["link"] as? String, "http://channel.example.com/")
        XCTAssertEqual((feed["links"] as? [Any])?.count, 1)
        let image = try XCTUnwrap(feed["image"] as? [String: Any])
        XCTAssertEqual(image["width"] as? Int, 80)
        XCTAssertEqual(image["height"] as? Int, 15)
        XCTAssertEqual(image["href"] as? String, "http://example.org/url")
    }

    func testJSONShapeOfAnEntry() throws {
        let object = try json("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss"><channel><item>
            <title>Tab\there "quoted"</title><description>&lt;p&gt;Hi&lt;/p&gt;</description><category domain="http://x/">News</category>
            <enclosure url="http://example.com/a.mp3" length="12" type="audio/mpeg"/><comments>http://example.com/c</comments>
            <media:thumbnail url="http://example.com/t.jpg"/><georss:point>45.256 -71.92</georss:point>
            </item></channel></rss>
            """)
        XCTAssertEqual(object["bozo"] as? Bool, false)
        let entry = try XCTUnwrap((object["entries"] as? [[String: Any]])?.first)
        XCTAssertEqual(entry["title"] as? String, "Tab\there \"quoted\"")
        XCTAssertEqual(entry["summary"] as? String, "<p>Hi</p>")
        XCTAssertEqual(entry["description"] as? String, "<p>Hi</p>")
        XCTAssertEqual(entry["category"] as? String, "News")
        XCTAssertEqual((entry["tags"] as? [[String: String]])?.first?["scheme"], "http://x/")
        XCTAssertEqual((entry["enclosures"] as? [[String: String]])?.first?["length"], "12")
        XCTAssertEqual(entry["comments"] as? String, "http://example.com/c")
        XCTAssertEqual((entry["media_thumbnail"] as? [[String: String]])?.first?["url"], "http://example.com/t.jpg")
        let shape = try XCTUnwrap(entry["where"] as? [String: Any])
        XCTAssertEqual(shape["type"] as? String, "Point")
        XCTAssertEqual(shape["coordinates"] as? [Double], [-71.92, 45.256])
    }

    func testGeoShapeWithoutEnoughCoordinatesIsEmpty() {
        XCTAssertNil(ParsedFeed.GeoShape(element: "point", coordinates: " ").type)
        XCTAssertNil(ParsedFeed.GeoShape(element: "polygon", coordinates: "1 2 3 4 1 2").type)
        XCTAssertNil(ParsedFeed.GeoShape(element: "line", coordinates: "1 2 x 4").type)
        XCTAssertEqual(ParsedFeed.GeoShape(element: "line", coordinates: "1 2 3 4").coordinates, [[2, 1], [4, 3]])
    }

    func testFailureJSON() throws {
        let line = ParsedFeed.feedparserFailureJSON(source: "a\"b.xml", message: "not a feed (root element <html>)")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["source"] as? String, "a\"b.xml")
        XCTAssertEqual(object["bozo"] as? Bool, true)
        XCTAssertEqual((object["entries"] as? [Any])?.count, 0)
    }

    func testDoctypeEntitiesAreNotExpanded() throws {
        // A billion-laughs DTD: entities declared but never substituted, so the document stays small.
        var dtd = "<!DOCTYPE rss [<!ENTITY lol0 \"lol\">"
        for level in 1...9 { dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        dtd += "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
        let xml = dtd + "<rss version=\"2.0\"><channel><title>&lol9;&ext;</title><item><title>x</title></item></channel></rss>"
        let start = Date()
        let result = FeedParser.parse(xml: Array(xml.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
        if case .success(let feed) = result {
            XCTAssertLessThan(feed.feed.title?.utf8.count ?? 0, 1000)
            XCTAssertFalse(feed.feed.title?.contains("root:") ?? false)
        }
    }

    func testRepairHandlesTruncatedConstructs() {
        let inputs = ["&", "&#", "&#x;", "&#X", "<!", "<!DOCTYPE rss [", "<?xml", "<![CDATA[a & b", "<!-- & ", "&amp", "a &#99999999999; b"]
        for input in inputs {
            let repaired = FeedMarkupRepair.repair(Array(input.utf8))
            XCTAssertGreaterThanOrEqual(repaired.bytes.count, input.utf8.count, input)
            _ = FeedParser.parse(xml: Array(("<rss><channel><title>" + input).utf8))
        }
        XCTAssertEqual(String(decoding: FeedMarkupRepair.repair(Array("<![CDATA[a & b]]> & c".utf8)).bytes, as: UTF8.self), "<![CDATA[a & b]]> &amp; c")
        XCTAssertEqual(String(decoding: FeedMarkupRepair.repair(Array("&eacute;&#X41;&nope;".utf8)).bytes, as: UTF8.self), "&#233;&#x41;&amp;nope;")
    }
}
