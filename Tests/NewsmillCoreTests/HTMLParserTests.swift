import Foundation
import NewsmillTestSupport
import XCTest

@testable import NewsmillCore

/// `HTMLParser` builds the tree libxml2's HTML parser builds: each recovery rule on its own, then
/// node-for-node against libxml2 (`LibXML.parseHTML`, the reference) on the fixtures, on generated
/// tag soup, and on the shared benchmark's 181 real pages.
final class HTMLParserTests: XCTestCase {
    /// The tree as nested text, one node per line: `name [attributes]` or `"text"`, indented by depth.
    private func outline(_ tree: MarkupTree?) -> String {
        guard let tree else { return "(no tree)" }
        var lines: [String] = []
        for node in tree.nodes {
            let indent = String(repeating: "  ", count: node.depth)
            if node.kind == .text {
                lines.append(indent + "\"" + node.text + "\"")
            } else {
                let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
                lines.append(indent + node.name + (attributes.isEmpty ? "" : " [" + attributes + "]"))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func ours(_ html: String) -> String {
        outline(HTMLParser.parse(Array(html.utf8)))
    }

    /// Fails unless our tree for `bytes` equals libxml2's, node for node, links included.
    private func assertSameTreeAsLibXML(_ bytes: [UInt8], _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let reference = LibXML.parseHTML(bytes)
        let tree = HTMLParser.parse(bytes)
        let expected = outline(reference), actual = outline(tree)
        guard expected == actual else {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            XCTFail(
                "\(label): trees differ at node \(first): libxml2 \(expectedLines.dropFirst(first).first ?? "(end)") / ours \(actualLines.dropFirst(first).first ?? "(end)")",
                file: file, line: line
            )
            return
        }
        guard let reference, let tree else { return }
        for index in reference.nodes.indices {
            let a = reference.nodes[index], b = tree.nodes[index]
            if a.parent != b.parent || a.firstChild != b.firstChild || a.nextSibling != b.nextSibling || a.traits != b.traits {
                XCTFail("\(label): links of node \(index) differ", file: file, line: line)
                return
            }
        }
    }

    // MARK: The rules one by one

    func testImpliedHtmlHeadAndBody() {
        XCTAssertEqual(ours("<title>T</title><p>One"), "html\n  head\n    title\n      \"T\"\n  body\n    p\n      \"One\"")
    }

    func testStartTagsCloseWhatTheyImplyTheEndOf() {
        XCTAssertEqual(ours("<body><p>One<p>Two<ul><li>A<li>B</ul>"),
            "html\n  body\n    p\n      \"One\"\n    p\n      \"Two\"\n    ul\n      li\n        \"A\"\n      li\n        \"B\"")
    }

    func testEndTagsDoNotCloseHigherRankedElements() {
        // `<div>` closes the `p`, so `</p>` and `</span>` match nothing open and are ignored; `</div>`
        // closes the `span` inside it; `</tr>` closes its `td` (160 < 170); a `</td>` then matches nothing.
        XCTAssertEqual(ours("<body><p><div>x</p>y</span></div>z"), "html\n  body\n    p\n    div\n      \"xy\"\n    \"z\"")
        XCTAssertEqual(ours("<body><div><span>a</div>b"), "html\n  body\n    div\n      span\n        \"a\"\n    \"b\"")
        XCTAssertEqual(ours("<body><table><tr><td><span>a</tr>b</td>"),
            "html\n  body\n    table\n      tr\n        td\n          span\n            \"a\"\n      \"b\"")
    }

    func testScriptIsRawTextAndVoidElementsAreEmpty() {
        XCTAssertEqual(ours("<body><script>if (a<b) x='</div>';</script><br>after<img src=a.png>"),
            "html\n  body\n    script\n      \"if (a<b) x='</div>';\"\n    br\n    \"after\"\n    img [src=a.png]")
    }

    func testReferencesAttributesCommentsAndDoctype() {
        XCTAssertEqual(
            ours("<!DOCTYPE html><!-- c --><body><a HREF='x?a=1&amp;b=2' title=t disabled>&eacute;&#8212;&#150;&unknown; &amp</a>"),
            "html\n  body\n    a [href=x?a=1&b=2 title=t disabled=]\n      \"é—–&unknown; &amp\""
        )
    }

    func testArticleReadingKeepsJSONScriptsAndDropsWhatNoReaderUses() {
        let html = "<head><style>p{}</style><script>var a;</script><script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script></head>"
            + "<p class=lead data-track='{\"a\":1}' onclick=\"go('>')\" id=x>x<img src=a.png srcset='a.png 1x, b.png 2x' sizes=100vw alt=A>"
        XCTAssertEqual(outline(HTMLParser.parse(Array(html.utf8), detail: .articleReading)),
            "html\n  head\n    style\n    script\n    script [type=application/ld+json]\n      \"{\"@type\":\"NewsArticle\"}\"\n  body\n    p [class=lead id=x]\n      \"x\"\n      img [src=a.png alt=A]")
        XCTAssertEqual(HTMLParser.parse(Array(html.utf8))?.nodes.count, 12, "complete trees keep all of it")
    }

    func testTextOutsideBodyOpensAnImpliedParagraph() {
        XCTAssertEqual(ours("Loose text<b>bold</b>"), "html\n  body\n    p\n      \"Loose text\"\n      b\n        \"bold\"")
    }

    func testNothingAfterTheRootIsKept() {
        XCTAssertEqual(ours("<html><body>in</body></html><p>after"), "html\n  body\n    \"in\"")
    }

    func testNestingIsCappedAndTextBeyondTheCapKept() throws {
        let depth = HTMLParser.maximumDepth + 500
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "<p>after</p>"
        let tree = try XCTUnwrap(HTMLParser.parse(Array(html.utf8)))
        XCTAssertEqual(tree.nodes.map(\.depth).max(), HTMLParser.maximumDepth)
        XCTAssertTrue(tree.nodes.contains { $0.kind == .text && $0.text == "deep" })
        let after = try XCTUnwrap(tree.nodes.firstIndex { $0.kind == .text && $0.text == "after" })
        XCTAssertEqual(tree.nodes[tree.nodes[after].parent].depth, 2, "the p after the nest is back in body")
    }

    func testPastTheElementBudgetTextGoesIntoOneOverflowDivWhereTheDocumentWas() throws {
        var html = "<html><body><nav><a href='/'>Home</a></nav><div id='main'><article>"
        for number in 0..<20 { html += "<p>Paragraph \(number) with <b>bold</b> words.</p>\n" }
        html += "<table><tr><td>cell</td><td>next</td></tr></table><script>var tag = '<p>';</script><br><img src='x.png'>"
        html += "</article><footer>Footer text</footer></div><p>Last words</p></body></html>"
        let tree = try XCTUnwrap(HTMLParser.parse(Array(html.utf8), detail: .complete, elementLimit: 12))
        let elements = tree.nodes.filter { $0.kind == .element }
        XCTAssertEqual(elements.count, 13, "the budget and the overflow div")
        func text(under index: Int) -> String {
            var parts: [String] = []
            var stack = [index]
            while let next = stack.popLast() {
                if tree.nodes[next].kind == .text { parts.append(tree.nodes[next].text) }
                stack += tree.children(of: next).reversed()
            }
            return parts.joined()
        }
        let article = try XCTUnwrap(tree.nodes.firstIndex { $0.name == "article" })
        let overflow = try XCTUnwrap(tree.children(of: article).last)
        XCTAssertEqual(tree.nodes[overflow].name, "div")
        let overflowText = text(under: overflow)
        XCTAssertTrue(overflowText.contains("Paragraph 19 with bold words."), overflowText)
        XCTAssertTrue(overflowText.contains("cell next"), "a dropped cell leaves a space: \(overflowText)")
        XCTAssertFalse(overflowText.contains("var tag"), "script content is skipped")
        XCTAssertFalse(text(under: article).contains("Footer"), "</article> closed the overflow div and the article")
        let main = try XCTUnwrap(tree.nodes.firstIndex { $0.attribute("id") == "main" })
        XCTAssertTrue(text(under: main).contains("Footer text"), "the footer's text stays in the div it was in")
        XCTAssertFalse(text(under: main).contains("Last words"), "</div> closed the main div")
        XCTAssertTrue(text(under: 0).hasSuffix("Last words"))
    }

    func testTheElementBudgetLeavesSmallerDocumentsAlone() {
        let html = "<div><p>One <b>two</b></p><p>three</p></div>"
        XCTAssertEqual(
            outline(HTMLParser.parse(Array(html.utf8), detail: .complete, elementLimit: 7)),
            outline(HTMLParser.parse(Array(html.utf8)))
        )
    }

    func testFuzzerFindingsMatchLibXML() {
        // Found by `FUZZ_TARGET=html-differential`: a processing instruction's target at the very end
        // of the input is text to libxml2.
        assertSameTreeAsLibXML(Array("\t htm\u{81}<?h".utf8), "processing instruction target at the end")
        assertSameTreeAsLibXML(Array("<p>a<?php echo 1 ?>b".utf8), "processing instruction")
        assertSameTreeAsLibXML(Array("<p>Ċ<?\u{2D9}\u{2D9}!ĊĊ?".utf8), "processing instruction target that is no name")
        assertSameTreeAsLibXML(Array("<p>a<?é x?>b".utf8), "non-ASCII processing instruction target")
        assertSameTreeAsLibXML(Array("<?\u{2C7}\u{2C7}hr\u{2C7}\u{1}\u{201D}\u{2C7}!".utf8), "processing instruction target U+02C7, unterminated")
        assertSameTreeAsLibXML(Array("<?<?ÿÿÿzÿÿ".utf8), "non-ASCII processing instruction target at the end")
        assertSameTreeAsLibXML(Array("<p>x<?abcÿÿ".utf8), "ASCII target going on into non-ASCII letters at the end")
    }

    func testEmptyAndMarkupFreeInputs() {
        XCTAssertNil(HTMLParser.parse([]))
        XCTAssertNil(HTMLParser.parse(Array("   \n ".utf8)))
        XCTAssertEqual(ours("just text"), "html\n  body\n    p\n      \"just text\"")
    }

    // MARK: Against libxml2

    func testSameTreesAsLibXMLOnTheFixtures() throws {
        let fixtures = try XCTUnwrap(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var compared = 0
        for file in files where file.pathExtension == "html" || file.pathExtension == "htm" {
            let decoded = CharsetDecoder.decode(try Array(Data(contentsOf: file)), kind: .html)
            assertSameTreeAsLibXML(decoded.utf8, file.lastPathComponent)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 3)
    }

    func testSameTreesAsLibXMLOnGeneratedTagSoup() {
        for (round, html) in generatedTagSoup(count: 5_000, seed: 20261204).enumerated() {
            assertSameTreeAsLibXML(Array(html.utf8), "round \(round): \(html.debugDescription)")
        }
    }

    /// Random tag soup: known and unknown tags in any case, stray end tags, references, comments,
    /// DOCTYPEs, processing instructions, scripts, and misplaced `html`/`head`/`body`.
    private func generatedTagSoup(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        let tags = HTMLParserTables.knownTags + ["custom-tag", "svg", "path", "o:p", "section", "article", "nav", "main", "figure"]
        let texts = ["Harbour", " ", "\n  ", "crane &amp; ferry", "a < b", "x &eacute; y", "&#8220;q&#8221;", "&nbsp;", "&bogus;", "&#x41;", "5 & 6", "]]>", "tab\there"]
        func attribute() -> String {
            let names = ["class", "id", "href", "data-x", "CLASS", "title", "hidden"]
            let values = ["\"a b\"", "'c'", "plain", "\"x&amp;y\"", "\"&quot;q&quot;\"", "\"a>b\""]
            let name = names.randomElement(using: &random)!
            return Bool.random(using: &random) ? name : name + "=" + values.randomElement(using: &random)!
        }
        return (0..<count).map { _ in
            var html = ""
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                switch Int.random(in: 0..<12, using: &random) {
                case 0...3:
                    let tag = tags.randomElement(using: &random)!
                    let attributes = (0..<Int.random(in: 0...2, using: &random)).map { _ in " " + attribute() }.joined()
                    html += "<" + (Bool.random(using: &random) ? tag : tag.uppercased()) + attributes + (Int.random(in: 0..<10, using: &random) == 0 ? "/>" : ">")
                case 4...5:
                    html += "</" + tags.randomElement(using: &random)! + ">"
                case 6...8:
                    html += texts.randomElement(using: &random)!
                case 9:
                    html += ["<!-- note -->", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<![CDATA[x]]>", "</ >", "<>", "<!--->", "<3", "<!-- unclosed", "<a href=\"unclosed", "<p.x>", "<_x>", "</p.x>", "&#0;", "&#xD800;", "&#1114112;", "<?>", "<!DOCTYPE", "--!>", "\u{7}bell", "&amp", "&#38"].randomElement(using: &random)!
                case 10:
                    html += ["<script>var a = '<p>';</script>", "<style>p{}</style>", "<script src=x></script>"].randomElement(using: &random)!
                default:
                    html += ["<html>", "<head>", "<body>", "</body>", "</html>", "</head>"].randomElement(using: &random)!
                }
            }
            return html
        }
    }

    /// Fails unless every node's links are consistent: parents come first, depths follow parents,
    /// and each parent's child list, read through `firstChild`/`nextSibling`, is exactly the nodes
    /// naming it as parent, in order.
    private func assertWellLinked(_ tree: MarkupTree, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        var childrenByParent: [Int: [Int]] = [:]
        for (index, node) in tree.nodes.enumerated() where index > 0 {
            guard node.parent >= 0, node.parent < index, node.depth == tree.nodes[node.parent].depth + 1 else {
                XCTFail("\(label): node \(index) has parent \(node.parent), depth \(node.depth)", file: file, line: line)
                return
            }
            childrenByParent[node.parent, default: []].append(index)
        }
        for index in tree.nodes.indices where tree.children(of: index) != childrenByParent[index, default: []] {
            XCTFail("\(label): children of node \(index) are mislinked", file: file, line: line)
            return
        }
    }

    func testTagSoupPastTheElementBudgetStaysWellLinkedAndBounded() throws {
        var random = SeededGenerator(seed: 250_000)
        for (round, html) in generatedTagSoup(count: 3_000, seed: 2026_12_05).enumerated() {
            let limit = Int.random(in: 1...12, using: &random)
            guard let tree = HTMLParser.parse(Array(html.utf8), detail: .complete, elementLimit: limit) else { continue }
            let label = "round \(round), limit \(limit): \(html.debugDescription)"
            assertWellLinked(tree, label)
            // The last start tag let in may imply html and head (or body) with it, text after it may
            // imply body and p before the next start tag meets the budget; then comes the overflow div.
            XCTAssertLessThanOrEqual(tree.nodes.filter { $0.kind == .element }.count, limit + 5, label)
        }
    }

    func testWellFormedPagesKeepAllTheirTextPastTheElementBudget() throws {
        var random = SeededGenerator(seed: 7)
        let containers = ["div", "section", "article", "ul", "blockquote", "table"]
        let inline = ["span", "a", "b", "em"]
        // Text without white space (which the budget adds or folds), script text left out.
        func visibleText(_ tree: MarkupTree) -> String {
            var text = ""
            for index in tree.nodes.indices where tree.nodes[index].kind == .text {
                let parent = tree.nodes[index].parent
                if parent >= 0, tree.nodes[parent].name == "script" { continue }
                text += tree.nodes[index].text.filter { !$0.isWhitespace }
            }
            return text
        }
        func content(depth: Int) -> String {
            var html = ""
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let word = "w\(Int.random(in: 0..<1000, using: &random)) "
                switch Int.random(in: 0..<6, using: &random) {
                case 0 where depth < 6:
                    let tag = containers.randomElement(using: &random)!
                    let inner = tag == "ul" ? "<li>" + word + "</li>" : tag == "table" ? "<tr><td>" + word + "</td><td>x</td></tr>" : content(depth: depth + 1)
                    html += "<\(tag) class='c'>" + inner + "</\(tag)>"
                case 1:
                    let tag = inline.randomElement(using: &random)!
                    html += "<p>" + word + "<\(tag)>" + word + "</\(tag)></p>"
                case 2:
                    html += "<script>var s = '<div>';</script>"
                case 3:
                    html += "<br>" + word + "<img src='x.png'>"
                default:
                    html += word
                }
            }
            return html
        }
        for round in 0..<500 {
            let html = "<html><head><title>t</title></head><body>" + content(depth: 0) + "<footer>end</footer></body></html>"
            let full = try XCTUnwrap(HTMLParser.parse(Array(html.utf8)))
            let limit = Int.random(in: 3...30, using: &random)
            let budgeted = try XCTUnwrap(HTMLParser.parse(Array(html.utf8), detail: .complete, elementLimit: limit))
            let label = "round \(round), limit \(limit): \(html)"
            assertWellLinked(budgeted, label)
            XCTAssertEqual(visibleText(budgeted), visibleText(full), label)
        }
    }

    func testSameTreesAsLibXMLOnTheSharedBenchmarkPages() throws {
        let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
        let pages = URL(fileURLWithPath: shared + "/benchmarks/article-extraction/html")
        guard let files = try? FileManager.default.contentsOfDirectory(at: pages, includingPropertiesForKeys: nil) else {
            throw XCTSkip("the shared benchmark is not at \(pages.path); set NEWSMILL_SHARED")
        }
        var compared = 0
        for file in files.sorted(by: { $0.path < $1.path }) where file.lastPathComponent.hasSuffix(".html.gz") {
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            gunzip.arguments = ["gzip", "-dc", file.path]
            let pipe = Pipe()
            gunzip.standardOutput = pipe
            try gunzip.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            gunzip.waitUntilExit()
            let decoded = CharsetDecoder.decode(Array(data), kind: .html)
            assertSameTreeAsLibXML(decoded.utf8, file.lastPathComponent)
            compared += 1
        }
        XCTAssertEqual(compared, 181)
    }
}
