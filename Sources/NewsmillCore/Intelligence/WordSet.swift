/// A fixed set of lowercase words for the analysers' word tests ("is this token a speech verb?").
///
/// Words sit in an open-addressing table keyed by their 64-bit FNV-1a hash, the hash every word token
/// already carries as `AnalysisToken.lowerHash`. Testing a token therefore costs one probe and no hashing;
/// testing a string costs FNV-1a over its bytes, where `Set<String>` runs SipHash (about 300 instructions
/// a look-up in the analysers' profile). A hash match is confirmed on the text, so membership is exact.
/// (`HashedWordSet` keeps only the hashes, for the long generated name lists where storing the words would
/// cost start-up time and memory.)
///
/// Most look-ups miss, and the analysers ask a hundred-odd sets, so a probe's first read of `slots` was most often a
/// cache miss. A 256-bit filter kept in the set's own value (a one-hash Bloom filter on the hash's top byte) answers
/// most misses of a small set without reading `slots`: with 30 words, about nine in ten.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        /// nil marks an empty slot.
        var word: String? = nil
    }

    /// One array, so using a set retains one buffer.
    private let slots: [Slot]
    /// Bit `hash >> 56` set for each word's hash (`filterLane(of:)`).
    private let filter: SIMD4<UInt64>

    /// The lane of `filter` and the bit in it that stand for a hash: the hash's top byte picks one of 256 bits.
    @inline(__always)
    private static func filterLane(of hash: UInt64) -> (lane: Int, bit: UInt64) {
        let bit = Int(truncatingIfNeeded: hash >> 56)
        return (bit >> 6, 1 << UInt64(bit & 63))
    }

    /// The set of `words` (duplicates are kept once).
    init(_ words: some Sequence<String>) {
        var unique: [String] = []
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted { unique.append(word) }
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var filter = SIMD4<UInt64>(repeating: 0)
        for word in unique {
            let hash = WordSet.hash(of: word)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot].word != nil { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: hash, word: word)
            let (lane, bit) = Self.filterLane(of: hash)
            filter[lane] |= bit
        }
        self.slots = slots
        self.filter = filter
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set (compared as written: the sets hold lowercase words).
    func contains(_ word: String) -> Bool {
        contains(word, hash: WordSet.hash(of: word))
    }

    /// Whether the lowercase form of `tokens[index]` is in the set.
    ///
    /// It takes the array and an index, not a token, and is never inlined: a token passed by value is
    /// copied, strings and all, and in a large caller the optimiser reads each field of `tokens[index]`
    /// through such a copy, where here it reads the two fields alone.
    @inline(never)
    func contains(lowerOf index: Int, in tokens: [AnalysisToken]) -> Bool {
        // Punctuation carries no hash (`lowerHash` is 0).
        let hash = tokens[index].lowerHash
        return hash == 0 ? contains(tokens[index].lower) : contains(tokens[index].lower, hash: hash)
    }

    /// The words (in no particular order).
    func makeIterator() -> some IteratorProtocol<String> {
        slots.lazy.compactMap(\.word).makeIterator()
    }

    private func contains(_ word: String, hash: UInt64) -> Bool {
        let (lane, bit) = Self.filterLane(of: hash)
        guard filter[lane] & bit != 0 else { return false }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let stored = slots[slot].word {
            if slots[slot].hash == hash, stored == word { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// 64-bit FNV-1a of the word's UTF-8 bytes, as `AnalysisToken.lowerHash` is computed.
    private static func hash(of word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { SimHash.fnv1a($0) }
    }
}
