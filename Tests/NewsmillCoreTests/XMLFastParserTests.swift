import Foundation
import XCTest

@testable import NewsmillCore

/// `XMLFastParser` against libxml2: whenever the fast parser returns a tree, libxml2 must call the
/// document well-formed and build the very same tree (node for node); documents outside the fast
/// parser's subset must give nil, so `FeedParser` falls back to libxml2.
final class XMLFastParserTests: XCTestCase {
    // MARK: Differential runs

    /// Every feed of the conformance suite and every feed fixture, prepared as `FeedParser` prepares
    /// them (charset decoding, `FeedMarkupRepair`).
    func testConformanceFeedsAndFixturesMatchLibXML() throws {
        var files: [URL] = []
        if let shared = Self.sharedDirectory() {
            let cases = URL(fileURLWithPath: shared + "/conformance/feeds/cases")
            let enumerator = FileManager.default.enumerator(at: cases, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "xml" { files.append(url) }
            }
            XCTAssertEqual(files.count, 710, "the conformance suite should hold 710 feeds")
        }
        let fixtures = try XCTUnwrap(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/feeds"))
        let fixtureFiles = try FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)
        XCTAssertFalse(fixtureFiles.isEmpty)
        files += fixtureFiles
        var acceptedConformance = 0
        var acceptedFixtures = 0
        var fallbacks: [String] = []
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            let prepared = FeedMarkupRepair.repair(CharsetDecoder.decode(bytes, kind: .rss).utf8).bytes
            guard assertSameTreeAsLibXML(prepared, file.lastPathComponent) else {
                fallbacks.append(file.deletingLastPathComponent().lastPathComponent + "/" + file.lastPathComponent)
                continue
            }
            if fixtureFiles.contains(file) { acceptedFixtures += 1 } else { acceptedConformance += 1 }
        }
        let conformanceCount = files.count - fixtureFiles.count
        print("XMLFastParser took \(acceptedConformance) of \(conformanceCount) conformance feeds and \(acceptedFixtures) of \(fixtureFiles.count) fixtures; the rest fell back to libxml2: \(fallbacks.sorted().joined(separator: ", "))")
        XCTAssertGreaterThan(acceptedConformance + acceptedFixtures, files.count / 2, "the fast path should take most feeds")
    }

    /// Random documents from pieces of every construct the fast parser reads (and some it must
    /// refuse), with a fixed seed: accepted documents must match libxml2 exactly. Set
    /// `XML_FAST_PARSER_RANDOM_DOCUMENTS` for a longer run than the default 4,000 documents.
    func testRandomDocumentsMatchLibXML() {
        var generator = SplitMix64(seed: 0x5EED_F00D)
        var accepted = 0
        let documents = ProcessInfo.processInfo.environment["XML_FAST_PARSER_RANDOM_DOCUMENTS"].flatMap { Int($0) } ?? 4_000
        for _ in 0..<documents {
            let document = RandomXMLDocument.make(using: &generator)
            if assertSameTreeAsLibXML(Array(document.utf8), document) { accepted += 1 }
        }
        print("XMLFastParser took \(accepted) of \(documents) random documents")
        XCTAssertGreaterThan(accepted, documents / 4)
    }

    // MARK: Constructs

    func testConstructsMatchLibXML() {
        let documents = [
            "<a/>",
            "<a></a>",
            "<?xml version=\"1.0\"?><a>x</a>",
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<a>x</a>\n",
            "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>caf\u{E9}</a>",
            "<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>\u{20AC}</a>",
            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss/>",
            "<!DOCTYPE feed SYSTEM 'feed.dtd' ><feed/>",
            "<!DOCTYPE rss><rss/>",
            "<!-- before --><?xml-stylesheet href=\"s.xsl\" type=\"text/xsl\"?>\n<a><!-- in -->x<?pi data?>y</a><!-- after -->\n<?end?>",
            // Character data, white space, line ends (2.11) and references (4.1, 4.6).
            "<a>\n  <b>one</b>\n  <c> two </c>\n</a>",
            "<a>x\r\ny\rz\r\n\r\n</a>",
            "<a>&lt;p&gt; &amp;amp; &quot;q&quot; &apos;s&apos;</a>",
            "<a>&#65;&#x42;&#x0043;&#233;&#x1F600;&#10;&#13;&#9;</a>",
            "<a>] ]] >] x]</a>",
            "<a>caf\u{E9} \u{20AC} \u{1F600} \u{85}</a>",
            // CDATA (2.7), merged with the text around it; empty sections.
            "<a>x<![CDATA[<p>html & ]]] ]]>y</a>",
            "<a><![CDATA[]]></a>",
            "<a><b/><![CDATA[]]></a>",
            "<a>x<!--c--><![CDATA[]]><!--d--></a>",
            "<a><![CDATA[one\r\ntwo]]><![CDATA[three]]>&amp;</a>",
            // Attributes (3.1, 3.3.3).
            "<a x=\"1\" y='2' z = \"3\" e=\"\"/>",
            "<a v=\"a&#38;lt;b&#10;c\td\r\ne\rf&amp;&lt;&gt;&quot;&apos;'\" w='\"'/>",
            "<a href=\"https://ex.com/?a=1&amp;b=2\">t</a>",
            // Namespaces.
            "<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><dc:creator>M</dc:creator><content:encoded><![CDATA[<p>x</p>]]></content:encoded></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title type=\"html\">t</title><x xmlns=\"\"><y/></x></feed>",
            "<a xmlns:p=\"urn:p\" p:x=\"1\" x=\"2\"><p:b xmlns:p=\"urn:q\" p:x=\"3\"/><p:c/></a>",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item rdf:about=\"u\"/></rdf:RDF>",
            "<a xmlns:p='urn:p' xmlns:q='urn:q' p:x='1' q:y='2'/>",
            "<a xmlns=\"urn:a\"><b xmlns=\"urn:b\"/><c/></a>",
            // Names with the characters ASCII allows.
            "<a-b.c_d x-y.z_1=\"v\"><_e/></a-b.c_d>",
            "<a\n\tx=\"1\"\n/>",
            "<a></a >",
        ]
        for document in documents {
            XCTAssertTrue(assertSameTreeAsLibXML(Array(document.utf8), document), "the fast parser should read \(document)")
        }
    }

    /// Documents the fast parser leaves to libxml2: ill-formed ones, entity declarations, and what it
    /// does not read itself.
    func testFallsBackToLibXML() {
        let billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss><channel><title>&lol3;</title></channel></rss>
            """
        let documents: [(String, [UInt8])] = [
            ("billion laughs", Array(billionLaughs.utf8)),
            ("empty internal subset", Array("<!DOCTYPE a []><a/>".utf8)),
            ("external entity", Array("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>".utf8)),
            ("mismatched tags", Array("<a><b></a></b>".utf8)),
            ("end tag prefix", Array("<a><b></bc></a>".utf8)),
            ("unclosed root", Array("<rss><channel>".utf8)),
            ("truncated", Array("<rss><channel><title>Trunc".utf8)),
            ("truncated tag", Array("<rss><channel><ti".utf8)),
            ("truncated CDATA", Array("<a><![CDATA[abc".utf8)),
            ("undefined entity", Array("<a>&eacute;</a>".utf8)),
            ("bare ampersand", Array("<a>a & b</a>".utf8)),
            ("character reference to NUL", Array("<a>&#0;</a>".utf8)),
            ("character reference to a surrogate", Array("<a>&#xD800;</a>".utf8)),
            ("upper-case X character reference", Array("<a>&#X41;</a>".utf8)),
            ("CDATA end in text", Array("<a>x]]>y</a>".utf8)),
            ("double hyphen in comment", Array("<a><!-- a -- b --></a>".utf8)),
            ("duplicate attribute", Array("<a x=\"1\" x=\"2\"/>".utf8)),
            ("duplicate namespaced attribute", Array("<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>".utf8)),
            ("undeclared element prefix", Array("<p:a/>".utf8)),
            ("undeclared attribute prefix", Array("<a p:x=\"1\"/>".utf8)),
            ("attribute without quotes", Array("<a x=1/>".utf8)),
            ("attributes without space", Array("<a x=\"1\"y=\"2\"/>".utf8)),
            ("less-than in attribute", Array("<a x=\"<\"/>".utf8)),
            ("invalid UTF-8", [UInt8]("<a>caf".utf8) + [0xE9] + [UInt8]("</a>".utf8)),
            ("overlong UTF-8", [UInt8]("<a>".utf8) + [0xC0, 0xAF] + [UInt8]("</a>".utf8)),
            ("control character", Array("<a>\u{1}</a>".utf8)),
            ("NUL byte", [UInt8]("<a>x".utf8) + [0] + [UInt8]("</a>".utf8)),
            ("U+FFFE", Array("<a>\u{FFFE}</a>".utf8)),
            ("non-ASCII name", Array("<caf\u{E9}/>".utf8)),
            ("byte order mark", [0xEF, 0xBB, 0xBF] + [UInt8]("<a/>".utf8)),
            ("text before the root", Array("junk<a/>".utf8)),
            ("two roots", Array("<a/><b/>".utf8)),
            ("text after the root", Array("<a/>junk".utf8)),
            ("late XML declaration", Array(" <?xml version=\"1.0\"?><a/>".utf8)),
            ("XML 1.1", Array("<?xml version=\"1.1\"?><a/>".utf8)),
            ("unknown encoding label", Array("<?xml version=\"1.0\" encoding=\"bogus\"?><a/>".utf8)),
            ("reserved PI target", Array("<a><?XML x?></a>".utf8)),
            ("reserved namespace prefix", Array("<a xmlns:xml=\"urn:x\"/>".utf8)),
            ("empty prefixed namespace", Array("<a xmlns:p=\"\"/>".utf8)),
            ("text node over 4 MB", Array(("<a>" + String(repeating: "x", count: 4_000_001) + "</a>").utf8)),
            ("too deep", Array((String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)).utf8)),
            ("empty", []),
        ]
        for (label, bytes) in documents {
            XCTAssertNil(XMLFastParser.parse(bytes), "the fast parser should leave \(label) to libxml2")
        }
    }

    /// A billion-laughs feed still goes to libxml2 and is quarantined quickly (no expansion).
    func testBillionLaughsFeedIsReadByLibXMLWithoutExpansion() {
        var declarations = "<!ENTITY a0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(declarations)]><rss><channel><title>&a9;</title></channel></rss>"
        let bytes = Array(feed.utf8)
        XCTAssertNil(XMLFastParser.parse(bytes))
        let start = Date()
        let parsed = FeedParser.parse(xml: bytes)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        if case .success(let result) = parsed {
            XCTAssertLessThan(result.feed.title?.utf8.count ?? 0, 1_000)
        }
    }

    // MARK: Support

    /// Parses `bytes` with both parsers; when the fast one gives a tree, checks libxml2 found the
    /// document well-formed and built an identical tree. Returns whether the fast parser took it.
    @discardableResult
    private func assertSameTreeAsLibXML(_ bytes: [UInt8], _ label: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard let fast = XMLFastParser.parse(bytes) else { return false }
        let reference = LibXML.parseXML(bytes)
        XCTAssertTrue(reference.wellFormed, "libxml2 calls \(label) not well-formed: \(reference.errorMessage ?? "")", file: file, line: line)
        guard let expected = reference.tree else {
            XCTFail("libxml2 built no tree for \(label)", file: file, line: line)
            return true
        }
        if let difference = Self.firstDifference(fast, expected) {
            XCTFail("\(label): \(difference)", file: file, line: line)
        }
        return true
    }

    /// A description of the first node where the trees differ, or nil when they are identical.
    static func firstDifference(_ actual: MarkupTree, _ expected: MarkupTree) -> String? {
        guard actual.nodes.count == expected.nodes.count else {
            return "\(actual.nodes.count) nodes instead of \(expected.nodes.count)"
        }
        for index in expected.nodes.indices {
            let got = actual.nodes[index], want = expected.nodes[index]
            let same = got.kind == want.kind && got.name == want.name && got.namespaceURI == want.namespaceURI
                && got.text == want.text && got.parent == want.parent && got.firstChild == want.firstChild
                && got.nextSibling == want.nextSibling && got.depth == want.depth && got.traits == want.traits
                && got.attributes.map(\.name) == want.attributes.map(\.name) && got.attributes.map(\.value) == want.attributes.map(\.value)
            if !same {
                return "node \(index) is \(got) instead of \(want)"
            }
        }
        return nil
    }

    /// `$NEWSMILL_SHARED`, else `<repo>/../shared`, when it holds the feed conformance suite.
    static func sharedDirectory() -> String? {
        var candidates: [String] = []
        if let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"] { candidates.append(shared) }
        let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repo.deletingLastPathComponent().appendingPathComponent("shared").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/conformance/feeds/cases") }
    }
}

/// A seedable generator (SplitMix64), so the random documents are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Random small XML documents mixing the constructs of `XMLFastParser`'s subset with a few
/// ill-formed or unsupported pieces (about one document in five has one).
enum RandomXMLDocument {
    static let prologs = [
        "", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "<!-- c -->", "<?pi x?>\n",
        "<!DOCTYPE a>", "<!DOCTYPE a SYSTEM \"a.dtd\">\n", " ", "\n",
    ]
    static let names = ["a", "b", "item", "title", "p:x", "q:y", "p:title", "link"]
    static let declarations = [
        " xmlns=\"urn:d\"", " xmlns:p=\"urn:p\"", " xmlns:q=\"urn:q\"", " xmlns:p=\"urn:d\"", " xmlns=\"\"",
        " xmlns:q=\"http://purl.org/dc/elements/1.1/\"",
    ]
    static let attributes = [
        " x=\"1\"", " y='two words'", " p:z=\"3\"", " xml:lang=\"en\"", " v=\"a&amp;b&#10;c\td\r\ne\"", " w=\"&#x20AC;&lt;\"",
        " e=\"\"", " q:x=\"4\"", " x = '5'", " long=\"0123456789abcdef&lt;0123456789\t0123456789'0123\"",
    ]
    static let texts = [
        "text", " ", "\n  ", "\r\n", "\r", "a\rb", "&lt;", "&amp;", "&#233;", "&#x1F600;", "&#13;", "caf\u{E9}", "\u{20AC}",
        "<![CDATA[<p>x</p>]]>", "<![CDATA[]]>", "<![CDATA[a]]]b\r\nc]]>", "<!-- note -->", "<?pi data?>", "]", "]]", ">",
        "\"'", "\t",
        // Longer runs, so the word-at-a-time scans meet specials at every offset of a word.
        "lorem ipsum dolor sit amet, consectetur adipiscing", "0123456]]890123456", "abcdefg\u{E9}hijklmnop\rqrstuvw\r\nxyz",
        "<![CDATA[0123456789abcdef]]]0123456789\r\n0123456]]>", "0123456789abcde&amp;0123456789&#xE9;01234",
    ]
    static let faults = [
        "&bogus;", "]]>", "<!-- a -- b -->", "\u{1}", "&#0;", "<z:u/>", "</nope>", "&", "<a x='1' x='2'/>", "<",
        "0123456789abcde]]>0123456789", "0123456789abc\u{1}0123456789", "<![CDATA[0123456789\u{B}0123456789]]>",
    ]

    static func make(using generator: inout SplitMix64) -> String {
        var output = prologs.randomElement(using: &generator)!
        element(depth: 0, into: &output, using: &generator)
        if Int.random(in: 0..<4, using: &generator) == 0 { output += ["\n", "<!-- end -->", "<?end?>", " "].randomElement(using: &generator)! }
        if Int.random(in: 0..<25, using: &generator) == 0 {
            // Truncate somewhere.
            let cut = Int.random(in: 0..<max(1, output.utf8.count), using: &generator)
            output = String(decoding: output.utf8.prefix(cut), as: UTF8.self)
        }
        return output
    }

    private static func element(depth: Int, into output: inout String, using generator: inout SplitMix64) {
        let name = names.randomElement(using: &generator)!
        output += "<" + name
        // Declare p and q at the root most of the time, so prefixed names usually resolve.
        if depth == 0, Int.random(in: 0..<5, using: &generator) > 0 { output += " xmlns:p=\"urn:p\" xmlns:q=\"urn:q\"" }
        for _ in 0..<Int.random(in: 0...2, using: &generator) {
            output += Bool.random(using: &generator) ? declarations.randomElement(using: &generator)! : attributes.randomElement(using: &generator)!
        }
        if Int.random(in: 0..<5, using: &generator) == 0 {
            output += Bool.random(using: &generator) ? "/>" : " />"
            return
        }
        output += ">"
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            let choice = Int.random(in: 0..<100, using: &generator)
            if choice < 25 && depth < 4 {
                element(depth: depth + 1, into: &output, using: &generator)
            } else if choice < 27 {
                output += faults.randomElement(using: &generator)!
            } else {
                output += texts.randomElement(using: &generator)!
            }
        }
        output += "</" + name + (Int.random(in: 0..<8, using: &generator) == 0 ? " >" : ">")
    }
}
