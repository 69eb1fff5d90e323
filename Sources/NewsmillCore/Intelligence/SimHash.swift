/// 64-bit SimHash (Charikar, "Similarity Estimation Techniques from Rounding Algorithms", STOC 2002)
/// over word 3-shingles, for near-duplicate detection.
///
/// Method: words are the text's word and number tokens, lowercased; each word is hashed with 64-bit
/// FNV-1a over its UTF-8 bytes; a shingle is three consecutive words, hashed by folding the three word
/// hashes (h = mix(mix(h1) ^ h2 ...), mix = SplitMix64's finaliser) so word order matters. Each shingle
/// adds +1 to the 64 counters where its hash has a 1 bit and -1 where it has a 0; bit i of the SimHash is
/// 1 when counter i ends positive. Texts of fewer than three words use the words they have; an empty
/// text gives 0. Near duplicates differ in a few bits (Hamming distance <= 3 is the usual threshold).
public enum SimHash {
    /// The SimHash of a sequence of lowercased words.
    public static func hash<Words: Sequence>(words: Words) -> UInt64 where Words.Element == String {
        var accumulator = Accumulator()
        for word in words { accumulator.add(wordHash: fnv1a(word.utf8)) }
        return accumulator.finish()
    }

    /// The SimHash of the words of `text` (runs of letters and digits, lowercased), for articles the
    /// English analyzer does not read. Hashes the lowercased bytes of each run as it goes, with no
    /// `String` per word and no per-character Unicode property lookup: ASCII is classified by value, and
    /// a non-ASCII scalar belongs to a word unless it is white space or in one of the punctuation blocks
    /// (`isWordSeparator`). Gives the same hash as `hash(words:)` over the same runs.
    ///
    /// The text is lowercased as it is read, scalar by scalar, exactly as `String.lowercased()` does
    /// (each scalar replaced by its full lowercase mapping, with no context rules), without building the
    /// lowercased copy: ASCII bytes directly, other scalars through `LowercaseScalars`, which keeps the
    /// mappings it has looked up.
    public static func hash(ofWordsIn text: String) -> UInt64 {
        var text = text
        // The words' hashes are gathered and then added in one batch (`hash(wordHashes:)`, the English analyzer's
        // path), which holds the counters in registers, where adding each word as it ends went through the
        // counters' arrays. The state lives inside the closure: captured from outside, every access to it was
        // checked for exclusivity at run time.
        let wordHashes = text.withUTF8 { bytes -> [UInt64] in
            var wordHashes: [UInt64] = []
            wordHashes.reserveCapacity(bytes.count / 4)
            var lowercase = LowercaseScalars()
            var word = SimHash.fnv1aOffsetBasis
            var inWord = false
            /// Adds one scalar of the lowercased text, given by its UTF-8 bytes packed low byte first.
            @inline(__always)
            func add(packed: UInt32, width: Int, isWordPart: Bool) {
                if isWordPart {
                    var remaining = packed
                    for _ in 0..<width {
                        word = SimHash.fnv1a(continuing: word, byte: UInt8(truncatingIfNeeded: remaining))
                        remaining >>= 8
                    }
                    inWord = true
                } else if inWord {
                    wordHashes.append(word)
                    word = SimHash.fnv1aOffsetBasis
                    inWord = false
                }
            }
            var position = 0
            while position < bytes.count {
                let lead = bytes[position]
                if lead < 0x80 {
                    let lower = AnalysisTokenizer.asciiLowercased(lead)
                    let isWordPart = (lower >= 0x30 && lower <= 0x39) || (lower >= 0x61 && lower <= 0x7A)
                    add(packed: UInt32(lower), width: 1, isWordPart: isWordPart)
                    position += 1
                    continue
                }
                let (scalar, width) = UTF8Scalars.decode(bytes, at: position)
                position += width
                if let mapped = lowercase.singleScalarMapping(of: scalar) {
                    add(packed: mapped.packed, width: mapped.width, isWordPart: mapped.isWordPart)
                    continue
                }
                for mappedScalar in scalar.properties.lowercaseMapping.unicodeScalars {
                    let mapped = LowercaseScalars.Mapping(mappedScalar)
                    add(packed: mapped.packed, width: mapped.width, isWordPart: mapped.isWordPart)
                }
            }
            if inWord { wordHashes.append(word) }
            return wordHashes
        }
        return hash(wordHashes: wordHashes)
    }

    /// The full lowercase mappings of non-ASCII scalars that map to one scalar, cached in a small
    /// direct-mapped table (a text uses few distinct scalars, and a cached one costs no Unicode look-up).
    struct LowercaseScalars {
        /// One lowercased scalar: its UTF-8 bytes packed low byte first, their count, and whether it
        /// belongs to a word (an ASCII letter or digit, or a non-ASCII scalar that `isWordSeparator` lets in).
        struct Mapping {
            var packed: UInt32
            var width: Int
            var isWordPart: Bool

            init(_ scalar: Unicode.Scalar) {
                var packed: UInt32 = 0
                var width = 0
                for byte in UTF8.encode(scalar)! {
                    packed |= UInt32(byte) << UInt32(8 * width)
                    width += 1
                }
                self.packed = packed
                self.width = width
                if scalar.isASCII {
                    let value = scalar.value
                    isWordPart = (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                } else {
                    isWordPart = !SimHash.isWordSeparator(scalar)
                }
            }
        }

        private static let slotCount = 256
        /// Per slot: the scalar's value, or 0 (never a non-ASCII scalar) when empty.
        private var keys = [UInt32](repeating: 0, count: slotCount)
        private var mappings = [Mapping](repeating: Mapping("\u{0}"), count: slotCount)

        /// The lowercase mapping of a non-ASCII scalar when it is a single scalar; nil when it is longer
        /// ("İ" lowercases to "i" and a combining dot), which the caller then reads from the properties.
        mutating func singleScalarMapping(of scalar: Unicode.Scalar) -> Mapping? {
            let slot = Int(truncatingIfNeeded: (scalar.value &* 0x9E37_79B1) >> 24) & (Self.slotCount - 1)
            if keys[slot] == scalar.value { return mappings[slot] }
            let lowercase = scalar.properties.lowercaseMapping.unicodeScalars
            guard let first = lowercase.first, lowercase.index(after: lowercase.startIndex) == lowercase.endIndex else {
                return nil
            }
            let mapping = Mapping(first)
            keys[slot] = scalar.value
            mappings[slot] = mapping
            return mapping
        }
    }

    /// Non-ASCII white space and punctuation: Latin-1 punctuation and signs (but not ª, º or the
    /// superscript and fraction digits), × and ÷, General Punctuation (U+2000–206F), CJK punctuation,
    /// full-width ASCII punctuation, and the Arabic, Hebrew, Armenian and Devanagari sentence marks.
    static func isWordSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0xA9, 0xAB...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF, 0xD7, 0xF7: return true
        case 0x2000...0x206F, 0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301F: return true
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        case 0x060C, 0x061B, 0x061F, 0x06D4, 0x05BE, 0x05C0, 0x05C3, 0x0589, 0x0964, 0x0965, 0x1680, 0xFEFF: return true
        default: return false
        }
    }

    /// The SimHash of words given by their FNV-1a hashes (as `AnalysisToken.lowerHash` holds them).
    static func hash(wordHashes: [UInt64]) -> UInt64 {
        var accumulator = Accumulator()
        accumulator.add(wordHashes: wordHashes)
        return accumulator.finish()
    }

    /// The shingle window and the 64 bit counters.
    ///
    /// Counter i is (shingles with bit i set) - (shingles with bit i clear), so it is positive exactly
    /// when twice the ones exceed the shingles added. Ones are counted bit-sliced: each byte of a shingle
    /// hash is spread to eight one-byte lanes (`spreadBits`) and added to a 64-bit word per hash byte, eight
    /// counters per addition; the lanes are emptied into full-width counts before any can overflow.
    private struct Accumulator {
        var window = (UInt64(0), UInt64(0), UInt64(0))
        var wordsSeen = 0
        var shingles = 0
        var lanes = [UInt64](repeating: 0, count: 8)
        var pendingInLanes = 0
        var ones = [Int](repeating: 0, count: 64)

        mutating func add(wordHash: UInt64) {
            window = (window.1, window.2, wordHash)
            wordsSeen += 1
            if wordsSeen >= 3 { addShingle(combine(window.0, window.1, window.2)) }
        }

        /// `add(wordHash:)` for each hash, with the lanes and the spread table held in registers.
        mutating func add(wordHashes: [UInt64]) {
            var index = 0
            while index < wordHashes.count, wordsSeen < 3 {
                add(wordHash: wordHashes[index])
                index += 1
            }
            guard index < wordHashes.count else { return }
            let bulkStart = index
            var (first, second, third) = window
            var pending = pendingInLanes
            var lane0: UInt64 = 0, lane1: UInt64 = 0, lane2: UInt64 = 0, lane3: UInt64 = 0
            var lane4: UInt64 = 0, lane5: UInt64 = 0, lane6: UInt64 = 0, lane7: UInt64 = 0
            SimHash.spreadBits.withUnsafeBufferPointer { spread in
                while index < wordHashes.count {
                    (first, second, third) = (second, third, wordHashes[index])
                    index += 1
                    let hash = combine(first, second, third)
                    lane0 &+= spread[Int(hash & 0xFF)]
                    lane1 &+= spread[Int(hash >> 8 & 0xFF)]
                    lane2 &+= spread[Int(hash >> 16 & 0xFF)]
                    lane3 &+= spread[Int(hash >> 24 & 0xFF)]
                    lane4 &+= spread[Int(hash >> 32 & 0xFF)]
                    lane5 &+= spread[Int(hash >> 40 & 0xFF)]
                    lane6 &+= spread[Int(hash >> 48 & 0xFF)]
                    lane7 &+= spread[Int(hash >> 56)]
                    shingles += 1
                    pending += 1
                    if pending == 255 || index == wordHashes.count {
                        for (byte, lane) in [lane0, lane1, lane2, lane3, lane4, lane5, lane6, lane7].enumerated() {
                            lanes[byte] &+= lane
                        }
                        (lane0, lane1, lane2, lane3, lane4, lane5, lane6, lane7) = (0, 0, 0, 0, 0, 0, 0, 0)
                        pendingInLanes = pending
                        if pending == 255 { flushLanes() }
                        pending = pendingInLanes
                    }
                }
            }
            wordsSeen += wordHashes.count - bulkStart
            window = (first, second, third)
        }

        mutating func addShingle(_ hash: UInt64) {
            shingles += 1
            SimHash.spreadBits.withUnsafeBufferPointer { spread in
                lanes.withUnsafeMutableBufferPointer { lanes in
                    for byte in 0..<8 { lanes[byte] &+= spread[Int((hash >> UInt64(byte * 8)) & 0xFF)] }
                }
            }
            pendingInLanes += 1
            if pendingInLanes == 255 { flushLanes() }
        }

        mutating func flushLanes() {
            for byte in 0..<8 {
                for bit in 0..<8 { ones[byte * 8 + bit] += Int((lanes[byte] >> UInt64(bit * 8)) & 0xFF) }
                lanes[byte] = 0
            }
            pendingInLanes = 0
        }

        /// Texts of fewer than three words hash the words they have; no words give 0.
        mutating func finish() -> UInt64 {
            if shingles == 0, wordsSeen > 0 {
                switch wordsSeen {
                case 1: addShingle(SimHash.combine([window.2]))
                default: addShingle(SimHash.combine([window.1, window.2]))
                }
            }
            flushLanes()
            var result: UInt64 = 0
            for bit in 0..<64 where 2 * ones[bit] > shingles { result |= 1 << UInt64(bit) }
            return result
        }

        private func combine(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
            SimHash.mix(SimHash.mix(SimHash.mix(first) ^ second) ^ third)
        }
    }

    /// For each byte value, a word whose byte i is bit i of the value (0 or 1).
    private static let spreadBits: [UInt64] = (0..<256).map { value in
        var spread: UInt64 = 0
        for bit in 0..<8 where value >> bit & 1 == 1 { spread |= 1 << UInt64(bit * 8) }
        return spread
    }

    /// The number of differing bits between two SimHashes.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// The 64-bit FNV-1a hash of the empty input (its offset basis), where every hash starts.
    static let fnv1aOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One more byte of a 64-bit FNV-1a hash (Fowler, Noll and Vo: xor the byte, multiply by the FNV prime).
    @inline(__always)
    static func fnv1a(continuing hash: UInt64, byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// 64-bit FNV-1a of bytes (a word's UTF-8).
    @inline(__always)
    static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(fnv1aOffsetBasis) { fnv1a(continuing: $0, byte: $1) }
    }

    /// 64-bit FNV-1a of ASCII bytes as if A-Z were lowercased.
    @inline(__always)
    static func fnv1aOfASCIILowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.reduce(fnv1aOffsetBasis) { fnv1a(continuing: $0, byte: AnalysisTokenizer.asciiLowercased($1)) }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func combine(_ hashes: [UInt64]) -> UInt64 {
        var result: UInt64 = 0
        for hash in hashes { result = mix(result ^ hash) }
        return result
    }
}
