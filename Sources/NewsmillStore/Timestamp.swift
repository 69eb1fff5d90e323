import Foundation

/// ISO 8601 UTC timestamps with milliseconds (`2026-11-25T14:11:40.123Z`), the form every `*_at`
/// column uses: it sorts correctly as text and SQLite's date functions read it.
enum Timestamp {
    /// The earliest instant written (0001-01-01T00:00:00Z); earlier ones are clamped to it.
    private static let earliest: Double = -62_135_596_800
    /// The latest instant written (9999-12-31T23:59:59.999Z); later ones are clamped to it.
    private static let latest: Double = 253_402_300_799.999

    /// The timestamp text of `date`. Dates outside years 1...9999 are clamped, and a NaN date (which a
    /// malformed message could carry) is written as the Unix epoch, so no input can crash this.
    static func string(_ date: Date) -> String {
        var seconds = date.timeIntervalSince1970
        if seconds.isNaN { seconds = 0 }
        seconds = min(max(seconds, earliest), latest)
        let totalMilliseconds = Int64((seconds * 1000).rounded(.down))
        let millisecondsPerDay: Int64 = 86_400_000
        var days = totalMilliseconds / millisecondsPerDay
        var millisecondOfDay = totalMilliseconds % millisecondsPerDay
        if millisecondOfDay < 0 {
            days -= 1
            millisecondOfDay += millisecondsPerDay
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let hour = millisecondOfDay / 3_600_000
        let minute = millisecondOfDay / 60_000 % 60
        let second = millisecondOfDay / 1000 % 60
        let millisecond = millisecondOfDay % 1000
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2)
            + ":" + pad(second, 2) + "." + pad(millisecond, 3) + "Z"
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01, by Howard Hinnant's
    /// `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html#civil_from_days).
    private static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
