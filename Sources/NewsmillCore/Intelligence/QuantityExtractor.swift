/// Finds counted quantities: a number (digits or words, with scale), what it counts, a qualifier before
/// it and the event verb around it (GDELT count types: killed, wounded, arrested, ...).
///
/// - Number: "200", "3,000", "2.5 million", "five", "twenty-five", "three hundred", "$3 billion", "$12.9bn";
///   ranges "10 to 15", "10-15", "between 10 and 15" (value = lower bound, `maximum` = upper bound).
/// - Unit: "%"/"percent"/"per cent" -> "percent"; a currency sign -> its ISO code; otherwise up to three
///   words after the number until a function word or verb ("car bombs", "GIs", "seats"), skipping a
///   closing bracket ("[2.5 million] people"); failing that, "total/number/toll of NOUNS" earlier in the
///   sentence ("The total of American deaths is now approaching 3000"). A name right after the number
///   counts when a plural noun follows it ("three Taliban prisoners", "176 Hong Kong dollars"); a
///   partitive gives the noun after "of" and a determiner ("three of its commanders"); "other", "more",
///   ... may open the unit ("two other patients"). Numbers with no unit are skipped.
/// - Event: an event verb right before the qualifier/number ("killed over 200 people") or after the unit,
///   past auxiliaries ("60 GIs were killed").
/// - Place: "in <Location>" right after the unit.
/// Tokens already used by a date expression are not numbers here.
struct QuantityExtractor: Sendable {
    private static let currencies: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₦": "NGN",
    ]
    static let auxiliaries: WordSet = [
        "were", "was", "have", "had", "has", "been", "are", "is", "being", "be", "reportedly", "also", "all",
        "later", "were", "allegedly", "since", "now", "already",
    ]
    private static let qualifierWords: [(String, [String])] = AnalysisLexicon.qualifiers.map {
        ($0, $0.split(separator: " ").map(String.init))
    }
    static let totalNouns: WordSet = ["total", "number", "toll", "count", "tally", "sum"]

    func find(tokens: [AnalysisToken], text: AnalysisText, dateTokens: [Bool], entities: EntityRecognizer.Result) -> [Quantity] {
        var quantities: [Quantity] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].paragraph >= 0, !dateTokens[index], mayBeNumber(at: index, tokens: tokens),
                  let number = parseNumber(at: index, tokens: tokens) else {
                index += 1
                continue
            }
            if let quantity = quantity(number: number, tokens: tokens, text: text, entities: entities) {
                quantities.append(quantity.value)
                index = max(quantity.end, number.end)
            } else {
                index = number.end
            }
        }
        return quantities
    }

    /// A cheap filter before the dictionary look-ups: digits, or a short word starting like a number word
    /// that is one ("five") or may be a compound of two ("twenty-five").
    private func mayBeNumber(at index: Int, tokens: [AnalysisToken]) -> Bool {
        if tokens[index].kind == .number { return true }
        guard tokens[index].kind == .word else { return false }
        // "12.9bn", "5m": digits with a scale suffix are one word token.
        if let first = tokens[index].lower.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") { return true }
        // Only a number word, or a compound of two with a hyphen, can parse; most words are neither.
        // (Lowercasing keeps every "-" and adds none, so the written bytes tell.)
        guard !tokens[index].lexicon.isDisjoint(with: [.numberWord, .hyphenated]) else { return false }
        let lower = tokens[index].lower.utf8
        guard lower.count <= 13, let first = lower.first else { return false }
        return Self.isNumberInitial(first)
    }

    /// Whether a byte starts a number word ("one", "two", ..., "ten", "hundred", "dozen").
    private static func isNumberInitial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "n"),
             UInt8(ascii: "h"), UInt8(ascii: "d"):
            return true
        default:
            return false
        }
    }

    private struct ParsedNumber {
        var start: Int
        var end: Int
        var value: Double
        var maximum: Double?
    }

    // MARK: Numbers

    /// The value of a number word or of a compound of two ("twenty-five"); `isNumberWord`: whether the word is one
    /// of `AnalysisLexicon.numberWords` (a token's `.numberWord` bit, which spares the look-up of the rest).
    private func wordValue(_ lower: String, isNumberWord: Bool = true) -> Double? {
        if isNumberWord, let value = AnalysisLexicon.numberWords[lower] { return value }
        guard lower.utf8.contains(UInt8(ascii: "-")) else { return nil }
        // Most hyphenated words ("state-run", "five-year") are no compound of a tens word of five to nine letters
        // ("forty", "thousands") and a unit of three to five ("six", "seven"): an ASCII word whose parts have other
        // lengths is ruled out by its bytes, before the split into an array and the look-ups.
        if let isCompoundShaped = lower.utf8.withContiguousStorageIfAvailable({ Self.isCompoundShaped($0) }) ?? nil,
           !isCompoundShaped {
            return nil
        }
        let parts = lower.split(separator: "-")
        guard parts.count == 2, let tens = AnalysisLexicon.numberWords[String(parts[0])],
              let units = AnalysisLexicon.numberWords[String(parts[1])],
              tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0, units < 10 else { return nil }
        return tens + units
    }

    /// For an ASCII word: whether it splits at its hyphens (empty parts dropped, as `split` does) into exactly two
    /// parts, of five to nine and of three to five bytes; nil for other text.
    private static func isCompoundShaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var parts = 0
        var lengths = (0, 0)
        var length = 0
        for position in 0...bytes.count {
            guard position == bytes.count || bytes[position] == UInt8(ascii: "-") else {
                if bytes[position] >= 0x80 { return nil }
                length += 1
                continue
            }
            guard length > 0 else { continue }
            parts += 1
            if parts == 1 { lengths.0 = length } else { lengths.1 = length }
            length = 0
        }
        return parts == 2 && (5...9).contains(lengths.0) && (3...5).contains(lengths.1)
    }

    private func simpleNumber(at index: Int, tokens: [AnalysisToken]) -> (value: Double, end: Int, maximum: Double?)? {
        // Read in place by index (a copied token retains and releases its strings).
        let kind = tokens[index].kind
        var value: Double
        var maximum: Double? = nil
        if kind == .number, let plain = Self.plainNumberValue(tokens[index].text) {
            value = plain
        } else if kind == .number {
            let parts = tokens[index].text.split(separator: "-")
            guard let first = parts.first, let parsed = Double(first.removingASCII(",")) else { return nil }
            value = parsed
            if parts.count == 2, let upper = Double(parts[1].removingASCII(",")) { maximum = upper }
            if parts.count > 2 { return nil }
        } else if kind == .word,
                  // (A counting noun is a number word: a word without the bit is none.)
                  !tokens[index].lexicon.contains(.numberWord) || !Self.isCountingNoun(tokens[index].lower),
                  let parsed = wordValue(tokens[index].lower, isNumberWord: tokens[index].lexicon.contains(.numberWord)) {
            value = parsed
        } else if kind == .word, let parsed = Self.suffixedNumber(tokens[index].lower) {
            return (parsed, index + 1, nil)
        } else {
            return nil
        }
        var end = index + 1
        while end < tokens.count, tokens[end].lexicon.contains(.scale), let scale = AnalysisLexicon.scales[tokens[end].lower],
              kind == .number || scale >= 100 {
            value *= scale
            if let current = maximum { maximum = current * scale }
            end += 1
        }
        return (value, end, maximum)
    }

    /// The value of a number token's text when it is ASCII digits with commas between them and at most one
    /// point, of at most 15 digits ("200", "3,000", "2.5"): the same `Double` as splitting at "-" (there is
    /// none), dropping the commas and calling `Double(String)`, computed as an exact integer over an exact
    /// power of ten (one correctly rounded division, as `Double(String)` rounds). Nil for other text,
    /// which takes that slower way.
    static func plainNumberValue(_ text: String) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in text.utf8 {
            if byte &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint, digits > 0 {
                seenPoint = true
            } else if byte != UInt8(ascii: ",") {
                return nil
            }
        }
        guard digits > 0, digits <= 15, !seenPoint || fractionDigits > 0 else { return nil }
        return Double(mantissa) / Self.exactPowersOfTen[fractionDigits]
    }

    /// Powers of ten that are exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Suffixes written onto digits for a scale ("12.9bn", "5m", "300k").
    private static let scaleSuffixes: [(String, Double)] = [
        ("bn", 1_000_000_000), ("bln", 1_000_000_000), ("mn", 1_000_000), ("mln", 1_000_000), ("m", 1_000_000),
        ("k", 1_000), ("tn", 1_000_000_000_000),
    ]

    /// The value of digits with a scale suffix ("12.9bn" is 12,900,000,000), or nil.
    private static func suffixedNumber(_ lower: String) -> Double? {
        for (suffix, scale) in scaleSuffixes where lower.hasSuffix(suffix) {
            let digits = lower.dropLast(suffix.count).removingASCII(",")
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let value = Double(digits) else { return nil }
            return value * scale
        }
        return nil
    }

    /// Number words that start a count only after another number ("three hundred", "hundreds of").
    private static func isCountingNoun(_ lower: String) -> Bool {
        switch lower {
        case "hundred", "dozens", "hundreds", "thousands": return true
        default: return false
        }
    }

    private func parseNumber(at index: Int, tokens: [AnalysisToken]) -> ParsedNumber? {
        guard let first = simpleNumber(at: index, tokens: tokens) else { return nil }
        var result = ParsedNumber(start: index, end: first.end, value: first.value, maximum: first.maximum)
        // "10 to 15", "10 – 15", "between 10 and 15".
        if result.maximum == nil, result.end + 1 < tokens.count,
           tokens[result.end].lower.isExactly(anyOf: ["to", "-", "–", "and"]),
           tokens[result.end].lower != "and" || (index > 0 && tokens[index - 1].lower == "between"),
           let second = simpleNumber(at: result.end + 1, tokens: tokens), second.value > first.value {
            var lower = first.value
            // "2 to 3 million": the scale of the upper bound applies to both.
            let upperToken = tokens[result.end + 1]
            let upperRaw = upperToken.kind == .number
                ? Double(upperToken.text.removingASCII(",")) : wordValue(upperToken.lower)
            if first.end == index + 1, let upperRaw, upperRaw > 0, second.value > upperRaw {
                lower *= second.value / upperRaw
            }
            result.value = lower
            result.maximum = second.value
            result.end = second.end
        }
        if let maximum = result.maximum, maximum <= result.value { result.maximum = nil }
        return result
    }

    // MARK: Context

    private func quantity(
        number: ParsedNumber, tokens: [AnalysisToken], text: AnalysisText, entities: EntityRecognizer.Result
    ) -> (value: Quantity, end: Int)? {
        let sentence = tokens[number.start].sentence
        var start = number.start
        var unit: String? = nil
        if start > 0, let code = Self.currencies[tokens[start - 1].text] {
            unit = code
            start -= 1
        }
        // Ordinals ("the third") and number words used as pronouns are not quantities.
        if tokens[number.start].lower == "one", number.start > 0,
           ["the", "a", "no", "any", "every", "each", "this", "that"].contains(tokens[number.start - 1].lower) {
            return nil
        }
        // Qualifier.
        var qualifier: String? = nil
        if start > 0, tokens[start - 1].lower == "between", number.maximum != nil {
            qualifier = "between"
            start -= 1
        } else {
            // A qualifier ends right before the number, so its last word must be there.
            for (candidate, words) in Self.qualifierWords where start > 0 && tokens[start - 1].lexicon.contains(.qualifierEnd) {
                guard start >= words.count else { continue }
                let first = start - words.count
                if words.indices.allSatisfy({ tokens[first + $0].lower == words[$0] && tokens[first + $0].sentence == sentence }) {
                    qualifier = candidate
                    start = first
                    break
                }
            }
        }
        // Unit after the number.
        var index = number.end
        while index < tokens.count, ["]", ")"].contains(tokens[index].text) { index += 1 }
        var unitEnd = index
        // "three Taliban prisoners", "176 Hong Kong dollars": a name, then the counted noun.
        var unitThroughName = false
        if unit == nil, index < tokens.count, tokens[index].sentence == sentence, let mentionID = entities.mentionStartingAt[index],
           let nounEnd = pluralNoun(after: entities.mentions[mentionID].tokens.upperBound, sentence: sentence, tokens: tokens) {
            unit = text.string(from: tokens[index].start, to: tokens[nounEnd - 1].end)
            unitEnd = nounEnd
            unitThroughName = true
        }
        if unit == nil, index < tokens.count, tokens[index].sentence == sentence {
            let lower = tokens[index].lower
            if lower == "%" || lower == "percent" || lower == "pct" {
                unit = "percent"
                unitEnd = index + 1
            } else if lower == "per", index + 1 < tokens.count, tokens[index + 1].lower == "cent" {
                unit = "percent"
                unitEnd = index + 2
            } else {
                var words: [String] = []
                var probe = index
                // "two other patients", "30 more people": an adjective that is otherwise a stop word.
                if Self.countAdjectives.contains(lower), index + 1 < tokens.count, tokens[index + 1].kind == .word,
                   !tokens[index + 1].capitalized, !tokens[index + 1].lexicon.contains(.unitStop) {
                    words.append(tokens[index].text)
                    probe += 1
                }
                while probe < tokens.count, words.count < 3, tokens[probe].kind == .word, tokens[probe].sentence == sentence,
                      !tokens[probe].lexicon.contains(.unitStop), !tokens[probe].lexicon.contains(.month),
                      !tokens[probe].lexicon.contains(.eventVerb) || words.isEmpty && tokens[probe].lower == "dead" {
                    words.append(tokens[probe].text)
                    probe += 1
                    if probe < tokens.count, tokens[probe].text == "'s" { break }
                    if endsNounPhrase(tokens[probe - 1].lower) { break }
                }
                // A verb right after the number ("7.8 struck") or a final "-ed" word is not what is counted.
                if let first = words.first?.lowercased(), AnalysisLexicon.irregularPastTenses.contains(first) { words = [] }
                while let last = words.last?.lowercased(), last.hasSuffix("ed"), !AnalysisLexicon.irregularPlurals.contains(last) {
                    words.removeLast()
                    probe -= 1
                }
                if !words.isEmpty {
                    unit = words.joined(separator: " ")
                    unitEnd = probe
                } else if lower == "of", let partitive = partitive(at: index, sentence: sentence, tokens: tokens, text: text) {
                    unit = partitive.unit
                    unitEnd = partitive.end
                }
            }
        } else if unit != nil {
            unitEnd = number.end
        }
        if unit == nil {
            unit = totalOf(before: start, sentence: sentence, tokens: tokens)
            unitEnd = number.end
        }
        guard let unit else { return nil }
        // "a 2006 report": a year-like number before a singular noun is a year, not a count.
        let numberText = tokens[number.start].text
        if number.maximum == nil, numberText.count == 4, (1800...2100).contains(Int(numberText) ?? 0),
           let last = unit.split(separator: " ").last, !endsNounPhrase(last.lowercased()) {
            return nil
        }
        // "ten Hag", "Ten Downing Street": a number word before a name is part of the name.
        if !unitThroughName, index < tokens.count, let mentionID = entities.mentionStartingAt[index],
           entities.entities[entities.mentions[mentionID].cluster].type != .organization || tokens[number.start].kind == .word {
            return nil
        }

        // Event verb before or after.
        var event: String? = nil
        var back = start - 1
        while back >= 0, back >= start - 3, tokens[back].sentence == sentence {
            if tokens[back].lexicon.contains(.eventVerb), let type = AnalysisLexicon.eventVerbs[tokens[back].lower] {
                event = type
                break
            }
            if tokens[back].kind != .word || !tokens[back].lexicon.contains(.auxiliary) { break }
            back -= 1
        }
        if event == nil {
            var forward = unitEnd
            while forward < tokens.count, forward < unitEnd + 4, tokens[forward].sentence == sentence {
                if tokens[forward].lexicon.contains(.eventVerb), let type = AnalysisLexicon.eventVerbs[tokens[forward].lower] {
                    event = type
                    break
                }
                guard tokens[forward].lexicon.contains(.auxiliary) else { break }
                forward += 1
            }
        }
        // Place: "people in Sadr City".
        var place: String? = nil
        if unitEnd + 1 < tokens.count, tokens[unitEnd].lower == "in", let mentionID = entities.mentionStartingAt[unitEnd + 1] {
            let entity = entities.entities[entities.mentions[mentionID].cluster]
            if entity.type == .location { place = entity.name }
        }
        let textEnd = max(unitEnd, number.end) - 1
        let written = text.string(from: tokens[start].start, to: tokens[textEnd].end)
        return (Quantity(value: number.value, unit: unit, text: written, qualifier: qualifier, event: event,
                         maximum: number.maximum, place: place), max(unitEnd, number.end))
    }

    /// Adjectives that may open a counted noun phrase although they are stop words elsewhere.
    private static let countAdjectives: WordSet = ["other", "more", "additional", "new", "further", "extra"]

    /// Determiners of a partitive ("three of its commanders").
    private static let partitiveDeterminers: WordSet = ["the", "its", "their", "his", "her", "our", "these", "those"]

    /// The end of a plural noun among the (at most two) lowercase words from `start`, or nil.
    private func pluralNoun(after start: Int, sentence: Int, tokens: [AnalysisToken]) -> Int? {
        var probe = start
        while probe < tokens.count, probe < start + 2, tokens[probe].kind == .word, tokens[probe].sentence == sentence,
              !tokens[probe].capitalized, !tokens[probe].lexicon.contains(.unitStop) {
            if endsNounPhrase(tokens[probe].lower) { return probe + 1 }
            probe += 1
        }
        return nil
    }

    /// "eight of its Hong Kong shares", "123 of the planes": the counted noun after "of" and a
    /// determiner, up to four words ending in a plural noun.
    private func partitive(at of: Int, sentence: Int, tokens: [AnalysisToken], text: AnalysisText) -> (unit: String, end: Int)? {
        var probe = of + 1
        guard probe < tokens.count, Self.partitiveDeterminers.contains(lowerOf: probe, in: tokens) else { return nil }
        probe += 1
        let first = probe
        while probe < tokens.count, probe < first + 4, tokens[probe].kind == .word, tokens[probe].sentence == sentence,
              !tokens[probe].lexicon.contains(.unitStop), !tokens[probe].lexicon.contains(.eventVerb) {
            if !tokens[probe].capitalized, endsNounPhrase(tokens[probe].lower) {
                return (text.string(from: tokens[first].start, to: tokens[probe].end), probe + 1)
            }
            probe += 1
        }
        return nil
    }

    /// A plural noun ends a counted noun phrase ("car bombs", "people"): what follows is a verb or more.
    private func endsNounPhrase(_ lower: String) -> Bool {
        if AnalysisLexicon.irregularPlurals.contains(lower) { return true }
        return lower.count > 2 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us")
    }

    /// "The total of American deaths is ... 3000": the counted noun phrase before the number.
    private func totalOf(before start: Int, sentence: Int, tokens: [AnalysisToken]) -> String? {
        var index = start - 1
        while index >= 1, index >= start - 15, tokens[index].sentence == sentence {
            if tokens[index].lower == "of", tokens[index - 1].lexicon.contains(.totalNoun) {
                var words: [String] = []
                var probe = index + 1
                while probe < start, words.count < 3, tokens[probe].kind == .word,
                      !tokens[probe].lexicon.contains(.unitStop) {
                    words.append(tokens[probe].text)
                    probe += 1
                    if endsNounPhrase(tokens[probe - 1].lower) { break }
                }
                return words.isEmpty ? nil : words.joined(separator: " ")
            }
            index -= 1
        }
        return nil
    }
}
