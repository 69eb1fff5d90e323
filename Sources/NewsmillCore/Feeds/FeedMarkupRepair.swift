import Foundation

/// Repairs the character references real-world feeds get wrong, before libxml2 sees them.
///
/// One pass over the bytes, outside CDATA sections, comments and processing instructions:
/// - HTML named entities XML does not define (`&eacute;`, `&nbsp;`) become numeric references;
/// - `&#X41;` (an upper-case `X`, not allowed by XML 1.0 section 4.1) becomes `&#x41;`;
/// - a bare `&` (`?a=1&b=2`) becomes `&amp;`;
/// - an unknown entity (`&doesnotexist;`) in a document that declares no entities becomes text.
/// The last three make the document not well-formed, so they are reported and the feed is bozo,
/// as in Python feedparser, which reads such feeds with its loose parser.
enum FeedMarkupRepair {
    /// The repaired bytes and, when something ill-formed was repaired, what it was.
    ///
    /// Nothing is copied until the first change: most feeds need none (the five XML entities and
    /// well-formed character references are kept as they are), and then the input is returned as is.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], problem: String?) {
        guard firstIndex(of: [ampersand], in: bytes, from: 0) != nil else { return (bytes, nil) }
        let declaresEntities = declaresEntities(bytes)
        return bytes.withUnsafeBufferPointer { buffer in
            var repairer = Repairer(input: buffer, declaresEntities: declaresEntities)
            repairer.run()
            return (repairer.changed ? repairer.output : bytes, repairer.problem)
        }
    }

    /// One pass of `repair` over the input: unchanged stretches are only remembered
    /// (`unchangedFrom`), and copied into `output` once a replacement needs to be written.
    private struct Repairer {
        let input: UnsafeBufferPointer<UInt8>
        let declaresEntities: Bool
        var output: [UInt8] = []
        var changed = false
        var problem: String?
        /// The input from here up to the current position is still to be copied unchanged.
        var unchangedFrom = 0

        init(input: UnsafeBufferPointer<UInt8>, declaresEntities: Bool) {
            self.input = input
            self.declaresEntities = declaresEntities
        }

        /// Writes `replacement` for `input[range]`, after the unchanged input before it.
        mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
            if !changed {
                changed = true
                output.reserveCapacity(input.count + input.count / 64)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[unchangedFrom..<range.lowerBound]))
            output.append(contentsOf: replacement)
            unchangedFrom = range.upperBound
        }

        mutating func run() {
            let count = input.count
            var index = 0
            while index < count {
                // Skip the run of plain bytes up to the next '&' or '<'.
                index = nextMarkupByte(from: index)
                guard index < count else { break }
                let byte = input[index]
                if byte == lessThan {
                    if index + 1 < count, input[index + 1] == UInt8(ascii: "!") || input[index + 1] == UInt8(ascii: "?") {
                        // Comments, CDATA sections, processing instructions and the DOCTYPE stay unchanged.
                        index = endOfSpecialSection(from: index)
                    } else {
                        index += 1
                    }
                    continue
                }
                index = repairReference(at: index)
            }
            if changed {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[unchangedFrom..<count]))
            }
        }

        /// The index of the first '&' or '<' at or after `start` (or the end), eight bytes at a time
        /// while a word has neither (the "has a zero byte" bit trick on the word XOR each byte).
        func nextMarkupByte(from start: Int) -> Int {
            var index = start
            let count = input.count
            if let base = input.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let ampersands = word ^ (UInt64(ampersand) &* ones)
                    let lessThans = word ^ (UInt64(lessThan) &* ones)
                    if ((ampersands &- ones) & ~ampersands & highs) | ((lessThans &- ones) & ~lessThans & highs) != 0 { break }
                    index += 8
                }
            }
            while index < count, input[index] != ampersand, input[index] != lessThan { index += 1 }
            return index
        }

        /// Repairs the reference starting with the '&' at `index` if it needs it; returns the index
        /// after what was read.
        mutating func repairReference(at index: Int) -> Int {
            let count = input.count
            var end = index + 1
            if end < count, input[end] == UInt8(ascii: "#") {
                // A character reference: &#123; or &#x7B; (also &#X7B;, repaired).
                end += 1
                var hex = false
                if end < count, input[end] == UInt8(ascii: "x") || input[end] == UInt8(ascii: "X") {
                    hex = true
                    end += 1
                }
                let digitsStart = end
                while end < count, end - digitsStart < 8, isDigit(input[end], hex: hex) { end += 1 }
                if end > digitsStart, end < count, input[end] == UInt8(ascii: ";") {
                    if hex && input[index + 2] == UInt8(ascii: "X") {
                        replace(index..<(end + 1), with: Array("&#x".utf8) + Array(input[digitsStart...end]))
                        problem = problem ?? "upper-case X in a hexadecimal character reference"
                    }
                    return end + 1
                }
            } else {
                // A named reference: a name of ASCII letters, digits, '.', '-', '_' followed by ';'.
                while end < count, end - index <= 32, isNameByte(input[end]) { end += 1 }
                if end > index + 1, end < count, input[end] == UInt8(ascii: ";") {
                    let nameRange = (index + 1)..<end
                    if isXMLEntity(nameRange) { return end + 1 }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: input[nameRange]), as: UTF8.self)
                    if let codePoint = LibXML.htmlEntityCodePoint(name) {
                        replace(index..<(end + 1), with: Array("&#\(codePoint);".utf8))
                    } else if !declaresEntities {
                        replace(index..<(end + 1), with: Array("&amp;".utf8) + Array(input[nameRange]) + [UInt8(ascii: ";")])
                        problem = problem ?? "undefined entity &\(name);"
                    }
                    return end + 1
                }
            }
            replace(index..<(index + 1), with: Array("&amp;".utf8))
            problem = problem ?? "unescaped '&' in character data"
            return index + 1
        }

        /// Whether `input[range]` is `amp`, `lt`, `gt`, `quot` or `apos` (XML 1.0, 4.6).
        func isXMLEntity(_ range: Range<Int>) -> Bool {
            let start = range.lowerBound
            func byte(_ offset: Int, is character: Unicode.Scalar) -> Bool { input[start + offset] == UInt8(ascii: character) }
            switch range.count {
            case 2: return (byte(0, is: "l") || byte(0, is: "g")) && byte(1, is: "t")
            case 3: return byte(0, is: "a") && byte(1, is: "m") && byte(2, is: "p")
            case 4: return (byte(0, is: "q") && byte(1, is: "u") && byte(2, is: "o") && byte(3, is: "t"))
                || (byte(0, is: "a") && byte(1, is: "p") && byte(2, is: "o") && byte(3, is: "s"))
            default: return false
            }
        }

        /// The index just past a `<!-- -->`, `<![CDATA[ ]]>`, `<? ?>` or `<!DOCTYPE ...>` starting at
        /// `start` (the end of the input when it is not closed). A DOCTYPE's internal subset `[...]` is
        /// skipped whole.
        func endOfSpecialSection(from start: Int) -> Int {
            func hasPrefix(_ prefix: StaticString) -> Bool {
                let length = prefix.utf8CodeUnitCount
                guard start + length <= input.count else { return false }
                for offset in 0..<length where input[start + offset] != prefix.utf8Start[offset] { return false }
                return true
            }
            let terminator: StaticString
            if hasPrefix("<!--") {
                terminator = "-->"
            } else if hasPrefix("<![CDATA[") {
                terminator = "]]>"
            } else if hasPrefix("<?") {
                terminator = "?>"
            } else {
                // <!DOCTYPE ...> with an optional [internal subset].
                var index = start + 2
                var depth = 0
                while index < input.count {
                    switch input[index] {
                    case UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "]"): depth -= 1
                    case UInt8(ascii: ">") where depth <= 0: return index + 1
                    default: break
                    }
                    index += 1
                }
                return input.count
            }
            let needle = Array(UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount))
            guard let found = FeedMarkupRepair.firstIndex(of: needle, in: input, from: start + 2) else { return input.count }
            return found + needle.count
        }
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let lessThan = UInt8(ascii: "<")

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (0x30...0x39).contains(byte) || (hex && ((0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in firstIndex(of: needle, in: buffer, from: start) }
    }

    private static func firstIndex(of needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, buffer.count - start >= needle.count, let base = buffer.baseAddress else { return nil }
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

    /// Whether `bytes` contain `<!ENTITY`, found through its rare second byte: searching for the
    /// first, '<', would stop at every tag of the document.
    private static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let needle = Array("<!ENTITY".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 1
            while index + needle.count - 1 <= buffer.count {
                guard let found = memchr(base + index, Int32(needle[1]), buffer.count - index) else { return false }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if position + needle.count - 1 <= buffer.count, memcmp(base + position - 1, needle, needle.count) == 0 { return true }
                index = position + 1
            }
            return false
        }
    }
}
