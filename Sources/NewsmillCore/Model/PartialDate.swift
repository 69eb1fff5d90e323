/// How much of a date is known.
public enum DatePrecision: String, Sendable, Codable, CaseIterable, Comparable {
    case year, month, day, minute, second

    private var rank: Int {
        switch self {
        case .year: 0
        case .month: 1
        case .day: 2
        case .minute: 3
        case .second: 4
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A date known to some precision, kept in ISO 8601 form.
///
/// `value` is `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MMZ` or `YYYY-MM-DDTHH:MM:SSZ` (UTC),
/// matching `precision`. This sorts correctly as text in SQLite.
public struct PartialDate: Sendable, Hashable, Codable {
    /// The ISO 8601 text, in UTC when it carries a time.
    public var value: String
    /// How much of `value` is known.
    public var precision: DatePrecision

    /// Creates a date from its ISO text and precision (not validated).
    public init(value: String, precision: DatePrecision) {
        self.value = value
        self.precision = precision
    }

    /// Creates a date from components; a component after the first `nil` is ignored.
    public init?(year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil, second: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        // The components in order, each checked, up to the first nil (hour and minute go together).
        var precision = DatePrecision.year
        if let month {
            guard (1...12).contains(month) else { return nil }
            precision = .month
            if let day {
                guard (1...31).contains(day) else { return nil }
                precision = .day
                if let hour, let minute {
                    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
                    precision = .minute
                    if let second {
                        guard (0...60).contains(second) else { return nil }
                        precision = .second
                    }
                }
            }
        }
        // The ISO text written as bytes into one string (at most "YYYY-MM-DDTHH:MM:SSZ", 20 bytes).
        let value = String(unsafeUninitializedCapacity: 20) { buffer in
            var length = 0
            func write(_ byte: UInt8) {
                buffer[length] = byte
                length += 1
            }
            func write(_ number: Int, digits: Int) {
                var divisor = digits == 4 ? 1000 : 10
                while divisor > 0 {
                    write(UInt8(ascii: "0") + UInt8(number / divisor % 10))
                    divisor /= 10
                }
            }
            write(year, digits: 4)
            guard precision > .year, let month else { return length }
            write(UInt8(ascii: "-"))
            write(month, digits: 2)
            guard precision > .month, let day else { return length }
            write(UInt8(ascii: "-"))
            write(day, digits: 2)
            guard precision > .day, let hour, let minute else { return length }
            write(UInt8(ascii: "T"))
            write(hour, digits: 2)
            write(UInt8(ascii: ":"))
            write(minute, digits: 2)
            if precision == .second, let second {
                write(UInt8(ascii: ":"))
                write(second, digits: 2)
            }
            write(UInt8(ascii: "Z"))
            return length
        }
        self.init(value: value, precision: precision)
    }
}
