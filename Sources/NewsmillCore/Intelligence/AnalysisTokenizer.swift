import Foundation

/// The analysed text as UTF-8 bytes; tokens point into it by byte offsets.
struct AnalysisText: Sendable {
    /// The text's UTF-8 bytes.
    let utf8: [UInt8]

    init(_ string: String) {
        utf8 = Array(string.utf8)
    }

    /// The text between two byte offsets on scalar boundaries, as written.
    func string(from start: Int, to end: Int) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}

/// One token of analysed text: a word, a number or a single punctuation mark.
struct AnalysisToken: Sendable {
    /// What a token is made of.
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// The token's text; a possessive "’s" is its own punct token with text "'s".
    var text: String
    /// The text lowercased (same as `text` for punctuation).
    var lower: String
    /// Where the token starts in the analysed text (UTF-8 byte offset).
    var start: Int { Int(storedStart) }
    /// Where the token ends in the analysed text (UTF-8 byte offset, exclusive).
    var end: Int { Int(storedEnd) }
    /// The paragraph the token is in (0-based; the title, when given, is paragraph -1).
    var paragraph: Int { Int(storedParagraph) }
    /// The sentence the token is in (0-based, increasing through the text).
    var sentence: Int { Int(storedSentence) }
    // The four above in 32 bits each: a token of 72 bytes instead of 88, and the extractors' many passes
    // over the tokens read a sixth less memory.
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedParagraph: Int32
    private var storedSentence: Int32
    /// 64-bit FNV-1a of `lower`'s UTF-8 bytes (the word hash `SimHash` uses); 0 for punctuation.
    var lowerHash: UInt64
    /// The word lists `lower` is in.
    var lexicon: AnalysisLexicon.Lists
    /// Word, number or punctuation.
    var kind: Kind
    /// Whether the token is the first word or number of its sentence (opening quotes skipped).
    var sentenceStart: Bool
    /// Whether whitespace precedes the token.
    var spaceBefore: Bool
    /// Whether the first letter is uppercase (or the token is an "al-Sadr"-style particle name).
    var capitalized: Bool

    init(
        text: String, lower: String, start: Int, end: Int, paragraph: Int, sentence: Int, lowerHash: UInt64,
        lexicon: AnalysisLexicon.Lists, kind: Kind, sentenceStart: Bool, spaceBefore: Bool, capitalized: Bool
    ) {
        self.text = text
        self.lower = lower
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        storedParagraph = Int32(truncatingIfNeeded: paragraph)
        storedSentence = Int32(truncatingIfNeeded: sentence)
        self.lowerHash = lowerHash
        self.lexicon = lexicon
        self.kind = kind
        self.sentenceStart = sentenceStart
        self.spaceBefore = spaceBefore
        self.capitalized = capitalized
    }
}

/// Splits text into tokens, paragraphs and sentences (rules over Unicode scalars, no dictionary).
///
/// Paragraphs are separated by blank lines; a single newline also ends a paragraph when the line before
/// ends a sentence (so hard-wrapped text keeps its sentences). Words keep inner hyphens, apostrophes and
/// abbreviation periods ("U.S.", "Nov.", "al-Sadr", "doesn’t"); a possessive "’s" is split off so names
/// fold ("Baghdad’s" -> "Baghdad", "'s"). Numbers keep inner "." and "," between digits ("2.5", "3,000").
///
/// Implementation: one pass over the UTF-8 bytes, decoding scalars only where a byte is not ASCII.
/// Each token's lowercase form, its FNV-1a hash and its word-list memberships (`AnalysisLexicon.Lists`,
/// one hash-table probe) are computed here once, so the extractors test bits instead of hashing strings.
/// ASCII tokens are lowercased byte by byte; a token with other scalars goes through `String.lowercased()`.
enum AnalysisTokenizer {
    /// Abbreviations that take their period (lowercased, without the period).
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen",
        "rep", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "mt", "ft", "pres", "sec",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "approx",
        "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "u.s.a", "insp", "supt", "det", "cst", "cmdr", "brig", "pol",
        "engr", "cde", "coun", "const", "fr", "msgr", "atty", "amb", "cdr", "pte", "spc", "pfc", "ald",
    ]
    /// Abbreviations of states and provinces that take their period only when capitalised ("Springfield,
    /// Ill.", "Jackson, Miss."; not "fell ill."), lowercase and without it. The gazetteer knows them with it.
    static let capitalizedAbbreviations: WordSet = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "oreg", "pa", "penn", "tenn",
        "vt", "va", "wash", "wis", "wisc", "wyo", "alta", "sask", "ont", "que", "nfld",
    ]
    /// Abbreviations after which a period never ends a sentence.
    static let neverFinal: WordSet = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "cpl.", "adm.",
        "gov.", "sen.", "rep.", "rev.", "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "no.", "mt.", "vs.", "insp.", "supt.", "det.", "cst.", "cmdr.", "brig.",
        "engr.", "cde.", "pol.", "coun.", "const.", "fr.", "msgr.", "atty.", "amb.", "cdr.", "pte.", "spc.", "pfc.",
        "ald.",
    ]
    /// Capitalised words that, after an abbreviation's period, show a new sentence began.
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "but", "and", "this", "that", "there",
        "his", "her", "their", "its", "on", "at", "as", "so", "yet", "if", "when", "while",
    ]
    /// Second parts of compounds whose first part is a name ("Florida-based", "Cameron-led", "Kremlin-backed",
    /// "Atlanta-born"): the tokenizer splits the name off, so it is found as any name is.
    static let compoundSuffixes: WordSet = [
        "based", "born", "bred", "raised", "area", "led", "owned", "controlled", "run", "backed", "funded", "linked",
        "inspired", "dominated", "sponsored", "supported", "affiliated", "aligned", "allied", "headquartered",
        "registered", "listed", "made", "built", "bound", "native", "style", "era", "held", "operated", "managed",
        "leaning", "friendly", "centric", "focused", "educated", "trained", "produced", "brokered", "appointed",
    ]
    /// Arabic article prefixes written lowercase before a capitalised name ("al-Sadr").
    static let particlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-", "ul-"]

    /// Tokenizes `text`; `firstParagraph` numbers the first paragraph (the title uses -1); word-list bits
    /// come from `lexicon` (`Gazetteer.lexicon`).
    static func tokenize(_ text: AnalysisText, firstParagraph: Int = 0, lexicon: LexiconTable, into tokens: inout [AnalysisToken]) {
        text.utf8.withUnsafeBufferPointer { bytes in
            var scanner = Scanner(bytes: bytes, lexicon: lexicon, paragraph: firstParagraph,
                                  sentence: (tokens.last?.sentence ?? -1) + 1)
            scanner.run(into: &tokens)
        }
    }

    /// The tokenizer's state over one text.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let lexicon: LexiconTable
        var paragraph: Int
        var sentence: Int
        var sentenceHasWord = false
        var spaceBefore = true
        /// A sentence break waits for the next token.
        var pendingBreak = false
        /// Earlier tokens by a hash of their bytes (`seenHash`), so a repeated word reuses their strings.
        var seen: SeenTokens
        /// Whether word-list look-ups are put off (see `makeToken`): always but for a text too long for
        /// the batch's 32-bit offsets and token numbers (a token has at least one byte).
        let defersLookups: Bool
        /// Word-list look-ups put off to the end of the text, done there in one batch
        /// (`LexiconTable.lists(of:in:)`).
        var deferredLookups: [LexiconTable.Query] = []
        /// The token each deferred look-up is for.
        var deferredTokens: [Int32] = []
        /// Tokens that repeat an earlier one, with that token's index: they take its word lists once the
        /// deferred look-ups are done.
        var repeatedTokens: [(token: Int32, source: Int32)] = []
        /// The classes of the non-ASCII scalars met so far.
        var scalarClasses = ScalarClasses()

        init(bytes: UnsafeBufferPointer<UInt8>, lexicon: LexiconTable, paragraph: Int, sentence: Int) {
            self.bytes = bytes
            self.lexicon = lexicon
            self.paragraph = paragraph
            self.sentence = sentence
            // About one distinct token per 15 bytes of news text: sized so the table rarely grows.
            seen = SeenTokens(expectedTokens: bytes.count / 12)
            defersLookups = bytes.count < Int(Int32.max)
            deferredLookups.reserveCapacity(bytes.count / 12)
            deferredTokens.reserveCapacity(bytes.count / 12)
            repeatedTokens.reserveCapacity(bytes.count / 6)
        }

        /// The scalar at a byte offset and its length in bytes (the text is valid UTF-8).
        @inline(__always)
        func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let lead = bytes[offset]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            return AnalysisTokenizer.decodeMultibyte(bytes, at: offset)
        }

        /// `AnalysisTokenizer.isWordScalar`, non-ASCII scalars through `scalarClasses`.
        @inline(__always)
        mutating func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? AnalysisTokenizer.isWordScalar(scalar) : scalarClasses.classes(of: scalar) & ScalarClasses.word != 0
        }

        /// `AnalysisTokenizer.isDigit`, non-ASCII scalars through `scalarClasses`.
        @inline(__always)
        mutating func isDigitScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? AnalysisTokenizer.isDigit(scalar) : scalarClasses.classes(of: scalar) & ScalarClasses.digit != 0
        }

        /// `AnalysisTokenizer.isSpace`, non-ASCII scalars through `scalarClasses`.
        @inline(__always)
        mutating func isSpaceScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? AnalysisTokenizer.isSpace(scalar) : scalarClasses.classes(of: scalar) & ScalarClasses.space != 0
        }

        /// Whether the bytes from `start` are one of `compoundSuffixes` and end the word there ("based" in
        /// "Florida-based"; not "based-on" or "basedx").
        func endsCompoundSuffix(from start: Int) -> Bool {
            var end = start
            while end < bytes.count, bytes[end] &- UInt8(ascii: "a") < 26 { end += 1 }
            guard end - start >= 2, end - start <= 14 else { return false }
            if end < bytes.count {
                let following = bytes[end]
                // Another letter (a capital, a non-ASCII one), a digit or an inner hyphen or apostrophe goes on.
                if following >= 0x80 || AnalysisTokenizer.isWordScalar(Unicode.Scalar(following))
                    || following == UInt8(ascii: "-") || following == UInt8(ascii: "'") { return false }
            }
            return AnalysisTokenizer.compoundSuffixes.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }

        mutating func startSentence() {
            sentence += 1
            sentenceHasWord = false
        }

        mutating func run(into tokens: inout [AnalysisToken]) {
            // Tokens keep their offsets in 32 bits: a text's bytes past 2 GiB (far beyond any article) are not read.
            // (A token ends at most one scalar, four bytes, past the last scalar started before `end`.)
            let end = min(bytes.count, Int(Int32.max) - 4)
            var index = 0
            while index < end {
                let (scalar, length) = scalar(at: index)
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                    var newlines = 0
                    var probe = index
                    while probe < end {
                        let (current, currentLength) = self.scalar(at: probe)
                        guard isSpaceScalar(current) else { break }
                        if current == "\n" || current == "\u{2029}" { newlines += 1 }
                        probe += currentLength
                    }
                    let endsSentence = tokens.last.map { AnalysisTokenizer.endsLine($0.text) } ?? true
                    if newlines >= 2 || endsSentence || scalar == "\u{2029}" {
                        if tokens.last?.paragraph == paragraph { paragraph += 1 }
                        if sentenceHasWord { startSentence() }
                        pendingBreak = false
                    }
                    spaceBefore = true
                    index = probe
                    continue
                }
                if isSpaceScalar(scalar) {
                    spaceBefore = true
                    index += length
                    continue
                }
                // A closing mark right after a sentence's end (“… in June.”, "(… once.)") belongs to that
                // sentence: the break waits for the token after it.
                if pendingBreak, !AnalysisTokenizer.closesSentence(scalar, spaceBefore: spaceBefore) {
                    pendingBreak = false
                    if sentenceHasWord { startSentence() }
                }
                let start = index
                var kind = AnalysisToken.Kind.punct
                if isWord(scalar) {
                    let startsWithDigit = isDigitScalar(scalar)
                    kind = startsWithDigit ? .number : .word
                    index += length
                    while index < end {
                        // ASCII letters and digits, most of a word, a byte at a time (what the decoding below does for them).
                        while bytes[index] < 0x80, AnalysisTokenizer.isWordScalar(Unicode.Scalar(bytes[index])) {
                            if startsWithDigit, bytes[index] &- UInt8(ascii: "0") >= 10 { kind = .word }
                            index += 1
                            guard index < end else { break }
                        }
                        guard index < end else { break }
                        let (current, currentLength) = self.scalar(at: index)
                        if isWord(current) {
                            if startsWithDigit, !isDigitScalar(current) { kind = .word }
                            index += currentLength
                            continue
                        }
                        let next = index + currentLength
                        guard next < end else { break }
                        let following = self.scalar(at: next).scalar
                        guard isWord(following) else { break }
                        let nextIsDigit = isDigitScalar(following)
                        switch current {
                        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "&":
                            // "Florida-based", "Hong Kong-based", "Cameron-led": a capitalised word before a
                            // compound's lowercase second part is a name of its own.
                            if current == "-", !startsWithDigit, scalar.value &- 0x41 < 26 || !scalar.isASCII && scalar.properties.isUppercase,
                               endsCompoundSuffix(from: next) { break }
                            // "Regina Barrow, D-Baton Rouge,", "(R-Texas)": a US party's letter before a legislator's
                            // state or district is no part of the place's name.
                            if current == "-", index == start + 1, bytes[start] == UInt8(ascii: "D") || bytes[start] == UInt8(ascii: "R")
                                || bytes[start] == UInt8(ascii: "I"), following.value &- 0x41 < 26,
                               let previous = tokens.last, previous.text == "," || previous.text == "(" { break }
                            if startsWithDigit && !nextIsDigit { kind = .word }
                            index = next
                            continue
                        case ".":
                            // "Dr.Muazu Babangida Aliyu", "Gov.Ortom": a title's abbreviation written against the name
                            // ends its own token (with its period, `takesPeriod`), so the name is found as any is.
                            // (The bytes first: the word-list look-up only for a capital and a lowercase letter after
                            // the period, not for "U.S.".)
                            if !startsWithDigit, following.value &- 0x41 < 26, next + 1 < end, bytes[next + 1] &- UInt8(ascii: "a") < 26,
                               isTitleAbbreviation(start..<next) { break }
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
                    if kind == .word, index < end, bytes[index] == UInt8(ascii: "."), takesPeriod(start..<index, first: scalar) {
                        index += 1
                    }
                } else {
                    index += length
                }
                var tokenEnd = index
                var possessiveStart: Int? = nil
                if kind == .word, bytes[index - 1] == UInt8(ascii: "s") || bytes[index - 1] == UInt8(ascii: "S") {
                    // "’s" / "'s" after at least one scalar of the word.
                    if index - 2 > start, bytes[index - 2] == UInt8(ascii: "'") {
                        possessiveStart = index - 2
                    } else if index - 4 > start, bytes[index - 4] == 0xE2, bytes[index - 3] == 0x80, bytes[index - 2] == 0x99 {
                        possessiveStart = index - 4
                    } else if index - 3 > start, bytes[index - 3] == 0xCA, bytes[index - 2] == 0xBC {
                        // "Ukraineʼs": U+02BC, the modifier letter apostrophe.
                        possessiveStart = index - 3
                    }
                    if let possessiveStart {
                        tokenEnd = possessiveStart
                        // "1972’s": the digits before a possessive are a number.
                        if (start..<possessiveStart).allSatisfy({ bytes[$0] &- UInt8(ascii: "0") < 10 }) { kind = .number }
                    }
                }
                tokens.append(makeToken(kind: kind, start: start, end: tokenEnd, earlier: tokens))
                let lists = tokens[tokens.count - 1].lexicon
                if kind != .punct { sentenceHasWord = true }
                if let possessiveStart {
                    tokens.append(AnalysisToken(
                        text: "'s", lower: "'s", start: possessiveStart, end: index, paragraph: paragraph,
                        sentence: sentence, lowerHash: 0, lexicon: [], kind: .punct, sentenceStart: false,
                        spaceBefore: false, capitalized: false
                    ))
                }
                spaceBefore = false
                let tokenLength = tokenEnd - start
                let first = bytes[start]
                if tokenLength == 1, first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") {
                    pendingBreak = true
                } else if tokenLength == 1, first == UInt8(ascii: "\"") || first == UInt8(ascii: ")") {
                    // A closing mark after a sentence end keeps the pending break.
                } else if tokenLength == 3, first == 0xE2, bytes[start + 1] == 0x80,
                          bytes[start + 2] == 0x9D || bytes[start + 2] == 0x99 {
                    // ” and ’ likewise.
                } else if kind == .word, bytes[tokenEnd - 1] == UInt8(ascii: "."), !lists.contains(.neverFinal) {
                    // "in the U.S. The next ..." ends a sentence; "U.S. forces" does not.
                    var probe = index
                    while probe < end {
                        let (current, currentLength) = self.scalar(at: probe)
                        guard isSpaceScalar(current) else { break }
                        probe += currentLength
                    }
                    var wordEnd = probe
                    while wordEnd < end {
                        let (current, currentLength) = self.scalar(at: wordEnd)
                        // ASCII scalars are alphabetic exactly when they are letters.
                        let isLetter = current.isASCII ? (current.value | 0x20) &- 0x61 < 26 : current.properties.isAlphabetic
                        guard isLetter else { break }
                        wordEnd += currentLength
                    }
                    // "Chief Justice S. A. Bobde": one letter and a period is an initial, not the article "A"
                    // or the pronoun "I" opening a sentence.
                    let isInitial = wordEnd == probe + 1 && wordEnd < end && bytes[wordEnd] == UInt8(ascii: ".")
                    let following = String(decoding: UnsafeBufferPointer(rebasing: bytes[probe..<wordEnd]), as: UTF8.self)
                    pendingBreak = !isInitial && AnalysisTokenizer.isCapitalizedWord(following)
                        && AnalysisTokenizer.sentenceOpeners.contains(following.lowercased())
                } else {
                    pendingBreak = false
                }
            }
            completeWordLists(of: &tokens)
        }

        /// Does the deferred word-list look-ups in one batch and gives every repeated token the lists of
        /// the token it repeats.
        func completeWordLists(of tokens: inout [AnalysisToken]) {
            let found = lexicon.lists(of: deferredLookups, in: bytes)
            for (position, token) in deferredTokens.enumerated() {
                tokens[Int(token)].lexicon.formUnion(found[position])
                // The birth-register given names, for capitalised words that no word list knows ("Tuesday",
                // "British" stay what their lists say; the names are ASCII, like every token here).
                if tokens[Int(token)].capitalized, found[position].isEmpty,
                   AnalysisLexicon.registeredGivenNames.contains(hash: tokens[Int(token)].lowerHash) {
                    tokens[Int(token)].lexicon.insert(.givenName)
                }
            }
            for (token, source) in repeatedTokens {
                tokens[Int(token)].lexicon = tokens[Int(source)].lexicon
            }
            // "weighed in", "shot back": the verb speaks only before its particle.
            for index in tokens.indices.dropLast() where tokens[index].lexicon.contains(.phrasalSpeechVerb) {
                if AnalysisLexicon.phrasalSpeechVerbs[tokens[index].lower] == tokens[index + 1].lower {
                    tokens[index].lexicon.insert(.speechVerb)
                }
            }
        }

        /// Whether the bytes `range` (ending in a period) are a title's abbreviation that never ends a sentence
        /// ("Dr.", "Gov.", "Mrs."; not "No." or "Jan.").
        func isTitleAbbreviation(_ range: Range<Int>) -> Bool {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            guard word.count <= 6, word.allSatisfy({ $0 < 0x80 }) else { return false }
            let lists = lexicon.lists(ofASCIILowercased: word, hash: SimHash.fnv1aOfASCIILowercased(word))
            return lists.contains(.title) && lists.contains(.neverFinal)
        }

        /// Whether the word `range`, followed by a period, takes it: a known abbreviation, a word with
        /// inner periods ("U.S") or a single capital (an initial).
        func takesPeriod(_ range: Range<Int>, first: Unicode.Scalar) -> Bool {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            if word.allSatisfy({ $0 < 0x80 }) {
                // "U.S.", "a.m.", "Ph.D." take it; a domain's name does not ("reported by Space.com.", "Andina.com."):
                // its last part is two or more lowercase letters.
                if let lastDot = word.lastIndex(of: UInt8(ascii: ".")) {
                    let lastPart = word[(lastDot + 1)...]
                    return lastPart.count < 2 || !lastPart.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 })
                }
                let isCapitalized = word[0] &- UInt8(ascii: "A") < 26
                if word.count == 1, isCapitalized { return true }
                let lists = lexicon.lists(ofASCIILowercased: word, hash: SimHash.fnv1aOfASCIILowercased(word))
                return lists.contains(.abbreviation) || isCapitalized && lists.contains(.capitalizedAbbreviation)
            }
            let body = String(decoding: word, as: UTF8.self).lowercased()
            let isInitial = body.unicodeScalars.count == 1 && first.properties.isUppercase
            return AnalysisTokenizer.abbreviations.contains(body) || body.contains(".") || isInitial
        }

        /// Puts off the word-list look-up of the ASCII token `start..<end` (see `makeToken`) and returns no
        /// lists; when `defersLookups` is off, returns its lists.
        mutating func deferLookup(start: Int, end: Int, hash: UInt64, token: Int) -> AnalysisLexicon.Lists {
            guard defersLookups else {
                return lexicon.lists(ofASCIILowercased: UnsafeBufferPointer(rebasing: bytes[start..<end]), hash: hash)
            }
            deferredLookups.append(LexiconTable.Query(start: Int32(start), end: Int32(end), hash: hash))
            deferredTokens.append(Int32(token))
            return []
        }

        /// A hash of the bytes `start..<end` for the seen-token table alone, where any hash serves (a match
        /// is confirmed on the bytes): the first and last eight bytes and the length, mixed with a few
        /// multiplies, where FNV-1a chains a multiply per byte.
        @inline(__always)
        func seenHash(start: Int, end: Int) -> UInt64 {
            let count = end - start
            let base = UnsafeRawPointer(bytes.baseAddress!)
            var first: UInt64 = 0
            var last: UInt64 = 0
            if count >= 8 {
                first = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
                last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self))
            } else if start + 8 <= bytes.count {
                let loaded = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
                first = loaded & ((1 << UInt64(8 * count)) &- 1)
            } else {
                for offset in 0..<count { first |= UInt64(bytes[start + offset]) << UInt64(8 * offset) }
            }
            var hash = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
            hash ^= hash >> 29
            hash &*= 0xBF58_476D_1CE4_E5B9
            return hash ^ (hash >> 32)
        }

        /// Builds the token for `start..<end`: text, lowercase form, hash, word lists and flags. A token
        /// whose bytes and kind equal an earlier one's copies those (they depend on nothing else).
        ///
        /// The word lists of an ASCII token are looked up later, in one batch with the text's others
        /// (`completeWordLists`), unless it is a word ending in a period, whose `.neverFinal` bit the
        /// sentence-break test reads at once; until then the token holds only its flag bits.
        mutating func makeToken(kind: AnalysisToken.Kind, start: Int, end: Int, earlier tokens: [AnalysisToken]) -> AnalysisToken {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let bytesHash = seenHash(start: start, end: end)
            let isWordLike = kind != .punct
            if let match = seen.find(hash: bytesHash, where: { candidate in
                tokens[candidate].kind == kind && tokens[candidate].end - tokens[candidate].start == slice.count
                    && AnalysisTokenizer.bytesEqual(bytes.baseAddress! + tokens[candidate].start, slice.baseAddress!, count: slice.count)
            }) {
                if defersLookups { repeatedTokens.append((Int32(tokens.count), Int32(match))) }
                return AnalysisToken(
                    text: tokens[match].text, lower: tokens[match].lower, start: start, end: end, paragraph: paragraph,
                    sentence: sentence, lowerHash: tokens[match].lowerHash, lexicon: tokens[match].lexicon, kind: kind,
                    sentenceStart: isWordLike && !sentenceHasWord, spaceBefore: spaceBefore, capitalized: tokens[match].capitalized
                )
            }
            seen.insert(hash: bytesHash, token: tokens.count)
            let text = String(decoding: slice, as: UTF8.self)
            var lower = text
            var lowerHash: UInt64 = 0
            var lists: AnalysisLexicon.Lists = []
            var capitalized = false
            if !isWordLike {
                lists = deferLookup(start: start, end: end, hash: SimHash.fnv1a(slice), token: tokens.count)
            } else {
                var isASCII = true
                var hasUppercase = false
                var hasLowercase = false
                var hasHyphen = false
                for byte in slice {
                    if byte >= 0x80 { isASCII = false }
                    if byte &- UInt8(ascii: "A") < 26 { hasUppercase = true }
                    if byte &- UInt8(ascii: "a") < 26 { hasLowercase = true }
                    if byte == UInt8(ascii: "-") { hasHyphen = true }
                }
                defer {
                    if hasHyphen { lists.insert(.hyphenated) }
                    if !isASCII { lists.insert(.nonASCII) } else if !hasLowercase { lists.insert(.noLowercase) }
                }
                if isASCII {
                    if hasUppercase {
                        lower = String(unsafeUninitializedCapacity: slice.count) { buffer in
                            for (offset, byte) in slice.enumerated() { buffer[offset] = AnalysisTokenizer.asciiLowercased(byte) }
                            return slice.count
                        }
                    }
                    lowerHash = SimHash.fnv1aOfASCIILowercased(slice)
                    if slice[slice.count - 1] == UInt8(ascii: ".") {
                        lists = lexicon.lists(ofASCIILowercased: slice, hash: lowerHash)
                    } else {
                        lists = deferLookup(start: start, end: end, hash: lowerHash, token: tokens.count)
                    }
                    capitalized = kind == .word && AnalysisTokenizer.isCapitalizedASCIIWord(slice)
                } else {
                    lower = text.lowercased()
                    var lowerCopy = lower
                    lowerCopy.withUTF8 { lowerUTF8 in
                        lowerHash = SimHash.fnv1a(lowerUTF8)
                        lists = lexicon.lists(ofASCIILowercased: lowerUTF8, hash: lowerHash)
                    }
                    capitalized = kind == .word && AnalysisTokenizer.isCapitalizedWord(text)
                }
            }
            return AnalysisToken(
                text: text, lower: lower, start: start, end: end, paragraph: paragraph, sentence: sentence,
                lowerHash: lowerHash, lexicon: lists, kind: kind, sentenceStart: isWordLike && !sentenceHasWord,
                spaceBefore: spaceBefore, capitalized: capitalized
            )
        }
    }

    /// An open-addressing set of token indices keyed by a hash of the token's bytes. A slot holds the
    /// hash and the token together, so a probe reads one cache line.
    private struct SeenTokens {
        private struct Slot {
            var hash: UInt64 = 0
            /// Token index + 1; 0 marks an empty slot.
            var entry: Int32 = 0
        }

        private var slots: [Slot]
        private var count = 0

        init(expectedTokens: Int) {
            var capacity = 64
            while capacity < expectedTokens * 2 { capacity *= 2 }
            slots = [Slot](repeating: Slot(), count: capacity)
        }

        @inline(__always)
        private static func slot(_ hash: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
        }

        /// The first entry with this hash that `matches` accepts.
        func find(hash: UInt64, where matches: (Int) -> Bool) -> Int? {
            let mask = slots.count - 1
            var slot = Self.slot(hash, mask: mask)
            while slots[slot].entry != 0 {
                if slots[slot].hash == hash, matches(Int(slots[slot].entry) - 1) { return Int(slots[slot].entry) - 1 }
                slot = (slot + 1) & mask
            }
            return nil
        }

        mutating func insert(hash: UInt64, token: Int) {
            guard token < Int(Int32.max) else { return }
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var slot = Self.slot(hash, mask: mask)
            while slots[slot].entry != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, entry: Int32(token + 1))
            count += 1
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(), count: old.count * 2)
            count = 0
            for slot in old where slot.entry != 0 {
                insert(hash: slot.hash, token: Int(slot.entry) - 1)
            }
        }
    }

    /// Whether a token starting with `scalar` closes the sentence before it when it follows that sentence's
    /// final mark: ” ’ ) always, a straight double quote only when no space precedes it (with a space it opens
    /// the next sentence's quotation).
    @inline(__always)
    static func closesSentence(_ scalar: Unicode.Scalar, spaceBefore: Bool) -> Bool {
        switch scalar {
        case "\u{201D}", "\u{2019}", ")": return true
        case "\"": return !spaceBefore
        default: return false
        }
    }

    /// Whether a line ending after a token with this text ends its paragraph's sentence.
    static func endsLine(_ text: String) -> Bool {
        text.isExactly(anyOf: [".", "!", "?", "”", "’", "\"", ":"])
    }

    /// Whether `count` bytes at `left` and `right` are equal, compared eight at a time in place: tokens
    /// are short, and a call to `memcmp` costs more than the comparison.
    @inline(__always)
    static func bytesEqual(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if UnsafeRawPointer(left + offset).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(right + offset).loadUnaligned(as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if left[offset] != right[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether `text`, which is not ASCII, could still equal an ASCII string as a `String` (canonical
    /// equivalence): only when it holds a scalar whose canonical decomposition is ASCII (U+037E GREEK
    /// QUESTION MARK, U+1FEF GREEK VARIA, U+212A KELVIN SIGN; no other scalar has one). ASCII text is
    /// equal to itself only, so tables keyed by the bytes of ASCII text agree with `Set<String>` unless a
    /// member passes this test.
    static func mayEqualASCIIText(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A }
    }

    /// A byte with ASCII A-Z lowercased.
    @inline(__always)
    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Decodes a scalar of two to four bytes (the text is valid UTF-8).
    static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
                | UInt32(bytes[offset + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The source text a token range covers, as written.
    static func source(of range: Range<Int>, tokens: [AnalysisToken], in text: AnalysisText) -> String {
        guard !range.isEmpty else { return "" }
        return text.string(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    /// The classes (`isWordScalar`, `isDigit`, `isSpace`) of the non-ASCII scalars met in one text, in a
    /// small direct-mapped table: a text uses few distinct ones (quotation marks, dashes, accented
    /// letters), and each would otherwise cost Unicode property look-ups at every occurrence.
    struct ScalarClasses {
        /// The class bits.
        static let word: UInt8 = 1
        static let digit: UInt8 = 2
        static let space: UInt8 = 4
        private static let slotCount = 128
        /// Per slot: the scalar's value, or 0 (never a non-ASCII scalar) when empty.
        private var keys = [UInt32](repeating: 0, count: slotCount)
        private var bits = [UInt8](repeating: 0, count: slotCount)

        /// The class bits of `scalar`.
        mutating func classes(of scalar: Unicode.Scalar) -> UInt8 {
            let slot = Int(truncatingIfNeeded: (scalar.value &* 0x9E37_79B1) >> 25) & (Self.slotCount - 1)
            if keys[slot] == scalar.value { return bits[slot] }
            var found: UInt8 = 0
            if AnalysisTokenizer.isWordScalar(scalar) { found |= Self.word }
            if AnalysisTokenizer.isDigit(scalar) { found |= Self.digit }
            if AnalysisTokenizer.isSpace(scalar) { found |= Self.space }
            keys[slot] = scalar.value
            bits[slot] = found
            return found
        }
    }

    /// Whether a scalar can be part of a word or number.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // Bit v of the 128-bit mask (two words) is set for the ASCII letters and digits.
            let value = scalar.value
            let mask: UInt64 = value < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
            return (mask >> UInt64(value & 63)) & 1 == 1
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
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
        return scalar == "\u{A0}" || scalar == "\u{2029}" || scalar == "\u{2028}" || scalar.properties.isWhitespace
    }

    /// `isCapitalizedWord` for a word of ASCII bytes.
    static func isCapitalizedASCIIWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first else { return false }
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
        guard word.count > 3, first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"),
              word[2] == UInt8(ascii: "-") || word[3] == UInt8(ascii: "-") else { return false }
        for prefix in particlePrefixes {
            let prefixBytes = prefix.utf8
            guard word.count >= prefixBytes.count, zip(word, prefixBytes).allSatisfy({ $0 == $1 }) else { continue }
            guard word.count > prefixBytes.count else { return false }
            let next = word[prefixBytes.count]
            return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
        }
        return false
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
