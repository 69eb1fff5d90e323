import XCTest
@testable import NewsmillCore

final class CharsetDecoderTests: XCTestCase {
    private func decodeFixture(_ name: String, contentType: String? = nil, kind: DocumentKind = .text) throws -> DecodedText {
        CharsetDecoder.decode(try CoreTextFixtures.bytes("encoding", name), declaredContentType: contentType, kind: kind)
    }

    func testValidUTF8IsReturnedAsIs() {
        let bytes = Array("Grüße aus Köln — “quoted” 日本".utf8)
        let decoded = CharsetDecoder.decode(bytes)
        XCTAssertEqual(decoded.utf8, bytes)
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.source, .validUTF8)
        XCTAssertEqual(decoded.replacements, 0)
    }

    func testByteOrderMarks() throws {
        let utf8 = CharsetDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hej".utf8))
        XCTAssertEqual(utf8.string, "Hej")
        XCTAssertEqual(utf8.source, .byteOrderMark)
        for name in ["utf-16le-bom.txt", "utf-16be-bom.txt", "utf-16le-no-bom.txt"] {
            let decoded = try decodeFixture(name)
            XCTAssertTrue(decoded.string.hasPrefix("Bridge Reopens After Repairs\n\nThe old bridge"), name)
            XCTAssertTrue(decoded.string.contains("— “finally”"), name)
            XCTAssertFalse(decoded.string.contains("\u{FEFF}"), name)
        }
        let utf32 = CharsetDecoder.decode([0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0, 0xE9, 0, 0, 0])
        XCTAssertEqual(utf32.string, "Aé")
    }

    func testWindows1252DetectedWithoutDeclaration() throws {
        let decoded = try decodeFixture("windows-1252.txt")
        XCTAssertTrue(decoded.string.contains("Par une matinée d’hiver"), decoded.string)
        XCTAssertTrue(decoded.string.contains("« C’est notre deuxième maison »"))
        XCTAssertEqual(decoded.replacements, 0)
    }

    func testShortLatinTextWithoutDeclarationIsWindows1252() {
        // uchardet alone calls these ISO-8859-2 and ISO-8859-3.
        XCTAssertEqual(CharsetDecoder.decode([0x43, 0x61, 0x66, 0xE9]).string, "Café")
        let german: [UInt8] = Array("Der B".utf8) + [0xFC] + Array("rgermeister sagte ".utf8) + [0x93] + Array("ja".utf8) + [0x94]
        XCTAssertEqual(CharsetDecoder.decode(german).string, "Der Bürgermeister sagte “ja”")
    }

    func testDeclaredLatin1MeansWindows1252() throws {
        let decoded = try decodeFixture("windows-1252.txt", contentType: "text/plain; charset=ISO-8859-1")
        XCTAssertEqual(decoded.source, .declared)
        XCTAssertEqual(decoded.encoding, "WINDOWS-1252")
        // U+2019 exists only in windows-1252 (0x92), not in real ISO-8859-1.
        XCTAssertTrue(decoded.string.contains("d’hiver"))
    }

    func testShiftJISGB18030AndKOI8R() throws {
        let japanese = try decodeFixture("shift_jis.txt")
        XCTAssertTrue(japanese.string.hasPrefix("東京の新しい図書館が開館しました"), "\(japanese.encoding): \(japanese.string)")
        let chinese = try decodeFixture("gb18030.txt")
        XCTAssertTrue(chinese.string.hasPrefix("北京市新建公共图书馆正式开放"), "\(chinese.encoding): \(chinese.string)")
        let russian = try decodeFixture("koi8-r.txt")
        XCTAssertTrue(russian.string.hasPrefix("В Москве открылась новая библиотека"), "\(russian.encoding): \(russian.string)")
        let declared = try decodeFixture("shift_jis.txt", contentType: "text/plain; charset=Shift_JIS")
        XCTAssertEqual(declared.source, .declared)
        XCTAssertTrue(declared.string.contains("館長は「多くの人に本を読んでもらいたい」"))
    }

    func testHTMLMetaPrescan() throws {
        let bytes = try CoreTextFixtures.bytes("encoding", "latin1-meta.html")
        XCTAssertEqual(CharsetDecoder.prescanHTMLMeta(bytes), "iso-8859-1")
        let decoded = CharsetDecoder.decode(bytes, kind: .html)
        XCTAssertEqual(decoded.source, .htmlMeta)
        XCTAssertTrue(decoded.string.contains("Crème brûlée à la carte — “très bien”."))
        XCTAssertEqual(CharsetDecoder.prescanHTMLMeta(Array("<html><head><meta charset='koi8-r'>".utf8)), "koi8-r")
        XCTAssertEqual(CharsetDecoder.prescanHTMLMeta(Array("<!-- <meta charset=gbk> --><meta charset=\"utf-8\">".utf8)), "utf-8")
        // A content attribute without http-equiv does not count.
        XCTAssertNil(CharsetDecoder.prescanHTMLMeta(Array("<meta content=\"text/html; charset=koi8-r\">".utf8)))
        // Only the first 1024 bytes are scanned.
        XCTAssertNil(CharsetDecoder.prescanHTMLMeta(Array((String(repeating: " ", count: 1100) + "<meta charset=koi8-r>").utf8)))
    }

    func testXMLDeclaration() throws {
        let bytes = try CoreTextFixtures.bytes("encoding", "windows-1251.rss")
        XCTAssertEqual(CharsetDecoder.xmlDeclaredEncoding(bytes), "windows-1251")
        let decoded = CharsetDecoder.decode(bytes, kind: .rss)
        XCTAssertEqual(decoded.source, .xmlDeclaration)
        XCTAssertTrue(decoded.string.contains("<title>Открылась библиотека</title>"))
        XCTAssertTrue(decoded.string.hasPrefix("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"))
    }

    func testXHTMLUsesItsXMLDeclaration() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>\n<html><body><p>Prix: 5 ".utf8) + [0xA4] + Array("</p></body></html>".utf8)
        let decoded = CharsetDecoder.decode(bytes, kind: .html)
        XCTAssertEqual(decoded.source, .xmlDeclaration)
        XCTAssertTrue(decoded.string.contains("Prix: 5 €"))
    }

    func testValidMultiByteUTF8OverridesAStaleLatin1Declaration() {
        let bytes = Array("Café — déjà vu".utf8)
        let decoded = CharsetDecoder.decode(bytes, declaredContentType: "text/html; charset=iso-8859-1", kind: .html)
        XCTAssertEqual(decoded.string, "Café — déjà vu")
    }

    func testInvalidBytesBecomeReplacementCharacters() {
        let declaredUTF8 = CharsetDecoder.decode([0x41, 0xFF, 0x42], declaredContentType: "text/plain; charset=utf-8")
        XCTAssertEqual(declaredUTF8.string, "A\u{FFFD}B")
        XCTAssertEqual(declaredUTF8.replacements, 1)
        // 0x82 0xA0 is a valid Shift_JIS pair; a lone lead byte at the end is not.
        let truncated = CharsetDecoder.decode([0x41, 0x82, 0xA0, 0x82], declaredContentType: "text/plain; charset=shift_jis")
        XCTAssertEqual(truncated.string, "Aあ\u{FFFD}")
        XCTAssertEqual(truncated.replacements, 1)
    }

    func testLabels() {
        XCTAssertEqual(CharsetDecoder.canonicalEncoding(forLabel: " Latin1 "), "WINDOWS-1252")
        XCTAssertEqual(CharsetDecoder.canonicalEncoding(forLabel: "us-ascii"), "WINDOWS-1252")
        XCTAssertEqual(CharsetDecoder.canonicalEncoding(forLabel: "gb2312"), "GB18030")
        XCTAssertEqual(CharsetDecoder.canonicalEncoding(forLabel: "utf-16", inHTML: true), "UTF-8")
        XCTAssertEqual(CharsetDecoder.canonicalEncoding(forLabel: "IBM437"), "IBM437")
        XCTAssertNil(CharsetDecoder.canonicalEncoding(forLabel: "no-such-charset"))
        XCTAssertNil(CharsetDecoder.canonicalEncoding(forLabel: "x; rm -rf"))
        XCTAssertEqual(CharsetDecoder.charset(fromContentType: "text/html; Charset=\"Windows-1251\""), "Windows-1251")
        XCTAssertNil(CharsetDecoder.charset(fromContentType: "text/html"))
    }

    func testUTF8Validator() {
        XCTAssertTrue(UTF8Validator.isValid(Array("plain ascii text that is long enough".utf8)))
        XCTAssertTrue(UTF8Validator.isValid(Array("€ 𝄞 ü".utf8)))
        XCTAssertFalse(UTF8Validator.isValid([0xC0, 0x80]))            // overlong
        XCTAssertFalse(UTF8Validator.isValid([0xED, 0xA0, 0x80]))      // surrogate
        XCTAssertFalse(UTF8Validator.isValid([0xF4, 0x90, 0x80, 0x80])) // above U+10FFFF
        XCTAssertFalse(UTF8Validator.isValid([0xE2, 0x82]))            // truncated
    }
}
