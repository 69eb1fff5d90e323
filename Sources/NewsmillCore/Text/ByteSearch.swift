import Foundation

extension String {
    /// Whether the string is `literal`, compared byte for byte. `==` tests canonical equivalence, and when either
    /// side is not ASCII it normalises both on every mismatch, so testing tokens against typographic marks ("’",
    /// "“", "—") cost the analysers about one percent of their time. Those marks, and the words written with them
    /// ("he’d", "’s"), have no other canonically equivalent spelling, so for them the bytes decide as `==` does.
    func isExactly(_ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            guard utf8.count == expected.count else { return false }
            var string = self
            // (A loop, not `memcmp`: the words are a few bytes, and the call would cost more than the comparison.)
            return string.withUTF8 { actual in
                for offset in 0..<expected.count where actual[offset] != expected[offset] { return false }
                return true
            }
        }
    }

    /// Whether the string is one of `literals`, each compared byte for byte (`isExactly(_:)`).
    func isExactly(anyOf literals: [StaticString]) -> Bool {
        literals.contains { isExactly($0) }
    }

    /// Whether `needle` (not empty) occurs, comparing UTF-8 bytes: for the ASCII needles the readers
    /// look for (`"json"`, `"://"`), what Foundation's `contains` finds, at a fraction of its cost
    /// (Foundation's goes through `range(of:)` and `NSString`, about 6,000 instructions a call).
    func containsBytes(_ needle: String) -> Bool {
        byteOffset(of: needle, backwards: false) != nil
    }

    /// The first (or, `backwards`, the last) range where `needle` occurs, comparing UTF-8 bytes.
    ///
    /// For the ASCII separators and joiners the cleaners look for this finds what Foundation's
    /// `range(of:)` finds, without bridging to `NSString` (which cost the title and author cleaners
    /// about 0.4 million instructions a page).
    func byteRange(of needle: String, backwards: Bool = false) -> Range<String.Index>? {
        guard let start = byteOffset(of: needle, backwards: backwards) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The UTF-8 offset of the first (or, `backwards`, the last) occurrence of `needle`; nil when it
    /// does not occur or is empty. Reads both strings in place.
    private func byteOffset(of needle: String, backwards: Bool) -> Int? {
        var haystack = self, pattern = needle
        return haystack.withUTF8 { haystackBytes in
            pattern.withUTF8 { patternBytes in
                guard let first = patternBytes.first, haystackBytes.count >= patternBytes.count else { return nil }
                func matches(at start: Int) -> Bool {
                    guard haystackBytes[start] == first else { return false }
                    for offset in 1..<patternBytes.count where haystackBytes[start + offset] != patternBytes[offset] { return false }
                    return true
                }
                let starts = 0...(haystackBytes.count - patternBytes.count)
                return backwards ? starts.reversed().first(where: matches) : starts.first(where: matches)
            }
        }
    }

    /// The string with every occurrence of `needle` (compared as UTF-8 bytes) replaced.
    func replacingBytes(_ needle: String, with replacement: String) -> String {
        let haystack = Array(utf8), pattern = Array(needle.utf8), substitute = Array(replacement.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(haystack.count)
        var index = 0
        var replaced = false
        while index < haystack.count {
            if index + pattern.count <= haystack.count, haystack[index] == pattern[0],
                !(0..<pattern.count).contains(where: { haystack[index + $0] != pattern[$0] })
            {
                output += substitute
                index += pattern.count
                replaced = true
            } else {
                output.append(haystack[index])
                index += 1
            }
        }
        return replaced ? String(decoding: output, as: UTF8.self) : self
    }
}

extension StringProtocol {
    /// `replacingOccurrences(of: String(mark), with: "")` for an ASCII `mark`: on the UTF-8 bytes when the
    /// text is ASCII (where the two agree), through Foundation otherwise. Foundation's search costs
    /// thousands of instructions a call, and number tokens ("3,000") are ASCII almost always.
    func removingASCII(_ mark: Unicode.Scalar) -> String {
        let utf8 = self.utf8
        guard mark.isASCII, utf8.allSatisfy({ $0 < 0x80 }) else {
            return replacingOccurrences(of: String(mark), with: "")
        }
        let byte = UInt8(mark.value)
        return String(decoding: utf8.filter { $0 != byte }, as: UTF8.self)
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the first `byte` in `from..<to`, or `to` (`memchr`: the shipped tables' readers,
    /// `PlaceTable` and `NameTyper`, find their lines' and fields' ends with it).
    @inline(__always)
    func firstOffset(of byte: UInt8, from: Int, to: Int) -> Int {
        guard from < to, let base = baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
