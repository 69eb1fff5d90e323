/// Proleptic Gregorian calendar arithmetic on day counts since 1970-01-01, after Howard Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms" (`days_from_civil`, `civil_from_days`):
/// http://howardhinnant.github.io/date_algorithms.html. One implementation for the whole project:
/// date parsing, relative-date resolution, feedparser struct times and the store's timestamps.
public enum CalendarMath {
    /// Days since 1970-01-01 of a civil date (negative before it).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01 (the inverse of `daysFromCivil`).
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The number of days in a month, or 0 when `month` is not 1...12.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        default: return 0
        }
    }

    /// ISO weekday (Monday = 1 ... Sunday = 7) of a day count since 1970-01-01 (a Thursday).
    public static func isoWeekday(days: Int) -> Int {
        (days % 7 + 7 + 3) % 7 + 1
    }

    /// The numeric fields of a partial date's ISO text, with the parts it lacks at their start values
    /// (month and day 1, time 00:00:00), or nil when it has no year.
    public static func fields(of date: PartialDate) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)? {
        let digits = date.value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard let year = digits.first else { return nil }
        func part(_ index: Int, _ fallback: Int) -> Int { digits.count > index ? digits[index] : fallback }
        return (year, part(1, 1), part(2, 1), part(3, 0), part(4, 0), part(5, 0))
    }
}
