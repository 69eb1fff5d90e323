import Foundation
import XCTest

@testable import NewsmillCore

/// `FeedMarkupRepair.repair` (one pass, nothing copied until the first change) against the plain
/// byte-by-byte version it replaced, kept below as the oracle: both must give the same bytes and the
/// same problem for the conformance feeds, the feed fixtures and random mixes of references.
final class FeedMarkupRepairTests: XCTestCase {
    func testMatchesTheReferenceOnFeeds() throws {
        var files: [URL] = []
        if let shared = XMLFastParserTests.sharedDirectory() {
            let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: shared + "/conformance/feeds/cases"), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "xml" { files.append(url) }
            }
        }
        let fixtures = try XCTUnwrap(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/feeds"))
        files += try FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)
        for file in files {
            let bytes = CharsetDecoder.decode([UInt8](try Data(contentsOf: file)), kind: .rss).utf8
            assertSameRepair(bytes, file.lastPathComponent)
        }
    }

    func testMatchesTheReferenceOnRandomMixes() {
        let pieces = [
            "&", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&eacute;", "&nbsp;", "&#X41;", "&#x41;", "&#65;", "&#x;", "&#;",
            "&nope;", "&a.b-c_d;", "&" + String(repeating: "x", count: 40) + ";", "&#123456789;", "<![CDATA[ & &eacute; ]]>",
            "<!-- & --> ", "<?pi & ?>", "<!DOCTYPE a [<!ENTITY e 'x'>]>", "<!DOCTYPE a>", "<!ENTITY", "<", "<a>", "</a>",
            "text ", "caf\u{E9} ", "&caf\u{E9};", "<![CDATA[", "<!--", "<?", "]]>", "-->", "?>", "&#X", "&#x4", "\n",
        ]
        var generator = SplitMix64(seed: 0xFEED_0123)
        for _ in 0..<20_000 {
            var document = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) { document += pieces.randomElement(using: &generator)! }
            assertSameRepair(Array(document.utf8), document)
        }
    }

    func testUnchangedInputIsNotRewritten() {
        let input = Array("<a href=\"x?a=1&amp;b=2\">&lt;p&gt; &#233; &#x41;</a>".utf8)
        let repaired = FeedMarkupRepair.repair(input)
        XCTAssertEqual(repaired.bytes, input)
        XCTAssertNil(repaired.problem)
    }

    private func assertSameRepair(_ bytes: [UInt8], _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let repaired = FeedMarkupRepair.repair(bytes)
        let expected = ReferenceFeedMarkupRepair.repair(bytes)
        XCTAssertEqual(repaired.bytes, expected.bytes, label, file: file, line: line)
        XCTAssertEqual(repaired.problem, expected.problem, label, file: file, line: line)
    }
}

/// The byte-by-byte `FeedMarkupRepair` as it was before the copy-on-first-change rewrite, kept
/// unchanged as the tests' oracle.
enum ReferenceFeedMarkupRepair {
    /// The repaired bytes and, when something ill-formed was repaired, what it was.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], problem: String?) {
        guard firstIndex(of: [ampersand], in: bytes, from: 0) != nil else { return (bytes, nil) }
        let declaresEntities = contains(bytes, Array("<!ENTITY".utf8))
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 64)
        var problem: String?
        var index = 0
        let count = bytes.count
        while index < count {
            // Copy the run of plain bytes up to the next '&' or '<' in one go.
            var runEnd = index
            while runEnd < count, bytes[runEnd] != ampersand, bytes[runEnd] != lessThan { runEnd += 1 }
            if runEnd > index {
                output.append(contentsOf: bytes[index..<runEnd])
                index = runEnd
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?") {
                // Copy comments, CDATA sections, processing instructions and the DOCTYPE unchanged.
                let end = endOfSpecialSection(bytes, from: index)
                output.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            guard byte == ampersand else {
                output.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            if end < count, bytes[end] == UInt8(ascii: "#") {
                // A character reference: &#123; or &#x7B; (also &#X7B;, repaired).
                end += 1
                var hex = false
                if end < count, bytes[end] == UInt8(ascii: "x") || bytes[end] == UInt8(ascii: "X") {
                    hex = true
                    end += 1
                }
                let digitsStart = end
                while end < count, end - digitsStart < 8, isDigit(bytes[end], hex: hex) { end += 1 }
                if end > digitsStart, end < count, bytes[end] == UInt8(ascii: ";") {
                    if hex && bytes[index + 2] == UInt8(ascii: "X") {
                        output.append(contentsOf: Array("&#x".utf8))
                        output.append(contentsOf: bytes[digitsStart...end])
                        problem = problem ?? "upper-case X in a hexadecimal character reference"
                    } else {
                        output.append(contentsOf: bytes[index...end])
                    }
                    index = end + 1
                    continue
                }
            } else {
                // A named reference: a name of ASCII letters, digits, '.', '-', '_' followed by ';'.
                while end < count, end - index <= 32, isNameByte(bytes[end]) { end += 1 }
                if end > index + 1, end < count, bytes[end] == UInt8(ascii: ";") {
                    let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    if xmlEntities.contains(name) {
                        output.append(contentsOf: bytes[index...end])
                    } else if let codePoint = LibXML.htmlEntityCodePoint(name) {
                        output.append(contentsOf: Array("&#\(codePoint);".utf8))
                    } else if declaresEntities {
                        output.append(contentsOf: bytes[index...end])
                    } else {
                        output.append(contentsOf: Array("&amp;".utf8))
                        output.append(contentsOf: bytes[(index + 1)...end])
                        problem = problem ?? "undefined entity &\(name);"
                    }
                    index = end + 1
                    continue
                }
            }
            output.append(contentsOf: Array("&amp;".utf8))
            problem = problem ?? "unescaped '&' in character data"
            index += 1
        }
        return (output, problem)
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let lessThan = UInt8(ascii: "<")
    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (0x30...0x39).contains(byte) || (hex && ((0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    /// The index just past a `<!-- -->`, `<![CDATA[ ]]>`, `<? ?>` or `<!DOCTYPE ...>` starting at `start`
    /// (the end of the input when it is not closed). A DOCTYPE's internal subset `[...]` is skipped whole.
    private static func endOfSpecialSection(_ bytes: [UInt8], from start: Int) -> Int {
        func hasPrefix(_ prefix: String) -> Bool {
            let prefixBytes = Array(prefix.utf8)
            return start + prefixBytes.count <= bytes.count && Array(bytes[start..<(start + prefixBytes.count)]) == prefixBytes
        }
        let terminator: [UInt8]
        if hasPrefix("<!--") {
            terminator = Array("-->".utf8)
        } else if hasPrefix("<![CDATA[") {
            terminator = Array("]]>".utf8)
        } else if hasPrefix("<?") {
            terminator = Array("?>".utf8)
        } else {
            // <!DOCTYPE ...> with an optional [internal subset].
            var index = start + 2
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                case UInt8(ascii: ">") where depth <= 0: return index + 1
                default: break
                }
                index += 1
            }
            return bytes.count
        }
        guard let found = firstIndex(of: terminator, in: bytes, from: start + 2) else { return bytes.count }
        return found + terminator.count
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, bytes.count - start >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = start
            let last = buffer.count - needle.count
            while index <= last {
                // memchr finds candidate first bytes far faster than a Swift loop over a long CDATA section.
                guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position, needle, needle.count) == 0 { return position }
                index = position + 1
            }
            return nil
        }
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes, from: 0) != nil
    }
}
