/// A decoding failure: the bytes are not a valid message of this protocol version.
public struct WireError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What was wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

/// Appends values in Newsmill's wire encoding (see docs/protocol.md):
/// unsigned integers as LEB128 varints, signed ones zig-zag encoded, strings and byte strings as a
/// varint length followed by the bytes, optionals as a presence byte (0 or 1) then the value, arrays as
/// a varint count followed by the elements.
public struct WireWriter: Sendable {
    /// The encoded bytes so far.
    public private(set) var bytes: [UInt8]

    /// Creates a writer, reserving `capacity` bytes.
    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends one raw byte.
    public mutating func writeByte(_ value: UInt8) { bytes.append(value) }

    /// Appends an unsigned LEB128 varint.
    public mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a signed integer, zig-zag encoded as a varint.
    public mutating func write(_ value: Int64) {
        write(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Appends a signed integer, zig-zag encoded as a varint.
    public mutating func write(_ value: Int) { write(Int64(value)) }

    /// Appends a boolean as one byte.
    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Appends a double as its 8 IEEE-754 bytes, little-endian.
    public mutating func write(_ value: Double) {
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    /// Appends an optional double: a presence byte, then the 8 bytes.
    public mutating func write(optional value: Double?) {
        guard let value else { return write(false) }
        write(true)
        write(value)
    }

    /// Appends an unsigned integer as exactly 8 bytes, little-endian (for hashes, whose bits are
    /// uniformly spread, so a varint would take 10 bytes).
    public mutating func write(fixed value: UInt64) {
        var bits = value.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    /// Appends a length-prefixed byte string.
    public mutating func write(bytes value: [UInt8]) {
        write(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// Appends a length-prefixed UTF-8 string.
    public mutating func write(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends an optional string.
    public mutating func write(_ value: String?) {
        guard let value else { return write(false) }
        write(true)
        write(value)
    }

    /// Appends an optional signed integer.
    public mutating func write(_ value: Int64?) {
        guard let value else { return write(false) }
        write(true)
        write(value)
    }

    /// Appends an optional signed integer.
    public mutating func write(_ value: Int?) { write(value.map(Int64.init)) }

    /// Appends an array of strings.
    public mutating func write(_ values: [String]) {
        write(UInt64(values.count))
        for value in values { write(value) }
    }

    /// Appends a value that knows its own encoding.
    public mutating func write<T: WireEncodable>(_ value: T) { value.encode(to: &self) }

    /// Appends an optional value that knows its own encoding.
    public mutating func write<T: WireEncodable>(_ value: T?) {
        guard let value else { return write(false) }
        write(true)
        value.encode(to: &self)
    }

    /// Appends an array of values that know their own encoding.
    public mutating func write<T: WireEncodable>(_ values: [T]) {
        write(UInt64(values.count))
        for value in values { value.encode(to: &self) }
    }
}

/// Reads values written by `WireWriter`, checking every length against the bytes left, so a corrupt
/// or hostile message fails with a `WireError` instead of trapping or allocating wildly.
public struct WireReader {
    private let bytes: [UInt8]
    private var position: Int

    /// Creates a reader over `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = 0
    }

    /// True when every byte has been read.
    public var isAtEnd: Bool { position == bytes.count }

    /// Reads one raw byte.
    public mutating func readByte() throws -> UInt8 {
        guard position < bytes.count else { throw WireError("message ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an unsigned LEB128 varint.
    public mutating func readUInt64() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw WireError("varint too long") }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// Reads a zig-zag encoded signed integer.
    public mutating func readInt64() throws -> Int64 {
        let raw = try readUInt64()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// Reads a zig-zag encoded signed integer that must fit an `Int`.
    public mutating func readInt() throws -> Int {
        let value = try readInt64()
        guard let result = Int(exactly: value) else { throw WireError("integer out of range") }
        return result
    }

    /// Reads a boolean byte (0 or 1).
    public mutating func readBool() throws -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        case let other: throw WireError("invalid boolean byte \(other)")
        }
    }

    /// Reads an IEEE-754 double.
    public mutating func readDouble() throws -> Double {
        guard bytes.count - position >= 8 else { throw WireError("message ends early") }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += 8
        return Double(bitPattern: bits)
    }

    /// Reads an optional double.
    public mutating func readOptionalDouble() throws -> Double? {
        try readBool() ? try readDouble() : nil
    }

    /// Reads an unsigned integer written as 8 bytes, little-endian.
    public mutating func readFixedUInt64() throws -> UInt64 {
        guard bytes.count - position >= 8 else { throw WireError("message ends early") }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += 8
        return value
    }

    /// Reads a length that must fit in what is left of the message.
    private mutating func readLength() throws -> Int {
        let length = try readUInt64()
        guard length <= UInt64(bytes.count - position) else {
            throw WireError("length \(length) exceeds the \(bytes.count - position) bytes left")
        }
        return Int(length)
    }

    /// Reads a length-prefixed byte string.
    public mutating func readBytes() throws -> [UInt8] {
        let length = try readLength()
        defer { position += length }
        return Array(bytes[position..<(position + length)])
    }

    /// Reads a length-prefixed UTF-8 string (invalid UTF-8 is repaired with U+FFFD).
    public mutating func readString() throws -> String {
        let length = try readLength()
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// Reads an optional string.
    public mutating func readOptionalString() throws -> String? {
        try readBool() ? try readString() : nil
    }

    /// Reads an optional signed integer.
    public mutating func readOptionalInt64() throws -> Int64? {
        try readBool() ? try readInt64() : nil
    }

    /// Reads an optional signed integer that must fit an `Int`.
    public mutating func readOptionalInt() throws -> Int? {
        try readBool() ? try readInt() : nil
    }

    /// Reads a count of elements, each taking at least one byte.
    public mutating func readCount() throws -> Int {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - position) else { throw WireError("count \(count) too large") }
        return Int(count)
    }

    /// Reads an array of strings.
    public mutating func readStrings() throws -> [String] {
        let count = try readCount()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }

    /// Reads a value that knows its own encoding.
    public mutating func read<T: WireDecodable>(_ type: T.Type) throws -> T { try T(from: &self) }

    /// Reads an optional value that knows its own encoding.
    public mutating func readOptional<T: WireDecodable>(_ type: T.Type) throws -> T? {
        try readBool() ? try T(from: &self) : nil
    }

    /// Reads an array of values that know their own encoding.
    public mutating func readArray<T: WireDecodable>(_ type: T.Type) throws -> [T] {
        let count = try readCount()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try T(from: &self)) }
        return values
    }

    /// Fails unless every byte was consumed.
    public func expectEnd() throws {
        guard isAtEnd else { throw WireError("\(bytes.count - position) unexpected trailing bytes") }
    }
}

/// A type with a wire encoding.
public protocol WireEncodable {
    /// Appends this value to `writer`.
    func encode(to writer: inout WireWriter)
}

/// A type that can be read from its wire encoding.
public protocol WireDecodable {
    /// Reads a value from `reader`.
    init(from reader: inout WireReader) throws
}

/// A type with a wire encoding in both directions.
public typealias WireCodable = WireEncodable & WireDecodable
