import Foundation
import GRDB

/// The full result of `ArticleStore.query(_:)`.
public struct QueryResult: Sendable, Hashable {
    /// The column names, in order.
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[QueryValue]]

    /// Creates a result.
    public init(columns: [String], rows: [[QueryValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// One SQLite value, by storage class.
public enum QueryValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// An INTEGER.
    case integer(Int64)
    /// A REAL.
    case real(Double)
    /// A TEXT.
    case text(String)
    /// A BLOB.
    case blob([UInt8])

    /// Creates a value from GRDB's.
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case let .int64(integer): self = .integer(integer)
        case let .double(real): self = .real(real)
        case let .string(text): self = .text(text)
        case let .blob(data): self = .blob([UInt8](data))
        }
    }

    /// The value as text for tables and CSV: `""` for NULL, decimal for numbers (a REAL in Swift's
    /// shortest round-trip form, e.g. `2.5`, `1e-07`), the text itself, and a BLOB as lowercase hex.
    public var text: String {
        switch self {
        case .null: return ""
        case let .integer(integer): return String(integer)
        case let .real(real): return String(real)
        case let .text(text): return text
        case let .blob(bytes): return Self.hex(bytes)
        }
    }

    /// The value for `JSONSerialization`: `NSNull`, `Int64`, `Double`, `String`; a BLOB as a lowercase
    /// hex string, and an infinite REAL (which JSON cannot hold) as the string `"inf"`/`"-inf"`.
    public var jsonValue: Any {
        switch self {
        case .null: return NSNull()
        case let .integer(integer): return integer
        case let .real(real): return real.isFinite ? real : String(real)
        case let .text(text): return text
        case let .blob(bytes): return Self.hex(bytes)
        }
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
