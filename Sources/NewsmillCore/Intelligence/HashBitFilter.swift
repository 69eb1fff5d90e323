/// A one-hash bit filter over 64-bit hashes: a clear bit proves a hash was never inserted. Word-list and
/// gazetteer look-ups ask it first, since most words are in neither and this small array answers "no"
/// without touching the large tables, whose random probes miss the caches.
struct HashBitFilter: Sendable {
    private var words: [UInt64]
    /// `64 - log2(bit count)`: a hash's bit is the top bits of the hash times a constant.
    private let shift: UInt64

    /// A filter of at least `minimumBits` bits (rounded up to a power of two, at least 64).
    init(minimumBits: Int) {
        var bits = 64
        while bits < minimumBits { bits *= 2 }
        words = [UInt64](repeating: 0, count: bits / 64)
        shift = UInt64(64 - bits.trailingZeroBitCount)
    }

    @inline(__always)
    private func bit(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    mutating func insert(_ hash: UInt64) {
        let bit = bit(of: hash)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False only when `hash` was never inserted.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = bit(of: hash)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
