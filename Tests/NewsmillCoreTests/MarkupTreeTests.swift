import XCTest

@testable import NewsmillCore

final class MarkupTreeTests: XCTestCase {
    func testHTMLTreeHasLowercaseNamesAttributesAndText() throws {
        let tree = try XCTUnwrap(HTMLParser.parse(Array("<HTML><BODY><P CLASS='x'>Hi <B>there</B></P></BODY></HTML>".utf8)))
        let paragraph = try XCTUnwrap(tree.elements(named: "p").first)
        XCTAssertEqual(tree[paragraph].attribute("class"), "x")
        XCTAssertEqual(tree.text(of: paragraph), "Hi there")
        XCTAssertEqual(tree.subtree(of: paragraph).count, 4)
        XCTAssertEqual(tree.elements(named: "b").count, 1)
    }

    func testXMLNamespacesAndWellFormedness() throws {
        let good = LibXML.parseXML(Array("<a xmlns:x='urn:x'><x:b x:attr='1'>t</x:b></a>".utf8))
        XCTAssertTrue(good.wellFormed)
        let tree = try XCTUnwrap(good.tree)
        let b = try XCTUnwrap(tree.elements(named: "b").first)
        XCTAssertEqual(tree[b].namespaceURI, "urn:x")
        XCTAssertEqual(tree[b].attribute("x:attr"), "1")
        let bad = LibXML.parseXML(Array("<a><b></a>".utf8))
        XCTAssertFalse(bad.wellFormed)
        XCTAssertNotNil(bad.errorMessage)
    }

    func testInnerMarkupEscapes() throws {
        let tree = try XCTUnwrap(LibXML.parseXML(Array("<d><p a='&quot;'>1 &lt; 2 &amp; 3</p><br/></d>".utf8)).tree)
        XCTAssertEqual(tree.innerMarkup(of: 0), "<p a=\"&quot;\">1 &lt; 2 &amp; 3</p><br>")
    }
}
