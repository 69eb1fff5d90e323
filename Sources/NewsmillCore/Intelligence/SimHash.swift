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
        var counters = [Int](repeating: 0, count: 64)
        var window: [UInt64] = []
        window.reserveCapacity(3)
        var shingles = 0
        for word in words {
            let wordHash = fnv1a(word)
            if window.count == 3 { window.removeFirst() }
            window.append(wordHash)
            if window.count == 3 {
                add(combine(window), to: &counters)
                shingles += 1
            }
        }
        if shingles == 0, !window.isEmpty { add(combine(window), to: &counters) }
        var result: UInt64 = 0
        for bit in 0..<64 where counters[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// The number of differing bits between two SimHashes.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    static func fnv1a(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
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

    private static func add(_ hash: UInt64, to counters: inout [Int]) {
        for bit in 0..<64 { counters[bit] += (hash >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
    }
}
