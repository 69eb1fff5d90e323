/// Finds where CSV records end, one byte at a time, following RFC 4180 section 2: a record ends at a
/// line break (LF, or CRLF) outside a quoted field; a field is quoted when its first byte is `"`, a
/// quoted field may hold delimiters and line breaks, and `""` inside it is one quote.
///
/// Real exports bend the grammar, and the scanner is lenient where RFC 4180 leaves a reader guessing:
/// a `"` that does not open a field is an ordinary byte, and bytes after a closing quote are taken as
/// they come. The same rules are used to cut large exports into chunks (`NewsmillInputs`) and to split
/// records into fields (`CSVParser`), so both agree on every record boundary.
public struct CSVRecordScanner: Sendable {
    /// Where the scanner stands.
    private enum State: Sendable {
        /// At the first byte of a field.
        case fieldStart
        /// Inside an unquoted field (or after a quoted field's closing quote).
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a `"` inside a quoted field: the field's end, or the first half of `""`.
        case quoteInQuoted
    }

    /// The field delimiter: `,`, tab or `;`.
    public let delimiter: UInt8
    private var state = State.fieldStart

    /// A scanner at the start of a record.
    public init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// Whether the scanner is inside a quoted field (a line break there does not end the record).
    public var isInsideQuotes: Bool {
        if case .quoted = state { return true }
        return false
    }

    /// Takes the next byte; true when it is the line feed that ends the current record.
    @inline(__always)
    public mutating func consume(_ byte: UInt8) -> Bool {
        switch state {
        case .quoted:
            if byte == 0x22 { state = .quoteInQuoted }
            return false
        case .quoteInQuoted:
            if byte == 0x22 {
                state = .quoted
                return false
            }
            state = .unquoted
            return consumeOutside(byte)
        case .fieldStart:
            if byte == 0x22 {
                state = .quoted
                return false
            }
            return consumeOutside(byte)
        case .unquoted:
            return consumeOutside(byte)
        }
    }

    @inline(__always)
    private mutating func consumeOutside(_ byte: UInt8) -> Bool {
        if byte == 0x0A {
            state = .fieldStart
            return true
        }
        if byte == delimiter {
            state = .fieldStart
        } else if byte != 0x0D {
            state = .unquoted
        }
        return false
    }

    /// Forgets any open quote: the next byte starts a new record (after a damaged record was skipped).
    public mutating func reset() {
        state = .fieldStart
    }
}

/// Splits CSV text (UTF-8 bytes) into records and fields, by `CSVRecordScanner`'s rules (RFC 4180).
public enum CSVParser {
    /// One record as read.
    public struct Record: Sendable, Equatable {
        /// The fields, unquoted (`""` inside a quoted field read as `"`), not trimmed.
        public var fields: [String]
        /// The byte range of the record in the input, without its line break.
        public var range: Range<Int>
        /// How many line breaks come before the record in the input (its line number minus one,
        /// counted from the start of the input).
        public var lineOffset: Int
        /// Why the record is malformed (a quoted field not closed before the end of the input), or nil.
        public var problem: String?
        /// Whether the record holds nothing (an empty line).
        public var isBlank: Bool { fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
    }

    /// Calls `body` with each record of `bytes[start...]` in order, stopping when it returns false.
    public static func forEachRecord(
        in bytes: [UInt8], from start: Int = 0, delimiter: UInt8, _ body: (Record) -> Bool
    ) {
        var scanner = CSVRecordScanner(delimiter: delimiter)
        var recordStart = start
        var lines = 0
        var recordLine = 0
        var index = start
        let count = bytes.count
        while index < count {
            if scanner.consume(bytes[index]) {
                if !body(record(bytes, recordStart..<index, delimiter: delimiter, lineOffset: recordLine, closed: true)) { return }
                recordStart = index + 1
                lines += 1
                recordLine = lines
            } else if bytes[index] == 0x0A {
                lines += 1
            }
            index += 1
        }
        if recordStart < count {
            _ = body(record(bytes, recordStart..<count, delimiter: delimiter, lineOffset: recordLine, closed: !scanner.isInsideQuotes))
        }
    }

    /// The fields of one record's bytes (without its line break).
    static func record(_ bytes: [UInt8], _ range: Range<Int>, delimiter: UInt8, lineOffset: Int, closed: Bool) -> Record {
        var end = range.upperBound
        if closed, end > range.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
        var fields: [String] = []
        var field: [UInt8] = []
        var index = range.lowerBound
        var quoted = false
        var atFieldStart = true
        while index < end {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < end, bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == delimiter {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                index += 1
                continue
            } else if byte == 0x22 && atFieldStart {
                quoted = true
            } else {
                field.append(byte)
            }
            atFieldStart = false
            index += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        let problem = closed ? nil : "a quoted field is not closed before the end of the input"
        return Record(fields: fields, range: range.lowerBound..<end, lineOffset: lineOffset, problem: problem)
    }
}
