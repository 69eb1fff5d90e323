/// A set of ASCII words kept only as their 64-bit FNV-1a hashes, in an open-addressing table: for long
/// generated lists (tens of thousands of names) that would cost a `Set<String>` an allocation and a
/// SipHash per entry at start-up. Built in one pass over the list's bytes.
///
/// Membership is by hash: two different words share a 64-bit hash with a probability of about n / 2^64
/// per look-up (n ≈ 27,000 here), far below any effect on the figures.
struct HashedWordSet: Sendable {
    /// Hashes at their home slot or after it (linear probing); 0 marks an empty slot (a word whose hash is 0
    /// is stored as 1, and looked up the same way).
    private let slots: [UInt64]
    private let mask: Int
    private let filter: HashBitFilter

    /// The words of a list separated by spaces and line breaks (`USNameLists`), hashed as bytes.
    init(wordsOf list: String) {
        var list = list
        let hashes: [UInt64] = list.withUTF8 { bytes in
            var hashes: [UInt64] = []
            hashes.reserveCapacity(bytes.count / 6)
            var hash = SimHash.fnv1aOffsetBasis
            var inWord = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                    if inWord { hashes.append(hash) }
                    hash = SimHash.fnv1aOffsetBasis
                    inWord = false
                } else {
                    hash = SimHash.fnv1a(continuing: hash, byte: byte)
                    inWord = true
                }
            }
            if inWord { hashes.append(hash) }
            return hashes
        }
        var capacity = 16
        while capacity < hashes.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var filter = HashBitFilter(minimumBits: hashes.count * 8)
        for hash in hashes {
            let stored = Swift.max(hash, 1)
            var slot = Int(truncatingIfNeeded: stored) & (capacity - 1)
            while slots[slot] != 0, slots[slot] != stored { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = stored
            filter.insert(stored)
        }
        self.slots = slots
        self.mask = capacity - 1
        self.filter = filter
    }

    /// Whether the word whose FNV-1a hash is `hash` is in the set (a token's `lowerHash`).
    func contains(hash: UInt64) -> Bool {
        let stored = Swift.max(hash, 1)
        guard filter.mayContain(stored) else { return false }
        var slot = Int(truncatingIfNeeded: stored) & mask
        while slots[slot] != 0 {
            if slots[slot] == stored { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Whether `word` (lowercase) is in the set.
    func contains(_ word: some StringProtocol) -> Bool {
        contains(hash: SimHash.fnv1a(word.utf8))
    }
}
