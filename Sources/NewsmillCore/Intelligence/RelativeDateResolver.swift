/// A date expression found in the tokens.
struct MentionedDateMatch: Sendable {
    /// The tokens of the expression.
    var tokens: Range<Int>
    /// The resolved date.
    var date: MentionedDate
}

/// Finds date expressions and resolves them against the publication date.
///
/// Forms: "Nov. 23", "November 23, 2006", "23 November 2006", "December 2006", "in November",
/// "last March", "next May", "Wednesday", "last Friday", "yesterday", "today", "tomorrow", "in 2019",
/// "as soon as 2023", an attributive year after a determiner ("a 2018 analysis"),
/// "last year", "this month", ISO "2006-11-23" and unambiguous slashed dates ("11/23/2006").
/// A date without a year takes the nearest past occurrence relative to the publication date ("Nov. 23"
/// in a December 2006 issue is 2006-11-23; "Feb. 21" is 2006-02-21), the publication month counting as
/// past; "next" takes the first occurrence after it. Weekdays and yesterday/today/tomorrow need a
/// publication date with day precision; everything relative needs at least month precision (day
/// forms) or year precision (year forms). Unresolvable expressions are skipped, never guessed.
/// Standalone month names count only after "in", "since", "last", ... (so "May" the verb or name is not
/// a date). A future tense earlier in the sentence ("will", "scheduled", "expected", "meets") makes a date
/// without a year or modifier take the next occurrence instead ("will cut jobs by March"), unless a past
/// speech verb or auxiliary stands nearer the date. A month and day with neither tense nor past tense
/// just before it is the coming one when that is at most 60 days ahead ("Dec. 6" in a paper of Nov. 19).
struct RelativeDateResolver: Sendable {
    private struct Reference {
        var year: Int
        var month: Int?
        var day: Int?
    }

    static let monthContext: WordSet = [
        "in", "since", "last", "next", "this", "early", "late", "mid", "until", "till", "by", "during", "from",
        "through", "of", "before", "after", "between", "and", "to", "on", "around", "past", "coming",
    ]
    static let yearContext: WordSet = [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "early", "late", "mid",
        "between", "and", "to", "through", "year", "circa", "spring", "summer", "autumn", "fall", "winter",
        "as", "least",
    ]
    /// Capitalised nouns of named events a year may open ("the 1967 Six-Day War").
    static let eventNouns: WordSet = [
        "war", "olympics", "olympic", "games", "cup", "election", "elections", "revolution", "uprising", "crisis",
        "championship", "championships", "summit", "census", "budget", "referendum", "massacre", "earthquake",
        "show", "festival", "conference", "tournament", "convention", "fair", "expo", "week",
    ]
    /// Prepositions after which a four-digit number of this era is a year ("in 2011", "since 1998").
    static let temporalPrepositions: WordSet = ["in", "since", "during", "until", "till", "from", "before", "after", "through"]
    /// Verbs after a year that opens a sentence as its subject ("2019 is ...", "2018 was ...").
    static let subjectVerbs: WordSet = ["is", "was", "has", "had", "will", "would", "saw", "brought", "marks", "marked"]
    /// Determiners before an attributive year ("a 2010 allegation", "its 2019 report").
    static let yearDeterminers: WordSet = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "'s"]

    func find(tokens: [AnalysisToken], text: AnalysisText, published: PartialDate?) -> [MentionedDateMatch] {
        let reference = published.flatMap(Self.reference(from:))
        var matches: [MentionedDateMatch] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].paragraph >= 0, Self.mayStartDate(tokens[index].kind, tokens[index].lexicon, capitalized: tokens[index].capitalized),
               let match = match(at: index, tokens: tokens, text: text, reference: reference) {
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    // MARK: Matching

    static let relativeWords: Set<String> = Set(["yesterday", "today", "tomorrow", "year", "month"]).union(midMonths.keys)

    /// "mid-December", "late-September", "early-January": the month such a word names.
    static let midMonths: [String: Int] = Dictionary(uniqueKeysWithValues: ["mid-", "late-", "early-"].flatMap { prefix in
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
            .enumerated().map { (prefix + $0.element, $0.offset + 1) }
    })

    /// The first two checks of `match(at:tokens:text:reference:)`, inlined into the scan: a number, or a
    /// capitalised or relative word that is a month or weekday name or "yesterday", "year", ... (a
    /// capitalised word never starts with the digit a day number like "23rd" needs).
    @inline(__always)
    private static func mayStartDate(_ kind: AnalysisToken.Kind, _ lists: AnalysisLexicon.Lists, capitalized: Bool) -> Bool {
        switch kind {
        case .number: return true
        case .punct: return false
        case .word:
            return (capitalized || lists.contains(.relativeDateWord)) && !lists.isDisjoint(with: [.month, .weekday, .relativeDateWord])
        }
    }

    private func match(at index: Int, tokens: [AnalysisToken], text: AnalysisText, reference: Reference?) -> MentionedDateMatch? {
        // Only numbers, capitalised words and a few relative words can start a date.
        guard tokens[index].kind == .number || tokens[index].capitalized || tokens[index].lexicon.contains(.relativeDateWord) else {
            return nil
        }
        // Words other than month and weekday names and "yesterday", "year", ... start a date only as a day
        // number ("23rd November"), which starts with a digit.
        if tokens[index].kind == .word, tokens[index].lexicon.isDisjoint(with: [.month, .weekday, .relativeDateWord]),
           !(tokens[index].lower.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false) {
            return nil
        }
        let token = tokens[index]
        let hasPrevious = index > 0 && tokens[index - 1].sentence == token.sentence
        let previous = hasPrevious ? tokens[index - 1].lower : ""
        let previousLists = hasPrevious ? tokens[index - 1].lexicon : []
        let written: String?
        switch previous {
        case "last", "next", "this", "past", "coming": written = previous
        default: written = nil
        }
        let modifierStart = written != nil ? index - 1 : index
        // Without "last"/"next", a future tense earlier in the sentence points forward ("will resume on Monday").
        // Both scans run only for the forms that use them (most tokens that reach here are numbers).
        var modifier: String? { written ?? (futureTense(before: index, tokens: tokens) ? "future" : nil) }
        // Day forms ignore "last"/"next" before the month; a past tense just before keeps them in the past.
        var tense: String? {
            let modifier = modifier
            return modifier == "future" ? modifier : (pastTense(before: modifierStart, tokens: tokens) ? "past-tense" : nil)
        }

        func make(_ range: Range<Int>, _ date: PartialDate?) -> MentionedDateMatch? {
            guard let date else { return nil }
            let source = AnalysisTokenizer.source(of: range, tokens: tokens, in: text)
            return MentionedDateMatch(tokens: range, date: MentionedDate(text: source, value: date.value, precision: date.precision))
        }

        if token.kind == .word, token.capitalized, token.lexicon.contains(.month), let month = AnalysisLexicon.months[token.lower] {
            // Month + day [+ year].
            if index + 1 < tokens.count, let day = dayNumber(tokens[index + 1]) {
                var end = index + 2
                var year: Int? = nil
                if end + 1 < tokens.count, tokens[end].text == ",", let value = yearNumber(tokens[end + 1]) {
                    year = value
                    end += 2
                } else if end < tokens.count, let value = yearNumber(tokens[end]) {
                    year = value
                    end += 1
                }
                if let year { return make(index..<end, PartialDate(year: year, month: month, day: day)) }
                return make(index..<end, resolve(month: month, day: day, modifier: tense, reference: reference))
            }
            // "May last year", "in March next year": a month of a year named relative to the publication.
            if index + 2 < tokens.count, tokens[index + 2].lower == "year", ["last", "this", "next"].contains(tokens[index + 1].lower),
               let reference {
                let delta = tokens[index + 1].lower == "last" ? -1 : tokens[index + 1].lower == "next" ? 1 : 0
                return make(index..<(index + 3), PartialDate(year: reference.year + delta, month: month))
            }
            // Month + year.
            if index + 1 < tokens.count, let year = yearNumber(tokens[index + 1]) {
                return make(index..<(index + 2), PartialDate(year: year, month: month))
            }
            if index + 2 < tokens.count, tokens[index + 1].lower == "of", let year = yearNumber(tokens[index + 2]) {
                return make(index..<(index + 3), PartialDate(year: year, month: month))
            }
            // "October's Money 20/20 conference": a month's possessive (not "May's", a name's).
            if token.lower != "may", index + 1 < tokens.count, tokens[index + 1].text == "'s" {
                return make(index..<(index + 1), resolve(month: month, day: nil, modifier: modifier, reference: reference))
            }
            // "the March high", "Norway's October oil production": a month before a lowercase noun, after "the"
            // or a possessive (not "May", a name).
            if previous == "the" || previous == "'s", token.lower != "may", index + 1 < tokens.count, tokens[index + 1].sentence == token.sentence,
               tokens[index + 1].kind == .word, !tokens[index + 1].capitalized, !tokens[index + 1].lexicon.contains(.unitStop) {
                return make(index..<(index + 1), resolve(month: month, day: nil, modifier: modifier, reference: reference))
            }
            // A month alone, after a preposition or modifier.
            guard previousLists.contains(.monthContext), !token.text.hasSuffix(".") || token.lower.count > 3 else { return nil }
            return make(modifierStart..<(index + 1), resolve(month: month, day: nil, modifier: modifier, reference: reference))
        }
        // Day + month [+ year].
        if let day = dayNumber(token), index + 1 < tokens.count, tokens[index + 1].capitalized,
           tokens[index + 1].lexicon.contains(.month), let month = AnalysisLexicon.months[tokens[index + 1].lower] {
            if index + 2 < tokens.count, let year = yearNumber(tokens[index + 2]) {
                return make(index..<(index + 3), PartialDate(year: year, month: month, day: day))
            }
            return make(index..<(index + 2), resolve(month: month, day: day, modifier: tense, reference: reference))
        }
        if token.kind == .word, token.capitalized, token.lexicon.contains(.weekday), let weekday = AnalysisLexicon.weekdays[token.lower] {
            return make(modifierStart..<(index + 1), resolve(weekday: weekday, modifier: modifier, reference: reference))
        }
        if token.kind == .word {
            switch token.lower {
            case "yesterday": return make(index..<(index + 1), shift(days: -1, reference: reference))
            case "today": return make(index..<(index + 1), shift(days: 0, reference: reference))
            case "tomorrow": return make(index..<(index + 1), shift(days: 1, reference: reference))
            case let word where Self.midMonths[word] != nil:
                return make(index..<(index + 1), resolve(month: Self.midMonths[word]!, day: nil, modifier: modifier, reference: reference))
            case "year", "month":
                guard let modifier = written, modifier != "past", modifier != "coming", let reference else { return nil }
                let delta = modifier == "last" ? -1 : modifier == "next" ? 1 : 0
                if token.lower == "year" { return make(modifierStart..<(index + 1), PartialDate(year: reference.year + delta)) }
                guard let month = reference.month else { return nil }
                let total = reference.year * 12 + (month - 1) + delta
                return make(modifierStart..<(index + 1), PartialDate(year: total / 12, month: total % 12 + 1))
            default: break
            }
        }
        if token.kind == .number {
            if let iso = isoDate(token.text) { return make(index..<(index + 1), iso) }
            if index + 4 < tokens.count, tokens[index + 1].text == "/", tokens[index + 3].text == "/",
               let first = Int(token.text), let second = Int(tokens[index + 2].text), let year = yearNumber(tokens[index + 4]) {
                // Only when one part exceeds 12, so US and European order cannot be confused.
                if first > 12, second <= 12 { return make(index..<(index + 5), PartialDate(year: year, month: second, day: first)) }
                if second > 12, first <= 12 { return make(index..<(index + 5), PartialDate(year: year, month: first, day: second)) }
                return nil
            }
            let year = yearNumber(token)
            if let year, previousLists.contains(.yearContext) {
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                let followedByNoun = next.map {
                    $0.kind == .word && !$0.capitalized && !$0.lexicon.contains(.unitStop)
                } ?? false
                // "launched in 2011 aims to ...": after a temporal preposition a four-digit number of this era is a
                // year whatever follows (news style writes a count of that size with a comma).
                let temporal = (1900...2100).contains(year) && Self.temporalPrepositions.contains(previous)
                if !followedByNoun || temporal { return make(index..<(index + 1), PartialDate(year: year)) }
            }
            // "the 1967 Six-Day War", "the 2016 Olympic Games": a year before a named event.
            if let year, (1900...2100).contains(year), Self.yearDeterminers.contains(previous) {
                var probe = index + 1
                while probe < tokens.count, probe <= index + 5, tokens[probe].sentence == token.sentence, tokens[probe].capitalized {
                    if Self.eventNouns.contains(lowerOf: probe, in: tokens) { return make(index..<(index + 1), PartialDate(year: year)) }
                    probe += 1
                }
            }
            // "1972's Toulouse Street": a year's possessive.
            if let year, (1900...2100).contains(year), index + 1 < tokens.count, tokens[index + 1].text == "'s" {
                return make(index..<(index + 1), PartialDate(year: year))
            }
            // "from 2004 – 2014": the end of a range of years.
            if let year, (1900...2100).contains(year), index >= 2, previous.isExactly(anyOf: ["–", "—", "-"]),
               tokens[index - 2].sentence == token.sentence, let first = yearNumber(tokens[index - 2]), first < year {
                return make(index..<(index + 1), PartialDate(year: year))
            }
            // "“2019 is just not as strong as 2018”": a year opening a sentence as its subject.
            if let year, (1900...2100).contains(year), token.sentenceStart || previous.isExactly(anyOf: ["“", "\""]), index + 1 < tokens.count,
               tokens[index + 1].sentence == token.sentence, Self.subjectVerbs.contains(lowerOf: index + 1, in: tokens) {
                return make(index..<(index + 1), PartialDate(year: year))
            }
            // An attributive year after a determiner ("a 2018 analysis", "their 2020 session"): a count of
            // that size would not take "a" or a possessive before a singular noun.
            if let year, (1900...2100).contains(year), Self.yearDeterminers.contains(previous),
               index + 1 < tokens.count, tokens[index + 1].sentence == token.sentence, tokens[index + 1].kind == .word,
               !tokens[index + 1].capitalized, tokens[index + 1].lexicon.isDisjoint(with: [.unitStop, .irregularPlural]),
               !tokens[index + 1].lower.hasSuffix("s") || ["ss", "is", "us"].contains(where: tokens[index + 1].lower.hasSuffix) {
                return make(index..<(index + 1), PartialDate(year: year))
            }
        }
        return nil
    }

    /// Auxiliaries of the past tense ("was signed on Jan. 10").
    private static let pastAuxiliaries: WordSet = ["was", "were", "had", "did"]

    /// Whether a past tense is just before a date (within six tokens of its sentence): a past auxiliary, a
    /// past speech verb or a lowercase word ending in "-ed".
    private func pastTense(before index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index > 0 else { return false }
        let sentence = tokens[index].sentence
        var probe = index - 1
        while probe >= 0, probe >= index - 6, tokens[probe].sentence == sentence {
            // Read in place by index (a copied token retains and releases its strings).
            if tokens[probe].kind == .word, !tokens[probe].capitalized {
                if Self.pastAuxiliaries.contains(lowerOf: probe, in: tokens) { return true }
                let lower = tokens[probe].lower
                if tokens[probe].lexicon.contains(.speechVerb), !lower.hasSuffix("s") { return true }
                if lower.utf8.count > 4, lower.hasSuffix("ed") { return true }
            }
            probe -= 1
        }
        return false
    }

    private func futureTense(before index: Int, tokens: [AnalysisToken]) -> Bool {
        let sentence = tokens[index].sentence
        var probe = index - 1
        while probe >= 0, probe >= index - 16, tokens[probe].sentence == sentence {
            if tokens[probe].lexicon.contains(.futureCue) { return true }
            // "... will be turned into a police station, the minister said on Tuesday": a past speech verb
            // nearer the date is what the date belongs to.
            if tokens[probe].lexicon.contains(.speechVerb), !tokens[probe].lower.hasSuffix("s") { return false }
            // "The man who runs the shop was arrested Monday": a past auxiliary nearer the date.
            if Self.pastAuxiliaries.contains(lowerOf: probe, in: tokens) { return false }
            probe -= 1
        }
        return false
    }

    private func dayNumber(_ token: AnalysisToken) -> Int? {
        guard token.kind != .punct, let first = token.lower.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
              token.lower.utf8.count <= 4 else { return nil }
        // One or two ASCII digits (most day numbers) are read directly: no suffix to drop, and `Int`
        // reads them so.
        if let value = Self.asciiDigitsValue(token.lower.utf8, maximumCount: 2) {
            return (1...31).contains(value) ? value : nil
        }
        var digits = token.lower
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) && digits.count > 2 {
            digits = String(digits.dropLast(2))
        }
        guard digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private func yearNumber(_ token: AnalysisToken) -> Int? {
        // `Int(String)` reads ASCII digits only, so a year is four ASCII digits: four bytes.
        guard token.kind == .number, let value = Self.asciiDigitsValue(token.text.utf8, maximumCount: 4), token.text.utf8.count == 4,
              (1000...2199).contains(value) else {
            return nil
        }
        return value
    }

    /// The value of text that is only ASCII digits, at most `maximumCount` of them (what `Int(text)` gives
    /// for it); nil for other text.
    private static func asciiDigitsValue(_ utf8: String.UTF8View, maximumCount: Int) -> Int? {
        guard !utf8.isEmpty, utf8.count <= maximumCount else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte &- UInt8(ascii: "0") < 10 else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return value
    }

    private func isoDate(_ text: String) -> PartialDate? {
        // "YYYY-MM-DD": `Int` reads ASCII digits only, so the text has at least ten bytes.
        guard text.utf8.count >= 10 else { return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              day <= CalendarMath.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    // MARK: Resolution

    private static func reference(from date: PartialDate) -> Reference? {
        let parts = date.value.prefix(10).split(separator: "-")
        guard let first = parts.first, let year = Int(first) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        return Reference(year: year, month: date.precision >= .month ? month : nil, day: date.precision >= .day ? day : nil)
    }

    /// How far ahead a month and day without a year or tense may be taken as the coming occurrence.
    static let nearFutureDays = 60

    /// A month (and day) without a year: nearest past occurrence (or the coming one within
    /// `nearFutureDays` when no past tense precedes it), or as "last"/"next"/"this" say.
    private func resolve(month: Int, day: Int?, modifier: String?, reference: Reference?) -> PartialDate? {
        guard let reference, let referenceMonth = reference.month else { return nil }
        var year: Int
        switch modifier {
        case "next"?, "coming"?:
            year = month > referenceMonth ? reference.year : reference.year + 1
        case "last"?, "past"?:
            year = month < referenceMonth ? reference.year : reference.year - 1
        case "this"?:
            year = reference.year
        case "future"?:
            let notBeforeReference: Bool
            if month != referenceMonth {
                notBeforeReference = month > referenceMonth
            } else if let day, let referenceDay = reference.day {
                notBeforeReference = day >= referenceDay
            } else {
                notBeforeReference = true
            }
            year = notBeforeReference ? reference.year : reference.year + 1
        default:
            let notAfterReference: Bool
            if month != referenceMonth {
                notAfterReference = month < referenceMonth
            } else if let day, let referenceDay = reference.day {
                notAfterReference = day <= referenceDay
            } else {
                notAfterReference = true
            }
            year = notAfterReference ? reference.year : reference.year - 1
            // "Dec. 6" in a paper of Nov. 19 with no tense to say otherwise: a day within the next 60 days is
            // the coming one rather than one almost a year ago.
            if modifier == nil, let day, let referenceDay = reference.day, day <= CalendarMath.daysIn(month: month, year: year + 1) {
                let today = CalendarMath.daysFromCivil(year: reference.year, month: referenceMonth, day: referenceDay)
                let ahead = CalendarMath.daysFromCivil(year: year + 1, month: month, day: day) - today
                if ahead > 0, ahead <= Self.nearFutureDays { year += 1 }
            }
        }
        if let day, day > CalendarMath.daysIn(month: month, year: year) { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// A weekday: the nearest on or before the publication day, or after it with "next".
    private func resolve(weekday: Int, modifier: String?, reference: Reference?) -> PartialDate? {
        guard let reference, let month = reference.month, let day = reference.day else { return nil }
        let days = CalendarMath.daysFromCivil(year: reference.year, month: month, day: day)
        let referenceWeekday = CalendarMath.isoWeekday(days: days)
        var delta: Int
        switch modifier {
        case "next"?, "coming"?, "future"?:
            delta = (weekday - referenceWeekday + 7) % 7
            if delta == 0 { delta = 7 }
        case "last"?, "past"?:
            delta = -((referenceWeekday - weekday + 7) % 7)
            if delta == 0 { delta = -7 }
        default:
            delta = -((referenceWeekday - weekday + 7) % 7)
        }
        let date = CalendarMath.civilFromDays(days + delta)
        return PartialDate(year: date.year, month: date.month, day: date.day)
    }

    private func shift(days delta: Int, reference: Reference?) -> PartialDate? {
        guard let reference, let month = reference.month, let day = reference.day else { return nil }
        let date = CalendarMath.civilFromDays(CalendarMath.daysFromCivil(year: reference.year, month: month, day: day) + delta)
        return PartialDate(year: date.year, month: date.month, day: date.day)
    }
}
