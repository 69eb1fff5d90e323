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
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        guard let month else { self.init(value: text, precision: .year); return }
        guard (1...12).contains(month) else { return nil }
        text += "-" + two(month)
        guard let day else { self.init(value: text, precision: .month); return }
        guard (1...31).contains(day) else { return nil }
        text += "-" + two(day)
        guard let hour, let minute else { self.init(value: text, precision: .day); return }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        text += "T" + two(hour) + ":" + two(minute)
        guard let second else { self.init(value: text + "Z", precision: .minute); return }
        guard (0...60).contains(second) else { return nil }
        self.init(value: text + ":" + two(second) + "Z", precision: .second)
    }
}
