/// Names seen in one document (element, attribute and namespace prefix names), each converted to a
/// `String` and its HTML traits once; a name's number is a small integer per distinct name, so a page's
/// thousands of `div`, `class` and `href` cost a hash of their bytes instead of a new string and a
/// dictionary lookup each. Used by both of our parsers: `HTMLParser` folds ASCII case, `XMLFastParser`
/// does not.
///
/// Names of up to 8 bytes (nearly all) are looked up first in a direct-mapped cache keyed by the
/// name's bytes packed into one integer; the rest in an open-addressing table (FNV-1a hashes, linear
/// probing, at most half full).
struct InternedNames {
    /// Whether ASCII upper case is folded to lower case (HTML names).
    let foldsCase: Bool
    /// Each name, by number (lower-cased when `foldsCase`).
    private(set) var strings: [String] = []
    /// Each name's HTML traits, by number.
    private(set) var traits: [HTMLTagTraits] = []
    /// The bytes of all distinct names.
    var byteCount: Int { bytes.count }

    private var bytes: [UInt8] = []
    private var entries: [(hash: UInt32, start: Int32, length: Int32)] = []
    /// Slot -> name number, or -1.
    private var slots = [Int32](repeating: -1, count: 64)
    private var cacheKeys = [UInt64](repeating: 0, count: 64)
    private var cacheNumbers = [Int32](repeating: 0, count: 64)

    /// A table holding `names` first, numbered in order.
    init(foldingCase: Bool, _ names: [String] = []) {
        foldsCase = foldingCase
        for name in names { _ = Array(name.utf8).withUnsafeBufferPointer { number(of: $0) } }
    }

    @inline(__always)
    private func folded(_ byte: UInt8) -> UInt8 {
        foldsCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The number of `name`, adding it when new.
    mutating func number(of name: UnsafeBufferPointer<UInt8>) -> Int {
        guard name.count <= 8, !name.isEmpty else { return tableNumber(of: name) }
        var packed: UInt64 = 0
        for byte in name {
            // Distinct names of 1-8 non-zero bytes pack to distinct non-zero keys; others skip the cache.
            if byte == 0 { return tableNumber(of: name) }
            packed = packed << 8 | UInt64(folded(byte))
        }
        let line = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if cacheKeys[line] == packed { return Int(cacheNumbers[line]) }
        let number = tableNumber(of: name)
        cacheKeys[line] = packed
        cacheNumbers[line] = Int32(number)
        return number
    }

    /// `number(of:)` for a name given by pointer and length.
    mutating func intern(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
        number(of: UnsafeBufferPointer(start: start, count: length))
    }

    /// `number(of:)` for a name given as bytes.
    mutating func intern(_ name: [UInt8]) -> Int {
        name.withUnsafeBufferPointer { number(of: $0) }
    }

    private mutating func tableNumber(of name: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name { hash = (hash ^ UInt32(folded(byte))) &* 16_777_619 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, Int(entry.length) == name.count {
                var equal = true
                for offset in 0..<name.count where bytes[Int(entry.start) + offset] != folded(name[offset]) {
                    equal = false
                    break
                }
                if equal { return Int(slots[slot]) }
            }
            slot = (slot + 1) & mask
        }
        let number = entries.count
        let start = bytes.count
        entries.append((hash, Int32(start), Int32(name.count)))
        for byte in name { bytes.append(folded(byte)) }
        let string = String(decoding: bytes[start...], as: UTF8.self)
        strings.append(string)
        traits.append(HTMLTagTraits(name: string))
        slots[slot] = Int32(number)
        if entries.count * 2 > slots.count { rehash() }
        return number
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Int(entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
