import Foundation
import XCTest

@testable import NewsmillCore

/// Pages built to break an HTML extractor: each must complete, in bounded time, without a crash,
/// and still yield the article text where there is one.
final class HTMLPathologicalPageTests: XCTestCase {
    /// A paragraph of prose that the extractor keeps as article text.
    private static let paragraph =
        "<p>The harbour authority said on Monday that the new crane, which arrived from Shanghai, will double the number of containers handled, according to a statement.</p>\n"

    private func read(_ bytes: [UInt8]) -> Article? {
        HTMLArticleReader.read(html: bytes, url: nil, locator: SourceLocator(path: "pathological.html"))
    }

    /// Runs `body` and fails when it takes longer than `seconds` (debug builds are slow; the bound
    /// catches hangs and quadratic behaviour, not a few percent).
    private func assertCompletes<T>(within seconds: Double, _ body: () -> T, file: StaticString = #filePath, line: UInt = #line) -> T {
        let start = Date()
        let result = body()
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, seconds, "took \(elapsed) s", file: file, line: line)
        return result
    }

    /// An article page whose body repeats `paragraph` to about `megabytes` MB.
    private func largePage(megabytes: Double) -> [UInt8] {
        let count = Int(megabytes * 1_000_000) / Self.paragraph.utf8.count
        var page = Array("<html><head><title>Crane</title></head><body><nav><a href='/'>Home</a></nav><article>".utf8)
        page.reserveCapacity(Int(megabytes * 1_000_000) + 1_000)
        // Numbered, so that no paragraph repeats (the reader drops repeated long paragraphs).
        let paragraphBytes = Array(Self.paragraph.utf8)
        for number in 0..<count {
            page += Array("<p>\(number)".utf8)
            page += paragraphBytes.dropFirst(3)
        }
        page += Array("</article><footer>Copyright</footer></body></html>".utf8)
        return page
    }

    func testHundredThousandNestedDivs() throws {
        let depth = 100_000
        var page = "<html><body>" + String(repeating: "<div>", count: depth)
        page += Self.paragraph + Self.paragraph + Self.paragraph
        page += String(repeating: "</div>", count: depth) + "</body></html>"
        let article = assertCompletes(within: 60) { read(Array(page.utf8)) }
        // libxml2 caps nesting, but the text after the cap must not be lost.
        let body = try XCTUnwrap(article?.body)
        XCTAssertTrue(body.contains("double the number of containers handled"), String(body.prefix(300)))
    }

    func testHundredThousandUnclosedNestedTags() throws {
        var page = "<html><body>"
        for index in 0..<100_000 { page += ["<div>", "<span>", "<b>", "<li>", "<td>"][index % 5] }
        page += Self.paragraph
        let article = assertCompletes(within: 60) { read(Array(page.utf8)) }
        XCTAssertTrue(article?.body.contains("double the number of containers handled") == true)
    }

    func testFiftyMegabytePage() throws {
        let page = largePage(megabytes: 50)
        let article = try XCTUnwrap(assertCompletes(within: 300) { read(page) })
        XCTAssertTrue(article.body.hasPrefix("0The harbour authority said"), String(article.body.prefix(100)))
        XCTAssertFalse(article.body.contains("Copyright"))
        XCTAssertGreaterThan(article.body.utf8.count, 40_000_000)
    }

    /// Peak resident memory of a 50 MB page (and, for the record, of a 1 MB page): it must stay
    /// within a fixed number of bytes per input byte, so it grows linearly with the page.
    /// Uses Linux's resettable peak (`/proc/self/clear_refs` "5" resets VmHWM).
    func testMemoryGrowsLinearlyWithPageSize() throws {
        func peakBytes(_ body: () -> Void) throws -> Int {
            guard (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil else {
                throw XCTSkip("cannot reset the peak RSS here")
            }
            let before = try residentKilobytes(field: "VmRSS:")
            body()
            let peak = try residentKilobytes(field: "VmHWM:")
            return max(0, peak - before) * 1024
        }
        let small = largePage(megabytes: 1)
        let large = largePage(megabytes: 50)
        _ = read(small)  // warm-up: lazy statics, allocator pools
        let smallPeak = try peakBytes { _ = read(small) }
        let largePeak = try peakBytes { _ = read(large) }
        print("peak RSS above baseline: 1 MB page \(smallPeak / 1_000_000) MB, 50 MB page \(largePeak / 1_000_000) MB")
        // Loose bound (measured 6-8 bytes per input byte in a debug build: the tree's text, the
        // per-node arrays of the extractor, the rendered body and its clean-up copies).
        XCTAssertLessThan(largePeak, 16 * large.count)
    }

    /// A 50 MB page as dense in elements as a real one (a paragraph with a link and bold text, four
    /// elements per 130 bytes, 1.5 million in all): past `HTMLParser.maximumElements` its text goes
    /// into one overflow element, so its peak memory stays well below the 16 bytes per input byte an
    /// unbounded tree of such a page takes in a release build (docs/benchmarks.md, section 3).
    func testElementDensePageMemoryIsBoundedByTheElementBudget() throws {
        guard (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil else {
            throw XCTSkip("cannot reset the peak RSS here")
        }
        var page = Array("<html><head><title>Budget</title></head><body><article><h1>Budget</h1>".utf8)
        page.reserveCapacity(50_001_000)
        var number = 0
        while page.count < 50_000_000 {
            page += Array("<p class=\"para\">Paragraph \(number) of the long report on the harbour budget, the ferries and <a href=\"/x\(number)\">link \(number)</a> with <b>bold</b> words.</p>\n".utf8)
            number += 1
        }
        page += Array("</article><footer>Copyright</footer></body></html>".utf8)
        try "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        let before = try residentKilobytes(field: "VmRSS:")
        let article = try XCTUnwrap(read(page))
        let peak = (try residentKilobytes(field: "VmHWM:") - before) * 1024
        print("element-dense 50 MB page: peak RSS \(peak / 1_000_000) MB above the page itself")
        XCTAssertTrue(article.body.hasSuffix("Paragraph \(number - 1) of the long report on the harbour budget, the ferries and link \(number - 1) with bold words."))
        XCTAssertFalse(article.body.contains("Copyright"))
        XCTAssertLessThan(peak, 8 * page.count)
    }

    private func residentKilobytes(field: String) throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
            let value = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { throw XCTSkip("no \(field) in /proc/self/status") }
        return value
    }

    func testNULBytesDoNotCutTheArticle() throws {
        var page = Array("<html><body><article>".utf8)
        page += Array(Self.paragraph.utf8)
        page += [0, 0, 0x3C, 0x70, 0x3E, 0x41, 0, 0x42, 0x3C, 0x2F, 0x70, 0x3E]  // "\0\0<p>A\0B</p>"
        page += Array(Self.paragraph.replacingOccurrences(of: "Monday", with: "Tues\u{0}day").utf8)
        page += Array("<p class='\u{0}x'>Tail sentence after the NUL bytes, with enough words in it to count.</p></article></body></html>".utf8)
        let article = try XCTUnwrap(assertCompletes(within: 10) { read(page) })
        XCTAssertFalse(article.body.contains("\u{0}"))
        XCTAssertTrue(article.body.contains("Tail sentence after the NUL bytes"), article.body)
    }

    func testInvalidUTF8BecomesReplacementCharacters() throws {
        var page = Array("<html><body><article>".utf8)
        page += Array(Self.paragraph.utf8)
        page += Array("<p>Bad bytes ".utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F] + Array(" in the middle of a sentence that goes on.</p>".utf8)
        page += Array(Self.paragraph.utf8) + Array("</article></body></html>".utf8)
        // Through the charset decoder, as the extractor does: invalid sequences become U+FFFD.
        let decoded = CharsetDecoder.decode(page, declaredContentType: "text/html; charset=utf-8", kind: .html)
        let article = try XCTUnwrap(assertCompletes(within: 10) { read(decoded.utf8) })
        XCTAssertTrue(article.body.contains("in the middle of a sentence"), article.body)
        // Straight into the reader (its contract says UTF-8, but bad input must not crash it).
        let raw = assertCompletes(within: 10) { read(page) }
        XCTAssertNotNil(raw.map { String(decoding: Array($0.body.utf8), as: UTF8.self) })
    }

    func testHugeAttributeValues() throws {
        let huge = String(repeating: "x", count: 20_000_000)
        var page = "<html><head><meta name='description' content='" + huge + "'></head><body>"
        page += "<div class='" + huge + "' id='" + huge + "'><a href='" + huge + "'>link</a>" + Self.paragraph + Self.paragraph + "</div>"
        page += "<img src='data:" + huge + "'></body></html>"
        let article = try XCTUnwrap(assertCompletes(within: 120) { read(Array(page.utf8)) })
        XCTAssertTrue(article.body.contains("double the number of containers handled"), String(article.body.prefix(300)))
    }

    func testHugeNumberOfAttributesAndElements() throws {
        var page = "<html><body><div"
        for index in 0..<50_000 { page += " a\(index)='\(index)'" }
        page += ">" + Self.paragraph + "</div>" + String(repeating: "<span class='s'>x</span>", count: 200_000) + "</body></html>"
        let article = assertCompletes(within: 120) { read(Array(page.utf8)) }
        XCTAssertNotNil(article)
    }

    func testEmptyAndTagOnlyPagesGiveNoArticle() {
        for page in ["", "<", "<html>", "<!--", "<script>", "</p></p></div>", "\u{FEFF}", "&#0;&#xD800;&#99999999;"] {
            XCTAssertNil(read(Array(page.utf8)), page)
        }
    }

    /// Inputs that once crashed or hung the HTML path under the fuzzer (`Fuzz/run.sh`), kept as fixtures.
    func testFuzzerFindingsStayFixed() throws {
        guard let base = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/html/fuzz") else {
            throw XCTSkip("no resource bundle")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: base.path)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
        guard !files.isEmpty else { throw XCTSkip("no fuzzer findings kept yet") }
        for file in files {
            let bytes = Array(try Data(contentsOf: base.appendingPathComponent(file)))
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: nil, kind: .html)
            _ = assertCompletes(within: 20) {
                HTMLArticleReader.read(html: decoded.utf8, url: "https://example.com/a", locator: SourceLocator(path: file))
            }
            _ = HTMLArticleReader.plainText(fromFragment: decoded.string)
        }
    }
}
