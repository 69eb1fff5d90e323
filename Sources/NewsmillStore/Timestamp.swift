import Foundation
import NewsmillCore

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
        let (year, month, day) = CalendarMath.civilFromDays(Int(days))
        let hour = millisecondOfDay / 3_600_000
        let minute = millisecondOfDay / 60_000 % 60
        let second = millisecondOfDay / 1000 % 60
        let millisecond = millisecondOfDay % 1000
        return pad(Int64(year), 4) + "-" + pad(Int64(month), 2) + "-" + pad(Int64(day), 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2)
            + ":" + pad(second, 2) + "." + pad(millisecond, 3) + "Z"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
