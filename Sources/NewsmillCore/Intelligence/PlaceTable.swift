import Foundation

/// The gazetteer's places by exact name: an open-addressing hash table over the TSV's lines, keyed by
/// the FNV-1a hash of each line's name. A line's fields are parsed only when it is looked up, so loading
/// makes no string per place: it finds each line's end (`memchr`) and first four tabs, hashes the name
/// and puts the line's offset in the table. A look-up reads one slot (and its neighbours, in the same
/// cache line mostly) and the one line whose hash matches, where a bisection over the sorted names
/// would read a dozen places of a megabyte-sized index, most of them cache misses.
///
/// Names compare by bytes. The bundled TSV's names are NFC (`testGazetteerNamesAreNFC`), and two Swift
/// strings are equal exactly when their NFC forms are, so a name with non-ASCII scalars is put in NFC
/// before the look-up; the table then finds what a `[String: GazetteerPlace]` keyed by the names would.
/// A name listed twice resolves to its last line, as a dictionary filled line by line would.
struct PlaceTable: Sendable {
    /// The TSV's bytes (for the bundled file, mapped from it, so only the pages read are loaded).
    private let bytes: Data
    /// Per slot: 0 when empty, else the upper 32 bits of the name's FNV-1a hash (high half) and the
    /// offset of its line plus one (low half). A slot's index is the hash's lower bits (`slotIndex`).
    private let slots: [UInt64]
    /// `slots.count - 1` (a power of two minus one).
    private let mask: Int
    /// The FNV-1a hash of every indexed name, about eight bits per name: most names looked up are no
    /// place, and the filter says so from a small array, without reading the large slot array.
    private let filter: HashBitFilter

    /// The names of the indexed lines whose kind is country, in the order of the lines (a name listed
    /// twice is here twice).
    let countryLineNames: [String]
    /// Where the names of those lines are in `bytes`.
    private let countryLineNameRanges: [Range<Int>]

    /// Indexes `bytes`, the TSV: lines end at a line feed not preceded by a carriage return (as splitting
    /// the text at the character "\n" would); lines starting with "#", lines of fewer than five tab-separated
    /// fields and lines with an empty name are skipped.
    init(tsv bytes: Data) {
        self.bytes = bytes
        let (lines, countryLineNameRanges) = Self.withBytes(of: bytes) { Self.indexedLines($0) }
        self.countryLineNameRanges = countryLineNameRanges
        countryLineNames = Self.withBytes(of: bytes) { buffer in
            countryLineNameRanges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
        var capacity = 16
        // At most five names per eight slots: probes stay short and mostly within one cache line.
        while capacity * 5 < lines.count * 8 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var filter = HashBitFilter(minimumBits: lines.count * 8)
        Self.withBytes(of: bytes) { buffer in
            for line in lines {
                filter.insert(line.hash)
                let name = UnsafeBufferPointer(rebasing: buffer[Int(line.start)..<Int(line.nameEnd)])
                var slot = Self.slotIndex(line.hash, mask: mask)
                let entry = Self.fingerprint(line.hash) << 32 | (UInt64(line.start) + 1)
                // A name listed again takes the later line's place, as a dictionary filled line by line.
                while slots[slot] != 0, !Self.slot(slots[slot], holds: name, hash: line.hash, in: buffer) {
                    slot = (slot + 1) & mask
                }
                slots[slot] = entry
            }
        }
        self.slots = slots
        self.mask = mask
        self.filter = filter
    }

    /// An indexed line: where it starts, where its name ends (the first tab) and the name's FNV-1a hash.
    private struct IndexedLine {
        var hash: UInt64
        var start: Int32
        var nameEnd: Int32
    }

    /// The TSV's indexed lines (see `init(tsv:)`), in file order, and where the names of those whose
    /// kind is country are.
    private static func indexedLines(_ buffer: UnsafeBufferPointer<UInt8>) -> (lines: [IndexedLine], countryLineNames: [Range<Int>]) {
        guard buffer.count < Int(Int32.max) else { return ([], []) }
        var lines: [IndexedLine] = []
        var countryLineNames: [Range<Int>] = []
        lines.reserveCapacity(buffer.count / 24)
        var lineStart = 0
        while lineStart < buffer.count {
            let lineEnd = lineEnd(from: lineStart, in: buffer)
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart, buffer[lineStart] != UInt8(ascii: "#"),
                  let ends = nameAndKindEnds(of: lineStart..<lineEnd, in: buffer), ends.name > lineStart else { continue }
            let name = UnsafeBufferPointer(rebasing: buffer[lineStart..<ends.name])
            if kind((ends.name + 1)..<ends.kind, in: buffer) == .country {
                countryLineNames.append(lineStart..<ends.name)
            }
            lines.append(IndexedLine(hash: SimHash.fnv1a(name), start: Int32(lineStart), nameEnd: Int32(ends.name)))
        }
        return (lines, countryLineNames)
    }

    /// Calls `body` with the bytes of `data`.
    @inline(__always)
    private static func withBytes<Result>(of data: Data, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        data.withUnsafeBytes { raw in body(raw.bindMemory(to: UInt8.self)) }
    }

    /// The ends of the name and kind fields (their tabs) of a line with at least five tab-separated
    /// fields, or nil when it has fewer.
    @inline(__always)
    private static func nameAndKindEnds(of line: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> (name: Int, kind: Int)? {
        let nameEnd = buffer.firstOffset(of: UInt8(ascii: "\t"), from: line.lowerBound, to: line.upperBound)
        let kindEnd = buffer.firstOffset(of: UInt8(ascii: "\t"), from: nameEnd + 1, to: line.upperBound)
        let codeEnd = buffer.firstOffset(of: UInt8(ascii: "\t"), from: kindEnd + 1, to: line.upperBound)
        let latitudeEnd = buffer.firstOffset(of: UInt8(ascii: "\t"), from: codeEnd + 1, to: line.upperBound)
        return latitudeEnd < line.upperBound ? (nameEnd, kindEnd) : nil
    }

    /// The slot where the probe for a name with this hash starts.
    @inline(__always)
    private static func slotIndex(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash) & mask
    }

    /// The part of a name's hash a slot keeps.
    @inline(__always)
    private static func fingerprint(_ hash: UInt64) -> UInt64 {
        hash >> 32
    }

    /// The offset of the line a non-empty slot points to.
    @inline(__always)
    private static func lineStart(of slot: UInt64) -> Int {
        Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
    }

    /// Whether a non-empty slot is the line of `name` (whose hash is `hash`): the fingerprints agree and
    /// the line starts with the name's bytes and a tab. (A name with a tab is in no slot: an indexed
    /// name ends at its line's first tab.)
    @inline(__always)
    private static func slot(_ slot: UInt64, holds name: UnsafeBufferPointer<UInt8>, hash: UInt64, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard slot >> 32 == fingerprint(hash) else { return false }
        let start = lineStart(of: slot)
        guard start + name.count < buffer.count, buffer[start + name.count] == UInt8(ascii: "\t"),
              let lineBase = buffer.baseAddress, let nameBase = name.baseAddress,
              memcmp(lineBase + start, nameBase, name.count) == 0 else { return false }
        return memchr(nameBase, Int32(UInt8(ascii: "\t")), name.count) == nil
    }

    /// The place named exactly `name`.
    func place(named name: String) -> GazetteerPlace? {
        withKey(of: name) { place(namedBytes: $0) } ?? nil
    }

    /// Whether a place is named `name` (NFC-normalised), without reading the place's line.
    func contains(named name: String) -> Bool {
        withKey(of: name) { contains(namedBytes: $0) } ?? false
    }

    /// `body` called with the table's key for `name`: its UTF-8 bytes, NFC-normalised unless ASCII; nil for an
    /// empty name.
    @inline(__always)
    private func withKey<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard !name.isEmpty else { return nil }
        var key = name
        let isASCII = key.withUTF8 { utf8 in !utf8.contains(where: { $0 >= 0x80 }) }
        if !isASCII, !Self.isNFCByItsScalars(key) { key = key.precomposedStringWithCanonicalMapping }
        return key.withUTF8(body)
    }

    /// Whether `name` is in NFC by the look of each scalar alone: every one is below U+0300 (Latin letters with
    /// their accents precomposed, "Příhoda") or general punctuation U+2010 to U+2027 (dashes, curly quotes,
    /// "We’d"). No such scalar combines with another or decomposes under NFC, so the text is its own NFC form and
    /// Foundation's normalisation, which costs more than the look-up, is skipped for the names most often asked.
    private static func isNFCByItsScalars(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }
    }

    /// The place whose name is exactly these (NFC) UTF-8 bytes.
    func place(namedBytes name: UnsafeBufferPointer<UInt8>) -> GazetteerPlace? {
        guard let line = lineStart(ofName: name) else { return nil }
        return Self.withBytes(of: bytes) { Self.place(atLine: line, in: $0) }
    }

    /// The kind of the place named `name` (NFC-normalised), from its line's kind field alone: no country code or
    /// coordinates are parsed (`place(named:)`'s kind, for the many tests that ask only that).
    func kind(named name: String) -> GazetteerPlace.Kind? {
        withKey(of: name) { key -> GazetteerPlace.Kind? in
            guard let line = lineStart(ofName: key) else { return nil }
            return Self.withBytes(of: bytes) { buffer in
                // An indexed line has five fields: its kind field starts after the name's tab and ends at a tab.
                let start = line + key.count + 1
                let tab = UInt8(ascii: "\t")
                return buffer[start] != tab && buffer[start + 1] == tab ? Self.kind(start..<(start + 1), in: buffer) : .ambiguous
            }
        } ?? nil
    }

    /// Whether a place is named exactly these (NFC) UTF-8 bytes.
    func contains(namedBytes name: UnsafeBufferPointer<UInt8>) -> Bool {
        lineStart(ofName: name) != nil
    }

    /// False only when no place is named by bytes with this FNV-1a hash (`SimHash.fnv1a`): the table's
    /// bit filter, for callers that screen many names in one pass (`Gazetteer.certainlyNoPlace`).
    @inline(__always)
    func mayContainName(hash: UInt64) -> Bool {
        filter.mayContain(hash)
    }

    /// The offset of the line of the place named `name`.
    private func lineStart(ofName name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !name.isEmpty else { return nil }
        let hash = SimHash.fnv1a(name)
        guard filter.mayContain(hash) else { return nil }
        return Self.withBytes(of: bytes) { buffer -> Int? in
            slots.withUnsafeBufferPointer { slots in
                var slot = Self.slotIndex(hash, mask: mask)
                while slots[slot] != 0 {
                    if Self.slot(slots[slot], holds: name, hash: hash, in: buffer) { return Self.lineStart(of: slots[slot]) }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// The names whose place is a country: the country lines' names whose last line (the one the table
    /// keeps) is a country's.
    func countryNames() -> Set<String> {
        Self.withBytes(of: bytes) { buffer in
            var names: Set<String> = []
            for range in countryLineNameRanges {
                let name = UnsafeBufferPointer(rebasing: buffer[range])
                guard let line = lineStart(ofName: name) else { continue }
                // An indexed line has five fields, so its kind field ends at a tab: "C" then a tab.
                let nameEnd = line + name.count
                if buffer[nameEnd + 1] == UInt8(ascii: "C"), buffer[nameEnd + 2] == UInt8(ascii: "\t") {
                    names.insert(String(decoding: name, as: UTF8.self))
                }
            }
            return names
        }
    }

    /// Where the line starting at `start` ends (its line feed, or the end of the text).
    @inline(__always)
    private static func lineEnd(from start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = buffer.firstOffset(of: UInt8(ascii: "\n"), from: start, to: buffer.count)
        while end < buffer.count, end > start, buffer[end - 1] == UInt8(ascii: "\r") {
            end = buffer.firstOffset(of: UInt8(ascii: "\n"), from: end + 1, to: buffer.count)
        }
        return end
    }

    /// The first five tab-separated fields of a line, or nil when it has fewer.
    private static func fields(
        of line: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>
    ) -> (name: Range<Int>, kind: Range<Int>, code: Range<Int>, latitude: Range<Int>, longitude: Range<Int>)? {
        var ends = (0, 0, 0, 0, 0)
        var fieldStart = line.lowerBound
        for field in 0..<5 {
            let end = buffer.firstOffset(of: UInt8(ascii: "\t"), from: fieldStart, to: line.upperBound)
            switch field {
            case 0: ends.0 = end
            case 1: ends.1 = end
            case 2: ends.2 = end
            case 3: ends.3 = end
            default: ends.4 = end
            }
            if end == line.upperBound, field < 4 { return nil }
            fieldStart = end + 1
        }
        return (line.lowerBound..<ends.0, (ends.0 + 1)..<ends.1, (ends.1 + 1)..<ends.2, (ends.2 + 1)..<ends.3,
                (ends.3 + 1)..<ends.4)
    }

    private static func kind(_ field: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> GazetteerPlace.Kind {
        switch field.count == 1 ? buffer[field.lowerBound] : 0 {
        case UInt8(ascii: "C"): return .country
        case UInt8(ascii: "S"): return .state
        case UInt8(ascii: "P"): return .city
        case UInt8(ascii: "T"): return .town
        default: return .ambiguous
        }
    }

    private static func place(atLine line: Int, in buffer: UnsafeBufferPointer<UInt8>) -> GazetteerPlace {
        // Indexed lines have five fields.
        guard let fields = fields(of: line..<lineEnd(from: line, in: buffer), in: buffer) else {
            return GazetteerPlace(kind: .ambiguous)
        }
        return GazetteerPlace(
            kind: kind(fields.kind, in: buffer),
            countryCode: fields.code.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: buffer[fields.code]), as: UTF8.self),
            latitude: Gazetteer.parseDouble(UnsafeBufferPointer(rebasing: buffer[fields.latitude])),
            longitude: Gazetteer.parseDouble(UnsafeBufferPointer(rebasing: buffer[fields.longitude]))
        )
    }
}
