import Foundation

/// Parses the dates found in feeds, meta tags, JSON-LD and bylines.
///
/// Two paths: a strict ISO 8601 / W3C-DTF reader (`2023-09-18T12:15+02:00`, `2023-09`, `2006`), and a
/// token reader for RFC 822/1123 (section 5) and RFC 2822 (section 3.3) dates and their real-world
/// variants and for written dates ("Nov. 23, 2006", "23rd November 2006", "December 2006"). Every token
/// of the text must be understood (a few filler words such as "published" or "on" aside), so a phrase
/// that merely contains numbers is rejected rather than guessed at.
public enum DateParser {
    /// Parses dates as found in feeds, meta tags, JSON-LD and bylines, to UTC with precision:
    /// ISO 8601 / W3C-DTF ("2023-09-18T10:15:00Z", "2023-09-18T12:15+02:00", "2023-09", "2006"),
    /// RFC 822/1123 and real-world variants ("Wed, 05 May 2021 08:00:00 +0000", "05 May 21 08:00 GMT", "EST", "PDT", missing seconds/weekday),
    /// and written forms ("December 2006", "Dec. 2006", "November 23, 2006", "Nov. 23, 2006", "23 November 2006").
    /// Returns nil when it cannot be parsed with confidence (never a wrong date).
    public static func parse(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 120 else { return nil }
        let bytes = Array(trimmed.utf8)
        let fields = parseISO(bytes) ?? parseRFC822(bytes) ?? parseTokens(trimmed)
        return fields?.partialDate()
    }

    /// Like `parse(_:)`, but rejects a date later than `notAfter` plus one day of slack (time zones,
    /// clocks), since an article cannot have been published in the future.
    public static func parse(_ text: String, notAfter: Date) -> PartialDate? {
        guard let date = parse(text) else { return nil }
        return isPlausible(date, notAfter: notAfter) ? date : nil
    }

    /// Whether `date` (its earliest instant) is no later than `notAfter` plus one day.
    public static func isPlausible(_ date: PartialDate, notAfter: Date) -> Bool {
        guard let earliest = earliestInstant(of: date) else { return false }
        return earliest <= notAfter.addingTimeInterval(86_400)
    }

    /// The first instant covered by a partial date (e.g. `2023-09` -> 2023-09-01T00:00:00Z).
    public static func earliestInstant(of date: PartialDate) -> Date? {
        guard let (year, month, day, hour, minute, second) = CalendarMath.fields(of: date) else { return nil }
        let days = CalendarMath.daysFromCivil(year: year, month: month, day: day)
        let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    // MARK: - Fields

    /// Date fields as read, before time-zone conversion.
    struct Fields: Equatable {
        var year: Int
        var month: Int?
        var day: Int?
        var hour: Int?
        var minute: Int?
        var second: Int?
        /// Offset from UTC in minutes; nil means UTC assumed.
        var offsetMinutes: Int?

        /// Validates the fields and converts a time to UTC.
        func partialDate() -> PartialDate? {
            guard (1000...9999).contains(year) else { return nil }
            guard let month else { return PartialDate(year: year) }
            guard (1...12).contains(month) else { return nil }
            guard let day else { return PartialDate(year: year, month: month) }
            guard day >= 1, day <= CalendarMath.daysIn(month: month, year: year) else { return nil }
            guard let hour, let minute else { return PartialDate(year: year, month: month, day: day) }
            guard (0...23).contains(hour) || (hour == 24 && minute == 0 && (second ?? 0) == 0),
                (0...59).contains(minute), (0...60).contains(second ?? 0)
            else { return nil }
            // Convert to UTC through a day count, so an offset may move the date across a month or year.
            let sec = min(second ?? 0, 59)
            var total = ((CalendarMath.daysFromCivil(year: year, month: month, day: day) * 24 + hour) * 60 + minute)
            total -= offsetMinutes ?? 0
            let days = Int((Double(total) / 1440).rounded(.down))
            let minuteOfDay = total - days * 1440
            let civil = CalendarMath.civilFromDays(days)
            return PartialDate(
                year: civil.year, month: civil.month, day: civil.day, hour: minuteOfDay / 60,
                minute: minuteOfDay % 60, second: second == nil ? nil : sec
            )
        }
    }

    // MARK: - ISO 8601 / W3C-DTF

    /// Reads `YYYY[-MM[-DD[(T| )hh:mm[:ss[.fff]][Z|±hh[:]mm]]]]` and the basic form `YYYYMMDD[Thhmmss[Z]]`.
    static func parseISO(_ text: String) -> Fields? { parseISO(Array(text.utf8)) }

    /// `parseISO(_:)` over the text's UTF-8 bytes.
    static func parseISO(_ bytes: [UInt8]) -> Fields? {
        var scanner = ByteScanner(bytes)
        guard let year = scanner.digits(exactly: 4) else { return nil }
        var fields = Fields(year: year)
        if scanner.atEnd { return fields }
        let extended = scanner.skip("-")
        if !extended && scanner.peek == nil { return fields }
        guard let month = scanner.digits(exactly: 2) else { return nil }
        fields.month = month
        if scanner.atEnd { return extended ? fields : nil }
        if extended { guard scanner.skip("-") else { return nil } }
        guard let day = scanner.digits(exactly: 2) else { return nil }
        fields.day = day
        if scanner.atEnd { return fields }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else { return nil }
        guard let hour = scanner.digits(exactly: 2) else { return nil }
        if extended { guard scanner.skip(":") else { return nil } }
        guard let minute = scanner.digits(exactly: 2) else { return nil }
        fields.hour = hour
        fields.minute = minute
        if extended ? scanner.skip(":") : (scanner.peekDigit) {
            guard let second = scanner.digits(exactly: 2) else { return nil }
            fields.second = second
            if scanner.skip(".") || scanner.skip(",") {
                guard scanner.digits(atMost: 9) != nil else { return nil }
            }
        }
        _ = scanner.skip(" ")
        if scanner.atEnd { return fields }
        if scanner.skip("Z") || scanner.skip("z") {
            fields.offsetMinutes = 0
        } else if let sign = scanner.sign() {
            guard let offsetHours = scanner.digits(exactly: 2), offsetHours <= 14 else { return nil }
            _ = scanner.skip(":")
            let offsetMinutes = scanner.digits(exactly: 2) ?? 0
            guard offsetMinutes < 60 else { return nil }
            fields.offsetMinutes = sign * (offsetHours * 60 + offsetMinutes)
        } else {
            return nil
        }
        return scanner.atEnd ? fields : nil
    }

    // MARK: - RFC 822 and written dates

    /// The RFC 822/1123 shape feeds use nearly always, read over bytes with no allocation:
    /// `[Wkd, ]D[D] Mon YY[YY] h[h]:mm[:ss][ zone]`, the zone a name of `DateVocabulary.zones` or
    /// `±hhmm`. Anything else returns nil and goes to `parseTokens`, which reads these same shapes to the
    /// same fields (a test holds the two together); this path only makes the common case cheap.
    static func parseRFC822(_ bytes: [UInt8]) -> Fields? {
        var index = 0
        func letters() -> Int {
            let start = index
            while index < bytes.count, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A { index += 1 }
            return index - start
        }
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < maxDigits {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : (value, digits)
        }
        func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        // Written straight into the string (ASCII letters only, so `| 0x20` lower-cases), without an array.
        func lowercased(_ range: Range<Int>) -> String {
            String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, position) in range.enumerated() { buffer[offset] = bytes[position] | 0x20 }
                return range.count
            }
        }

        if index < bytes.count, bytes[index] >= 0x41 {
            let start = index
            guard letters() == 3, skip(0x2C), skip(0x20), DateVocabulary.weekdays.contains(lowercased(start..<start + 3)) else { return nil }
        }
        guard let day = number(maxDigits: 2), skip(0x20) else { return nil }
        let monthStart = index
        guard letters() == 3, let month = DateVocabulary.abbreviatedEnglishMonths[lowercased(monthStart..<index)], skip(0x20) else { return nil }
        guard let year = number(maxDigits: 4), year.digits == 4 || year.digits == 2, skip(0x20) else { return nil }
        guard let hour = number(maxDigits: 2), skip(0x3A), let minute = number(maxDigits: 2), minute.digits == 2 else { return nil }
        var second: Int?
        if skip(0x3A) {
            guard let value = number(maxDigits: 2), value.digits == 2 else { return nil }
            second = value.value
        }
        var offset: Int?
        if skip(0x20) {
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
                let sign = bytes[index] == 0x2B ? 1 : -1
                index += 1
                guard let value = number(maxDigits: 4), value.digits == 4 else { return nil }
                let minutes = (value.value / 100) * 60 + value.value % 100
                guard minutes <= 14 * 60 else { return nil }
                offset = sign * minutes
            } else {
                let start = index
                guard letters() > 0, let zone = DateVocabulary.zones[lowercased(start..<index)] else { return nil }
                offset = zone * 60
            }
        }
        guard index == bytes.count else { return nil }
        return Fields(
            year: expandYear(year), month: month, day: day.value, hour: hour.value, minute: minute.value,
            second: second, offsetMinutes: offset
        )
    }

    private enum Token: Equatable {
        case number(value: Int, digits: Int)
        case word(String)
        case time(hour: Int, minute: Int, second: Int?)
        case offset(minutes: Int)
        case separator(Character)
    }

    /// Reads RFC 822/2822 dates, their variants and written dates in several languages.
    static func parseTokens(_ text: String) -> Fields? {
        guard let tokens = tokenize(text) else { return nil }
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var numericSeparators: [Character] = []
        var time: (hour: Int, minute: Int, second: Int?)?
        var offset: Int?
        var meridiem: Int?  // 0 = am, 12 = pm
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .separator(let character):
                if !numbers.isEmpty, month == nil, time == nil { numericSeparators.append(character) }
            case .time(let hour, let minute, let second):
                guard time == nil else { return nil }
                time = (hour, minute, second)
            case .offset(let minutes):
                guard time != nil, offset == nil || offset == 0 else { return nil }
                offset = (offset ?? 0) + minutes
            case .number(let value, let digits):
                numbers.append((value, digits))
            case .word(let word):
                if let value = DateVocabulary.months[word] {
                    guard month == nil else { return nil }
                    month = value
                } else if DateVocabulary.weekdays.contains(word) {
                    continue
                } else if ["am", "a.m", "pm", "p.m"].contains(word), time != nil, meridiem == nil {
                    meridiem = word.hasPrefix("a") ? 0 : 12
                } else if DateVocabulary.fillers.contains(word) {
                    continue
                } else if let zone = DateVocabulary.zones[word], time != nil, offset == nil {
                    offset = zone * 60
                } else if word.count == 1, let zone = DateVocabulary.militaryZone(word), time != nil, offset == nil {
                    offset = zone * 60
                } else {
                    return nil
                }
            }
        }
        if var clock = time, let meridiem {
            guard (1...12).contains(clock.hour) else { return nil }
            clock.hour = clock.hour % 12 + meridiem
            time = clock
        }
        var fields: Fields
        if let month {
            fields = Fields(year: 0, month: month)
            switch numbers.count {
            case 1:
                // "December 2006": a month with a year only.
                guard numbers[0].digits == 4 else { return nil }
                fields.year = numbers[0].value
                fields.day = nil
            case 2:
                let (first, second) = (numbers[0], numbers[1])
                if second.digits == 4 || (second.digits == 2 && first.digits <= 2 && first.value <= 31) {
                    guard first.digits <= 2 else { return nil }
                    fields.day = first.value
                    fields.year = expandYear(second)
                } else if first.digits == 4, second.digits <= 2 {
                    fields.year = first.value
                    fields.day = second.value
                } else {
                    return nil
                }
            default:
                return nil
            }
        } else {
            // Numeric dates: 2023/09/18 (year first) or 18.09.2023 (European day-first with dots).
            fields = Fields(year: 0)
            switch numbers.count {
            case 1:
                guard numbers[0].digits == 4, time == nil else { return nil }
                fields.year = numbers[0].value
            case 3:
                let separators = Set(numericSeparators)
                guard separators.count == 1, let separator = separators.first else { return nil }
                if numbers[0].digits == 4, numbers[1].digits <= 2, numbers[2].digits <= 2, separator == "/" || separator == "." {
                    fields.year = numbers[0].value
                    fields.month = numbers[1].value
                    fields.day = numbers[2].value
                } else if numbers[2].digits == 4, numbers[0].digits <= 2, numbers[1].digits <= 2, separator == "." {
                    fields.year = numbers[2].value
                    fields.month = numbers[1].value
                    fields.day = numbers[0].value
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        if let time {
            guard fields.day != nil else { return nil }
            fields.hour = time.hour
            fields.minute = time.minute
            fields.second = time.second
            fields.offsetMinutes = offset
        }
        return fields
    }

    /// RFC 2822 section 4.3: a two-digit year below 50 is 20xx, otherwise 19xx.
    private static func expandYear(_ number: (value: Int, digits: Int)) -> Int {
        guard number.digits == 2 else { return number.digits == 4 ? number.value : -1 }
        return number.value < 50 ? 2000 + number.value : 1900 + number.value
    }

    /// Splits text into numbers (ordinal suffixes dropped), words (lower-cased, trailing dot
    /// dropped), clock times, UTC offsets and separators. Returns nil for unexpected characters.
    private static func tokenize(_ text: String) -> [Token]? {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        var sawTime = false
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace || ",()|:@".contains(character) {
                index += 1
            } else if (character == "+" || character == "-" || character == "−"), sawTime,
                index + 1 < characters.count, characters[index + 1].isASCIIDigit
            {
                var end = index + 1
                var digits = ""
                while end < characters.count, characters[end].isASCIIDigit || characters[end] == ":" {
                    if characters[end] != ":" { digits.append(characters[end]) }
                    end += 1
                }
                guard let value = Int(digits) else { return nil }
                let minutes: Int
                switch digits.count {
                case 1, 2: minutes = value * 60
                case 3, 4: minutes = (value / 100) * 60 + value % 100
                default: return nil
                }
                guard minutes <= 14 * 60 else { return nil }
                tokens.append(.offset(minutes: character == "+" ? minutes : -minutes))
                index = end
            } else if character.isASCIIDigit {
                var end = index
                while end < characters.count, characters[end].isASCIIDigit { end += 1 }
                let digits = String(characters[index..<end])
                if end < characters.count, characters[end] == ":", digits.count <= 2 {
                    // A clock time: h:mm[:ss[.fff]].
                    var parts = [Int(digits) ?? 0]
                    var cursor = end
                    while cursor < characters.count, characters[cursor] == ":", parts.count < 3 {
                        var partEnd = cursor + 1
                        while partEnd < characters.count, characters[partEnd].isASCIIDigit { partEnd += 1 }
                        guard partEnd - cursor - 1 == 2, let part = Int(String(characters[(cursor + 1)..<partEnd])) else {
                            return nil
                        }
                        parts.append(part)
                        cursor = partEnd
                    }
                    if cursor < characters.count, characters[cursor] == ".", parts.count == 3 {
                        cursor += 1
                        while cursor < characters.count, characters[cursor].isASCIIDigit { cursor += 1 }
                    }
                    tokens.append(.time(hour: parts[0], minute: parts[1], second: parts.count > 2 ? parts[2] : nil))
                    sawTime = true
                    index = cursor
                    continue
                }
                guard digits.count <= 4, let value = Int(digits) else { return nil }
                tokens.append(.number(value: value, digits: digits.count))
                index = end
                // Ordinal suffixes: 1st, 2nd, 23rd, 4th, 1er, 1º, 1.
                var suffixEnd = end
                while suffixEnd < characters.count, characters[suffixEnd].isLetter || characters[suffixEnd] == "º" {
                    suffixEnd += 1
                }
                if suffixEnd > end {
                    let suffix = String(characters[end..<suffixEnd]).lowercased()
                    guard DateVocabulary.ordinalSuffixes.contains(suffix) else { return nil }
                    index = suffixEnd
                }
            } else if character.isLetter {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end] == "." && end + 1 < characters.count
                    && characters[end + 1].isLetter && characters[index..<end].count <= 1
                {
                    end += 1
                }
                let word = String(characters[index..<end]).lowercased()
                tokens.append(.word(DateVocabulary.fold(word)))
                index = end
                if index < characters.count, characters[index] == "." { index += 1 }
            } else if character == "/" || character == "." || character == "-" || character == "–" {
                tokens.append(.separator(character == "–" ? "-" : character))
                index += 1
            } else {
                return nil
            }
        }
        return tokens
    }
}

/// Month, weekday and zone names used by `DateParser`.
enum DateVocabulary {
    /// Lower-cases and strips accents, so "Févr" and "fevr" match.
    static func fold(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// Month names in en, de, fr, es, it, nl and pt, with their unambiguous 3- and 4-letter prefixes.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "januar", "janvier", "enero", "gennaio", "januari", "janeiro", "jänner"],
            ["february", "februar", "fevrier", "febrero", "febbraio", "februari", "fevereiro"],
            ["march", "marz", "mars", "marzo", "maart", "marco"],
            ["april", "avril", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio", "mei", "maio"],
            ["june", "juni", "juin", "junio", "giugno", "junho"],
            ["july", "juli", "juillet", "julio", "luglio", "julho"],
            ["august", "aout", "agosto", "augustus"],
            ["september", "septembre", "septiembre", "settembre", "setembro", "sept"],
            ["october", "oktober", "octobre", "octubre", "ottobre", "outubro"],
            ["november", "novembre", "noviembre", "novembro"],
            ["december", "dezember", "decembre", "diciembre", "dicembre", "dezembro"],
        ]
        var table: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for (offset, list) in names.enumerated() {
            for name in list {
                let folded = fold(name)
                table[folded] = offset + 1
                for length in [3, 4] where folded.count > length {
                    let prefix = String(folded.prefix(length))
                    if let existing = table[prefix], existing != offset + 1 { ambiguous.insert(prefix) }
                    if table[prefix] == nil { table[prefix] = offset + 1 }
                }
            }
        }
        for prefix in ambiguous { table[prefix] = nil }
        return table
    }()

    /// Weekday names and abbreviations (ignored: a wrong weekday does not invalidate a date).
    static let weekdays: Set<String> = Set(
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        ].map(fold)
    )

    /// Words that may surround a date without changing it.
    static let fillers: Set<String> = [
        "on", "at", "the", "of", "published", "updated", "posted", "last", "modified", "date", "de", "del",
        "le", "am", "um", "den", "el", "il", "op", "em", "uhr",
    ].reduce(into: Set<String>()) { $0.insert(fold($1)) }

    /// The English three-letter month abbreviations of RFC 822 (lower case).
    static let abbreviatedEnglishMonths: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Named zones and their offsets in hours (RFC 822 section 5 plus common abbreviations).
    static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "akst": -9, "akdt": -8, "hst": -10, "bst": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2,
        "eet": 2, "eest": 3, "west": 1, "msk": 3, "jst": 9, "kst": 9, "aest": 10, "aedt": 11,
    ]

    /// RFC 822 military zones: A-I = +1..+9, K-M = +10..+12, N-Y = -1..-12, Z = 0 (J is unused).
    static func militaryZone(_ letter: String) -> Int? {
        guard let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 else { return nil }
        let value = Int(scalar.value)
        switch scalar {
        case "a"..."i": return value - 96
        case "k"..."m": return value - 97
        case "n"..."y": return -(value - 109)
        case "z": return 0
        default: return nil
        }
    }

    /// Ordinal suffixes after a day number, in the supported languages.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "e", "º", "o", "a", "de"]
}

/// Proleptic Gregorian calendar arithmetic (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
/// A forward-only reader over ASCII bytes for the ISO 8601 path.
struct ByteScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[position] }
    var peekDigit: Bool { peek.map { (0x30...0x39).contains($0) } ?? false }

    /// Consumes `character` if it is next.
    mutating func skip(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, peek == ascii else { return false }
        position += 1
        return true
    }

    /// Consumes a sign (+ or -) and returns +1 or -1.
    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    /// Consumes exactly `count` digits.
    mutating func digits(exactly count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[position + offset]
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        if position + count < bytes.count, (0x30...0x39).contains(bytes[position + count]), count == 4 {
            // "20230918" is handled by the basic form; a 5+ digit run is not a year.
            if bytes.count - position < 8 { return nil }
        }
        position += count
        return value
    }

    /// Consumes 1 to `limit` digits.
    mutating func digits(atMost limit: Int) -> Int? {
        var value = 0
        var count = 0
        while count < limit, let byte = peek, (0x30...0x39).contains(byte) {
            value = value * 10 + Int(byte - 0x30)
            position += 1
            count += 1
        }
        while let byte = peek, (0x30...0x39).contains(byte) { position += 1 }
        return count > 0 ? value : nil
    }
}

extension Character {
    /// Whether this is an ASCII digit 0-9.
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
