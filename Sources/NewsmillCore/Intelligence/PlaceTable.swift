import Foundation

/// The gazetteer's places by exact name: the offsets of the TSV's lines in the byte order of their
/// names, searched by bisection. A line's fields are parsed only when it is looked up, so loading makes
/// no string per place and no hash table: it finds each line's end (`memchr`) and first four tabs and
/// checks that the names come in increasing byte order, which the build script's sorted, one-line-per-
/// name output does; only a file that is not in that order is sorted here. The bisection compares each
/// name's first eight bytes as one integer (`prefixKey`) and reads the bytes only when those are equal.
///
/// Names compare by bytes. The bundled TSV's names are NFC (`testGazetteerNamesAreNFC`), and two Swift
/// strings are equal exactly when their NFC forms are, so a name with non-ASCII scalars is put in NFC
/// before the look-up; the table then finds what a `[String: GazetteerPlace]` keyed by the names would.
/// A name listed twice resolves to its last line, as a dictionary filled line by line would.
struct PlaceTable: Sendable {
    /// The TSV's bytes (for the bundled file, mapped from it, so only the pages read are loaded).
    private let bytes: Data
    /// One entry per indexed name, in increasing byte order of the names.
    private let entries: [Entry]
    /// The FNV-1a hash of every indexed name, about eight bits per name: most names looked up are no
    /// place, and the filter says so without the bisection's cache misses.
    private let filter: HashBitFilter

    /// An indexed name: its first eight bytes as a big-endian integer, zero-padded (so integer order is
    /// the bytes' order, up to ties), where its line starts (the name opens the line) and its length.
    private struct Entry: Sendable {
        var prefixKey: UInt64
        var lineStart: Int32
        var nameLength: Int32
    }

    /// The names of the indexed lines whose kind is country, in the order of the lines (a name listed
    /// twice is here twice).
    let countryLineNames: [String]

    /// Indexes `bytes`, the TSV: lines end at a line feed not preceded by a carriage return (as splitting
    /// the text at the character "\n" would); lines starting with "#", lines of fewer than five tab-separated
    /// fields and lines with an empty name are skipped.
    init(tsv bytes: Data) {
        self.bytes = bytes
        let (entries, countryLineNames) = Self.withBytes(of: bytes) { Self.index($0) }
        self.entries = entries
        self.countryLineNames = countryLineNames
        var filter = HashBitFilter(minimumBits: entries.count * 8)
        Self.withBytes(of: bytes) { buffer in
            for entry in entries { filter.insert(SimHash.fnv1a(Self.name(of: entry, in: buffer))) }
        }
        self.filter = filter
    }

    /// The entries of the TSV's indexed lines, in name order, and the names of its country lines (see
    /// `init(tsv:)`).
    private static func index(_ buffer: UnsafeBufferPointer<UInt8>) -> (entries: [Entry], countryLineNames: [String]) {
        guard buffer.count < Int(Int32.max) else { return ([], []) }
        var entries: [Entry] = []
        var countryLineNames: [String] = []
        var inOrder = true
        entries.reserveCapacity(buffer.count / 24)
        var lineStart = 0
        while lineStart < buffer.count {
            let lineEnd = lineEnd(from: lineStart, in: buffer)
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart, buffer[lineStart] != UInt8(ascii: "#"),
                  let ends = nameAndKindEnds(of: lineStart..<lineEnd, in: buffer), ends.name > lineStart else { continue }
            let name = UnsafeBufferPointer(rebasing: buffer[lineStart..<ends.name])
            if kind((ends.name + 1)..<ends.kind, in: buffer) == .country {
                countryLineNames.append(String(decoding: name, as: UTF8.self))
            }
            let entry = Entry(prefixKey: prefixKey(name), lineStart: Int32(lineStart), nameLength: Int32(name.count))
            if inOrder, let previous = entries.last {
                inOrder = compare(previous, entry, in: buffer) < 0
            }
            entries.append(entry)
        }
        if !inOrder { sortKeepingLastLine(&entries, in: buffer) }
        return (entries, countryLineNames)
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
        let nameEnd = find(UInt8(ascii: "\t"), from: line.lowerBound, to: line.upperBound, in: buffer)
        let kindEnd = find(UInt8(ascii: "\t"), from: nameEnd + 1, to: line.upperBound, in: buffer)
        let codeEnd = find(UInt8(ascii: "\t"), from: kindEnd + 1, to: line.upperBound, in: buffer)
        let latitudeEnd = find(UInt8(ascii: "\t"), from: codeEnd + 1, to: line.upperBound, in: buffer)
        return latitudeEnd < line.upperBound ? (nameEnd, kindEnd) : nil
    }

    /// The first eight bytes of a name as a big-endian integer, zero-padded.
    @inline(__always)
    private static func prefixKey(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = name.baseAddress else { return 0 }
        if name.count >= 8 { return UInt64(bigEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var key: UInt64 = 0
        for offset in 0..<name.count { key |= UInt64(name[offset]) << UInt64(56 - 8 * offset) }
        return key
    }

    /// Orders the entries by name bytes and keeps, of equal names, the one of the latest line.
    private static func sortKeepingLastLine(_ entries: inout [Entry], in buffer: UnsafeBufferPointer<UInt8>) {
        // Equal names in line order, so the last of a run is the latest line.
        let ordered = entries.sorted { left, right in
            let comparison = compare(left, right, in: buffer)
            return comparison < 0 || (comparison == 0 && left.lineStart < right.lineStart)
        }
        entries = ordered.indices.compactMap { position in
            position + 1 < ordered.count && compare(ordered[position], ordered[position + 1], in: buffer) == 0
                ? nil : ordered[position]
        }
    }

    /// Byte-wise comparison of two entries' names (so UTF-8 names order as their code points do):
    /// negative, zero or positive.
    @inline(__always)
    private static func compare(_ left: Entry, _ right: Entry, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        if left.prefixKey != right.prefixKey { return left.prefixKey < right.prefixKey ? -1 : 1 }
        return compare(name(of: left, in: buffer), name(of: right, in: buffer))
    }

    /// Byte-wise comparison of two names: negative, zero or positive.
    @inline(__always)
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress {
            let result = memcmp(leftBase, rightBase, common)
            if result != 0 { return Int(result) }
        }
        return left.count - right.count
    }

    @inline(__always)
    private static func name(of entry: Entry, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[Int(entry.lineStart)..<(Int(entry.lineStart) + Int(entry.nameLength))])
    }

    /// The place named exactly `name`.
    func place(named name: String) -> GazetteerPlace? {
        guard !name.isEmpty else { return nil }
        var key = name
        let isASCII = key.withUTF8 { utf8 in !utf8.contains(where: { $0 >= 0x80 }) }
        if !isASCII { key = key.precomposedStringWithCanonicalMapping }
        return key.withUTF8 { place(namedBytes: $0) }
    }

    /// The place whose name is exactly these (NFC) UTF-8 bytes.
    func place(namedBytes name: UnsafeBufferPointer<UInt8>) -> GazetteerPlace? {
        guard let line = lineStart(ofName: name) else { return nil }
        return Self.withBytes(of: bytes) { Self.place(atLine: line, in: $0) }
    }

    /// Whether a place is named exactly these (NFC) UTF-8 bytes.
    func contains(namedBytes name: UnsafeBufferPointer<UInt8>) -> Bool {
        lineStart(ofName: name) != nil
    }

    /// The offset of the line of the place named `name`, by bisection over the sorted names.
    private func lineStart(ofName name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !name.isEmpty else { return nil }
        guard filter.mayContain(SimHash.fnv1a(name)) else { return nil }
        let key = Self.prefixKey(name)
        return Self.withBytes(of: bytes) { buffer -> Int? in
            entries.withUnsafeBufferPointer { entries in
                var low = 0
                var high = entries.count
                while low < high {
                    let middle = (low + high) >> 1
                    let entry = entries[middle]
                    let comparison = entry.prefixKey != key
                        ? (entry.prefixKey < key ? -1 : 1) : Self.compare(Self.name(of: entry, in: buffer), name)
                    if comparison < 0 {
                        low = middle + 1
                    } else if comparison > 0 {
                        high = middle
                    } else {
                        return Int(entry.lineStart)
                    }
                }
                return nil
            }
        }
    }

    /// The names whose place is a country.
    func countryNames() -> Set<String> {
        Self.withBytes(of: bytes) { buffer in
            var names: Set<String> = []
            for entry in entries {
                // An indexed line has five fields, so its kind field ends at a tab: "C" then a tab.
                let nameEnd = Int(entry.lineStart) + Int(entry.nameLength)
                guard buffer[nameEnd + 1] == UInt8(ascii: "C"), buffer[nameEnd + 2] == UInt8(ascii: "\t") else { continue }
                names.insert(String(decoding: Self.name(of: entry, in: buffer), as: UTF8.self))
            }
            return names
        }
    }

    /// The offset of the first `byte` in `from..<to`, or `to`.
    private static func find(_ byte: UInt8, from: Int, to: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard from < to, let base = buffer.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Where the line starting at `start` ends (its line feed, or the end of the text).
    @inline(__always)
    private static func lineEnd(from start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = find(UInt8(ascii: "\n"), from: start, to: buffer.count, in: buffer)
        while end < buffer.count, end > start, buffer[end - 1] == UInt8(ascii: "\r") {
            end = find(UInt8(ascii: "\n"), from: end + 1, to: buffer.count, in: buffer)
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
            let end = find(UInt8(ascii: "\t"), from: fieldStart, to: line.upperBound, in: buffer)
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
