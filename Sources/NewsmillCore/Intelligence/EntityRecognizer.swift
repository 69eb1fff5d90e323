/// One occurrence of a name in the tokens.
struct NameMention: Sendable {
    /// AnalysisToken range of the name (title, "the" and possessive excluded).
    var tokens: Range<Int>
    /// The name as written.
    var text: String
    /// The grouping key: the name lowercased (a leading "The" is never part of a mention).
    var key: String
    /// The entity cluster the mention belongs to (index into `EntityRecognizer.Result.entities`).
    var cluster: Int = -1
}

/// The mention starting at each token, if any: read like a `[Int: Int]` from token index to mention
/// index (nil for a token that starts none, or out of range), but kept as an array by token, since the
/// extractors ask it about most tokens and an array answers without hashing.
struct MentionStarts: Sendable {
    /// Per token: the index of the mention starting there plus one, or 0.
    private var mentionPlusOne: [Int32]

    /// No mentions, for no tokens.
    init() {
        mentionPlusOne = []
    }

    /// No mentions yet, for `tokenCount` tokens.
    init(tokenCount: Int) {
        mentionPlusOne = [Int32](repeating: 0, count: tokenCount)
    }

    /// The index of the mention starting at `token`; setting grows the array when `token` lies beyond it.
    subscript(token: Int) -> Int? {
        get {
            guard token >= 0, token < mentionPlusOne.count else { return nil }
            let stored = mentionPlusOne[token]
            return stored == 0 ? nil : Int(stored) - 1
        }
        set {
            precondition(token >= 0 && (newValue ?? 0) < Int(Int32.max), "token or mention index out of range")
            if token >= mentionPlusOne.count {
                guard newValue != nil else { return }
                mentionPlusOne.append(contentsOf: repeatElement(0, count: token + 1 - mentionPlusOne.count))
            }
            mentionPlusOne[token] = newValue.map { Int32($0) + 1 } ?? 0
        }
    }
}

/// Evidence for the type of a name, gathered over all its mentions.
struct TypeCues: Sendable {
    var person = 0
    var organization = 0
    var location = 0

    mutating func add(_ other: TypeCues) {
        person += other.person
        organization += other.organization
        location += other.location
    }
}

/// Finds person, organisation and location names and groups their mentions (rules over tokens).
///
/// 1. Candidates are maximal runs of capitalised words, joined across name particles ("bin", "al-"),
///    across "of"/"for"/"of the" after an organisation head ("Ministry of Health"), and across "and"
///    before organisation heads only ("Securities and Exchange Commission"); a capitalised word ending in
///    a lowercase compound ("GOP-dominated") is not a name word. A run with a title after other name words
///    is split there ("Senate President Bukola Saraki": "Senate" and a person). Leading determiners,
///    sentence-initial function words, titles ("President") and demonyms ("Iraqi") are stripped (not a
///    ministry's field before its head, "Interior Ministry", nor a demonym before an institution word,
///    "American University"), as are offices at the end ("... Speaker"); runs made only of such words are
///    dropped, as are single sentence-initial words not capitalised elsewhere (unless a dateline's place).
/// 2. Each distinct form gets type cues: titles and role nouns before it, appositives after it
///    (", a preacher", ", 35,"), speech verbs (a lone name between a closing quotation mark and one), given
///    names (a list and the 1990 US census's), a census surname ending a name of two or three words (weak;
///    not a place), middle initials, "Jr." and particles (person); organisation heads, acronyms,
///    known organisations, a capital inside one word ("WeWork"), an organisation noun before it or
///    heading its appositive ("the research firm Oanda", ", the Chinese tech company"), a trailer after
///    it ("Alibaba shares", "Wild coach"), "the" before a single unknown word ("the Sabres") and an
///    organisation head joined by "of" ("Bureau of Prisons") (organisation); gazetteer entries, world
///    regions, place heads, a place noun after it ("Logar province") or before "of" ("the county of
///    Huade"), a state or country after a comma and a dateline ("BUFFALO, N.Y. —") (location). The
///    word lists are in `AnalysisLexicon` (`organizationCueNouns`, `organizationTrailers`, `placeNouns`,
///    `worldRegions`, `givenNames`).
/// 3. Forms are grouped: a multi-word form is its own entity unless it is part of a longer person name;
///    a shorter form joins a person whose name contains it ("Ghazi", "al-Sadr", "Sadr") or nearly does
///    (one edit in a word of 5+ letters: "Moqtada" ~ "Muqtada"), or an organisation it abbreviates; a
///    single word that joins a person counts as that person's ("James" is also a place).
///    The canonical name is the fullest form; untyped groups are dropped.
/// 4. Each group that no list or gazetteer entry types gets `NameTyper`'s second opinion, a model trained on
///    annotated batches, which may retype it or drop it.
struct EntityRecognizer: Sendable {
    /// What the recognizer found.
    struct Result: Sendable {
        var entities: [Entity] = []
        var mentions: [NameMention] = []
        /// For each token that starts a mention, the mention's index.
        var mentionStartingAt = MentionStarts()
        /// Whether each entity is a news outlet.
        var isOutlet: [Bool] = []
        /// Whether each entity is a country (which may speak: "Britain said").
        var isCountry: [Bool] = []
        /// For a mention of a surname alone that several persons bear, the entity it most likely names when that
        /// is not its cluster's (by mention index; see `sharedSurnameReferents(entities:mentions:tokens:)`). Empty in
        /// most articles.
        var sharedSurnameReferents: [Int: Int] = [:]
        /// Every grouped name with the rules' type and `NameTyper`'s features, when `collectsTypingExamples`.
        var typingExamples: [NameTypingExample] = []
    }

    let gazetteer: Gazetteer
    /// The second opinion on each name's type (`NameTyper.shared` unless a test gives another).
    var nameTyper: NameTyper = .shared
    /// Whether `Result.typingExamples` is filled (for training the typer: `newsmill name-features`).
    var collectsTypingExamples = false

    /// Words inside a name that make it an institution ("Ministry of Health", "Carnegie Endowment ...").
    static let institutionWords: WordSet = [
        "ministry", "department", "university", "bank", "institute", "endowment", "council", "committee", "party",
        // Welsh: a school, a college, a university ("Ysgol Dyffryn Aeron", "Coleg Cambria", "Prifysgol Bangor").
        "ysgol", "coleg", "prifysgol",
    ]

    /// Whether the possessive at `index` continues the name run from `runStart` into a body's name: a plural's
    /// apostrophe ("Citizens’ Movement", "Workers' Party") or a collective noun's "'s" ("New People's Army",
    /// "People's Liberation Army", "Women's Institute"), before name words of which one within three is an
    /// organisation's head. (Kept out of the run loop, whose token reads it would otherwise turn into copies.)
    @inline(never)
    private func possessiveOpensBodyName(at index: Int, runStart: Int, tokens: [AnalysisToken]) -> Bool {
        guard tokens[index].kind == .punct, index + 1 < tokens.count else { return false }
        let text = tokens[index].text
        let isPluralApostrophe = text.isExactly(anyOf: ["’", "'"]) && !tokens[index].spaceBefore && tokens[index - 1].lower.hasSuffix("s")
        guard isPluralApostrophe || text == "'s" && Self.isCollectivePossessor(index - 1, tokens: tokens) else { return false }
        var probe = index + 1
        while probe < tokens.count, probe < index + 4, isNameToken(probe, in: tokens), tokens[probe].sentence == tokens[runStart].sentence {
            if tokens[probe].lexicon.contains(.organizationHead) { return true }
            probe += 1
        }
        return false
    }

    /// Collective nouns whose possessive opens or continues a body's name ("People's Party", "Women's Institute").
    static let collectivePossessors: WordSet = [
        "people", "peoples", "women", "children", "men", "workers", "citizens", "farmers", "veterans", "teachers",
        "nurses", "doctors", "students", "nations", "patriots",
    ]

    /// Whether the word at `index` is a collective possessor: one of `collectivePossessors`, or a plural in
    /// "-men" of seven letters or more ("Cattlemen’s Association", "Fishermen's Union"; not "Amen").
    private static func isCollectivePossessor(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        if collectivePossessors.contains(lowerOf: index, in: tokens) { return true }
        let lower = tokens[index].lower
        return lower.utf8.count >= 7 && lower.hasSuffix("men")
    }

    /// Outlet nouns that name an outlet's kind right after its name too ("the al-Anbaa daily"; not "agency",
    /// "station" or "network", which follow other bodies' names as well).
    static let outletKindsAfterName: WordSet = ["daily", "newspaper", "tabloid", "broadcaster", "weekly", "magazine"]

    /// Lowercase nouns that, right before a name, make it a news outlet ("news agency IRNA").
    static let outletNouns: WordSet = [
        "agency", "newspaper", "daily", "broadcaster", "channel", "network", "television", "station",
        "magazine", "weekly", "website", "tabloid", "paper", "outlet", "radio", "journal",
    ]

    func recognize(tokens: [AnalysisToken], text: AnalysisText) -> Result {
        var mentions: [NameMention] = []
        /// The keys in order of first mention, numbered so each mention hashes its key once; `keys[id]` is
        /// what that key's mentions have shown, and `mentionKeys` the key of each mention.
        var keyIDs: [String: Int] = [:]
        keyIDs.reserveCapacity(64)
        var keys: [KeyRecord] = []
        var mentionKeys: [Int] = []
        // About one mention per eight tokens in news text: reserved so the arrays rarely grow.
        mentions.reserveCapacity(tokens.count / 8 + 8)
        mentionKeys.reserveCapacity(tokens.count / 8 + 8)
        keys.reserveCapacity(tokens.count / 8 + 8)

        /// The candidate names; and the lowercase-form hashes of the words capitalised in the body other than at
        /// a sentence start, with their tokens (a hash match is confirmed on the strings): a compact array
        /// scanned for the few one-word mentions seen only at sentence starts. One scan, which visits every
        /// token once, in order, collects both.
        let (candidates, capitalizedHashes, capitalizedTokens) = nameCandidates(tokens: tokens, text: text)
        // Past a few dozen questions (a text of many sentences opening with names), the hashes are indexed once, so
        // that the questions do not each scan them all (quadratic: "Smith: “Yes.”" eighty thousand times took 4.5 s).
        var questions = 0
        var capitalizedIndex: [UInt64: [Int]]? = nil
        func isCapitalizedElsewhere(_ index: Int) -> Bool {
            let hash = tokens[index].lowerHash
            questions += 1
            if capitalizedIndex == nil, questions > 32 {
                var built: [UInt64: [Int]] = [:]
                for position in capitalizedHashes.indices { built[capitalizedHashes[position], default: []].append(capitalizedTokens[position]) }
                capitalizedIndex = built
            }
            if let capitalizedIndex {
                return capitalizedIndex[hash]?.contains { tokens[$0].lower == tokens[index].lower } ?? false
            }
            for position in capitalizedHashes.indices where capitalizedHashes[position] == hash {
                if tokens[capitalizedTokens[position]].lower == tokens[index].lower { return true }
            }
            return false
        }

        let dateline = datelineRange(tokens: tokens)
        var datelineKeys: Set<String> = []

        /// Counts over the tokens around `position` that share its paragraph (or sentence), outside the
        /// dateline: the words, the words in capitals, and those of them of three or more bytes that are not
        /// known names.
        func capitalWords(around position: Int, inParagraph: Bool) -> (words: Int, capitals: Int, shouted: Int) {
            func unit(_ index: Int) -> Int { inParagraph ? tokens[index].paragraph : tokens[index].sentence }
            let key = unit(position)
            var start = position
            while start > 0, unit(start - 1) == key { start -= 1 }
            var counts = (words: 0, capitals: 0, shouted: 0)
            var probe = start
            while probe < tokens.count, unit(probe) == key {
                // A dateline's capitals ("MOUNTAIN VIEW, Ark. (KAIT) -") are its style, not shouting.
                if let dateline, dateline.contains(probe) {
                    probe += 1
                    continue
                }
                if tokens[probe].kind == .word {
                    counts.words += 1
                    if isAllCapitals(tokenAt: probe, in: tokens) {
                        counts.capitals += 1
                        if tokens[probe].text.utf8.count >= 3, tokens[probe].lexicon.isDisjoint(with: [.knownOrganization, .knownOutlet]) {
                            counts.shouted += 1
                        }
                    }
                }
                probe += 1
            }
            return counts
        }

        var capitalsOnlyParagraph: [Int: Bool] = [:]
        /// Whether every word of the paragraph is in capitals: a subhead ("FRONT-RUNNER BIDEN"), whose words
        /// are not names on that evidence.
        func isCapitalsOnly(_ paragraph: Int, around position: Int) -> Bool {
            if let known = capitalsOnlyParagraph[paragraph] { return known }
            let counts = capitalWords(around: position, inParagraph: true)
            let result = counts.words >= 2 && counts.capitals == counts.words
            capitalsOnlyParagraph[paragraph] = result
            return result
        }

        var shoutingSentence: [Int: Bool] = [:]
        /// Whether a sentence shouts: three or more words of three or more letters in capitals that are not known
        /// names ("GET OUT and VOTE ... for your GREAT Governor"), so its capitals are no evidence of names.
        func isShouting(_ sentence: Int, around position: Int) -> Bool {
            if let known = shoutingSentence[sentence] { return known }
            let result = capitalWords(around: position, inParagraph: false).shouted >= 3
            shoutingSentence[sentence] = result
            return result
        }

        var titleAcronyms = TitleAcronyms()
        /// The span of the candidate in `range` after the filters and stripping, or nil when it names nothing.
        // (Not inlined: inside `recognize` its token reads copied the tokens.)
        @inline(never)
        func admit(_ range: Range<Int>, extra: TypeCues) -> AdmittedCandidate? {
            // "US$3.5bn", "EC$100,000", "NZ$": a currency's prefix names no place or body.
            if range.upperBound < tokens.count, tokens[range.upperBound].text == "$", !tokens[range.upperBound].spaceBefore { return nil }
            if range.count == 1, Self.isCurrencyCodeBesideNumber(range.lowerBound, tokens: tokens) { return nil }
            if isAllCapitals(tokenAt: range.lowerBound, in: tokens) {
                if isCapitalsOnly(tokens[range.lowerBound].paragraph, around: range.lowerBound) { return nil }
                if tokens[range.lowerBound].kind == .word,
                   tokens[range.lowerBound].lexicon.isDisjoint(with: [.knownOrganization, .knownOutlet]),
                   isShouting(tokens[range.lowerBound].sentence, around: range.lowerBound) {
                    return nil
                }
            }
            // "World War II", "the Vietnam War", "the Asia Peace Festival", "Tropical Storm Dorian", "Hurricane
            // Maria": wars, festivals and storms are events, none of the three types.
            if range.count >= 2, Self.eventHeads.contains(lowerOf: range.upperBound - 1, in: tokens)
                // (Not "Office of Elections": a body's field.)
                && tokens[range.upperBound - 2].lower != "of"
                || range.count >= 3 && tokens[range.upperBound - 2].lower == "war" && Self.isWarNumber(tokens[range.upperBound - 1].lower)
                || Self.stormWords.contains(lowerOf: range.lowerBound, in: tokens) || tokens[range.lowerBound].lower == "tropical" && tokens[range.lowerBound + 1].lower == "storm"
                // ("As Hurricane Dorian continued": after a sentence's capitalised first word.)
                || range.count >= 3 && tokens[range.lowerBound].sentenceStart && Self.stormWords.contains(lowerOf: range.lowerBound + 1, in: tokens)
                || Self.isFeastDay(range, tokens: tokens) || Self.opensEventNameWithOf(range, tokens: tokens)
                || Self.isTourName(range, tokens: tokens) {
                return nil
            }
            // "O’Connell Street", "Princess Street": a facility's name is none of the three types.
            // (Not a town so named: "Hebden Bridge", "Sowerby Bridge".)
            if range.count >= 2, tokens[range.upperBound - 1].lexicon.contains(.facilityHead), tokens[range.upperBound - 1].capitalized,
               !gazetteer.knowsPlaceOrTown(named: Self.joinedTexts(tokens[range])) {
                return nil
            }
            // "the minister of Labour": a portfolio after its title is the title's field (not the party "Labour").
            if isPortfolioAfterTitle(range, tokens: tokens) || isPortfolioBeforeTitle(range, tokens: tokens) { return nil }
            if Self.isRoleWordsOnly(range, tokens: tokens) { return nil }
            // (An `if`, not `??`: `titleAcronyms` passed inout from the operator's autoclosure had its every access
            // checked at run time.)
            var office = Self.titlesPossessiveOffice(range, tokens: tokens)
            if office == nil { office = stripped(range, tokens: tokens, titleAcronyms: &titleAcronyms) }
            guard var span = office else { return nil }
            // "Minister Tan Sri Annuar Musa": the Malaysian honorifics "Tan Sri" and "Puan Sri" opening what
            // stripping left ("Tan" alone is a surname, "Sri" alone opens "Sri Lanka"). (Checked here: inside
            // `stripped` the check made it copy the recognizer.)
            if span.range.count >= 4, Self.isTwoWordHonorific(at: span.range.lowerBound, tokens: tokens) {
                span.range = (span.range.lowerBound + 2)..<span.range.upperBound
                span.cues.person += 3
            }
            // "Dover MPs", "Emirates President": the office after a name is dropped before the name's cues are read.
            var droppedMayor = false
            while span.range.count >= 2, tokens[span.range.upperBound - 1].lexicon.contains(.trailingOffice) {
                droppedMayor = droppedMayor || tokens[span.range.upperBound - 1].lower == "mayor"
                span.range = span.range.lowerBound..<(span.range.upperBound - 1)
            }
            // "Mason County Judge, James Gallenstein", "Cook County State’s Attorney Kim Foxx": a title after a county's
            // head word ("County", "Parish") is the office held there, and a state's attorney's "State" is the title's.
            if span.range.count >= 3, Self.isTitleAfterPlaceHead(span.range.upperBound - 1, tokens: tokens) {
                span.range = span.range.lowerBound..<(span.range.upperBound - 1)
            }
            return AdmittedCandidate(span: span, run: range, extra: extra, droppedMayor: droppedMayor)
        }

        /// Adds the admitted candidate as a mention, with its context cues `contextual`.
        @inline(never)
        func record(_ candidate: AdmittedCandidate, contextual: TypeCues) {
            var span = candidate.span
            let range = candidate.run
            var cues = contextual
            // "Iqaluit Mayor Elisapee Sheutiapik": a mayor's is a town.
            if candidate.droppedMayor { cues.location += 2 }
            cues.add(span.cues)
            cues.add(candidate.extra)
            // "Eldon Technology, which has offices in Bingley": a name opening its sentence that "which" takes up
            // is no person's (persons take "who"). (Here, not in `contextCues`: there it made it copy the tokens.)
            if Self.opensSentenceBeforeWhich(span.range, tokens: tokens) { cues.person -= 3 }
            // A dateline's place ("BUFFALO, N.Y. —", "Indianapolis –"), not the outlet in brackets.
            if let dateline, dateline.contains(span.range.lowerBound), !Self.isInBrackets(span.range.lowerBound, from: dateline.lowerBound, tokens: tokens),
               isAllCapitals(AnalysisTokenizer.source(of: span.range, tokens: tokens, in: text))
                || gazetteer.knowsPlace(named: AnalysisTokenizer.source(of: span.range, tokens: tokens, in: text))
                || tokens[span.range.upperBound - 1].text.hasSuffix(".") {
                cues.location += 3
                datelineKeys.insert(AnalysisTokenizer.source(of: span.range, tokens: tokens, in: text).lowercased())
            }
            span.range = trimTrailing(span.range, tokens: tokens)
            guard !span.range.isEmpty else { return }
            let mentionText = AnalysisTokenizer.source(of: span.range, tokens: tokens, in: text)
            // A one-token mention's text is the token's, so its lowercase form is the token's.
            let key = span.range.count == 1 ? tokens[span.range.lowerBound].lower : mentionText.lowercased()
            if span.range.count == 1, isNoiseWord(at: span.range.lowerBound, tokens: tokens),
               !isStateAbbreviationAfterPlace(at: span.range.lowerBound, tokens: tokens) {
                let lower = span.range.lowerBound
                // ("Cr King said": a surname after an honorific, which `stripped` gave its cue, stays.)
                if !Self.isSurnameAfterHonorific(at: lower, runStart: range.lowerBound, tokens: tokens) {
                    // "told The Herald", "seen by The Echo": a word after a capitalised "The" inside a sentence is a
                    // title's, most often a newspaper's, not the ordinary word.
                    guard lower >= 1, tokens[lower - 1].text == "The", !tokens[lower - 1].sentenceStart, tokens[lower].kind == .word,
                          tokens[lower].lexicon.isDisjoint(with: [.title, .month, .weekday]), !gazetteer.isDemonym(tokenAt: lower, in: tokens) else { return }
                    cues.organization += 3
                }
            }
            if isBracketedCredit(span.range, tokens: tokens) { cues.organization += 3 }

            let keyID: Int
            if let known = keyIDs[key] {
                keyID = known
            } else {
                keyID = keys.count
                keyIDs[key] = keyID
                keys.append(KeyRecord())
            }
            // (A given name that speaks or is described at a sentence's start counts as seen elsewhere: "Joel,
            // who didn't want to disclose his last name, said".)
            let initial = tokens[span.range.lowerBound].sentenceStart
                && !(span.range.count == 1 && Self.isGivenNameThatSpeaksOrIsDescribed(at: span.range.lowerBound, tokens: tokens))
            if !initial { keys[keyID].sentenceInitialOnly = false } else if keys[keyID].sentenceInitialOnly == nil { keys[keyID].sentenceInitialOnly = true }
            if span.range.upperBound < tokens.count, tokens[span.range.upperBound].text == "'s" { keys[keyID].possessed = true }
            keys[keyID].cues.add(cues)
            // "the state news agency IRNA", "the daily Haaretz": an outlet named by its kind.
            let before = span.range.lowerBound - 1
            let isOutletNoun = before >= 0 && !tokens[before].capitalized && tokens[before].lexicon.contains(.outletNoun)
            // "agency" alone is any agency ("disaster agency AFAD"); a news agency says so.
            let isGenericAgency = isOutletNoun && tokens[before].lower == "agency"
                && !(before >= 1 && ["news", "press", "wire"].contains(tokens[before - 1].lower))
            // "the Kuwaiti al-Anbaa daily", "the Guardian newspaper": or by its kind right after it.
            let after = span.range.upperBound
            let isOutletNounAfter = after < tokens.count && !tokens[after].capitalized && tokens[after].lexicon.contains(.outletNoun)
                && Self.outletKindsAfterName.contains(lowerOf: after, in: tokens)
            if isOutletNoun && !isGenericAgency || isOutletNounAfter {
                keys[keyID].isOutlet = true
                keys[keyID].cues.organization += 3
            }
            mentions.append(NameMention(tokens: span.range, text: mentionText, key: key))
            mentionKeys.append(keyID)
        }

        // Each family of rules runs over all candidates before the next (filters and stripping, then the
        // context cues, then recording), in the candidates' order. Run per candidate, the whole chain is more
        // code than the 32 KB L1 instruction cache holds, and callgrind's cache simulation put 70% of the
        // pipeline's instruction-cache misses in it; a family at a time, each one's code stays cached.
        var admitted: [AdmittedCandidate] = []
        admitted.reserveCapacity(candidates.count)
        for candidate in candidates {
            if let kept = admit(candidate.range, extra: candidate.extra) { admitted.append(kept) }
        }
        var contextual: [TypeCues] = []
        contextual.reserveCapacity(admitted.count)
        for candidate in admitted { contextual.append(contextCues(span: candidate.span.range, tokens: tokens)) }
        for position in admitted.indices { record(admitted[position], contextual: contextual[position]) }

        // "The affected suburbs are Old Pumula, Nketa and Sizinda", "in Rose Hill, Littlemore and Cowley wards":
        // the names of a list that a place noun introduces or ends are places.
        var listStart = 0
        while listStart < mentions.count {
            var listEnd = listStart + 1
            while listEnd < mentions.count, Self.isListJoint(from: mentions[listEnd - 1].tokens.upperBound, to: mentions[listEnd].tokens.lowerBound, tokens: tokens) {
                listEnd += 1
            }
            defer { listStart = listEnd }
            guard listEnd - listStart >= 2 else { continue }
            let first = mentions[listStart].tokens.lowerBound
            let last = mentions[listEnd - 1].tokens.upperBound
            if let persons = listedPersons(listStart..<listEnd, mentions: mentions, tokens: tokens) {
                for position in persons.positions { keys[mentionKeys[position]].cues.person += persons.cue }
                continue
            }
            // "between Alnwick and Morpeth", "Alnwick and Morpeth have been locked in a dispute": two names joined, both
            // places the gazetteer knows and neither a common word or a person's name, are places.
            if listEnd - listStart == 2 {
                if isPlacePair(listStart, mentions: mentions, tokens: tokens) {
                    for position in listStart..<listEnd { keys[mentionKeys[position]].cues.location += 4 }
                }
                continue
            }
            let introduced = (max(0, first - 4)..<first).contains {
                tokens[$0].sentence == tokens[first].sentence && !tokens[$0].capitalized && Self.listPlaceNouns.contains(lowerOf: $0, in: tokens)
            }
            // (Ended by a plural: "..., Jane Raybould and Tammy ward each won" names one ward, not the list's.)
            let ended = last < tokens.count && !tokens[last].capitalized && Self.listPlaceNouns.contains(lowerOf: last, in: tokens)
                && tokens[last].lower.hasSuffix("s")
            guard introduced || ended || isMostlyPlaces(listStart..<listEnd, mentions: mentions) else { continue }
            for position in listStart..<listEnd { keys[mentionKeys[position]].cues.location += 4 }
        }

        // Single sentence-initial words never seen capitalised elsewhere are ordinary words ("Polls").
        var kept = 0
        for position in mentions.indices {
            let mention = mentions[position]
            let record = keys[mentionKeys[position]]
            let isOrdinaryWord = mention.tokens.count == 1 && record.sentenceInitialOnly == true
                && !isCapitalizedElsewhere(mention.tokens.lowerBound)
                && !record.possessed
                && !isCountryOrState(mention.text)
                && !isPlaceBeforeTitle(mention.tokens.lowerBound, tokens: tokens)
                && !(record.cues.location >= 4 && gazetteer.knowsPlaceOrTown(named: mention.text))
                && !Self.isSpeakerLabel(mention.tokens, tokens: tokens)
                && !datelineKeys.contains(mention.key)
                && !isListed(mention.key, in: .worldRegion, AnalysisLexicon.worldRegions)
                && !isListed(mention.key, in: .knownOrganization, AnalysisLexicon.knownOrganizations)
                && !isAcronym(mention.text)
                && !isNamedAfterQuestion(mention.tokens.lowerBound, tokens: tokens)
                && !Self.isSurnameBeforeSpeechVerb(mention.tokens.lowerBound, tokens: tokens, gazetteer: gazetteer)
                && !isBracketedCredit(mention.tokens, tokens: tokens)
            guard !isOrdinaryWord else { continue }
            keys[mentionKeys[position]].isInBody = true
            mentions[kept] = mention
            mentionKeys[kept] = mentionKeys[position]
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
        mentionKeys.removeLast(mentionKeys.count - kept)
        // Whether a lowercase key is one of the body's own mentions (joint names and the title ask), in closures,
        // not a local function: one passed as a value counted as escaping, so the variables `recognize`'s local
        // functions capture were boxed and every access to them, in `record` above all, was checked at run time.
        removeJointNames(from: &mentions, keys: &mentionKeys, tokens: tokens, text: text, isBodyKey: {
            Self.isBodyKey($0, keyIDs: keyIDs, keys: keys)
        })

        // Title words count only as mentions of names found in the body (headlines capitalise everything).
        // The hashes of the keys' bytes let most title words be ruled out without making their strings.
        var bodyKeyHashes: HashBitFilter? = HashBitFilter(minimumBits: keyIDs.count * 16)
        for key in keyIDs.keys {
            if !key.utf8.allSatisfy({ $0 < 0x80 }), AnalysisTokenizer.mayEqualASCIIText(key) { bodyKeyHashes = nil; break }
            bodyKeyHashes?.insert(SimHash.fnv1a(key.utf8))
        }
        let title = titleMentions(tokens: tokens, text: text, bodyKeyHashes: bodyKeyHashes, isBodyKey: {
            Self.isBodyKey($0, keyIDs: keyIDs, keys: keys)
        })
        for mention in title {
            if let known = keyIDs[mention.key] {
                mentionKeys.append(known)
            } else {
                keyIDs[mention.key] = keys.count
                mentionKeys.append(keys.count)
                keys.append(KeyRecord())
            }
        }
        mentions.append(contentsOf: title)

        var result = group(mentions: mentions, mentionKeys: mentionKeys, keys: keys, tokens: tokens)
        if let dateline, !datelineKeys.isEmpty { separateDatelinePlaces(in: &result, dateline: dateline, keys: datelineKeys) }
        result.sharedSurnameReferents = Self.sharedSurnameReferents(entities: result.entities, mentions: result.mentions, tokens: tokens)
        return result
    }

    /// "BOSTON - The Yankees ... their loss to Boston", "LAHORE: Karachi Kings ...": the place of a dateline is where
    /// the story was filed, a location, though the same name elsewhere names a team or a body (or the typer, reading
    /// the sports pages around it, made it one). Its mentions in the dateline become a location entity of their own;
    /// an entity named only there becomes a location.
    private func separateDatelinePlaces(in result: inout Result, dateline: Range<Int>, keys: Set<String>) {
        for position in result.mentions.indices where dateline.contains(result.mentions[position].tokens.lowerBound) {
            let entityID = result.mentions[position].cluster
            guard entityID >= 0, result.entities[entityID].type != .location, keys.contains(result.mentions[position].key)
            else { continue }
            let elsewhere = result.mentions.indices.contains {
                result.mentions[$0].cluster == entityID && !dateline.contains(result.mentions[$0].tokens.lowerBound)
            }
            let text = result.mentions[position].text
            // (A place the gazetteer knows: a dateline also names its agency, "KINGSTON, Jamaica, CMC –".)
            guard let place = gazetteer.place(named: text) ?? gazetteer.town(named: text) else { continue }
            if !elsewhere {
                result.entities[entityID].type = .location
                result.entities[entityID].countryCode = place.countryCode
                result.entities[entityID].latitude = place.latitude
                result.entities[entityID].longitude = place.longitude
                result.isOutlet[entityID] = false
                result.isCountry[entityID] = place.kind == .country
                continue
            }
            // (Named as the text elsewhere writes it: "Boston" for "BOSTON".)
            let name = result.entities[entityID].name.lowercased() == text.lowercased() ? result.entities[entityID].name : text
            var entity = Entity(type: .location, name: name, count: 1)
            entity.countryCode = place.countryCode
            entity.latitude = place.latitude
            entity.longitude = place.longitude
            result.entities[entityID].count -= 1
            result.entities[entityID].mentions.removeAll { $0 == text }
            result.mentions[position].cluster = result.entities.count
            result.entities.append(entity)
            result.isOutlet.append(false)
            result.isCountry.append(place.kind == .country)
        }
    }

    /// Whether a lowercase key is one of the body's own mentions: `recognize`'s keys and their records.
    private static func isBodyKey(_ key: String, keyIDs: [String: Int], keys: [KeyRecord]) -> Bool {
        keyIDs[key].map { keys[$0].isInBody } ?? false
    }

    // MARK: Candidates
    /// The runs of name tokens in `tokens`, split into pieces, each with the cues its run gave it; and the
    /// words capitalised in the body other than at a sentence start (hash of the lowercase form, token).
    /// (A method of its own: inside `recognize` its token reads copied the tokens.)
    private func nameCandidates(tokens: [AnalysisToken], text: AnalysisText)
        -> (candidates: [(range: Range<Int>, extra: TypeCues)], capitalizedHashes: [UInt64], capitalizedTokens: [Int]) {
        var candidates: [(range: Range<Int>, extra: TypeCues)] = []
        candidates.reserveCapacity(tokens.count / 6 + 8)
        var capitalizedHashes: [UInt64] = []
        var capitalizedTokens: [Int] = []
        /// Notes `tokens[index]` when it is a word capitalised in the body, not at a sentence start.
        func noteIfCapitalizedElsewhere(_ index: Int) {
            guard tokens[index].kind == .word, tokens[index].capitalized, !tokens[index].sentenceStart, tokens[index].paragraph >= 0
            else { return }
            capitalizedHashes.append(tokens[index].lowerHash)
            capitalizedTokens.append(index)
        }
    var index = 0
    while index < tokens.count {
        guard isNameToken(index, in: tokens), tokens[index].paragraph >= 0 else {
            noteIfCapitalizedElsewhere(index)
            index += 1
            continue
        }
        let runStart = index
        var runEnd = index + 1
        var usedConnector = false
        var ampersand = false
        // (At most `maximumRunTokens`: a text of capitalised words with no sentence end, "By Anna Berglund" on line
        // after line unwrapped into one, made every run walk to the text's end, and the title-case cut below then
        // restarted the next run three words on: quadratic.)
        extend: while runEnd < tokens.count, runEnd - runStart < Self.maximumRunTokens {
            guard tokens[runEnd].sentence == tokens[runStart].sentence else { break }
            // A name never runs across a line break ("Littleton, Colorado⏎SpaceX, Hawthorne" in a list).
            var gap = tokens[runEnd - 1].end
            while gap < tokens[runEnd].start, text.utf8[gap] != UInt8(ascii: "\n") { gap += 1 }
            guard gap == tokens[runEnd].start else { break }
            if isNameToken(runEnd, in: tokens) {
                runEnd += 1
                continue
            }
            // A particle between capitalised words ("Osama bin Laden", "Abu Khadhim").
            if tokens[runEnd].kind == .word, tokens[runEnd].lexicon.contains(.nameParticle), runEnd + 1 < tokens.count,
               isNameToken(runEnd + 1, in: tokens) {
                runEnd += 2
                continue
            }
            // "Fayyaz ul Hassan Chohan", "Habib ur Rehman", "Salah ud Din": the joiners of South Asian Muslim names,
            // lowercase between capitalised name words.
            if tokens[runEnd].kind == .word, !tokens[runEnd].capitalized, Self.nameJoiners.contains(lowerOf: runEnd, in: tokens),
               runEnd + 1 < tokens.count, isNameToken(runEnd + 1, in: tokens) {
                runEnd += 2
                continue
            }
            // Two lowercase particles ("Ursula von der Leyen", "Kian de los Santos"), or a nickname in quotation
            // marks between a given name and a surname ("Robert “Stumpy” Taylor").
            if let end = nameGoesOn(at: runEnd, tokens: tokens) {
                runEnd = end
                continue
            }
            // "Dar es Salaam", "Port of Spain", "Newfoundland and Labrador": a place the gazetteer knows whose
            // name holds lowercase words.
            if let end = gazetteerNameGoesOn(from: runStart, at: runEnd, tokens: tokens) {
                runEnd = end
                continue
            }
            // "Township High School District 211 Board of Education", "Teachers Union Local 211": a numbered
            // unit's number is inside the name.
            if Self.isNumberOfNumberedUnit(at: runEnd, runStart: runStart, tokens: tokens) {
                runEnd += 1
                continue
            }
            // "Ernst & Young", "Frost & Sullivan": names joined by "&" are one organisation's.
            if tokens[runEnd].kind == .punct, tokens[runEnd].text == "&", runEnd + 1 < tokens.count, tokens[runEnd + 1].sentence == tokens[runStart].sentence,
               isNameToken(runEnd + 1, in: tokens) {
                runEnd += 2
                ampersand = true
                continue
            }
            // "U.S. Attorney’s Office", "Sheriff's Office", "the Chief Constable’s Crime Squad": a title's
            // possessive before an organisation's head word, or one or two capitalised words and the head,
            // is inside the name.
            if tokens[runEnd].text == "'s", !tokens[runEnd - 1].lexicon.isDisjoint(with: [.title, .roleNoun]),
               let head = Self.headAfterPossessive(runEnd, sentence: tokens[runStart].sentence, tokens: tokens) {
                runEnd = head + 1
                continue
            }
            // "Citizens’ Movement", "New People's Army": a possessive inside a body's name.
            if possessiveOpensBodyName(at: runEnd, runStart: runStart, tokens: tokens) {
                runEnd += 2
                continue
            }
            // "of" / "for" / "on" / "of the" after an organisation head ("Ministry of Health", "Institute on
            // Drug Abuse"), and "of"/"for" again inside such a name ("Society for the Prevention of Cruelty").
            let connector = tokens[runEnd].lower
            if connector == "of" || connector == "for" || connector == "on" || connector == "&" {
                let isHead = !tokens[runEnd - 1].lexicon.isDisjoint(with: [.connectorHead, .organizationHead])
                guard isHead || usedConnector && connector != "on" else { break }
                var after = runEnd + 1
                if after < tokens.count, tokens[after].lower == "the" { after += 1 }
                // (Not into a person's honorific: "the Cabinet of Dr. Harris"; "Justice" is also a field: "Court of
                // Justice".)
                if after < tokens.count, isNameToken(after, in: tokens), !tokens[after].sentenceStart,
                   !tokens[after].lexicon.contains(.month), !tokens[after].lexicon.contains(.weekday),
                   tokens[after].lower == "justice" || !Self.honorifics.contains(lowerOf: after, in: tokens) {
                    runEnd = after + 1
                    usedConnector = true
                    continue extend
                }
            }
            // "Trinidad and Tobago", "Bosnia and Herzegovina", "St Vincent and the Grenadines": a country whose
            // name holds "and".
            if tokens[runEnd].lower == "and", runEnd - runStart <= 2, runEnd + 2 < tokens.count,
               isNameToken(runEnd + 1, in: tokens) || tokens[runEnd + 1].lower == "the" && isNameToken(runEnd + 2, in: tokens),
               let joined = countryJoinedByAnd(from: runStart, and: runEnd, tokens: tokens) {
                runEnd = joined
                continue
            }
            // "Institute for Science and International Security": "and" only inside an "of"/"for" name.
            if tokens[runEnd].lower == "and", usedConnector, runEnd + 2 < tokens.count, isNameToken(runEnd + 1, in: tokens),
               isNameToken(runEnd + 2, in: tokens) {
                runEnd += 2
                continue
            }
            // "Ministry of Information and Culture", "Society for the Prevention of Cruelty to Children": "and" or
            // "to" and one last word inside an "of"/"for" name, when that word is no given name and no place.
            if tokens[runEnd].lower == "and" || tokens[runEnd].lower == "to", usedConnector, runEnd + 1 < tokens.count,
               tokens[runEnd + 1].sentence == tokens[runStart].sentence, isNameToken(runEnd + 1, in: tokens),
               runEnd + 2 >= tokens.count || !isNameToken(runEnd + 2, in: tokens) || tokens[runEnd + 2].sentence != tokens[runStart].sentence,
               !tokens[runEnd + 1].lexicon.contains(.givenName), !AnalysisLexicon.isSurname(tokens[runEnd + 1]),
               !gazetteer.knowsPlace(joining: tokens[runEnd + 1...runEnd + 1]) {
                runEnd += 2
                break
            }
            // "Food and Drug Administration", "Customs and Border Protection": a plain word, "and", and one or
            // two words ending in an organisation's head are one name; not when the word before "and" could
            // name something itself ("SpaceX and Tyvak Systems", "Boeing and ...", "Oxford and ...").
            // The word before "and" opens the run, or follows only a country or a sentence's "The" ("U.S.
            // Customs"; not "United Nations and European Union", two names).
            if tokens[runEnd].lower == "and", runEnd + 2 < tokens.count, isNameToken(runEnd + 1, in: tokens),
               runEnd - 1 == runStart
                || runEnd - 2 == runStart && (isCountryOrState(tokenAt: runStart, in: tokens) || tokens[runStart].lower == "the"),
               !gazetteer.isDemonym(tokenAt: runEnd + 1, in: tokens), Self.isPlainWord(tokens[runEnd - 1], gazetteer: gazetteer),
               // (After "and" a city's name may be a plain word too: "Drug" is also a town in India.)
               Self.isPlainWord(tokens[runEnd + 1], gazetteer: nil) && !isCountryOrState(tokenAt: runEnd + 1, in: tokens) {
                // ("Tanzania Rural and Urban Roads Agency": three words after "and", the last the head, after a
                // country's plain word that is no surname; not "Braun and Big Machine Records".)
                let reach = runEnd - 2 == runStart && !AnalysisLexicon.isSurname(tokens[runEnd - 1]) ? 3 : 2
                var last = runEnd + 1
                while last < runEnd + reach, last + 1 < tokens.count, !tokens[last].lexicon.contains(.organizationHead),
                      isNameToken(last + 1, in: tokens) {
                    last += 1
                }
                if tokens[last].lexicon.contains(.organizationHead), tokens[last].sentence == tokens[runStart].sentence,
                   last + 1 >= tokens.count || !isNameToken(last + 1, in: tokens) {
                    runEnd = last + 1
                    break
                }
            }
            // "Securities and Exchange Commission": "and" before capitalised organisation heads only (not
            // "SpaceX and Tyvak Systems", two names).
            // (Not one head after another: "the Iowa House and Senate" are two bodies.)
            if tokens[runEnd].lower == "and" || tokens[runEnd].lower == "&" {
                var probe = runEnd + 1
                while probe < tokens.count, probe < runEnd + 4, isNameToken(probe, in: tokens), tokens[probe].sentence == tokens[runEnd].sentence,
                      tokens[probe].lexicon.contains(.organizationHead) {
                    probe += 1
                }
                // (Nor after a channel's number: "BBC Radio 4 and Channel 4 News".)
                if probe > runEnd + 1, probe == tokens.count || !isNameToken(probe, in: tokens),
                   probe > runEnd + 2 || !tokens[runEnd - 1].lexicon.contains(.organizationHead) && tokens[runEnd - 1].kind != .number {
                    runEnd = probe
                    continue
                }
            }
            // "Lafayette Woods, Jr.": a generational suffix after a comma ends the name it follows.
            if tokens[runEnd].text == ",", runEnd - runStart >= 2, runEnd + 1 < tokens.count,
               tokens[runEnd + 1].capitalized, tokens[runEnd + 1].lexicon.contains(.generationalSuffix),
               tokens[runEnd + 1].sentence == tokens[runStart].sentence {
                runEnd += 2
                break
            }
            // "Ministry of Lands, Agriculture, Water, Fisheries and Climate Change": a ministry's list of
            // portfolios, joined by commas and a last "and", is inside its name.
            if tokens[runEnd].text == ",", usedConnector,
               tokens[runStart..<runEnd].contains(where: { Self.portfolioBodies.contains($0.lower) }),
               let end = portfolioListEnd(afterComma: runEnd, tokens: tokens) {
                runEnd = end
            }
            break
        }
        // "Said Coach Francis To Kishane Thompson On Day He Ran": in title case, a capitalised pronoun,
        // preposition or auxiliary inside a sentence ends the name before it.
        let (nameEnd, titleCaseEnd) = endBeforeTitleCaseFunctionWord(runStart..<runEnd, tokens: tokens)
        runEnd = titleCaseEnd
        for position in runStart..<runEnd { noteIfCapitalizedElsewhere(position) }
        index = runEnd
        // A run longer than any name ("Ministry of Ministry of ...") is not one; skipping it also keeps
        // the per-form work below (joins, gazetteer prefixes) bounded.
        guard runEnd - runStart <= Self.maximumNameTokens else { continue }
        // "Ernst & Young": an ampersand inside a piece marks an organisation.
        func addPiece(_ range: Range<Int>, _ extra: TypeCues) {
            var cues = extra
            if ampersand, tokens[range].contains(where: { $0.text == "&" }) { cues.organization += 3 }
            candidates.append((range, cues))
        }
        // "John T. McDonald III RPh": a degree's letters after a name are no part of it.
        let split = pieces(of: runStart..<Self.endBeforePostNominals(runStart..<nameEnd, tokens: tokens), tokens: tokens)
        addPiece(split.first.0, split.first.1)
        if let second = split.second { addPiece(second.0, second.1) }
    }
        return (candidates, capitalizedHashes, capitalizedTokens)
    }


    /// Whether the token at `index` is the number of a numbered unit inside a name ("District 211", "Local
    /// 399", "Precinct 4"): up to four digits after a capitalised unit word that is not the run's first.
    @inline(never)
    /// Also a broadcaster's channel number after "Channel", "Radio", "TV" or "Fox", first in the run or not ("Channel
    /// 4 News", "BBC Radio 4", "FOX 10"): up to three digits.
    static func isNumberOfNumberedUnit(at index: Int, runStart: Int, tokens: [AnalysisToken]) -> Bool {
        guard index >= runStart + 1, tokens[index].kind == .number, tokens[index].text.utf8.count <= 4,
              tokens[index].text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              tokens[index - 1].capitalized else { return false }
        if tokens[index].text.utf8.count <= 3, numberedChannels.contains(lowerOf: index - 1, in: tokens) { return true }
        return index >= runStart + 2 && numberedUnits.contains(lowerOf: index - 1, in: tokens)
    }

    /// Broadcasters' words that a channel number follows ("Channel 4", "BBC Radio 4", "FOX 10").
    static let numberedChannels: WordSet = ["channel", "radio", "tv", "fox"]

    /// Units that bodies number ("School District 211", "Teamsters Local 727", "Ward 5").
    static let numberedUnits: WordSet = ["district", "local", "lodge", "chapter", "precinct", "ward", "post", "unit", "division"]

    /// The most tokens a name may have ("U.S. Attorney’s Office for the Western District of New York" has 11).
    static let maximumNameTokens = 16

    /// The most tokens a run of name words is extended to before it is cut (at a title-case function word) or
    /// dropped as longer than any name: four names' worth, so that the work per run is bounded.
    static let maximumRunTokens = 4 * maximumNameTokens

    /// Whether a word is a given name, or a hyphenated one whose first part is ("Eva-Marie").
    private func isGivenName(_ token: AnalysisToken) -> Bool {
        if token.lexicon.contains(.givenName) { return true }
        guard token.lexicon.contains(.hyphenated), let hyphen = token.lower.firstIndex(of: "-") else { return false }
        return AnalysisLexicon.isGivenName(token.lower[..<hyphen])
    }

    /// Whether the word at `index` names a speaker after a quoted question or exclamation ("“...?” Schiff
    /// asked"): the closing mark makes it open a sentence, but it is the quote's attribution.
    private func isNamedAfterQuestion(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index >= 2, index + 1 < tokens.count, tokens[index - 1].text.isExactly(anyOf: ["”", "\""]),
              ["?", "!"].contains(tokens[index - 2].text) else { return false }
        return tokens[index + 1].lexicon.contains(.speechVerb)
    }

    /// Whether the one word at `index` is a census surname and no English word, title, all-capital word or
    /// place of `gazetteer`, and a speech verb follows it ("Rowe believes Rovers deserve credit", "Rowe said"):
    /// a person named by the surname alone, as sports and local reports do after a caption gave the full name.
    @inline(never)
    static func isSurnameBeforeSpeechVerb(_ index: Int, tokens: [AnalysisToken], gazetteer: Gazetteer) -> Bool {
        // (A census surname is ASCII, so the tokenizer's `noLowercase` bit tells a word in capitals.)
        guard index + 1 < tokens.count, tokens[index + 1].lexicon.contains(.speechVerb),
              tokens[index].lexicon.isDisjoint(with: [.commonWord, .title, .noLowercase]), AnalysisLexicon.isSurname(tokens[index]) else { return false }
        return !gazetteer.knowsPlace(joining: tokens[index...index])
    }

    /// Whether the word at `index` is an ISO 4217 currency code in capitals next to a number ("USD 11,400",
    /// "TZS 29 billion", "500 EUR"): an amount's unit, no body's acronym.
    @inline(never)
    static func isCurrencyCodeBesideNumber(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard tokens[index].text.utf8.count == 3, tokens[index].lexicon.contains(.noLowercase),
              currencyCodes.contains(lowerOf: index, in: tokens) else { return false }
        return index + 1 < tokens.count && tokens[index + 1].kind == .number || index >= 1 && tokens[index - 1].kind == .number
    }

    /// ISO 4217 codes of the currencies news names most, lowercase.
    static let currencyCodes: WordSet = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "pkr", "bdt", "lkr", "npr", "ngn", "ghs", "kes", "ugx", "tzs",
        "zar", "zmw", "mwk", "bwp", "nad", "rwf", "etb", "egp", "mad", "aed", "sar", "qar", "omr", "kwd", "bhd", "jod",
        "ils", "try", "rub", "uah", "pln", "czk", "huf", "ron", "bgn", "rsd", "sek", "nok", "dkk", "isk", "chf", "cad",
        "aud", "nzd", "fjd", "pgk", "sgd", "myr", "idr", "php", "thb", "vnd", "krw", "twd", "hkd", "mxn", "brl", "ars",
        "clp", "cop", "pen", "jmd", "ttd", "bbd", "bsd", "gyd", "xcd", "xof", "xaf", "mur", "scr", "mvr", "kzt", "azn",
        "gel", "amd", "uzs", "irr", "iqd", "lbp", "syp", "dzd", "tnd", "lyd", "sdg", "ssp", "sos", "cdf", "aoa", "mzn",
    ]

    /// The organisation cue of "the" before a name of two or more words opening with a given name: "the Cleveland
    /// Browns", "the Davis Cup", "the Maya Train" (a person's name takes no article). 3, outweighing the given
    /// name's cue, where the name ends its noun phrase; 2 before a lowercase noun, whose article it may be ("the
    /// Andrew Holness administration"); 0 for a place ("the Santa Cruz Mountains") or another name.
    @inline(never)
    static func articleCue(onNameStartingWithGivenName span: Range<Int>, tokens: [AnalysisToken]) -> Int {
        guard span.count >= 2, tokens[span.lowerBound].lexicon.contains(.givenName),
              !tokens[span.upperBound - 1].lexicon.contains(.locationHead) else { return 0 }
        let after = span.upperBound
        let endsPhrase = after >= tokens.count || tokens[after].kind != .word || tokens[after].capitalized
            || tokens[after].lexicon.contains(.unitStop)
        return endsPhrase ? 3 : 2
    }

    /// Whether the word at `start` is a month that is also a given name ("Jan", "June") opening a run of three
    /// or more name words whose next word is a given name too ("Jan Krzysztof Ardanowski"), with no preposition
    /// of time before it.
    @inline(never)
    static func isMonthGivenNameBeforeGivenName(_ start: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        guard end - start >= 3, tokens[start].lexicon.contains(.month), tokens[start].lexicon.contains(.givenName),
              tokens[start + 1].lexicon.contains(.givenName), !tokens[start + 1].lexicon.contains(.month) else { return false }
        return start == 0 || !monthPrepositions.contains(lowerOf: start - 1, in: tokens)
    }

    /// Words before a month that make it a date ("in June", "since May", "last April").
    static let monthPrepositions: WordSet = [
        "in", "on", "since", "until", "by", "from", "of", "last", "next", "early", "late", "mid", "through", "till",
    ]

    /// Words that open a verb's object: after one, a trailer word such as "shares" or "coaches" is a verb.
    static let objectOpeners: WordSet = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "how",
        "what", "some",
    ]

    /// Words that may open a title block ("White House Press Secretary ...", "Energy Secretary Rick
    /// Perry", "UK Home Secretary ..."): they go with the title, not with the name before it.
    static let titleModifiers: WordSet = [
        "press", "deputy", "assistant", "vice", "senior", "pro", "majority", "minority", "energy", "treasury", "commerce",
        "education", "health",
        "labor", "labour", "transportation", "transport", "agriculture", "housing", "trade", "home", "culture",
        "environment", "immigration", "state", "communications", "security", "intelligence", "climate", "science",
        "national", "federal", "shadow", "junior", "cabinet", "electoral", "election", "police", "district",
        "provincial", "former", "acting", "interim", "additional", "managing", "joint", "prosecuting",
        // "West Finland Regional Public Prosecutor Harri Lindberg"; Indonesia's "Coordinating Minister for Economic
        // Affairs Darmin Nasution".
        "regional", "coordinating",
        // "Grand Ayatollah Ali al-Sistani", "Grand Chief Joel Abram".
        "grand",
        // Australian and British service ranks ("Leading Senior Constable Martin Friend", "Leading Seaman").
        "leading",
        // Ministers' portfolios ("West Bengal Power Minister", "Tourism Minister").
        "power", "tourism", "fisheries", "forests", "forest", "mines", "mining", "water", "sports", "youth",
        "railways", "railway", "petroleum", "aviation", "irrigation", "textiles", "telecom", "tribal", "rural",
        "urban", "planning", "industries", "industry", "fuel", "oil", "infrastructure", "welfare", "works",
        // The fields of a company's chief officers ("Chief Strategy Officer Jane Doe").
        "strategy", "marketing", "technology", "information", "product", "digital", "revenue", "investment",
        "legal", "medical", "data", "content", "creative", "people", "customer", "commercial", "brand",
        "sustainability", "risk", "compliance", "growth", "design", "innovation", "accounting",
        // Thai police ranks ("Pol Col Apichai Krobpetch", "Pol Lt Gen ...").
        "pol", "pol.",
        // "Foreign Affairs Minister", "Home Affairs Secretary".
        "affairs",
    ]

    /// "Attorney General’s Office", "Chief Secretary’s Office" (after at most a leading article): titles and
    /// their modifiers, a possessive "'s" and a body's head word name the office, not a person. The span with an
    /// organisation cue, or nil for any other run.
    @inline(never)
    private static func titlesPossessiveOffice(_ range: Range<Int>, tokens: [AnalysisToken]) -> Span? {
        let end = range.upperBound
        guard range.count >= 3, tokens[end - 1].lexicon.contains(.organizationHead), tokens[end - 2].text == "'s",
              tokens[end - 3].lexicon.contains(.title) else { return nil }
        let start = articles.contains(lowerOf: range.lowerBound, in: tokens) ? range.lowerBound + 1 : range.lowerBound
        guard start <= end - 3 else { return nil }
        var probe = start
        while probe < end - 2 {
            if tokens[probe].lexicon.isDisjoint(with: [.title, .titleModifier]) { return nil }
            probe += 1
        }
        var cues = TypeCues()
        cues.organization = 3
        return Span(range: start..<end, cues: cues)
    }

    /// The last of a name's space-separated words, or nil for a name of one word (found on its UTF-8 bytes).
    private static func lastWord(of name: String) -> Substring? {
        guard let space = name.utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        return name[name.utf8.index(after: space)...]
    }

    /// Whether the word before the given name at `given` is a compass word ("SSP East John Smith") that opens no
    /// place with it ("North Carolina").
    @inline(never)
    private func isCompassWordBeforeGivenName(_ given: Int, tokens: [AnalysisToken]) -> Bool {
        guard given >= 1, Self.compassWords.contains(lowerOf: given - 1, in: tokens) else { return false }
        return !gazetteer.knowsPlace(joining: tokens[(given - 1)...given])
    }

    /// Where the outlet starts in a byline's line that names the writer and the outlet in one run ("Gina Barton
    /// Milwaukee Journal Sentinel", "By Jonathan Paye-Layleh Associated Press"): the line holds only the run (after
    /// an optional "By"), which opens with a given name, has two or more words after the writer's two (three with a
    /// middle initial) and ends in an organisation's head word.
    @inline(never)
    static func bylineOutletStart(_ run: Range<Int>, tokens: [AnalysisToken]) -> Int? {
        let paragraph = tokens[run.lowerBound].paragraph
        // Back over an optional colon and "By" only (not to the paragraph's start: a run in a long paragraph would
        // walk all of it, and every run of such a paragraph again).
        var first = run.lowerBound
        if first >= 1, tokens[first - 1].paragraph == paragraph, tokens[first - 1].text == ":" { first -= 1 }
        if first >= 1, tokens[first - 1].paragraph == paragraph, tokens[first - 1].lower == "by" { first -= 1 }
        guard first == 0 || tokens[first - 1].paragraph != paragraph,
              run.upperBound == tokens.count || tokens[run.upperBound].paragraph != paragraph,
              tokens[run.lowerBound].lexicon.contains(.givenName), tokens[run.upperBound - 1].lexicon.contains(.organizationHead) else { return nil }
        let split = run.lowerBound + (isInitial(tokens[run.lowerBound + 1].text) ? 3 : 2)
        guard run.upperBound - split >= 2 else { return nil }
        return split
    }

    /// Whether the word at `index` can be a word of a person's name: a given name, a census surname, or a
    /// capitalised word that is no English word.
    @inline(never)
    static func isPersonNameWord(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard tokens[index].kind == .word, tokens[index].capitalized else { return false }
        return tokens[index].lexicon.contains(.givenName) || AnalysisLexicon.isSurname(tokens[index]) || !isEnglishWord(index, tokens: tokens)
    }

    /// Whether the lowercase form of the word at `index` is an English word: a common word of the lists or one of
    /// the dictionary's (`AnalysisLexicon.englishWords`; the list's bit first, the hashed look-up being a cache miss).
    @inline(__always)
    static func isEnglishWord(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        tokens[index].lexicon.contains(.commonWord) || AnalysisLexicon.englishWords.contains(hash: tokens[index].lowerHash)
    }

    /// Whether "I" at `index` opens a Balinese man's name ("I Ketut Suardana", "I Wayan Koster"): before a birth-order
    /// or caste name and one more name word, up to `end`.
    @inline(never)
    static func opensBalineseName(at index: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        index + 2 < end && tokens[index].text == "I" && balineseBirthOrderNames.contains(lowerOf: index + 1, in: tokens)
            && tokens[index + 1].capitalized && !tokens[index + 2].lexicon.contains(.commonWord)
    }

    /// Balinese birth-order and caste names that follow "I" (men) or "Ni" (women) in a name.
    static let balineseBirthOrderNames: WordSet = [
        "wayan", "putu", "gede", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "gusti",
    ]

    /// The joiners of South Asian Muslim names from Arabic ("ul" of "Fayyaz ul Hassan", "ur" of "Habib ur
    /// Rehman", "ud" of "Salah ud Din"; written lowercase between the name's words).
    static let nameJoiners: WordSet = ["ul", "ur", "ud"]

    /// Whether the token before `start` is a lowercase word that is no speech verb ("leader in Johannesburg
    /// Mike Moriarty"; not a sentence's start or "said Jona Kay Squires").
    @inline(never)
    private static func followsLowercaseWordOtherThanSpeechVerb(_ start: Int, tokens: [AnalysisToken]) -> Bool {
        guard start >= 1, tokens[start - 1].kind == .word, !tokens[start - 1].capitalized else { return false }
        return !tokens[start - 1].lexicon.contains(.speechVerb)
    }

    /// A run split where a title follows other name words ("Senate President Bukola Saraki", "Indiana
    /// State Teachers Association President Keith Gambill", "White House Press Secretary Stephanie
    /// Grisham"): the words before the title are a name of their own (an organisation or place, so they
    /// get a weak organisation cue unless the gazetteer knows them), the title and what follows a person.
    /// Returns one piece, or two (no array: this runs for every run of name words).
    private func pieces(of run: Range<Int>, tokens: [AnalysisToken]) -> (first: (Range<Int>, TypeCues), second: (Range<Int>, TypeCues)?) {
        // "Miami Florida", "Lahore Pakistan": a city written before its state or country without a comma is two places.
        if run.count == 2, !tokens[run.lowerBound].lexicon.contains(.givenName),
           isCountryOrState(tokenAt: run.lowerBound + 1, in: tokens), gazetteer.placeKind(joining: tokens[run.lowerBound...run.lowerBound]) == .city,
           !gazetteer.knowsPlace(joining: tokens[run]) {
            var place = TypeCues()
            place.location = 3
            return ((run.lowerBound..<(run.lowerBound + 1), place), ((run.lowerBound + 1)..<run.upperBound, place))
        }
        guard run.count >= 3 else { return ((run, TypeCues()), nil) }
        if run.count >= 4, let split = Self.bylineOutletStart(run, tokens: tokens) {
            var person = TypeCues()
            person.person = 3
            var outlet = TypeCues()
            outlet.organization = 3
            return ((run.lowerBound..<split, person), (split..<run.upperBound, outlet))
        }
        if let holder = holderAfterPortfolio(run, tokens: tokens) {
            var person = TypeCues()
            person.person = 2
            return ((holder, person), nil)
        }
        var title = run.lowerBound + 1
        while title < run.upperBound - 1 {
            defer { title += 1 }
            guard tokens[title].lexicon.contains(.title), !tokens[title - 1].lexicon.contains(.title) else { continue }
            // ("Fort St. John Mayor Lori Ackerman", "Port St. Lucie", "Jill St. Clair": "St." after a name word
            // goes on with that name.)
            if Self.saintWords.contains(lowerOf: title, in: tokens) { continue }
            var blockEnd = title
            while blockEnd < run.upperBound, tokens[blockEnd].lexicon.contains(.title) { blockEnd += 1 }
            // ("Jamaica Defense Force", "Justice Department": a title word before a body's head word is its field.)
            // ("Martin Luther King Jr.": a title word before only a generational suffix is a surname.)
            guard blockEnd < run.upperBound, isNameToken(blockEnd, in: tokens), tokens[blockEnd].lower != "of",
                  !tokens[blockEnd].lexicon.contains(.organizationHead),
                  !tokens[blockEnd..<run.upperBound].allSatisfy({ $0.lexicon.contains(.generationalSuffix) }) else { continue }
            var blockStart = title
            while blockStart - 1 >= run.lowerBound, tokens[blockStart - 1].lexicon.contains(.titleModifier) { blockStart -= 1 }
            // "National Security Adviser John Bolton": only a title and its modifiers before the name.
            guard blockStart > run.lowerBound else { continue }
            // "Eugene Police Chief Chris Skinner", "Cyberabad Police Commissioner CV Sajjanar": "Police" after a
            // place's name (or any name that opens with no given name) is that place's force, a body of its own,
            // not the title's modifier.
            // ("East Java Regional Police Spokesman": also after the force's own modifiers.)
            if let police = (blockStart..<title).first(where: { tokens[$0].lower == "police" }),
               !tokens[run.lowerBound].lexicon.contains(.givenName)
                || gazetteer.knowsPlace(joining: tokens[run.lowerBound..<blockStart]) {
                var force = TypeCues()
                force.organization = 3
                return ((run.lowerBound..<(police + 1), force), ((police + 1)..<run.upperBound, TypeCues()))
            }
            var prefixEnd = blockStart
            // "Kentucky GOP Gov. Matt Bevin": a party or demonym word before the title goes with neither.
            while prefixEnd > run.lowerBound + 1, gazetteer.isDemonym(tokenAt: prefixEnd - 1, in: tokens) { prefixEnd -= 1 }
            // ("Minister for Foreign Affairs": a title word after "for"/"of" is the field of the one before.)
            guard !["of", "for", "and", "&"].contains(tokens[blockStart - 1].lower) else { continue }
            var prefix = run.lowerBound..<prefixEnd
            // "UAE State Minister for Foreign Affairs Dr Anwar Gargash": an earlier title with its "for"/"of"
            // field is no name either; only the words before it (and its modifiers) are.
            if let fieldTitle = prefix.dropLast().first(where: {
                tokens[$0].lexicon.contains(.title) && ["of", "for"].contains(tokens[$0 + 1].lower)
            }) {
                var titleStart = fieldTitle
                while titleStart > run.lowerBound, !tokens[titleStart - 1].lexicon.isDisjoint(with: [.title, .titleModifier]) { titleStart -= 1 }
                guard titleStart > run.lowerBound else { return ((blockStart..<run.upperBound, TypeCues()), nil) }
                prefix = run.lowerBound..<titleStart
            }
            // ("US President Donald Trump": a common word in capitals that names a place or body, `capitalsOnlyNames`,
            // is a name here.)
            guard prefix.contains(where: {
                (!tokens[$0].lexicon.contains(.commonWord) || Self.capitalsOnlyNames.contains(tokens[$0].text))
                    && !tokens[$0].lexicon.contains(.title) && !gazetteer.isDemonym(tokenAt: $0, in: tokens)
            }) else { continue }
            // "Economics Minister Johann Schneider-Ammann", "Foreign Affairs Minister Ignazio Cassis": plain words
            // before a minister's or secretary's title are the portfolio, no name.
            // (Not a body or a place: "White House Press Secretary", "West Bengal Power Minister".)
            if Self.portfolioTitles.contains(lowerOf: title, in: tokens), isPortfolio(prefix, tokens: tokens) {
                return ((blockStart..<run.upperBound, TypeCues()), nil)
            }
            var prefixCues = TypeCues()
            let prefixText = Self.joinedTexts(tokens[prefix])
            if (title..<blockEnd).contains(where: { tokens[$0].lower == "mayor" }) {
                // "Iqaluit Mayor Elisapee Sheutiapik": a mayor's is a town.
                prefixCues.location += 3
            } else if !gazetteer.knowsPlace(named: prefixText) {
                prefixCues.organization += 1
            }
            // "said North Oak CEO Philip Hanna": what a title and its holder's name follow is where the title is
            // held, a body or a place, not a person (whatever a speech verb before it says).
            prefixCues.person -= 3
            return ((prefix, prefixCues), (blockStart..<run.upperBound, TypeCues()))
        }
        // "Consul General in New York Huang Ping": after a title or role noun and "in"/"at", a place's name and
        // two or three more name words are the place and the title's holder (the longest place that leaves two).
        // After "of" ("the Mayor of Kyiv Vitali Klitschko"), only a country's, state's or city's name, and a holder
        // of given names, surnames or words that are no English words ("President of Bangladesh Readymade Garment
        // Manufacturers" names a body; "Director General of Police A C Sharma", a town in Poland, a rank).
        let afterOf = run.lowerBound >= 1 && tokens[run.lowerBound - 1].lower == "of"
        if run.lowerBound >= 2, run.count <= 7, !tokens[run.lowerBound - 2].lexicon.isDisjoint(with: [.title, .roleNoun]),
           afterOf || ["in", "at"].contains(tokens[run.lowerBound - 1].lower) {
            for split in stride(from: run.upperBound - 2, through: max(run.lowerBound + 1, run.upperBound - 3), by: -1) {
                guard afterOf ? gazetteer.placeKind(named: Self.joinedTexts(tokens[run.lowerBound..<split])).map({
                            [GazetteerPlace.Kind.country, .state, .city].contains($0)
                        }) ?? false
                        && (split..<run.upperBound).allSatisfy({ Self.isPersonNameWord($0, tokens: tokens) })
                        : gazetteer.knowsPlace(joining: tokens[run.lowerBound..<split]),
                      (split..<run.upperBound).allSatisfy({
                          isNameToken($0, in: tokens) && tokens[$0].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord])
                      }),
                      !gazetteer.knowsPlace(joining: tokens[split..<run.upperBound]) else { continue }
                var place = TypeCues()
                place.location = 3
                var holder = TypeCues()
                holder.person = 2
                return ((run.lowerBound..<split, place), (split..<run.upperBound, holder))
            }
        }
        // "Cleveland DL Larry Ogunjobi", "CBS Sports NFL Insider Jason La Canfora": a given name after an
        // acronym or a capitalised common word, followed by at most three more name words, opens a person's
        // name; the words before the acronym or common word name something else.
        for given in (run.lowerBound + 1)..<(run.upperBound - 1) {
            let marker = tokens[given - 1]
            // "AK Abdul Momen", "R R Patil", "Foreign Minister AK Abdul Momen": one or two capitals opening the run
            // or following a title are initials written without periods (South Asian style), part of the name;
            // not a position ("DL Larry Ogunjobi") or a known name.
            if Self.isInitialsWithoutPeriods(marker), !Self.sportsPositions.contains(marker.lower), !isCountryOrState(marker.text) {
                var initials = given - 1
                if initials > run.lowerBound, marker.text.utf8.count == 1, Self.isInitialsWithoutPeriods(tokens[initials - 1]) { initials -= 1 }
                if initials == run.lowerBound || tokens[initials - 1].lexicon.contains(.title) { continue }
            }
            // "T.M. Vijay Bhaskar", "Sgt. W. Patrick Swanton": initials with periods opening the run or following a
            // title are the name's (not "U.S.").
            if given - 1 == run.lowerBound || tokens[given - 2].lexicon.contains(.title), Self.isDottedInitials(marker.text),
               !isCountryOrState(marker.text) {
                continue
            }
            // ("SSP East John Smith": a compass word is a district's, not the name's, unless it opens a place with
            // the given name: "North Carolina", "West Virginia".)
            // ("Ram Sharan Mahat", "Deep Kumar Upadhyay": a common word that is also a given name opens the name.)
            let markerIsCue = isAcronym(marker.text) || Self.isCommonWordOnly(at: given - 1, tokens: tokens)
                || isCompassWordBeforeGivenName(given, tokens: tokens)
            // "CBS Sports NFL Insider Jason La Canfora": an acronym further back marks the words before as a body's;
            // so do an organisation's head word right before ("European Union Gordon Sondland") and a title with
            // "of" further back ("Deputy Director of Public Prosecution Eva-Marie Persson").
            guard isGivenName(tokens[given]) || Self.opensNameWithMiddleInitial(given, end: run.upperBound, tokens: tokens),
                  !tokens[given].lexicon.contains(.commonWord),
                  markerIsCue || !marker.lexicon.contains(.givenName) && !AnalysisLexicon.surnames.contains(marker.lower)
                    && (tokens[run.lowerBound..<(given - 1)].contains(where: { isAcronym($0.text) })
                        || marker.lexicon.contains(.organizationHead)
                        || ((run.lowerBound + 1)..<max(run.lowerBound + 1, given - 1)).contains(where: {
                            tokens[$0].lower == "of" && tokens[$0 - 1].lexicon.contains(.title)
                        })
                        || run.lowerBound >= 2 && tokens[run.lowerBound - 1].lower == "of"
                            && tokens[run.lowerBound - 2].lexicon.contains(.title)
                        // "Minister of Justice and Citizenship Freedoms Catalin Predoiu", "Special Envoy for the Horn
                        // of Africa Jeff Feltman": the run goes on a title's field further back.
                        || Self.continuesTitleField(run.lowerBound, tokens: tokens)
                        // "DA leader in Johannesburg Mike Moriarty": a place's name (no given name) right before,
                        // the run after a lowercase word other than a speech verb (not "said Jona Kay Squires").
                        // (Not "San Diego County": the place does not go on into the given name.)
                        || Self.followsLowercaseWordOtherThanSpeechVerb(run.lowerBound, tokens: tokens)
                            && gazetteer.knowsPlace(joining: tokens[run.lowerBound..<given])
                            && !tokens[run.lowerBound].lexicon.contains(.givenName)
                            && !gazetteer.knowsPlace(joining: tokens[run.lowerBound...given])
                        // "Santa Clara County Sherrif Laurie Smith": a place's or body's head word further back.
                        || tokens[run.lowerBound..<(given - 1)].contains(where: {
                            !$0.lexicon.isDisjoint(with: [.organizationHead, .locationHead])
                        })
                        // "Rajya Sabha Ghulam Nabi Azad": two or more words before it that are neither given names
                        // nor surnames (not after an honorific: "Mr Afeeq Aizudean Abdul Rasol" is one name), two of
                        // them no title and no common word opening the sentence ("Prime Minister Cleopas Sipho
                        // Dlamini", "Later Cleopas Sipho Dlamini" are one name after the title or the adverb).
                        || given - run.lowerBound >= 2 && tokens[run.lowerBound..<given].allSatisfy({
                            !$0.lexicon.contains(.givenName) && !AnalysisLexicon.isSurname($0)
                        }) && !tokens[max(0, run.lowerBound - 1)..<given].contains(where: { Self.honorifics.contains($0.lower) })
                            && tokens[run.lowerBound..<given].count(where: {
                                !$0.lexicon.contains(.title) && !($0.sentenceStart && $0.lexicon.contains(.commonWord))
                            }) >= 2),
                  run.upperBound - given <= 4,
                  (given..<run.upperBound).allSatisfy({ isNameToken($0, in: tokens) }),
                  ((given + 1)..<run.upperBound).allSatisfy({
                      tokens[$0].lexicon.isDisjoint(with: [.organizationHead, .institutionWord])
                  }) else { continue }
            // ("Ho Chi Minh City": a place the gazetteer knows whole is one name, whatever its words.)
            guard !gazetteer.knowsPlace(joining: tokens[run]) else { break }
            // ("New Zealand Rugby", "New Zealand Cricket": a common word that opens a place's name with the given
            // name, "Zealand" here, is the place's first word, not a marker before a person.)
            guard !markerIsCue || !gazetteer.knowsPlace(joining: tokens[(given - 1)...given]) else { continue }
            // ("Finance Minister Ram Sharan Mahat": a common word that is also a given name, right before the given
            // name, opens the person's name.)
            let opensWithMarker = !markerIsCue && Self.isCommonWordGivenName(at: given - 1, after: run.lowerBound, tokens: tokens)
            let prefix = run.lowerBound..<(markerIsCue || opensWithMarker ? given - 1 : given)
            let person = ((opensWithMarker ? given - 1 : given)..<run.upperBound, TypeCues())
            // ("Foreign Affairs Penny Wong": a prefix that opens with a title is the title's field, no name.)
            guard !prefix.isEmpty, !tokens[prefix.lowerBound].lexicon.contains(.title), prefix.contains(where: {
                tokens[$0].lexicon.isDisjoint(with: [.commonWord, .title, .titleModifier]) && !gazetteer.isDemonym(tokenAt: $0, in: tokens)
            }) else { return (person, nil) }
            var prefixCues = TypeCues()
            if !gazetteer.knowsPlace(joining: tokens[prefix]) { prefixCues.organization += 1 }
            // "Santa Clara County Sherrif": a place's or body's head word says what the prefix names.
            if tokens[prefix].contains(where: { $0.lexicon.contains(.locationHead) }) {
                prefixCues.location += 3
            } else if tokens[prefix].contains(where: { $0.lexicon.contains(.organizationHead) }) {
                prefixCues.organization += 3
            }
            return ((prefix, prefixCues), person)
        }
        return ((run, TypeCues()), nil)
    }

    /// Whether the run starting at `start` continues the field of a title further back in its sentence: "of" or
    /// "for" after a title, then only capitalised words, "of", "for", "and" and "the" up to the run (at most ten
    /// tokens back).
    @inline(never)
    static func continuesTitleField(_ start: Int, tokens: [AnalysisToken]) -> Bool {
        guard start >= 3, ["and", "of", "for", "the"].contains(tokens[start - 1].lower) else { return false }
        var probe = start - 1
        while probe >= 1, probe >= start - 10, tokens[probe].sentence == tokens[start].sentence {
            let lower = tokens[probe].lower
            if lower == "of" || lower == "for", tokens[probe - 1].capitalized, tokens[probe - 1].lexicon.contains(.title) { return true }
            guard tokens[probe].kind == .word, tokens[probe].capitalized || ["and", "of", "for", "the"].contains(lower) else { return false }
            probe -= 1
        }
        return false
    }

    /// The dateline at the start of the body ("BUFFALO, N.Y. —", "HAYWARD, Calif. (AP) —",
    /// "Indianapolis –", "NEW DELHI:", "Guwahati, Jun 6 (PTI)", "Lahore"; see `dateline(from:tokens:)`): at most
    /// sixteen tokens of capitalised words, commas, periods, a date and a bracketed outlet.
    /// A body whose first paragraph is a headline (a plain-text export: at most 30 tokens, no sentence-final
    /// period) has its dateline in the second ("Gargash blasts Qatari media ... ¶ Dubai: UAE State ..."; also
    /// after a headline's label, "ASP: Sheriff’s deputy shot ¶ MOUNTAIN VIEW, Ark. (KAIT) - ..."), or, in
    /// capitals, in the second or third (`capitalsDateline`).
    private func datelineRange(tokens: [AnalysisToken]) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.paragraph >= 0 }), tokens[first].paragraph == 0 else { return nil }
        if let second = tokens[first..<min(tokens.count, first + 31)].firstIndex(where: { $0.paragraph != 0 }),
           tokens[second].paragraph == 1, ![".", "!", "?"].contains(tokens[second - 1].text) {
            if let dateline = dateline(from: second, tokens: tokens) { return dateline }
            // "Government advises farmers ... ¶ By Pempho Nkhoma ¶ Blantyre, March 20, Mana: ...": a byline between
            // the headline and the dateline.
            if tokens[second].lower == "by", let third = (second..<min(tokens.count, second + 12)).first(where: { tokens[$0].paragraph != 1 }),
               tokens[third].paragraph == 2, let dateline = dateline(from: third, tokens: tokens) {
                return dateline
            }
            // ("Eskom: ‘No load shedding ...’ ¶ Chief operating officer ... says ... ¶ CAPE TOWN - Eskom CEO ...": a
            // headline's label is no dateline when one in capitals opens the paragraph after the standfirst.)
            if let dateline = capitalsDateline(after: second, tokens: tokens) { return dateline }
        }
        return dateline(from: first, tokens: tokens) ?? capitalsDateline(after: first, tokens: tokens)
    }

    /// A dateline in capitals ("CAPE TOWN -") opening one of the paragraphs after the one at `start`, up to the
    /// body's third, within its first 200 tokens: after a headline and a standfirst.
    private func capitalsDateline(after start: Int, tokens: [AnalysisToken]) -> Range<Int>? {
        let limit = min(tokens.count, start + 200)
        var start = start
        while start < limit {
            guard let next = tokens[start..<limit].firstIndex(where: { $0.paragraph != tokens[start].paragraph }),
                  tokens[next].paragraph <= 2 else { return nil }
            if let dateline = dateline(from: next, tokens: tokens),
               dateline.allSatisfy({ tokens[$0].kind != .word || isAllCapitals(tokenAt: $0, in: tokens) }) {
                return dateline
            }
            start = next
        }
        return nil
    }

    /// The dateline opening the paragraph at `first`, if any: the tokens before a dash or a colon; or, with a
    /// comma and a date after the place, up to a bracketed agency ("Guwahati, Jun 6 (PTI) Visiting ...",
    /// "Thiruvananthapuram (Kerala) [India], September 12 (ANI):") or the paragraph's end ("Manama, August 15,
    /// 2011"); or a paragraph that is only a gazetteer place ("Lahore", "Doha").
    private func dateline(from first: Int, tokens: [AnalysisToken]) -> Range<Int>? {
        guard tokens[first].kind == .word, tokens[first].capitalized else { return nil }
        let paragraph = tokens[first].paragraph
        var index = first
        var depth = 0
        var sawComma = false
        var sawDate = false
        while index < tokens.count, index < first + 16, tokens[index].paragraph == paragraph {
            let token = tokens[index]
            switch token.text {
            case let mark where mark.isExactly(anyOf: ["—", "–", "-", ":"]):
                return depth == 0 && index > first ? first..<index : nil
            case "(", "[":
                depth += 1
            case ")", "]":
                depth -= 1
                // ("Guwahati, Jun 6 (PTI) Visiting": the agency closes a place and a date.)
                if depth == 0, sawComma, sawDate, index + 1 < tokens.count, tokens[index + 1].paragraph == paragraph,
                   !tokens[index + 1].text.isExactly(anyOf: ["—", "–", "-", ":", "(", "["]) {
                    return first..<(index + 1)
                }
            case ",":
                if depth == 0 { sawComma = true }
            case ".":
                break
            default:
                // ("Doha, Nov 27 –": the day's number in a date; "January 8th 2007": an ordinal day.)
                let isDatePart = token.kind == .number && token.text.utf8.count <= 4 || token.lexicon.contains(.month)
                    || token.kind == .word && token.text.utf8.count <= 4 && token.text.utf8.first.map({ $0 &- UInt8(ascii: "0") < 10 }) == true
                if isDatePart {
                    if sawComma { sawDate = true }
                } else {
                    // ("AMARILLO, Texas (KAMR/KCIT) —", "RICHMOND, Va. (CBSDC/AP) —": in brackets, the outlets'
                    // call signs with their separators.)
                    guard depth > 0 || token.kind == .word && token.capitalized else { return nil }
                }
            }
            index += 1
        }
        guard depth == 0, index > first, index == tokens.count || tokens[index].paragraph != paragraph else { return nil }
        // The paragraph ends: a place and a date, or a place alone.
        if sawComma && sawDate { return first..<index }
        if index - first <= 3, !tokens[(first + 1)..<index].contains(where: { $0.kind != .word }),
           gazetteer.knowsPlace(joining: tokens[first..<index]) {
            return first..<index
        }
        return nil
    }

    /// Whether the words at `index` are "Tan Sri" or "Puan Sri".
    @inline(never)
    static func isTwoWordHonorific(at index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].text.utf8.count == 3, tokens[index + 1].lower == "sri" else { return false }
        return tokens[index].lower == "tan" || tokens[index].lower == "puan"
    }

    /// Whether a name of two or more words is only role nouns, titles and their modifiers ("Physician
    /// Assistant", "Public Defender" before "Noami Coady"): a capitalised office, no one's name.
    @inline(never)
    static func isRoleWordsOnly(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard range.count >= 2 else { return false }
        for index in range {
            let lists = tokens[index].lexicon
            guard !lists.contains(.givenName), !lists.contains(.knownOrganization) else { return false }
            if lists.isDisjoint(with: [.roleNoun, .title, .titleModifier]) {
                // (Compared only at six bytes: most names' first word fails here, and a string compare is dear.)
                guard tokens[index].text.utf8.count == 6, tokens[index].lower == "public" else { return false }
            }
        }
        return true
    }

    /// Where a run with a given name or a title ends, at its first title-case function word after its first word
    /// (`isTitleCaseFunctionWord`), and where its name ends: also before a speech verb right before that word.
    @inline(never)
    private func endBeforeTitleCaseFunctionWord(_ run: Range<Int>, tokens: [AnalysisToken]) -> (name: Int, run: Int) {
        // Only in a run with a given name or a title: other title-case runs ("Parallel Plea Revealed During
        // Hearing") would leave pieces that look like names.
        // (The common-word bit first: most runs hold no common word after their first.)
        guard run.count >= 2, ((run.lowerBound + 1)..<run.upperBound).contains(where: { tokens[$0].lexicon.contains(.commonWord) }),
              run.contains(where: { !tokens[$0].lexicon.isDisjoint(with: [.givenName, .title]) }) else {
            return (run.upperBound, run.upperBound)
        }
        for index in (run.lowerBound + 1)..<run.upperBound where isTitleCaseFunctionWord(at: index, in: tokens) {
            // "Alice Evans Say They ...": a speech verb before the pronoun goes too (not "said": "Edward Said").
            if index - run.lowerBound >= 3, tokens[index - 1].lexicon.contains(.speechVerb), tokens[index - 1].lower != "said" {
                return (index - 1, index)
            }
            return (index, index)
        }
        return (run.upperBound, run.upperBound)
    }

    /// Whether `tokens[index]` is a function word capitalised by title case (not in capitals: "IS", "US"), which
    /// no name holds (`titleCaseBreakWords`), outside quotation marks in a sentence in title case: one whose
    /// unquoted words starting with a lowercase letter are all short function words ("People Before Profit"
    /// and “Jesus Is Just Alright With Me” in running text keep their words).
    @inline(never)
    private func isTitleCaseFunctionWord(at index: Int, in tokens: [AnalysisToken]) -> Bool {
        guard tokens[index].lexicon.contains(.commonWord), !tokens[index].sentenceStart,
              Self.titleCaseBreakWords.contains(lowerOf: index, in: tokens), !isAllCapitals(tokenAt: index, in: tokens) else { return false }
        let sentence = tokens[index].sentence
        var first = index
        while first > 0, first > index - 80, tokens[first - 1].sentence == sentence { first -= 1 }
        var last = index
        while last + 1 < tokens.count, last < index + 80, tokens[last + 1].sentence == sentence { last += 1 }
        // Quoted words are left out (a headline's quotation is in sentence case; a song's title in title case
        // inside a sentence is no headline), and the word itself must stand outside quotation marks.
        var quoted = false
        for position in first...last {
            if tokens[position].lexicon.contains(.quotationMark) {
                quoted.toggle()
            } else if position == index {
                if quoted { return false }
            } else if !quoted, tokens[position].kind == .word, !tokens[position].capitalized,
                      let initial = tokens[position].text.utf8.first, initial &- UInt8(ascii: "a") < 26,
                      !tokens[position].lexicon.contains(.commonWord) || tokens[position].text.utf8.count > 4 {
                return false
            }
        }
        return true
    }

    /// Pronouns, prepositions, auxiliaries and conjunctions that title case capitalises and no name holds (not
    /// "of", "for", "and", "the", which bodies' names do; not "I", "It", "Is", "Us", "As", "May", "Will", "Can",
    /// which are also numerals, names or acronyms).
    static let titleCaseBreakWords: WordSet = [
        "to", "on", "at", "by", "with", "from", "into", "onto", "upon", "over", "after", "before", "during",
        "against", "about", "he", "she", "they", "we", "his", "him", "them", "their", "our", "my", "your", "its",
        "was", "are", "were", "be", "been", "has", "have", "had", "would", "could", "should", "must", "does", "did",
        "but", "or", "nor", "if", "when", "while", "because", "than",
    ]

    /// A name token: a capitalised word (or "al-Sadr") that is not a lone punctuation-like word.
    /// Whether `tokens[index]` is a name token (read in place: passing the token would copy it).
    @inline(__always)
    private func isNameToken(_ index: Int, in tokens: [AnalysisToken]) -> Bool {
        guard tokens[index].kind == .word, tokens[index].capitalized else { return false }
        // "GOP-dominated", "London-based": a name inside a lowercase compound is not a name here.
        // ("Kyu-duk" in "Noh Kyu-duk" is a given name.)
        if tokens[index].lexicon.contains(.hyphenated), Self.endsInLowercasePart(tokens[index].text.utf8),
           !Self.isHyphenatedGivenName(tokens[index].text) { return false }
        return true
    }

    /// Whether the part after the last hyphen starts with a lowercase ASCII letter and has 3+ bytes.
    private static func endsInLowercasePart(_ utf8: String.UTF8View) -> Bool {
        guard let hyphen = utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let rest = utf8[utf8.index(after: hyphen)...]
        guard let first = rest.first, first &- UInt8(ascii: "a") < 26 else { return false }
        return rest.count >= 3
    }

    /// `isAllCapitals(tokens[index].text)`, read from the tokenizer's flag for an ASCII word or number.
    private func isAllCapitals(tokenAt index: Int, in tokens: [AnalysisToken]) -> Bool {
        let lists = tokens[index].lexicon
        if tokens[index].kind != .punct, !lists.contains(.nonASCII) { return lists.contains(.noLowercase) }
        return isAllCapitals(tokens[index].text)
    }

    private func isAllCapitals(_ text: String) -> Bool {
        // An ASCII scalar is lowercase exactly when it is a-z, so ASCII text needs no property look-up.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var hasLowercase = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- UInt8(ascii: "a") < 26 { hasLowercase = true }
            }
            return !hasLowercase
        }
        if let ascii, let ascii { return ascii }
        return text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// The end of a country's name that holds "and" ("Trinidad and Tobago", "St Vincent and the Grenadines"),
    /// when the words from `start` through the "and" at `and`, an optional "the" and one to three name words
    /// after it are one country in the gazetteer; nil otherwise.
    private func countryJoinedByAnd(from start: Int, and: Int, tokens: [AnalysisToken]) -> Int? {
        let before = tokens[start..<and].map(\.text).joined(separator: " ")
        var end = and + 1
        var name = before + " and"
        // ("St Vincent and the Grenadines".)
        if end + 1 < tokens.count, tokens[end].lower == "the", isNameToken(end + 1, in: tokens) {
            name += " " + tokens[end].text
            end += 1
        }
        while end < tokens.count, end <= and + 3, isNameToken(end, in: tokens), tokens[end].start == tokens[end - 1].end + 1 {
            name += " " + tokens[end].text
            end += 1
            if gazetteer.placeKind(named: name) == .country { return end }
        }
        return nil
    }

    /// Whether the word at `index` names a place in the gazetteer before a title ("Auckland Deputy Mayor Phil
    /// Goff said" opening a sentence) or before the lowercase name of its people or local body ("Yakima police
    /// arrested ...", `placePeopleNouns`), and is no common word, given name or surname (not "Reading", "Jackson").
    @inline(never)
    private func isPlaceBeforeTitle(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index + 1 < tokens.count,
              tokens[index + 1].capitalized ? !tokens[index + 1].lexicon.isDisjoint(with: [.title, .titleModifier])
                  : Self.placePeopleNouns.contains(lowerOf: index + 1, in: tokens),
              !Self.isCommonWordOrPersonsName(at: index, tokens: tokens) else { return false }
        return gazetteer.knowsPlace(joining: tokens[index...index])
    }

    /// Whether the word at `index` is a common word, a given name or a census surname ("Reading", "Jackson"): a word
    /// that, though a place bears it, says nothing of a place on its own.
    static func isCommonWordOrPersonsName(at index: Int, tokens: [AnalysisToken]) -> Bool {
        !tokens[index].lexicon.isDisjoint(with: [.commonWord, .givenName]) || AnalysisLexicon.isSurname(tokens[index])
    }

    /// Whether the name starting at `start` (and ending before `after`) stands in apposition to a role before a
    /// speech verb: a comma before it, up to eight words before that comma in its sentence a role noun or title
    /// ("Director of the Ahmed Kathrada Foundation, Neeshan Balton, said"; not "The group that owns most of her
    /// music, Big Machine, says"), and a comma and a speech verb after it.
    @inline(never)
    private static func isAppositiveBeforeSpeechVerb(_ start: Int, after: Int, tokens: [AnalysisToken]) -> Bool {
        guard start >= 2, tokens[start - 1].text == ",", after + 1 < tokens.count, tokens[after].text == ",",
              tokens[after + 1].lexicon.contains(.speechVerb) else { return false }
        let sentence = tokens[start].sentence
        var probe = start - 2
        while probe >= 0, probe >= start - 9, tokens[probe].sentence == sentence, tokens[probe].text != "," {
            if !tokens[probe].lexicon.isDisjoint(with: [.roleNoun, .title]) { return true }
            probe -= 1
        }
        return false
    }

    /// Lowercase nouns for a place's people or its local force that follow the place's name: "Yakima police",
    /// "Lagos residents", "Minneapolis mayor" (not "councillor" or "voters", which follow parties as often).
    static let placePeopleNouns: WordSet = [
        "police", "residents", "locals", "villagers", "townspeople", "townsfolk", "firefighters", "mayor",
    ]

    /// Whether the words are the demonym of a country named by several words: its name with a demonym's
    /// ending on the last word ("Sri Lankan", "New Zealander", "Papua New Guinean"; `stripped`, kept out of it
    /// so its token reads stay in place).
    @inline(never)
    private func isDemonymOfCountryOfSeveralWords(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard gazetteer.demonymEndingsOfCountriesOfSeveralWords.contains(lowerOf: span.upperBound - 1, in: tokens) else { return false }
        let last = tokens[span.upperBound - 1].text
        let leading = Self.joinedTexts(tokens[span.lowerBound..<(span.upperBound - 1)])
        for suffix in Gazetteer.demonymSuffixes where last.hasSuffix(suffix) {
            let stem = last.dropLast(suffix.count)
            if gazetteer.placeKind(named: leading + " " + stem) == .country { return true }
        }
        return false
    }

    private func isCountryOrState(_ name: String) -> Bool {
        guard let kind = gazetteer.placeKind(named: name) else { return false }
        return kind == .country || kind == .state
    }

    /// `isCountryOrState(_:)` of a token's text, screened through the gazetteer's bit filter first
    /// (`Gazetteer.placeKind(joining:)`).
    private func isCountryOrState(tokenAt index: Int, in tokens: [AnalysisToken]) -> Bool {
        guard let kind = gazetteer.placeKind(joining: tokens[index...index]) else { return false }
        return kind == .country || kind == .state
    }

    private func isAcronym(_ text: String) -> Bool {
        let utf8 = text.utf8
        // ASCII text in one pass over its bytes; nil for other text.
        let asciiAnswer = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var letters = 0
            var onlyCapitals = true
            for byte in bytes where byte != UInt8(ascii: ".") {
                if byte >= 0x80 { return nil }
                if byte &- UInt8(ascii: "A") >= 26 { onlyCapitals = false }
                letters += 1
            }
            return onlyCapitals && letters >= 2 && letters <= 6
        }
        if let asciiAnswer, let asciiAnswer { return asciiAnswer }
        if asciiAnswer == nil, utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0
            for byte in utf8 where byte != UInt8(ascii: ".") {
                guard byte &- UInt8(ascii: "A") < 26 else { return false }
                letters += 1
            }
            return letters >= 2 && letters <= 6
        }
        let letters = text.unicodeScalars.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Words that are never entities on their own: titles, demonyms, ideologies, common words.
    /// (It takes the array and an index and is never inlined: the token's fields are read in place, not
    /// through a copy made at the call.)
    @inline(never)
    private func isNoiseWord(at index: Int, tokens: [AnalysisToken]) -> Bool {
        let lower = tokens[index].lower
        let lists = tokens[index].lexicon
        if !lists.isDisjoint(with: [.knownOrganization, .knownOutlet]) { return false }
        // "says WHO", "the US president": a name whose capitals spell a function word.
        if Self.capitalsOnlyNames.contains(tokens[index].text) { return false }
        if !lists.isDisjoint(with: [.commonWord, .title]) || gazetteer.isDemonym(tokenAt: index, in: tokens) {
            return true
        }
        if !lists.isDisjoint(with: [.organizationHead, .locationHead, .month, .weekday]) { return true }
        // "the Easter Sunday attacks": a feast or holiday names a day, not a person or a body.
        if Self.holidays.contains(lowerOf: index, in: tokens) { return true }
        // "the Deputy Commissioners": a title's plural.
        if Self.isTitlePlural(lower, capitalized: tokens[index].capitalized) { return true }
        if !lists.contains(.nonASCII) { return Self.hasIdeologySuffix(lower.utf8) }
        for suffix in ["ist", "ists", "ism", "ite", "ites"] where lower.hasSuffix(suffix) && lower.count > suffix.count + 3 {
            return true
        }
        return false
    }

    /// For an ASCII word: ends in "ist", "ists", "ism", "ite" or "ites" after more than three letters.
    private static func hasIdeologySuffix(_ word: String.UTF8View) -> Bool {
        if let answer = word.withContiguousStorageIfAvailable({ hasIdeologySuffix(bytes: $0) }) { return answer }
        return Array(word).withUnsafeBufferPointer { hasIdeologySuffix(bytes: $0) }
    }

    private static let ideologySuffixes: [[UInt8]] = ["ist", "ists", "ism", "ite", "ites"].map { Array($0.utf8) }

    private static func hasIdeologySuffix(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for suffix in ideologySuffixes where bytes.count > suffix.count + 3 {
            if bytes[(bytes.count - suffix.count)...].elementsEqual(suffix) { return true }
        }
        return false
    }

    private struct Span {
        var range: Range<Int>
        var cues: TypeCues
    }

    /// A candidate name that passed the filters and stripping, waiting for its context cues.
    private struct AdmittedCandidate {
        /// The name's tokens after stripping, with the cues stripping found.
        var span: Span
        /// The piece of the run the candidate came from, before stripping.
        var run: Range<Int>
        /// The cues the run gave the piece.
        var extra: TypeCues
        /// Whether a trailing "Mayor" was dropped (a mayor's is a town).
        var droppedMayor: Bool
    }

    /// Whether the word at `index` is a common word and no given name ("SSP East John Smith" has "East").
    /// (Kept out of `pieces`, whose token reads the optimiser would otherwise turn into copies.)
    @inline(never)
    static func isCommonWordOnly(at index: Int, tokens: [AnalysisToken]) -> Bool {
        tokens[index].lexicon.contains(.commonWord) && tokens[index].lexicon.isDisjoint(with: [.givenName, .commonWordGivenName])
    }

    /// Whether the word at `index`, after the run's first word at `runStart`, is a common word that is also a
    /// given name ("Finance Minister Ram Sharan Mahat").
    @inline(never)
    static func isCommonWordGivenName(at index: Int, after runStart: Int, tokens: [AnalysisToken]) -> Bool {
        index > runStart && tokens[index].lexicon.contains(.commonWordGivenName)
    }

    /// Common words that are also given names ("Will Moy"; "Ram Bahadur Thapa", "ram" being listed as the
    /// acronym RAM; "Deep Kumar Upadhyay").
    static let commonWordGivenNames: WordSet = ["will", "ram", "deep"]

    /// Title words that name a ministry's field ("Interior Ministry", "Defense Department").
    static let ministryWords: WordSet = ["interior", "defense", "defence", "foreign", "finance", "justice"]

    /// Plural and singular nouns of places that introduce or end a list of their names ("the suburbs of ...",
    /// "... and Lye Valley wards"); "parts" as in "in parts of Glen Norah, Glen View and Budiriro".
    static let listPlaceNouns = WordSet(AnalysisLexicon.placeNouns.union([
        "provinces", "counties", "districts", "regions", "areas", "cities", "towns", "villages", "states", "prefectures",
        "municipalities", "townships", "boroughs", "suburbs", "neighborhoods", "neighbourhoods", "islands", "valleys",
        "ward", "wards", "community", "communities", "locality", "localities", "settlement", "settlements", "estates",
        "parts", "constituency", "constituencies",
    ]))

    /// Whether a name is a place's name and an acronym ("Alberta RCMP", "Nova Scotia RCMP", "Kenya KRA"): a body
    /// of that place, even one that is also a given name ("Alberta"); not a title ("MP"), a generational numeral
    /// ("III"), a dotted initial or a name all in capitals. Kept out of `contextCues` so its token reads stay in place.
    @inline(never)
    private func endsInBodyAcronym(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard span.count >= 2 else { return false }
        let last = span.upperBound - 1
        guard tokens[last].kind == .word, tokens[last].lexicon.isDisjoint(with: [.title, .generationalSuffix]),
              tokens[last].text.utf8.last != UInt8(ascii: "."), isAcronym(tokens[last].text),
              !tokens[last].text.utf8.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }) else {
            return false
        }
        // (Not a name all in capitals, a dateline's "PETALING JAYA".)
        guard !tokens[span.lowerBound].lexicon.contains(.noLowercase) else { return false }
        let place = Self.joinedTexts(tokens[span.lowerBound..<last])
        return gazetteer.knowsPlaceOrTown(named: place)
    }

    /// Location cues of a name used as someone's home or whereabouts (kept out of `contextCues` so its token
    /// reads stay in place):
    /// - "a 40-year-old Gravelly Beach man", "a Banket farmer", "a longtime Gibsons resident": a name between an
    ///   article or an age and a lowercase noun for a person is where that person is from (3);
    /// - "in Knollis, Bog Walk", "in Dreketi, Macuata": a name after a place's preposition and before a comma and
    ///   a place the gazetteer knows is a place inside it (2);
    /// - "Yakima police", "Ngwalongwalo residents": a name before a noun for its people (`placePeopleNouns`, 2).
    @inline(never)
    private func homeTownCue(_ span: Range<Int>, tokens: [AnalysisToken]) -> Int {
        let before = span.lowerBound - 1
        let after = span.upperBound
        if after < tokens.count, !tokens[after].capitalized, tokens[after].sentence == tokens[span.lowerBound].sentence,
           Self.placePeopleNouns.contains(lowerOf: after, in: tokens),
           tokens[after - 1].lexicon.isDisjoint(with: [.organizationHead, .institutionWord, .givenName]) {
            return 2
        }
        guard before >= 0, after < tokens.count, tokens[before].sentence == tokens[after].sentence else { return 0 }
        if !tokens[after].capitalized, Self.agedPersonNouns.contains(lowerOf: after, in: tokens),
           tokens[before].lower.hasSuffix("-year-old") || Self.articles.contains(lowerOf: before, in: tokens)
            || before >= 1 && !tokens[before].capitalized && tokens[before].kind == .word
                && Self.articles.contains(lowerOf: before - 1, in: tokens) {
            return 3
        }
        if tokens[before].lexicon.contains(.locativePreposition), tokens[after].text == ",", after + 1 < tokens.count,
           tokens[after + 1].capitalized, tokens[after + 1].sentence == tokens[after].sentence {
            var end = after + 1
            while end < min(tokens.count, after + 4), tokens[end].capitalized, tokens[end].kind == .word { end += 1 }
            while end > after + 1 {
                let place = Self.joinedTexts(tokens[(after + 1)..<end])
                if gazetteer.knowsPlaceOrTown(named: place) { return 2 }
                end -= 1
            }
        }
        return 0
    }

    /// Words that qualify a place's name as a part of it or a region around it: compass points and "central",
    /// "upper", "lower", "greater" ("North Wales", "Central Jakarta", "Cork East", "Upper Clutha").
    static let regionQualifiers: WordSet = [
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "northeast",
        "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "mid",
        "upper", "lower", "greater",
    ]

    /// Whether `tokens[start]` is "Northern", "Southern", "Eastern" or "Western" and the words after it up to
    /// `end` are a place or town the gazetteer knows ("Southern California", "Eastern Iowa"): a region's name (in
    /// the blind batches' gold such a capitalised adjective before a name is part of the name 71 times, left out
    /// once).
    @inline(never)
    private func isCompassAdjectiveBeforePlace(_ start: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        Self.compassAdjectives.contains(lowerOf: start, in: tokens) && tokens[start + 1].capitalized
            && gazetteer.knowsPlaceOrTown(named: Self.joinedTexts(tokens[(start + 1)..<end]))
    }

    /// The compass adjectives that are also demonyms' kin ("Western powers"): `isCompassAdjectiveBeforePlace`.
    static let compassAdjectives: WordSet = ["northern", "southern", "eastern", "western"]

    /// Location cue of a region or a constituency named by a place and a compass word (kept out of
    /// `contextCues` so its token reads stay in place): "North Wales", "Central Jakarta", "East Nusa Tenggara"
    /// (the qualifier before a place the gazetteer knows) and "Waterford West", "Kilifi North", "Dublin Bay South"
    /// (a place's name opening a name of two or three words that the qualifier ends). 3, or 0.
    @inline(never)
    private func regionOfPlaceCue(_ span: Range<Int>, tokens: [AnalysisToken]) -> Int {
        guard span.count >= 2, span.count <= 4 else { return 0 }
        let first = span.lowerBound
        let last = span.upperBound - 1
        // (Not a name all in capitals, a dateline's or a heading's.)
        guard !tokens[first].lexicon.contains(.noLowercase) else { return 0 }
        if Self.regionQualifiers.contains(lowerOf: first, in: tokens), tokens[first + 1].capitalized {
            return gazetteer.knowsPlaceOrTown(named: Self.joinedTexts(tokens[(first + 1)..<span.upperBound])) ? 3 : 0
        }
        if span.count <= 3, Self.regionQualifiers.contains(lowerOf: last, in: tokens), tokens[last].capitalized {
            return gazetteer.knowsPlaceOrTown(named: tokens[first].text) ? 3 : 0
        }
        return 0
    }

    /// The end of a run of name words that goes on past two lowercase particles or a nickname at `index`
    /// (`doubleParticleEnd`, `nicknameEnd`) with a name word; nil otherwise. Kept out of `recognize`, where new
    /// token reads would make the optimiser copy tokens.
    @inline(never)
    private func nameGoesOn(at index: Int, tokens: [AnalysisToken]) -> Int? {
        if let end = Self.doubleParticleEnd(at: index, tokens: tokens) ?? Self.nicknameEnd(at: index, tokens: tokens),
           isNameToken(end, in: tokens) {
            return end + 1
        }
        return nil
    }

    /// The end of a gazetteer place's name that goes on from the run at `runStart` past the lowercase word at
    /// `index` ("Dar es Salaam", "Port of Spain", "Newfoundland and Labrador"): the longest name of the run's
    /// words, that word and one or two capitalised words after it that the gazetteer knows; nil otherwise.
    /// Only for words that stand inside the gazetteer's names and are no name particles (which `recognize`
    /// already takes: "Rio de Janeiro"). Kept out of `recognize`, like `nameGoesOn`.
    @inline(never)
    private func gazetteerNameGoesOn(from runStart: Int, at index: Int, tokens: [AnalysisToken]) -> Int? {
        // (Not after a body's head word or a title, which no such name has but "University of Texas": "Ministry
        // of Health", "Minister of Finance"; nor before a weekday or a month: "Trump on Monday".)
        guard index - runStart <= 3, index + 1 < tokens.count, tokens[index].kind == .word, !tokens[index].capitalized,
              Self.placeNameInnerWords.contains(lowerOf: index, in: tokens),
              tokens[index + 1].kind == .word, tokens[index + 1].capitalized,
              tokens[index - 1].lexicon.isDisjoint(with: [.organizationHead, .title]),
              tokens[index + 1].lexicon.isDisjoint(with: [.weekday, .month]) else { return nil }
        // Each capitalised word after the lowercase one as a candidate's last (`knowsPlace(joining:)` screens each
        // through the table's bit filter before a string is made: "Ministry of Health" is no place, and most such
        // runs are bodies').
        var best: Int? = nil
        for position in (index + 1)..<min(tokens.count, index + 3) {
            guard tokens[position].kind == .word, tokens[position].capitalized,
                  tokens[position].sentence == tokens[runStart].sentence else { break }
            if gazetteer.knowsPlace(joining: tokens[runStart...position]) { best = position + 1 }
        }
        return best
    }

    /// Lowercase words inside the gazetteer's place names that are no name particles (`gazetteerNameGoesOn`);
    /// not the Catalan, Portuguese and Filipino ones ("i", "e", "ng", "sa") nor "in", which news text rarely
    /// writes in a place's name and often after one ("Trump in Washington").
    static let placeNameInnerWords: WordSet = ["of", "and", "es", "am", "an", "upon", "on", "sur", "des", "nad"]

    /// The token after two lowercase name particles at `index` ("von der", "van den", "de la", "de los"), in one
    /// sentence; nil when there are none. (Token reads stay in place: no `||` over them, whose autoclosures
    /// would copy tokens.)
    @inline(never)
    static func doubleParticleEnd(at index: Int, tokens: [AnalysisToken]) -> Int? {
        guard index + 2 < tokens.count, tokens[index].kind == .word, !tokens[index].capitalized,
              tokens[index].lexicon.contains(.nameParticle), tokens[index + 1].kind == .word, !tokens[index + 1].capitalized,
              tokens[index + 2].sentence == tokens[index].sentence else { return nil }
        if tokens[index + 1].lexicon.contains(.nameParticle) { return index + 2 }
        let second = tokens[index + 1].lower
        return second == "los" || second == "las" ? index + 2 : nil
    }

    /// The token after a nickname at `index`: an opening quotation mark right after a given name, one to three
    /// capitalised words and the closing mark ("Robert “Stumpy” Taylor", "Christopher Lawrence “Bong” Go",
    /// "Antonio \"Ka Tonying\" Flores"); nil when there is none.
    @inline(never)
    static func nicknameEnd(at index: Int, tokens: [AnalysisToken]) -> Int? {
        guard index >= 1, index + 3 < tokens.count, tokens[index].lexicon.contains(.quotationMark),
              tokens[index - 1].lexicon.contains(.givenName), tokens[index - 1].capitalized else { return nil }
        let opening = tokens[index].text
        guard opening.isExactly(anyOf: ["“", "\""]) else { return nil }
        var close = index + 1
        while close < min(tokens.count, index + 5), tokens[close].kind == .word, tokens[close].capitalized { close += 1 }
        guard close > index + 1, close + 1 < tokens.count, tokens[close].lexicon.contains(.quotationMark),
              !tokens[index + 1].spaceBefore, !tokens[close].spaceBefore, tokens[close + 1].spaceBefore,
              tokens[close + 1].sentence == tokens[index].sentence else { return nil }
        let closing = tokens[close].text
        return closing.isExactly(anyOf: ["”", "\""]) ? close + 1 : nil
    }

    /// Whether a description whose head is at `description`, after the name at `name` and a comma, is the
    /// sentence's subject rather than the name's appositive: the name follows a preposition and a speech verb
    /// follows the head ("Speaking to Geo News, the minister said"). Kept out of `contextCues` so its token
    /// reads stay in place.
    @inline(never)
    static func isSubjectAfterPrepositionalName(description: Int, name: Int, tokens: [AnalysisToken]) -> Bool {
        guard name >= 1, description + 1 < tokens.count, tokens[description + 1].lexicon.contains(.speechVerb),
              tokens[name - 1].kind == .word, !tokens[name - 1].capitalized else { return false }
        if tokens[name - 1].lexicon.contains(.locativePreposition) { return true }
        let preposition = tokens[name - 1].lower
        return preposition == "to" || preposition == "with" || preposition == "by"
    }

    /// Organisation cue of a news outlet named by words no list knows, as the one told or the one reporting
    /// ("he told Bernama", "told Khaosod English", "Rudaw reported"): every word capitalised and no given name,
    /// census surname, English word or word-list entry (a person told is mostly a known name: "told Smith"), and,
    /// for one word, never after a given name elsewhere in the text. 2, or 0. Kept out of `contextCues` so its
    /// token reads stay in place.
    @inline(never)
    private func outletCue(_ span: Range<Int>, tokens: [AnalysisToken]) -> Int {
        guard span.count <= 3 else { return 0 }
        let before = span.lowerBound - 1
        let after = span.upperBound
        var told = false
        if before >= 0, tokens[before].lower == "told" { told = true }
        if before >= 1, tokens[before].lower == "the", tokens[before - 1].lower == "told" { told = true }
        var reporting = false
        if !told, after < tokens.count, !tokens[span.lowerBound].sentenceStart, tokens[after].sentence == tokens[span.lowerBound].sentence {
            let verb = tokens[after].lower
            reporting = verb == "reported" || verb == "reports"
        }
        guard told || reporting else { return 0 }
        for index in span {
            guard tokens[index].kind == .word, tokens[index].capitalized, !tokens[index].lexicon.contains(.givenName),
                  isInNoList(tokens[index].lower) else { return 0 }
        }
        // ("Cook told Benioff": a word the text gives elsewhere after a given name, "Marc Benioff", is a surname.)
        if span.count == 1 {
            let hash = tokens[span.lowerBound].lowerHash
            for index in 1..<tokens.count where tokens[index].lowerHash == hash {
                if tokens[index - 1].capitalized, tokens[index - 1].lexicon.contains(.givenName) { return 0 }
            }
        }
        return 2
    }

    /// Whether the tokens between two mentions join them in a list: ",", "and", "or", ", and", ", or", "&".
    private static func isListJoint(from end: Int, to start: Int, tokens: [AnalysisToken]) -> Bool {
        func isConjunction(_ token: AnalysisToken) -> Bool { token.lower == "and" || token.lower == "or" }
        switch start - end {
        case 1: return tokens[end].text == "," || tokens[end].text == "&" || isConjunction(tokens[end])
        case 2: return tokens[end].text == "," && isConjunction(tokens[end + 1])
        default: return false
        }
    }

    /// The positions in `mentions` of a list (`list`, joined by commas and "and") that name persons: names of two
    /// to four words (or one, right after the noun) listed after a noun for people or a role's plural, with at
    /// most linking words between ("The accused persons are Lamin Sonko, Modou Touray, …", "identified the
    /// suspects as Francis Phiri and Harrison Ligumucha",
    /// "MLAs Ted Adel, Nils Clarke …"); not a place or a body before a title ("senators Sonny Angara and Koko
    /// Pimentel, Ilocos Norte Governor Imee Marcos") or a gazetteer place. Nil when no such noun introduces the
    /// list ("suspects were apprehended from Gano, Dawakin Kudu, …"), with the person cue they get (3); else the
    /// whole list with cue 2 when it is a list of full names (`isListOfFullNames`). Kept out of `recognize` so
    /// that its token reads stay in place.
    @inline(never)
    private func listedPersons(_ list: Range<Int>, mentions: [NameMention], tokens: [AnalysisToken]) -> (positions: [Int], cue: Int)? {
        if let introduced = introducedPersons(list, mentions: mentions, tokens: tokens) { return (introduced, 3) }
        return isListOfFullNames(list, mentions: mentions, tokens: tokens) ? (Array(list), 2) : nil
    }

    /// The names of a list that a noun for people introduces (`listedPersons`).
    private func introducedPersons(_ list: Range<Int>, mentions: [NameMention], tokens: [AnalysisToken]) -> [Int]? {
        let first = mentions[list.lowerBound].tokens.lowerBound
        var introducer = first - 1
        while introducer >= max(0, first - 4), Self.listLinkingWords.contains(lowerOf: introducer, in: tokens) { introducer -= 1 }
        // ("the accused are …", but not "accused Braun, Borchetta and Big Machine of …", a verb.)
        guard introducer >= 0, tokens[introducer].sentence == tokens[first].sentence,
              Self.listPersonNouns.contains(lowerOf: introducer, in: tokens)
                || tokens[introducer].lower == "accused" && introducer >= 1 && tokens[introducer - 1].lower == "the"
                || Self.isPluralOfRole(at: introducer, tokens: tokens),
              !tokens[introducer].capitalized || tokens[introducer].lexicon.contains(.noLowercase) else { return nil }
        // "his two sons, Aminu and Mustapha": one-word names too, in a list of two or more right after the noun.
        let allowsOneWord = list.count >= 2 && introducer >= first - 2
        return list.filter { position in
            let name = mentions[position].tokens
            guard (2...4).contains(name.count)
                || allowsOneWord && name.count == 1
                    && tokens[name.lowerBound].lexicon.isDisjoint(with: [.knownOrganization, .knownOutlet, .commonWord])
            else { return false }
            for index in name where !tokens[index].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord, .title]) {
                return false
            }
            if name.upperBound < tokens.count, tokens[name.upperBound].capitalized, tokens[name.upperBound].lexicon.contains(.title) {
                return false
            }
            return !gazetteer.knowsPlace(named: mentions[position].text)
        }
    }

    /// Whether a list's names ("Liton Das and Towhid Ridoy", "Bienvenu Eva Nga and Sinoxolo Kwayiba") are all
    /// of two or three words with no head, title or known body among them and no gazetteer place, one of them
    /// opening with a given name: coordinated names share their type (as `isMostlyPlaces`), so the others are
    /// persons too.
    @inline(never)
    private func isListOfFullNames(_ list: Range<Int>, mentions: [NameMention], tokens: [AnalysisToken]) -> Bool {
        var opensWithGivenName = false
        for position in list {
            let name = mentions[position].tokens
            guard (2...3).contains(name.count) else { return false }
            for index in name {
                guard tokens[index].lexicon.isDisjoint(with: [
                    .organizationHead, .locationHead, .institutionWord, .title, .knownOrganization, .knownOutlet, .commonWord,
                ]), !isAllCapitals(tokenAt: index, in: tokens) else { return false }
            }
            // ("Miley Cyrus and the Goo Goo Dolls": a plural that is no surname ends a band's or a team's name.)
            let last = name.upperBound - 1
            if tokens[last].text.utf8.last == UInt8(ascii: "s"), !AnalysisLexicon.isSurname(tokens[last]) { return false }
            if tokens[name.lowerBound].lexicon.contains(.givenName) { opensWithGivenName = true }
            if gazetteer.knowsPlaceOrTown(named: mentions[position].text) { return false }
        }
        return opensWithGivenName
    }

    /// Whether the name `span` opens its paragraph as a headline's or an interview's speaker label, before a colon and
    /// a quotation mark: a name of two or more words ("Mitt Romney: “We’re going to win”", "Tanabe-Ross: Because ..."),
    /// or one word that is no English word or title ("Jakrapob: “It’s not yet ...”"; not "Update: “...”").
    static func isSpeakerLabel(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        let after = span.upperBound
        guard after + 1 < tokens.count, span.lowerBound == 0 || tokens[span.lowerBound - 1].paragraph != tokens[span.lowerBound].paragraph,
              tokens[after].text == ":", tokens[after + 1].text.isExactly(anyOf: ["“", "\"", "‘"]) else { return false }
        return span.count >= 2 || tokens[span.lowerBound].lexicon.isDisjoint(with: [.commonWord, .title])
    }

    /// Whether the names `mentions[first]` and `mentions[first + 1]` (a list of two) are both places or towns the
    /// gazetteer knows, and neither is one word that is a common word, a given name or a surname ("Jackson and Lincoln").
    @inline(never)
    private func isPlacePair(_ first: Int, mentions: [NameMention], tokens: [AnalysisToken]) -> Bool {
        for position in first...(first + 1) {
            let range = mentions[position].tokens
            if range.count == 1, Self.isCommonWordOrPersonsName(at: range.lowerBound, tokens: tokens) { return false }
        }
        // (Of two names, "mostly places" is both.)
        return isMostlyPlaces(first..<(first + 2), mentions: mentions)
    }

    /// Whether at least two thirds of a list's names (and two or more) are places the gazetteer knows, cities
    /// and towns included ("residents of Stayton, Sublimity, Aumsville, Silverton", "Gano, Dawakin Kudu, Ungogo,
    /// Dala"): names coordinated in one list are of one type (as in CoNLL-style NER, where a list's members
    /// share their tag), so the others are places too. Kept out of `recognize`, like `listedPersons`.
    @inline(never)
    private func isMostlyPlaces(_ list: Range<Int>, mentions: [NameMention]) -> Bool {
        var places = 0
        for position in list {
            let text = mentions[position].text
            if gazetteer.knowsPlaceOrTown(named: text) { places += 1 }
        }
        return places >= 2 && places * 3 >= list.count * 2
    }

    /// Whether the word at `index` is the plural of a role noun or a title ("justices M R Shah, Krishna Murari
    /// and Hima Kohli", "aldermen", "coaches", "officers").
    static func isPluralOfRole(at index: Int, tokens: [AnalysisToken]) -> Bool {
        rolePlurals.contains(lowerOf: index, in: tokens)
    }

    /// The plurals of role nouns and titles: "-s", "-es" and "-man" as "-men" (`isPluralOfRole`).
    static let rolePlurals = WordSet(plurals(
        of: AnalysisLexicon.roleNouns.union(AnalysisLexicon.titles).filter { $0.utf8.count >= 3 }, withES: true
    ))

    /// The plurals of `words` by "-s" (and "-es" with `withES`), and "-man" as "-men" ("aldermen"):
    /// `titlePlurals` and `rolePlurals`.
    static func plurals(of words: some Sequence<String>, withES: Bool) -> Set<String> {
        var plurals = Set<String>()
        for word in words {
            plurals.insert(word + "s")
            if withES { plurals.insert(word + "es") }
            if word.hasSuffix("man") { plurals.insert(word.dropLast(3) + "men") }
        }
        return plurals
    }

    /// Nouns for people that introduce a list of their names ("the suspects as …", "MLAs …").
    static let listPersonNouns: WordSet = [
        "suspects", "persons", "deceased", "victims", "dead", "men", "women", "mlas", "mps", "senators",
        "advisers", "advisors", "councillors", "councilors", "players", "candidates", "survivors", "detainees",
        "hostages", "namely", "sons", "daughters", "children",
    ]

    /// Words that may stand between such a noun and the list ("were identified as", "are:").
    static let listLinkingWords: WordSet = ["are", "were", "as", "identified", "named", "include", "included", ",", ":", "namely"]

    /// Whether the word at `index`, inside a run starting at `runStart`, follows one of `surnameHonorifics` in
    /// that run and is a surname whatever word lists hold it ("Cr King said", "Mr Bishop"); not an office so
    /// addressed ("Mr Speaker", "Madam President") or an all-capitals word.
    @inline(never)
    static func isSurnameAfterHonorific(at index: Int, runStart: Int, tokens: [AnalysisToken]) -> Bool {
        index > runStart && surnameHonorifics.contains(lowerOf: index - 1, in: tokens) && tokens[index].kind == .word
            && !tokens[index].lexicon.contains(.noLowercase) && !addressedOffices.contains(lowerOf: index, in: tokens)
    }

    /// Honorifics after which a title word is a surname ("Cr King", "Mr Bishop", "Dr Major").
    static let surnameHonorifics: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "cr", "cr.", "cllr", "cllr.", "miss", "madam",
    ]

    /// Offices addressed with an honorific ("Mr Speaker", "Madam President"), never a surname so.
    static let addressedOffices: WordSet = [
        "speaker", "president", "chairman", "chairwoman", "chairperson", "chair", "mayor", "minister", "premier",
        "secretary", "commissioner", "governor", "ambassador", "deputy", "chief", "justice", "prime", "vice",
        "prosecutor", "attorney", "director", "senator", "councillor", "councilor", "principal", "registrar",
    ]

    /// Titles' plurals ("commissioners"), no entity on their own.
    static let titlePlurals = WordSet(plurals(of: AnalysisLexicon.titles, withES: false))

    /// Whether the word at `index` is a given name followed by one last word of the run (ending at `end`) that is
    /// a census surname or no English word: "Christian Eriksen", whose first word is also a demonym. Kept out of
    /// `stripped`, whose token reads the optimiser would otherwise turn into copies.
    @inline(never)
    static func isGivenNameBeforeSurname(at index: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        guard end - index == 2, tokens[index].lexicon.contains(.givenName), tokens[index + 1].capitalized,
              tokens[index + 1].kind == .word else { return false }
        return AnalysisLexicon.isSurname(tokens[index + 1]) || !AnalysisLexicon.englishWords.contains(hash: tokens[index + 1].lowerHash)
    }

    /// Whether the capitalised word at `index` is a title's plural ("Councillors", "Senators") before a
    /// further capitalised word of the run ending at `end`. Kept out of `stripped`, whose token reads the
    /// optimiser would otherwise turn into copies.
    @inline(never)
    static func isTitlePluralBeforeName(at index: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        index + 1 < end && tokens[index + 1].capitalized && isTitlePlural(tokens[index].lower, capitalized: tokens[index].capitalized)
    }

    /// Whether a capitalised word (`lower`, its lowercase form) is a title's plural ("Commissioners", "Councillors",
    /// "Aldermen").
    @inline(__always)
    static func isTitlePlural(_ lower: String, capitalized: Bool) -> Bool {
        guard capitalized, lower.utf8.count > 4, let last = lower.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "n") else {
            return false
        }
        return titlePlurals.contains(lower)
    }

    /// Whether the word at `index` is an age ("39-year-old") before a name ending at `nameEnd` that no person
    /// noun follows. Never inlined: in `contextCues` the check made the compiler copy whole tokens on its
    /// other reads (+35 M instructions per 181 pages).
    @inline(never)
    static func isAgeOfPerson(at index: Int, nameEnd: Int, tokens: [AnalysisToken]) -> Bool {
        guard tokens[index].lower.hasSuffix("-year-old") else { return false }
        return nameEnd >= tokens.count || !agedPersonNouns.contains(lowerOf: nameEnd, in: tokens)
    }

    /// Person nouns after "a 26-year-old PLACE": the place says where the person is from.
    static let agedPersonNouns: WordSet = [
        "man", "woman", "men", "women", "boy", "girl", "resident", "local", "native", "driver", "motorist", "teen",
        "teenager", "youth", "mother", "father", "mum", "dad", "student", "worker", "farmer", "pensioner", "rider",
    ]

    /// Whether a name follows a fixture's noun and a preposition (at `preposition`) and can be a side's: one
    /// word, or a name ending in a plural with no given name opening it (`contextCues`; kept out of it so its
    /// token reads stay in place).
    @inline(never)
    static func isFixturesOtherSide(_ span: Range<Int>, preposition: Int, tokens: [AnalysisToken]) -> Bool {
        guard preposition >= 1, fixtureNouns.contains(lowerOf: preposition - 1, in: tokens),
              fixturePrepositions.contains(lowerOf: preposition, in: tokens) else { return false }
        return span.count == 1 || tokens[span.upperBound - 1].lower.utf8.last == UInt8(ascii: "s")
            && !tokens[span.lowerBound].lexicon.contains(.givenName)
    }

    /// Nouns for a game's result or a fixture, before "to"/"over"/"against"/"with" and the other side.
    static let fixtureNouns: WordSet = [
        "loss", "losses", "defeat", "defeats", "win", "wins", "victory", "victories", "draw", "clash", "game", "match",
        "fixture", "showdown", "derby", "semi-final", "semifinal", "final", "tie", "rematch",
    ]

    /// Prepositions between a fixture noun and the other side ("loss to", "win over", "game with").
    static let fixturePrepositions: WordSet = ["to", "over", "against", "with", "versus", "vs", "vs."]

    /// A saint's title, which also stands inside places' names and surnames ("Fort St. John", "St. Clair").
    static let saintWords: WordSet = ["st", "st.", "saint"]

    /// Titles that also open places' names ("St Lucia", "St. Louis", "Prince Albert").
    static let placeOpeningTitles: WordSet = ["st", "st.", "saint", "prince"]

    /// Titles of royals and churchmen, after whom bodies are named as after saints and princes
    /// (`placeOpeningTitles`): "Queen Elizabeth Hospital", "King Fahd University", "Sheikh Zayed Mosque".
    static let namesakeTitles: WordSet = ["princess", "queen", "king", "sheikh", "sultan", "emir", "pope", "cardinal"]

    /// Last words of events' and laws' names ("World War", "Asia Peace Festival", "General Election", "Fashion Week",
    /// "Affordable Care Act").
    static let eventHeads: WordSet = [
        "war", "wars", "festival", "election", "elections", "week",
        // Laws ("the Personal Information Protection Act", "the Affordable Care Act").
        "act", "acts",
        // Awards and prizes ("the Person of the Year Award", "the Nobel Peace Prize", "the Ballon d'Or Trophy").
        "award", "awards", "prize", "prizes", "trophy",
    ]

    /// Whether the weekday at `start` opens a name between commas, before another word of it (", Sunday Oliseh,"):
    /// a given name, as Nigerian and Ghanaian day names are.
    @inline(never)
    static func isWeekdayGivenNameBetweenCommas(_ start: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        start >= 1 && start + 1 < end && end < tokens.count && tokens[start - 1].text == "," && tokens[end].text == ","
            && tokens[start].lexicon.contains(.weekday)
    }

    /// Whether the name in `range` is a tour's ("Meet The People Tour", "the 50th Anniversary Tour"): an event,
    /// but for a circuit that an acronym opens ("PGA Tour", "DP World Tour", bodies).
    @inline(never)
    static func isTourName(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard range.count >= 2, tokens[range.upperBound - 1].lower == "tour", tokens[range.upperBound - 2].lower != "of" else { return false }
        let opening = tokens[range.lowerBound].lower == "the" ? range.lowerBound + 1 : range.lowerBound
        return !tokens[opening].text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Whether "of" after the name in `range` goes on into an event's name: capitalised words (and "the")
    /// ending in an event's head word ("Person" in "The Person of The Year Award", "Battle" in "the Battle
    /// of the Bands Festival"), the name then being the first words of that event's.
    @inline(never)
    static func opensEventNameWithOf(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        var probe = range.upperBound
        guard probe + 1 < tokens.count, tokens[probe].lower == "of" else { return false }
        probe += 1
        let sentence = tokens[range.lowerBound].sentence
        while probe < min(tokens.count, range.upperBound + 7), tokens[probe].sentence == sentence, tokens[probe].kind == .word,
              tokens[probe].capitalized || tokens[probe].lower == "the" {
            if tokens[probe].capitalized, eventHeads.contains(lowerOf: probe, in: tokens) { return true }
            probe += 1
        }
        return false
    }

    /// Words that open a storm's name ("Hurricane Maria", "Typhoon Mangkhut"; "Tropical Storm" is checked apart).
    static let stormWords: WordSet = ["hurricane", "typhoon", "cyclone"]

    /// Whether a lowercase word numbers a world war ("ii", "one").
    static func isWarNumber(_ word: String) -> Bool {
        ["i", "ii", "one", "two", "1", "2"].contains(word)
    }

    /// Words before "District" that make it a body ("School District", "Water District", "Regional District").
    static let serviceDistrictWords: WordSet = [
        "school", "schools", "water", "fire", "sanitation", "park", "parks", "hospital", "irrigation", "transit", "utility",
        "library", "conservation", "regional", "unified", "sewer", "drainage", "health",
    ]

    /// Titles of a government portfolio's holder, before which plain words name the portfolio ("Economics Minister").
    static let portfolioTitles: WordSet = ["minister", "secretary"]

    /// Nouns for a council's or a party's office holders before "for" and a portfolio ("Cabinet Member for
    /// Housing", "Portfolio Holder for Finance", "spokesperson for Health").
    static let portfolioHolders: WordSet = ["member", "holder", "spokesperson", "spokesman", "spokeswoman", "lead"]

    /// Bodies whose name takes a list of portfolios after "of" ("Ministry of Lands, Agriculture and Water").
    static let portfolioBodies: WordSet = ["ministry", "department"]

    /// Organisation heads that also end a portfolio's name ("Religious Services Minister").
    static let portfolioHeads: WordSet = ["services", "protection", "communications"]

    /// Last words of a portfolio's name after a minister's or secretary's title and "for"/"of" ("Home Affairs",
    /// "Foreign Affairs and Trade", "Health"): where the portfolio ends and its holder's name begins.
    static let portfolioEndWords: WordSet = [
        "affairs", "health", "finance", "education", "defence", "defense", "justice", "police", "policing", "trade",
        "industry", "industries", "agriculture", "environment", "transport", "transportation", "energy", "tourism",
        "labour", "labor", "sport", "sports", "culture", "housing", "communications", "planning", "development",
        "security", "infrastructure", "fisheries", "works", "lands", "mines", "mining", "water", "youth", "women",
        "welfare", "immigration", "information", "economy", "commerce", "treasury", "interior", "employment",
        "resources", "forestry", "aviation", "heritage", "arts", "equalities", "services", "innovation", "technology",
        "science", "training", "enterprise", "investment", "revenue", "children", "families", "veterans", "corrections",
    ]

    /// The holder's name in a run that opens with a minister's or secretary's title, "for" or "of" and a
    /// portfolio ("Minister for Home Affairs Pio Tikoduadua", "Minister of Foreign Affairs Wang Yi"): the one to
    /// four name words after the last portfolio end word (`portfolioEndWords`), when the words between the title
    /// and them are a portfolio (`isPortfolio`). Found by the portfolio, not by a given name the lists may not
    /// know ("Pio", also a place). Kept out of `pieces` so its token reads stay in place.
    @inline(never)
    private func holderAfterPortfolio(_ run: Range<Int>, tokens: [AnalysisToken]) -> Range<Int>? {
        // (A sentence's "The" may open the run: "The Minister of Foreign Affairs Wang Yi said".)
        let first = tokens[run.lowerBound].lower == "the" ? run.lowerBound + 1 : run.lowerBound
        guard run.upperBound - first >= 4, Self.portfolioTitles.contains(lowerOf: first, in: tokens) else { return nil }
        let connector = tokens[first + 1].lower
        guard connector == "for" || connector == "of" else { return nil }
        var split = min(run.upperBound - 1, first + 7)
        while split > first + 2 {
            if Self.portfolioEndWords.contains(lowerOf: split - 1, in: tokens), run.upperBound - split <= 4,
               isHolderName(split..<run.upperBound, tokens: tokens), isPortfolio((first + 2)..<split, tokens: tokens) {
                return split..<run.upperBound
            }
            split -= 1
        }
        return nil
    }

    /// Whether every token of `range` is a name word that heads no body (`holderAfterPortfolio`).
    private func isHolderName(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        for index in range {
            guard isNameToken(index, in: tokens), tokens[index].lexicon.isDisjoint(with: [.organizationHead, .institutionWord]) else { return false }
        }
        return true
    }

    /// Whether the words in `range` name a government portfolio beside a minister's or secretary's title
    /// ("Economics", "Foreign Affairs", "Women and Equalities", "Labour"): each a title's field word, a
    /// ministry word or a plain word that heads no body or place, and two or more words together no place or
    /// known organisation.
    private func isPortfolio(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard !range.isEmpty, range.count <= 4 else { return false }
        for position in range {
            let token = tokens[position]
            if position != range.lowerBound, position != range.upperBound - 1, token.lower == "and" || token.text == "&" { continue }
            if !token.lexicon.isDisjoint(with: [.titleModifier, .ministryWord]) { continue }
            guard Self.isPlainWord(token, gazetteer: gazetteer), !token.lexicon.contains(.locationHead),
                  !token.lexicon.contains(.organizationHead) || Self.portfolioHeads.contains(token.lower) else { return false }
        }
        guard range.count >= 2 else { return true }
        let text = Self.joinedTexts(tokens[range])
        return !gazetteer.knowsPlace(named: text) && !AnalysisLexicon.knownOrganizations.contains(text.lowercased())
    }

    /// The end of a list of portfolios after the comma at `comma` (", Agriculture, Water, Fisheries and Climate
    /// Change"): items of at most four name words, each a portfolio (`isPortfolio`), joined by commas, the last
    /// after "and" or ", and"; nil when the words after the comma are not such a list.
    private func portfolioListEnd(afterComma comma: Int, tokens: [AnalysisToken]) -> Int? {
        var joint = comma
        for _ in 0..<8 {
            var itemStart = joint + 1
            var closes = tokens[joint].lower == "and"
            if tokens[joint].text == ",", itemStart < tokens.count, tokens[itemStart].lower == "and" {
                itemStart += 1
                closes = true
            }
            var itemEnd = itemStart
            while itemEnd < tokens.count, itemEnd < itemStart + 4, tokens[itemEnd].sentence == tokens[comma].sentence,
                  isNameToken(itemEnd, in: tokens) {
                itemEnd += 1
            }
            guard itemEnd > itemStart, isPortfolio(itemStart..<itemEnd, tokens: tokens) else { return nil }
            if closes { return itemEnd }
            guard itemEnd < tokens.count, tokens[itemEnd].text == "," || tokens[itemEnd].lower == "and" else { return nil }
            joint = itemEnd
        }
        return nil
    }

    /// Whether `range` is a portfolio right after a minister's or secretary's title and its "of"/"for" ("the
    /// minister of Labour", "MINISTER of Home Affairs"; see `isPortfolio`).
    /// Also a later item of a list of portfolios, after commas or "and" ("Minister of Humanitarian Affairs,
    /// Disaster Management, and Social Development"; also after "Ministry of"), up to four items back.
    private func isPortfolioAfterTitle(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard range.lowerBound >= 2, !range.isEmpty else { return false }
        let connector = tokens[range.lowerBound - 1].lower
        if connector == "of" || connector == "for" {
            // ("Executive Member for Regeneration", "Portfolio Holder for Finance": a council's portfolio.)
            return (tokens[range.lowerBound - 2].lexicon.contains(.title) && Self.portfolioTitles.contains(lowerOf: range.lowerBound - 2, in: tokens)
                    || connector == "for" && Self.portfolioHolders.contains(lowerOf: range.lowerBound - 2, in: tokens))
                && isPortfolio(range, tokens: tokens)
        }
        guard connector == "," || connector == "and", tokens[range.lowerBound - 1].paragraph == tokens[range.lowerBound].paragraph
        else { return false }
        // An item after a comma goes on to "and" or another item ("Minister of Energy, Mines and Petroleum"); not a
        // name that a comma and a lowercase word follow ("the Minister of Energy, Gwede Mantashe, said").
        if connector == ",", range.upperBound < tokens.count, tokens[range.upperBound].lower != "and" {
            let next = range.upperBound
            guard tokens[next].text == ",", next + 1 < tokens.count,
                  tokens[next + 1].lower == "and" || tokens[next + 1].capitalized else { return false }
        }
        // Walk back over earlier items (capitalised words) and their joints to the title's "of"/"for"; then,
        // only when the list reaches one, check that every item is a portfolio (the costlier test).
        func walk(validating: Bool) -> Bool {
            var joint = range.lowerBound - 1
            for _ in 0..<4 {
                if tokens[joint].lower == "and", joint >= 1, tokens[joint - 1].text == "," { joint -= 1 }
                var itemStart = joint
                while itemStart > 0, tokens[itemStart - 1].kind == .word, tokens[itemStart - 1].capitalized { itemStart -= 1 }
                guard itemStart < joint, itemStart >= 2 else { return false }
                let before = tokens[itemStart - 1].lower
                // (The first item, right after "of", may hold a place: "Minister of Nevis Affairs, Labour, ...".)
                if before == "of" || before == "for" {
                    let head = tokens[itemStart - 2].lower
                    return Self.portfolioTitles.contains(head) || Self.portfolioBodies.contains(head)
                }
                guard before == "," || before == "and" else { return false }
                if validating, !isPortfolio(itemStart..<joint, tokens: tokens) { return false }
                joint = itemStart - 1
            }
            return false
        }
        return walk(validating: false) && walk(validating: true) && isPortfolio(range, tokens: tokens)
    }

    /// Whether `tokens[start]` is two capitals no list knows, after a possessive and before a given name and
    /// another name word before `end` ("Sainsbury’s FD John Rogers"): a title's initials.
    @inline(never)
    static func isTitleInitialsAfterPossessive(_ start: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        start >= 1 && tokens[start - 1].text == "'s" && end - start >= 3 && tokens[start].text.utf8.count == 2
            && isInitialsWithoutPeriods(tokens[start]) && tokens[start + 1].lexicon.contains(.givenName)
            && tokens[start + 1].capitalized && tokens[start + 2].capitalized
    }

    /// The first token from `start` (before `end`) that is no title word: where a run of titles ends.
    static func endOfTitles(from start: Int, end: Int, tokens: [AnalysisToken]) -> Int {
        var probe = start
        while probe < end, tokens[probe].lexicon.contains(.title) { probe += 1 }
        return probe
    }

    /// The organisation's head word that ends one to three capitalised words after the possessive at
    /// `possessive`, in `sentence` ("Office" in "Attorney’s Office", "Squad" in "Constable’s Crime Squad"),
    /// or nil.
    static func headAfterPossessive(_ possessive: Int, sentence: Int, tokens: [AnalysisToken]) -> Int? {
        var probe = possessive + 1
        while probe < min(tokens.count, possessive + 4), tokens[probe].sentence == sentence, tokens[probe].kind == .word,
              tokens[probe].capitalized {
            if tokens[probe].lexicon.contains(.organizationHead) { return probe }
            probe += 1
        }
        return nil
    }

    /// Whether the word at `index` is a given name (and no common word) that a speech verb, a relative clause or
    /// an age follows: a person named by the given name alone ("Joel, who didn't want to disclose his last name,
    /// said", "Joel said", "Joel, 34, said"), not an ordinary word that opens a sentence.
    @inline(never)
    static func isGivenNameThatSpeaksOrIsDescribed(at index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].lexicon.contains(.givenName), !tokens[index].lexicon.contains(.commonWord)
        else { return false }
        if tokens[index + 1].lexicon.contains(.speechVerb) { return true }
        guard tokens[index + 1].text == "," else { return false }
        if clauseOpeners.contains(lowerOf: index + 2, in: tokens) { return true }
        return index + 3 < tokens.count && tokens[index + 2].kind == .number && tokens[index + 3].text == ","
    }

    /// Whether a kin noun follows the possessive at `possessive` ("’s husband"). Kept out of `contextCues`, whose
    /// token reads the optimiser would otherwise turn into copies.
    @inline(never)
    static func isKinNoun(after possessive: Int, tokens: [AnalysisToken]) -> Bool {
        possessive + 1 < tokens.count && kinNouns.contains(lowerOf: possessive + 1, in: tokens)
    }

    /// Nouns for a person's relatives, which only a person has.
    static let kinNouns: WordSet = [
        "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "children",
        "parents", "grandson", "granddaughter", "grandmother", "grandfather", "fiancé", "fiancée", "fiance", "fiancee",
        "boyfriend", "girlfriend", "nephew", "niece", "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother",
    ]

    /// Relative pronouns for a person that open a clause after a name and a comma ("Joel, who ...").
    static let clauseOpeners: WordSet = ["who", "whose"]

    /// Whether "of" or "of the" comes right before the token at `index`. (Kept out of `contextCues`: reading
    /// two tokens back there made it copy the token array.)
    @inline(never)
    static func followsOf(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index >= 1 else { return false }
        if tokens[index - 1].lower == "of" { return true }
        return index >= 2 && tokens[index - 1].lower == "the" && tokens[index - 2].lower == "of"
    }

    /// Whether `range` is the first portfolio of a minister's or secretary's title written before the name
    /// ("said Development Strategies and International Trade Minister Malik Samarawickrama"): "and" or "&", at most
    /// four capitalised words ending in the title, and `range` itself a portfolio (`isPortfolio`).
    @inline(never)
    private func isPortfolioBeforeTitle(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        let joint = range.upperBound
        guard joint + 2 < tokens.count, tokens[joint].lower == "and" || tokens[joint].text == "&" else { return false }
        var title = joint + 1
        while title < tokens.count, title <= joint + 4, tokens[title].kind == .word, tokens[title].capitalized {
            if Self.portfolioTitles.contains(lowerOf: title, in: tokens) {
                return title > joint + 1 && tokens[title].sentence == tokens[range.lowerBound].sentence && isPortfolio(range, tokens: tokens)
            }
            title += 1
        }
        return false
    }

    /// Whether the word at `index` is a title after the head word of a county or its like ("Mason County Judge", "Harris
    /// County Sheriff") or the "State" of a state's attorney ("Kane County State’s attorney"). (Not after "District" or
    /// "City", which open titles of their own: "District Attorney", "City Manager".)
    static func isTitleAfterPlaceHead(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index >= 1, tokens[index].capitalized, countyWords.contains(lowerOf: index - 1, in: tokens) else { return false }
        if tokens[index].lower == "state" {
            return index + 2 < tokens.count && tokens[index + 1].text == "'s" && tokens[index + 2].lower == "attorney"
        }
        return tokens[index].lexicon.contains(.title) && !AnalysisLexicon.locationHeads.contains(lowerOf: index, in: tokens)
    }

    /// Nouns for a place or its people before "of" and a place's name ("residents of", "hometown of"), beside
    /// `AnalysisLexicon.placeNouns`.
    static let placeOfNouns: WordSet = [
        "resident", "residents", "hometown", "native", "natives", "islet", "isle", "outskirts", "suburbs", "villages",
        "towns", "cities", "capital", "port", "harbour", "harbor", "shores", "environs", "streets", "inhabitants",
    ]

    /// The head words of counties and their like, whose officials' titles follow the name (`isTitleAfterPlaceHead`).
    static let countyWords: WordSet = ["county", "parish", "borough", "township"]

    /// Whether the token at `index` is inside brackets opened at or after `start` ("(KAMR/KCIT)" in a dateline).
    private static func isInBrackets(_ index: Int, from start: Int, tokens: [AnalysisToken]) -> Bool {
        var depth = 0
        for position in start..<index {
            if tokens[position].text == "(" || tokens[position].text == "[" { depth += 1 }
            if tokens[position].text == ")" || tokens[position].text == "]" { depth -= 1 }
        }
        return depth > 0
    }

    /// Whether the token at `index` is a state's abbreviation with its period ("Del.", "Ga.") after a capitalised
    /// word and a comma, and no name word follows it.
    private func isStateAbbreviationAfterPlace(at index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index >= 2, tokens[index].capitalized, tokens[index].text.utf8.last == UInt8(ascii: "."),
              tokens[index - 1].text == ",", tokens[index - 2].capitalized else { return false }
        if index + 1 < tokens.count, tokens[index + 1].capitalized, tokens[index + 1].sentence == tokens[index].sentence { return false }
        return gazetteer.placeKind(joining: tokens[index...index]) == .state
    }

    /// Strips leading determiners, sentence-initial function words, titles and demonyms.
    private func stripped(_ range: Range<Int>, tokens: [AnalysisToken], titleAcronyms: inout TitleAcronyms) -> Span? {
        var start = range.lowerBound
        var cues = TypeCues()
        var end = range.upperBound
        // "Dover, Del., with", "LEWES, Del. -": a state's abbreviation after a place's name and a comma is the state,
        // though "Del." also abbreviates a delegate's title ("Del. Richard Morris").
        if range.count == 1, isStateAbbreviationAfterPlace(at: start, tokens: tokens) {
            cues.location += 3
            return Span(range: range, cues: cues)
        }
        // "in Calgary Saturday": a weekday after a place's name is the date, not part of the name.
        if end - range.lowerBound >= 2, tokens[end - 1].lexicon.contains(.weekday),
           gazetteer.knowsPlace(joining: tokens[range.lowerBound..<(end - 1)]) {
            end -= 1
        }
        // "Meteorologist in Charge Jim Meyer", "Special Agent in Charge": the title's end, not a name word.
        if end - start >= 2, start >= 2, tokens[start].lower == "charge", tokens[start - 1].lower == "in",
           tokens[start - 2].lexicon.contains(.title) {
            start += 1
            cues.person += 1
        }
        let endsInOrganizationHead = tokens[end - 1].lexicon.contains(.organizationHead)
        while start < end {
            // "A K Khan", "A R Rahman": initials, not an article; a person's.
            if Self.isInitialA(at: start, end: end, tokens: tokens) {
                cues.person += 2
                break
            }
            // Read in place by index (a copied token retains and releases its strings).
            let lower = tokens[start].lower
            let lists = tokens[start].lexicon
            // "“...,” Will Moy said": a common word that is also a given name, capitalised inside a sentence
            // before another name word, opens a person's name. ("New" and "Old" before a name word open it:
            // "New Delhi", "Old Trafford".)
            let isGivenNameInside = !tokens[start].sentenceStart && start + 1 < end && lists.contains(.commonWordGivenName)
            // "H.E. Mrs. Or Vandine": after an honorific, a capitalised word before another name word is the name's.
            let followsHonorific = start > range.lowerBound && start + 1 < end && Self.honorifics.contains(lowerOf: start - 1, in: tokens)
                && !Self.articles.contains(lowerOf: start, in: tokens)
            // "Cr King said": a common word ending the run after an honorific is a surname.
            let endsAfterHonorific = start + 1 == end && Self.isSurnameAfterHonorific(at: start, runStart: range.lowerBound, tokens: tokens)
            if lists.contains(.commonWord) && !(start + 1 < end && (lower == "new" || lower == "old")) && !isGivenNameInside
                && !followsHonorific && !endsAfterHonorific
                && !Self.capitalsOnlyNames.contains(tokens[start].text) && !Self.opensBalineseName(at: start, end: end, tokens: tokens) {
                start += 1
                continue
            }
            // (Not a weekday opening a title after "the": "The Sunday Times", "the Sunday Mail"; nor a month that is a
            // given name before another given name, "Jan Krzysztof Ardanowski".)
            // (Nor a weekday between commas before another name word, a given name: "Super Eagles handler, Sunday
            // Oliseh, may incur ...".)
            // (Nor a month after an honorific, a surname: "Mrs May replied".)
            if !lists.isDisjoint(with: [.month, .weekday]),
               !(lists.contains(.weekday) && start + 1 < end && start >= 1 && tokens[start - 1].lower == "the"),
               !Self.isMonthGivenNameBeforeGivenName(start, end: end, tokens: tokens),
               !Self.isSurnameAfterHonorific(at: start, runStart: range.lowerBound, tokens: tokens) {
                if Self.isWeekdayGivenNameBetweenCommas(start, end: end, tokens: tokens) {
                    cues.person += 2
                    break
                }
                start += 1
                continue
            }
            // "said H E Akbar Al Baker": "His Excellency" by its initials, without periods, before a name.
            if start + 2 < end, tokens[start].text == "H", tokens[start + 1].text == "E", tokens[start + 2].capitalized {
                cues.person += 3
                start += 2
                continue
            }
            // "EC Mahbub said", after "Election Commissioner Mahbub Talukder": a title's acronym before a name.
            if start == range.lowerBound, start + 1 < end, Self.isInitialsWithoutPeriods(tokens[start]),
               tokens[start + 1].capitalized, titleAcronyms.contains(tokens[start].text, tokens: tokens) {
                cues.person += 3
                start += 1
                continue
            }
            // "Sainsbury’s FD John Rogers", "the bank's MD Jane Okoro": after a possessive, two capitals no list
            // knows, before a given name and another name word, are a title's initials (finance director,
            // managing director); elsewhere they are the person's ("Foreign minister AK Abdul Momen").
            if start == range.lowerBound, Self.isTitleInitialsAfterPossessive(start, end: end, tokens: tokens) {
                cues.person += 2
                start += 1
                continue
            }
            // "Said Mr Afeeq Rasol, 30:": a speech verb opening the sentence before a name.
            if tokens[start].sentenceStart, start + 1 < end, lists.contains(.speechVerb), !lists.contains(.givenName),
               !AnalysisLexicon.isSurname(tokens[start]) {
                start += 1
                continue
            }
            // "Passenger Aroha Ngata", "the Command Ramhan Nansel": a role or body noun that is no name word,
            // before two or three name words with no head word among them, is not part of the name.
            if start == range.lowerBound, end - start >= 3, end - start <= 4,
               !lists.isDisjoint(with: [.roleNoun, .organizationHead]), lists.isDisjoint(with: [.givenName, .title]),
               !AnalysisLexicon.isSurname(tokens[start]), !isAllCapitals(tokenAt: start, in: tokens),
               ((start + 1)..<end).allSatisfy({
                   tokens[$0].capitalized && tokens[$0].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord, .commonWord])
               }),
               // (A town named by an English word, "Police" in Poland, is that word here: "Superintendent of Police
               // Hobindra Bogati".)
               !gazetteer.knowsPlace(joining: tokens[start...start]) || AnalysisLexicon.englishWords.contains(hash: tokens[start].lowerHash),
               lists.isDisjoint(with: [.knownOrganization, .knownOutlet]) {
                // "Superintendent of Police Hobindra Bogati": the field of a title before "of"; its holder follows.
                if start >= 2, tokens[start - 1].lower == "of", tokens[start - 2].lexicon.contains(.title) { cues.person += 3 }
                start += 1
                continue
            }
            // "Secretary-Treasurer Jason Spingle": a hyphenated word of titles before more name words is a title.
            if end - start >= 2, lists.contains(.hyphenated), !lists.contains(.givenName), Self.isHyphenatedTitle(lower) {
                cues.person += 3
                start += 1
                continue
            }
            // "Submitter Phil Everest", "DIG Operations Faisal Kamran": an English word of six letters or more that no
            // list knows as a name, place or body, opening what is left of a run before a given name and another name
            // word, is a title or its field (shorter words may be name words: "Deep Kumar Upadhyay", "Ram Sharan").
            if end - start >= 3, tokens[start].text.utf8.count >= 6, tokens[start + 1].capitalized, tokens[start + 1].lexicon.contains(.givenName),
               lists.isDisjoint(with: [.givenName, .title, .knownOrganization, .knownOutlet, .organizationHead, .locationHead]),
               AnalysisLexicon.englishWords.contains(hash: tokens[start].lowerHash), !AnalysisLexicon.isSurname(tokens[start]),
               !isAllCapitals(tokenAt: start, in: tokens),
               ((start + 1)..<end).allSatisfy({ tokens[$0].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord]) }),
               !gazetteer.knowsPlace(joining: tokens[start...start]) {
                cues.person += 1
                start += 1
                continue
            }
            // "Employee Steve Castro said", "Rival Lowe's ...": a sentence's first word that is a role or
            // organisation noun, before a given name and a further name word, is capitalised by its position.
            if tokens[start].sentenceStart, start == range.lowerBound, start + 2 < end, tokens[start + 1].lexicon.contains(.givenName),
               !lists.isDisjoint(with: [.roleNoun, .organizationCueNoun]),
               !lists.contains(.givenName), !AnalysisLexicon.isSurname(tokens[start]), !isAllCapitals(tokenAt: start, in: tokens),
               !gazetteer.knowsPlace(joining: tokens[start...start]), lists.isDisjoint(with: [.knownOrganization, .knownOutlet, .organizationHead]) {
                start += 1
                continue
            }
            // "Accompanying Dela Rosa, ...": a sentence's first word that is a participle (no listed name, place
            // or body) before more name words with no head word among them is capitalised by its position.
            if tokens[start].sentenceStart, start == range.lowerBound, start + 1 < end, Self.isParticiple(lower),
               lists.isDisjoint(with: [.givenName, .knownOrganization, .knownOutlet, .title]), !AnalysisLexicon.isSurname(tokens[start]),
               !isAllCapitals(tokenAt: start, in: tokens), !gazetteer.knowsPlace(joining: tokens[start...start]),
               ((start + 1)..<end).allSatisfy({
                   tokens[$0].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord])
               }) {
                start += 1
                continue
            }
            // "Councillors Bob Kirk, Jason Shepherd and ...": a title's plural opening the run introduces the names.
            if start == range.lowerBound, Self.isTitlePluralBeforeName(at: start, end: end, tokens: tokens) {
                cues.person += 3
                start += 1
                continue
            }
            // "Press Secretary Stephanie Grisham".
            if lists.contains(.titleModifier), start + 2 < end,
               tokens[(start + 1)..<(end - 1)].first(where: { !$0.lexicon.contains(.titleModifier) })?.lexicon.contains(.title) == true {
                start += 1
                continue
            }
            // "Interior Ministry", "Justice Department": a ministry's subject word is part of its name.
            if endsInOrganizationHead, lists.contains(.ministryWord) { break }
            // "Crown Prosecution Service", "Prime Minister Office": a capitalised title opening a body's name
            // whose other words are no person's is part of it.
            if lists.contains(.title), endsInOrganizationHead, tokens[start].capitalized, !isAllCapitals(tokenAt: start, in: tokens),
               start + 2 <= end, ((start + 1)..<end).allSatisfy({
                   tokens[$0].capitalized && !tokens[$0].lexicon.contains(.givenName) && !AnalysisLexicon.isSurname(tokens[$0])
               }) {
                break
            }
            // "Queen Elizabeth Hospital", "King Fahd University", "St Mary's College": a royal's or saint's title
            // opening a body's name of three words or more stays, as the body is named after the holder.
            if lists.contains(.title), endsInOrganizationHead, end - start >= 3,
               Self.namesakeTitles.contains(lower) || Self.placeOpeningTitles.contains(lower),
               !isAllCapitals(tokenAt: start, in: tokens) {
                break
            }
            // "St Lucia", "St. Louis", "Prince Albert": a saint's or prince's title opening a place's name stays.
            if lists.contains(.title), start + 1 < end, Self.placeOpeningTitles.contains(lower),
               gazetteer.knowsPlace(joining: tokens[start...(start + 1)]) {
                break
            }
            // (Not "Attorney’s Office", "Prime Minister’s Delivery Unit": titles' possessive inside an
            // organisation's name stays.)
            // ("Garda Síochána", the Irish police, "Garda National Bureau of Investigation", "Ennis Garda Station": the
            // rank's word opens or sits in a body's or a building's name.)
            if lower == "garda", start + 1 < end, ["síochána", "siochana"].contains(tokens[start + 1].lower)
                || ((start + 1)..<end).contains(where: {
                    !tokens[$0].lexicon.isDisjoint(with: [.organizationHead, .locationHead]) || tokens[$0].lower == "station"
                }) {
                break
            }
            if lists.contains(.title), start + 1 < end, case let afterTitles = Self.endOfTitles(from: start, end: end, tokens: tokens),
               afterTitles == end || tokens[afterTitles].text != "'s" {
                // "President Bush": a title before more name words marks a person; not a title whose "of" and
                // field are all that follow ("the Prime Minister of Serbia").
                let onlyField = afterTitles < end && tokens[afterTitles].lower == "of" && afterTitles + 3 >= end
                // "President Hyderabad Chamber of Commerce and Industry (HCCI) Adeel Siddiqui": a body whose head
                // word comes before its "of" is the title's body, not the title's holder.
                let firstOf = ((start + 2)..<max(start + 2, end)).first { tokens[$0].lower == "of" }
                let headsBody = firstOf.map { tokens[$0 - 1].lexicon.contains(.organizationHead) } ?? false
                // ("near Prime Hospital Complex", "at the Lord Mayoral Forum": after a spelled-out title, two or more
                // English words that are no given name, surname or place name no person; one such word is most often
                // a surname all the same, "Coun Miller", and so are words after an abbreviated title, "Gov. Butch
                // Otter".)
                func onlyEnglishWords() -> Bool {
                    end - afterTitles >= 2 && !lower.hasSuffix(".") && (afterTitles..<end).allSatisfy { position in
                        tokens[position].kind == .word && AnalysisLexicon.englishWords.contains(hash: tokens[position].lowerHash)
                            && !tokens[position].lexicon.contains(.givenName) && !AnalysisLexicon.isSurname(tokens[position])
                            && !gazetteer.knowsPlace(joining: tokens[position...position])
                    }
                }
                if !endsInOrganizationHead && !headsBody && !onlyField && !onlyEnglishWords() || lower == "mr." || lower == "dr." { cues.person += 3 }
                start += 1
                // "MINISTER of Home Affairs", "the Minister for Women and Equalities": a title and its portfolio, no name.
                if isPortfolioAfterTitle((start + 1)..<end, tokens: tokens) { return nil }
                // "Secretary of State Hillary Clinton": the title's "of ..." goes with it.
                if start + 3 < end, tokens[start].lower == "of", lists.contains(.title) {
                    start += 2
                    // "Minister of Tourism and Lands Harin Fernando": a field of two words joined by "and".
                    if start + 2 < end, ["and", "&"].contains(tokens[start].lower), tokens[start + 1].capitalized,
                       tokens[start + 1].lexicon.isDisjoint(with: [.givenName, .title]) {
                        start += 2
                    }
                    // "Chief of Army Staff Faruk Yahaya", "Chief of Defence Staff": the staff a chief heads.
                    if start + 2 < end, tokens[start].lower == "staff" { start += 1 }
                }
                continue
            }
            // "U.S. Secretary ...", "Iraqi Prime Minister ...": a country before a title.
            // (Not "U.S. Attorney’s Office": a title's possessive makes the country part of a body's name.)
            if start + 2 < end, tokens[start + 1].lexicon.contains(.title), tokens[start + 2].text != "'s",
               isCountryOrState(tokenAt: start, in: tokens) {
                start += 1
                continue
            }
            // "American University of Kabul": a demonym before an institution word names it; so does one that
            // opens a place's name ("Saudi Arabia", "Dominican Republic").
            // Not a demonym that is also a given name before a surname ("Christian Eriksen", "Christian Smith"),
            // nor a compass adjective before a place ("Southern California", "Western Kenya": a region's name).
            if gazetteer.isDemonym(tokenAt: start, in: tokens), start + 1 < end, !endsInOrganizationHead,
               tokens[start + 1].lexicon.isDisjoint(with: [.organizationHead, .institutionWord]),
               !Self.isGivenNameBeforeSurname(at: start, end: end, tokens: tokens),
               !gazetteer.knowsPlace(joining: tokens[start..<end]),
               !isCompassAdjectiveBeforePlace(start, end: end, tokens: tokens) {
                start += 1
                continue
            }
            break
        }
        guard start < end else { return nil }
        // "Cr King said", "Mr Bishop": a title or common word alone after an honorific is a surname.
        if end - start == 1, Self.isSurnameAfterHonorific(at: start, runStart: range.lowerBound, tokens: tokens) {
            cues.person += 3
            return Span(range: start..<end, cues: cues)
        }
        // "South Korean", "North African": a compass word before a demonym is a demonym too.
        if end - start == 2, Self.compassWords.contains(lowerOf: start, in: tokens), gazetteer.isDemonym(tokenAt: start + 1, in: tokens) {
            return nil
        }
        if end - start >= 2, isDemonymOfCountryOfSeveralWords(start..<end, tokens: tokens) { return nil }
        // (A loop, not `allSatisfy`: its closure captured the recognizer, and made `stripped` copy it.)
        var onlyTitlesAndDemonyms = true
        for position in start..<end where !(tokens[position].lexicon.contains(.title) || gazetteer.isDemonym(tokenAt: position, in: tokens)
            || tokens[position].lexicon.contains(.commonWord) && !Self.capitalsOnlyNames.contains(tokens[position].text)) {
            onlyTitlesAndDemonyms = false
            break
        }
        if onlyTitlesAndDemonyms {
            return nil
        }
        // "Chief Election Commissioner (CEC) ...", "Health Minister": a title's modifiers and the title name no one.
        if tokens[end - 1].lexicon.contains(.title), (start..<(end - 1)).allSatisfy({
            tokens[$0].lexicon.contains(.titleModifier) || tokens[$0].lexicon.contains(.title)
        }) {
            return nil
        }
        // "U.S. Ambassador", "UK Home Secretary", "the Queensland Premier": a country or state and titles, with no
        // name after them, name the place alone.
        if end - start >= 2, tokens[end - 1].lexicon.contains(.title), isCountryOrState(tokenAt: start, in: tokens),
           ((start + 1)..<end).allSatisfy({ tokens[$0].lexicon.contains(.title) || tokens[$0].lexicon.contains(.titleModifier) }) {
            return Span(range: start..<(start + 1), cues: cues)
        }
        return Span(range: start..<end, cues: cues)
    }

    /// The two-letter acronyms of titles an article spells out in capitalised words ("EC" for "Election
    /// Commissioner", "DC" for "Deputy Commissioner"), so that such an acronym before a name is read as the
    /// title, not as initials. Collected on first use: few articles ask.
    struct TitleAcronyms {
        private var acronyms: Set<String>?

        /// Whether `text` is the acronym of two capitalised words ending in a title or an organisation's head, or
        /// two capitals the article writes both before a full name and before that surname alone.
        mutating func contains(_ text: String, tokens: [AnalysisToken]) -> Bool {
            guard text.utf8.count == 2 else { return false }
            if acronyms == nil {
                var found = Set<String>()
                // "DS Shirley Cole ... DS Cole said": two capitals before a given name and a surname, and before
                // that surname alone, are a title's (a detective sergeant's), not the person's initials.
                var beforeFullName = Set<String>()
                var beforeSurname = Set<String>()
                // (Tokens read in place by index: a copied token retains and releases its strings.)
                for index in tokens.indices.dropLast() {
                    if EntityRecognizer.isInitialsWithoutPeriods(tokens[index]), tokens[index].text.utf8.count == 2 {
                        guard tokens[index + 1].capitalized, tokens[index + 1].kind == .word else { continue }
                        let nameGoesOn = index + 2 < tokens.count && tokens[index + 2].capitalized && tokens[index + 2].kind == .word
                        if !nameGoesOn {
                            beforeSurname.insert(tokens[index].text + " " + tokens[index + 1].text)
                        } else if tokens[index + 1].lexicon.contains(.givenName) {
                            beforeFullName.insert(tokens[index].text + " " + tokens[index + 2].text)
                        }
                        continue
                    }
                    // (Two capitals hold no lowercase letter, so none of them is such a word.)
                    guard tokens[index].kind == .word, tokens[index + 1].kind == .word,
                          tokens[index].capitalized, tokens[index + 1].capitalized,
                          !tokens[index + 1].lexicon.isDisjoint(with: [.title, .organizationHead]),
                          let a = tokens[index].text.utf8.first, let b = tokens[index + 1].text.utf8.first,
                          a &- UInt8(ascii: "A") < 26, b &- UInt8(ascii: "A") < 26,
                          tokens[index].text.utf8.dropFirst().contains(where: { $0 &- UInt8(ascii: "a") < 26 }) else { continue }
                    found.insert(String(decoding: [a, b], as: UTF8.self))
                }
                for pair in beforeFullName.intersection(beforeSurname) {
                    found.insert(String(pair.prefix(2)))
                }
                acronyms = found
            }
            return acronyms?.contains(text) ?? false
        }
    }

    /// Whether a lowercase word is a present participle: an English word of six or more letters ending in "ing"
    /// ("accompanying"; not "king", "sing", nor the given name "Tshering").
    private static func isParticiple(_ lower: String) -> Bool {
        let utf8 = lower.utf8
        return utf8.count >= 6 && utf8.reversed().starts(with: "gni".utf8) && AnalysisLexicon.englishWords.contains(lower)
    }

    /// Whether a word is one to three capitals each followed by a period ("G.", "T.M.", "J.R.R."): initials.
    private static func isDottedInitials(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard (2...6).contains(utf8.count), utf8.count % 2 == 0 else { return false }
        var isLetter = true
        for byte in utf8 {
            guard isLetter ? byte &- UInt8(ascii: "A") < 26 : byte == UInt8(ascii: ".") else { return false }
            isLetter.toggle()
        }
        return true
    }

    /// Whether every part of a hyphenated lowercase word is a title or a role noun ("secretary-treasurer",
    /// "deputy-governor").
    static func isHyphenatedTitle(_ lower: String) -> Bool {
        let parts = lower.split(separator: "-")
        return parts.count >= 2 && parts.allSatisfy {
            AnalysisLexicon.titles.contains(String($0)) || AnalysisLexicon.roleNouns.contains(String($0))
        }
    }

    /// Whether a token is one or two ASCII capitals that no word list knows ("AK", "R"; not "UN", "MP", "PM").
    private static func isInitialsWithoutPeriods(_ token: AnalysisToken) -> Bool {
        let utf8 = token.text.utf8
        return (1...2).contains(utf8.count) && utf8.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 })
            && token.lexicon.subtracting(.noLowercase).isEmpty
    }

    /// Whether the "A" at `index` is an initial written without a period: another single capital follows, then a
    /// capitalised word before `end` ("A K Khan", "A R Rahman", South Asian style), so it is no article.
    private static func isInitialA(at index: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        index + 2 < end && tokens[index].text == "A" && tokens[index + 1].text.utf8.count == 1
            && isInitialsWithoutPeriods(tokens[index + 1]) && tokens[index + 2].capitalized && tokens[index + 2].text.utf8.count > 1
    }

    /// Playing positions written as capitals before a player's name ("DL Larry Ogunjobi", "QB Baker Mayfield").
    static let sportsPositions: WordSet = [
        "qb", "rb", "wr", "te", "ol", "dl", "lb", "cb", "db", "de", "dt", "ot", "og", "ss", "fs", "fb", "hb", "kr",
        "pr", "ls", "sp", "rp", "cf", "lf", "rf", "gk", "st", "dm", "am", "lw", "rw", "lhp", "rhp", "c", "g", "f", "k", "p", "s",
    ]

    /// Compass words that open a region's demonym ("South Korean", "West African").
    static let compassWords: WordSet = ["north", "south", "east", "west", "central"]

    /// Names whose capitals spell a common word, recognised only in capitals: "WHO" (the World Health
    /// Organization) and "US" (the country, "the US president").
    static let capitalsOnlyNames: WordSet = ["WHO", "US"]

    /// Offices dropped from the end of a name (not "King" or "Lord", which are also surnames).
    static let trailingOffices: WordSet = [
        "speaker", "president", "chairman", "chairwoman", "ceo", "secretary", "minister", "spokesman",
        "spokeswoman", "governor", "mayor", "senator", "director", "chief", "commander", "leader", "premier",
        "meteorologist", "spokesperson", "commissioner", "superintendent", "inspector", "cllr", "councillor", "councilor",
        // "the Command’s Public Relations Officer, Chief Superintendent ...", "Lobamba Lomdzala Member of Parliament".
        "officer", "member",
        // "the outgoing Limerick State Solicitor said", "the Kerry County Prosecutor".
        "solicitor", "prosecutor",
        // "Kent MPs", "Labour MP", "John Smith MP".
        "mp", "mps", "mla", "mlas", "mna", "mnas", "mep", "meps", "td", "tds", "pm",
        // "Nairobi MCAs", "Gauteng MECs", "Ontario MPPs", "Labour MSPs".
        "mca", "mcas", "mec", "mecs", "mpp", "mpps", "msp", "msps",
        // "Howard Quayle MHK" (the House of Keys), "Legislative Council MLCs", "James Evans MS" (the Senedd).
        "mhk", "mhks", "mlc", "mlcs", "ms",
        // A byline's role or stamp after the writer's name ("Kaitlan Collins Contributor", "Gail Levy Writer",
        // "Demion McTair Updated"; not "Reporter": "The Hollywood Reporter").
        "contributor", "correspondent", "columnist", "writer", "published", "updated",
    ]

    /// Pronouns that end a name in a title-case headline ("... Alice Evans Say They ...").
    static let headlineWords: WordSet = ["they", "he", "she", "we", "it", "i", "you", "his", "her", "their"]

    /// Connectors a name never ends with (`Lists.trailingConnector`).
    static let trailingConnectors: WordSet = ["of", "for", "the", "&"]

    /// Drops trailing connectors left by stripping (never leaves "of" at the end).
    private func trimTrailing(_ range: Range<Int>, tokens: [AnalysisToken]) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, tokens[end - 1].lexicon.contains(.trailingConnector)
                || !tokens[end - 1].capitalized && !Self.isNumberOfNumberedUnit(at: end - 1, runStart: range.lowerBound, tokens: tokens) {
            end -= 1
        }
        // "the Missouri Republican", "Virginia Democrats": a demonym or party word after a place is not part of a name.
        if end - range.lowerBound >= 2, gazetteer.isDemonym(tokenAt: end - 1, in: tokens),
           gazetteer.knowsPlace(joining: tokens[range.lowerBound..<(end - 1)]) {
            end -= 1
        }
        // "Virginia Beach June 5": a month opening a date after a name is not part of it.
        while end - range.lowerBound >= 2, end < tokens.count, tokens[end].kind == .number,
              tokens[end - 1].lexicon.contains(.month) {
            end -= 1
        }
        // "House of Representatives Speaker", "Emirates President": an office after a name is not part of it.
        // ("Richard Nyagongo Deputy Secretary General": "General" after such an office, and the office's modifiers
        // before it, go too.)
        let endBeforeOffices = end
        while end - range.lowerBound >= 2 {
            if tokens[end - 1].lexicon.contains(.trailingOffice) {
                end -= 1
            } else if end - range.lowerBound >= 3, tokens[end - 1].lower == "general", tokens[end - 2].lexicon.contains(.trailingOffice),
                      tokens[end - 3].lower != "of" {
                // (Not "Office of Inspector General", a body.)
                end -= 2
            } else {
                break
            }
        }
        if end < endBeforeOffices {
            while end - range.lowerBound >= 2, tokens[end - 1].lexicon.contains(.titleModifier) { end -= 1 }
        }
        // "Ioan Gruffudd and Alice Evans Say They ...": in a headline in title case, a pronoun or a speech verb
        // after a name is not part of it (not "said": "Edward Said").
        if end - range.lowerBound >= 3, Self.headlineWords.contains(lowerOf: end - 1, in: tokens) {
            end -= 1
            if end - range.lowerBound >= 3, tokens[end - 1].lexicon.contains(.speechVerb), tokens[end - 1].lower != "said" { end -= 1 }
        }
        // "the House Intelligence Committee Tuesday": a weekday after a name is the date of the sentence.
        while end - range.lowerBound >= 2, tokens[end - 1].lexicon.contains(.weekday) { end -= 1 }
        while end > range.lowerBound, tokens[end - 1].lexicon.contains(.trailingConnector) { end -= 1 }
        return range.lowerBound..<end
    }

    /// Generational suffixes after a person's name (`Lists.generationalSuffix`).
    static let generationalSuffixes: WordSet = ["jr.", "sr.", "jr", "sr", "ii", "iii"]
    /// The end of a run without the degree letters closing it (`postNominals`), keeping at least one word.
    @inline(never)
    static func endBeforePostNominals(_ run: Range<Int>, tokens: [AnalysisToken]) -> Int {
        var end = run.upperBound
        while end - 1 > run.lowerBound, isPostNominal(at: end - 1, tokens: tokens) { end -= 1 }
        return end
    }

    /// Whether the token at `index` is degree or rank letters written after a name (`postNominals`, or
    /// `capitalPostNominals` as written).
    static func isPostNominal(at index: Int, tokens: [AnalysisToken]) -> Bool {
        postNominals.contains(lowerOf: index, in: tokens) || capitalPostNominals.contains(tokens[index].text)
    }

    /// Counsel's ranks and British honours written in capitals after a name ("Femi Falana SAN", "John Rogers
    /// SC", "Romesh de Silva PC", "Jane Doe MBE"): only as written, since "San", "Sc" and "Pc" in other case are
    /// other words, and "Mbe" and "Obe" are also surnames ("Maximilienne Ngo Mbe").
    /// Also the Order of Australia's ("Cr Darriea Turley AM", "Jane Doe OAM") and the Public Service and Police
    /// Medals ("PSM", "APM").
    static let capitalPostNominals: Set<String> = [
        "SAN", "SC", "PC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "FRCS", "AM", "AO", "AC", "OAM", "PSM", "APM",
    ]

    /// The word with its combining marks dropped after canonical decomposition ("vučić" -> "vucic").
    static func withoutDiacritics(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Labels that web pages write in capitals beside a story ("PHOTO / VIDEO", "BREAKING", "UPDATE"): no body's
    /// acronym. (Not every English word in capitals: bodies are named so too.)
    static let pageLabels: WordSet = [
        "photo", "photos", "video", "videos", "watch", "update", "updated", "breaking", "exclusive", "live", "gallery",
        "listen", "audio",
    ]

    /// Whether `range` is a feast's day ("Epiphany Day", "Christmas Day"): a day, not an entity.
    @inline(never)
    static func isFeastDay(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        range.count == 2 && tokens[range.upperBound - 1].lower == "day" && holidays.contains(lowerOf: range.lowerBound, in: tokens)
    }

    /// Feasts and holidays, which name days ("Easter", "Diwali"), not entities.
    static let holidays: WordSet = [
        "easter", "christmas", "xmas", "ramadan", "ramzan", "diwali", "deepavali", "eid", "thanksgiving", "hanukkah",
        "passover", "lent", "advent", "pentecost", "holi", "navratri", "vesak", "hogmanay", "halloween", "epiphany",
    ]
    /// Degrees and professional letters written after a name ("John T. McDonald III RPh", "Kenea Yadeta (PhD)"):
    /// not part of it. (Not "KC", also a Nepali surname: "Tek Bahadur KC".)
    static let postNominals: WordSet = [
        "phd", "ph.d.", "ph.d", "m.d.", "rn", "rph", "cpa", "esq", "esq.", "mba", "dds",
    ]
    /// Prepositions before a place (`Lists.locativePreposition`).
    static let locativePrepositions: WordSet = ["in", "near", "from", "across", "outside", "inside", "throughout", "to"]
    /// Articles opening an appositive (`Lists.article`).
    static let articles: WordSet = ["a", "an", "the"]

    /// Head words of seas, straits and landforms that open their names before "of" ("Strait of Hormuz").
    static let naturalFeatureHeads: WordSet = [
        "strait", "straits", "gulf", "bay", "sea", "isle", "island", "islands", "cape", "lake", "mount", "peninsula",
    ]

    /// Role nouns for a relation that places have too ("neighbour Dubai", "partner China", "host Qatar").
    static let placeRelationNouns: WordSet = ["neighbour", "neighbor", "partner", "member", "rival", "ally", "host", "owner"]

    /// Head words of lakes, rivers and mountains that open their names ("Lake Victoria", "Mt. Kenya").
    static let naturalFeatureOpeners: WordSet = ["lake", "loch", "lough", "mount", "mt.", "river"]

    /// The prepositions between what is traded and a company ("shares of Nordstrom", "a stake in Twitter").
    static let ofOrIn: WordSet = ["of", "in"]
    /// What is traded of a company ("shares of Nordstrom", "a stake in Twitter").
    static let tradedStakeNouns: WordSet = ["shares", "stock", "stake"]
    /// What joins an organisation's head or a title to what it governs ("Bureau of Prisons", "Minister for Health").
    static let ofOrFor: WordSet = ["of", "for"]
    /// Marks before a handle, a path or a hashtag ("@WeWork", "#SoftBank"), which are no brand's name.
    static let handleMarks: WordSet = ["@", "/", "#"]
    /// What follows an age in apposition ("Parise, 35, of ...").
    static let ageFollowers: WordSet = [",", "of", ")", ".", "and"]
    /// What follows a capitalised title heading an appositive (", CEO of Ascom").
    static let titleFollowers: WordSet = ["of", "at", "for", ","]
    /// What follows a role noun heading an appositive with no modifier (", spokesman for ...", ", adviser.").
    static let bareRoleFollowers: WordSet = [",", "of", "at", "for", "with", "in", "and", "."]
    /// What follows a role noun after one common-word modifier (", press adviser to ...").
    static let modifiedRoleFollowers: WordSet = ["of", "at", "for", "to"]

    /// Type evidence from the words around a mention.
    private func contextCues(span: Range<Int>, tokens: [AnalysisToken]) -> TypeCues {
        var cues = TypeCues()
        // The tokens are read in place by index (a copied token retains and releases its strings).
        let firstIndex = span.lowerBound
        let lastIndex = span.upperBound - 1
        let words = tokens[span]

        // Inside the name.
        if tokens[lastIndex].lexicon.contains(.organizationHead) { cues.organization += 3 }
        // "Tipp FM", "Kingdom FM": a radio station (before a name "FM" is a foreign minister's title).
        if span.count >= 2, tokens[lastIndex].text == "FM" { cues.organization += 3 }
        if endsInBodyAcronym(span, tokens: tokens) { cues.organization += 3 }
        cues.location += homeTownCue(span, tokens: tokens)
        cues.location += regionOfPlaceCue(span, tokens: tokens)
        cues.organization += outletCue(span, tokens: tokens)
        // "shares of Nordstrom", "a stake in Twitter": what is traded is a company.
        if firstIndex >= 2, Self.ofOrIn.contains(lowerOf: firstIndex - 1, in: tokens),
           Self.tradedStakeNouns.contains(lowerOf: firstIndex - 2, in: tokens) {
            cues.organization += 3
        }
        if span.contains(where: { tokens[$0].lexicon.contains(.institutionWord) }) {
            cues.organization += 3
        }
        if tokens[lastIndex].lexicon.contains(.locationHead) {
            // "Kansas City School District", "Columbia Shuswap Regional District": a district that a service
            // names is the body that runs it.
            if span.count >= 2, tokens[lastIndex].lower == "district", Self.serviceDistrictWords.contains(lowerOf: lastIndex - 1, in: tokens) {
                cues.organization += 4
            } else {
                cues.location += 3
            }
        }
        // "Strait of Hormuz", "Bay of Bengal", "Gulf of Aden": a natural feature's head word and "of" open the
        // name (not "City of Johannesburg", often its council).
        if span.count >= 3, tokens[firstIndex + 1].lower == "of", Self.naturalFeatureHeads.contains(lowerOf: firstIndex, in: tokens) {
            cues.location += 3
        }
        // "Lake Victoria", "Mount Roskill", "River Nyando": a water's or a mountain's head word opening a
        // name of two or three words.
        if span.count >= 2, span.count <= 3, Self.naturalFeatureOpeners.contains(lowerOf: firstIndex, in: tokens) {
            cues.location += 3
        }
        // Whether the first word and the words joined by spaces are gazetteer places: looked up at most
        // once, and only when a cue's other conditions hold (each look-up is a cache miss or two; the
        // conditions are pure, so their order does not change any cue).
        var firstIsPlaceAnswer: Bool? = nil
        func firstIsPlace() -> Bool {
            if let known = firstIsPlaceAnswer { return known }
            let answer = span.count >= 2 && gazetteer.knowsPlace(joining: tokens[firstIndex...firstIndex])
            firstIsPlaceAnswer = answer
            return answer
        }
        var isPlaceNameAnswer: Bool? = nil
        func isPlaceName() -> Bool {
            if let known = isPlaceNameAnswer { return known }
            let answer = span.count >= 2 && gazetteer.knowsPlace(joining: words)
            isPlaceNameAnswer = answer
            return answer
        }
        // "Manchester United", "Texas Instruments": a place name followed by other words names a body.
        if span.count >= 2, !tokens[lastIndex].lexicon.contains(.locationHead), firstIsPlace(), !isPlaceName() {
            cues.organization += 1
        }
        // "House of Representatives", "Bureau of Prisons": an organisation head joined by "of"/"for".
        if span.count >= 3, span.dropLast().contains(where: { position in
            tokens[position].lexicon.contains(.organizationHead) && Self.ofOrFor.contains(lowerOf: position + 1, in: tokens)
        }) {
            cues.organization += 3
        }
        // "Virginia Beach", "El Paso": a gazetteer place is not a person for its first word or particle.
        if tokens[firstIndex].lexicon.contains(.givenName), span.count >= 2, !isPlaceName() { cues.person += 2 }
        // "Achraf Dari", "Teko Modise", "Jan Příhoda": two or three capitalised words that no word list or gazetteer
        // knows, save given names and census surnames, are most often a person's name: a weak cue.
        if span.count >= 2, span.count <= 3, Self.isNameOfUnknownWords(span, tokens: tokens), !firstIsPlace(), !isPlaceName() {
            cues.person += 1
        }
        // "Magic Johnson", "Eyamba Sowers": a census surname ending a name of two or three words is a weak
        // cue, enough on its own only when nothing speaks for another type.
        // Not when the last word is a place ("Real Madrid") or a day ("Black Friday"), nor after a word in
        // capitals ("DL Chad Thomas", a position) or a place that is not also a given name ("Cleveland Browns").
        // A surname that is also a place counts only when several places bear it ("Evo Morales", not
        // "Real Madrid") and the first word is no given name (whose own cue above suffices).
        if span.count >= 2, span.count <= 3,
           tokens[lastIndex].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord, .weekday, .month]),
           !isAllCapitals(tokenAt: firstIndex, in: tokens),
           tokens[firstIndex].lexicon.contains(.givenName) || tokens[firstIndex].lexicon.isDisjoint(with: [.commonWord, .title]) && !firstIsPlace(),
           AnalysisLexicon.isSurname(tokens[lastIndex]), !isPlaceName(),
           gazetteer.placeKind(joining: tokens[lastIndex...lastIndex]).map({ $0 == .ambiguous && !tokens[firstIndex].lexicon.contains(.givenName) }) ?? true {
            cues.person += 1
        }
        // "Eva-Marie Persson": a hyphenated first word whose first part is a given name.
        if span.count >= 2, tokens[firstIndex].lexicon.contains(.hyphenated), !tokens[firstIndex].lexicon.contains(.givenName),
           let hyphen = tokens[firstIndex].lower.firstIndex(of: "-"),
           AnalysisLexicon.isGivenName(tokens[firstIndex].lower[..<hyphen]), !isPlaceName() {
            cues.person += 2
        }
        // "Noh Kyu-duk", "Moon Jae-in", "Tsai Ing-wen": a one-syllable surname and a hyphenated two-syllable given
        // name with a lowercase second syllable, the romanised Korean (and Taiwanese) order.
        if span.count == 2, Self.isShortCapitalizedSyllable(tokens[firstIndex].text.utf8), Self.isHyphenatedGivenName(tokens[lastIndex].text) {
            cues.person += 3
        }
        // ("Abu Dhabi": not an opener of a place's name.)
        if tokens[firstIndex].lexicon.contains(.personOpener), !isPlaceName() { cues.person += 3 }
        cues.person += personCuesAroundName(span: span, tokens: tokens)
        // "Elizabeth A. Burton", "Patrick Carlineo Jr.": a middle initial or a generational suffix.
        if span.count >= 3, span.dropFirst().dropLast().contains(where: { Self.isInitial(tokens[$0].text) }) { cues.person += 2 }
        if span.count >= 2, tokens[lastIndex].lexicon.contains(.generationalSuffix) { cues.person += 2 }
        let hasParticle = span.contains {
            Self.startsWithArabicArticle($0, in: tokens) || tokens[$0].lexicon.contains(.nameParticle) && tokens[$0].lower != "al"
        }
        if hasParticle, !isPlaceName() {
            cues.person += 2
        }

        // Before the name.
        let afterThe = span.lowerBound >= 1 && tokens[span.lowerBound - 1].lower == "the"
        var before = span.lowerBound - 1
        if afterThe { before -= 1 }
        if before >= 0, tokens[before].sentence == tokens[firstIndex].sentence {
            let word = tokens[before].lower
            let lists = tokens[before].lexicon
            // ("its debt-laden neighbour Dubai": a relation a place has too says nothing of a person before a place.)
            if lists.contains(.roleNoun) || lists.contains(.title) && !tokens[before].capitalized,
               !Self.placeRelationNouns.contains(word) || !gazetteer.knowsPlace(joining: words) {
                cues.person += 3
            }
            if lists.contains(.speechVerb) { cues.person += 1 }
            // "By Pempho Nkhoma ¶", "By Lam Thoa August 29, 2018": a byline the reader left in the body.
            if Self.isBylineName(span, by: before, tokens: tokens) { cues.person += 3 }
            // "39-year-old Leisha Washington", "the 22-year-old Famous Amos": an age before a name is a person's;
            // not before a place that a person noun follows ("a 26-year-old Caboolture man").
            if lists.contains(.hyphenated), Self.isAgeOfPerson(at: before, nameEnd: span.upperBound, tokens: tokens) {
                cues.person += 3
            }
            // "a 2-1 home loss to Granada", "victory over Penrith", "next week's game with Parramatta": what a
            // result or a fixture is against is a side (a country's name stays the country, its national team).
            // A longer name only when it ends in a plural, as a side's nickname does ("loss to Wests Tigers"), and
            // opens with no given name: other full names there may be persons' ("his showdown with Adrien Broner",
            // an individual sport's opponent).
            if Self.isFixturesOtherSide(span, preposition: before, tokens: tokens) {
                cues.organization += 3
            }
            // "the research firm Oanda", "carrier SunExpress"; weak before a given name ("political rival
            // Joe Biden").
            if lists.contains(.organizationCueNoun), !tokens[before].capitalized {
                cues.organization += span.count >= 2 && tokens[firstIndex].lexicon.contains(.givenName) ? 1 : 3
            }
            if lists.contains(.locativePreposition) { cues.location += 1 }
            // "farms at Waitahuna", "a rally at Nayapaltan": one word after "at" is a place more often than a body; it
            // decides only for a word in no list (`isUnlistedWord`), with no other cue. (Not a word in capitals, "at VA",
            // nor a place the gazetteer knows, whose sports side "at Calgary" may be.)
            if word == "at", span.count == 1, !isAllCapitals(tokenAt: firstIndex, in: tokens),
               !gazetteer.knowsPlace(joining: tokens[span]) { cues.location += 1 }
            // "a resident of North Bahamia", "his hometown of Wasilla", "the islet of Agathonisi": a lowercase noun for a
            // place or its people, and "of", before the name.
            if word == "of", !afterThe, before >= 1, !tokens[before - 1].capitalized, tokens[before - 1].kind == .word,
               tokens[before - 1].lexicon.contains(.placeNoun) || Self.placeOfNouns.contains(lowerOf: before - 1, in: tokens) {
                cues.location += 3
            }
            if before >= 1, tokens[before - 1].lexicon.contains(.roleNoun), word == "," { cues.person += 3 }
            // "the Minister of Energy, Gwede Mantashe, said", "The CEO of Saab, Åke Svensson,": a title or role noun
            // with its field before the comma.
            // (Only a name of two or more words that no list knows: not a place or a body named there, "the Prime
            // Minister of Grenada, Carriacou and Petite Martinique".)
            // (Nor an item of a list: "the owner of the Chicago Tribune, New York Daily News, Baltimore Sun and ...".)
            if word == ",", span.count >= 2, span.upperBound < tokens.count, !Self.continuesList(after: span.upperBound - 1, tokens: tokens),
               !span.contains(where: { !tokens[$0].lexicon.isDisjoint(with: Self.knownNameLists) }),
               !isPlaceName(), Self.followsTitleWithField(comma: before, tokens: tokens) {
                cues.person += 3
            }
        }

        // "the county of Huade", "the town of Hayward".
        if span.lowerBound >= 2, !tokens[span.lowerBound - 2].capitalized, tokens[span.lowerBound - 2].lexicon.contains(.placeNoun),
           tokens[span.lowerBound - 1].lower == "of" {
            cues.location += 3
        }
        // "WeWork", "SoftBank": a capital inside a word (not "McCain", "DeSantis", "LeBron") marks a brand.
        if span.count == 1, Self.hasInnerCapital(tokens[firstIndex].text),
           span.lowerBound == 0 || !Self.handleMarks.contains(lowerOf: span.lowerBound - 1, in: tokens) {
            cues.organization += 3
        }

        cues.add(cuesAfterName(span: span, afterThe: afterThe, tokens: tokens))
        // "No. 6 Florida State", "Kerala coach", "defeated Alabama": a place's name standing for a side. Not a
        // country's (its national team is the country), nor one word that is also a surname or a given name: an
        // individual sport's player ("beat Molina").
        if Self.readsAsSportsSide(span, tokens: tokens), let kind = gazetteer.placeKind(named: Self.joinedTexts(words)), kind != .country,
           kind == .state || span.count >= 2 || !AnalysisLexicon.isSurname(tokens[firstIndex]) && !tokens[firstIndex].lexicon.contains(.givenName) {
            cues.organization += 3
        }
        return cues
    }

    /// Whether a name of at most three words reads as a sports side's here: ranked ("No. 6 Florida State", "#12
    /// Kansas"), with a season's record ("Tennessee (6-0, 3-0 SEC)"), before a side's role noun, with or without a
    /// sport between ("Kerala coach", "Tipperary counterpart", "the Missouri football team's"), beside a result verb
    /// ("Tennessee defeated Alabama", "beat Lancashire", "lost to Kansas"), after "at home to" or on either side of
    /// "v"/"vs". The gold guideline types a side named after its city, county or state as an organisation, while
    /// a country's name stays the country (`classify`), so only a place's name is asked about (`contextCues`).
    @inline(never)
    static func readsAsSportsSide(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard span.count <= 3, hasSportsSideNeighbour(span, tokens: tokens) else { return false }
        let first = span.lowerBound
        let last = span.upperBound - 1
        if first >= 2, tokens[first - 1].kind == .number, tokens[first - 1].text.utf8.count <= 2,
           tokens[first - 2].lower == "no." || tokens[first - 2].text == "#" {
            return true
        }
        if first >= 1, sideResultVerbs.contains(lowerOf: first - 1, in: tokens) || versusWords.contains(lowerOf: first - 1, in: tokens) {
            return true
        }
        if first >= 2, tokens[first - 1].lower == "to", tokens[first - 2].lower == "home" || sideLosingVerbs.contains(lowerOf: first - 2, in: tokens) {
            return true
        }
        var next = last + 1
        guard next < tokens.count else { return false }
        if tokens[next].text == "(", next + 1 < tokens.count, isSeasonRecord(tokens[next + 1]) { return true }
        if sideResultVerbs.contains(lowerOf: next, in: tokens) || versusWords.contains(lowerOf: next, in: tokens) { return true }
        if tokens[next].lower == "lost", next + 1 < tokens.count, tokens[next + 1].lower == "to" { return true }
        if tokens[next].text == "'s" { next += 1 }
        guard next < tokens.count else { return false }
        // After a sport, "team" and "side" say it too ("the Missouri football team").
        if sportNouns.contains(lowerOf: next, in: tokens) {
            next += 1
            if next < tokens.count, ["team", "teams", "side"].contains(tokens[next].lower) { return true }
        }
        return next < tokens.count && sideRoleNouns.contains(lowerOf: next, in: tokens)
    }

    /// Whether one of `sportsSideNeighbours` stands where `readsAsSportsSide` looks (one or two tokens before the
    /// name, right after it or after its "'s"): most names have none, and then four bits answer.
    @inline(__always)
    private static func hasSportsSideNeighbour(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        let first = span.lowerBound
        let next = span.upperBound
        if first >= 1, tokens[first - 1].lexicon.contains(.sportsSideNeighbour) { return true }
        if first >= 2, tokens[first - 2].lexicon.contains(.sportsSideNeighbour) { return true }
        guard next < tokens.count else { return false }
        if tokens[next].lexicon.contains(.sportsSideNeighbour) { return true }
        return tokens[next].text == "'s" && next + 1 < tokens.count && tokens[next + 1].lexicon.contains(.sportsSideNeighbour)
    }

    /// Every word `readsAsSportsSide` tests beside a name (the lexicon bit `sportsSideNeighbour`): its verb and
    /// noun lists and "no.", "#", "to" and "(".
    static let sportsSideNeighbours: WordSet = WordSet(
        Array(sideResultVerbs) + Array(sideLosingVerbs) + Array(versusWords) + Array(sportNouns) + Array(sideRoleNouns)
            + ["no.", "#", "to", "("]
    )

    /// Whether a token is a season's record or a score of one or two digits a side ("6-0", "13-3").
    private static func isSeasonRecord(_ token: AnalysisToken) -> Bool {
        guard token.kind == .number else { return false }
        let parts = token.text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            (1...2).contains(part.count) && part.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
        }
    }

    /// Verbs of a game's result, between two sides ("Tennessee defeated Alabama"): not "won", "hammered" or
    /// "battered", which elections and storms share.
    static let sideResultVerbs: WordSet = [
        "beat", "beats", "defeated", "defeats", "edged", "edges", "thrashed", "thrashes", "outlasted", "blanked",
        "trounced", "whitewashed", "outscored", "overpowered",
    ]

    /// Verbs before "to" and the side that won ("lost to Kansas").
    static let sideLosingVerbs: WordSet = ["lost", "lose", "loses", "losing"]

    /// "v" and "vs" between two sides ("North Melbourne v Western Bulldogs"; not "v.", a law case's).
    static let versusWords: WordSet = ["v", "vs", "vs."]

    /// Sports named between a side and a role noun ("the Missouri football team", "Kerala cricket coach").
    static let sportNouns: WordSet = [
        "football", "basketball", "baseball", "hockey", "cricket", "rugby", "soccer", "volleyball", "softball",
        "lacrosse", "netball", "hurling",
    ]

    /// A side's people and parts, after its name ("Kerala coach", "Missouri players"); not "side" or "team" alone
    /// ("the Kansas side of the border", "a Texas team of researchers").
    static let sideRoleNouns: WordSet = [
        "coach", "coaches", "counterpart", "counterparts", "captain", "skipper", "manager", "boss", "players",
        "striker", "strikers", "goalkeeper", "keeper", "goalie", "defender", "defenders", "midfielder", "quarterback",
        "fans", "supporters", "squad", "outfit", "lineup", "line-up", "bench", "backcourt", "frontcourt", "linebacker",
    ]

    /// `contextCues`' evidence from the words after the name. (A function of its own: in one body with the rest,
    /// the optimiser stopped inlining the array's subscript and copied whole tokens, strings and all, on each read.)
    private func cuesAfterName(span: Range<Int>, afterThe: Bool, tokens: [AnalysisToken]) -> TypeCues {
        var cues = TypeCues()
        let firstIndex = span.lowerBound
        let lastIndex = span.upperBound - 1
        let words = tokens[span]
        // After the name.
        let after = span.upperBound
        // "the Wild", "the Sabres": a name after "the" with no noun after it is a body, not a person.
        if span.count == 1, afterThe, !tokens[lastIndex].lexicon.contains(.locationHead), !gazetteer.knowsPlace(joining: tokens[firstIndex...firstIndex]) {
            let hasNext = after < tokens.count && tokens[after].sentence == tokens[firstIndex].sentence
            if !hasNext || tokens[after].kind != .word || tokens[after].capitalized
                || !tokens[after].lexicon.isDisjoint(with: [.commonWord, .unitStop, .speechVerb]) {
                cues.organization += 1
            }
        }
        if afterThe { cues.organization += Self.articleCue(onNameStartingWithGivenName: span, tokens: tokens) }
        if after < tokens.count, tokens[after].sentence == tokens[firstIndex].sentence {
            let word = tokens[after].lower
            let isComma = word == ","
            // ("John O’Driscoll of Special Crime Operations said", "the President of the Republic said": a name
            // after "of" or "of the" is not the verb's subject.)
            if tokens[after].lexicon.contains(.speechVerb), !Self.followsOf(firstIndex, tokens: tokens) {
                cues.person += 1
                // "“...,” Vogel said": a lone name between a closing quotation mark and a speech verb.
                if span.count == 1, span.lowerBound >= 1, tokens[span.lowerBound - 1].text.isExactly(anyOf: ["”", "\""]) { cues.person += 1 }
            }
            // "Tottenham's manager".
            // A possessive is the tokenizer's punctuation token "'s" (a word never is one).
            if tokens[after].kind == .punct, word.isExactly(anyOf: ["'s", "’s"]), after + 1 < tokens.count, !tokens[after + 1].capitalized,
               tokens[after + 1].lexicon.contains(.organizationTrailer) {
                cues.organization += 2
            }
            if !tokens[after].capitalized {
                // "WeWork founder", "Alibaba shares", "Wild coach Bruce Boudreau"; not a verb with its object
                // ("Sabatier shares the formula", "Smith coaches the team").
                if tokens[after].lexicon.contains(.organizationTrailer),
                   after + 1 >= tokens.count || !Self.objectOpeners.contains(lowerOf: after + 1, in: tokens) {
                    cues.organization += 2
                }
                // "Logar province", "Pangram area".
                if tokens[after].lexicon.contains(.placeNoun) { cues.location += 3 }
            }
            // "Mitt Romney: “We’re going to win”", "Vorarit: “But this is ...”": a speaker's label.
            if word == ":", Self.isSpeakerLabel(span, tokens: tokens) { cues.person += 3 }
            // "Jair Bolsonaro, who called it unfair": a relative clause with "who" follows a person.
            if isComma, after + 1 < tokens.count, tokens[after + 1].lower == "who" { cues.person += 2 }
            // "Nudungmo’s husband", "Smith's widow": a kin noun's possessor is a person.
            if word == "'s", Self.isKinNoun(after: after, tokens: tokens) { cues.person += 3 }
            // "Parise, 35,", "Elizabeth A. Burton, 32, of ...": an age in apposition.
            if isComma, after + 2 < tokens.count, tokens[after + 1].kind == .number,
               let age = Int(tokens[after + 1].text), (1...120).contains(age),
               Self.ageFollowers.contains(lowerOf: after + 2, in: tokens) {
                cues.person += 3
            }
            // "Greenbelt, Maryland", "Sarkh, Logar": a name before a state or country.
            if isComma, after + 1 < tokens.count, tokens[after + 1].capitalized {
                let one = tokens[after + 1].text
                let two = after + 2 < tokens.count ? one + " " + tokens[after + 2].text : one
                if isCountryOrState(one) || isCountryOrState(two) { cues.location += 2 }
            }
            // ", chief executive of Full Fact", ", deputy director of ...": a role noun heading an appositive
            // with no article, after at most two lowercase modifiers and before a preposition or comma.
            // ", CEO of Ascom", ", President of ...": a capitalised title heading the appositive.
            // ", Deputy Commissioner of Sylhet": up to three capitalised title words.
            if isComma, after + 2 < tokens.count, !tokens[after + 1].lexicon.isDisjoint(with: [.title, .titleModifier]),
               tokens[after + 1].capitalized {
                var end = after + 1
                while end < min(tokens.count, after + 4), tokens[end].capitalized,
                      !tokens[end].lexicon.isDisjoint(with: [.title, .titleModifier]) {
                    end += 1
                }
                if end < tokens.count, tokens[end - 1].lexicon.contains(.title), Self.titleFollowers.contains(lowerOf: end, in: tokens) {
                    cues.person += 3
                }
            }
            // ", press adviser to the prime minister": a modifier that is a common word too, before a role noun
            // that a preposition follows.
            if isComma, after + 2 < tokens.count {
                var probe = after + 1
                var modifiers = 0
                while probe < min(tokens.count, after + 5), tokens[probe].kind == .word, !tokens[probe].capitalized,
                      !tokens[probe].lexicon.contains(.speechVerb), !Self.appositiveStops.contains(lowerOf: probe, in: tokens) {
                    if tokens[probe].lexicon.contains(.commonWord), !tokens[probe].lexicon.contains(.roleNoun) { modifiers += 1 }
                    probe += 1
                }
                if probe > after + 1, probe < tokens.count, tokens[probe - 1].lexicon.contains(.roleNoun),
                   modifiers == 0 && Self.bareRoleFollowers.contains(lowerOf: probe, in: tokens)
                    || modifiers <= 1 && Self.modifiedRoleFollowers.contains(lowerOf: probe, in: tokens) {
                    cues.person += 3
                }
            }
            // Appositive: ", a preacher and supporter of ...", ", a Carnegie Endowment ... fellow", or after a
            // possessive, ", China's ambassador to Britain".
            var appositive: Int? = nil
            if isComma, after + 2 < tokens.count {
                // ", one of the agitating students,": one of a group of persons.
                if after + 4 < tokens.count, tokens[after + 1].lower == "one", tokens[after + 2].lower == "of" {
                    var probe = after + 3
                    while probe < min(tokens.count, after + 7), tokens[probe].kind == .word, !tokens[probe].capitalized {
                        let word = tokens[probe].lower
                        if word.hasSuffix("s"), AnalysisLexicon.roleNouns.contains(String(word.dropLast())) {
                            cues.person += 3
                            break
                        }
                        probe += 1
                    }
                }
                // ", another factory worker,", ", her lawyer,", ", its parent company,".
                if Self.opensAppositive(after + 1, tokens: tokens) {
                    appositive = after + 2
                } else {
                    var owner = after + 1
                    while owner < min(tokens.count, after + 4), tokens[owner].kind == .word, tokens[owner].capitalized { owner += 1 }
                    if owner > after + 1, owner + 1 < tokens.count, tokens[owner].text == "'s" { appositive = owner + 1 }
                }
            }
            if let appositive {
                var probe = appositive
                // After a preposition the appositive's head is behind ("a scholar at the institute").
                var pastHead = false
                // "the US ambassador to Dhaka, the minister said": a known place after a preposition is no
                // person for the description after it.
                let placeAfterPreposition = firstIndex >= 1 && tokens[firstIndex - 1].lexicon.contains(.locativePreposition)
                    && gazetteer.knowsPlace(joining: words)
                while probe < min(tokens.count, appositive + 8), tokens[probe].kind == .word || Self.isCompoundHyphen(at: probe, tokens: tokens) {
                    // (", the Executive Director of REDHAC": also a capitalised title before a preposition.)
                    if tokens[probe].lexicon.contains(.roleNoun) && !tokens[probe].capitalized
                        || Self.isCapitalisedTitleBeforePreposition(probe, tokens: tokens) {
                        // "Speaking to Geo News, the minister said": after a preposition, a description that its
                        // speech verb follows is the sentence's subject, not an appositive.
                        if !placeAfterPreposition, !Self.isSubjectAfterPrepositionalName(description: probe, name: firstIndex, tokens: tokens) {
                            cues.person += 3
                        }
                        break
                    }
                    // ", the hospital’s head of surgery": a noun before a possessive is the owner; the head follows.
                    if Self.precedesPossessive(probe, tokens: tokens) {
                        probe += 2
                        continue
                    }
                    // ", the embattled Chinese tech company".
                    // (Not after a possessive: "Joe Biden, Trump's leading Democratic rival".)
                    if !pastHead, tokens[appositive - 1].text != "'s", tokens[probe].lexicon.contains(.organizationCueNoun), !tokens[probe].capitalized,
                       probe + 1 >= tokens.count || !tokens[probe + 1].lexicon.contains(.speechVerb) {
                        cues.organization += 3
                        break
                    }
                    if Self.appositivePrepositions.contains(lowerOf: probe, in: tokens) { pastHead = true }
                    probe += 1
                }
            }
        }
        return cues
    }

    /// Whether `tokens[index]` is the hyphen the tokenizer split off a name's compound ("Texas-based",
    /// `AnalysisTokenizer.compoundSuffixes`): inside a description, as the compound's word was.
    @inline(never)
    static func isCompoundHyphen(at index: Int, tokens: [AnalysisToken]) -> Bool {
        index >= 1 && index + 1 < tokens.count && !tokens[index].spaceBefore && !tokens[index + 1].spaceBefore
            && tokens[index].text == "-" && tokens[index + 1].kind == .word && !tokens[index + 1].capitalized
    }

    /// Whether `tokens[index]` is a capitalised title or role noun right before "of", "at" or "for" (", the
    /// Executive Director of REDHAC"). (A helper, for the reason `precedesPossessive` is one.)
    @inline(never)
    static func isCapitalisedTitleBeforePreposition(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index + 1 < tokens.count, tokens[index].capitalized, !tokens[index].lexicon.isDisjoint(with: [.title, .roleNoun]) else { return false }
        let next = tokens[index + 1].lower
        return next == "of" || next == "at" || next == "for"
    }

    /// Whether a possessive follows `tokens[index]`, with a word after it. (A helper: read inside `contextCues`,
    /// the tokens made it copy them.)
    @inline(never)
    static func precedesPossessive(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        index + 2 < tokens.count && tokens[index + 1].text == "'s"
    }

    /// Whether the name in `span` opens its sentence and ", which" follows it. (Only at a sentence's start:
    /// in "the party of Nelson Mandela, which ..." the clause may take up the noun before the name.)
    @inline(never)
    static func opensSentenceBeforeWhich(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        tokens[span.lowerBound].sentenceStart && span.upperBound + 1 < tokens.count && tokens[span.upperBound].text == ","
            && tokens[span.upperBound + 1].lower == "which"
    }

    /// Whether the name at `start` follows "A/An/The/Another ... role noun ... ," opening its sentence, at most ten
    /// words with no other punctuation ("The former minister for health, John Smith, said").
    static func isAfterFrontedRoleDescription(_ start: Int, tokens: [AnalysisToken]) -> Bool {
        guard start >= 3, tokens[start - 1].text == "," else { return false }
        var probe = start - 2
        var hasRole = false
        while probe >= 0, probe >= start - 11, tokens[probe].kind == .word, tokens[probe].sentence == tokens[start].sentence {
            if tokens[probe].lexicon.contains(.roleNoun), !tokens[probe].capitalized { hasRole = true }
            if tokens[probe].sentenceStart {
                return hasRole && (tokens[probe].lexicon.contains(.article) || tokens[probe].lower == "another")
            }
            probe -= 1
        }
        return false
    }

    /// Whether the name at `start` follows a comma after a title and its field, which opens the sentence or
    /// follows a comma: "Minister of Agriculture, Zulfikar Mustapha", "Speaker of the House, Nancy Pelosi",
    /// "Health Minister, Jane Roe". The phrase must be titles, then "of"/"for" and one to three capitalised
    /// words, or one or two capitalised words before the titles (not "General Motors, Ford and ...").
    static func isAfterTitleAndComma(_ start: Int, tokens: [AnalysisToken]) -> Bool {
        guard start >= 2, tokens[start - 1].text == ",", tokens[start - 2].kind == .word else { return false }
        let sentence = tokens[start].sentence
        let end = start - 1
        var first = end - 1
        while first > 0, end - first < 6, tokens[first - 1].kind == .word, tokens[first - 1].sentence == sentence { first -= 1 }
        guard tokens[first].sentenceStart || first >= 1 && tokens[first - 1].text == "," else { return false }
        func isTitle(_ index: Int) -> Bool { tokens[index].capitalized && tokens[index].lexicon.contains(.title) }
        var probe = first
        if isTitle(probe) {
            while probe < end, isTitle(probe) { probe += 1 }
            guard probe < end else { return true }
            guard tokens[probe].lower == "of" || tokens[probe].lower == "for" else { return false }
            probe += 1
            if probe < end, tokens[probe].lower == "the" { probe += 1 }
            let field = end - probe
            return (1...3).contains(field) && (probe..<end).allSatisfy { tokens[$0].capitalized }
        }
        while probe < end, probe - first < 2, tokens[probe].capitalized, !isTitle(probe) { probe += 1 }
        guard probe > first, probe < end else { return false }
        while probe < end, isTitle(probe) { probe += 1 }
        return probe == end
    }

    /// Person cues from the words around a name (kept out of `contextCues`, whose token reads the optimiser
    /// would otherwise turn into copies): for one word, a census surname before a speech verb, or a quotation
    /// and its speech verb right before it; for
    /// two or more, initials opening it, "his"/"her" after it, a quotation and a speech verb before it, and
    /// "of"/"from" a body before a speech verb.
    @inline(never)
    private func personCuesAroundName(span: Range<Int>, tokens: [AnalysisToken]) -> Int {
        guard span.count >= 2 else {
            // "the Christie family", "the Hindmarch family": a surname between "the" and "family".
            // (Lengths first: a string compare for every one-word name is dear.)
            if span.lowerBound >= 1, span.upperBound < tokens.count, tokens[span.upperBound].text.utf8.count == 6,
               tokens[span.lowerBound - 1].text.utf8.count == 3, tokens[span.upperBound].lower == "family",
               tokens[span.lowerBound - 1].lower == "the" {
                return 3
            }
            // "Rowe believes ...": a census surname alone, no place, before a speech verb (besides that verb's own cue).
            if Self.isSurnameBeforeSpeechVerb(span.lowerBound, tokens: tokens, gazetteer: gazetteer) { return 1 }
            // "“…,” said Rasmussen.": a one-word name right after a quotation's closing mark and a speech verb,
            // ending the clause, is the speaker.
            let verb = span.lowerBound - 1
            guard verb >= 1, span.upperBound < tokens.count, tokens[verb].lexicon.contains(.speechVerb),
                  tokens[verb - 1].lexicon.contains(.quotationMark), tokens[span.upperBound].kind == .punct else { return 0 }
            let end = tokens[span.upperBound].text
            return end == "." || end == "," ? 2 : 0
        }
        var person = 0
        // "Director of the Ahmed Kathrada Foundation, Neeshan Balton, said": a name in apposition to a role before a
        // speech verb is its subject, as without the commas.
        if Self.isAppositiveBeforeSpeechVerb(span.lowerBound, after: span.upperBound, tokens: tokens) { person += 1 }
        // "G. Kumar Naik", "T.M. Vijay Bhaskar": initials opening a name of two to four words (not "U.S. Army").
        if span.count <= 4, Self.isDottedInitials(tokens[span.lowerBound].text), !isCountryOrState(tokenAt: span.lowerBound, in: tokens),
           tokens[span.upperBound - 1].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord]) {
            person += 2
        }
        // "Mickey Harte has switched his focus": a name opening its sentence, then at most three lowercase words
        // and "his" or "her" (a body is "its").
        // (Read without `||`: a token read in its autoclosure is copied.)
        if tokens[span.lowerBound].sentenceStart ? true : span.lowerBound >= 1 ? tokens[span.lowerBound - 1].text == "," : false {
            var probe = span.upperBound
            while probe < min(tokens.count, span.upperBound + 4), tokens[probe].kind == .word, !tokens[probe].capitalized {
                let word = tokens[probe].lower
                if word == "his" || word == "her" {
                    if probe > span.upperBound { person += 1 }
                    break
                }
                probe += 1
            }
        }
        // "“…,” said villager Maung Ba Saw.": after a quotation, a speech verb and one or two lowercase words
        // (whatever noun describes the speaker), a name of up to four words that ends the clause is the speaker.
        if span.count <= 4, span.lowerBound >= 3,
           span.upperBound >= tokens.count || tokens[span.upperBound].kind == .punct {
            var verb = span.lowerBound - 1
            while verb > span.lowerBound - 3, tokens[verb].kind == .word, !tokens[verb].capitalized,
                  tokens[verb].lexicon.isDisjoint(with: [.commonWord, .speechVerb]) {
                verb -= 1
            }
            if verb < span.lowerBound - 1, verb >= 1, tokens[verb].lexicon.contains(.speechVerb),
               tokens[verb - 1].lexicon.contains(.quotationMark) {
                person += 2
            }
        }
        // "An old resident of Gaborone, Kitsiso Mmele has lived ...": a description with an article (or
        // "another") opening the sentence, holding a role noun, set before the name by a comma.
        if Self.isAfterFrontedRoleDescription(span.lowerBound, tokens: tokens) { person += 3 }
        // "On Saturday, Minister of Agriculture, Zulfikar Mustapha visited": a title and its field set before the
        // name by a comma.
        if Self.isAfterTitleAndComma(span.lowerBound, tokens: tokens) { person += 3 }
        // "Kenea Yadeta (PhD) said", "Jane Roe, RN,": a degree's letters after a name, in brackets or after a comma.
        if span.upperBound + 1 < tokens.count, tokens[span.upperBound].text == "(" ? true : tokens[span.upperBound].text == ",",
           Self.postNominals.contains(lowerOf: span.upperBound + 1, in: tokens) {
            person += 3
        }
        // "a netizen named Tran Quyen", "a man called Dao Minh": a person's noun, "named" or "called", then the name.
        if span.lowerBound >= 2, Self.namingParticiples.contains(lowerOf: span.lowerBound - 1, in: tokens),
           tokens[span.lowerBound - 2].lexicon.contains(.roleNoun) ? true : Self.personNouns.contains(lowerOf: span.lowerBound - 2, in: tokens) {
            person += 3
        }
        // "Agus Wibowo of BNPB explained": a name, "of" or "from" and a body's name before a speech verb.
        if span.upperBound + 2 < tokens.count, tokens[span.upperBound].lower == "of" ? true : tokens[span.upperBound].lower == "from" {
            var probe = span.upperBound + 1
            if tokens[probe].lower == "the" { probe += 1 }
            let bodyStart = probe
            while probe < min(tokens.count, bodyStart + 6), tokens[probe].kind == .word, tokens[probe].capitalized { probe += 1 }
            if probe > bodyStart, probe < tokens.count, tokens[probe].lexicon.contains(.speechVerb) { person += 2 }
        }
        // "Cleopas Sipho Dlamini": a word no list knows before a given name and one or two more name words.
        if span.count >= 3, span.count <= 4, Self.unknownWordOpensPersonName(span, tokens: tokens, gazetteer: gazetteer) { person += 2 }
        return person
    }

    /// Whether a name of three or four words opens with a word no list knows (no English word, given name,
    /// title or place) before a capitalised given name, with no head word of a body or place among its words: "Cleopas
    /// Sipho Dlamini", whose first word is a given name the lists lack.
    /// (Tokens read in place by index in loops: a token read in a closure is copied.)
    @inline(never)
    private static func unknownWordOpensPersonName(_ span: Range<Int>, tokens: [AnalysisToken], gazetteer: Gazetteer) -> Bool {
        let first = span.lowerBound
        guard tokens[first + 1].capitalized, tokens[first + 1].lexicon.contains(.givenName),
              tokens[first].lexicon.isDisjoint(with: [.givenName, .knownOrganization, .knownOutlet, .title, .roleNoun, .hyphenated, .noLowercase])
        else { return false }
        for position in span where !tokens[position].lexicon.isDisjoint(with: [.organizationHead, .locationHead, .institutionWord]) {
            return false
        }
        return !AnalysisLexicon.englishWords.contains(hash: tokens[first].lowerHash) && !gazetteer.knowsPlace(joining: tokens[first...first])
    }

    /// Participles that introduce a name after the noun they describe ("a netizen named …").
    private static let namingParticiples: WordSet = ["named", "called"]

    /// Nouns for a person that are no role ("a man named …"), besides `AnalysisLexicon.roleNouns`.
    private static let personNouns: WordSet = [
        "man", "woman", "boy", "girl", "person", "netizen", "user", "individual", "child", "teenager", "teen",
        "youth", "lady", "guy", "gentleman", "baby", "toddler", "pensioner", "villager", "local", "customer",
    ]

    /// The words' texts joined by single spaces (one string, no intermediate array).
    static func joinedTexts(_ words: ArraySlice<AnalysisToken>) -> String {
        var joined = ""
        joined.reserveCapacity(words.reduce(words.count) { $0 + $1.text.utf8.count })
        for position in words.indices {
            if position > words.startIndex { joined.append(" ") }
            joined.append(words[position].text)
        }
        return joined
    }

    /// Whether a capitalised word names nothing by itself: no given name, place (when a gazetteer is given),
    /// known organisation or outlet, acronym or brand-like inner capital ("Food", "Customs", "Fish"; not
    /// "Boeing", "SpaceX", "Oxford").
    private static func isPlainWord(_ token: AnalysisToken, gazetteer: Gazetteer?) -> Bool {
        token.kind == .word && token.lexicon.isDisjoint(with: [.givenName, .knownOrganization, .knownOutlet, .hyphenated, .nonASCII])
            && token.text.utf8.count >= 3 && !hasInnerCapital(token.text)
            && token.text.utf8.dropFirst().allSatisfy({ $0 &- UInt8(ascii: "a") < 26 })
            && gazetteer?.knowsPlace(named: token.text) != true
    }

    /// Titles that stand only before a person's whole name ("Mr Afeeq Aizudean Abdul Rasol", "Justice Syed
    /// Mazahar Ali Akbar Naqvi"), unlike office titles that may end a body's name ("Minister for Foreign Affairs").
    static let honorifics: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "justice", "prof", "prof.", "professor", "alhaji", "alhaja", "hajia",
        "mallam", "malam",
        "shri", "shree", "smt", "smt.",
    ]

    /// Whether a word's bytes are a capital and one to four lowercase ASCII letters ("Noh", "Moon", "Tsai", "Kyu").
    private static func isShortCapitalizedSyllable<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard (2...5).contains(bytes.count), let first = bytes.first, first &- UInt8(ascii: "A") < 26 else { return false }
        return bytes.dropFirst().allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
    }

    /// Whether a word is two syllables of two to five ASCII letters joined by a hyphen, the first capitalised and
    /// the second lowercase ("Kyu-duk", "Jae-in"), and its first syllable no English prefix ("Anti-war").
    private static func isHyphenatedGivenName(_ word: String) -> Bool {
        let parts = word.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2, isShortCapitalizedSyllable(parts[0]), (2...5).contains(parts[1].count),
              parts[1].allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) else { return false }
        return !englishPrefixes.contains(String(decoding: parts[0], as: UTF8.self).lowercased())
            && !englishCompoundEnds.contains(String(decoding: parts[1], as: UTF8.self))
    }

    /// Second parts of English compounds after a name ("Kyiv-based", "Iran-led", "Obama-era").
    private static let englishCompoundEnds: WordSet = [
        "based", "led", "born", "bound", "wide", "era", "made", "owned", "run", "style", "type", "like", "free",
        "rich", "only", "proof", "held", "built", "wise", "long", "sized", "level", "class", "grown", "bred",
        "side", "area", "zone", "wing", "day", "year", "time", "line", "scale", "range", "shaped", "ready",
    ]

    /// Prefixes that form English hyphenated words ("Anti-war", "Post-war", "Self-help").
    private static let englishPrefixes: WordSet = [
        "anti", "post", "pre", "non", "ex", "co", "pro", "self", "semi", "multi", "mid", "well", "high", "low",
        "all", "re", "de", "sub", "over", "under", "out", "off", "half", "full", "long", "short", "cross", "e",
        "x", "vice", "inter", "intra", "extra", "ultra", "mega", "micro", "mini", "neo", "pan", "quasi", "twin",
        "one", "two", "three", "four", "five", "six", "ten", "year", "old", "new", "far", "near", "by", "up",
    ]

    /// Prepositions that end an appositive's head noun phrase (", a scholar at the institute").
    private static let appositivePrepositions: WordSet = ["at", "of", "with", "for", "in", "from", "on", "by"]
    /// Determiners other than articles that open an appositive description.
    private static let appositiveDeterminers: WordSet = ["another", "his", "her", "their", "its", "our"]

    /// Whether the word at `index` opens an appositive description: an article or `appositiveDeterminers`.
    @inline(never)
    private static func opensAppositive(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        tokens[index].lexicon.contains(.article) || appositiveDeterminers.contains(lowerOf: index, in: tokens)
    }

    /// Words that end the lowercase words of an appositive's role (", press adviser to ...").
    private static let appositiveStops: WordSet = [
        "the", "a", "an", "who", "which", "that", "is", "was", "has", "had", "and", "or", "but", "of", "at", "for",
        "with", "in", "on", "to", "from", "by", "as",
    ]

    /// Whether a name stands alone in brackets after the last sentence of its paragraph ("... calm and
    /// stable. (Antara)"): the credit of the agency the text came from.
    private func isBracketedCredit(_ range: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        guard range.lowerBound >= 2, range.upperBound < tokens.count, tokens[range.lowerBound - 1].text == "(",
              tokens[range.lowerBound - 2].text == ".", tokens[range.upperBound].text == ")" else { return false }
        let next = range.upperBound + 1
        return next == tokens.count || tokens[next].paragraph != tokens[range.lowerBound].paragraph
    }

    /// Whether a word is one capital letter and a period ("A.").
    /// Whether every word of `span` is a capitalised word in lowercase letters after the first that no English word
    /// list, title, head word or known name holds, or a given name or census surname, and one is no English word
    /// at all ("Achraf Dari", "Sharjeel Khan"; not "Grand Bahama", "New Delhi").
    @inline(never)
    static func isNameOfUnknownWords(_ span: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        // The word lists' bits first, for every word: the hashed look-ups below are cache misses.
        for index in span {
            let lists = tokens[index].lexicon
            guard tokens[index].kind == .word, tokens[index].capitalized, !lists.contains(.noLowercase), !lists.contains(.hyphenated),
                  lists.isDisjoint(with: [.title, .titleModifier, .organizationHead, .locationHead, .institutionWord, .knownOrganization,
                                          .knownOutlet, .month, .weekday, .nameParticle]) else { return false }
        }
        var sawUnknown = false
        for index in span {
            let lists = tokens[index].lexicon
            if !Self.isEnglishWord(index, tokens: tokens) {
                sawUnknown = true
            } else if !lists.contains(.givenName), !AnalysisLexicon.isSurname(tokens[index]) {
                return false
            }
        }
        return sawUnknown
    }

    /// The first number inside a name after its first word ("BBC Radio 4", "FOX 10"), if any.
    @inline(never)
    static func numberInName(_ range: Range<Int>, tokens: [AnalysisToken]) -> Int? {
        range.dropFirst().first { tokens[$0].kind == .number }
    }

    /// Whether the comma at `comma` ends a title or role noun with its field after "of" or "for" ("the Minister of
    /// the Interior,", "The CEO of Saab,", "State Secretary for Defence,", "the Minister of Energy, Mines and Petroleum
    /// Resources,"): up to nine capitalised words, commas, "the" and "and" back from the comma to the preposition, in
    /// one sentence.
    @inline(never)
    static func followsTitleWithField(comma: Int, tokens: [AnalysisToken]) -> Bool {
        var probe = comma - 1
        while probe >= 1, probe >= comma - 10, tokens[probe].sentence == tokens[comma].sentence {
            if ofOrFor.contains(lowerOf: probe, in: tokens) {
                return probe < comma - 1 && !tokens[probe - 1].lexicon.isDisjoint(with: [.title, .roleNoun])
            }
            guard tokens[probe].kind == .word && tokens[probe].capitalized || articlesAndAnd.contains(lowerOf: probe, in: tokens)
                || tokens[probe].text == "," && probe < comma - 1 else { return false }
            probe -= 1
        }
        return false
    }

    /// Whether the name at `span` follows "By" opening its paragraph, at `by`, and nothing but a date or punctuation
    /// follows it in the paragraph: a byline.
    @inline(never)
    static func isBylineName(_ span: Range<Int>, by: Int, tokens: [AnalysisToken]) -> Bool {
        guard by + 1 == span.lowerBound, tokens[by].text == "By", by == 0 || tokens[by - 1].paragraph != tokens[by].paragraph,
              span.count >= 2, span.count <= 4 else { return false }
        let next = span.upperBound
        return next == tokens.count || tokens[next].paragraph != tokens[by].paragraph || tokens[next].kind != .word
            || tokens[next].lexicon.contains(.month)
    }

    /// Whether the token after `last` goes on with a list or a longer name: "and", "or", or a capitalised word.
    @inline(never)
    static func continuesList(after last: Int, tokens: [AnalysisToken]) -> Bool {
        let next = last + 1
        return next < tokens.count && (tokens[next].capitalized || tokens[next].lower == "and" || tokens[next].lower == "or")
    }

    /// Lists whose words name a known body, outlet or kind of place or body.
    static let knownNameLists: AnalysisLexicon.Lists = [.knownOrganization, .knownOutlet, .organizationHead, .locationHead, .institutionWord]

    /// "the" and "and" inside a title's field ("Minister of the Interior", "Secretary for Trade and Industry").
    static let articlesAndAnd: WordSet = ["the", "and"]

    /// Whether the run's last three words from `given` are a name with a middle initial ("Harmeet K. Dhillon"):
    /// a capitalised word that is no title, an initial, a last word. Such a name opens with a given name even
    /// when no list knows it ("Civil Rights Division Harmeet K. Dhillon").
    @inline(never)
    static func opensNameWithMiddleInitial(_ given: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        end - given == 3 && tokens[given].kind == .word && tokens[given].capitalized && !tokens[given].lexicon.contains(.title)
            && !tokens[given].lexicon.contains(.noLowercase) && isInitial(tokens[given + 1].text) && tokens[given + 2].capitalized
    }

    private static func isInitial(_ text: String) -> Bool {
        text.utf8.count == 2 && isDottedInitials(text)
    }

    /// Whether an ASCII word has a capital after a lowercase letter past its second letter ("WeWork",
    /// "SoftBank", "PanARMENIAN"), other than a surname prefix (Mc, Mac, De, Di, Da, Du, La, Le, Van, Von).
    private static func hasInnerCapital(_ word: String) -> Bool {
        if let answer = word.utf8.withContiguousStorageIfAvailable({ hasInnerCapital(bytes: $0) }) { return answer }
        return Array(word.utf8).withUnsafeBufferPointer { hasInnerCapital(bytes: $0) }
    }

    /// The surname prefixes `hasInnerCapital` passes over, as bytes.
    private static let surnamePrefixes: [[UInt8]] = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von"].map { Array($0.utf8) }

    /// `hasInnerCapital` over a word's UTF-8 bytes (an ASCII word's characters are its bytes, so the
    /// prefix test compares bytes).
    private static func hasInnerCapital(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        var capitals = 0
        for byte in bytes {
            // Letters only, at most three capitals: not a URL fragment ("XPxUJuyIAC").
            guard (byte | 0x20) &- UInt8(ascii: "a") < 26, byte < 0x80 else { return false }
            if byte &- UInt8(ascii: "A") < 26 { capitals += 1 }
        }
        guard capitals <= 3 else { return false }
        for prefix in surnamePrefixes where bytes.count > prefix.count && bytes.starts(with: prefix) {
            if bytes[prefix.count] &- UInt8(ascii: "A") < 26 { return false }
        }
        for position in 2..<bytes.count where bytes[position] &- UInt8(ascii: "A") < 26 {
            if bytes[position - 1] &- UInt8(ascii: "a") < 26 { return true }
        }
        return false
    }

    /// Whether `tokens[index]`'s text starts with "al-" or "el-" (compared as bytes when it is ASCII; the
    /// token is read in place, since a copy would retain and release its strings).
    private static func startsWithArabicArticle(_ index: Int, in tokens: [AnalysisToken]) -> Bool {
        if tokens[index].kind == .word, !tokens[index].lexicon.contains(.nonASCII) {
            var bytes = tokens[index].text.utf8.makeIterator()
            let first = bytes.next(), second = bytes.next(), third = bytes.next()
            return (first == UInt8(ascii: "a") || first == UInt8(ascii: "e")) && second == UInt8(ascii: "l") && third == UInt8(ascii: "-")
        }
        return tokens[index].text.hasPrefix("al-") || tokens[index].text.hasPrefix("el-")
    }

    /// Drops the mentions that join two names the body uses apart by one English word between them, as a
    /// subheading in title case does ("Eric Adams Presents Fat Joe With A Key ..." after "Eric Adams surprised
    /// Fat Joe"): grouped as one, the run would make the two persons one. Each side must be two words or more
    /// and a key of the body's own mentions.
    @inline(never)
    private func removeJointNames(
        from mentions: inout [NameMention], keys mentionKeys: inout [Int], tokens: [AnalysisToken], text: AnalysisText,
        isBodyKey: (String) -> Bool
    ) {
        func isBodyRange(_ range: Range<Int>) -> Bool {
            isBodyKey(AnalysisTokenizer.source(of: range, tokens: tokens, in: text).lowercased())
        }
        func joins(_ range: Range<Int>) -> Bool {
            range.count >= 5 && ((range.lowerBound + 2)...(range.upperBound - 3)).contains { middle in
                tokens[middle].kind == .word && tokens[middle].capitalized
                    && Self.isEnglishWord(middle, tokens: tokens)
                    && !AnalysisLexicon.nameParticles.contains(lowerOf: middle, in: tokens)
                    && isBodyRange(range.lowerBound..<middle) && isBodyRange((middle + 1)..<range.upperBound)
            }
        }
        // Most articles have none: the arrays are rewritten only from the first.
        guard let firstJoint = mentions.firstIndex(where: { joins($0.tokens) }) else { return }
        var kept = firstJoint
        for position in (firstJoint + 1)..<mentions.count where !joins(mentions[position].tokens) {
            mentions[kept] = mentions[position]
            mentionKeys[kept] = mentionKeys[position]
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
        mentionKeys.removeLast(mentionKeys.count - kept)
    }

    /// Mentions in the title (paragraph -1) that match a body name or a gazetteer country.
    ///
    /// `bodyKeyHashes` holds the FNV-1a hash of every key `isBodyKey` may accept (nil: no such filter). A
    /// title span whose text is ASCII is ruled out from its bytes when the hash of their lowercase form
    /// is not there and the gazetteer rules out a country (`certainlyNotCountry`); only the others are
    /// made into strings and asked about.
    private func titleMentions(
        tokens: [AnalysisToken], text: AnalysisText, bodyKeyHashes: HashBitFilter?, isBodyKey: (String) -> Bool
    ) -> [NameMention] {
        var result: [NameMention] = []
        var index = 0
        while index < tokens.count, tokens[index].paragraph < 0 {
            var matched = false
            for length in stride(from: 4, through: 1, by: -1) where index + length <= tokens.count {
                let range = index..<(index + length)
                guard range.allSatisfy({ tokens[$0].paragraph < 0 && tokens[$0].kind == .word }) else { continue }
                if let bodyKeyHashes, Self.isRuledOut(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end,
                                                      in: text, bodyKeyHashes: bodyKeyHashes, gazetteer: gazetteer) {
                    continue
                }
                let mentionText = AnalysisTokenizer.source(of: range, tokens: tokens, in: text)
                let key = mentionText.lowercased()
                if isBodyKey(key) || gazetteer.isCountry(named: mentionText) {
                    result.append(NameMention(tokens: range, text: mentionText, key: key))
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return result
    }

    /// Whether the title span with these source bytes is certainly no body key and no country (see
    /// `titleMentions`): only for ASCII text, whose lowercase form (the key) is its bytes lowercased.
    private static func isRuledOut(_ bytes: Range<Int>, in text: AnalysisText, bodyKeyHashes: HashBitFilter, gazetteer: Gazetteer) -> Bool {
        text.utf8.withUnsafeBufferPointer { utf8 in
            let span = UnsafeBufferPointer(rebasing: utf8[bytes])
            guard !span.contains(where: { $0 >= 0x80 }) else { return false }
            return !bodyKeyHashes.mayContain(SimHash.fnv1aOfASCIILowercased(span)) && gazetteer.certainlyNotCountry(asciiName: span)
        }
    }

    // MARK: Grouping

    /// What the mentions of one key have shown: their summed type cues, whether every one opened a
    /// sentence (nil before the first), whether one was followed by "'s", whether one followed an outlet
    /// noun, and whether one is still a mention after ordinary words are dropped.
    struct KeyRecord {
        var cues = TypeCues()
        var sentenceInitialOnly: Bool? = nil
        var possessed = false
        var isOutlet = false
        var isInBody = false
    }

    private struct Form {
        var key: String
        /// The key's index in the recogniser's key records.
        var keyID: Int
        var text: String
        var words: [String]
        var cues: TypeCues
        var count: Int
        var firstMention: Int
        var cluster = -1
        /// What the word lists and the gazetteer say of `key` and `text`, looked up once per form.
        var facts = FormFacts()
    }

    /// The look-ups `classify`, `bestCluster` and `isOutlet` make on a form's own key and text.
    private struct FormFacts {
        var isKnownOrganization = false
        var isKnownOutlet = false
        var isWorldRegion = false
        var isAcronym = false
        var place: GazetteerPlace? = nil

        var isCountryOrState: Bool { place.map { $0.kind == .country || $0.kind == .state } ?? false }
    }

    /// The facts of a form whose key and text are final (`certainlyNoPlace`: `Gazetteer.certainlyNoPlace`
    /// of the text).
    private func facts(key: String, text: String, certainlyNoPlace: Bool) -> FormFacts {
        let keyLists = asciiLists(of: key)
        var lowerKey = key
        var lowerKeyLists = keyLists
        if key.hasPrefix("the ") {
            lowerKey = String(key.dropFirst(4))
            lowerKeyLists = asciiLists(of: lowerKey)
        }
        return FormFacts(
            isKnownOrganization: lowerKeyLists.map { $0.contains(.knownOrganization) }
                ?? AnalysisLexicon.knownOrganizations.contains(lowerKey),
            isKnownOutlet: lowerKeyLists.map { $0.contains(.knownOutlet) } ?? AnalysisLexicon.knownOutlets.contains(lowerKey),
            isWorldRegion: keyLists.map { $0.contains(.worldRegion) } ?? AnalysisLexicon.worldRegions.contains(key),
            isAcronym: isAcronym(text),
            place: certainlyNoPlace ? nil : gazetteer.place(named: text)
        )
    }

    private struct Cluster {
        var forms: [Int]
        var type: EntityType?
    }

    /// The word lists of a lowercase key or word, from the word-list table, when it is ASCII without
    /// capitals; nil for other text. For such text the table's byte comparison answers what the lists'
    /// `Set<String>` would: an ASCII entry equals it only byte for byte, and a non-ASCII entry never (the
    /// lists' non-ASCII entries do not decompose to ASCII, `testListEntriesCompareAsBytes`), and one
    /// probe (most often answered by the table's bit filter) replaces hashing the whole text.
    private func asciiLists(of lower: String) -> AnalysisLexicon.Lists? {
        var lower = lower
        return lower.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 &- UInt8(ascii: "A") < 26 }) else { return nil }
            return gazetteer.lexicon.lists(ofASCIILowercased: bytes, hash: SimHash.fnv1a(bytes))
        }
    }

    /// Whether a lowercase key or word is in `list`, whose word-list bit is `bit` (`asciiLists(of:)`).
    private func isListed(_ lower: String, in bit: AnalysisLexicon.Lists, _ list: Set<String>) -> Bool {
        asciiLists(of: lower).map { $0.contains(bit) } ?? list.contains(lower)
    }

    private func group(
        mentions: [NameMention], mentionKeys: [Int], keys: [KeyRecord], tokens: [AnalysisToken]
    ) -> Result {
        var forms: [Form] = []
        forms.reserveCapacity(keys.count)
        /// The form of each key, or -1.
        var formOfKey = [Int](repeating: -1, count: keys.count)
        /// The form of each mention.
        var formOfMention: [Int] = []
        formOfMention.reserveCapacity(mentions.count)
        for (position, mention) in mentions.enumerated() {
            let keyID = mentionKeys[position]
            if formOfKey[keyID] >= 0 {
                let existing = formOfKey[keyID]
                formOfMention.append(existing)
                forms[existing].count += 1
                // Prefer a form as written in running text over a dateline's capitals.
                if isAllCapitals(forms[existing].text), !isAllCapitals(mention.text) { forms[existing].text = mention.text }
                continue
            }
            let words = tokens[mention.tokens].map { comparable($0.lower) }
            formOfMention.append(forms.count)
            formOfKey[keyID] = forms.count
            forms.append(Form(
                key: mention.key, keyID: keyID, text: mention.text, words: words, cues: keys[keyID].cues,
                count: 1, firstMention: position
            ))
        }

        // The gazetteer's bit filter is asked about every form's text in one loop first, so its cache misses
        // overlap; `facts` then looks up only the texts it does not rule out.
        let noPlace = gazetteer.certainlyNoPlace(named: forms.indices.map { forms[$0].text })
        for formID in forms.indices {
            forms[formID].facts = facts(key: forms[formID].key, text: forms[formID].text, certainlyNoPlace: noPlace[formID])
        }

        // Longest forms first, so shorter forms can join them.
        // The sort keys are gathered first, so comparisons read a compact array instead of the forms
        // (each form's first mention differs, so the order is total).
        let sortKeys = forms.indices.map { (forms[$0].words.count, Self.characterCount(forms[$0].key), -forms[$0].firstMention) }
        let order = forms.indices.sorted { sortKeys[$0] > sortKeys[$1] }
        var clusters: [Cluster] = []
        clusters.reserveCapacity(forms.count)
        var index = ClusterIndex()
        // Every form's own type first, in one loop, so the typing rules' code stays in the instruction cache
        // (as `recognize` runs each family of rules over all candidates). The same as typing each form at its
        // turn below: `classify` reads only the form itself, whose cues change only after its turn.
        let ownTypes = forms.indices.map { classify($0, in: forms) }
        for formID in order {
            // The form is read in place (`forms[formID]`): a copy would retain and release its strings
            // and arrays. Only its cues and cluster change below, after the last read of its cues.
            let ownType = ownTypes[formID]
            var target: Int? = nil
            if ownType != .location || forms[formID].words.count == 1 {
                target = bestCluster(
                    for: formID, ownType: ownType, index: index, clusters: clusters, forms: forms, mentions: mentions, tokens: tokens
                )
            }
            if target == nil, forms[formID].words.count == 1, ownType != .location, ownType != .organization,
               !index.untypedByLastWord.isEmpty, let word = forms[formID].words.first, let untyped = index.untypedByLastWord[word],
               untyped.count == 1 {
                // "Dan Ives ... Ives said": a surname used alone marks the full name as a person's.
                target = untyped[0]
                forms[formID].cues.person += 2
            }
            if let target {
                // "LeBron James ... James said": a surname used alone is a person's, whatever else it names.
                if forms[formID].words.count == 1, clusters[target].type == .person { forms[formID].cues.person += 2 }
                forms[formID].cluster = target
                clusters[target].forms.append(formID)
            } else {
                let clusterID = clusters.count
                forms[formID].cluster = clusterID
                clusters.append(Cluster(forms: [formID], type: ownType))
                switch ownType {
                case .person?:
                    let words = forms[formID].words
                    // Each distinct word once (the order does not matter: each list is keyed by its word).
                    for (position, word) in words.enumerated()
                    where !words[..<position].contains(word) && !AnalysisLexicon.nameParticles.contains(word) {
                        index.personsByWord[word, default: []].append(clusterID)
                        if word.count >= 5, let first = word.unicodeScalars.first {
                            index.fuzzyPersonWords[first, default: []].append((word, clusterID))
                        }
                    }
                case .organization?:
                    let form = forms[formID]
                    let initials = acronym(of: form.text)
                    if initials.count >= 2 { index.organizationsByAcronym[initials, default: []].append(clusterID) }
                    // "House of Representatives" ... "the House", "Senate of Pakistan" ... "the Senate": an institution's
                    // head word before "of" is the body's short name.
                    if form.words.count >= 3, form.words[1] == "of", AnalysisLexicon.headWordInstitutions.contains(form.words[0]) {
                        index.organizationsByShortName[form.words[0], default: []].append(clusterID)
                    }
                    // "Veltrix Semiconductor Corp" -> "Veltrix Semiconductor" -> "Veltrix": the suffix, then a head.
                    let allWritten = Self.spaceSeparatedWords(form.text)
                    var words = form.words[...]
                    var written = allWritten[...]
                    var droppedSuffix = false
                    if words.count >= 2, let last = words.last, AnalysisLexicon.corporateSuffixes.contains(last) {
                        words = words.dropLast()
                        written = written.dropLast()
                        droppedSuffix = true
                        index.organizationsByShortName[words.joined(separator: " "), default: []].append(clusterID)
                    }
                    if !droppedSuffix || written.count == words.count, words.count >= 2, let last = words.last,
                       AnalysisLexicon.companyHeads.contains(last),
                       !AnalysisLexicon.isGivenName(words[words.startIndex]) {
                        let shortName = written.dropLast().joined(separator: " ")
                        if !gazetteer.knowsPlace(named: shortName) {
                            index.organizationsByShortName[words.dropLast().joined(separator: " "), default: []].append(clusterID)
                        }
                    }
                    // "Oklahoma City Thunder" ... "the Thunder": a team or body named by its place and a name; also
                    // "Tottenham Hotspur" ... "Tottenham said": the place alone where it names a body (only a form
                    // typed as an organisation joins, and only one body so named).
                    if allWritten.count == form.words.count, allWritten.count >= 2,
                       let placeLength = (1..<min(allWritten.count, 6)).reversed().first(where: {
                           gazetteer.knowsPlace(named: Self.leadingWords($0, of: allWritten, in: form.text))
                       }) {
                        index.organizationsByShortName[form.words[placeLength...].joined(separator: " "), default: []].append(clusterID)
                        index.organizationsByShortName[form.words[..<placeLength].joined(separator: " "), default: []].append(clusterID)
                    }
                case nil:
                    if forms[formID].words.count >= 2, let last = forms[formID].words.last, !AnalysisLexicon.organizationHeads.contains(last),
                       !AnalysisLexicon.locationHeads.contains(last) {
                        index.untypedByLastWord[last, default: []].append(clusterID)
                    }
                default:
                    break
                }
            }
        }

        /// Moves the forms of cluster `source` into `target`, leaving `source` empty (removed below).
        func merge(_ source: Int, into target: Int) {
            for formID in clusters[source].forms { forms[formID].cluster = target }
            clusters[target].forms.append(contentsOf: clusters[source].forms)
            clusters[source].forms = []
        }
        // Names of one country ("U.S.", "United States") or US state ("Illinois", "Ill.": one state's entries share
        // its coordinates) are one entity, under the longest name (the clusters were made longest first). A
        // country's parts named as countries ("England", "Scotland": the same code, their own coordinates) stay apart.
        /// A country or state: its code and coordinates (a struct, not a string: formatting the coordinates
        /// as text cost more than the rest of this loop).
        struct PlaceIdentity: Hashable {
            var code: String
            var latitude: Double
            var longitude: Double
        }
        var clusterForPlace: [PlaceIdentity: Int] = [:]
        for clusterID in clusters.indices {
            // Forms are read in place here and below (a copy retains and releases their strings and arrays).
            guard clusters[clusterID].type == .location, let place = forms[clusters[clusterID].forms[0]].facts.place,
                  let code = place.countryCode else { continue }
            let key: PlaceIdentity
            switch place.kind {
            case .country: key = PlaceIdentity(code: code, latitude: place.latitude ?? 0, longitude: place.longitude ?? 0)
            case .state:
                guard let latitude = place.latitude, let longitude = place.longitude else { continue }
                key = PlaceIdentity(code: code, latitude: latitude, longitude: longitude)
            default: continue
            }
            if let target = clusterForPlace[key] {
                merge(clusterID, into: target)
            } else {
                clusterForPlace[key] = clusterID
            }
        }
        // "Trinidad and Tobago ... Trinidad": the first part of a country (or state) named with "and" is that place.
        for target in clusterForPlace.values {
            let countryWords = forms[clusters[target].forms[0]].words
            guard countryWords.count >= 3, let and = countryWords.firstIndex(of: "and"), and >= 1 else { continue }
            let firstPart = countryWords[..<and].joined(separator: " ")
            for clusterID in clusters.indices where clusterID != target && clusters[clusterID].type == .location {
                guard clusters[clusterID].forms.contains(where: { forms[$0].key == firstPart }) else { continue }
                merge(clusterID, into: target)
            }
        }
        clusters.removeAll { $0.forms.isEmpty }
        for clusterID in clusters.indices {
            for formID in clusters[clusterID].forms { forms[formID].cluster = clusterID }
        }

        // Types from all the forms' evidence, then the typer's second opinion on the names no list or gazetteer
        // entry types.
        var clusterCues = [TypeCues](repeating: TypeCues(), count: clusters.count)
        for clusterID in clusters.indices {
            for formID in clusters[clusterID].forms { clusterCues[clusterID].add(forms[formID].cues) }
            clusters[clusterID].type = classify(clusters[clusterID].forms[0], in: forms, cues: clusterCues[clusterID])
        }
        var typingExamples: [NameTypingExample] = []
        if !nameTyper.isEmpty || collectsTypingExamples {
            let contexts = Self.typingContexts(
                clusterCount: clusters.count, mentions: mentions, clusterOfMention: { forms[formOfMention[$0]].cluster }, tokens: tokens
            )
            var features = NameTypingFeatures(named: collectsTypingExamples)
            // Clusters with a mention right after an honorific ("Lady Hale", "Dr Hale").
            var followsHonorific = [Bool](repeating: false, count: clusters.count)
            for mentionID in mentions.indices {
                let start = mentions[mentionID].tokens.lowerBound
                if start >= 1, Self.honorifics.contains(lowerOf: start - 1, in: tokens) {
                    followsHonorific[forms[formOfMention[mentionID]].cluster] = true
                }
            }
            for clusterID in clusters.indices {
                // What the word lists and the gazetteer know stands: a known body, a world region, a country or a
                // state ("West Bank", "Pakistan said") keeps the rules' type, whatever its context.
                let facts = forms[clusters[clusterID].forms[0]].facts
                if facts.isKnownOrganization || facts.isWorldRegion || facts.isCountryOrState { continue }
                let rule = clusters[clusterID].type
                // "the Baltimore Sun", "the Toronto Star": a place's name and an outlet's head word that the rules
                // type as a body is a news outlet, however its contexts read (the typer had made the Sun a person).
                if rule == .organization, isPlaceNamedOutlet(forms[clusters[clusterID].forms[0]]) { continue }
                features.removeAll()
                addTypingFeatures(
                    clusters[clusterID].forms[0], in: forms, formCount: clusters[clusterID].forms.count, rule: rule,
                    cues: clusterCues[clusterID], context: contexts[clusterID], mentions: mentions, tokens: tokens,
                    to: &features
                )
                if collectsTypingExamples {
                    typingExamples.append(NameTypingExample(
                        name: forms[clusters[clusterID].forms[0]].text, forms: clusters[clusterID].forms.map { forms[$0].text },
                        ruleType: rule?.rawValue, features: features.identifiers.map(ArticleJSON.hex64),
                        featureNames: features.names ?? []
                    ))
                }
                // ("Listen To The Music": a name the rules drop with a title-case break word inside is a work's title or
                // a headline's words, which the typer's rescue of dropped names would make a body.)
                let isTitleCaseRun = rule == nil
                    && forms[clusters[clusterID].forms[0]].words.dropFirst().contains(where: { Self.titleCaseBreakWords.contains($0) })
                // "A man from Bog Walk", "near Ahero": a town of the gazetteer's second file that a place's preposition
                // introduces keeps the rules' type (the model had made Bog Walk a body by its ending).
                let isTownAfterPreposition = rule == .location && facts.place == nil && clusterCues[clusterID].location >= 1
                    && gazetteer.town(named: forms[clusters[clusterID].forms[0]].text) != nil
                if !nameTyper.isEmpty, !isTitleCaseRun, !isTownAfterPreposition {
                    clusters[clusterID].type = nameTyper.type(rule: rule, features: features.identifiers)
                }
                // "the Supreme Court’s president, Lady Hale, said": the rules' person after an honorific stands, though
                // the gazetteer's town of Hale leads the model to a place.
                if rule == .person, followsHonorific[clusterID] { clusters[clusterID].type = .person }
                // "told BBC Radio 4", "FOX 10 agreed": a name with a number is no person's, whatever its context says;
                // with a channel's number after a broadcaster's word, a broadcaster's. (After the model, so its
                // training examples keep the rules' own types.)
                if clusters[clusterID].type == .person,
                   let number = Self.numberInName(mentions[forms[clusters[clusterID].forms[0]].firstMention].tokens, tokens: tokens) {
                    clusters[clusterID].type = Self.numberedChannels.contains(lowerOf: number - 1, in: tokens) ? .organization : nil
                }
            }
        }

        var result = Result()
        result.typingExamples = typingExamples
        result.mentionStartingAt = MentionStarts(tokenCount: tokens.count)
        result.entities.reserveCapacity(clusters.count)
        result.isOutlet.reserveCapacity(clusters.count)
        result.isCountry.reserveCapacity(clusters.count)
        /// The entity of each cluster, or -1.
        var entityForCluster = [Int](repeating: -1, count: clusters.count)
        let firstMentions = clusters.map { cluster in
            cluster.forms.reduce(Int.max) { min($0, forms[$1].firstMention) }
        }
        let firstMentionOrder = clusters.indices.sorted { firstMentions[$0] < firstMentions[$1] }
        for clusterID in firstMentionOrder {
            let cluster = clusters[clusterID]
            guard let type = cluster.type else { continue }
            let canonical = cluster.forms[0]
            // "the Army" beside "the Mahdi Army": an institution named by its head word alone may be that body.
            if type == .organization, AnalysisLexicon.headWordInstitutions.contains(forms[canonical].key) {
                let suffix = " " + forms[canonical].key
                if clusters.contains(where: { $0.type == .organization && forms[$0.forms[0]].key.hasSuffix(suffix) }) { continue }
            }
            let others = cluster.forms.dropFirst().sorted { forms[$0].firstMention < forms[$1].firstMention }
            var entity = Entity(
                type: type, name: forms[canonical].text,
                mentions: others.map { forms[$0].text },
                count: cluster.forms.reduce(0) { $0 + forms[$1].count }
            )
            var isCountry = false
            if type == .location, let place = cluster.forms.lazy.compactMap({ forms[$0].facts.place }).first
                ?? gazetteer.town(named: forms[canonical].text) {
                entity.countryCode = place.countryCode
                entity.latitude = place.latitude
                entity.longitude = place.longitude
                isCountry = place.kind == .country
            }
            entityForCluster[clusterID] = result.entities.count
            result.entities.append(entity)
            result.isOutlet.append(type == .organization
                && (isOutlet(forms[canonical]) || cluster.forms.contains { keys[forms[$0].keyID].isOutlet }))
            result.isCountry.append(isCountry)
        }
        result.mentions = mentions
        for position in result.mentions.indices {
            let formID = formOfMention[position]
            let entityID = entityForCluster[forms[formID].cluster]
            if entityID >= 0 {
                result.mentions[position].cluster = entityID
                result.mentionStartingAt[result.mentions[position].tokens.lowerBound] = position
            }
        }
        return result
    }

    /// Where one name is mentioned, as `typingFeatures` reads it: its first mentions (up to three), how many
    /// mentions it has, and whether all are in the title.
    private struct TypingContext {
        var firstMentions: (Int, Int, Int) = (-1, -1, -1)
        var mentionCount = 0
        var titleOnly = true
    }

    /// The typing context of each cluster, in one pass over the mentions.
    private static func typingContexts(
        clusterCount: Int, mentions: [NameMention], clusterOfMention: (Int) -> Int, tokens: [AnalysisToken]
    ) -> [TypingContext] {
        var contexts = [TypingContext](repeating: TypingContext(), count: clusterCount)
        for position in mentions.indices {
            let clusterID = clusterOfMention(position)
            guard clusterID >= 0, clusterID < clusterCount else { continue }
            switch contexts[clusterID].mentionCount {
            case 0: contexts[clusterID].firstMentions.0 = position
            case 1: contexts[clusterID].firstMentions.1 = position
            case 2: contexts[clusterID].firstMentions.2 = position
            default: break
            }
            contexts[clusterID].mentionCount += 1
            if tokens[mentions[position].tokens.lowerBound].paragraph >= 0 { contexts[clusterID].titleOnly = false }
        }
        return contexts
    }

    /// Adds `NameTyper`'s features of one cluster, whose fullest form is `forms[formID]` and whose rules' type is `rule`.
    private func addTypingFeatures(
        _ formID: Int, in forms: [Form], formCount: Int, rule: EntityType?, cues: TypeCues, context: TypingContext,
        mentions: [NameMention], tokens: [AnalysisToken], to features: inout NameTypingFeatures
    ) {
        let ruleLabel = NameTyper.Label(rule).rawValue
        features.add(.bias, number: 0)
        features.add(.ruleType, number: ruleLabel)
        features.add(.personCues, number: min(cues.person, 5))
        features.add(.organizationCues, number: min(cues.organization, 5))
        features.add(.locationCues, number: min(cues.location, 5))
        let cueSigns = (cues.person > 0 ? 1 : 0) + (cues.organization > 0 ? 2 : 0) + (cues.location > 0 ? 4 : 0)
        features.add(.ruleAndCues, number: ruleLabel * 8 + cueSigns)
        if forms[formID].facts.isKnownOrganization { features.add(.knownOrganization, number: 1) }
        if forms[formID].facts.isWorldRegion { features.add(.worldRegion, number: 1) }
        if forms[formID].facts.isAcronym { features.add(.acronym, number: 1) }
        let placeKind: Int
        switch forms[formID].facts.place?.kind {
        case nil: placeKind = 0
        case .country?: placeKind = 1
        case .state?: placeKind = 2
        case .city?: placeKind = 3
        case .town?: placeKind = 4
        case .ambiguous?: placeKind = 5
        }
        features.add(.placeKind, number: placeKind)
        let wordCount = min(forms[formID].words.count, 4)
        features.add(.wordCount, number: wordCount)
        features.add(.ruleAndWordCount, number: ruleLabel * 8 + wordCount)
        let span = mentions[forms[formID].firstMention].tokens
        let first = span.lowerBound, last = span.upperBound - 1
        features.add(.firstWord, tokens[first].lowerHash, tokens[first].lower)
        features.add(.lastWord, tokens[last].lowerHash, tokens[last].lower)
        features.addEnding(of: tokens[last].lower)
        features.add(.firstWordList, lists: tokens[first].lexicon)
        // The word lists' hashes of the tokens, as `isGivenName` and the census surnames (no string is hashed).
        if tokens[first].lexicon.contains(.givenName) || AnalysisLexicon.registeredGivenNames.contains(hash: tokens[first].lowerHash) {
            features.add(.givenNameFirst, number: wordCount)
        }
        if wordCount >= 2, AnalysisLexicon.surnames.contains(hash: tokens[last].lowerHash) { features.add(.surnameLast, number: wordCount) }
        features.add(.lastWordList, lists: tokens[last].lexicon)
        features.add(.formCount, number: min(formCount, 3))
        features.add(.mentionCount, number: min(context.mentionCount, 4))
        if isAllCapitals(forms[formID].text) { features.add(.allCapitals, number: 1) }
        if context.titleOnly { features.add(.titleOnly, number: 1) }
        for position in [context.firstMentions.0, context.firstMentions.1, context.firstMentions.2] where position >= 0 {
            let mentionSpan = mentions[position].tokens
            let before = mentionSpan.lowerBound - 1
            if before >= 0, tokens[before].paragraph == tokens[mentionSpan.lowerBound].paragraph {
                features.addOnce(.wordBefore, tokens[before].lowerHash, tokens[before].lower)
            }
            let after = mentionSpan.upperBound
            if after < tokens.count, tokens[after].paragraph == tokens[mentionSpan.lowerBound].paragraph {
                features.addOnce(.wordAfter, tokens[after].lowerHash, tokens[after].lower)
                if after + 1 < tokens.count, tokens[after + 1].paragraph == tokens[after].paragraph {
                    features.addOnce(.secondWordAfter, tokens[after + 1].lowerHash, tokens[after + 1].lower)
                }
            }
        }
    }

    /// "McKenzie said" in an article about Bryce and Hamish McKenzie: a one-word mention of a surname that two
    /// or more persons' names end in most likely names the one last named in full before it, or, after a title
    /// ("Prime Minister Davis"), the last named in full after the same title word ("Prime Minister Philip
    /// Davis"); its clustering, by form, gave every such mention to one of them. Returns those referents by
    /// mention index (`Result.sharedSurnameReferents`); the clusters, and so the entities' forms and counts, stay
    /// as they are.
    @inline(never)
    private static func sharedSurnameReferents(entities: [Entity], mentions: [NameMention], tokens: [AnalysisToken]) -> [Int: Int] {
        // Most articles name fewer than two persons of several words, or none sharing a surname: found by the
        // surnames' hashes before any dictionary of strings is built.
        var surnameHashes: [Int] = []
        for entity in entities where entity.type == .person {
            if let surname = lastWord(of: entity.name) { surnameHashes.append(surname.hashValue) }
        }
        guard surnameHashes.count >= 2 else { return [:] }
        surnameHashes.sort()
        guard zip(surnameHashes, surnameHashes.dropFirst()).contains(where: { $0 == $1 }) else { return [:] }
        var bearers: [Substring: Int] = [:]
        for entity in entities where entity.type == .person {
            if let surname = lastWord(of: entity.name) { bearers[surname, default: 0] += 1 }
        }
        // The entity of the latest mention in full, by surname, and by surname and the title word before it
        // (mentions are in text order).
        // Within one sentence the first bearer named in full stays the latest: "Councilwoman Laura Smith, who …
        // invoked her father, Congressman Ed Smith" is about her (the subject, the center of the next sentence).
        var lastNamedInFull: [Substring: (entity: Int, sentence: Int)] = [:]
        var lastTitledInFull: [String: Int] = [:]
        var referents: [Int: Int] = [:]
        for position in mentions.indices {
            let entityID = mentions[position].cluster
            guard entityID >= 0, entities[entityID].type == .person else { continue }
            let text = mentions[position].text
            let start = mentions[position].tokens.lowerBound
            let title = start >= 1 && tokens[start - 1].lexicon.contains(.title) ? tokens[start - 1].lower : nil
            if let surname = lastWord(of: text) {
                guard bearers[surname, default: 0] >= 2 else { continue }
                let sentence = tokens[start].sentence
                if lastNamedInFull[surname]?.sentence != sentence { lastNamedInFull[surname] = (entityID, sentence) }
                if let title { lastTitledInFull[title + " " + surname] = entityID }
            } else if bearers[text[...], default: 0] >= 2,
                      let named = title.flatMap({ lastTitledInFull[$0 + " " + text] }) ?? lastNamedInFull[text[...]]?.entity, named != entityID {
                referents[position] = named
            }
        }
        return referents
    }

    /// `text.count`, from the UTF-8 length when the text is ASCII without a carriage return (each of its
    /// Characters is then one byte: only "\r\n" joins two ASCII scalars into one).
    private static func characterCount(_ text: String) -> Int {
        let utf8 = text.utf8
        let byteCount = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) ? nil : bytes.count
        }
        if let byteCount, let byteCount { return byteCount }
        return text.count
    }

    /// `text.split(separator: " ")`; ASCII text (where every character but "\r\n" is one byte, and neither
    /// is a space) is split on its bytes, without character breaking.
    private static func spaceSeparatedWords(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
        return utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// `words[..<count].joined(separator: " ")` for `words`, the space-separated words of `text`: where one space
    /// parts each of them from the next, the same text cut from `text` in one copy.
    private static func leadingWords(_ count: Int, of words: [Substring], in text: String) -> String {
        let utf8 = text.utf8
        let singleSpaced = (1..<count).allSatisfy { utf8.distance(from: words[$0 - 1].endIndex, to: words[$0].startIndex) == 1 }
        guard singleSpaced else { return words[..<count].joined(separator: " ") }
        return String(text[words[0].startIndex..<words[count - 1].endIndex])
    }

    /// Folds a word for comparison: lowercase, Arabic article and possessive dropped.
    private func comparable(_ lower: String) -> String {
        // Every prefix is two or three ASCII letters and a hyphen, so a word without "-" as its third or
        // fourth byte has none.
        let utf8 = lower.utf8
        guard utf8.count > 2 else { return lower }
        let third = utf8[utf8.index(utf8.startIndex, offsetBy: 2)]
        let fourth = utf8.count > 3 ? utf8[utf8.index(utf8.startIndex, offsetBy: 3)] : 0
        guard third == UInt8(ascii: "-") || fourth == UInt8(ascii: "-") else { return lower }
        for prefix in AnalysisTokenizer.particlePrefixes where lower.hasPrefix(prefix) {
            return String(lower.dropFirst(prefix.count))
        }
        return lower
    }

    /// The type a form has on its own evidence, or nil when nothing speaks for one.
    /// (`forms[formID]` is read in place: a copy of the form would retain and release its strings.)
    private func classify(_ formID: Int, in forms: [Form], cues extra: TypeCues? = nil) -> EntityType? {
        var cues = extra ?? forms[formID].cues
        let facts = forms[formID].facts
        let wordCount = forms[formID].words.count
        // "Kotak Institutional Equities said": a plural that speaks is a body.
        if cues.person > 0, wordCount >= 2, Self.endsInPluralCommonNoun(forms[formID].words) {
            cues.organization += 1
            cues.person = 0
        }
        if facts.isKnownOrganization { return .organization }
        if facts.isWorldRegion { return .location }
        let place = facts.place
        // "Kerala coach Amay Khurasiya", "a loss to Kansas": a state standing for its side is the side (not a country:
        // a national team is its country's name).
        if let place, place.kind == .state, cues.organization >= 3, cues.organization > cues.location, cues.person < 3 {
            return .organization
        }
        if let place, place.kind == .country || place.kind == .state, cues.person < 3 { return .location }
        // ("Pakistan does not want ...": a country that speaks is still a country; not "Jordan", a given name.)
        if let place, place.kind == .country, !AnalysisLexicon.isGivenName(forms[formID].key) { return .location }
        // "Democratic Alliance", "City of Johannesburg": a name that a body's head word ends (or opens before
        // "of") is a body's, however often it "said" something.
        if wordCount >= 2, Self.isBodyName(forms[formID].words) { return .organization }
        if cues.organization >= 3 && cues.organization >= cues.person { return .organization }
        if cues.location >= 3 && cues.location > cues.person { return .location }
        if cues.organization > 0, cues.organization > cues.person { return .organization }
        // "Srinagar: Deputy Commissioner Srinagar said": one word naming a city of the gazetteer, neither a given
        // name nor a census surname, that is also used as a place (a dateline, "in Srinagar") is the city (its
        // office or its voice), however a person's title or a speech verb points; with anything speaking for a
        // body ("Tottenham's manager"), the body named after it. (Without such a cue "President Bush" stays a
        // person.)
        if let place, place.kind == .city, wordCount == 1, cues.organization > 0 || cues.location > 0,
           !AnalysisLexicon.isGivenName(forms[formID].key), !AnalysisLexicon.surnames.contains(forms[formID].key) {
            return cues.organization > 0 ? .organization : .location
        }
        // "“No evidence of shots fired,” RCMP said": one word in capitals that is no place is a body's acronym,
        // however it speaks (a person's initials stand with a name or a title: "JFK" is rarer than "PSNI"); not
        // a page's label in capitals ("PHOTO / VIDEO", "UPDATE").
        if facts.isAcronym, wordCount == 1, place == nil, !Self.pageLabels.contains(forms[formID].key) { return .organization }
        if cues.person >= 2 { return .person }
        if place != nil, cues.person < 2 { return .location }
        // "from Port Talbot": a town of the second file after a place's preposition outweighs a surname's weak
        // person cue as a gazetteer place does.
        if cues.location >= 1, cues.person == 1, cues.organization == 0, gazetteer.town(named: forms[formID].text) != nil { return .location }
        if cues.person >= 1 && wordCount >= 2 { return .person }
        if cues.organization > 0 { return .organization }
        // "near Ahero", "in Bog Walk": a town of the gazetteer's second file after a place's preposition,
        // with nothing speaking for a person or a body.
        if cues.location >= 1, cues.person == 0, place == nil, gazetteer.town(named: forms[formID].text) != nil { return .location }
        if cues.location >= 1, cues.person == 0, cues.organization == 0, wordCount == 1, isUnlistedWord(forms[formID]) { return .location }
        return nil
    }

    /// Whether a one-word form is no word of any list a name may be in (given names, census surnames, the word
    /// lists, English words), no acronym, no plural and has no digit or hyphen: "in Kololo", "near Wolseley", a place too
    /// small for the gazetteer, rather than "in MPs", "in Govt", "in COVID-19" or "in World Cup-style".
    private func isUnlistedWord(_ form: Form) -> Bool {
        let key = form.key
        guard !form.facts.isAcronym, key.utf8.count >= 4, key.utf8.last != UInt8(ascii: "s"),
              !key.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "-") }) else { return false }
        return isInNoList(key)
    }

    /// Whether a lowercase word is in no list a name may be in: no given name, census surname, English word,
    /// demonym or word-list entry (`isUnlistedWord`, `outletCue`).
    private func isInNoList(_ lower: String) -> Bool {
        guard !AnalysisLexicon.isGivenName(lower), !AnalysisLexicon.surnames.contains(lower), !AnalysisLexicon.englishWords.contains(lower),
              !gazetteer.isDemonym(lower) else { return false }
        return asciiLists(of: lower).map { $0.isEmpty } ?? true
    }

    /// Endings of plural agent and abstract nouns ("collectors", "correspondents", "operations", "activists",
    /// "equities"); not "-ers" or "-ees", which many surnames have ("Sowers", "Rees").
    private static let pluralNounEndings = ["ors", "ents", "ants", "ions", "ists", "ities", "ships"]

    /// Whether lowercase name words end in a plural common noun and hold no given name ("Joint Collectors",
    /// "State House Correspondents"): a group, whatever was said of it; not a census surname ("Connors").
    private static func endsInPluralCommonNoun(_ words: [String]) -> Bool {
        guard let last = words.last, last.utf8.last == UInt8(ascii: "s"), pluralNounEndings.contains(where: { last.hasSuffix($0) }),
              !AnalysisLexicon.surnames.contains(last) else { return false }
        return !words.contains { AnalysisLexicon.isGivenName($0) }
    }

    /// Head words that end only bodies' names ("Democratic Alliance", "Red Pheasant Council"), and open them
    /// before "of" ("Ministry of Health", "City of Johannesburg": a city so named is its council).
    static let bodyHeads: WordSet = [
        "alliance", "party", "council", "committee", "commission", "ministry", "department", "agency", "authority",
        "association", "federation", "union", "movement", "coalition", "assembly", "institute", "university",
        "foundation", "corporation", "organization", "organisation", "directorate", "secretariat", "tribunal",
        "force", "division", "command",
        // Football clubs ("Azam FC", "Bournemouth AFC", "Valencia CF"; not before "of": "Azam FC of Tanzania").
        "fc", "afc", "cf",
    ]

    /// Whether lowercase name words are a body's name by their head word (see `bodyHeads`).
    private static func isBodyName(_ words: [String]) -> Bool {
        if let last = words.last, bodyHeads.contains(last) { return true }
        return words.count >= 3 && words[1] == "of" && (bodyHeads.contains(words[0]) || words[0] == "city")
    }

    /// Person clusters by name word and organisations by acronym, so grouping stays linear.
    private struct ClusterIndex {
        var personsByWord: [String: [Int]] = [:]
        var fuzzyPersonWords: [Unicode.Scalar: [(word: String, cluster: Int)]] = [:]
        var organizationsByAcronym: [String: [Int]] = [:]
        /// Organisations by their name without a corporate suffix ("apple" for "Apple Inc.") or without
        /// the place that opens it ("thunder" for "Oklahoma City Thunder").
        var organizationsByShortName: [String: [Int]] = [:]
        /// Untyped multi-word names by last word: a surname used alone makes them persons.
        var untypedByLastWord: [String: [Int]] = [:]
    }

    /// The cluster a shorter form belongs to: the best-matching person, or the organisation it abbreviates.
    /// `forms[formID]`'s fields are read in place (a copy of the form would retain and release its strings).
    private func bestCluster(
        for formID: Int, ownType: EntityType?, index: ClusterIndex, clusters: [Cluster], forms: [Form], mentions: [NameMention],
        tokens: [AnalysisToken]
    ) -> Int? {
        let words = forms[formID].words
        if words.count == 1, forms[formID].facts.isAcronym {
            let letters = forms[formID].text.removingASCII(".")
            if let organization = index.organizationsByAcronym[letters]?.first { return organization }
        }
        if ownType == .organization || ownType == nil, !index.organizationsByShortName.isEmpty,
           let organizations = index.organizationsByShortName[words.joined(separator: " ")], organizations.count == 1 {
            return organizations[0]
        }
        // A city of the same name does not stop a surname joining ("Sadr"); a country does.
        guard ownType != .organization, ownType != .location || !forms[formID].facts.isCountryOrState else { return nil }
        // The candidate clusters, visited in increasing order, each once (a sorted array: a handful of them).
        var candidates: [Int] = []
        if !index.personsByWord.isEmpty {
            for word in words { candidates.append(contentsOf: index.personsByWord[word] ?? []) }
        }
        if candidates.isEmpty, words.count == 1, let word = words.first, word.count >= 5,
           let first = word.unicodeScalars.first {
            for entry in index.fuzzyPersonWords[first] ?? [] where withinOneEdit(entry.word, word) {
                candidates.append(entry.cluster)
            }
        }
        candidates.sort()
        var best: (cluster: Int, score: Int)? = nil
        for (position, clusterID) in candidates.enumerated() where position == 0 || candidates[position - 1] != clusterID {
            let canonicalWords = forms[clusters[clusterID].forms[0]].words
            // "B. U. Nzeribe" and "Benjamin Nzeribe": one surname, initials agreeing with the given name; "Pat
            // Carlineo" and "Patrick Carlineo Jr.": a short form of the given name.
            let canonicalSurname = canonicalWords.last.map { Self.generationalSuffixes.contains($0) } == true
                ? canonicalWords.dropLast().last : canonicalWords.last
            if ownType == .person || ownType == nil, words.count >= 2, canonicalWords.count >= 2,
               words.last == canonicalSurname, initialsAgree(words[0], canonicalWords[0]) || Self.isShortForm(words[0], of: canonicalWords[0]) {
                if 2 > (best?.score ?? 0) { best = (clusterID, 2) }
                continue
            }
            guard canonicalWords.count > words.count else { continue }
            let score = personMatch(short: words, full: canonicalWords)
            if score > 0, score > (best?.score ?? 0) {
                best = (clusterID, score)
            } else if score > 0, let current = best, score == current.score,
                      prefers(clusterID, over: current.cluster, for: formID, clusters: clusters, forms: forms, mentions: mentions, tokens: tokens) {
                best = (clusterID, score)
            }
        }
        return best?.cluster
    }

    /// The title words right before a mention ("prime", "minister", "dr" before "Prime Minister Dr. Ralph
    /// Gonsalves"): up to four tokens back that are titles or their modifiers, without a final period, "PM"
    /// read as "prime minister".
    private func titleWords(before mention: NameMention, tokens: [AnalysisToken]) -> [String] {
        var words: [String] = []
        var index = mention.tokens.lowerBound - 1
        while index >= 0, index >= mention.tokens.lowerBound - 4,
              !tokens[index].lexicon.isDisjoint(with: [.title, .titleModifier]) {
            let word = tokens[index].lower
            if word == "pm" {
                words += ["prime", "minister"]
            } else {
                words.append(word.hasSuffix(".") ? String(word.dropLast()) : word)
            }
            index -= 1
        }
        return words
    }

    /// `bestCluster`'s tie-break between two persons a short form fits equally ("Gonsalves" for Ralph and
    /// Camillo Gonsalves): the one whose first mention shares a title word with the short form's first mention
    /// when only one does ("Prime Minister Gonsalves": "Prime Minister Dr. Ralph Gonsalves", not "Hon. Camillo
    /// Gonsalves"); otherwise the one the text named first, its main subject as a rule. (The one named last
    /// before the short form was tried: it won "his brother Ernesto Villanueva ... Villanueva said" but lost
    /// "Advocate Willis Otieno ... the suspects, Duncan Otieno ... Otieno alleged", and its changed candidates
    /// made the retrained ranker worse.)
    private func prefers(
        _ candidate: Int, over current: Int, for formID: Int, clusters: [Cluster], forms: [Form], mentions: [NameMention],
        tokens: [AnalysisToken]
    ) -> Bool {
        let candidateMention = forms[clusters[candidate].forms[0]].firstMention
        let currentMention = forms[clusters[current].forms[0]].firstMention
        // "By Kwon Mee-yoo ¶ ... said Unification Minister Kwon Young-se ... Kwon said": the writer of a byline is
        // not whom a surname in the story means, when another bearer is named in it.
        let candidateIsWriter = Self.isBylineLine(mentions[candidateMention].tokens, tokens: tokens)
        if candidateIsWriter != Self.isBylineLine(mentions[currentMention].tokens, tokens: tokens) { return !candidateIsWriter }
        let titles = titleWords(before: mentions[forms[formID].firstMention], tokens: tokens)
        if !titles.isEmpty {
            let candidateShares = titles.contains(where: titleWords(before: mentions[candidateMention], tokens: tokens).contains)
            let currentShares = titles.contains(where: titleWords(before: mentions[currentMention], tokens: tokens).contains)
            if candidateShares != currentShares { return candidateShares }
        }
        return candidateMention < currentMention
    }

    /// Whether a name is a byline's whole line: "By" opens its paragraph right before it and the paragraph ends
    /// with it ("By Kwon Mee-yoo").
    static func isBylineLine(_ name: Range<Int>, tokens: [AnalysisToken]) -> Bool {
        let by = name.lowerBound - 1
        guard by >= 0, tokens[by].lower == "by", by == 0 || tokens[by - 1].paragraph != tokens[by].paragraph else { return false }
        return name.upperBound == tokens.count || tokens[name.upperBound].paragraph != tokens[by].paragraph
    }

    /// Whether a given name is a clipped form of another ("pat" of "patrick", "chris" of "christopher"): three
    /// or more letters that begin it.
    private static func isShortForm(_ short: String, of full: String) -> Bool {
        short.utf8.count >= 3 && full.utf8.count > short.utf8.count && full.hasPrefix(short)
    }

    /// Whether two first words are an initial and a name it abbreviates ("b." and "benjamin"), either way.
    private func initialsAgree(_ a: String, _ b: String) -> Bool {
        func isInitial(_ word: String) -> Bool { word.utf8.count == 2 && word.hasSuffix(".") }
        guard isInitial(a) != isInitial(b), let x = a.first, let y = b.first else { return false }
        return x == y
    }

    /// How well a shorter name matches a person's full name: 3 surname, 2 other word(s), 1 near spelling.
    private func personMatch(short: [String], full: [String]) -> Int {
        let significant = full.filter { !AnalysisLexicon.nameParticles.contains($0) }
        if short == Array(full.suffix(short.count)) || short == Array(significant.suffix(short.count)) { return 3 }
        if short.count == 1, let word = short.first, !AnalysisLexicon.nameParticles.contains(word) {
            if significant.contains(word) { return 2 }
            if word.count >= 5, significant.contains(where: { $0.count >= 5 && withinOneEdit($0, word) }) { return 1 }
            return 0
        }
        // A contiguous run of the full name ("Kareem Ghazi").
        if short.count < full.count {
            for start in 0...(full.count - short.count) where Array(full[start..<(start + short.count)]) == short {
                return 2
            }
        }
        return 0
    }

    /// Whether the scalars of `a` and `b` differ by at most one insertion, deletion or substitution (walked with
    /// iterators: no array of scalars per call). Letters with and without diacritics are one ("Vucic" and
    /// "Vučić"): non-ASCII words are compared without their combining marks.
    private func withinOneEdit(_ a: String, _ b: String) -> Bool {
        if a.utf8.contains(where: { $0 >= 0x80 }) || b.utf8.contains(where: { $0 >= 0x80 }) {
            let (plainA, plainB) = (Self.withoutDiacritics(a), Self.withoutDiacritics(b))
            if plainA != a || plainB != b { return withinOneEdit(plainA, plainB) }
        }
        let xCount = a.unicodeScalars.count
        let yCount = b.unicodeScalars.count
        guard abs(xCount - yCount) <= 1, a.unicodeScalars.first == b.unicodeScalars.first else { return false }
        var xs = a.unicodeScalars.makeIterator()
        var ys = b.unicodeScalars.makeIterator()
        // `x` and `y` are the scalars at `i` and `j`.
        var x = xs.next()
        var y = ys.next()
        var i = 0
        var j = 0
        var edits = 0
        while i < xCount && j < yCount {
            if x == y {
                i += 1
                j += 1
                x = xs.next()
                y = ys.next()
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if xCount > yCount {
                i += 1
                x = xs.next()
            } else if yCount > xCount {
                j += 1
                y = ys.next()
            } else {
                i += 1
                j += 1
                x = xs.next()
                y = ys.next()
            }
        }
        return edits + (xCount - i) + (yCount - j) <= 1
    }

    /// Initials of the capitalised words ("Christian Science Monitor" -> "CSM").
    private func acronym(of name: String) -> String {
        let utf8 = name.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var initials: [UInt8] = []
            var atWordStart = true
            for byte in utf8 {
                if byte == UInt8(ascii: " ") {
                    atWordStart = true
                    continue
                }
                if atWordStart, byte &- UInt8(ascii: "A") < 26 { initials.append(byte) }
                atWordStart = false
            }
            return String(decoding: initials, as: UTF8.self)
        }
        return String(name.split(separator: " ").compactMap { word -> Character? in
            guard let first = word.first, first.isUppercase else { return nil }
            return first
        })
    }

    /// Whether a name of two to four words is a place's name and an outlet's head word ("Baltimore Sun", "Kansas
    /// City Star").
    private func isPlaceNamedOutlet(_ form: Form) -> Bool {
        guard form.words.count <= 4, Self.endsInOutletHead(form.words) else { return false }
        let written = Self.spaceSeparatedWords(form.text)
        return written.count == form.words.count && gazetteer.knowsPlace(named: written.dropLast().joined(separator: " "))
    }

    /// Whether an organisation is a news outlet.
    private func isOutlet(_ form: Form) -> Bool {
        form.facts.isKnownOutlet || Self.endsInOutletHead(form.words)
    }

    /// Whether a name of two or more words ends in an outlet's head word ("Chicago Tribune", "Kyodo News").
    private static func endsInOutletHead(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        return AnalysisLexicon.outletHeads.contains(last)
    }
}
