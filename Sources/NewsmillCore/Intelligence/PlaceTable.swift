import Foundation

/// The gazetteer's places by exact name: an open-addressing table of line offsets into the TSV's bytes,
/// probed with the 64-bit FNV-1a hash of the name's UTF-8. A line's fields are parsed only when it is
/// looked up, so loading touches each byte about once and makes no string per place.
///
/// Names compare by bytes. The bundled TSV's names are NFC (`testGazetteerNamesAreNFC`), and two Swift
/// strings are equal exactly when their NFC forms are, so a name with non-ASCII scalars is put in NFC
/// before the look-up; the table then finds what a `[String: GazetteerPlace]` keyed by the names would.
/// A name listed twice resolves to its last line, as a dictionary filled line by line would.
struct PlaceTable: Sendable {
    /// The TSV's bytes.
    private let bytes: [UInt8]
    /// Per slot: the FNV-1a hash of the name.
    private let hashes: [UInt64]
    /// Per slot: the offset of the place's line, plus one (0 marks an empty slot).
    private let lines: [Int32]
    private let mask: Int

    /// Indexes `bytes`, the TSV: lines end at a line feed not preceded by a carriage return (as splitting
    /// the text at the character "\n" would); lines starting with "#", lines of fewer than five tab-separated
    /// fields and lines with an empty name are skipped. `visit` sees each indexed line's name and kind.
    init(tsv bytes: [UInt8], visit: (_ name: UnsafeBufferPointer<UInt8>, _ kind: GazetteerPlace.Kind) -> Void) {
        var capacity = 1024
        while capacity < bytes.count / 16 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var lines = [Int32](repeating: 0, count: capacity)
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count < Int(Int32.max) else { return }
            func find(_ byte: UInt8, from: Int, to: Int) -> Int {
                guard from < to, let found = memchr(base + from, Int32(byte), to - from) else { return to }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var lineStart = 0
            while lineStart < buffer.count {
                var lineEnd = find(UInt8(ascii: "\n"), from: lineStart, to: buffer.count)
                while lineEnd < buffer.count, lineEnd > lineStart, buffer[lineEnd - 1] == UInt8(ascii: "\r") {
                    lineEnd = find(UInt8(ascii: "\n"), from: lineEnd + 1, to: buffer.count)
                }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, buffer[lineStart] != UInt8(ascii: "#") else { continue }
                guard let fields = Self.fields(of: lineStart..<lineEnd, in: buffer), !fields.name.isEmpty else { continue }
                let name = UnsafeBufferPointer(rebasing: buffer[fields.name])
                visit(name, Self.kind(fields.kind, in: buffer))
                if (count + 1) * 2 > capacity {
                    Self.grow(&hashes, &lines, in: buffer)
                    capacity = hashes.count
                }
                let hash = SimHash.fnv1a(name)
                var slot = Self.slot(hash, mask: capacity - 1)
                while lines[slot] != 0 {
                    if hashes[slot] == hash, Self.name(atLine: Int(lines[slot]) - 1, in: buffer, equals: name) { break }
                    slot = (slot + 1) & (capacity - 1)
                }
                if lines[slot] == 0 { count += 1 }
                hashes[slot] = hash
                lines[slot] = Int32(lineStart + 1)
            }
        }
        self.bytes = bytes
        self.hashes = hashes
        self.lines = lines
        mask = capacity - 1
    }

    /// The place named exactly `name`.
    func place(named name: String) -> GazetteerPlace? {
        guard !name.isEmpty else { return nil }
        var key = name
        if !key.utf8.allSatisfy({ $0 < 0x80 }) { key = key.precomposedStringWithCanonicalMapping }
        return key.withUTF8 { name in
            bytes.withUnsafeBufferPointer { buffer -> GazetteerPlace? in
                let hash = SimHash.fnv1a(name)
                var slot = Self.slot(hash, mask: mask)
                while lines[slot] != 0 {
                    let line = Int(lines[slot]) - 1
                    if hashes[slot] == hash, Self.name(atLine: line, in: buffer, equals: name) {
                        return Self.place(atLine: line, in: buffer)
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// The names whose place is a country.
    func countryNames() -> Set<String> {
        bytes.withUnsafeBufferPointer { buffer in
            var names: Set<String> = []
            for slot in lines.indices where lines[slot] != 0 {
                // An indexed line has five fields, so its kind field ends at a tab: "C" then a tab.
                let line = Int(lines[slot]) - 1
                let nameEnd = Self.find(UInt8(ascii: "\t"), from: line, to: buffer.count, in: buffer)
                guard nameEnd + 2 < buffer.count, buffer[nameEnd + 1] == UInt8(ascii: "C"),
                      buffer[nameEnd + 2] == UInt8(ascii: "\t") else { continue }
                names.insert(String(decoding: UnsafeBufferPointer(rebasing: buffer[line..<nameEnd]), as: UTF8.self))
            }
            return names
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
    }

    private static func grow(_ hashes: inout [UInt64], _ lines: inout [Int32], in buffer: UnsafeBufferPointer<UInt8>) {
        let capacity = hashes.count * 2
        var newHashes = [UInt64](repeating: 0, count: capacity)
        var newLines = [Int32](repeating: 0, count: capacity)
        for old in lines.indices where lines[old] != 0 {
            var slot = slot(hashes[old], mask: capacity - 1)
            while newLines[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            newHashes[slot] = hashes[old]
            newLines[slot] = lines[old]
        }
        hashes = newHashes
        lines = newLines
    }

    /// The offset of the first `byte` in `from..<to`, or `to`.
    private static func find(_ byte: UInt8, from: Int, to: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard from < to, let base = buffer.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Where the line starting at `start` ends (its line feed, or the end of the text).
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

    private static func name(atLine line: Int, in buffer: UnsafeBufferPointer<UInt8>, equals name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line + name.count < buffer.count, buffer[line + name.count] == UInt8(ascii: "\t") else { return false }
        return memcmp(buffer.baseAddress! + line, name.baseAddress!, name.count) == 0
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
