/// A set of lower-case ASCII substrings matched against class names and ids.
///
/// Matching works on UTF-8 bytes; it is much cheaper than Foundation's `String.contains(_:)`,
/// which matters because every element of a page is tested against several lists.
struct PatternSet: Sendable {
    private let patterns: [[UInt8]]

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

    /// Whether `text` has one of `tokens` as a whole word (words split at anything but ASCII letters and digits).
    static func hasToken(_ text: String, in tokens: Set<String>) -> Bool {
        let words = text.utf8.split { byte in
            !((0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte))
        }
        return words.contains { word in word.count <= 16 && tokens.contains(String(decoding: word, as: UTF8.self)) }
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
    /// White space, with a fast path for ASCII.
    var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
