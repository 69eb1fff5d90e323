/// A set of lower-case ASCII substrings matched against class names and ids.
///
/// Matching works on UTF-8 bytes; it is much cheaper than Foundation's `String.contains(_:)`,
/// which matters because every element of a page is tested against several lists.
struct PatternSet: Sendable {
    /// The patterns as UTF-8 bytes.
    let patterns: [[UInt8]]

    /// Creates a set from lower-case ASCII patterns.
    init(_ patterns: [String]) {
        self.patterns = patterns.map { Array($0.utf8) }
    }

    /// Whether any pattern occurs in `text` (which should already be lower-cased).
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            patterns.contains { Self.contains(bytes, $0) }
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

extension Unicode.Scalar {
    /// White space: Unicode's `White_Space` property (PropList.txt: U+0009–000D, 0020, 0085, 00A0,
    /// 1680, 2000–200A, 2028, 2029, 202F, 205F, 3000), listed here because the property lookup
    /// (`properties.isWhitespace`) costs about 300 instructions a scalar. `UnicodeScalarTests` holds
    /// the list to the property for every scalar.
    var isSpaceLike: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// Decoding of Unicode scalars straight from a `String`'s UTF-8 storage (always valid UTF-8),
/// for loops that handle ASCII bytes themselves and only need a scalar for the rest.
enum UTF8Scalars {
    /// Appends the UTF-8 encoding of the code point `value` (at most U+10FFFF) to `buffer`.
    static func append(_ value: UInt32, to buffer: inout [UInt8]) {
        switch value {
        case ..<0x80:
            buffer.append(UInt8(value))
        case ..<0x800:
            buffer.append(UInt8(0xC0 | (value >> 6)))
            buffer.append(UInt8(0x80 | (value & 0x3F)))
        case ..<0x10000:
            buffer.append(UInt8(0xE0 | (value >> 12)))
            buffer.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (value & 0x3F)))
        default:
            buffer.append(UInt8(0xF0 | (value >> 18)))
            buffer.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The scalar starting at `position` (a lead byte of valid UTF-8) and its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[position])
        let width: Int
        var value: UInt32
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        } else if lead < 0xE0 {
            width = 2
            value = lead & 0x1F
        } else if lead < 0xF0 {
            width = 3
            value = lead & 0x0F
        } else {
            width = 4
            value = lead & 0x07
        }
        // A truncated sequence cannot occur in a String, but never read past the buffer.
        let end = min(position + width, bytes.count)
        var next = position + 1
        while next < end {
            value = (value << 6) | (UInt32(bytes[next]) & 0x3F)
            next += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", next - position)
    }
}
