/// One token of analysed text: a word, a number or a single punctuation mark.
struct AnalysisToken: Sendable {
    /// What a token is made of.
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// The token's text; a possessive "’s" is its own punct token with text "'s".
    var text: String
    /// The text lowercased (same as `text` for punctuation).
    var lower: String
    /// Word, number or punctuation.
    var kind: Kind
    /// Where the token is in the analysed string.
    var range: Range<String.Index>
    /// The paragraph the token is in (0-based; the title, when given, is paragraph -1).
    var paragraph: Int
    /// The sentence the token is in (0-based, increasing through the text).
    var sentence: Int
    /// Whether the token is the first word or number of its sentence (opening quotes skipped).
    var sentenceStart: Bool
    /// Whether whitespace precedes the token.
    var spaceBefore: Bool
    /// Whether the first letter is uppercase (or the token is an "al-Sadr"-style particle name).
    var capitalized: Bool
}

/// Splits text into tokens, paragraphs and sentences (rules over Unicode scalars, no dictionary).
///
/// Paragraphs are separated by blank lines; a single newline also ends a paragraph when the line before
/// ends a sentence (so hard-wrapped text keeps its sentences). Words keep inner hyphens, apostrophes and
/// abbreviation periods ("U.S.", "Nov.", "al-Sadr", "doesn’t"); a possessive "’s" is split off so names
/// fold ("Baghdad’s" -> "Baghdad", "'s"). Numbers keep inner "." and "," between digits ("2.5", "3,000").
enum AnalysisTokenizer {
    /// Abbreviations that take their period (lowercased, without the period).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen",
        "rep", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "mt", "ft", "pres", "sec",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "approx",
        "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "u.s.a",
    ]
    /// Abbreviations after which a period never ends a sentence.
    static let neverFinal: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "cpl.", "adm.",
        "gov.", "sen.", "rep.", "rev.", "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "no.", "mt.", "vs.",
    ]
    /// Capitalised words that, after an abbreviation's period, show a new sentence began.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "but", "and", "this", "that", "there",
        "his", "her", "their", "its", "on", "at", "as", "so", "yet", "if", "when", "while",
    ]
    /// Arabic article prefixes written lowercase before a capitalised name ("al-Sadr").
    static let particlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-", "ul-"]

    /// Tokenizes `text`; `firstParagraph` numbers the first paragraph (the title uses -1).
    static func tokenize(_ text: String, firstParagraph: Int = 0, into tokens: inout [AnalysisToken]) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var paragraph = firstParagraph
        var sentence = (tokens.last?.sentence ?? -1) + 1
        var sentenceHasWord = false
        var spaceBefore = true
        var pendingBreak = false  // a sentence break waits for the next token

        func startSentence() {
            sentence += 1
            sentenceHasWord = false
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                var newlines = 0
                var probe = index
                while probe < scalars.endIndex, isSpace(scalars[probe]) {
                    if scalars[probe] == "\n" || scalars[probe] == "\u{2029}" { newlines += 1 }
                    probe = scalars.index(after: probe)
                }
                let endsSentence = tokens.last.map { [".", "!", "?", "”", "’", "\"", ":"].contains($0.text) } ?? true
                if newlines >= 2 || endsSentence || scalar == "\u{2029}" {
                    if tokens.last?.paragraph == paragraph { paragraph += 1 }
                    if sentenceHasWord { startSentence() }
                    pendingBreak = false
                }
                spaceBefore = true
                index = probe
                continue
            }
            if isSpace(scalar) {
                spaceBefore = true
                index = scalars.index(after: index)
                continue
            }
            if pendingBreak {
                pendingBreak = false
                if sentenceHasWord { startSentence() }
            }
            let start = index
            var kind = AnalysisToken.Kind.punct
            if isWordScalar(scalar) {
                let startsWithDigit = isDigit(scalar)
                kind = startsWithDigit ? .number : .word
                index = scalars.index(after: index)
                while index < scalars.endIndex {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        if startsWithDigit, !isDigit(current) { kind = .word }
                        index = scalars.index(after: index)
                        continue
                    }
                    let next = scalars.index(after: index)
                    guard next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
                    let nextIsDigit = isDigit(scalars[next])
                    switch current {
                    case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "&":
                        if startsWithDigit && !nextIsDigit { kind = .word }
                        index = next
                        continue
                    case ".":
                        if startsWithDigit ? nextIsDigit : !nextIsDigit {
                            index = next
                            continue
                        }
                    case ",":
                        if startsWithDigit && kind == .number && nextIsDigit {
                            index = next
                            continue
                        }
                    default: break
                    }
                    break
                }
                if kind == .word, index < scalars.endIndex, scalars[index] == "." {
                    let body = String(text.unicodeScalars[start..<index]).lowercased()
                    let isInitial = body.unicodeScalars.count == 1 && scalar.properties.isUppercase
                    if abbreviations.contains(body) || body.contains(".") || isInitial {
                        index = scalars.index(after: index)
                    }
                }
            } else {
                index = scalars.index(after: index)
            }
            var range = start..<index
            var possessive: Range<String.Index>? = nil
            if kind == .word {
                let wordScalars = scalars[range]
                if wordScalars.count > 2, let last = wordScalars.last, last == "s" || last == "S" {
                    let apostrophe = scalars.index(before: scalars.index(before: index))
                    if scalars[apostrophe] == "'" || scalars[apostrophe] == "\u{2019}" {
                        possessive = apostrophe..<index
                        range = start..<apostrophe
                    }
                }
            }
            let tokenText = String(text.unicodeScalars[range])
            let lower = kind == .punct ? tokenText : tokenText.lowercased()
            let capitalized = kind == .word && isCapitalizedWord(tokenText)
            let isWordLike = kind != .punct
            tokens.append(AnalysisToken(
                text: tokenText, lower: lower, kind: kind, range: range, paragraph: paragraph, sentence: sentence,
                sentenceStart: isWordLike && !sentenceHasWord, spaceBefore: spaceBefore, capitalized: capitalized
            ))
            if isWordLike { sentenceHasWord = true }
            if let possessive {
                tokens.append(AnalysisToken(
                    text: "'s", lower: "'s", kind: .punct, range: possessive, paragraph: paragraph,
                    sentence: sentence, sentenceStart: false, spaceBefore: false, capitalized: false
                ))
            }
            spaceBefore = false
            switch tokenText {
            case ".", "!", "?":
                pendingBreak = true
            case "”", "\"", "’", ")":
                break  // a closing mark after a sentence end keeps the pending break
            default:
                if kind == .word, tokenText.hasSuffix("."), !neverFinal.contains(lower) {
                    // "in the U.S. The next ..." ends a sentence; "U.S. forces" does not.
                    var probe = index
                    while probe < scalars.endIndex, isSpace(scalars[probe]) { probe = scalars.index(after: probe) }
                    var wordEnd = probe
                    while wordEnd < scalars.endIndex, scalars[wordEnd].properties.isAlphabetic {
                        wordEnd = scalars.index(after: wordEnd)
                    }
                    let following = String(text.unicodeScalars[probe..<wordEnd])
                    pendingBreak = isCapitalizedWord(following) && sentenceOpeners.contains(following.lowercased())
                } else if kind != .punct || !["”", "\"", "’", ")"].contains(tokenText) {
                    pendingBreak = false
                }
            }
        }
    }

    /// The source text a token range covers, as written.
    static func source(of range: Range<Int>, tokens: [AnalysisToken], in text: String) -> String {
        guard !range.isEmpty else { return "" }
        return String(text[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound])
    }

    /// Whether a scalar can be part of a word or number.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
            || scalar == "\u{2029}" || scalar == "\u{2028}" || (!scalar.isASCII && scalar.properties.isWhitespace)
    }

    /// Whether a word starts with an uppercase letter, or is a particle name such as "al-Sadr".
    static func isCapitalizedWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if first.isASCII {
            if first.value >= 0x41 && first.value <= 0x5A { return true }
            // Only "al-", "ash-", ... (a lowercase letter, one or two more, then "-") can be particle names.
            let utf8 = word.utf8
            guard utf8.count > 3, first.value >= 0x61 && first.value <= 0x7A else { return false }
            let third = utf8[utf8.index(utf8.startIndex, offsetBy: 2)]
            let fourth = utf8[utf8.index(utf8.startIndex, offsetBy: 3)]
            guard third == UInt8(ascii: "-") || fourth == UInt8(ascii: "-") else { return false }
        } else if first.properties.isUppercase {
            return true
        }
        for prefix in particlePrefixes where word.hasPrefix(prefix) {
            let rest = word.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
            return rest.first?.properties.isUppercase ?? false
        }
        return false
    }
}
