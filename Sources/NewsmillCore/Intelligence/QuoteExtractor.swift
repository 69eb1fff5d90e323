/// Finds direct quotations, their speakers, speech verbs and the outlets they came through.
///
/// Quotation marks are matched with a stack over the tokens: “ ”, « » and ‘ ’ are unambiguous („ closes with
/// “, German style); straight
/// marks open after a space and close before one; a ’ with no ‘ open is an apostrophe. A quote still open
/// at a paragraph's end continues when the next paragraph opens with a quotation mark (the typographic
/// convention for multi-paragraph quotes) and is closed otherwise. A double quote whose text starts with
/// a single quote reproduces another outlet's passage: its inner quotes are the quotations, attributed
/// inside the passage ("‘...,’ said Abdul Kareem Ghazi").
///
/// Attribution, in order: after the closing mark (", said NAME", ", NAME said", ", he said", ", said the
/// actor" and ", the actor said" (the last person named), a name
/// later in the clause: ", Taliban spokesman Zabihullah Mujahid said", ", NAME, who ..., said", ", NAME,
/// the U.S. attorney for ..., said", "... working in prisons, she said", and a ", said NAME" further on in
/// the sentence: "“...” despite ..., said another witness, former adviser Fiona Hill"); before the opening
/// mark ("NAME said: “", or a speech verb with a named subject earlier in the quote's sentence: "NAME said
/// the release “..."; a described subject, "The 56-year-old said:", is the last person named); otherwise
/// the speaker of the previous quote when it ended in the same or the previous paragraph. "he"/"she"
/// resolve to the first person named in the last sentence that names one, passing over a person whose
/// given name is borne mostly by the other sex (census lists in `AnalysisLexicon`); "“...,” it/they said"
/// resolves to the nearest organisation named before, outside quotations and not after a preposition.
/// The outlet ("via") is the last news outlet followed by a citing verb ("the Los Angeles Times quoted")
/// in the quote's paragraph before it, or in the previous paragraph when the quote opens its paragraph.
/// A quote no rule attributes (not a question, not a title, not going on from an unnamed speaker) is left
/// to `SpeakerRanker`, which may name someone named near it.
struct QuoteExtractor: Sendable {
    private enum Mark { case openDouble, closeDouble, openSingle, closeSingle }

    /// Speech verbs whose object is the one spoken to, not the speaker ("..., telling Cook").
    private static let addresseeVerbs: WordSet = ["telling", "told", "asking", "asked", "urging", "urged", "begging", "begged"]

    /// Auxiliaries that may stand before a speech verb ("has written", "had said").
    private static let auxiliaries: WordSet = ["has", "have", "had"]

    /// Whether a speech verb, or an auxiliary and a speech verb, starts at `index`.
    private func isSpeechVerb(at index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index < tokens.count else { return false }
        if tokens[index].lexicon.contains(.speechVerb) { return true }
        return index + 1 < tokens.count && Self.auxiliaries.contains(lowerOf: index, in: tokens) && tokens[index + 1].lexicon.contains(.speechVerb)
    }

    /// Whether the paragraph before the one holding `open` names no person but `speaker`, has no speech verb
    /// and holds no quotation mark.
    private func isNarrative(paragraphBefore open: Int, speaker: String?, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Bool {
        var index = open - 1
        guard index >= 0 else { return false }
        let paragraph = tokens[index].paragraph
        while index >= 0, tokens[index].paragraph == paragraph {
            let token = tokens[index]
            // (A plural's possessive apostrophe, "Williams’ side", is no quotation mark.)
            let isApostrophe = token.text.isExactly(anyOf: ["’", "'"]) && index > 0 && tokens[index - 1].kind == .word
                && tokens[index - 1].end == token.start && tokens[index - 1].lower.hasSuffix("s")
            if !token.lexicon.isDisjoint(with: [.speechVerb, .quotationMark]), !isApostrophe { return false }
            // ("Williams’ side peaked at the business end." names the speaker going on, no one new.)
            if let mentionID = entities.mentionStartingAt[index], entities.entities[entities.mentions[mentionID].cluster].type == .person,
               entities.entities[entities.mentions[mentionID].cluster].name != speaker {
                return false
            }
            index -= 1
        }
        return true
    }

    /// Adverbs that may stand between a speaker and the speech verb ("she finally says", "Jones later added").
    private static let attributionAdverbs: WordSet = [
        "then", "also", "later", "now", "once", "still", "again", "simply", "further", "earlier", "however", "too",
    ]

    /// The index of "saying" in "was quoted as saying" or "was quoted by the BBC as saying" starting at `index`.
    private func quotedAsSaying(from index: Int, tokens: [AnalysisToken]) -> Int? {
        guard index + 3 < tokens.count, tokens[index + 1].lower == "quoted" else { return nil }
        let auxiliary = tokens[index].lower
        guard auxiliary == "was" || auxiliary == "were" || auxiliary == "is" else { return nil }
        var probe = index + 2
        if tokens[probe].lower == "by" {
            while probe < tokens.count, probe < index + 10, tokens[probe].lower != "as", tokens[probe].sentence == tokens[index].sentence {
                probe += 1
            }
        }
        if probe < tokens.count, tokens[probe].lower == "as" { probe += 1 }
        return probe < tokens.count && tokens[probe].lower == "saying" ? probe : nil
    }

    /// Adverbs set off by commas between a speaker and the speech verb ("he, however, said").
    private static let parentheticalAdverbs: WordSet = ["however", "though", "meanwhile", "too", "also", "instead", "later"]

    /// The speech verb whose subject ends right before `end`: directly ("Jones said", "Jones finally said", "Jones
    /// has said") or through a relative pronoun ("Jones, who said", "Jones who said").
    private func subjectSpeechVerb(after end: Int, tokens: [AnalysisToken]) -> Int? {
        if let verb = directSpeechVerb(after: end, tokens: tokens) { return verb }
        var relative = end
        if relative < tokens.count, tokens[relative].text == "," { relative += 1 }
        guard relative + 1 < tokens.count, tokens[relative].lower == "who" else { return nil }
        return speechVerb(after: relative + 1, tokens: tokens)
    }

    /// The speech verb right after a subject ending before `end` ("Jones said", "Jones finally said", "Jones has
    /// said": `speechVerb(after:)`, or an auxiliary and a verb).
    private func directSpeechVerb(after end: Int, tokens: [AnalysisToken]) -> Int? {
        speechVerb(after: end, tokens: tokens) ?? (isSpeechVerb(at: end, tokens: tokens) ? end : nil)
    }

    /// Whether a quotation mark opens right after the speech verb at `verb`, or after a colon or comma there.
    private func opensQuotation(after verb: Int, tokens: [AnalysisToken]) -> Bool {
        var next = verb + 1
        if next < tokens.count, [":", ","].contains(tokens[next].text) { next += 1 }
        return next < tokens.count && tokens[next].text.isExactly(anyOf: ["“", "\"", "‘"])
    }

    /// The index of the speech verb at `index`, or right after an adverb there ("finally says", "further
    /// said", ", however, said"), or of "saying" in "was quoted (by ...) as saying"; nil otherwise.
    private func speechVerb(after index: Int, tokens: [AnalysisToken]) -> Int? {
        guard index < tokens.count else { return nil }
        if tokens[index].lexicon.contains(.speechVerb) { return index }
        if tokens[index].text == ",", index + 3 < tokens.count, Self.parentheticalAdverbs.contains(lowerOf: index + 1, in: tokens),
           tokens[index + 2].text == ",", tokens[index + 3].lexicon.contains(.speechVerb) {
            return index + 3
        }
        if let saying = quotedAsSaying(from: index, tokens: tokens) { return saying }
        if let verb = speechVerbAfterParenthesis(at: index, tokens: tokens) { return verb }
        // "Tim Cook, who is filling in for Jobs, said": a relative clause between the name and its verb.
        if let clauseEnd = relativeClauseEnd(at: index, tokens: tokens), tokens[clauseEnd + 1].lexicon.contains(.speechVerb) {
            return clauseEnd + 1
        }
        guard index + 1 < tokens.count, Self.isAttributionAdverb(at: index, tokens: tokens),
              tokens[index + 1].lexicon.contains(.speechVerb) else { return nil }
        return index + 1
    }

    /// Whether the token at `index` is a lowercase adverb that may stand before an attribution's verb ("finally
    /// says", "also noted"): a "-ly" word or one of `attributionAdverbs`.
    static func isAttributionAdverb(at index: Int, tokens: [AnalysisToken]) -> Bool {
        tokens[index].kind == .word && !tokens[index].capitalized
            && (tokens[index].lower.hasSuffix("ly") || attributionAdverbs.contains(lowerOf: index, in: tokens))
    }

    /// The role noun or title right before the preposition (`rolePrepositions`) of the phrase that holds the
    /// name starting at `start`: back over capitalised words, "the", "and" and commas, at most eight tokens
    /// ("spokesperson for Devon and Cornwall Police", "Chair of the Justice, Integrity and Community Safety
    /// Committee"); nil otherwise, and nil for a name right after a comma, which is in apposition ("The deputy of
    /// KDP, Ribwar Karim said").
    static func roleBeforePhrase(holding start: Int, tokens: [AnalysisToken]) -> Int? {
        guard start >= 1, tokens[start - 1].text != "," else { return nil }
        var probe = start - 1
        while probe >= 1, probe >= start - 8, tokens[probe].sentence == tokens[start].sentence,
              tokens[probe].capitalized || ["the", "and", ","].contains(tokens[probe].lower) {
            probe -= 1
        }
        guard probe >= 1, probe < start, Self.rolePrepositions.contains(lowerOf: probe, in: tokens),
              !tokens[probe - 1].lexicon.isDisjoint(with: [.roleNoun, .title]) else { return nil }
        return probe - 1
    }

    /// Whether every token strictly between `start` and `end` (at most two) is a lowercase adverb ("also", "further",
    /// "then", "-ly" words): true when there is none.
    static func onlyAdverbs(between start: Int, and end: Int, tokens: [AnalysisToken]) -> Bool {
        guard end - start <= 3 else { return false }
        return (start + 1..<end).allSatisfy { Self.isAttributionAdverb(at: $0, tokens: tokens) }
    }

    /// The speech verb right after a parenthesis that opens at `index` and closes within 12 tokens of its
    /// paragraph, with no quotation mark inside ("Rep. Rodrigo Abellanosa (Cebu City, south district) said",
    /// "Sen. Ted Cruz (R-Texas) told"): a note on the name before it, which stays the verb's subject.
    @inline(never)
    private func speechVerbAfterParenthesis(at index: Int, tokens: [AnalysisToken]) -> Int? {
        guard tokens[index].text == "(" else { return nil }
        let paragraph = tokens[index].paragraph
        var probe = index + 1
        while probe < tokens.count, probe <= index + 12, tokens[probe].paragraph == paragraph {
            if tokens[probe].text == ")" {
                return probe + 1 < tokens.count && tokens[probe + 1].lexicon.contains(.speechVerb) ? probe + 1 : nil
            }
            if tokens[probe].lexicon.contains(.quotationMark) || tokens[probe].text == "(" { return nil }
            probe += 1
        }
        return nil
    }

    /// "“This is a continuation of a racist ... agenda, said Tonya Bah, member of ...": a double quotation whose
    /// closing mark the page dropped, with a comma, a speech verb that takes no object and a person's name inside
    /// its first paragraph (the journalist's inverted attribution, which speech itself hardly uses).
    @inline(never)
    private func inversionInsideUnclosed(_ node: Node, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Attribution? {
        let paragraph = tokens[node.open].paragraph
        var index = node.open + 1
        while index + 2 < tokens.count, tokens[index].paragraph == paragraph, !tokens[index].lexicon.contains(.quotationMark) {
            if tokens[index].text == ",", Self.verbsWithoutObject.contains(lowerOf: index + 1, in: tokens) {
                let nameStart = startAfterTitles(from: index + 2, before: index + 6, entities: entities, tokens: tokens)
                if nameStart < tokens.count, let mentionID = entities.mentionStartingAt[nameStart],
                   entities.entities[entities.mentions[mentionID].cluster].type == .person {
                    return Attribution(entities.entities[entities.mentions[mentionID].cluster].name, tokens[index + 1].lower)
                }
            }
            index += 1
        }
        return nil
    }

    /// Relative pronouns that open a clause describing a name after a comma ("Tim Cook, who ...", "the board,
    /// which ..."; not "that", which such a clause does not take).
    static let clausePronouns: WordSet = ["who", "whose", "whom", "which"]

    /// The comma that closes a relative clause opened by the comma at `index` (", who is filling in for Jobs
    /// during his leave,"): within 25 tokens of its sentence, with no quotation mark or further relative
    /// pronoun on the way; nil when `index` opens none or nothing follows the closing comma.
    @inline(never)
    private func relativeClauseEnd(at index: Int, tokens: [AnalysisToken]) -> Int? {
        guard index + 2 < tokens.count, tokens[index].kind == .punct, tokens[index].text == ",",
              Self.clausePronouns.contains(lowerOf: index + 1, in: tokens) else { return nil }
        var probe = index + 2
        while probe + 1 < tokens.count, probe < index + 27, tokens[probe].sentence == tokens[index].sentence {
            if tokens[probe].lexicon.contains(.quotationMark) { return nil }
            if Self.clausePronouns.contains(lowerOf: probe, in: tokens) { return nil }
            if tokens[probe].text == "," { return probe }
            probe += 1
        }
        return nil
    }

    /// The person whose name opens the relative clause that holds `index` and ends right before the verb at
    /// `verb` ("Tim Cook, who is filling in for Steve Jobs, said"): the subject, not the name inside the clause.
    @inline(never)
    private func personBeforeRelativeClause(containing index: Int, verb: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard let comma = relativeClauseOpening(containing: index, verb: verb, tokens: tokens) else { return nil }
        return clusterNamed(endingAt: comma, tokens: tokens, entities: entities).flatMap { personName(of: $0, entities: entities) }
    }

    /// The comma opening a relative clause (", who ...,") that holds the token at `index` and ends with the comma
    /// right before the verb at `verb`, within 25 tokens of its sentence; nil otherwise.
    @inline(never)
    private func relativeClauseOpening(containing index: Int, verb: Int, tokens: [AnalysisToken]) -> Int? {
        // The clause's closing comma: right before the verb, or before up to three lowercase words that lead to it
        // ("The secretary, who accompanied President Lee, went on to say").
        var end = verb - 1
        while end >= 1, end >= verb - 3, tokens[end].kind == .word, !tokens[end].capitalized { end -= 1 }
        guard end >= 1, tokens[end].text == "," else { return nil }
        var probe = index - 1
        while probe >= 1, probe >= index - 25, tokens[probe].sentence == tokens[index].sentence {
            if tokens[probe].text == ",", relativeClauseEnd(at: probe, tokens: tokens) == end { return probe }
            probe -= 1
        }
        return nil
    }

    /// The person named right before ", who" opening the relative clause that holds the quotation mark at `open`,
    /// within twenty tokens of its sentence and with no other quotation mark between; nil otherwise.
    @inline(never)
    private func personOfRelativeClause(holding open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        let sentence = tokens[open].sentence
        var probe = open - 1
        while probe >= 2, probe >= open - 20, tokens[probe].sentence == sentence {
            if tokens[probe].lexicon.contains(.quotationMark) { return nil }
            if tokens[probe].lower == "who", tokens[probe - 1].text == "," {
                return clusterNamed(endingAt: probe - 1, tokens: tokens, entities: entities).flatMap { personName(of: $0, entities: entities) }
            }
            probe -= 1
        }
        return nil
    }

    /// Whether a quote is a paragraph of its own: it opens the paragraph and nothing follows its closing mark
    /// but punctuation, or it is never closed before its paragraph or the text ends.
    private func fillsParagraph(_ node: Node, tokens: [AnalysisToken], from start: Int? = nil) -> Bool {
        let open = start ?? node.open
        guard open == 0 || tokens[open - 1].paragraph != tokens[open].paragraph else { return false }
        // A quote left open to the text's end (an excerpt cut inside a multi-paragraph quote) fills what it holds;
        // so does one left open to its paragraph's end ("“This is a development ... “That shows how uneducated
        // they are.”": a mark opening each sentence, the first never closed).
        guard let close = node.close else {
            guard let end = node.segments.last?.upperBound else { return false }
            return end == tokens.count || tokens[end].paragraph != tokens[end - 1].paragraph
        }
        var next = close + 1
        while next < tokens.count, tokens[next].paragraph == tokens[close].paragraph {
            guard tokens[next].kind == .punct else { return false }
            next += 1
        }
        return true
    }

    /// The first token of a dateline that opens the paragraph right before the mark at `open` ("MBABANE – “If
    /// we are seen ...”"): up to five capitalised words and commas, then a dash; nil for none.
    @inline(never)
    static func datelineStart(before open: Int, tokens: [AnalysisToken]) -> Int? {
        guard open >= 2, tokens[open - 1].text.isExactly(anyOf: ["–", "—", "-"]) else { return nil }
        var first = open - 1
        while first > 0, first > open - 7, tokens[first - 1].paragraph == tokens[open].paragraph { first -= 1 }
        guard first == 0 || tokens[first - 1].paragraph != tokens[open].paragraph, first < open - 1,
              (first..<(open - 1)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized || tokens[$0].text == "," })
        else { return nil }
        return first
    }

    /// Speech verbs that continue what the same speaker said just before ("she added").
    private static let continuingVerbs: WordSet = ["added", "adds", "continued", "continues"]

    /// The token texts `mark(at:tokens:stack:nodes:)` can read as a quotation mark.
    static let quotationMarks = ["“", "„", "«", "”", "»", "‘", "’", "\"", "'"]

    private struct Node {
        var isDouble: Bool
        /// Whether the quote opened with a low mark („), which “ closes (German style).
        var opensLow = false
        var open: Int
        var close: Int?
        var segments: [Range<Int>] = []
        var children: [Int] = []
        var parent: Int?
        /// The tokens from the opening mark to the closing one (or the opening alone when unclosed).
        var span: Range<Int> { open..<((close ?? open) + 1) }
    }

    /// The first token of every sentence or every paragraph, by its number less the first token's, so that finding
    /// one's start is one look-up however long it is (a paragraph of many quotes is not walked back once per quote).
    private struct UnitStarts {
        /// What the table indexes.
        enum Unit { case sentence, paragraph }

        let unit: Unit
        private var starts: [Int] = []

        /// An empty table: every look-up scans back.
        init(_ unit: Unit) {
            self.unit = unit
        }

        /// The table for `tokens`.
        init(_ unit: Unit, tokens: [AnalysisToken]) {
            self.unit = unit
            guard !tokens.isEmpty, number(tokens.count - 1, tokens) >= number(0, tokens) else { return }
            starts = [Int](repeating: -1, count: number(tokens.count - 1, tokens) - number(0, tokens) + 1)
            for index in tokens.indices where index == 0 || number(index, tokens) != number(index - 1, tokens) {
                let slot = number(index, tokens) - number(0, tokens)
                if slot >= 0, slot < starts.count, starts[slot] < 0 { starts[slot] = index }
            }
        }

        /// The sentence or paragraph number of `tokens[index]`.
        @inline(__always)
        private func number(_ index: Int, _ tokens: [AnalysisToken]) -> Int {
            unit == .sentence ? tokens[index].sentence : tokens[index].paragraph
        }

        /// The index of the first token of the unit that `index` is in. The table holds a unit's first token when
        /// its tokens are contiguous (they always are); a start after `index` or a missing entry falls back to scanning.
        func start(of index: Int, tokens: [AnalysisToken]) -> Int {
            let slot = number(index, tokens) - number(0, tokens)
            if slot >= 0, slot < starts.count, starts[slot] >= 0, starts[slot] <= index,
               starts[slot] == 0 || number(starts[slot] - 1, tokens) != number(index, tokens) {
                return starts[slot]
            }
            var first = index
            while first > 0, number(first - 1, tokens) == number(index, tokens) { first -= 1 }
            return first
        }
    }

    /// The sentences' starts (filled by `prepared(for:entities:)`).
    private var sentenceStarts = UnitStarts(.sentence)

    /// The paragraphs' starts (filled by `prepared(for:entities:)`).
    private var paragraphStarts = UnitStarts(.paragraph)

    /// The sex the article itself gives each person, by canonical name (`documentSexes(tokens:entities:)`).
    private var documentSexes: [String: String] = [:]

    /// A copy whose sentence and paragraph tables and person sexes are filled for `tokens`.
    private func prepared(for tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> QuoteExtractor {
        var extractor = self
        extractor.documentSexes = Self.documentSexes(tokens: tokens, entities: entities)
        extractor.sentenceStarts = UnitStarts(.sentence, tokens: tokens)
        extractor.paragraphStarts = UnitStarts(.paragraph, tokens: tokens)
        return extractor
    }

    /// The rules' pass: the prepared extractor, the quotes with the speakers the rules give, and their spans.
    private func rulePass(tokens: [AnalysisToken], text: AnalysisText, entities: EntityRecognizer.Result)
        -> (extractor: QuoteExtractor, quotes: [Quote], spans: [QuoteSpan]) {
        let extractor = prepared(for: tokens, entities: entities)
        var (quotes, spans) = extractor.findQuotes(tokens: tokens, text: text, entities: entities)
        Self.attributeEchoes(&quotes)
        return (extractor, quotes, spans)
    }

    func extract(tokens: [AnalysisToken], text: AnalysisText, entities: EntityRecognizer.Result) -> [Quote] {
        var (extractor, quotes, spans) = rulePass(tokens: tokens, text: text, entities: entities)
        if spans.contains(where: { $0.ruleless }) {
            let mentions = Self.speakerMentions(spans: spans, tokens: tokens, entities: entities)
            let contexts = Self.rankerContexts(quotes: quotes, spans: spans, tokens: tokens)
            var previous: (name: String, paragraph: Int)? = nil
            for index in quotes.indices {
                // "“...” X said it is time Y “...”. ¶ “Can I remind ...?”": a quote that would go on from the one
                // before takes the speaker the ranker gave it, as the rules take a rule's.
                if quotes[index].speaker == nil, spans[index].continuesPrevious, index > 0, let speaker = quotes[index - 1].speaker {
                    quotes[index].speaker = speaker
                    quotes[index].via = quotes[index].via ?? quotes[index - 1].via
                } else if spans[index].ruleless, quotes[index].speaker == nil {
                    var context = contexts[index]
                    context.previousSpeaker = previous
                    if let entity = SpeakerRanker.shared.speaker(
                        for: context, tokens: tokens, entities: entities, mentions: mentions,
                        sentenceStart: { extractor.sentenceStart(of: $0, tokens: tokens) }
                    ) {
                        quotes[index].speaker = entities.entities[entity].name
                    }
                }
                if let speaker = quotes[index].speaker { previous = (speaker, tokens[spans[index].end].paragraph) }
            }
        }
        Self.attributeHeadlineQuote(&quotes, spans: spans, tokens: tokens)
        return quotes
    }

    /// "‘Munster attacked us really well’" as a headline, with no attribution: a quotation in the article's
    /// first paragraph, when that paragraph is a headline (at most 25 words, before any other paragraph) and
    /// nothing names the quote's speaker or verb, is the article's most quoted speaker's (headlines quote the
    /// story's main voice), when one speaker has more quotes than any other.
    private static func attributeHeadlineQuote(_ quotes: inout [Quote], spans: [QuoteSpan], tokens: [AnalysisToken]) {
        guard let first = quotes.indices.first, quotes[first].speaker == nil, quotes[first].verb == nil,
              !spans[first].unnamedSpeaker, tokens[spans[first].open].paragraph == tokens[0].paragraph,
              let headlineEnd = tokens.firstIndex(where: { $0.paragraph != tokens[0].paragraph }),
              tokens[0..<headlineEnd].lazy.filter({ $0.kind == .word }).count <= 25 else { return }
        var counts: [String: Int] = [:]
        for quote in quotes.dropFirst() {
            if let speaker = quote.speaker { counts[speaker, default: 0] += 1 }
        }
        let ranked = counts.sorted { $0.value > $1.value }
        guard let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value else { return }
        quotes[first].speaker = top.key
    }

    /// Every quote with the features `SpeakerRanker` scores its candidates by, and the speaker the rules gave
    /// it (for training the ranker: `newsmill speaker-features`).
    func trainingExamples(tokens: [AnalysisToken], text: AnalysisText, entities: EntityRecognizer.Result) -> [SpeakerTrainingExample] {
        let (extractor, quotes, spans) = rulePass(tokens: tokens, text: text, entities: entities)
        let mentions = Self.speakerMentions(spans: spans, tokens: tokens, entities: entities)
        let contexts = Self.rankerContexts(quotes: quotes, spans: spans, tokens: tokens)
        return quotes.indices.map { index in
            let (none, candidates) = SpeakerRanker.shared.candidates(
                for: contexts[index], tokens: tokens, entities: entities, mentions: mentions,
                sentenceStart: { extractor.sentenceStart(of: $0, tokens: tokens) }
            )
            return SpeakerTrainingExample(
                text: quotes[index].text, ruleSpeaker: quotes[index].speaker, ruleVerb: quotes[index].verb, rule: spans[index].rule,
                asksRanker: spans[index].ruleless && quotes[index].speaker == nil, none: none,
                candidates: candidates.map {
                    SpeakerTrainingExample.Candidate(name: entities.entities[$0.entity].name, features: $0.features)
                }
            )
        }
    }

    /// What an attribution rule found: the speaker it names (nil for "a spokeswoman said"), the speech verb, and
    /// the rule's line in this file (`newsmill speaker-features` prints it, so that wrong speakers can be counted
    /// per rule without reading the quotes: deploy/data-tools/speaker-errors.py).
    struct Attribution {
        var speaker: String?
        var verb: String?
        var rule: Int

        init(_ speaker: String?, _ verb: String?, rule: Int = #line) {
            self.speaker = speaker
            self.verb = verb
            self.rule = rule
        }
    }

    /// Where a found quote stands, for `SpeakerRanker`.
    private struct QuoteSpan {
        var open: Int
        var end: Int
        var shape: Character
        var isQuestion: Bool
        var words: Int
        /// The rules found a speech verb but no name, or the quote goes on from such a speaker.
        var unnamedSpeaker: Bool
        /// No rule attributed the quote and it does not go on from an unnamed speaker: the ranker may name one.
        var ruleless: Bool
        /// No rule attributed the quote, and it would go on from the quote before it (in the same or the next
        /// paragraph) had that one a speaker: it takes the speaker the ranker gives that one.
        var continuesPrevious = false
        /// The line of the rule that named the quote's speaker or verb (`Attribution.rule`); 0 when none did.
        var rule = 0
    }

    /// The mentions of persons and organisations outside the quotes, in text order.
    private static func speakerMentions(spans: [QuoteSpan], tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> [NameMention] {
        // Depth of quotation at each token, from a difference array: linear however quotes nest or run on.
        var depth = [Int](repeating: 0, count: tokens.count + 1)
        for span in spans {
            depth[span.open] += 1
            depth[span.end + 1] -= 1
        }
        for index in depth.indices.dropFirst() { depth[index] += depth[index - 1] }
        return entities.mentions.filter { mention in
            mention.cluster >= 0 && entities.entities[mention.cluster].type != .location && depth[mention.tokens.lowerBound] == 0
        }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The ranker's view of every quote: its span and the named speakers of the nearest quotes before and after.
    private static func rankerContexts(quotes: [Quote], spans: [QuoteSpan], tokens: [AnalysisToken]) -> [SpeakerRanker.QuoteContext] {
        var next: (name: String, paragraph: Int)? = nil
        var nextSpeakers = [(name: String, paragraph: Int)?](repeating: nil, count: quotes.count)
        for index in quotes.indices.reversed() {
            nextSpeakers[index] = next
            if let speaker = quotes[index].speaker { next = (speaker, tokens[spans[index].open].paragraph) }
        }
        var previous: (name: String, paragraph: Int)? = nil
        return quotes.indices.map { index in
            let span = spans[index]
            let context = SpeakerRanker.QuoteContext(
                open: span.open, end: span.end, shape: span.shape, isQuestion: span.isQuestion, words: span.words,
                previousSpeaker: previous, nextSpeaker: nextSpeakers[index], unnamedSpeaker: span.unnamedSpeaker
            )
            if let speaker = quotes[index].speaker { previous = (speaker, tokens[span.end].paragraph) }
            return context
        }
    }

    /// Gives a quote with no speaker and no verb the speaker of another quote that repeats its words: a
    /// headline or lede that quotes a line the body attributes ("'We are good enough to beat every team in
    /// this competition'" ... "“We are good enough to beat every team in this competition ...,” he said").
    /// The quote's first eight words (at least five), or the eight after its first one or two (a headline
    /// may name in full whom the body's quote names by surname: "François Legault has decided ..." and "...
    /// but Legault has decided ..."), are looked for anywhere in the other's words (a body quote may join
    /// paragraphs), compared by `wordHashes`; only for articles of at most 200 quotes, so the pairwise
    /// comparison stays small.
    static func attributeEchoes(_ quotes: inout [Quote]) {
        guard quotes.count >= 2, quotes.count <= 200, quotes.contains(where: { $0.speaker == nil && $0.verb == nil }) else { return }
        let words = quotes.map { wordHashes($0.text) }
        for index in quotes.indices where quotes[index].speaker == nil && quotes[index].verb == nil && words[index].count >= 5 {
            for skipped in 0...2 where words[index].count - skipped >= 5 {
                let opening = words[index].dropFirst(skipped).prefix(8)
                if let source = quotes.indices.first(where: { other in
                    other != index && quotes[other].speaker != nil && words[other].count >= opening.count
                        && (0...(words[other].count - opening.count)).contains { words[other][$0..<($0 + opening.count)].elementsEqual(opening) }
                }) {
                    quotes[index].speaker = quotes[source].speaker
                    break
                }
            }
        }
    }

    /// The FNV-1a hashes of a text's words, read from its UTF-8 bytes: runs of ASCII letters (lowercased),
    /// digits, apostrophes and non-ASCII bytes (so "’" stays inside "It’s"), split at any other ASCII byte.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash = SimHash.fnv1aOffsetBasis
        var inWord = false
        for byte in text.utf8 {
            let lower = AnalysisTokenizer.asciiLowercased(byte)
            if lower &- UInt8(ascii: "a") < 26 || lower &- UInt8(ascii: "0") < 10 || lower == UInt8(ascii: "'") || lower >= 0x80 {
                hash = SimHash.fnv1a(continuing: hash, byte: lower)
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = SimHash.fnv1aOffsetBasis
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    private func findQuotes(tokens: [AnalysisToken], text: AnalysisText, entities: EntityRecognizer.Result) -> ([Quote], [QuoteSpan]) {
        let nodes = parse(tokens: tokens)
        // Persons named inside quotations are what someone said, not who speaks: "“My husband, Ioan Gruffudd,
        // has announced he is leaving,” Evans tweeted. “...,” she added." ("she" is Evans).
        var quoted: [Range<Int>] = []
        for node in nodes where node.parent == nil && (node.isDouble || node.close != nil) {
            quoted.append(contentsOf: node.segments)
        }
        quoted.sort { $0.lowerBound < $1.lowerBound }
        var nextQuoted = 0
        let personMentions: [(token: Int, entity: Int)] = entities.mentions.compactMap { mention in
            guard mention.cluster >= 0, mention.tokens.lowerBound < tokens.count,
                  tokens[mention.tokens.lowerBound].paragraph >= 0,
                  entities.entities[mention.cluster].type == .person else { return nil }
            return (mention.tokens.lowerBound, mention.cluster)
        }.sorted { $0.token < $1.token }.filter { mention in
            while nextQuoted < quoted.count, quoted[nextQuoted].upperBound <= mention.token { nextQuoted += 1 }
            return nextQuoted == quoted.count || !quoted[nextQuoted].contains(mention.token)
        }

        var quotes: [Quote] = []
        var spans: [QuoteSpan] = []
        var paragraphLabels: [Int: String?] = [:]
        var previous: (quote: Quote, paragraph: Int)? = nil
        var unattributedLast = false
        var unattributedFilledParagraph = false
        for (nodeID, node) in nodes.enumerated() where node.parent == nil {
            var emitted: [Int] = []
            if node.isDouble, let firstChild = node.children.first, let firstSegment = node.segments.first,
               nodes[firstChild].open == firstSegment.lowerBound {
                emitted = node.children
            } else {
                emitted = [nodeID]
            }
            let outer = node
            for quoteID in emitted {
                let quoteNode = nodes[quoteID]
                guard let quoteText = self.text(of: quoteNode, tokens: tokens, text: text) else { continue }
                // (Counted by index: filtering the slice would copy every token into a new array.)
                var wordCount = 0
                for segment in quoteNode.segments {
                    for index in segment where tokens[index].kind != .punct { wordCount += 1 }
                }
                if !quoteNode.isDouble, isTitle(quoteNode, tokens: tokens) { continue }
                // A nickname inside a person's name ("Robert “Stumpy” Taylor") is no quote.
                if isInsideMention(quoteNode.open, entities: entities) { continue }
                // A quoted phrase used as a noun ("a “senior U.S. intelligence officer” claimed") is not speech;
                // but one that a verb of naming introduces is someone's words ("Cruz called the suicide a “profound
                // indictment of the system”", "described the situation as ‘a humanitarian crisis ...’").
                // ("was triggered by “some, albeit limited, information in English,” Maillé wrote": a phrase of five
                // words or more whose comma before the closing mark leads to a named speaker is someone's words.)
                var attribution: Attribution?
                if quoteNode.open > 0, ["a", "an", "the", "by", "as", "of"].contains(tokens[quoteNode.open - 1].lower), wordCount < 8,
                   wordCount < 5 || !Self.followsVerbOfNaming(quoteNode.open, tokens: tokens) {
                    guard wordCount >= 5, let close = quoteNode.close, close >= 1, tokens[close - 1].text == ",",
                          let named = attribute(quoteNode, tokens: tokens, entities: entities, persons: personMentions, nodes: nodes),
                          named.speaker != nil, named.verb != nil else { continue }
                    attribution = named
                } else {
                    attribution = attribute(quoteNode, tokens: tokens, entities: entities, persons: personMentions, nodes: nodes)
                }
                if attribution == nil, wordCount < 4 { continue }  // scare quotes: “designed”
                // "“...” ¶ This was the message from Prime Minister Tuilaepa ...": the paragraph after names who
                // said the paragraph of quotation before it.
                let fills = fillsParagraph(quoteNode, tokens: tokens)
                var cataphoric = false
                if attribution == nil, fills
                    || Self.datelineStart(before: quoteNode.open, tokens: tokens).map({ fillsParagraph(quoteNode, tokens: tokens, from: $0) }) == true,
                   let speaker = cataphoricSpeaker(afterParagraphOf: quoteNode.segments.last.map { $0.upperBound - 1 } ?? quoteNode.open,
                                                   tokens: tokens, entities: entities) {
                    attribution = Attribution(speaker, nil)
                    cataphoric = true
                }
                // A short run in title case is a work's title ("a poem called “Winter Solstice, Camelot Station”").
                if attribution == nil, wordCount < 5, isTitle(quoteNode, tokens: tokens) { continue }
                if !quoteNode.isDouble, outer.parent == nil, quoteID == nodeID, attribution == nil, wordCount < 6 { continue }
                var via = outlet(before: outer.open, tokens: tokens, entities: entities)
                    ?? outlet(after: quoteNode.close ?? outer.close, tokens: tokens, entities: entities)
                let firstParagraph = tokens[quoteNode.open].paragraph
                let isQuestion = quoteNode.close.map { $0 >= 1 && tokens[$0 - 1].text == "?" } == true
                // "Swift's rep told Fox News that this was not the whole truth. “...”": the sentence before speaks
                // through someone unnamed, who says the quote; an earlier quote's speaker does not go on.
                let afterUnnamedSpeaker = attribution == nil && unnamedSpeakerOfPreviousSentence(before: quoteNode.open, tokens: tokens)
                // "“...,” Jones said. ¶ Smith, for his part, was calm. “...”": a sentence of this paragraph opening
                // with a person's name, right before the quote, names its speaker before a quote of an earlier
                // paragraph can go on.
                if attribution == nil, !afterUnnamedSpeaker, let previous, previous.paragraph < firstParagraph,
                   quoteNode.open >= 1, tokens[quoteNode.open - 1].text == ".", tokens[quoteNode.open - 1].paragraph == firstParagraph,
                   let speaker = sentenceOpeningPerson(before: quoteNode.open, tokens: tokens, entities: entities) {
                    attribution = Attribution(speaker, nil)
                }
                // "Benioff introduced Cook as “someone who has redefined ...”": a quote inside a sentence that opens
                // with a person's name, and that names no speaker, is that person's (a title in title case,
                // "their single “Takin’ It to the Streets”", is no one's words).
                if attribution == nil, !afterUnnamedSpeaker, quoteNode.open >= 1, wordCount >= 5, !isTitle(quoteNode, tokens: tokens),
                   tokens[quoteNode.open - 1].sentence == tokens[quoteNode.open].sentence, !tokens[quoteNode.open].sentenceStart,
                   tokens[quoteNode.open - 1].paragraph == firstParagraph, tokens[quoteNode.open - 1].kind == .word,
                   let speaker = sentenceOpeningPerson(before: quoteNode.open, tokens: tokens, entities: entities) {
                    attribution = Attribution(speaker, nil)
                    if let previous, previous.quote.speaker == speaker, firstParagraph - previous.paragraph <= 1 {
                        via = via ?? previous.quote.via
                    }
                }
                // "Also giving his full support was Minister Barry Padarath, who praised the Prime Minister for “her
                // frank ... address”": a quote inside a relative clause on a named person is that person's.
                if attribution == nil, !afterUnnamedSpeaker, wordCount >= 5, let speaker = personOfRelativeClause(holding: quoteNode.open, tokens: tokens, entities: entities) {
                    attribution = Attribution(speaker, nil)
                }
                // "“...,” Stephenson said. But Lowrance says it won’t be long. “I do not see ...”": a named person
                // who speaks in the sentence right before, in the same paragraph and after the earlier quote,
                // speaks the quote; the earlier quote's speaker does not go on past them.
                if attribution == nil, !afterUnnamedSpeaker, let previous, previous.quote.speaker != nil,
                   quoteNode.open >= 1, tokens[quoteNode.open - 1].paragraph == firstParagraph,
                   let previousSpan = spans.last, previousSpan.end < sentenceStart(of: quoteNode.open - 1, tokens: tokens),
                   let speaker = speakerOfPreviousSentence(
                       before: quoteNode.open, wholeParagraph: false, tokens: tokens, entities: entities, persons: personMentions,
                       nodes: nodes
                   ) {
                    attribution = Attribution(speaker, nil)
                    if speaker == previous.quote.speaker { via = via ?? previous.quote.via }
                }
                if attribution == nil, !afterUnnamedSpeaker, let previous, previous.quote.speaker != nil,
                   firstParagraph - previous.paragraph <= 1
                    // "“...,” said Siya Kolisi. ¶ South Africa also had their setbacks. ¶ “We lost our hooker ...”":
                    // a paragraph of narrative that names no person and has no speech verb does not end the speaker.
                    || firstParagraph - previous.paragraph == 2 && fills
                        && isNarrative(paragraphBefore: quoteNode.open, speaker: previous.quote.speaker, tokens: tokens, entities: entities) {
                    attribution = Attribution(previous.quote.speaker, nil)
                    via = via ?? previous.quote.via
                }
                // "“...,” an insider told the outlet. “...”": a quote with no attribution after one whose speaker is
                // described but not named continues that unnamed speaker; the rules below would name someone else.
                let continuesUnnamed = afterUnnamedSpeaker || attribution == nil && previous.map {
                    $0.quote.speaker == nil && $0.quote.verb != nil && firstParagraph - $0.paragraph <= 1
                } == true
                // "Jones said the plan would pass. “...”": a quote with no attribution at all, opening a sentence
                // after one in which a named person speaks, in the same paragraph. (An attribution without a
                // name, "a spokeswoman said", stays unnamed.)
                if attribution == nil, !continuesUnnamed,
                   let speaker = speakerOfPreviousSentence(
                       before: quoteNode.open, wholeParagraph: fills, tokens: tokens, entities: entities,
                       persons: personMentions, nodes: nodes
                   ) {
                    attribution = Attribution(speaker, nil)
                }
                // "Jane Doe was blunt. “...”": a quote with no attribution, opening a sentence after one that opens
                // with a person's name, in the same paragraph.
                if attribution == nil, !continuesUnnamed, quoteNode.open >= 1, tokens[quoteNode.open - 1].text == ".",
                   tokens[quoteNode.open - 1].paragraph == firstParagraph,
                   let speaker = sentenceOpeningPerson(before: quoteNode.open, tokens: tokens, entities: entities) {
                    attribution = Attribution(speaker, nil)
                }
                // "Tanabe-Ross: When I opened, I told my staff, “...”": in an interview's answer, a quote with no
                // named speaker is the one whose label opens the paragraph.
                if attribution?.speaker == nil {
                    // Looked up once per paragraph: a paragraph of thousands of quotes stays linear.
                    let label: String?
                    if let cached = paragraphLabels[firstParagraph] {
                        label = cached
                    } else {
                        label = paragraphLabel(of: quoteNode.open, tokens: tokens, entities: entities)
                        paragraphLabels[firstParagraph] = .some(label)
                    }
                    if let label { attribution = Attribution(label, attribution?.verb) }
                }
                let quote = Quote(speaker: attribution?.speaker, text: quoteText, verb: attribution?.verb, via: via)
                let opensParagraph = quoteNode.open == 0 || tokens[quoteNode.open - 1].paragraph != firstParagraph
                // "“...” ¶ “...,” she added.": a quote with no attribution takes the speaker of the next one when
                // that one, in the same or the next paragraph, says it adds to or continues what was said; or,
                // when it is a paragraph of its own and no question, when the next one opens the next paragraph
                // ("“I have studied ...” ¶ “Initially, I complained ...,” Obado said.": one speaker's run).
                if attribution != nil, let last = quotes.indices.last, let unattributed = previous,
                   quotes[last].speaker == nil, quotes[last].verb == nil, unattributedLast,
                   firstParagraph - unattributed.paragraph <= 1,
                   let verb = quote.verb,
                   Self.continuingVerbs.contains(verb)
                    || unattributedFilledParagraph && opensParagraph && firstParagraph - unattributed.paragraph == 1 {
                    quotes[last].speaker = quote.speaker
                    spans[last].rule = #line
                }
                // ("“...” “...” ¶ Those were the words of ...": the unattributed quotes before it in its paragraph too.)
                if cataphoric {
                    for earlier in quotes.indices.reversed() {
                        guard quotes[earlier].speaker == nil, quotes[earlier].verb == nil,
                              tokens[spans[earlier].open].paragraph == firstParagraph else { break }
                        quotes[earlier].speaker = quote.speaker
                        spans[earlier].ruleless = false
                        spans[earlier].rule = #line
                    }
                }
                unattributedFilledParagraph = attribution == nil && fills && quoteNode.close != nil && !isQuestion
                unattributedLast = attribution == nil
                quotes.append(quote)
                let lastToken = quoteNode.close ?? (quoteNode.segments.last?.upperBound ?? quoteNode.open) - 1
                spans.append(QuoteSpan(
                    open: quoteNode.open, end: max(quoteNode.open, min(lastToken, tokens.count - 1)),
                    shape: fills ? "F" : opensParagraph ? "O" : "I",
                    isQuestion: isQuestion, words: wordCount,
                    unnamedSpeaker: continuesUnnamed || attribution != nil && attribution?.speaker == nil,
                    // A question of its own is most often the interviewer's; a title-case run, a work's title.
                    ruleless: attribution == nil && !continuesUnnamed && !isQuestion && !isTitle(quoteNode, tokens: tokens),
                    continuesPrevious: attribution == nil && !afterUnnamedSpeaker
                        && previous.map { $0.quote.speaker == nil && firstParagraph - $0.paragraph <= 1 } == true,
                    rule: attribution?.rule ?? 0
                ))
                previous = (quote, tokens[max(0, min(lastToken, tokens.count - 1))].paragraph)
            }
        }
        return (quotes, spans)
    }

    // MARK: Parsing marks

    /// A quotation mark's UTF-8 bytes packed into one number (0 for text of more than three bytes), so
    /// `mark` switches on integers: comparing a token with non-ASCII string literals is slow.
    static func markCode(of text: String) -> UInt32 {
        var code: UInt32 = 0
        var count = 0
        for byte in text.utf8 {
            count += 1
            if count > 3 { return 0 }
            code = code << 8 | UInt32(byte)
        }
        return code
    }

    // The marks' codes, as `markCode` packs them (U+201C is E2 80 9C in UTF-8, and so on).
    static let leftDoubleMark: UInt32 = 0xE2_80_9C  // “
    static let rightDoubleMark: UInt32 = 0xE2_80_9D  // ”
    static let lowDoubleMark: UInt32 = 0xE2_80_9E  // „
    static let leftGuillemet: UInt32 = 0xC2_AB  // «
    static let rightGuillemet: UInt32 = 0xC2_BB  // »
    static let leftSingleMark: UInt32 = 0xE2_80_98  // ‘
    static let rightSingleMark: UInt32 = 0xE2_80_99  // ’
    static let straightDoubleMark: UInt32 = 0x22  // "
    static let straightSingleMark: UInt32 = 0x27  // '

    private func mark(at index: Int, tokens: [AnalysisToken], stack: [Int], nodes: [Node]) -> Mark? {
        // The tokens are read in place by index (a copied token retains and releases its strings).
        guard tokens[index].kind == .punct else { return nil }
        let paragraph = tokens[index].paragraph
        let spaceBefore = tokens[index].spaceBefore
        let hasNext = index + 1 < tokens.count
        let nextTouches = hasNext && !tokens[index + 1].spaceBefore && tokens[index + 1].paragraph == paragraph
        switch Self.markCode(of: tokens[index].text) {
        case Self.leftDoubleMark:
            let lowOpen = stack.last.map { nodes[$0].isDouble && nodes[$0].opensLow } ?? false
            // "“It’s historic, a great council, “ new comer Jenny Barrie said.": “ typed for ”, standing apart from
            // the next word, closes the double quote that is open.
            if !lowOpen, !nextTouches, stack.contains(where: { nodes[$0].isDouble }) { return .closeDouble }
            return lowOpen ? .closeDouble : .openDouble
        case Self.lowDoubleMark, Self.leftGuillemet: return .openDouble
        case Self.rightGuillemet: return .closeDouble
        case Self.rightDoubleMark:
            // ”typed for “ ("”It’s all hate,” he said"): with no double quote open, a ” that opens its paragraph
            // or follows a space, touching the next word, opens one.
            let doubleOpen = stack.contains { nodes[$0].isDouble }
            let opensParagraph = index == 0 || tokens[index - 1].paragraph != paragraph
            if !doubleOpen, nextTouches, opensParagraph || spaceBefore { return .openDouble }
            return .closeDouble
        case Self.leftSingleMark:
            // "‘’The Gambians should start coming …’’ he reiterated": "‘’" touching the next word, opening a
            // paragraph or after a space, is typed for “ and opens a double quote; its second mark is not text.
            if nextTouches, tokens[index + 1].text.isExactly("’"), index + 2 < tokens.count, !tokens[index + 2].spaceBefore,
               tokens[index + 2].paragraph == paragraph, tokens[index + 2].kind == .word,
               index == 0 || tokens[index - 1].paragraph != paragraph || spaceBefore {
                return .openDouble
            }
            return .openSingle
        case Self.rightSingleMark:
            if let top = stack.last, nodes[top].isDouble, nodes[top].open == index - 1, tokens[index - 1].text.isExactly("‘") { return nil }
            // "’’" typed for ” ("mislead voters,’’ Will Moy ..."): the second mark closes an open double quote.
            let doubleOnTop = stack.last.map { nodes[$0].isDouble } == true
            if doubleOnTop, nextTouches, hasNext && tokens[index + 1].text.isExactly("’") { return nil }
            if doubleOnTop, index > 0, tokens[index - 1].text.isExactly("’"), !spaceBefore { return .closeDouble }
            return stack.last.map { !nodes[$0].isDouble } == true ? .closeSingle : nil
        case Self.straightDoubleMark:
            let doubleOpen = stack.contains { nodes[$0].isDouble }
            if doubleOpen && (!spaceBefore || !nextTouches) { return .closeDouble }
            // "'It is in the interest of the country ...," the minister said": a single quote closed by a double
            // mark (a typo) in the closing shape, touching the word before and not the one after.
            if !doubleOpen, !stack.isEmpty, !spaceBefore, !nextTouches { return .closeDouble }
            return nextTouches ? .openDouble : nil
        case Self.straightSingleMark:
            // "''" closing a straight or curly double quote (wire copy: "“...,'' said Duncan Stewart").
            let doubleOnTop = stack.last.map { nodes[$0].isDouble } == true
            // "'' People stayed in long queues ...'', the minister said": "''" opening a paragraph or after a
            // space opens a double quote; its second mark is not text.
            let opensParagraph = index == 0 || tokens[index - 1].paragraph != paragraph
            if !doubleOnTop, hasNext && tokens[index + 1].text == "'", nextTouches, opensParagraph || spaceBefore { return .openDouble }
            if let top = stack.last, nodes[top].isDouble, nodes[top].open == index - 1, tokens[index - 1].text == "'" { return nil }
            if doubleOnTop, nextTouches, hasNext && tokens[index + 1].text == "'" { return nil }
            if doubleOnTop, index > 0, tokens[index - 1].text == "'", !spaceBefore { return .closeDouble }
            if stack.last.map({ !nodes[$0].isDouble }) == true, !spaceBefore { return .closeSingle }
            let previousIsOpening = index > 0 && tokens[index - 1].text.isExactly(anyOf: ["“", "\"", "("])
            // "Cllr Hopwood said: “'I’m opposed ...": a straight single mark right after an opening double mark
            // that nothing in its paragraph closes is a stray (a quote inside the quote would close).
            if previousIsOpening, !spaceBefore, tokens[index - 1].text != "(", !hasStraightSingleMark(after: index, tokens: tokens) {
                return nil
            }
            return (spaceBefore || previousIsOpening || index == 0) && nextTouches ? .openSingle : nil
        default: return nil
        }
    }

    /// Whether the token at `index` is inside a name mention that starts up to four tokens before it.
    @inline(never)
    private func isInsideMention(_ index: Int, entities: EntityRecognizer.Result) -> Bool {
        for start in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            if let mentionID = entities.mentionStartingAt[start] { return entities.mentions[mentionID].tokens.contains(index) }
        }
        return false
    }

    /// Whether a straight single mark stands as a token of its own after `index` in its paragraph.
    @inline(never)
    private func hasStraightSingleMark(after index: Int, tokens: [AnalysisToken]) -> Bool {
        var probe = index + 1
        while probe < tokens.count, tokens[probe].paragraph == tokens[index].paragraph {
            if tokens[probe].kind == .punct, tokens[probe].text == "'" { return true }
            probe += 1
        }
        return false
    }

    /// Whether the first quotation mark of the paragraph starting at `start` closes a double quote of `stack`.
    private func closesWithoutOpening(paragraphFrom start: Int, tokens: [AnalysisToken], stack: [Int], nodes: [Node]) -> Bool {
        var index = start
        while index < tokens.count, tokens[index].paragraph == tokens[start].paragraph {
            if tokens[index].lexicon.contains(.quotationMark) {
                return mark(at: index, tokens: tokens, stack: stack, nodes: nodes) == .closeDouble
            }
            index += 1
        }
        return false
    }

    private func parse(tokens: [AnalysisToken]) -> [Node] {
        var nodes: [Node] = []
        var stack: [Int] = []
        var segmentStart: [Int: Int] = [:]

        func closeTop(at index: Int, closed: Bool, segmentEnd: Int? = nil) {
            guard let top = stack.popLast() else { return }
            let start = segmentStart[top] ?? index
            let end = segmentEnd ?? index
            if start < end { nodes[top].segments.append(start..<end) }
            if closed { nodes[top].close = index }
        }

        var index = 0
        while index < tokens.count {
            // Only a quotation mark can open or close a quote.
            if !tokens[index].lexicon.contains(.quotationMark), index == 0 || tokens[index].paragraph == tokens[index - 1].paragraph {
                index += 1
                continue
            }
            if index > 0, tokens[index].paragraph != tokens[index - 1].paragraph, !stack.isEmpty {
                for id in stack {
                    let start = segmentStart[id] ?? index
                    if start < index { nodes[id].segments.append(start..<index) }
                }
                let opening = mark(at: index, tokens: tokens, stack: [], nodes: nodes)
                if let innermost = stack.last, opening == .openDouble || opening == .openSingle {
                    let isDouble = opening == .openDouble
                    if isDouble == nodes[innermost].isDouble {
                        for id in stack { segmentStart[id] = index + 1 }
                        index += 1
                        continue
                    }
                    if isDouble {
                        while let top = stack.last, !nodes[top].isDouble { stack.removeLast() }
                        // (With only single quotes open, left unclosed by a typo, the mark opens a new quote.)
                        if !stack.isEmpty {
                            for id in stack { segmentStart[id] = index + 1 }
                            index += 1
                            continue
                        }
                    }
                    for id in stack { segmentStart[id] = index }
                } else if stack.contains(where: { nodes[$0].isDouble }),
                          closesWithoutOpening(paragraphFrom: index, tokens: tokens, stack: stack, nodes: nodes) {
                    // "“I want to ... ministers.¶The moment they change ...,” he stressed.": a paragraph that closes the
                    // open quote before opening any continues it, its opening mark lost.
                    for id in stack { segmentStart[id] = index }
                } else {
                    stack.removeAll()
                }
            }
            let current = mark(at: index, tokens: tokens, stack: stack, nodes: nodes)
            switch current {
            case .openDouble?, .openSingle?:
                let isDouble = current == .openDouble
                let id = nodes.count
                nodes.append(Node(isDouble: isDouble, opensLow: tokens[index].text.isExactly("„"), open: index, parent: stack.last))
                if let parent = stack.last { nodes[parent].children.append(id) }
                stack.append(id)
                // (An opening "''" or "‘’" has two marks.)
                let doubled = index + 1 < tokens.count && (tokens[index].text == "'" && tokens[index + 1].text == "'"
                    || isDouble && tokens[index].text.isExactly("‘") && tokens[index + 1].text.isExactly("’"))
                segmentStart[id] = index + (doubled ? 2 : 1)
            case .closeDouble?:
                // A doubled apostrophe ("’’", "''") closes with its second mark; the first is not text.
                let segmentEnd = tokens[index].text.isExactly(anyOf: ["’", "'"]) ? index - 1 : index
                if stack.contains(where: { nodes[$0].isDouble }) {
                    while let top = stack.last {
                        let isDouble = nodes[top].isDouble
                        closeTop(at: index, closed: true, segmentEnd: segmentEnd)
                        if isDouble { break }
                    }
                } else if let top = stack.last, tokens[nodes[top].open].paragraph == tokens[index].paragraph {
                    // "about ‘police corruption”, in which": a single quote closed by a double mark (a typo).
                    closeTop(at: index, closed: true, segmentEnd: segmentEnd)
                }
            case .closeSingle?:
                closeTop(at: index, closed: true)
            case nil:
                break
            }
            index += 1
        }
        while !stack.isEmpty { closeTop(at: tokens.count, closed: false) }
        return nodes
    }

    // MARK: Text

    private func text(of node: Node, tokens: [AnalysisToken], text: AnalysisText) -> String? {
        var parts: [String] = []
        for segment in node.segments where !segment.isEmpty {
            parts.append(text.string(from: tokens[segment.lowerBound].start, to: tokens[segment.upperBound - 1].end))
        }
        // One part (the usual case) is its own joining, without a copy.
        let joined = parts.count == 1 ? parts[0] : parts.joined(separator: " ")
        // Trailing ",", " ", ":" and ";" are dropped by bytes: ASCII bytes never occur inside a longer
        // UTF-8 sequence, and removing scalars one by one goes through the string's generic replace.
        let trailing = joined.utf8.reversed().prefix(while: { $0 == 0x2C || $0 == 0x20 || $0 == 0x3A || $0 == 0x3B }).count
        if trailing == joined.utf8.count { return nil }
        return trailing == 0 ? joined : String(decoding: joined.utf8.dropLast(trailing), as: UTF8.self)
    }

    /// A single-quoted run in title case is a work's title ("‘Running the World: ...’"), not speech.
    private func isTitle(_ node: Node, tokens: [AnalysisToken]) -> Bool {
        var words = 0
        var capitalized = 0
        for segment in node.segments {
            for token in tokens[segment] where token.kind == .word {
                words += 1
                if token.capitalized { capitalized += 1 }
            }
        }
        return words >= 2 && capitalized * 10 >= words * 6
    }

    // MARK: Attribution

    private func entityName(startingAt index: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> (name: String, end: Int)? {
        guard let mentionID = entities.mentionStartingAt[index] else { return nil }
        let mention = entities.mentions[mentionID]
        let entity = entities.entities[mention.cluster]
        guard entity.type != .location || entities.isCountry[mention.cluster] else { return nil }
        // "McKenzie said" after "Hamish McKenzie, Bryce's father, ...": the bearer of a shared surname last named in full.
        if let referent = entities.sharedSurnameReferents[mentionID] {
            return (entities.entities[referent].name, Self.endAfterPostNominals(mention.tokens.upperBound, tokens: tokens))
        }
        // "Mr Tully said" in an article about Bronwyn and Greg Tully: a surname after a title of one sex is the
        // person of that sex who bears it.
        if entity.type == .person, mention.tokens.count == 1, index >= 1,
           let pronoun = Self.titleSexes[tokens[index - 1].lower], !Self.hasGivenName(of: pronoun, entity.name),
           let other = entities.entities.first(where: {
               $0.type == .person && $0.name.hasSuffix(" " + entity.name.split(separator: " ").last.map(String.init)!)
                   && Self.hasGivenName(of: pronoun, $0.name)
           }) {
            return (other.name, Self.endAfterPostNominals(mention.tokens.upperBound, tokens: tokens))
        }
        return (entity.name, entity.type == .person ? Self.endAfterPostNominals(mention.tokens.upperBound, tokens: tokens) : mention.tokens.upperBound)
    }

    /// The end of a person's name with the letters in capitals after it that the name leaves out: an office
    /// or a degree ("Mary Lou McDonald TD said", "Femi Falana SAN told", "Tom Smith MP says").
    private static func endAfterPostNominals(_ nameEnd: Int, tokens: [AnalysisToken]) -> Int {
        var end = nameEnd
        while end < tokens.count, end < nameEnd + 2, tokens[end].kind == .word, tokens[end].lexicon.contains(.noLowercase),
              (2...4).contains(tokens[end].text.utf8.count),
              tokens[end].lexicon.contains(.trailingOffice) || EntityRecognizer.isPostNominal(at: end, tokens: tokens) {
            end += 1
        }
        return end
    }

    /// The end of the second of two joint subjects starting at `index`: a name, or "the" and a description's
    /// head noun ("and Red Pheasant Council", "and the band council"); nil otherwise.
    private func jointSubjectEnd(from index: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int? {
        if let mentionID = entities.mentionStartingAt[index] { return entities.mentions[mentionID].tokens.upperBound }
        if tokens[index].lower == "the", let described = definiteDescription(at: index, tokens: tokens) { return described.head + 1 }
        return nil
    }

    /// Titles that say a person's sex, by the pronoun for it.
    private static let titleSexes: [String: String] = [
        "mr": "he", "mr.": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she", "miss": "she",
    ]

    /// The organisation "it"/"they" refers to in "“...,” they said": the nearest organisation named before
    /// `index` in the same or the two previous paragraphs, outside quotations and not the object of a
    /// preposition ("the organisers of the AMAs"), so usually a subject ("Big Machine have denied ...",
    /// "The company that runs the AMAs, Dick Clark Productions, denies ...").
    private func lastOrganization(
        before index: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, nodes: [Node], skippingOutlets: Bool = false
    ) -> String? {
        let paragraph = tokens[index].paragraph
        var probe = index - 1
        while probe >= 0, probe >= index - 300, tokens[probe].paragraph >= paragraph - 2 {
            defer { probe -= 1 }
            guard let mentionID = entities.mentionStartingAt[probe] else { continue }
            let cluster = entities.mentions[mentionID].cluster
            let entity = entities.entities[cluster]
            guard entity.type == .organization, !(skippingOutlets && entities.isOutlet[cluster]),
                  !nodes.contains(where: { $0.open < probe && probe < ($0.close ?? $0.open) }) else { continue }
            var before = probe - 1
            // "a Netflix documentary": a name after "a"/"an" modifies a noun; it is not a subject.
            if before >= 0, ["a", "an"].contains(tokens[before].lower) { continue }
            // ("the club’s Facebook page": nor a name modifying a noun after a possessive.)
            if Self.isModifierAfterPossessive(probe, end: entities.mentions[mentionID].tokens.upperBound, tokens: tokens) { continue }
            if before >= 0, tokens[before].lower == "the" { before -= 1 }
            if before >= 0, Self.prepositions.contains(lowerOf: before, in: tokens) { continue }
            return entity.name
        }
        return nil
    }

    /// Verbs of judging aloud ("Gargash lambasted the media ... ¶ “...”"): like a speech verb, they make the
    /// sentence's subject the speaker of an unattributed quote right after it.
    private static let evaluationVerbs: WordSet = [
        "lambasted", "slammed", "blasted", "criticised", "criticized", "condemned", "hailed", "praised",
        "accused", "defended", "welcomed", "rejected", "dismissed", "questioned", "appealed", "vowed", "expressed",
    ]

    /// Words that open a relative clause ("the letter that López Obrador posted").
    private static let relativePronouns: WordSet = ["that", "which", "who", "whom", "whose"]

    /// Prepositions whose object is not the subject an "it"/"they" refers back to.
    private static let prepositions: WordSet = [
        "of", "to", "on", "at", "in", "from", "by", "with", "for", "about", "against", "into", "via", "than",
        "under", "alongside", "beside", "behind", "among", "between", "without", "through", "toward", "towards",
    ]

    /// The person "he"/"she" refers to: in the last sentence before `index` that names a person, the
    /// first person it names (the subject, usually: "Ryan Suter, who joked about Parise's sticks, could
    /// see ..." then "he said" is Suter), passing over a preposition's object for another person there. With a pronoun, a person whose given name is borne mostly by the
    /// other sex (1990 US census) is passed over, for the next one named in that sentence or, up to three
    /// sentences naming persons back, an earlier one; when none agrees the first rule's answer stands.
    private func lastPerson(
        before index: Int, pronoun: String?, persons: [(token: Int, entity: Int)], entities: EntityRecognizer.Result,
        tokens: [AnalysisToken]
    ) -> String? {
        let low = Self.firstPerson(atOrAfter: index, in: persons)
        guard low > 0 else { return nil }
        // "A grape farmer said he had spent Rs 6 lakh ... But now, he said, “...”": a sentence after the last one
        // naming a person that opens with an unnamed person as its subject moves the center to them, whom the
        // pronoun continues (centering, as in `describedCenter`): no one named.
        if pronoun != nil, Self.opensWithUnnamedPerson(after: persons[low - 1].token, before: index, tokens: tokens) { return nil }
        if let pronoun, let center = describedCenter(
            after: persons[low - 1].token, before: index, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens
        ) {
            return center
        }
        var last = low - 1
        var firstAnswer: String? = nil
        // An oblique antecedent found in a sentence, taken only if the sentence before it has no agreeing
        // subject or object.
        var fallbackOblique: String? = nil
        for round in 0..<8 where last >= 0 {
            // Past the third sentence naming persons, only a person whose given name is mostly the pronoun's
            // sex is taken ("“...,” he'd respond" after sentences naming only women).
            let knownSexOnly = round >= 3
            let sentence = tokens[persons[last].token].sentence
            var first = last
            while first > 0, tokens[persons[first - 1].token].sentence == sentence { first -= 1 }
            if firstAnswer == nil { firstAnswer = entities.entities[persons[first].entity].name }
            guard let pronoun else {
                // "She also said it was a pity Ms Braverman did not come. ¶ “...,” said the Conservative.": a
                // sentence whose subject is "he"/"she" (or that opens "According to him/her") is about the person
                // the pronoun refers to, who is the one a description after it most likely means (centering).
                let opening = sentenceStart(of: persons[first].token, tokens: tokens)
                if opening < persons[first].token, let subject = Self.pronounOpening(opening, before: persons[first].token, tokens: tokens),
                   let referent = lastPerson(before: opening, pronoun: subject, persons: persons, entities: entities, tokens: tokens) {
                    return referent
                }
                if let referent = describedSubjectReferent(opening: opening, named: first...last, persons: persons, entities: entities, tokens: tokens) {
                    return referent
                }
                // "Ms de Brun was criticised by spokesman Robert Coulter who said ... ¶ The Assembly member said:": in
                // the first sentence that names persons, one who speaks there is the one described.
                if round == 0, let speaker = (first...last).first(where: { candidate in
                    let token = persons[candidate].token
                    guard let mention = entities.mentionStartingAt[token] else { return false }
                    return subjectSpeechVerb(after: entities.mentions[mention].tokens.upperBound, tokens: tokens) != nil
                }) {
                    return entities.entities[persons[speaker].entity].name
                }
                return firstAnswer
            }
            // "She apprenticed under Aurelio Ponzetti. “...,” she says.": a sentence whose subject is the same
            // pronoun keeps to the person it refers to, so the persons it names are not the antecedent
            // (centering: the subject pronoun continues the center, Grosz, Joshi and Weinstein 1995).
            let opening = sentenceStart(of: persons[first].token, tokens: tokens)
            if opening < persons[first].token, Self.pronounOpening(opening, before: persons[first].token, tokens: tokens) == pronoun {
                last = first - 1
                continue
            }
            // "The Blues could tear sides apart and he pointed to the desperation needed to contain Rieko Ioane": the
            // same pronoun as a clause's subject before the persons of its sentence (no comma between) keeps the
            // center, and they are that clause's objects (a pronoun does not precede a name it refers to, which it
            // commands: Chomsky's binding condition C); not a person who speaks there.
            if Self.pronounSubject(pronoun, from: opening, before: persons[first].token, tokens: tokens),
               !(first...last).contains(where: { candidate in
                   entities.mentionStartingAt[persons[candidate].token].map {
                       let end = entities.mentions[$0].tokens.upperBound
                       return subjectSpeechVerb(after: end, tokens: tokens) != nil || isVoicedByRelativeClause(after: end, tokens: tokens)
                   } ?? false
               }) {
                last = first - 1
                continue
            }
            // "While Levein felt Willie Collum had denied his side a penalty, he stressed ...": after a fronted
            // subordinate clause, the main clause's pronoun is the clause's subject, named right after its
            // conjunction; the center the next "he said" keeps.
            if persons[first].token == opening + 1, Self.subordinateConjunctions.contains(lowerOf: opening, in: tokens),
               Self.pronounAfterClause(from: opening + 1, through: persons[last].token, tokens: tokens) == pronoun,
               agrees(personAt: persons[first], with: pronoun, entities: entities, tokens: tokens) {
                return entities.entities[persons[first].entity].name
            }
            // "“…,” she confided, while being interviewed by …, Isabelle Dessureault.": the persons named after a
            // quotation the same pronoun attributes are whom it was said to or of; the center stays.
            if Self.pronounAttributingQuote(from: opening, before: persons[first].token, tokens: tokens) == pronoun {
                last = first - 1
                continue
            }
            // "It was not his job to correct reports that misquoted Dr Mahathir, he said.": a sentence of reported
            // speech that the same pronoun closes is that person's too; the persons inside are what was said of.
            if sentence != tokens[min(index, tokens.count - 1)].sentence,
               Self.closingPronounAttribution(after: persons[last].token, tokens: tokens) == pronoun {
                last = first - 1
                continue
            }
            if index >= tokens.count || sentence != tokens[index].sentence,
               let described = describedSubjectReferent(
                   opening: opening, named: first...last, persons: persons, entities: entities, tokens: tokens
               ),
               agrees(name: described, with: pronoun) {
                return described
            }
            if knownSexOnly {
                if let known = (first...last).first(where: {
                    isKnown(as: pronoun, entities.entities[persons[$0].entity].name)
                        && !Self.isAfterPreposition(persons[$0].token, tokens: tokens)
                }) {
                    return entities.entities[persons[known].entity].name
                }
                if let fallbackOblique { return fallbackOblique }
                last = first - 1
                continue
            }
            // A person named as a preposition's object ("his friendship with Epstein") is a weaker antecedent
            // than a subject or object: taken only when no other agreeing person is in the sentence.
            // In the pronoun's own sentence such a person is not an antecedent at all ("Asked about it in a
            // discussion with Ben Leo and Isabel Webster, he said:"), nor one coordinated with them.
            let ownSentence = index < tokens.count && sentence == tokens[index].sentence
            // "In a letter that López Obrador posted ..., Fernández also said ...", "..., the Foreign Minister
            // Sheikh Mohamed ... has said.": a person right before the sentence's speech verb is its speaker,
            // the antecedent before the first person named; not a relative clause's subject ("a letter that López
            // Obrador posted").
            // Of several such speakers, the one whose verb opens a quotation ("Galvin retorted ..., to which Collins
            // replied: “...” ¶ He added: “...”" continues Collins).
            if !ownSentence {
                var speaker: Int? = nil
                for candidate in first...last {
                    let token = persons[candidate].token
                    guard let mention = entities.mentionStartingAt[token], !Self.isAfterPreposition(token, tokens: tokens),
                          token == 0 || !Self.relativePronouns.contains(lowerOf: token - 1, in: tokens),
                          agrees(personAt: persons[candidate], with: pronoun, entities: entities, tokens: tokens) else { continue }
                    let end = entities.mentions[mention].tokens.upperBound
                    guard let verb = directSpeechVerb(after: end, tokens: tokens)
                        ?? appositiveSpeechVerb(mentionStart: token, end: end, tokens: tokens) else { continue }
                    if speaker == nil { speaker = candidate }
                    if opensQuotation(after: verb, tokens: tokens) {
                        speaker = candidate
                        break
                    }
                }
                if let speaker { return entities.entities[persons[speaker].entity].name }
            }
            // "… left a bad taste for Evatt, who felt the referee should have stopped it. ¶ “…,” he said": a person
            // whose view a relative clause gives ("who felt", "who said") is the one the next "he" quotes; so is one
            // whose view "to" introduces ("To Opanyin Agyekum, it is a disgrace", "This is disturbing to Lendvay").
            if !ownSentence, let voiced = (first...last).first(where: { candidate in
                agrees(personAt: persons[candidate], with: pronoun, entities: entities, tokens: tokens)
                    && (Self.isViewpointHolder(persons[candidate].token, tokens: tokens)
                        || entities.mentionStartingAt[persons[candidate].token].map {
                            isVoicedByRelativeClause(after: entities.mentions[$0].tokens.upperBound, tokens: tokens)
                        } == true)
            }) {
                return entities.entities[persons[voiced].entity].name
            }
            var oblique: String? = nil
            var previousOblique = false
            for candidate in first...last {
                let name = entities.entities[persons[candidate].entity].name
                let token = persons[candidate].token
                // A possessive ("Lloyd's tearful mother Ursula Ward told the court") is no antecedent either.
                let mentionEnd = entities.mentionStartingAt[token].map { entities.mentions[$0].tokens.upperBound } ?? token + 1
                let isOblique = Self.isAfterPreposition(token, tokens: tokens)
                    || mentionEnd < tokens.count && tokens[mentionEnd].text == "'s"
                    || previousOblique && token >= 2 && tokens[token - 1].lower == "and"
                        && entities.mentionStartingAt[persons[candidate - 1].token].map { entities.mentions[$0].tokens.upperBound == token - 1 } == true
                previousOblique = isOblique
                guard agrees(personAt: persons[candidate], with: pronoun, entities: entities, tokens: tokens) else { continue }
                if isOblique {
                    if oblique == nil, !ownSentence { oblique = name }
                    continue
                }
                return name
            }
            if let fallbackOblique { return fallbackOblique }
            fallbackOblique = oblique
            last = first - 1
        }
        return fallbackOblique ?? firstAnswer
    }

    /// The person a described subject means, in the sentences after the last one naming a person (the token
    /// `lastNamed`) and before the pronoun's own (`index`): "The Minister further revealed that ... ¶ “...,” he
    /// said." continues the minister, not the suspect named before. A description that is a sentence's subject
    /// moves the center, which the next "he" or "she" continues (Grosz, Joshi and Weinstein 1995, "Centering");
    /// the latest such sentence of the three before the pronoun's counts, if a person named before it was given
    /// the role ("Minister ... Ananda Wijepala"; an age, "the 30-year-old", names no role to check) and agrees
    /// with the pronoun.
    private func describedCenter(
        after lastNamed: Int, before index: Int, pronoun: String, persons: [(token: Int, entity: Int)],
        entities: EntityRecognizer.Result, tokens: [AnalysisToken]
    ) -> String? {
        guard index > lastNamed + 1, index <= tokens.count else { return nil }
        let namedSentence = tokens[lastNamed].sentence
        let ownSentence = index < tokens.count ? tokens[index].sentence : Int.max
        var probe = index - 1
        var sentences = 0
        while probe > lastNamed, sentences < 3 {
            let sentence = tokens[probe].sentence
            guard sentence != namedSentence else { return nil }
            let opening = sentenceStart(of: probe, tokens: tokens)
            if sentence != ownSentence {
                sentences += 1
                if let head = describedSubject(opening: opening, before: probe + 1, tokens: tokens) {
                    guard let name = describedPerson(
                        head: head, quote: opening..<(opening + 1), before: opening, tokens: tokens, entities: entities, persons: persons,
                        carrierBeforeOnly: true
                    ), agrees(name: name, with: pronoun) else { return nil }
                    return name
                }
            }
            probe = opening - 1
        }
        return nil
    }

    /// Whether ", who" and a verb of saying or thinking follow a name ending before `end` ("Evatt, who felt
    /// …", "Jones, who said …"): the sentence gives that person's view.
    private func isVoicedByRelativeClause(after end: Int, tokens: [AnalysisToken]) -> Bool {
        guard end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].lower == "who" else { return false }
        return tokens[end + 2].lexicon.contains(.speechVerb) || Self.verbsOfThinking.contains(lowerOf: end + 2, in: tokens)
    }

    /// Whether the person mentioned at `person` may be the one "he" or "she" refers to: by a title of one sex
    /// before the mention ("Mr Amavere" for Lesia Amavere), or a relative clause right after it that says the
    /// person's sex ("Indra Lal Shrestha, who lost his daughter"), else by the given name (`agrees(name:with:)`).
    private func agrees(
        personAt person: (token: Int, entity: Int), with pronoun: String, entities: EntityRecognizer.Result, tokens: [AnalysisToken]
    ) -> Bool {
        // (Every title of one sex starts with "m": other words skip the dictionary.)
        if person.token >= 1, tokens[person.token - 1].lower.utf8.first == UInt8(ascii: "m"),
           let sex = Self.titleSexes[tokens[person.token - 1].lower] {
            return sex == pronoun
        }
        if let mention = entities.mentionStartingAt[person.token],
           let sex = Self.relativeClauseSex(after: entities.mentions[mention].tokens.upperBound, tokens: tokens) {
            return sex == pronoun
        }
        return agrees(name: entities.entities[person.entity].name, with: pronoun)
    }

    /// Whether a person may be the one "he" or "she" refers to: by the sex the article gives them
    /// (`documentSexes`), else by the given name (`agrees(name:with:)`).
    private func agrees(name: String, with pronoun: String) -> Bool {
        if let sex = documentSexes[name] { return sex == pronoun }
        return Self.agrees(name: name, with: pronoun)
    }

    /// Whether a person is known to be of the sex "he" or "she" names: by the article (`documentSexes`), else
    /// by a given name borne mostly by that sex.
    private func isKnown(as pronoun: String, _ name: String) -> Bool {
        if let sex = documentSexes[name] { return sex == pronoun }
        return Self.hasGivenName(of: pronoun, name)
    }

    /// The sex the article itself gives each person, by canonical name and the pronoun for it: a title of one
    /// sex before a mention ("Mr Kumar"), a relative clause after one that says it ("..., who lost his
    /// daughter", `relativeClauseSex`), or a subject pronoun opening the clause that a mention's verb of saying
    /// or thinking introduces ("Anjani Kumar stated that he had not seen ..."). The given-name lists (US
    /// births) misjudge names of other countries ("Anjani" is mostly a woman's name there, a man's in India);
    /// what the text says wins, as in coreference systems that take gender from context before name lists.
    /// A person with cues of both sexes gets none, and so does one whose surname another person of the
    /// article bears (a mention of the surname alone may be the other's).
    static func documentSexes(tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> [String: String] {
        // Per entity: bit 1 for a cue of "he", bit 2 for one of "she".
        var cues = [UInt8](repeating: 0, count: entities.entities.count)
        var anyCue = false
        for mention in entities.mentions where mention.cluster >= 0 && entities.entities[mention.cluster].type == .person {
            let start = mention.tokens.lowerBound
            let end = mention.tokens.upperBound
            var sex: String? = nil
            // (Every title of one sex starts with "m": other words skip the dictionary, as in `agrees`.)
            if start >= 1, tokens[start - 1].lower.utf8.first == UInt8(ascii: "m"), let titled = titleSexes[tokens[start - 1].lower] {
                sex = titled
            } else if let clause = relativeClauseSex(after: end, tokens: tokens) {
                sex = clause
            } else if end + 1 < tokens.count, tokens[end].sentence == tokens[start].sentence,
                      tokens[end].lexicon.contains(.speechVerb) || verbsOfThinking.contains(lowerOf: end, in: tokens) {
                let subject = end + 1 < tokens.count && tokens[end + 1].lower == "that" ? end + 2 : end + 1
                if subject < tokens.count, tokens[subject].sentence == tokens[end].sentence {
                    if tokens[subject].lower == "he" { sex = "he" } else if tokens[subject].lower == "she" { sex = "she" }
                }
            }
            guard let sex else { continue }
            cues[mention.cluster] |= sex == "he" ? 1 : 2
            anyCue = true
        }
        guard anyCue else { return [:] }
        var surnameBearers: [Substring: Int] = [:]
        for entity in entities.entities where entity.type == .person {
            if let surname = entity.name.split(separator: " ").last { surnameBearers[surname, default: 0] += 1 }
        }
        var sexes: [String: String] = [:]
        for (cluster, seen) in cues.enumerated() where seen == 1 || seen == 2 {
            let name = entities.entities[cluster].name
            guard let surname = name.split(separator: " ").last, surnameBearers[surname, default: 0] <= 1 else { continue }
            sexes[name] = seen == 1 ? "he" : "she"
        }
        return sexes
    }

    /// "he" or "she" when ", who" follows a name ending before `end` and the clause, before its next comma and
    /// within ten words, has "his", "himself", "herself", or "her" before a role noun ("her husband"); nil
    /// otherwise. (A lone "her" may be another woman, the clause's object.)
    static func relativeClauseSex(after end: Int, tokens: [AnalysisToken]) -> String? {
        guard end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].lower == "who" else { return nil }
        let sentence = tokens[end].sentence
        var probe = end + 2
        while probe < tokens.count, probe < end + 12, tokens[probe].sentence == sentence, tokens[probe].text != "," {
            switch tokens[probe].lower {
            case "his", "himself": return "he"
            case "herself": return "she"
            case "her" where probe + 1 < tokens.count && tokens[probe + 1].lexicon.contains(.roleNoun): return "she"
            default: break
            }
            probe += 1
        }
        return nil
    }

    /// The speech verb after a name in apposition that a comma closes ("The acting President, Mr Slumber
    /// Tsogwane, told ..."): the name, after at most two titles, follows a comma; nil otherwise.
    private func appositiveSpeechVerb(mentionStart: Int, end: Int, tokens: [AnalysisToken]) -> Int? {
        guard end + 1 < tokens.count, tokens[end].text == "," else { return nil }
        let before = Self.indexBeforeTitles(mentionStart, tokens: tokens)
        guard before >= 0, tokens[before].text == "," else { return nil }
        return speechVerb(after: end + 1, tokens: tokens)
    }

    /// The index of the token before a name starting at `start` and at most two titles right before it ("Mr" in
    /// ", Mr Slumber Tsogwane,"); -1 when none is.
    static func indexBeforeTitles(_ start: Int, tokens: [AnalysisToken]) -> Int {
        var before = start - 1
        while before >= 0, before >= start - 2, tokens[before].lexicon.contains(.title) { before -= 1 }
        return before
    }

    /// The pronoun attributing a quotation that closes between `opening` and `limit` ("“…,” she confided,
    /// while ..."): a closing mark after punctuation, an optional comma, "he"/"she" and a speech verb; nil
    /// otherwise.
    static func pronounAttributingQuote(from opening: Int, before limit: Int, tokens: [AnalysisToken]) -> String? {
        var probe = max(opening, 1)
        while probe + 2 < limit {
            if tokens[probe].text.isExactly(anyOf: ["”", "\""]), [",", ".", "!", "?"].contains(tokens[probe - 1].text) {
                let next = tokens[probe + 1].text == "," ? probe + 2 : probe + 1
                if next + 1 < limit, let pronoun = personalPronoun(tokens[next].lower), tokens[next + 1].lexicon.contains(.speechVerb) {
                    return pronoun
                }
            }
            probe += 1
        }
        return nil
    }

    /// Whether the person named at `token` (after at most two titles) is the one whose view "to" introduces:
    /// "to" opening the sentence before the name and a comma after it ("To Opanyin Agyekum, it is a
    /// disgrace"), or "to" after a copula within four words ("This is disturbing to Lendvay", "it was clear to
    /// Smith").
    static func isViewpointHolder(_ token: Int, tokens: [AnalysisToken]) -> Bool {
        let to = indexBeforeTitles(token, tokens: tokens)
        guard to >= 0, tokens[to].lower == "to" else { return false }
        if tokens[to].sentenceStart {
            var end = token + 1
            while end < tokens.count, end <= token + 4, tokens[end].kind == .word { end += 1 }
            return end < tokens.count && tokens[end].text == ","
        }
        var probe = to - 1
        while probe >= 0, probe >= to - 4, tokens[probe].sentence == tokens[token].sentence, tokens[probe].kind == .word {
            if copulas.contains(lowerOf: probe, in: tokens) { return true }
            probe -= 1
        }
        return false
    }

    /// Forms of "be" and "seem" that link a subject to what is said of it.
    static let copulas: WordSet = ["is", "was", "are", "were", "seems", "seemed", "became", "becomes"]

    /// Verbs of thinking that, like speech verbs, give someone's view ("who felt", "who thinks"; "believes" is a
    /// speech verb already).
    static let verbsOfThinking: WordSet = ["felt", "feels", "believed", "thought", "thinks", "feared", "fears"]

    /// The head of an office a place or body holds, written as its possessive before the office and no name
    /// ("Guyana’s Natural Resources Minister", "Eskom's chief executive."): the role noun or title ending up to
    /// four words after the "'s", followed by no name word; nil otherwise.
    private func possessedOffice(after start: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int? {
        guard let mentionID = entities.mentionStartingAt[start],
              entities.entities[entities.mentions[mentionID].cluster].type != .person else { return nil }
        let possessive = entities.mentions[mentionID].tokens.upperBound
        guard possessive + 1 < tokens.count, tokens[possessive].text == "'s" else { return nil }
        var head: Int? = nil
        var probe = possessive + 1
        while probe < tokens.count, probe <= possessive + 4, tokens[probe].kind == .word,
              tokens[probe].sentence == tokens[start].sentence, entities.mentionStartingAt[probe] == nil {
            if !tokens[probe].lexicon.isDisjoint(with: [.roleNoun, .title]) { head = probe }
            probe += 1
        }
        guard let head, head == probe - 1 else { return nil }
        return head
    }

    /// The person a sentence is about when its subject is a person described with "the" (`describedSubject`):
    /// "The Awami League general secretary was speaking to journalists before the cabinet paid homage to Sheikh
    /// Mujibur Rahman.", "According to the governor, … to which Prengei belonged." (the center again, so "he"
    /// after it means the one described, not the persons the sentence names); nil when there is none, or when
    /// one of the persons the sentence names (`persons[named]`) speaks there ("The 42-year-old driver was
    /// released, Inspector David Harbison said.").
    private func describedSubjectReferent(
        opening: Int, named: ClosedRange<Int>, persons: [(token: Int, entity: Int)], entities: EntityRecognizer.Result,
        tokens: [AnalysisToken]
    ) -> String? {
        let sentencePersons = persons[named]
        guard let firstNamed = sentencePersons.first?.token, opening < firstNamed,
              let head = describedSubject(opening: opening, before: firstNamed, tokens: tokens),
              !sentencePersons.contains(where: { person in
                  entities.mentionStartingAt[person.token].map {
                      subjectSpeechVerb(after: entities.mentions[$0].tokens.upperBound, tokens: tokens) != nil
                  } ?? false
              }) else { return nil }
        return describedPerson(
            head: head, quote: opening..<(opening + 1), before: opening, tokens: tokens, entities: entities, persons: persons
        )
    }

    /// The head noun of a person described with "the" that is the subject of the sentence opening at
    /// `opening` (before the token `limit`): "The Awami League general secretary was …", "According to the
    /// governor, …", after an opening phrase ("Speaking to reporters, the minister said", "In his reply, the
    /// minister said"); nil otherwise. A subject is followed by a lowercase word other than "of" (which goes on
    /// describing: "The spokesman of the command, Rahman Nansel, …" names its subject) or by a comma.
    private func describedSubject(opening: Int, before limit: Int, tokens: [AnalysisToken]) -> Int? {
        let start = Self.accordingToObject(opening, before: limit, tokens: tokens)
            ?? Self.introductoryPhraseEnd(opening, before: limit, tokens: tokens).map { $0 + 1 }
            ?? Self.openingPrepositionalPhraseEnd(opening, before: limit, tokens: tokens).map { $0 + 1 } ?? opening
        guard start < limit, let described = definiteDescription(at: start, tokens: tokens), described.type == .person,
              described.head + 2 < limit else { return nil }
        let next = described.head + 1
        guard tokens[next].text == "," || tokens[next].kind == .word && !tokens[next].capitalized && tokens[next].lower != "of" else {
            return nil
        }
        return described.head
    }

    /// The pronoun a sentence opening at `opening` is about, when it opens with one before the token `limit`:
    /// "He …" / "She …", or a source given as "According to him/her, …" (the persons the sentence then names
    /// are what that one said, not the one speaking); nil otherwise.
    static func pronounOpening(_ opening: Int, before limit: Int, tokens: [AnalysisToken]) -> String? {
        if let pronoun = personalPronoun(tokens[opening].lower) { return pronoun }
        // "And he wants to hear directly from the commissioner, Thomas Carrique": after "and" or "but".
        if opening + 1 < limit, ["and", "but"].contains(tokens[opening].lower), let pronoun = personalPronoun(tokens[opening + 1].lower) {
            return pronoun
        }
        // "However, he says there are no plans to remove Somare": after a sentence adverb and its comma.
        if opening + 2 < limit, tokens[opening].lexicon.contains(.commonWord), tokens[opening + 1].text == ",",
           let pronoun = personalPronoun(tokens[opening + 2].lower) {
            return pronoun
        }
        guard let source = accordingToObject(opening, before: limit, tokens: tokens) else { return nil }
        return subjectPronouns[tokens[source].lower]
    }

    /// Conjunctions that open a subordinate clause fronted before the main clause ("While ..., he stressed").
    static let subordinateConjunctions: WordSet = [
        "while", "whilst", "although", "though", "as", "when", "after", "before", "because", "since", "if", "once",
    ]

    /// The personal pronoun right after the first comma following `start` in its sentence, when that comma comes
    /// after `last` (the clause's last person): the main clause's subject after a fronted clause, or nil.
    @inline(never)
    /// Whether `pronoun` ("he"/"she") stands between `start` and `limit` as a clause's subject: followed by a lowercase
    /// word, with no comma, semicolon or quotation mark after it before `limit`.
    static func pronounSubject(_ pronoun: String, from start: Int, before limit: Int, tokens: [AnalysisToken]) -> Bool {
        var probe = limit - 1
        while probe > start, probe >= limit - 30 {
            let token = tokens[probe]
            if token.text == "," || token.text == ";" || token.lexicon.contains(.quotationMark) { return false }
            if token.kind == .word, personalPronoun(token.lower) == pronoun {
                return probe + 1 < limit && tokens[probe + 1].kind == .word && !tokens[probe + 1].capitalized
            }
            probe -= 1
        }
        return false
    }

    static func pronounAfterClause(from start: Int, through last: Int, tokens: [AnalysisToken]) -> String? {
        var probe = start
        while probe + 1 < tokens.count, probe < start + 40, tokens[probe].sentence == tokens[start].sentence {
            if tokens[probe].text == "," {
                guard probe > last, tokens[probe + 1].sentence == tokens[start].sentence else { return nil }
                return personalPronoun(tokens[probe + 1].lower)
            }
            probe += 1
        }
        return nil
    }

    /// The pronoun of an attribution that closes the sentence of `token` after a comma (", he said.", ", she
    /// added."), or nil.
    @inline(never)
    static func closingPronounAttribution(after token: Int, tokens: [AnalysisToken]) -> String? {
        let sentence = tokens[token].sentence
        var end = token
        while end + 1 < tokens.count, tokens[end + 1].sentence == sentence { end += 1 }
        // The sentence's last tokens: ",", the pronoun, the verb and the final stop.
        guard end - 3 > token, tokens[end].kind == .punct, tokens[end - 1].lexicon.contains(.speechVerb),
              tokens[end - 3].text == "," else { return nil }
        return personalPronoun(tokens[end - 2].lower)
    }

    /// The comma closing a participle's phrase that opens a sentence before its subject ("Addressing a press
    /// conference, the BJP leader said ...", "Speaking to reporters, ..."): a word ending in "ing" at `opening`
    /// and a comma within eight words, before `limit`, with no quotation mark between; nil otherwise.
    static func introductoryPhraseEnd(_ opening: Int, before limit: Int, tokens: [AnalysisToken]) -> Int? {
        guard tokens[opening].kind == .word, tokens[opening].lower.hasSuffix("ing"), tokens[opening].lower.utf8.count > 5 else { return nil }
        return phraseClosingComma(after: opening, through: opening + 8, before: limit, tokens: tokens)
    }

    /// The first comma after `opening`, up to `last` and before `limit`, when a token follows it before `limit`
    /// and no quotation mark comes first: the comma that closes a phrase opening a sentence. (The shared scan of
    /// `introductoryPhraseEnd`, `openingPrepositionalPhraseEnd` and `openingParticiplePhraseEnd`.)
    static func phraseClosingComma(after opening: Int, through last: Int, before limit: Int, tokens: [AnalysisToken]) -> Int? {
        var probe = opening + 1
        while probe < limit, probe <= last, !tokens[probe].lexicon.contains(.quotationMark) {
            if tokens[probe].text == "," { return probe + 1 < limit ? probe : nil }
            probe += 1
        }
        return nil
    }

    /// Whether the name from `start` to `end` modifies a noun after a possessive ("the club’s Facebook page", "his
    /// Twitter handle", "Wales' Rugby World Cup injury curse"): a possessive, a possessive determiner or a plural's
    /// apostrophe before it, a lowercase word after it other than a speech verb or a function word ("the Region's
    /// Interior Ministry as saying").
    static func isModifierAfterPossessive(_ start: Int, end: Int, tokens: [AnalysisToken]) -> Bool {
        start >= 1 && (tokens[start - 1].text == "'s" || tokens[start - 1].kind == .word && possessiveDeterminers.contains(lowerOf: start - 1, in: tokens)
                       || isApostropheAfterPlural(start - 1, tokens: tokens))
            && end < tokens.count && tokens[end].kind == .word && !tokens[end].capitalized
            && !tokens[end].lexicon.contains(.speechVerb) && !functionWordsAfterSubject.contains(lowerOf: end, in: tokens)
    }

    /// Whether `tokens[index]` is an apostrophe right after a word ending in "s" or "S", the possessive of a plural
    /// or a name ending in "s" ("Wales' Rugby World Cup injury curse"; `isPossessiveApostrophe` adds what follows).
    static func isApostropheAfterPlural(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index >= 1, !tokens[index].spaceBefore, tokens[index].text.isExactly(anyOf: ["'", "’"]),
              tokens[index - 1].kind == .word, let last = tokens[index - 1].text.utf8.last else { return false }
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "S")
    }

    /// Possessive determiners before a name that modifies a noun ("on his Twitter handle said").
    private static let possessiveDeterminers: WordSet = ["his", "her", "its", "their", "our", "my", "your"]

    /// Words that follow a subject rather than stand as a noun it modifies.
    private static let functionWordsAfterSubject: WordSet = [
        "as", "and", "or", "but", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should",
        "may", "might", "can", "to", "of", "in", "on", "at", "for", "with", "who", "which", "that", "also", "then", "not",
    ]

    /// Whether a document or speech noun ("statement", "message") follows the possessive at `possessive` directly
    /// or after one modifier, before `limit`.
    static func possessesDocument(_ possessive: Int, before limit: Int, tokens: [AnalysisToken]) -> Bool {
        (possessive + 1..<min(limit, possessive + 3)).contains {
            documentNouns.contains(lowerOf: $0, in: tokens) || speechNouns.contains(lowerOf: $0, in: tokens)
        }
    }

    /// The comma closing a prepositional phrase that opens a sentence at `opening` ("In an interview with Ynet
    /// Tuesday,", "At the hearing,"): a capitalised preposition and a comma within ten words, before `limit`, with
    /// no quotation mark between; nil otherwise.
    @inline(never)
    static func openingPrepositionalPhraseEnd(_ opening: Int, before limit: Int, tokens: [AnalysisToken]) -> Int? {
        guard tokens[opening].capitalized, prepositions.contains(lowerOf: opening, in: tokens), opening + 1 < limit,
              !(tokens[opening + 1].capitalized && tokens[opening + 1].lexicon.contains(.title)) else { return nil }
        return phraseClosingComma(after: opening, through: opening + 10, before: limit, tokens: tokens)
    }

    /// The last comma before `limit` (within twenty tokens) of a clause that a subordinating conjunction opens at
    /// `opening` ("When Vorarit pressed further, asking how long the country must remain patient, Jakrapob replied"),
    /// when a name (a capitalised word) follows it before `limit`.
    static func openingSubordinateClauseEnd(_ opening: Int, before limit: Int, tokens: [AnalysisToken]) -> Int? {
        guard tokens[opening].capitalized, subordinatingConjunctions.contains(lowerOf: opening, in: tokens) else { return nil }
        var comma: Int? = nil
        var probe = opening + 1
        while probe < limit, probe <= opening + 20, !tokens[probe].lexicon.contains(.quotationMark) {
            if tokens[probe].text == "," { comma = probe }
            probe += 1
        }
        guard let comma, ((comma + 1)..<limit).contains(where: { tokens[$0].capitalized }) else { return nil }
        return comma
    }

    /// Conjunctions that open a subordinate clause before a sentence's subject (`openingSubordinateClauseEnd`).
    private static let subordinatingConjunctions: WordSet = [
        "when", "after", "before", "while", "although", "though", "because", "since", "once", "until", "whereas",
    ]

    /// The first token after "According to" opening a sentence at `opening`, when it comes before `limit`.
    static func accordingToObject(_ opening: Int, before limit: Int, tokens: [AnalysisToken]) -> Int? {
        guard opening + 2 < limit, tokens[opening].lower == "according", tokens[opening + 1].lower == "to" else { return nil }
        return opening + 2
    }

    /// A person's object pronoun to its subject form ("quoted him as saying", "according to her").
    static let subjectPronouns: [String: String] = ["him": "he", "her": "she"]

    /// "he" or "she" for the pronoun, also contracted with a modal ("he’d respond", "she'll say"); nil otherwise.
    static func personalPronoun(_ lower: String) -> String? {
        // Every form starts with "h" or "s": other words skip the string comparisons.
        guard let first = lower.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "s") else { return nil }
        switch lower {
        case "he", "he'd", "he'll": return "he"
        case "she", "she'd", "she'll": return "she"
        default:
            // With the typographic apostrophe, compared by bytes (`String.isExactly`).
            if lower.isExactly(anyOf: ["he’d", "he’ll"]) { return "he" }
            if lower.isExactly(anyOf: ["she’d", "she’ll"]) { return "she" }
            return nil
        }
    }

    /// Whether a person's given name is borne mostly by the sex "he" or "she" names.
    private static func hasGivenName(of pronoun: String, _ name: String) -> Bool {
        guard let space = name.firstIndex(of: " ") else { return false }
        let given = name[..<space].lowercased()
        return pronoun == "he" ? AnalysisLexicon.maleGivenNames.contains(given) : AnalysisLexicon.femaleGivenNames.contains(given)
    }

    /// Whether a person's given name does not contradict "he" or "she".
    private static func agrees(name: String, with pronoun: String) -> Bool {
        guard let space = name.firstIndex(of: " ") else { return true }
        let given = name[..<space].lowercased()
        switch pronoun {
        case "she": return !AnalysisLexicon.maleGivenNames.contains(given)
        case "he": return !AnalysisLexicon.femaleGivenNames.contains(given)
        default: return true
        }
    }

    /// `documentDepth` counts the earlier quotes a document's issuer was looked up through (bounded, so a
    /// chain of statements cannot make the work grow with the square of the quotes).
    private func attribute(
        _ node: Node, tokens: [AnalysisToken], entities: EntityRecognizer.Result, persons: [(token: Int, entity: Int)],
        nodes: [Node], documentDepth: Int = 0
    ) -> Attribution? {
        var participle: String? = nil
        if node.close == nil, node.isDouble, let inside = inversionInsideUnclosed(node, tokens: tokens, entities: entities) { return inside }
        // After the closing mark.
        afterClose: if let close = node.close {
            var index = close + 1
            let paragraph = tokens[close].paragraph
            while index < tokens.count, tokens[index].paragraph == paragraph,
                  tokens[index].text.isExactly(anyOf: [",", "”", "\"", "’", "'", "—", "–", "-"]) {
                index += 1
            }
            if index < tokens.count, tokens[index].paragraph == paragraph {
                let word = tokens[index].lower
                if tokens[index].lexicon.contains(.speechVerb) || Self.documentVerbs.contains(lowerOf: index, in: tokens),
                   let issuer = issuerAfterVerb(index, tokens: tokens, entities: entities) {
                    return Attribution(issuer, word)
                }
                if tokens[index].lexicon.contains(.speechVerb) {
                    let nameStart = startAfterTitles(from: index + 1, before: index + 5, entities: entities, tokens: tokens)
                    // "said White House Press Secretary Stephanie Grisham", "says veteran industry analyst Ken
                    // Doctor": the first person in the phrase after the verb.
                    var probe = nameStart
                    // "said Peterson’s grandson, Gregg McCall": a person named as a possessor is not the speaker.
                    var passedPossessor = false
                    while probe < tokens.count, probe < nameStart + 8, tokens[probe].sentence == tokens[index].sentence,
                          tokens[probe].kind != .punct || tokens[probe].text == "'s"
                            // "said the company's chief executive, Jane Doe": a role, a comma, the name.
                            || tokens[probe].text == "," && probe > nameStart && tokens[probe - 1].lexicon.contains(.roleNoun) {
                        // (Numbers may stand in the phrase: "said 104 year old Janet Peterson", "said President of
                        // UFCW 770 John Grant".)
                        if let mentionID = entities.mentionStartingAt[probe],
                           entities.entities[entities.mentions[mentionID].cluster].type == .person {
                            let mentionEnd = entities.mentions[mentionID].tokens.upperBound
                            if mentionEnd < tokens.count, tokens[mentionEnd].text == "'s" {
                                passedPossessor = true
                                probe = mentionEnd + 1
                                continue
                            }
                            let described = describedPersonAfter(entities.mentions[mentionID].tokens.upperBound, tokens: tokens, entities: entities)
                            return Attribution(entities.entities[entities.mentions[described ?? mentionID].cluster].name, word)
                        }
                        if tokens[probe].text == "," {
                            // Only the name itself may follow the role's comma.
                            guard probe + 1 < tokens.count, let mentionID = entities.mentionStartingAt[probe + 1],
                                  entities.entities[entities.mentions[mentionID].cluster].type == .person else { break }
                        }
                        probe += 1
                    }
                    // "said Smith's spokesman.": the possessor's unnamed relation speaks.
                    if passedPossessor { return Attribution(nil, word) }
                    // "says Guyana’s Natural Resources Minister", "said the company's chief executive": a place's or
                    // body's office, with no name after it, is the person described with it.
                    if nameStart < tokens.count, let head = possessedOffice(after: nameStart, tokens: tokens, entities: entities) {
                        return Attribution(describedPerson(head: head, quote: node.span, before: node.open, tokens: tokens, entities: entities, persons: persons), word)
                    }
                    if nameStart < tokens.count, let name = entityName(startingAt: nameStart, tokens: tokens, entities: entities) {
                        return Attribution(name.name, word)
                    }
                    // "said Christian." for Mayor Ken Christian: a surname that is also a demonym or a common word
                    // is no mention of its own; alone before the clause ends, it is the one person who bears it.
                    if nameStart + 1 < tokens.count, tokens[nameStart].capitalized, entities.mentionStartingAt[nameStart] == nil,
                       [".", ","].contains(tokens[nameStart + 1].text), let bearer = personBearing(surname: tokens[nameStart].text, entities: entities) {
                        return Attribution(bearer, word)
                    }
                    // "writes the Associated Press"; not "said the AL leader", an organisation's name before a
                    // role noun (a person described, below).
                    if nameStart + 1 < tokens.count, tokens[nameStart].lower == "the",
                       let name = entityName(startingAt: nameStart + 1, tokens: tokens, entities: entities),
                       name.end >= tokens.count || tokens[name.end].capitalized || !tokens[name.end].lexicon.contains(.roleNoun) {
                        return Attribution(name.name, word)
                    }
                    if nameStart < tokens.count, let pronoun = Self.personalPronoun(tokens[nameStart].lower) {
                        return Attribution(lastPerson(before: node.open, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), word)
                    }
                    // "“...,” said the statement.", "said the report": a document speaks for the one who issued it, as
                    // in "the statement said"; one issued by no one named before speaks for a body naming itself at
                    // the quote's start.
                    if nameStart + 2 < tokens.count, tokens[nameStart].lower == "the", Self.documentNouns.contains(lowerOf: nameStart + 1, in: tokens),
                       [".", ",", "!", "?", ";"].contains(tokens[nameStart + 2].text) {
                        let issuer = documentIssuer(
                            nounAt: nameStart + 1, tokens: tokens, entities: entities, persons: persons, nodes: nodes, depth: documentDepth
                        ) ?? selfNamedBody(opening: node, tokens: tokens, entities: entities)
                        return Attribution(issuer, word)
                    }
                    // "said the actor", "said the 56-year-old": a person described with "the", the last one named.
                    if let described = definiteDescription(at: nameStart, tokens: tokens), described.type == .person {
                        return Attribution(describedPerson(head: described.head, quote: node.span, before: node.open, tokens: tokens, entities: entities, persons: persons), word)
                    }
                    // "“...,” said the chip-maker.": an organisation described with "the" that ends the clause, the
                    // one named with that noun or else the last one named.
                    if let described = definiteDescription(at: nameStart, tokens: tokens), described.type == .organization,
                       described.head + 1 < tokens.count, [".", ",", "!", "?", ";"].contains(tokens[described.head + 1].text),
                       let organization = describedBody(head: described.head, quote: node, tokens: tokens, entities: entities, nodes: nodes) {
                        return Attribution(organization, word)
                    }
                    if let later = personAfterLaterSpeechVerb(from: index + 1, tokens: tokens, entities: entities) { return later }
                    // "‘A minority government is possible,’ says former minister": a headline's description without
                    // an article, lowercase words ending in a role noun or title that end the clause.
                    if let head = Self.bareDescriptionHead(from: nameStart, tokens: tokens) {
                        return Attribution(describedPerson(head: head, quote: node.span, before: node.open, tokens: tokens, entities: entities, persons: persons), word)
                    }
                    // "said the British number one", "said the 18-cap All Black": any other description with "the"
                    // that ends the clause describes the person last named.
                    if nameStart + 1 < tokens.count, tokens[nameStart].lower == "the", definiteDescription(at: nameStart, tokens: tokens) == nil {
                        var end = nameStart + 1
                        while end < tokens.count, end < nameStart + 6, tokens[end].kind != .punct { end += 1 }
                        if end < tokens.count, end > nameStart + 1, [".", ",", "!", "?"].contains(tokens[end].text),
                           tokens[end].sentence == tokens[index].sentence || tokens[end].text == "." {
                            return Attribution(describedPerson(head: end - 1, quote: node.span, before: node.open, tokens: tokens, entities: entities, persons: persons), word)
                        }
                    }
                    // "“...,” adding “...”": a participle naming no one continues the subject of the clause
                    // before the quote ("Noem later tweeted that ... “...,” adding ...").
                    if word.hasSuffix("ing") {
                        participle = word
                        break afterClose
                    }
                    // "said a spokesman" keeps the verb only.
                    return Attribution(nil, word)
                }
                // "‘I’m not running to be liked’: Ruth Adebayo-Kline on her bid": a headline's colon and a person.
                if tokens[index].text == ":", index + 1 < tokens.count, let mentionID = entities.mentionStartingAt[index + 1],
                   let person = personName(of: entities.mentions[mentionID].cluster, entities: entities) {
                    return Attribution(person, nil)
                }
                // "“...” — Maria Gonzalez": a dash and a name that ends the paragraph or opens a description.
                // ("“Koita Caught In The Kitchen” -Detective Moosa": also a hyphen, and titles before the name.)
                if (close + 1..<index).contains(where: { tokens[$0].text.isExactly(anyOf: ["—", "–", "-"]) }) {
                    let nameStart = startAfterTitles(from: index, before: index + 3, entities: entities, tokens: tokens)
                    if nameStart < tokens.count, let name = entityName(startingAt: nameStart, tokens: tokens, entities: entities),
                       name.end >= tokens.count || tokens[name.end].paragraph != paragraph || tokens[name.end].text == "," {
                        return Attribution(name.name, nil)
                    }
                }
                // "“...,” the ABC reported Sogavare as saying": the one reported as saying speaks, not the outlet.
                if let reported = reportedSpeaker(from: index, before: node.open, tokens: tokens, entities: entities, persons: persons) {
                    return reported
                }
                // "“...,” CBSL Chief said": a body's officer, named by the body and the office, is the person
                // given that office.
                if let body = entityName(startingAt: index, tokens: tokens, entities: entities), body.end + 1 < tokens.count,
                   let mentionID = entities.mentionStartingAt[index],
                   entities.entities[entities.mentions[mentionID].cluster].type == .organization,
                   !tokens[body.end].lexicon.isDisjoint(with: [.title, .roleNoun]),
                   let verb = speechVerb(after: body.end + 1, tokens: tokens) {
                    let speaker = describedPerson(head: body.end, quote: node.span, before: node.open, tokens: tokens, entities: entities, persons: persons)
                    return Attribution(speaker, tokens[verb].lower)
                }
                // "NAME said", also after capitalised titles ("Chief Executive Tim Cook told").
                var nameIndex = index
                while nameIndex < tokens.count, nameIndex < index + 4, entities.mentionStartingAt[nameIndex] == nil,
                      tokens[nameIndex].lexicon.contains(.title)
                        || tokens[nameIndex].lexicon.contains(.roleNoun) {
                    nameIndex += 1
                }
                // (Not "“... the hospital.” Senator Therese Terlaje added, "Where was ...”": after a quote that ends
                // its sentence, a name and verb that open the next quotation introduce that one.)
                if let name = entityName(startingAt: nameIndex, tokens: tokens, entities: entities), let verb = speechVerb(after: name.end, tokens: tokens),
                   !(close >= 1 && [".", "?", "!"].contains(tokens[close - 1].text) && opensQuotation(after: verb, tokens: tokens)) {
                    return Attribution(name.name, tokens[verb].lower)
                }
                // "“...,” Chief Clint Wuttunee and the band council said": joint subjects; the first named speaks.
                if let name = entityName(startingAt: nameIndex, tokens: tokens, entities: entities), name.end + 1 < tokens.count,
                   tokens[name.end].lower == "and", let second = jointSubjectEnd(from: name.end + 1, tokens: tokens, entities: entities),
                   let verb = speechVerb(after: second, tokens: tokens) {
                    return Attribution(name.name, tokens[verb].lower)
                }
                if let pronoun = Self.personalPronoun(word), let verb = speechVerb(after: index + 1, tokens: tokens) {
                    return Attribution(lastPerson(before: node.open, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), tokens[verb].lower)
                }
                // "“...,” he offered.", "“...,” she smiled.": a pronoun and a past-tense verb that ends the clause
                // attribute the quote as a speech verb does.
                if let pronoun = Self.personalPronoun(word), index + 2 < tokens.count, tokens[index + 1].kind == .word,
                   !tokens[index + 1].capitalized, tokens[index + 1].lower.utf8.count >= 5, tokens[index + 1].lower.hasSuffix("ed"),
                   [".", ","].contains(tokens[index + 2].text) {
                    return Attribution(lastPerson(before: node.open, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), tokens[index + 1].lower)
                }
                // "“...,” the actor said", "“...,” the mayor, who took office in 2018, said".
                if let described = definiteDescription(at: index, tokens: tokens), described.type == .person,
                   let verb = verbAfterDescription(head: described.head, tokens: tokens) {
                    // "the consultant, Hartwell & Dunn Engineering, wrote": the name in apposition.
                    if let named = appositiveName(after: described.head, tokens: tokens, entities: entities) {
                        return Attribution(named, tokens[verb].lower)
                    }
                    let speaker = describedPerson(head: described.head, quote: node.span, before: node.open, tokens: tokens, entities: entities, persons: persons)
                    return Attribution(speaker, tokens[verb].lower)
                }
                // "The release went on to say that “...” ¶ “...,” it said.": "it" is the document a sentence of
                // this or the paragraph before opens with, when no organisation is named after it.
                if word == "it", index + 1 < tokens.count, tokens[index + 1].lexicon.contains(.speechVerb), documentDepth < 2,
                   let document = subjectDocument(before: node.open, tokens: tokens, entities: entities, nodes: nodes) {
                    let issuer = documentIssuer(nounAt: document, tokens: tokens, entities: entities, persons: persons, nodes: nodes, depth: documentDepth + 1)
                    return Attribution(issuer, tokens[index + 1].lower)
                }
                if word == "it" || word == "they", index + 1 < tokens.count, tokens[index + 1].lexicon.contains(.speechVerb),
                   let organization = lastOrganization(before: node.open, tokens: tokens, entities: entities, nodes: nodes) {
                    return Attribution(organization, tokens[index + 1].lower)
                }
                // "“...,” the company said": an organisation described with "the", the last one named.
                if let described = definiteDescription(at: index, tokens: tokens), described.type == .organization,
                   described.head + 1 < tokens.count, tokens[described.head + 1].lexicon.contains(.speechVerb),
                   let organization = describedBody(head: described.head, quote: node, tokens: tokens, entities: entities, nodes: nodes, selfNamed: true) {
                    return Attribution(organization, tokens[described.head + 1].lower)
                }
                // "“...,” the statement read": a document speaks for the one who issued it; one issued by no one
                // named before, for a body naming itself at the quote's start ("“The Government of Ghana notes ...,”
                // the statement said").
                if word == "the", index + 2 < tokens.count, Self.documentNouns.contains(lowerOf: index + 1, in: tokens),
                   tokens[index + 2].lexicon.contains(.speechVerb) || Self.documentVerbs.contains(lowerOf: index + 2, in: tokens) {
                    let issuer = documentIssuer(
                        nounAt: index + 1, tokens: tokens, entities: entities, persons: persons, nodes: nodes, depth: documentDepth
                    ) ?? selfNamedBody(opening: node, tokens: tokens, entities: entities)
                    return Attribution(issuer, tokens[index + 2].lower)
                }
                // "“...,” police said", "“...,” officials told reporters": unnamed speakers, with the verb.
                // ("“Maldives Police Service appeals to all citizens ...,” the police said": a body naming itself
                // at the statement's start speaks it.)
                // (Only the police: "“Hezbollah is saying ...,” the sources claimed" is about the body.)
                if !tokens[index].capitalized, Self.unnamedGroups.contains(word), index + 1 < tokens.count,
                   tokens[index + 1].lexicon.contains(.speechVerb) {
                    return Attribution(
                        word == "police" ? selfNamedBody(opening: node, tokens: tokens, entities: entities)
                            ?? Self.lastPoliceForce(before: node.open, entities: entities) : nil,
                        tokens[index + 1].lower
                    )
                }
                if word == "the", index + 2 < tokens.count, tokens[index + 1].lower == "police", tokens[index + 2].lexicon.contains(.speechVerb),
                   let body = selfNamedBody(opening: node, tokens: tokens, entities: entities)
                    ?? Self.lastPoliceForce(before: node.open, entities: entities) {
                    return Attribution(body, tokens[index + 2].lower)
                }
                // "“...,” a spokeswoman said", "an agency official told": an unnamed speaker, with the verb.
                if word == "a" || word == "an" {
                    var probe = index + 1
                    while probe < tokens.count, probe <= index + 4, tokens[probe].kind == .word, !tokens[probe].capitalized,
                          !tokens[probe].lexicon.contains(.speechVerb) {
                        probe += 1
                    }
                    if probe < tokens.count, probe > index + 1, tokens[probe].lexicon.contains(.speechVerb),
                       tokens[probe - 1].lexicon.contains(.roleNoun) {
                        return Attribution(nil, tokens[probe].lower)
                    }
                }
                // "“...,” according to Jones": a person or an organisation other than a news outlet (an outlet
                // is the quote's "via").
                if word == "according", index + 2 < tokens.count, tokens[index + 1].lower == "to" {
                    // "according to Jones", or "according to a statement from the Pentagon": the first name within
                    // six tokens, directly or after "from"/"by"/"of".
                    var probe = index + 2
                    while probe < tokens.count, probe < index + 8, tokens[probe].sentence == tokens[index].sentence {
                        if let mentionID = entities.mentionStartingAt[probe] {
                            let cluster = entities.mentions[mentionID].cluster
                            let entity = entities.entities[cluster]
                            let direct = probe == index + 2 || ["from", "by", "of"].contains(tokens[probe - 1].lower)
                                || tokens[probe - 1].lower == "the" && ["from", "by", "of"].contains(tokens[probe - 2].lower)
                            if direct, Self.canSpeak(cluster, entities: entities) {
                                return Attribution(entity.name, nil)
                            }
                            break
                        }
                        probe += 1
                    }
                }
                // (Not after a quote that ends its sentence with a period: "“... to the terrorists.” Iraq’s
                // president promised ... and Interior Minister Bayan Jabr ... said" is another sentence's speaker.)
                let endsSentence = close >= 1 && tokens[close - 1].text == "." && tokens[index].sentenceStart
                if !endsSentence, let found = speakerInClause(from: index, open: node.open, tokens: tokens, entities: entities, persons: persons) {
                    return found
                }
                if !endsSentence, let later = personAfterLaterSpeechVerb(from: index, tokens: tokens, entities: entities) { return later }
            }
        }
        let before = attributeBefore(node, tokens: tokens, entities: entities, persons: persons, nodes: nodes, documentDepth: documentDepth)
        if let participle, before?.speaker == nil { return Attribution(nil, participle) }
        return before
    }

    /// Attribution before the opening mark: "NAME said: “...”", "NAME told reporters, “...”".
    /// Verbs with which an outlet reports someone "as saying".
    private static let reportingVerbs: WordSet = ["reported", "quoted", "cited"]
    /// The participles after "as" in "reported X as saying".
    private static let reportedParticiples: WordSet = ["saying", "telling", "stating", "writing", "adding"]

    /// The speaker of a clause after a quote that starts at `index` with "[the] NAME reported|quoted|cited
    /// NAME2|him|her as saying": NAME2, or the last person before the quote (`open`) for a pronoun; the
    /// reporting verb is the quote's verb.
    private func reportedSpeaker(
        from index: Int, before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result,
        persons: [(token: Int, entity: Int)]
    ) -> Attribution? {
        let reporterStart = tokens[index].lower == "the" ? index + 1 : index
        guard reporterStart < tokens.count, let reporter = entityName(startingAt: reporterStart, tokens: tokens, entities: entities),
              reporter.end + 3 < tokens.count, Self.reportingVerbs.contains(lowerOf: reporter.end, in: tokens),
              tokens[reporter.end].sentence == tokens[index].sentence else { return nil }
        let verb = tokens[reporter.end].lower
        let quotedStart = reporter.end + 1
        if let pronoun = Self.subjectPronouns[tokens[quotedStart].lower] {
            guard tokens[quotedStart + 1].lower == "as", Self.reportedParticiples.contains(lowerOf: quotedStart + 2, in: tokens) else { return nil }
            return Attribution(lastPerson(before: open, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), verb)
        }
        guard let quoted = entityName(startingAt: quotedStart, tokens: tokens, entities: entities), quoted.end + 1 < tokens.count,
              tokens[quoted.end].lower == "as", Self.reportedParticiples.contains(lowerOf: quoted.end + 1, in: tokens) else { return nil }
        return Attribution(quoted.name, verb)
    }

    private func attributeBefore(
        _ node: Node, tokens: [AnalysisToken], entities: EntityRecognizer.Result, persons: [(token: Int, entity: Int)],
        nodes: [Node], documentDepth: Int
    ) -> Attribution? {
        var index = node.open - 1
        if let label = invertedSpeakerLabel(before: node.open, tokens: tokens, entities: entities) { return label }
        if let agent = passiveNamingAgent(before: node.open, tokens: tokens, entities: entities) { return Attribution(agent, nil) }
        // "Salgado told supporters: ¶ “...”": a paragraph ending in a colon introduces the quote that opens the next; so
        // does one ending in an ellipsis ("Jakrapob replied… ¶ “Tomorrow. ...”").
        let endsInEllipsis = node.open >= 1 && tokens[node.open - 1].text.isExactly("…") && tokens[node.open - 1].paragraph < tokens[node.open].paragraph
        let sentence = node.open >= 1 && (tokens[node.open - 1].text == ":" || endsInEllipsis) ? tokens[node.open - 1].sentence : tokens[node.open].sentence
        if endsInEllipsis { index -= 1 }
        while index >= 0, tokens[index].text.isExactly(anyOf: [":", ",", "“", "‘"]) { index -= 1 }
        if let cited = accordingTo(endingAt: index, tokens: tokens, entities: entities) { return Attribution(cited, nil) }
        var verbIndex: Int? = nil
        var probe = index
        while probe >= 0, probe >= index - 3, tokens[probe].sentence == sentence || probe == index {
            if tokens[probe].lexicon.contains(.speechVerb) {
                verbIndex = probe
                break
            }
            probe -= 1
        }
        // "Secretary of State Mike Pompeo said the release “gives us hope ...”": a speech verb further back
        // in the quote's sentence, with its subject before it in that sentence.
        if verbIndex == nil {
            // ("Mr Heng ... said that the upheaval is a “domestic” issue, and expressed his hope that the parties
            // will “...”": a quoted word or two on the way is passed over.)
            probe = index
            while probe >= 0, probe >= index - 30, tokens[probe].sentence == sentence {
                if tokens[probe].lexicon.contains(.quotationMark), !Self.isPossessiveApostrophe(at: probe, tokens: tokens) {
                    guard let opening = (max(0, probe - 4)..<probe).last(where: { tokens[$0].lexicon.contains(.quotationMark) }) else { break }
                    probe = opening - 1
                    continue
                }
                // (Beyond twenty tokens back only a verb of reported speech: "said that", "told reporters that".)
                if tokens[probe].lexicon.contains(.speechVerb), probe >= index - 20 || tokens[probe + 1].lower == "that"
                    || probe + 2 <= index && tokens[probe + 2].lower == "that" && tokens[probe + 1].kind == .word && !tokens[probe + 1].capitalized {
                    verbIndex = probe
                    break
                }
                probe -= 1
            }
            // "Sung called the incident “a chance to hold myself to a stricter standard”", "Marty Hunt, Chair of the
            // Committee, described regional Queensland as “ground-zero of the youth crime crisis”": a verb of naming
            // in the active voice speaks like a speech verb.
            if verbIndex == nil, let naming = Self.namingVerbIndex(before: node.open, tokens: tokens), naming >= 1,
               !Self.passiveAuxiliaries.contains(lowerOf: naming - 1, in: tokens) {
                verbIndex = naming
            }
            guard let found = verbIndex, hasSubject(before: found, tokens: tokens, entities: entities) else {
                // "contrasted with Rishi Sunak’s assertion this weekend that “criminal gangs should not ...”": what a
                // named person or body asserted, by a possessed speech noun and "that".
                if let speaker = possessorOfSpeechNoun(before: node.open, tokens: tokens, entities: entities) { return Attribution(speaker, nil) }
                // "Jones was blunt about it: “...”": a sentence opening with a person's name and ending in a colon.
                if node.open >= 1, tokens[node.open - 1].text == ":" {
                    // "Her answer was blunt: “...”": a possessive pronoun before what someone says.
                    let first = sentenceStart(of: node.open - 1, tokens: tokens)
                    if first + 1 < node.open, ["his", "her"].contains(tokens[first].lower), Self.speechNouns.contains(lowerOf: first + 1, in: tokens) {
                        let pronoun = tokens[first].lower == "his" ? "he" : "she"
                        return Attribution(lastPerson(before: first, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), nil)
                    }
                    // "She also offered the suggestion: “...”": a short sentence that "he" or "she" opens, ending in
                    // the colon, introduces the pronoun's referent's words.
                    if let pronoun = Self.colonSentencePronoun(first, colon: node.open - 1, tokens: tokens, entities: entities) {
                        return Attribution(lastPerson(before: first, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), nil)
                    }
                    // "Said Mr Afeeq Rasol, 30: “...”": a sentence opening with its speech verb names the speaker next.
                    if tokens[first].lexicon.contains(.speechVerb),
                       let mention = ((first + 1)..<min(node.open, first + 4)).lazy.compactMap({ entities.mentionStartingAt[$0] }).first,
                       let person = personName(of: entities.mentions[mention].cluster, entities: entities) {
                        return Attribution(person, tokens[first].lower)
                    }
                    if let person = sentenceOpeningPerson(before: node.open, tokens: tokens, entities: entities) { return Attribution(person, nil) }
                    // "The CBSL Chief went on: “...”": a body's capitalised office after "the" opening the sentence.
                    if let head = Self.capitalisedOfficeHead(after: first, before: node.open - 1, tokens: tokens) {
                        return Attribution(describedPerson(head: head, quote: node.span, before: first, tokens: tokens, entities: entities, persons: persons), nil)
                    }
                    // "The City Government of Talisay, in a post on its page, condemned the killing: ¶ “The City Government
                    // of Talisay condemns ...”": a body opening the sentence whose statement names it first.
                    if let body = selfNamedBody(opening: node, tokens: tokens, entities: entities),
                       let opening = openingMention(from: first, before: node.open, entities: entities, tokens: tokens),
                       entities.entities[entities.mentions[opening.mention].cluster].name == body {
                        return Attribution(body, nil)
                    }
                    // "Commissioner: ‘We can't be at every event’": a title or role alone before the colon labels the
                    // quote of the person the article gives it.
                    if first + 1 == node.open - 1, tokens[first].capitalized, !tokens[first].lexicon.isDisjoint(with: [.title, .roleNoun]),
                       entities.mentionStartingAt[first] == nil {
                        return Attribution(describedPerson(head: first, quote: node.span, before: first, tokens: tokens, entities: entities, persons: persons), nil)
                    }
                    // "Eskom: ‘No load shedding expected ...’": a body's name alone before the colon labels the quote.
                    if let mentionID = entities.mentionStartingAt[first], entities.mentions[mentionID].tokens.upperBound == node.open - 1,
                       entities.entities[entities.mentions[mentionID].cluster].type == .organization {
                        return Attribution(entities.entities[entities.mentions[mentionID].cluster].name, nil)
                    }
                    // "That prompted this rebuke from Rory McIlroy: ¶ “...”": words named by a noun, "from" and the name
                    // that ends the sentence at the colon.
                    if let speaker = Self.speakerAfterFrom(colon: node.open - 1, first: first, tokens: tokens, entities: entities) {
                        return Attribution(speaker, nil)
                    }
                    // Any other colon ("Postgame notes:", "On winning the match in two sets:") names no speaker and
                    // rules none out: the quote is left to the steps after the rules (an earlier quote's speaker going
                    // on, the ranker), as a quote with no attribution is.
                    return nil
                }
                // "According to a Houston Police Department report, the suspects “fled westbound ...”": a sentence
                // opening with "according to" cites its source for the quote in it.
                let first = sentenceStart(of: node.open, tokens: tokens)
                if first + 2 < node.open, tokens[first].lower == "according", tokens[first + 1].lower == "to" {
                    // "According to him, the command “received information ...”": the person "him" refers to.
                    if let pronoun = Self.subjectPronouns[tokens[first + 2].lower] {
                        return Attribution(lastPerson(before: first, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), nil)
                    }
                    var probe = first + 2
                    while probe < node.open, probe < first + 8, tokens[probe].text != "," {
                        if let mentionID = entities.mentionStartingAt[probe] {
                            let cluster = entities.mentions[mentionID].cluster
                            let entity = entities.entities[cluster]
                            if Self.canSpeak(cluster, entities: entities) { return Attribution(entity.name, nil) }
                            break
                        }
                        probe += 1
                    }
                }
                return nil
            }
        }
        guard let verbIndex else { return nil }
        // "“…,” said coach Sheldon Keefe, “but …”": a name between a speech verb that takes no object and a comma
        // before the quote is the verb's inverted subject (not "told The Herald:", nor "said the Board “…”").
        if verbIndex < index, tokens[index + 1].text == ",", Self.verbsWithoutObject.contains(lowerOf: verbIndex, in: tokens),
           let speaker = invertedSubject(after: verbIndex, endingAt: index, tokens: tokens, entities: entities) {
            return Attribution(speaker, tokens[verbIndex].lower)
        }
        let verbSentence = tokens[verbIndex].sentence
        // "Huang Limin was quoted by the Xinhua news service as saying: “...”": the one quoted speaks, not the
        // outlet that quoted them.
        if verbIndex >= 3, tokens[verbIndex - 1].lower == "as",
           let quoted = (max(1, verbIndex - 12)..<(verbIndex - 1)).last(where: { tokens[$0].lower == "quoted" && tokens[$0].sentence == verbSentence }),
           ["was", "were", "is", "are", "been"].contains(tokens[quoted - 1].lower) || Self.personalPronoun(tokens[quoted + 1].lower) != nil
               || Self.subjectPronouns[tokens[quoted + 1].lower] != nil, quoted >= 2 {
            // "The report also quoted him as saying": the pronoun after "quoted" is the one quoted.
            if let pronoun = Self.subjectPronouns[tokens[quoted + 1].lower] {
                return Attribution(lastPerson(before: quoted, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), tokens[verbIndex].lower)
            }
            if let cluster = clusterNamed(endingAt: quoted - 1, tokens: tokens, entities: entities) {
                return Attribution(entities.entities[cluster].name, tokens[verbIndex].lower)
            }
            if let pronoun = Self.personalPronoun(tokens[quoted - 2].lower) {
                return Attribution(lastPerson(before: quoted - 2, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), tokens[verbIndex].lower)
            }
        }
        // "Big Machine has denied Swift's claims, saying they were “...”": a participle after a comma goes with
        // the subject that opens the sentence, not with the nearest name; after "but" and a person's name, with
        // that clause's subject ("Justice Munib attempted to pose a question, but Chief Justice Isa promptly
        // intervened, asserting, “...”"). "adding" and "saying" need no comma ("He said the fine would be paid
        // from ratepayers' cash adding “the irony is not lost on the court”").
        if tokens[verbIndex].lower.hasSuffix("ing"), verbIndex >= 1,
           tokens[verbIndex - 1].text == "," || tokens[verbIndex - 1].lower == "and" || ["adding", "saying"].contains(tokens[verbIndex].lower) {
            if let cluster = Self.personAfterBut(beforeParticiple: verbIndex, tokens: tokens, entities: entities) {
                return Attribution(entities.entities[cluster].name, tokens[verbIndex].lower)
            }
            // "..., Dissanayake charged, noting, “...”": a name and a speech verb right before the participle's
            // comma are the clause it goes with.
            if verbIndex >= 3, tokens[verbIndex - 1].text == ",", isSpeechVerb(at: verbIndex - 2, tokens: tokens),
               let cluster = clusterNamed(endingAt: verbIndex - 2, tokens: tokens, entities: entities),
               Self.canSpeak(cluster, entities: entities) {
                return Attribution(entities.entities[cluster].name, tokens[verbIndex].lower)
            }
            if let opening = sentenceSubject(before: verbIndex, tokens: tokens, entities: entities, persons: persons) {
                return Attribution(opening, tokens[verbIndex].lower)
            }
        }
        // "Pritzker called Trump a “racist” and said the former president “...”": a verb joined by "and" (or
        // "but": "..., but said it “sounds like ...”") shares the subject that opens the sentence.
        // ("“...,” the minister said and added, “...”": after a quote's own attribution, the one it names.)
        if verbIndex >= 3, tokens[verbIndex - 1].lower == "and", isSpeechVerb(at: verbIndex - 2, tokens: tokens), documentDepth < 2,
           let quote = nodes.last(where: { node in
               guard node.parent == nil, let close = node.close else { return false }
               return close < verbIndex - 2 && close >= verbIndex - 10 && tokens[close].paragraph == tokens[verbIndex].paragraph
           }), let earlier = attribute(quote, tokens: tokens, entities: entities, persons: persons, nodes: nodes, documentDepth: documentDepth + 1),
           earlier.verb == tokens[verbIndex - 2].lower, let speaker = earlier.speaker {
            return Attribution(speaker, tokens[verbIndex].lower)
        }
        if verbIndex >= 1, tokens[verbIndex - 1].lower == "and" || tokens[verbIndex - 1].lower == "but",
           let opening = sentenceSubject(before: verbIndex, tokens: tokens, entities: entities, persons: persons) {
            return Attribution(opening, tokens[verbIndex].lower)
        }
        // "The statement, which was obtained by Variety, claimed that ... “...”": the document's issuer speaks.
        let verbSentenceStart = sentenceStart(of: verbIndex, tokens: tokens)
        if tokens[verbSentenceStart].lower == "the", verbSentenceStart + 1 < verbIndex,
           Self.documentNouns.contains(lowerOf: verbSentenceStart + 1, in: tokens) {
            let issuer = documentIssuer(
                nounAt: verbSentenceStart + 1, tokens: tokens, entities: entities, persons: persons, nodes: nodes, depth: documentDepth
            )
            return Attribution(issuer, tokens[verbIndex].lower)
        }
        var subject = verbIndex - 1
        var nominalSubject = false
        var describedHead: Int? = nil
        // "Addressing India, the Minister said": a name in a phrase opening the sentence with a participle is
        // not the subject.
        let openingPhraseEnd = Self.openingParticiplePhraseEnd(from: verbSentenceStart, before: verbIndex, tokens: tokens)
        while subject >= 0, subject >= verbIndex - 24, tokens[subject].sentence == verbSentence {
            if let openingPhraseEnd, subject < openingPhraseEnd, nominalSubject { break }
            if subject >= verbIndex - 12, let pronoun = Self.personalPronoun(tokens[subject].lower) {
                return Attribution(lastPerson(before: subject, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), tokens[verbIndex].lower)
            }
            // "Citing an example, it said the fee is “...”", "They said: “...”": as after a quote, "it"/"they"
            // right before the verb (or an adverb and the verb: "They additionally stressed, “...”") is the
            // nearest organisation named before.
            if subject == verbIndex - 1 || subject == verbIndex - 2 && speechVerb(after: subject + 1, tokens: tokens) == verbIndex,
               ["it", "they"].contains(tokens[subject].lower),
               let organization = lastOrganization(before: subject, tokens: tokens, entities: entities, nodes: nodes) {
                return Attribution(organization, tokens[verbIndex].lower)
            }
            if let mentionID = entities.mentionStartingAt[subject] {
                let mention = entities.mentions[mentionID]
                let type = entities.entities[mention.cluster].type
                // "the club’s Facebook page said", "the Texas-based firm said": a name modifying a noun after a
                // possessive or opening a compound is not the subject.
                if Self.isModifierAfterPossessive(subject, end: mention.tokens.upperBound, tokens: tokens)
                    || mention.tokens.upperBound < verbIndex && EntityRecognizer.isCompoundHyphen(at: mention.tokens.upperBound, tokens: tokens) {
                    subject -= 1
                    continue
                }
                // "A spokesperson for Devon and Cornwall Police said:", "Marty Hunt, Chair of the Justice, Integrity and
                // Community Safety Committee, described": a name in a phrase after a role (`rolePrepositions`)
                // is what the role is of; the walk goes on from the role. (Not a person's name, which capitalised
                // words before it title: "Minister of Trade and Industry Rachid Mohamed Rachid said".)
                if type != .person, let role = Self.roleBeforePhrase(holding: subject, tokens: tokens) {
                    subject = role
                    continue
                }
                // "Cllr Eamon Aylward (Fianna Fáil) said": a name in brackets is the affiliation of the one before.
                if subject >= 1, tokens[subject - 1].text == "(", mention.tokens.upperBound < verbIndex,
                   tokens[mention.tokens.upperBound].text == ")" {
                    subject -= 1
                    continue
                }
                // "... interrupted US Vice President Mike Pence's speech at the Knesset Monday, saying:": a possessor
                // is not the subject, unless of what speaks ("McDaniel's earlier statement said"; not "brushed off
                // Mrs May's comments, telling reporters:", where a comma parts the speech from the verb).
                if type == .person, mention.tokens.upperBound < verbIndex, tokens[mention.tokens.upperBound].text == "'s",
                   !Self.possessesDocument(mention.tokens.upperBound, before: verbIndex, tokens: tokens)
                    || tokens[(mention.tokens.upperBound + 1)..<verbIndex].contains(where: { $0.text == "," }) {
                    subject -= 1
                    continue
                }
                // "The Aam Aadmi Party chief wrote": an organisation right before the described speaker's role
                // noun is the role's modifier, not the subject.
                if type == .organization, describedHead != nil, mention.tokens.upperBound < verbIndex,
                   tokens[mention.tokens.upperBound].lexicon.contains(.roleNoun), !tokens[mention.tokens.upperBound].capitalized {
                    subject -= 1
                    continue
                }
                // "NAME, associate professor at Columbia University ..., commented:": an organisation after a
                // preposition is in an appositive; the subject is further back.
                // ("a study by the Centre for ... concluded": "by" names the author, who speaks.)
                let inAppositive = type == .organization && Self.isAfterPreposition(subject, tokens: tokens)
                    && !(subject >= 2 && (tokens[subject - 1].lower == "by" || tokens[subject - 1].lower == "the" && tokens[subject - 2].lower == "by"))
                // A country speaks as the subject ("The UK has urged calm: “...”"), not after a preposition.
                let speakingCountry = entities.isCountry[mention.cluster] && !Self.isAfterPreposition(subject, tokens: tokens)
                // A participle ("..., stating that “...”") goes with the sentence's subject, however far back.
                let participle = tokens[verbIndex].lower.hasSuffix("ing")
                // "The Centre for Economic Policy Research, a London-based think tank, concluded that": an
                // organisation whose appositive ends right before the verb.
                let beforeAppositive = mention.tokens.upperBound < verbIndex && tokens[mention.tokens.upperBound].text == ","
                    && tokens[verbIndex - 1].text == ","
                // "Ian Hamilton, an expert ... at the U.K.'s University of York who did not work on the study, told
                // Newsweek:": an organisation inside a person's appositive; the person speaks.
                if type == .organization, let person = personBeforeAppositive(containing: subject, tokens: tokens, entities: entities) {
                    return Attribution(person, tokens[verbIndex].lower)
                }
                // "Tim Cook, who is filling in for Steve Jobs, said, “...”": a name inside a relative clause before
                // the verb; the name the clause describes speaks.
                if let person = personBeforeRelativeClause(containing: subject, verb: verbIndex, tokens: tokens, entities: entities) {
                    return Attribution(person, tokens[verbIndex].lower)
                }
                // "The European Parliament leader, who visited Mrs May in Number 10 last month, said": a name inside
                // such a clause after a description is not the subject either; the walk goes on before the clause.
                if let comma = relativeClauseOpening(containing: subject, verb: verbIndex, tokens: tokens) {
                    subject = comma - 1
                    continue
                }
                if type != .location || speakingCountry, !inAppositive,
                   subject >= verbIndex - 12 || type == .person || participle || beforeAppositive {
                    // "Chief Clint Wuttunee and Red Pheasant Council said": joint subjects; the first named speaks.
                    if subject >= 2, tokens[subject - 1].lower == "and",
                       let firstMention = Self.mentionNamed(endingAt: subject - 1, tokens: tokens, entities: entities) {
                        let first = entities.mentions[firstMention].cluster
                        // ("A spokeswoman for NHS Greater Glasgow and Clyde said": names joined after a preposition are
                        // its objects; the subject is further back.)
                        let firstStart = entities.mentions[firstMention].tokens.lowerBound
                        if Self.isAfterPreposition(firstStart, tokens: tokens) {
                            subject = firstStart - 1
                            continue
                        }
                        if entities.entities[first].type != .location || entities.isCountry[first] {
                            return Attribution(entities.entities[first].name, tokens[verbIndex].lower)
                        }
                    }
                    return Attribution(entities.entities[mention.cluster].name, tokens[verbIndex].lower)
                }
            }
            // "The company said:": an organisation described, the last one named (also before adverbs: "The court
            // also noted,").
            if Self.onlyAdverbs(between: subject, and: verbIndex, tokens: tokens),
               let article = descriptionArticle(head: subject, type: .organization, tokens: tokens),
               let organization = describedOrganization(noun: tokens[subject].lower, before: article, tokens: tokens, entities: entities)
                ?? (Self.outletDescriptionNouns.contains(lowerOf: subject, in: tokens)
                    ? nil : lastOrganization(before: subject, tokens: tokens, entities: entities, nodes: nodes, skippingOutlets: true)) {
                return Attribution(organization, tokens[verbIndex].lower)
            }
            // "The 56-year-old said": a person described, not named; further back when a relative clause stands between
            // ("The leader, who was granted bail in the land scam case by the High Court, said that ...").
            let beforeRelativeClause = subject + 2 < verbIndex && tokens[subject + 1].text == ","
                && (tokens[subject + 2].lower == "who" || tokens[subject + 2].lower == "whose")
            if subject >= verbIndex - 12 || beforeRelativeClause && subject >= verbIndex - 24,
               tokens[subject].lexicon.contains(.roleNoun) || tokens[subject].lower.hasSuffix("-year-old") {
                // "A Counter-Terrorism Policing spokesman said:", "Another worker, who did not want to be named,
                // said:": a description with an indefinite article, opening the sentence (or after "but" or "and"),
                // names no one. (Not an appositive's, "Dr Rashid Maqbool, a consultant at SMHS hospital, said", nor
                // a complement's, "McGeeney, who has won as a player and manager, says".)
                if !nominalSubject, let article = Self.indefiniteArticle(ofHead: subject, tokens: tokens),
                   tokens[article].sentenceStart || article > 0 && ["but", "and"].contains(tokens[article - 1].lower) {
                    return Attribution(nil, tokens[verbIndex].lower)
                }
                // ("The Mayor said, “...”": a capitalised role noun after "the" describes the one who holds it too.)
                if !nominalSubject, tokens[subject].lexicon.contains(.roleNoun),
                   !tokens[subject].capitalized || subject == verbIndex - 1 && Self.isTitleAfterThe(subject, tokens: tokens) {
                    describedHead = subject
                }
                nominalSubject = true
            }
            // "In response the Taoiseach said he did not “...”": a capitalised title after "the", right before the
            // verb, describes the one who holds it.
            if !nominalSubject, subject == verbIndex - 1, Self.isTitleAfterThe(subject, tokens: tokens) {
                describedHead = subject
                nominalSubject = true
            }
            // "the Sri Lankan said,", "The Croatian said:": a demonym after "the", right before the verb, is a person
            // described by nationality, as "said the Kenyan" is (`definiteDescription`).
            if !nominalSubject, subject == verbIndex - 1, subject >= 2, Self.isPersonDemonym(at: subject, tokens: tokens),
               tokens[subject - 1].lower == "the" || tokens[subject - 1].capitalized && tokens[subject - 2].lower == "the" {
                describedHead = subject
                nominalSubject = true
            }
            subject -= 1
        }
        if nominalSubject {
            if let describedHead {
                return Attribution(describedPerson(head: describedHead, quote: node.span, before: verbIndex, tokens: tokens, entities: entities, persons: persons), tokens[verbIndex].lower)
            }
            return Attribution(lastPerson(before: verbIndex, pronoun: nil, persons: persons, entities: entities, tokens: tokens), tokens[verbIndex].lower)
        }
        // "Police said: “...”", "the police said:": the force the article names.
        if verbIndex >= 1, tokens[verbIndex - 1].lower == "police", entities.mentionStartingAt[verbIndex - 1] == nil,
           !tokens[verbIndex - 1].capitalized || tokens[verbIndex - 1].sentenceStart {
            return Attribution(Self.lastPoliceForce(before: verbIndex, entities: entities), tokens[verbIndex].lower)
        }
        return Attribution(nil, tokens[verbIndex].lower)
    }

    /// The police force the article names last before the token `index` ("Sierra Leone Police", "the Kent Police
    /// Department"): the organisation with the word "Police" in its name mentioned last before it; nil when none is.
    /// "Police said" in such an article is that force speaking, as the annotators read it.
    static func lastPoliceForce(before index: Int, entities: EntityRecognizer.Result) -> String? {
        var last: (start: Int, name: String)? = nil
        for mention in entities.mentions where mention.cluster >= 0 && mention.tokens.lowerBound < index {
            let entity = entities.entities[mention.cluster]
            guard entity.type == .organization, mention.tokens.lowerBound > last?.start ?? -1,
                  entity.name.split(separator: " ").contains("Police") else { continue }
            last = (mention.tokens.lowerBound, entity.name)
        }
        return last?.name
    }

    /// The head of a description without an article starting at `start` after a speech verb ("says former
    /// minister", "said local councillor"): one to three lowercase words, the last a role noun or title, then the
    /// clause's or the paragraph's end; nil otherwise.
    static func bareDescriptionHead(from start: Int, tokens: [AnalysisToken]) -> Int? {
        var end = start
        while end < tokens.count, end < start + 3, tokens[end].kind == .word, !tokens[end].capitalized { end += 1 }
        // (Not a group, "said police", "says officials", nor a determiner's phrase, "said a spokesman".)
        guard end > start, !["the", "a", "an", "his", "her", "their", "its", "one", "another"].contains(tokens[start].lower),
              !tokens[end - 1].lexicon.isDisjoint(with: [.roleNoun, .title]), !unnamedGroups.contains(lowerOf: end - 1, in: tokens),
              !tokens[end - 1].lower.hasSuffix("s") || tokens[end - 1].lower.hasSuffix("ss") else { return nil }
        guard end < tokens.count else { return end - 1 }
        if tokens[end].paragraph != tokens[start].paragraph { return end - 1 }
        return [".", ",", ";", "!"].contains(tokens[end].text) ? end - 1 : nil
    }

    /// Verbs that give a thing a name or a description in someone's words ("called it a “...”", "described the
    /// exercise as “...”", "accused the union of ‘...’").
    static let namingVerbs: WordSet = [
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "labelled", "labeled",
        "labels", "termed", "terms", "dubbed", "dubs", "accused", "accuses", "accusing",
    ]

    /// The one who names a thing in a passive sentence, as a quotation of their words ("have since been described
    /// by acting Prime Minister Masuku as having been “hijacked by elements ...”"): the person or body after "by"
    /// (and titles or role words) right after a verb of naming, at most 12 tokens before the quotation in its
    /// sentence.
    @inline(never)
    private func passiveNamingAgent(before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        let sentence = tokens[open].sentence
        var probe = open - 1
        while probe >= 1, probe >= open - 12, tokens[probe].sentence == sentence, !tokens[probe].lexicon.contains(.quotationMark) {
            if tokens[probe].lower == "by", Self.namingVerbs.contains(lowerOf: probe - 1, in: tokens) {
                // (Titles, role words and "the" or "acting" may stand before the name.)
                var nameStart = probe + 1
                while nameStart < open, nameStart <= probe + 6, entities.mentionStartingAt[nameStart] == nil,
                      !tokens[nameStart].lexicon.isDisjoint(with: [.title, .titleModifier, .roleNoun])
                        || ["the", "acting"].contains(tokens[nameStart].lower) {
                    nameStart += 1
                }
                guard nameStart < open, let name = entityName(startingAt: nameStart, tokens: tokens, entities: entities),
                      name.end <= open else { return nil }
                return name.name
            }
            probe -= 1
        }
        return nil
    }

    /// Whether a verb of naming (`namingVerbs`), or a speech verb and "it was"/"it is" ("said it was a “...”"), stands
    /// at most six words before the quotation opening at `open`, in its sentence.
    static func followsVerbOfNaming(_ open: Int, tokens: [AnalysisToken]) -> Bool {
        namingVerbIndex(before: open, tokens: tokens, orSpeechVerbBeforeItWas: true) != nil
    }

    /// The index of the verb of naming (`namingVerbs`) at most six words before the quotation opening at `open`,
    /// in its sentence, with no quotation mark between; with `orSpeechVerbBeforeItWas`, also of a speech verb
    /// followed by "it was"/"it is".
    static func namingVerbIndex(before open: Int, tokens: [AnalysisToken], orSpeechVerbBeforeItWas: Bool = false) -> Int? {
        let sentence = tokens[open].sentence
        var probe = open - 1
        // Seven words back; a compound the tokenizer split ("Modi-led") counts as one word.
        var limit = open - 7
        while probe >= 0, probe >= limit, tokens[probe].sentence == sentence, !tokens[probe].lexicon.contains(.quotationMark) {
            if EntityRecognizer.isCompoundHyphen(at: probe, tokens: tokens) { limit -= 2 }
            if namingVerbs.contains(lowerOf: probe, in: tokens) { return probe }
            if orSpeechVerbBeforeItWas, tokens[probe].lexicon.contains(.speechVerb), probe + 2 < open,
               ["it", "this", "that"].contains(tokens[probe + 1].lower), tokens[probe + 2].lower.isExactly(anyOf: ["was", "is", "’s", "'s"]) {
                return probe
            }
            probe -= 1
        }
        return nil
    }

    /// Whether the entity of `cluster` may be a quote's speaker: a person, or an organisation that is no news outlet
    /// (an outlet that reports words is their channel, `Quote.via`, not their speaker).
    static func canSpeak(_ cluster: Int, entities: EntityRecognizer.Result) -> Bool {
        let type = entities.entities[cluster].type
        return type == .person || type == .organization && !entities.isOutlet[cluster]
    }

    /// Auxiliaries of the passive voice before a participle ("was described as").
    static let passiveAuxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"]

    /// The person or body (no outlet) whose speech noun and "that" (or a comma or colon) come right before the
    /// quotation opening at `open`, with at most three words between the noun and "that": "Rishi Sunak’s assertion
    /// this weekend that “...”", "the ministry's statement that “...”", "Elko’s post-game comment, “...”".
    @inline(never)
    private func possessorOfSpeechNoun(before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard open >= 4, ["that", ",", ":"].contains(tokens[open - 1].lower) else { return nil }
        let sentence = tokens[open].sentence
        var noun = open - 2
        while noun >= 2, noun >= open - 5, tokens[noun].sentence == sentence, tokens[noun].kind == .word {
            if Self.speechNouns.contains(lowerOf: noun, in: tokens) {
                // ("Elko’s post-game comment": up to two lowercase modifiers after the possessive.)
                var possessive = noun - 1
                while possessive > 0, possessive >= noun - 2, tokens[possessive].kind == .word, !tokens[possessive].capitalized { possessive -= 1 }
                guard tokens[possessive].text == "'s" || Self.isApostropheAfterPlural(possessive, tokens: tokens),
                      let cluster = clusterNamed(endingAt: possessive, tokens: tokens, entities: entities) else { return nil }
                let entity = entities.entities[cluster]
                return Self.canSpeak(cluster, entities: entities) ? entity.name : nil
            }
            noun -= 1
        }
        return nil
    }

    /// Speech verbs that take no object, so a name right after one is their subject ("said Keefe", "added
    /// Jones"; not "told The Herald").
    static let verbsWithoutObject: WordSet = [
        "said", "says", "added", "adds", "asked", "asks", "explained", "explains", "continued", "continues", "noted",
        "notes", "recalled", "recalls", "insisted", "insists", "replied", "replies", "stated", "states", "remarked",
        "observed", "admitted", "admits", "argued", "argues", "wrote", "writes", "quipped", "joked", "laughed",
        "conceded", "concedes", "acknowledged", "acknowledges", "declared", "declares", "agreed", "agrees",
    ]

    /// The person or organisation (not an outlet) named right after a speech verb and ending at `last`, with
    /// at most role words or a title between ("said coach Sheldon Keefe", "said Deputy Ferbrache").
    private func invertedSubject(after verb: Int, endingAt last: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        for probe in (verb + 1)...last {
            if let mentionID = entities.mentionStartingAt[probe] {
                let mention = entities.mentions[mentionID]
                guard mention.tokens.upperBound == last + 1 else { return nil }
                let cluster = mention.cluster
                return Self.canSpeak(cluster, entities: entities) ? entities.entities[cluster].name : nil
            }
            guard tokens[probe].kind == .word, !tokens[probe].lexicon.isDisjoint(with: [.roleNoun, .title]) || tokens[probe].lower == "the" else {
                return nil
            }
        }
        return nil
    }

    /// The person a described speaker refers to ("“...,” the ambassador said", "said the mayor"): the nearest
    /// person before the quote whose name the article puts beside the same role noun ("Mayor Jane Doe",
    /// "Liu Xiaoming, China's ambassador to Britain"), else the first such person after the quote in the next
    /// two paragraphs (a speaker introduced after the quote), else the last person named before `before`.
    /// `quote` is the quote's tokens, or the speech verb's when a sentence before the quote describes its speaker.
    /// With `carrierBeforeOnly`, only a person given the role before the quote counts (no later one, and no
    /// fallback to the last person named).
    private func describedPerson(
        head: Int, quote: Range<Int>, before: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result,
        persons: [(token: Int, entity: Int)], carrierBeforeOnly: Bool = false
    ) -> String? {
        let noun = tokens[head].lower
        let role = Role(head: head, tokens: tokens)
        let open = quote.lowerBound
        let end = quote.upperBound - 1
        let lastParagraph = tokens[open].paragraph + 2
        // Back from the quote to the nearest person given the role, else forward from its end within the next two
        // paragraphs: at most `describedPersonReach` person mentions each way (so that an article of many such
        // quotes stays linear in its length).
        let firstAtQuote = Self.firstPerson(atOrAfter: open, in: persons)
        let firstAfterQuote = Self.firstPerson(atOrAfter: end + 1, in: persons)
        let backward = stride(from: firstAtQuote - 1, through: max(0, firstAtQuote - Self.describedPersonReach), by: -1)
        let forward = (firstAfterQuote..<min(persons.count, firstAfterQuote + Self.describedPersonReach))
            .prefix { tokens[persons[$0].token].paragraph <= lastParagraph }
        let carries = { (index: Int) in carriesRole(role, mentionAt: persons[index].token, tokens: tokens, entities: entities) }
        if let nearest = backward.first(where: carries) {
            // "Binta Nyako, judge of a federal high court, ... earlier granted him by Abubakar Kutigi, judge of
            // ... ¶ the judge said": of several persons given the role before the quote, when the nearest is
            // named only once, one the article names more often is the one it is about.
            var linked = persons[nearest].entity
            if entities.entities[linked].count == 1 {
                for earlier in stride(from: nearest - 1, through: max(0, nearest - Self.roleRivalReach), by: -1)
                where persons[earlier].entity != linked
                    && entities.entities[persons[earlier].entity].count > entities.entities[linked].count && carries(earlier) {
                    linked = persons[earlier].entity
                }
            }
            return entities.entities[linked].name
        }
        if carrierBeforeOnly { return nil }
        if let linked = forward.first(where: carries) {
            return entities.entities[persons[linked].entity].name
        }
        // "said one legal expert" ... "the expert warned": a role last introduced without a name stays unnamed.
        if introducedUnnamed(noun, before: open, tokens: tokens) { return nil }
        return lastPerson(before: before, pronoun: nil, persons: persons, entities: entities, tokens: tokens)
    }

    /// How many person mentions before (and after) a described speaker's quote `describedPerson` looks
    /// through for the person given the role (far more than an article names around one quote).
    private static let describedPersonReach = 256

    /// How many person mentions before the nearest person given a role `describedPerson` looks through for
    /// one given the same role that the article names more often.
    private static let roleRivalReach = 40

    /// The index of the first of `persons` (in token order) at or after `token`: a binary search.
    private static func firstPerson(atOrAfter token: Int, in persons: [(token: Int, entity: Int)]) -> Int {
        var low = 0
        var high = persons.count
        while low < high {
            let middle = (low + high) / 2
            if persons[middle].token < token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the last earlier use of a role noun, in this or the three paragraphs before, is indefinite ("a
    /// spokeswoman", "one legal expert", "another witness").
    private func introducedUnnamed(_ noun: String, before index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index > 0 else { return false }
        let firstParagraph = tokens[index].paragraph - 3
        var probe = index - 1
        while probe >= 0, probe >= index - 600, tokens[probe].paragraph >= firstParagraph {
            if tokens[probe].lower == noun, !tokens[probe].capitalized {
                var word = probe - 1
                while word >= 0, word >= probe - 3, tokens[word].kind == .word, !tokens[word].capitalized,
                      !Self.indefiniteWords.contains(lowerOf: word, in: tokens), tokens[word].lower != "the" {
                    word -= 1
                }
                return word >= 0 && Self.indefiniteWords.contains(lowerOf: word, in: tokens)
            }
            probe -= 1
        }
        return false
    }

    /// Nouns for a written statement that speaks for whoever issued it ("“...,” the statement read").
    static let documentNouns: WordSet = [
        "statement", "release", "letter", "email", "e-mail", "memo", "post", "tweet", "filing", "complaint",
        "message", "announcement", "lawsuit", "ruling", "indictment", "report", "study", "note", "motion",
    ]

    /// The document noun of the last sentence before `open`, in its paragraph or the one before, that opens
    /// with "The" and a document noun ("The release went on to say"), when no organisation is named between
    /// it and `open` outside quotations; nil otherwise.
    private func subjectDocument(before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, nodes: [Node]) -> Int? {
        guard open > 0 else { return nil }
        let firstParagraph = tokens[open].paragraph - 1
        var probe = open - 1
        while probe >= 1, probe >= open - 300, tokens[probe].paragraph >= firstParagraph {
            if let mention = entities.mentionStartingAt[probe], entities.entities[entities.mentions[mention].cluster].type == .organization,
               !nodes.contains(where: { $0.open < probe && probe < ($0.close ?? $0.open) }) {
                return nil
            }
            if tokens[probe - 1].sentenceStart, tokens[probe - 1].lower == "the", Self.documentNouns.contains(lowerOf: probe, in: tokens) {
                return probe
            }
            probe -= 1
        }
        return nil
    }

    /// Participles that say who made a document ("a statement issued by", "a motion raised by").
    static let issuingParticiples: WordSet = [
        "issued", "released", "raised", "moved", "tabled", "signed", "written", "prepared", "authored", "filed",
        "published", "posted", "sent", "submitted", "put",
    ]

    /// Document nouns that refer back to a document named with another ("said in a statement ... The release
    /// went on to say").
    static let documentSynonyms: [String: Set<String>] = ["release": ["statement"], "statement": ["release"]]

    /// Verbs a document "says" with besides the speech verbs ("the statement read").
    static let documentVerbs: WordSet = ["read", "reads"]

    /// The issuer in "“...,” read a statement from Yonder on Facebook" or "said a letter by the council.": after the verb at
    /// `verb`, an article, a document noun, "from" or "by" and a person or organisation (not an outlet) whose name ends the
    /// clause or comes before a preposition ("on Facebook"); not "a letter from the Austin family", a name modifying a noun.
    private func issuerAfterVerb(_ verb: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard verb + 4 < tokens.count, ["a", "an", "the"].contains(tokens[verb + 1].lower), Self.documentNouns.contains(lowerOf: verb + 2, in: tokens),
              ["from", "by"].contains(tokens[verb + 3].lower) else { return nil }
        let start = tokens[verb + 4].lower == "the" ? verb + 5 : verb + 4
        guard start < tokens.count, let mentionID = entities.mentionStartingAt[start] else { return nil }
        let cluster = entities.mentions[mentionID].cluster
        let end = entities.mentions[mentionID].tokens.upperBound
        guard Self.canSpeak(cluster, entities: entities),
              end >= tokens.count || tokens[end].kind == .punct || Self.prepositions.contains(lowerOf: end, in: tokens) else { return nil }
        return entities.entities[cluster].name
    }

    /// Verbs by which a document's author reports its findings ("In a report published in February, the
    /// Alliance found that ..."): the author issued the document.
    static let findingVerbs: WordSet = ["found", "finds", "showed", "shows", "estimated", "estimates", "concluded", "concludes"]

    /// Who issued the document that "the statement" at `noun` refers back to: the last earlier sentence (in
    /// this or the eight paragraphs before) that mentions the same noun outside a quotation names its issuer
    /// after "from" or "by" ("a statement from the Pentagon"), or as the first person or organisation not
    /// after a preposition ("On Monday, Big Machine Records issued a statement"), or describes it ("The
    /// company denied the allegations in a statement"), or is the attribution of an earlier quote ("“...,”
    /// the production company said in a separate statement"), whose speaker issued it.
    private func documentIssuer(
        nounAt noun: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, persons: [(token: Int, entity: Int)],
        nodes: [Node], depth: Int
    ) -> String? {
        let word = tokens[noun].lower
        let firstParagraph = tokens[noun].paragraph - 8
        let ownSentence = tokens[noun].sentence
        var probe = noun - 1
        while probe >= 0, probe >= noun - 800, tokens[probe].paragraph >= firstParagraph {
            defer { probe -= 1 }
            guard tokens[probe].lower == word || Self.documentSynonyms[word]?.contains(tokens[probe].lower) == true,
                  tokens[probe].sentence != ownSentence,
                  !nodes.contains(where: { $0.open < probe && probe < ($0.close ?? $0.open) }) else { continue }
            var after = probe + 1
            // "a ten-point motion raised by Labor councillor Carol Duncan": a participle of making the document
            // before "by" ("distributed by", "obtained by" name someone else).
            if after + 1 < tokens.count, Self.issuingParticiples.contains(lowerOf: after, in: tokens), tokens[after + 1].lower == "by" { after += 1 }
            if after < tokens.count, ["from", "by"].contains(tokens[after].lower) {
                after += 1
                if after < tokens.count, tokens[after].lower == "the" { after += 1 }
                if after < tokens.count, let name = entityName(startingAt: after, tokens: tokens, entities: entities) {
                    // "by Labor councillor Carol Duncan": a body before a role noun and a person names the person's side.
                    let role = name.end
                    if role + 1 < tokens.count, !tokens[role].capitalized, tokens[role].lexicon.contains(.roleNoun),
                       let mention = entities.mentionStartingAt[role + 1],
                       let person = personName(of: entities.mentions[mention].cluster, entities: entities) {
                        return person
                    }
                    return name.name
                }
            }
            let first = sentenceStart(of: probe, tokens: tokens)
            // "The statement, which was obtained by Variety, claimed ...": the same document again; its issuer is
            // named further back.
            if first + 1 == probe, tokens[first].lower == "the" { continue }
            // An earlier quote's attribution: the quote ends in this sentence before the noun.
            if depth < 2, let quote = nodes.last(where: { node in
                guard node.parent == nil, let close = node.close else { return false }
                return close < probe && close >= first - 1 && tokens[max(close, 0)].paragraph == tokens[probe].paragraph
            }), let speaker = attribute(
                quote, tokens: tokens, entities: entities, persons: persons, nodes: nodes, documentDepth: depth + 1
            )?.speaker {
                return speaker
            }
            var index = first
            while index < probe {
                if let mentionID = entities.mentionStartingAt[index] {
                    let cluster = entities.mentions[mentionID].cluster
                    // (Not a name modifying a noun after a possessive: "A statement posted on the club’s Facebook page
                    // said:".)
                    if Self.canSpeak(cluster, entities: entities), !Self.isAfterPreposition(index, tokens: tokens),
                       !Self.isModifierAfterPossessive(index, end: entities.mentions[mentionID].tokens.upperBound, tokens: tokens) {
                        return entities.entities[cluster].name
                    }
                    index = entities.mentions[mentionID].tokens.upperBound
                    continue
                }
                index += 1
            }
            if let described = definiteDescription(at: first, tokens: tokens), described.type == .organization {
                return describedOrganization(noun: tokens[described.head].lower, before: first, tokens: tokens, entities: entities)
                    ?? lastOrganization(before: first, tokens: tokens, entities: entities, nodes: nodes, skippingOutlets: true)
            }
            // "In a report published last year, the Panhellenic Seamen's Federation said ...", "In a statement issued
            // on Monday, the ministry said ...": the one who speaks after the document's mention issued it.
            if let issuer = speakerAfterDocument(at: probe, tokens: tokens, entities: entities, nodes: nodes) { return issuer }
            // "Patient referrals had increased by 17%, the report found.": a sentence that names no issuer passes
            // the search on to an earlier mention ("In a new report published today, the Commons Public Accounts
            // Committee branded it …").
            probe = first
        }
        // "The Met Office have said: “...” ¶ The statement continued: “...”": a document not named before goes on
        // from the last quote of the two paragraphs before; its speaker issued it.
        if depth < 2, let quote = nodes.last(where: { node in
            guard node.parent == nil, let close = node.close else { return false }
            return close < noun && tokens[close].paragraph >= tokens[noun].paragraph - 2
        }) {
            return attribute(quote, tokens: tokens, entities: entities, persons: persons, nodes: nodes, documentDepth: depth + 1)?.speaker
        }
        return nil
    }

    /// The person or organisation that speaks later in the sentence of the document noun at `noun`: a name, not
    /// after a preposition, or an organisation described with "the", right before a speech verb (or before an
    /// appositive and then one).
    private func speakerAfterDocument(at noun: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, nodes: [Node]) -> String? {
        let sentence = tokens[noun].sentence
        if let subject = subjectAfterOpeningPhrase(holdingDocument: noun, tokens: tokens, entities: entities, nodes: nodes) { return subject }
        var index = noun + 1
        while index < tokens.count, tokens[index].sentence == sentence, !tokens[index].lexicon.contains(.quotationMark) {
            if let mentionID = entities.mentionStartingAt[index] {
                let mention = entities.mentions[mentionID]
                let entity = entities.entities[mention.cluster]
                var verb = mention.tokens.upperBound
                // "the charity’s board chair, Harold Blumberg, wrote": the name in an appositive, then the verb.
                if verb + 1 < tokens.count, tokens[verb].text == ",", isSpeechVerb(at: verb + 1, tokens: tokens) {
                    verb += 1
                } else if verb < tokens.count, tokens[verb].text == "," {
                    while verb < tokens.count, verb < mention.tokens.upperBound + 16, tokens[verb].sentence == sentence,
                          !(tokens[verb].text == "," && verb > mention.tokens.upperBound) {
                        verb += 1
                    }
                    verb += 1
                }
                if entity.type != .location, !entities.isOutlet[mention.cluster], !Self.isAfterPreposition(index, tokens: tokens),
                   isSpeechVerb(at: verb, tokens: tokens) || verb < tokens.count && Self.findingVerbs.contains(lowerOf: verb, in: tokens) {
                    return entity.name
                }
                index = mention.tokens.upperBound
                continue
            }
            if let described = definiteDescription(at: index, tokens: tokens), described.type == .organization,
               isSpeechVerb(at: described.head + 1, tokens: tokens) {
                return describedOrganization(noun: tokens[described.head].lower, before: index, tokens: tokens, entities: entities)
                    ?? lastOrganization(before: index, tokens: tokens, entities: entities, nodes: nodes, skippingOutlets: true)
            }
            index += 1
        }
        return nil
    }

    /// The subject of a sentence that opens with a phrase holding the document noun at `noun` ("In a statement
    /// released on Sunday, the force said", "In a new report published today, the Commons Public Accounts
    /// Committee branded it ..."): the person or organisation (no outlet) named, or the organisation described
    /// with "the", right after the phrase's comma, whatever its verb; nil otherwise.
    private func subjectAfterOpeningPhrase(holdingDocument noun: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, nodes: [Node]) -> String? {
        let sentence = tokens[noun].sentence
        let first = sentenceStart(of: noun, tokens: tokens)
        guard tokens[first].lower == "in", noun <= first + 3,
              let comma = (noun + 1..<min(tokens.count, noun + 24)).first(where: { tokens[$0].text == "," || tokens[$0].sentence != sentence }),
              tokens[comma].text == ",", comma + 2 < tokens.count, tokens[comma + 1].sentence == sentence else { return nil }
        let named = tokens[comma + 1].lower == "the" && !tokens[comma + 2].lexicon.contains(.roleNoun) ? comma + 2 : comma + 1
        if let mentionID = entities.mentionStartingAt[named] {
            let cluster = entities.mentions[mentionID].cluster
            return Self.canSpeak(cluster, entities: entities) ? entities.entities[cluster].name : nil
        }
        if let described = definiteDescription(at: comma + 1, tokens: tokens), described.type == .organization {
            return describedOrganization(noun: tokens[described.head].lower, before: comma + 1, tokens: tokens, entities: entities)
                ?? lastOrganization(before: comma + 1, tokens: tokens, entities: entities, nodes: nodes, skippingOutlets: true)
        }
        return nil
    }

    /// The person whose appositive holds the name at `index`: the person named right before the nearest
    /// comma before `index` in its sentence, within 24 tokens ("Ian Hamilton, an expert in drug use at the
    /// University of York who did not work on the study, told Newsweek").
    private func personBeforeAppositive(containing index: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        let sentence = tokens[index].sentence
        var probe = index - 1
        while probe >= 1, probe >= index - 24, tokens[probe].sentence == sentence {
            if tokens[probe].text == "," {
                return clusterNamed(endingAt: probe, tokens: tokens, entities: entities).flatMap { personName(of: $0, entities: entities) }
            }
            probe -= 1
        }
        return nil
    }

    /// Words that introduce someone not yet named ("a spokeswoman", "one legal expert").
    private static let indefiniteWords: WordSet = ["a", "an", "one", "another"]

    /// Whether a sentence starting after `lastNamed` and before `index`, within `unnamedSubjectReach` tokens of
    /// `index`, opens with an unnamed person who speaks: "a", "an", "one" or "another", within three words a role
    /// noun or a demonym, and a speech verb within ten tokens of the sentence's start with no quotation mark before
    /// it ("A grape farmer said", "One Omani, working in Bahrain, also told"; not a sentence inside a quotation, "A
    /// leader who does not face problems head on, is no leader").
    static func opensWithUnnamedPerson(after lastNamed: Int, before index: Int, tokens: [AnalysisToken]) -> Bool {
        let first = max(lastNamed + 1, index - unnamedSubjectReach)
        guard first < index, index <= tokens.count else { return false }
        for start in first..<index where tokens[start].sentenceStart && tokens[start].sentence != tokens[lastNamed].sentence
            && Self.indefiniteWords.contains(lowerOf: start, in: tokens) {
            var probe = start + 1
            var described = false
            while probe < index, probe <= start + 3, tokens[probe].kind == .word {
                if tokens[probe].lexicon.contains(.roleNoun) || Self.isPersonDemonym(at: probe, tokens: tokens) {
                    described = true
                    break
                }
                probe += 1
            }
            guard described else { continue }
            var verb = probe + 1
            while verb < index, verb <= start + 10, tokens[verb].sentence == tokens[start].sentence,
                  !tokens[verb].lexicon.contains(.quotationMark) {
                if tokens[verb].lexicon.contains(.speechVerb) { return true }
                verb += 1
            }
        }
        return false
    }

    /// How far back (in tokens) `opensWithUnnamedPerson` looks, so that an article of many pronoun-attributed
    /// quotes stays linear in its length.
    static let unnamedSubjectReach = 600

    /// The indefinite word that opens the description whose head noun is at `head`: "a", "an", "one" or
    /// "another" before at most three words (modifiers, capitalised or not: "A Counter-Terrorism Policing
    /// spokesman"), in the head's sentence; nil when there is none.
    static func indefiniteArticle(ofHead head: Int, tokens: [AnalysisToken]) -> Int? {
        var probe = head - 1
        while probe >= 0, probe >= head - 4, tokens[probe].sentence == tokens[head].sentence, tokens[probe].kind == .word {
            if Self.indefiniteWords.contains(lowerOf: probe, in: tokens) { return probe }
            probe -= 1
        }
        return nil
    }

    /// The organisation a described speaker refers to ("the group said"): the nearest organisation before
    /// `index`, in the last ten paragraphs and 2,000 tokens, that the article names beside the same noun ("The group, WeWorkers
    /// Coalition, ...", "Acme Corp., the company that ..."); nil when none is.
    /// The body a description after a quote stands for ("“...,” the company said"): the one `describedOrganization`
    /// finds, else (with `selfNamed`) a body naming itself at the quote's start, else the last body named that is no
    /// outlet. A news outlet described ("“...,” the newspaper reported") is only the last outlet named, and not when a
    /// subject and speech verb introduce the quote in its sentence ("Made said that “...,” the paper reported": the
    /// paper reports Made's words).
    private func describedBody(
        head: Int, quote node: Node, tokens: [AnalysisToken], entities: EntityRecognizer.Result, nodes: [Node], selfNamed: Bool = false
    ) -> String? {
        let noun = tokens[head].lower
        if Self.outletDescriptionNouns.contains(noun) {
            var probe = node.open - 1
            while probe >= 0, probe >= node.open - 6, tokens[probe].sentence == tokens[node.open].sentence {
                if tokens[probe].lexicon.contains(.speechVerb), hasSubject(before: probe, tokens: tokens, entities: entities) { return nil }
                probe -= 1
            }
            return describedOrganization(noun: noun, before: node.open, tokens: tokens, entities: entities)
        }
        return describedOrganization(noun: noun, before: node.open, tokens: tokens, entities: entities)
            ?? (selfNamed ? selfNamedBody(opening: node, tokens: tokens, entities: entities) : nil)
            ?? lastOrganization(before: node.open, tokens: tokens, entities: entities, nodes: nodes, skippingOutlets: true)
    }

    private func describedOrganization(noun: String, before index: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard index > 0 else { return nil }
        let firstParagraph = tokens[index].paragraph - 10
        // "the newspaper", "the publication": the last news outlet named; any other noun, the last other body that
        // carries it as its role.
        let describesOutlet = Self.outletDescriptionNouns.contains(noun)
        var probe = index - 1
        // (At most 2,000 tokens back: one long paragraph of such quotes stays linear.)
        while probe >= 0, probe >= index - 2_000, tokens[probe].paragraph >= firstParagraph {
            if let mentionID = entities.mentionStartingAt[probe] {
                let cluster = entities.mentions[mentionID].cluster
                if entities.entities[cluster].type == .organization, entities.isOutlet[cluster] == describesOutlet,
                   describesOutlet || carriesRole(Role(noun: noun), mentionAt: probe, tokens: tokens, entities: entities) {
                    return entities.entities[cluster].name
                }
            }
            probe -= 1
        }
        return nil
    }

    /// A described speaker's role: its head noun ("minister"), the office modifier before it that makes it
    /// another office ("prime minister", "deputy mayor"), if any.
    struct Role {
        let noun: String
        var modifier: String? = nil
        /// Whether the description says "former" ("the former minister"); one that does not is not a role given
        /// as former ("Under former coach Gernot Rohr" is not "the coach").
        var isFormer = false
        /// The noun's letters when it may be an office's acronym (`isOfficeAcronym`), else empty: worked out
        /// once per role, as `carriesRole` asks for every person it passes.
        let acronymLetters: [UInt8]

        init(noun: String) {
            self.noun = noun
            acronymLetters = QuoteExtractor.isOfficeAcronym(noun) ? Array(noun.utf8) : []
        }

        /// The role whose head noun is at `head`, with the office modifier right before it.
        init(head: Int, tokens: [AnalysisToken]) {
            self.init(noun: tokens[head].lower)
            if head > 0, QuoteExtractor.officeModifiers.contains(lowerOf: head - 1, in: tokens) { modifier = tokens[head - 1].lower }
            isFormer = (max(0, head - 3)..<head).contains { tokens[$0].lower == "former" }
            // "the Foreign Minister said": a minister's portfolio.
            if head > 0, noun == "minister", QuoteExtractor.portfolios.contains(lowerOf: head - 1, in: tokens) { modifier = tokens[head - 1].lower }
        }

        /// Whether the word at `index` names this role: the noun or a synonym ("the skipper" is the captain),
        /// with the same office modifier before it or none ("the minister" is not the prime minister), and not
        /// "former" unless the description says so.
        func isNamed(at index: Int, tokens: [AnalysisToken]) -> Bool {
            let word = tokens[index].lower
            guard word == noun || QuoteExtractor.roleSynonyms[noun]?.contains(word) == true
                || QuoteExtractor.titleAbbreviationWords.contains(lowerOf: index, in: tokens) && QuoteExtractor.titleAbbreviations[word] == noun
            else { return false }
            let before = index > 0 ? tokens[index - 1].lower : ""
            if !isFormer, before == "former" || index > 1 && tokens[index - 2].lower == "former" { return false }
            // ("Minister of Foreign Affairs Retno Marsudi" is the foreign minister.)
            if let modifier, QuoteExtractor.portfolios.contains(modifier), index + 2 < tokens.count, tokens[index + 1].lower == "of" {
                return tokens[index + 2].lower == modifier || index + 3 < tokens.count && tokens[index + 3].lower == modifier
            }
            return modifier.map { $0 == before } ?? !QuoteExtractor.officeModifiers.contains(before)
        }
    }

    /// A minister's portfolios that tell one minister from another ("the Foreign Minister" is not the Defence
    /// Minister).
    static let portfolios: WordSet = [
        "foreign", "defence", "defense", "finance", "interior", "health", "justice", "education", "trade", "agriculture",
        "transport", "transportation", "energy", "home",
    ]

    /// Whether the mark at `index` is the apostrophe of a plural's possessive ("Mr Thomas’ family"): a closing
    /// single mark right after a word ending in "s", before a lowercase word.
    @inline(never)
    static func isPossessiveApostrophe(at index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index + 1 < tokens.count, isApostropheAfterPlural(index, tokens: tokens),
              tokens[index - 1].text.utf8.last == UInt8(ascii: "s"), tokens[index + 1].kind == .word else { return false }
        return !tokens[index + 1].capitalized
    }

    /// The person (cluster) named right after the last "but" before the participle at `verbIndex` in its sentence,
    /// with only titles between ("..., but Chief Justice Isa promptly intervened, asserting,"): that clause's
    /// subject. Nil when no "but" comes first within 25 tokens, or a quotation mark does, or no person follows it.
    @inline(never)
    static func personAfterBut(beforeParticiple verbIndex: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int? {
        let sentence = tokens[verbIndex].sentence
        var probe = verbIndex - 2
        while probe > 0, probe >= verbIndex - 25, tokens[probe].sentence == sentence {
            if tokens[probe].lexicon.contains(.quotationMark) { return nil }
            if tokens[probe].lower == "but" {
                var name = probe + 1
                while name < verbIndex, !tokens[name].lexicon.isDisjoint(with: [.title, .titleModifier]) { name += 1 }
                guard let mention = entities.mentionStartingAt[name], entities.mentions[mention].tokens.upperBound < verbIndex,
                      entities.entities[entities.mentions[mention].cluster].type == .person else { return nil }
                return entities.mentions[mention].cluster
            }
            probe -= 1
        }
        return nil
    }

    /// The first token from `start` (before `limit`) that is not a capitalised title outside a name ("said White
    /// House Press Secretary Stephanie Grisham", "“…” -Detective Moosa").
    private func startAfterTitles(from start: Int, before limit: Int, entities: EntityRecognizer.Result, tokens: [AnalysisToken]) -> Int {
        var index = start
        while index < tokens.count, index < limit, tokens[index].capitalized, tokens[index].lexicon.contains(.title),
              entities.mentionStartingAt[index] == nil {
            index += 1
        }
        return index
    }

    /// The comma that closes a phrase opening the sentence at `first` with a participle ("Speaking to reporters,",
    /// "Responding to the claims,", "Asked about it,", "When asked ...,"), within fifteen tokens (thirty after
    /// "when asked") and before `open`, with no quotation mark in it; nil otherwise.
    @inline(never)
    static func openingParticiplePhraseEnd(from first: Int, before open: Int, tokens: [AnalysisToken]) -> Int? {
        guard first + 2 < open, tokens[first].kind == .word, tokens[first].capitalized else { return nil }
        // "When asked by a reporter if he had any indication of what the verdict ... was going to be, Watkins fired
        // off a passionate response ...:": a "when" clause around a participle may run longer.
        let whenAsked = tokens[first].lower == "when" && ["asked", "questioned", "pressed"].contains(tokens[first + 1].lower)
        guard tokens[first].lower.hasSuffix("ing") || tokens[first].lower == "asked" || whenAsked else { return nil }
        return phraseClosingComma(after: first, through: first + (whenAsked ? 30 : 15), before: open, tokens: tokens)
    }

    /// The body a statement names first as its own subject ("“Maldives Police Service appeals to all citizens
    /// ...”", "“HSN is caring for its first admitted patient ...”"): an organisation's name (after "The")
    /// opening the quote, before a lowercase word; nil otherwise.
    private func selfNamedBody(opening node: Node, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        var first = node.open + 1
        if first < tokens.count, tokens[first].lower == "the" { first += 1 }
        guard first < tokens.count, let mentionID = entities.mentionStartingAt[first] else { return nil }
        let cluster = entities.mentions[mentionID].cluster
        guard cluster >= 0, entities.entities[cluster].type == .organization, !entities.isOutlet[cluster] else { return nil }
        let end = entities.mentions[mentionID].tokens.upperBound
        guard end < tokens.count, tokens[end].kind == .word, !tokens[end].capitalized else { return nil }
        return entities.entities[cluster].name
    }

    /// The office's word in "The CBSL Chief went on:", "The Kisumu Governor added:": "the" opening the sentence at
    /// `first`, one or two capitalised words, a capitalised title or role noun, then lowercase words to `colon`.
    @inline(never)
    static func capitalisedOfficeHead(after first: Int, before colon: Int, tokens: [AnalysisToken]) -> Int? {
        guard colon - first <= 8, tokens[first].lower == "the" else { return nil }
        var head = first + 1
        while head < colon, head <= first + 3, tokens[head].kind == .word, tokens[head].capitalized { head += 1 }
        head -= 1
        guard head >= first + 2, tokens[head].capitalized, !tokens[head].lexicon.isDisjoint(with: [.title, .roleNoun]),
              ((head + 1)..<colon).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized }), head + 1 < colon else { return nil }
        return head
    }

    /// "he" or "she" when it opens the sentence at `first` that ends in the colon at `colon`, at most thirty tokens
    /// on, with no quotation mark or person's name between (`attributeBefore`): "He also touched upon the
    /// possibility of moving the home game against the Czech club Viktoria Plzen to the Baku Olympic stadium:".
    @inline(never)
    static func colonSentencePronoun(_ first: Int, colon: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard colon - first <= 30, ["he", "she"].contains(tokens[first].lower) else { return nil }
        for index in (first + 1)..<colon {
            if tokens[index].lexicon.contains(.quotationMark) { return nil }
            if let mention = entities.mentionStartingAt[index], entities.entities[entities.mentions[mention].cluster].type == .person { return nil }
        }
        return tokens[first].lower
    }

    /// Whether the word at `index` is a capitalised title after "the" ("the Taoiseach", "the President").
    @inline(never)
    static func isTitleAfterThe(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        index >= 1 && tokens[index].capitalized && tokens[index].lexicon.contains(.title) && tokens[index - 1].lower == "the"
    }

    /// Words that make a role noun another office ("prime minister", "vice president", "deputy mayor").
    static let officeModifiers: WordSet = ["prime", "vice", "deputy", "chief", "first", "assistant", "lieutenant", "lt.", "lt"]

    /// Role nouns a description may use for a role the article gave with another noun ("the skipper" for
    /// "India captain Rohit Sharma", "the Chiefs tactician" for "coach Zwane").
    static let roleSynonyms: [String: Set<String>] = [
        "skipper": ["captain"], "captain": ["skipper"], "tactician": ["coach", "manager"], "trainer": ["coach", "manager"],
        "boss": ["manager", "coach"], "gaffer": ["manager", "coach"], "premier": ["prime"],
        // "The Labour councillor" for "Glasgow city council’s leader Gordon Matheson".
        "councillor": ["council"], "councilor": ["council"], "councilman": ["council"], "councilwoman": ["council"],
    ]

    /// Titles' abbreviations and the role nouns they stand for: "the governor" is "Gov. Rick Scott".
    static let titleAbbreviations: [String: String] = [
        "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
        "lt.": "lieutenant", "gen.": "general", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant",
        "supt.": "superintendent", "supt": "superintendent", "insp.": "inspector", "insp": "inspector",
        "det.": "detective", "prof.": "professor", "prof": "professor", "atty.": "attorney", "amb.": "ambassador",
        "pres.": "president", "cllr": "councillor", "cllr.": "councillor", "cr": "councillor", "cr.": "councillor",
        "adm.": "admiral", "cmdr.": "commander", "brig.": "brigadier", "maj.": "major", "cpl.": "corporal",
    ]
    /// The keys of `titleAbbreviations`, for a token test by hash before the dictionary is asked.
    static let titleAbbreviationWords = WordSet(titleAbbreviations.keys)

    /// Heads of a body's office that `carriesRole` reads past to the body ("council’s leader", "council member").
    private static let bodyOfficeHeads: WordSet = ["leader", "member", "chair", "chairman", "chairwoman", "chairperson"]

    /// Whether the article puts a role beside the name at `start`: inside the name's mention, before it
    /// with only capitalised words, "of", "the", "'s" or a comma between ("Mayor Jane Doe", "the mayor of
    /// Springfield, Jane Doe"), spelt by the initials of the capitalised title right before it ("the AG"
    /// for "Attorney General Dale Marshall"), or in an appositive right after it ("Jane Doe, the mayor",
    /// "Liu Xiaoming, China's ambassador to Britain").
    private func carriesRole(_ role: Role, mentionAt start: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Bool {
        guard let mentionID = entities.mentionStartingAt[start] else { return false }
        let mention = entities.mentions[mentionID].tokens
        if mention.contains(where: { role.isNamed(at: $0, tokens: tokens) }) { return true }
        let sentence = tokens[start].sentence
        var probe = start - 1
        var initials = ""
        while probe >= 0, probe >= start - 6, tokens[probe].sentence == sentence {
            if role.isNamed(at: probe, tokens: tokens) { return true }
            guard tokens[probe].capitalized || Self.roleLinkWords.contains(lowerOf: probe, in: tokens)
                    || Self.bodyOfficeHeads.contains(lowerOf: probe, in: tokens) else {
                // "Prime Minister, Brigadier (rtd) Mark Phillips": past a short aside in brackets.
                if tokens[probe].kind == .punct, tokens[probe].text == ")",
                   let aside = (max(0, probe - 4)..<probe).last(where: { tokens[$0].text == "(" }) {
                    probe = aside - 1
                    continue
                }
                break
            }
            // (An office's preposition takes a place or a body, not the person: the headline "Governor to San
            // Nicolas: ..." does not make San Nicolas the governor.)
            if probe == start - 1, Self.rolePrepositions.contains(lowerOf: probe, in: tokens) { break }
            if tokens[probe].capitalized, let initial = tokens[probe].lower.first, initials.count < 4 {
                initials.insert(initial, at: initials.startIndex)
                if initials.count >= 2, initials == role.noun { return true }
            }
            probe -= 1
        }
        // "Another mother of eight, Nyajang Kutek, said": a description before the name's comma, back to the
        // comma or the sentence's start before it.
        // "The minister of information, who serves as government spokesperson, Michael Makuei": past a relative
        // clause set off by commas, to the description before it.
        if start >= 2, tokens[start - 1].text == "," {
            probe = start - 2
            var segmentLimit = start - 8
            while probe >= 0, probe >= segmentLimit, tokens[probe].sentence == sentence {
                if tokens[probe].text == "," {
                    guard Self.relativePronouns.contains(lowerOf: probe + 1, in: tokens), segmentLimit == start - 8 else { break }
                    segmentLimit = probe - 7
                } else if role.isNamed(at: probe, tokens: tokens) {
                    return true
                }
                probe -= 1
            }
        }
        // "Prime Minister and Minister of Foreign Affairs H E Sheikh Mohammed …" for "the PM": an office's
        // acronym spelled by capitalised words further back in the title (up to 14 words of capitalised words,
        // "and" and link words, not past another name).
        let letters = role.acronymLetters
        if !letters.isEmpty {
            var titleStart = start
            while titleStart > 0, titleStart > start - 14, tokens[titleStart - 1].sentence == sentence,
                  entities.mentionStartingAt[titleStart - 1] == nil,
                  tokens[titleStart - 1].capitalized || tokens[titleStart - 1].lower == "and"
                    || Self.roleLinkWords.contains(lowerOf: titleStart - 1, in: tokens) {
                titleStart -= 1
            }
            var first = start - letters.count
            while first >= titleStart {
                if (0..<letters.count).allSatisfy({ offset in
                    tokens[first + offset].capitalized && tokens[first + offset].lower.utf8.first == letters[offset]
                        && tokens[first + offset].kind == .word && tokens[first + offset].lower.utf8.count > 1
                }) {
                    return true
                }
                first -= 1
            }
        }
        probe = mention.upperBound
        // "Maria Gonzalez is the mayor of Springfield": the role as the predicate.
        if probe + 1 < tokens.count, ["is", "was", "became", "remains"].contains(tokens[probe].lower) {
            var word = probe + 1
            while word < tokens.count, word <= probe + 4, tokens[word].sentence == sentence, tokens[word].kind == .word {
                if role.isNamed(at: word, tokens: tokens) { return true }
                word += 1
            }
            return false
        }
        guard probe < tokens.count, tokens[probe].text == "," else { return false }
        probe += 1
        let limit = probe + 6
        // (Not past a verb or a clause's opening word: in "Andreas Fakontis, expressed the position that the mayor
        // has ...", the name's verb follows the comma and "the mayor" is someone else.)
        while probe < tokens.count, probe < limit, tokens[probe].sentence == sentence, tokens[probe].text != ",",
              !tokens[probe].lexicon.contains(.speechVerb), !Self.appositiveStoppers.contains(lowerOf: probe, in: tokens) {
            // (Not a role right before a speech verb: in "While talking about the killing of student Bilal, the
            // chief claimed ...", the role is the next clause's subject.)
            if role.isNamed(at: probe, tokens: tokens) { return !isSpeechVerb(at: probe + 1, tokens: tokens) }
            probe += 1
        }
        return false
    }

    /// Words that end an appositive after a name, besides speech verbs: a clause opens ("that", "who", "which"),
    /// or "expressed", a verb of stating a view that is no speech verb ("expressed concern").
    private static let appositiveStoppers: WordSet = ["that", "who", "which", "whose", "expressed"]

    /// Whether a lowercase role noun of two to four letters may be an office's acronym ("pm", "cm", "mla").
    static func isOfficeAcronym(_ noun: String) -> Bool {
        (2...4).contains(noun.utf8.count) && noun.utf8.allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
            && AnalysisLexicon.roleNouns.contains(noun)
    }

    /// Words that may stand between a role noun and the name after it ("the mayor of Springfield, Jane Doe").
    private static let roleLinkWords: WordSet = [",", "of", "the", "'s", "for", "to", "at"]

    /// Prepositions after a role that take what the role is of ("spokesperson for", "Governor to", "Chair of"):
    /// a person's name never comes right after one (`carriesRole`, `roleBeforePhrase`).
    private static let rolePrepositions: WordSet = ["of", "for", "to", "at", "from"]

    /// The speaker of a ", said ..." further on in the sentence after a quote: "“...” despite being the
    /// envoy in Brussels, said another witness, former adviser Fiona Hill", "“...” announced in October,
    /// said Derek Scissors". The first person named within 16 tokens after a speech verb that follows a
    /// comma, in the same sentence and before any other quotation mark.
    private func personAfterLaterSpeechVerb(
        from start: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result
    ) -> Attribution? {
        guard start < tokens.count else { return nil }
        let sentence = tokens[start].sentence
        var probe = start
        while probe + 1 < tokens.count, probe < start + 25, tokens[probe].sentence == sentence,
              !tokens[probe].lexicon.contains(.quotationMark) {
            defer { probe += 1 }
            guard tokens[probe].text == ",", tokens[probe + 1].lexicon.contains(.speechVerb) else { continue }
            // ", adding that Tom Roe agreed": reported speech, whose subject is not the speaker; ", telling Cook":
            // the one spoken to.
            if probe + 2 < tokens.count, tokens[probe + 2].lower == "that" || Self.addresseeVerbs.contains(lowerOf: probe + 1, in: tokens) {
                return nil
            }
            var name = probe + 2
            while name < tokens.count, name < probe + 18, tokens[name].sentence == sentence,
                  !tokens[name].lexicon.contains(.quotationMark) {
                if let mentionID = entities.mentionStartingAt[name],
                   entities.entities[entities.mentions[mentionID].cluster].type == .person {
                    return Attribution(entities.entities[entities.mentions[mentionID].cluster].name, tokens[probe + 1].lower)
                }
                name += 1
            }
            return nil
        }
        return nil
    }

    /// A speaker described rather than named: its type and the index of its head noun.
    private struct Description {
        var type: EntityType
        var head: Int
    }

    /// The "the" within three tokens before `head` that opens a description of `type` with that head noun
    /// ("the company" said, "the PCB chief" said); nil when there is none.
    private func descriptionArticle(head: Int, type: EntityType, tokens: [AnalysisToken]) -> Int? {
        (max(0, head - 3)..<head).first { definiteDescription(at: $0, tokens: tokens).map { $0.type == type && $0.head == head } == true }
    }

    /// What "the" and a noun at `index` describe: a person ("the actor", "the 56-year-old", "the Missouri
    /// Republican") or an organisation ("the company", "the club"); nil otherwise. (The role and organisation
    /// noun lists are disjoint.)
    private func definiteDescription(at index: Int, tokens: [AnalysisToken]) -> Description? {
        guard index + 1 < tokens.count, tokens[index].lower == "the" else { return nil }
        let noun = tokens[index + 1]
        guard noun.capitalized else {
            // "the production company", "the former president": up to two lowercase modifiers before the noun;
            // "the victim's mother", "the paper's senior author": a possessor before them.
            var head = index + 1
            var limit = index + 3
            while head < tokens.count, head <= limit, tokens[head].sentence == tokens[index].sentence {
                let word = tokens[head]
                if word.text == "'s", head > index + 1, tokens[head - 1].kind == .word {
                    limit = head + 3
                    head += 1
                    continue
                }
                // "“...,” the local Sinn Féin Councillor explained": a capitalised role noun or title after the
                // modifiers, with no name after it, is the head.
                if word.kind == .word, word.capitalized, head > index + 1, !word.lexicon.isDisjoint(with: [.roleNoun, .title]),
                   head + 1 < tokens.count, tokens[head + 1].kind == .word, !tokens[head + 1].capitalized {
                    return Description(type: .person, head: head)
                }
                // "the former Nurnberg coach": a capitalised modifier after a lowercase one.
                if word.kind == .word, word.capitalized, head > index + 1, limit < index + 5 {
                    limit += 1
                    head += 1
                    continue
                }
                guard word.kind == .word, !word.capitalized else { return nil }
                let possessor = head + 1 < tokens.count && tokens[head + 1].text == "'s"
                // "the council president": an organisation's noun before a role is a modifier.
                let modifier = head + 1 < tokens.count && word.lexicon.contains(.organizationCueNoun)
                    && tokens[head + 1].lexicon.contains(.roleNoun) && !tokens[head + 1].capitalized
                if !possessor, !modifier {
                    // "the chief minister", "the chief executive", "the chief justice": role nouns (or titles after
                    // one) in a row, up to three; the last is the head.
                    if word.lexicon.contains(.roleNoun) {
                        let first = head
                        while head + 1 < tokens.count, head < first + 2, tokens[head + 1].kind == .word, !tokens[head + 1].capitalized,
                              !tokens[head + 1].lexicon.isDisjoint(with: [.roleNoun, .title]), tokens[head + 1].sentence == tokens[index].sentence {
                            head += 1
                        }
                        return Description(type: .person, head: head)
                    }
                    if word.lower.hasSuffix("-year-old") { return Description(type: .person, head: head) }
                    if word.lexicon.contains(.organizationCueNoun) || Self.bodyDescriptionNouns.contains(lowerOf: head, in: tokens)
                        || Self.outletDescriptionNouns.contains(lowerOf: head, in: tokens) {
                        // "the government body", "the state agency": the last of two such nouns is the head.
                        if head + 1 < tokens.count, tokens[head + 1].kind == .word, !tokens[head + 1].capitalized,
                           tokens[head + 1].lexicon.contains(.organizationCueNoun) || Self.bodyDescriptionNouns.contains(lowerOf: head + 1, in: tokens) {
                            return Description(type: .organization, head: head + 1)
                        }
                        return Description(type: .organization, head: head)
                    }
                }
                if word.lexicon.contains(.speechVerb) || Self.documentNouns.contains(word.lower) { return nil }
                head += 1
            }
            return nil
        }
        // "“...,” the City said in a statement", "the Council said": a body's common noun, capitalised as
        // a short name for the body named before, right before a speech verb.
        if index + 2 < tokens.count, noun.kind == .word,
           noun.lexicon.contains(.organizationCueNoun) || Self.municipalBodyNouns.contains(lowerOf: index + 1, in: tokens),
           tokens[index + 2].lexicon.contains(.speechVerb) {
            return Description(type: .organization, head: index + 1)
        }
        // "“...,” the Argentine said", "said the Kenyan", "the South African told": a demonym as a noun (of one
        // word, or a capitalised word and one) beside a speech verb is a person.
        let demonym = Self.isPersonDemonym(at: index + 1, tokens: tokens) ? index + 1
            : tokens[index + 1].kind == .word && Self.isPersonDemonym(at: index + 2, tokens: tokens) ? index + 2 : nil
        if let demonym, demonym + 1 < tokens.count && tokens[demonym + 1].lexicon.contains(.speechVerb)
            || index >= 1 && tokens[index - 1].lexicon.contains(.speechVerb) {
            return Description(type: .person, head: demonym)
        }
        // "the Minister told", "the Prime Minister of Serbia": capitalised titles ending in a role noun, with
        // no name after them.
        var last = index + 1
        while last + 1 < tokens.count, last < index + 4, tokens[last + 1].capitalized,
              !tokens[last + 1].lexicon.isDisjoint(with: [.title, .titleModifier, .roleNoun]) {
            last += 1
        }
        // ("the Chief Justice said": a title after another ends them too.)
        if last + 1 < tokens.count, tokens[last].lexicon.contains(.roleNoun) || last > index + 1 && tokens[last].lexicon.contains(.title),
           (index + 1...last).allSatisfy({ !tokens[$0].lexicon.isDisjoint(with: [.title, .titleModifier, .roleNoun]) }),
           !tokens[last + 1].capitalized, tokens[last + 1].text != "'s" {
            return Description(type: .person, head: last)
        }
        // "the Missouri Republican", "the California Democrat": a party's member, by place and party.
        var head = index + 1
        while head < min(tokens.count - 1, index + 4), tokens[head].capitalized, !Self.partyMembers.contains(lowerOf: head, in: tokens) {
            head += 1
        }
        if Self.partyMembers.contains(lowerOf: head, in: tokens) { return Description(type: .person, head: head) }
        // "the PCB chief", "the Rovers manager": capitalised words before a lowercase role noun.
        if tokens[head].kind == .word, !tokens[head].capitalized, tokens[head].sentence == tokens[index].sentence,
           tokens[head].lexicon.contains(.roleNoun), head + 1 >= tokens.count || tokens[head + 1].text != "'s" {
            return Description(type: .person, head: head)
        }
        // "the Kisumu Governor added": capitalised words ending in a capitalised role noun, a lowercase word after.
        if head >= index + 3, tokens[head].kind == .word, !tokens[head].capitalized, tokens[head].sentence == tokens[index].sentence,
           tokens[head - 1].lexicon.contains(.roleNoun) {
            return Description(type: .person, head: head - 1)
        }
        return nil
    }

    /// Whether the capitalised word at `index` is a demonym that names one person ("Argentine", "Turk", "Briton",
    /// "Frenchman"): not a plural, and not one that names a people after "the" ("the British", "the Dutch",
    /// "the Chinese", "the Swiss").
    private static func isPersonDemonym(at index: Int, tokens: [AnalysisToken]) -> Bool {
        guard index < tokens.count, tokens[index].capitalized, tokens[index].lexicon.contains(.gazetteerDemonym) else { return false }
        let word = tokens[index].lower
        return !(word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("ese") || word.hasSuffix("s"))
    }

    /// Place nouns that, capitalised after "the", stand for a local government ("the City said").
    private static let municipalBodyNouns: WordSet = ["city", "county", "town", "borough", "shire", "municipality", "district"]

    /// Nouns that, after "the", describe a body named before ("“...,” the embassy said", "the force said") but that
    /// cue no organisation in entity typing, where they would turn "Kenyan government" or "Air Force" words into
    /// bodies of their own (`AnalysisLexicon.organizationCueNouns` holds the ones that do both).
    private static let bodyDescriptionNouns: WordSet = [
        "embassy", "consulate", "force", "government", "administration", "federation", "association", "bureau",
        "corporation", "secretariat", "directorate", "network", "league", "centre", "center", "parliament", "senate",
        "assembly", "legislature", "cabinet", "army", "military", "body",
    ]

    /// Nouns that, after "the", describe a news outlet named before ("“...,” the newspaper reported", "the
    /// publication said"): `describedOrganization` takes the last outlet named.
    private static let outletDescriptionNouns: WordSet = [
        "newspaper", "paper", "publication", "daily", "tabloid", "magazine", "broadcaster", "outlet", "weekly",
    ]

    /// Words for a party's member ("the Vermont Democrat said").
    private static let partyMembers: WordSet = ["republican", "democrat", "conservative", "tory", "socialist", "liberal"]

    /// The speaker in "According to Jane Doe, “...”", "According to his aunt, Jane Starner, “...”" or "In the words
    /// of Jane Doe, “...”": the person or organisation (not a news outlet, which is the quote's "via") named right
    /// before `last` (inclusive) after "according to" or "the words of".
    private func accordingTo(endingAt last: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard last >= 2 else { return nil }
        var start = last
        while start >= 2, start > last - EntityRecognizer.maximumNameTokens {
            if let mentionID = entities.mentionStartingAt[start], entities.mentions[mentionID].tokens.upperBound == last + 1 {
                var lead = Self.startOfTitlesAndBody(before: start, tokens: tokens, entities: entities) - 1
                // ("According to" needs two tokens before the name and its titles.)
                guard lead >= 1 else { return nil }
                if tokens[lead].lower == "the" { lead -= 1 }
                // "According to his aunt, Jane Starner, “...”": a description and a comma before the name.
                if lead >= 1, tokens[lead].text == "," {
                    var word = lead - 1
                    while word >= 2, word >= lead - 4, tokens[word].kind == .word, !tokens[word].capitalized, tokens[word].lower != "to" {
                        word -= 1
                    }
                    if word < lead - 1, tokens[word].lower == "to" { lead = word }
                }
                let isAccordingTo = lead >= 1 && tokens[lead].lower == "to" && tokens[lead - 1].lower == "according"
                // "In the words of the PTA, “...”": the same.
                let isInTheWordsOf = lead >= 2 && tokens[lead].lower == "of" && tokens[lead - 1].lower == "words" && tokens[lead - 2].lower == "the"
                guard isAccordingTo || isInTheWordsOf else { return nil }
                let cluster = entities.mentions[mentionID].cluster
                let entity = entities.entities[cluster]
                guard Self.canSpeak(cluster, entities: entities) else { return nil }
                return entity.name
            }
            start -= 1
        }
        return nil
    }

    /// Where the titles and role nouns right before a name start, with the body or place whose they are ("Exxon
    /// Mobil CEO" before "Darren Woods", "police spokesman" before "Jane Doe"); `name` itself when none stand there.
    /// At most four title words, and a name ending right before them in their sentence for the body or place.
    private static func startOfTitlesAndBody(before name: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int {
        var start = name
        while start >= 1, start > name - 4, tokens[start - 1].kind == .word,
              !tokens[start - 1].lexicon.isDisjoint(with: [.title, .titleModifier, .roleNoun]) {
            start -= 1
        }
        guard start < name else { return name }
        return mentionNamed(endingAt: start, tokens: tokens, entities: entities).map { entities.mentions[$0].tokens.lowerBound } ?? start
    }

    /// The person whose name opens the sentence that ends right before `open` (within its first three
    /// tokens: "Jones was blunt:", "The mayor, Mary Jones, ..." does not count), as its subject: not a
    /// possessive ("Swift's rep told ..."), and not in a sentence that opens with a quotation.
    private func sentenceOpeningPerson(before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard open >= 1 else { return nil }
        var first = sentenceStart(of: open - 1, tokens: tokens)
        // A sentence that opens with a quotation is a quote's attribution, not a subject's sentence; a closing
        // mark of the quote before may stand first, attached to it.
        let opening = tokens[first]
        if ["“", "‘", "„", "«"].contains(opening.text)
            || ["\"", "'"].contains(opening.text) && (first == 0 || opening.spaceBefore || tokens[first - 1].paragraph != opening.paragraph) {
            return nil
        }
        while first < open - 1, tokens[first].lexicon.contains(.quotationMark) { first += 1 }
        // "Speaking to Sri Lanka's Sunday Times, Mr Samaraweera compared ...:": the subject comes after an
        // opening participle's phrase and its comma.
        // ("In the email response, Musk positioned Tesla as ... (emphasis ours):": likewise after an opening
        // prepositional phrase.)
        if let comma = Self.openingParticiplePhraseEnd(from: first, before: open, tokens: tokens)
            ?? Self.openingPrepositionalPhraseEnd(first, before: open, tokens: tokens) {
            first = comma + 1
        }
        guard let opening = openingMention(from: first, before: open, entities: entities, tokens: tokens) else {
            return describedOpeningPerson(from: first, before: open, tokens: tokens, entities: entities)
        }
        let mention = entities.mentions[opening.mention]
        // "Swift's rep told ..." is someone else's sentence; "Tom Baker's message was simple:" is his.
        let end = mention.tokens.upperBound
        if end < tokens.count, tokens[end].text == "'s", end + 1 >= tokens.count || !Self.speechNouns.contains(lowerOf: end + 1, in: tokens) {
            return nil
        }
        if entities.entities[mention.cluster].type == .person { return entities.entities[mention.cluster].name }
        // "Rome, Gualtieri: “Agreed with ...”": a dateline's place, a comma and the person the colon introduces.
        if entities.entities[mention.cluster].type == .location, end + 1 < open, tokens[end].text == ",",
           tokens[open - 1].text == ":", let next = entities.mentionStartingAt[end + 1],
           entities.mentions[next].tokens.upperBound == open - 1 {
            return personName(of: entities.mentions[next].cluster, entities: entities)
        }
        return describedByBodyPerson(after: end, before: open, words: 2, tokens: tokens, entities: entities)
    }

    /// The person named right after a body's or a place's name and one to `words` lowercase words for a role
    /// ("Bruins coach Claude Julien, on the Canucks' hits: “...”", "Apple chief executive Tim Cook was blunt:"),
    /// the subject of a sentence that such a name opens.
    @inline(never)
    private func describedByBodyPerson(
        after end: Int, before limit: Int, words: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result
    ) -> String? {
        var index = end
        while index < min(limit, end + words), tokens[index].kind == .word, !tokens[index].capitalized,
              !tokens[index].lexicon.isDisjoint(with: [.roleNoun, .title, .titleModifier]) {
            index += 1
        }
        guard index > end, index < limit, let mentionID = entities.mentionStartingAt[index] else { return nil }
        let cluster = entities.mentions[mentionID].cluster
        return entities.entities[cluster].type == .person ? entities.entities[cluster].name : nil
    }

    /// The person named in an appositive that opens a sentence after a description ("The company's chief
    /// executive, Tom Reed, spoke first."): a role noun within the first six tokens, a comma, a person's name
    /// and another comma.
    private func describedOpeningPerson(from first: Int, before limit: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        var comma = first
        while comma < limit, comma < first + 7, tokens[comma].text != "," {
            guard entities.mentionStartingAt[comma] == nil else { return nil }
            comma += 1
        }
        guard comma < limit, comma > first, tokens[comma].text == ",",
              tokens[first..<comma].contains(where: { $0.lexicon.contains(.roleNoun) && !$0.capitalized }),
              comma + 1 < limit, let mentionID = entities.mentionStartingAt[comma + 1] else { return nil }
        let mention = entities.mentions[mentionID]
        guard mention.tokens.upperBound < limit, tokens[mention.tokens.upperBound].text == "," else { return nil }
        return personName(of: mention.cluster, entities: entities)
    }

    /// The person or organisation named in apposition right after a description's head noun, between commas
    /// ("the paper’s senior author, Professor Henrik Dahl of the Pacific Institute, said"); nil otherwise.
    private func appositiveName(after head: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        var start = head + 2
        guard start < tokens.count, tokens[head + 1].text == "," else { return nil }
        while start < tokens.count, start < head + 5, entities.mentionStartingAt[start] == nil, tokens[start].capitalized,
              tokens[start].lexicon.contains(.title) {
            start += 1
        }
        guard start < tokens.count, let mentionID = entities.mentionStartingAt[start] else { return nil }
        let mention = entities.mentions[mentionID]
        let entity = entities.entities[mention.cluster]
        guard entity.type != .location, mention.tokens.upperBound < tokens.count,
              [",", "of", "from", "at", "("].contains(tokens[mention.tokens.upperBound].lower) else { return nil }
        return entity.name
    }

    /// The person named as the label of the paragraph holding `index` ("Tanabe-Ross: Because ..."): a person's
    /// name opening the paragraph, right before a colon, with the quote after it.
    private func paragraphLabel(of index: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        let first = paragraphStart(of: index, tokens: tokens)
        guard first < index, let mentionID = entities.mentionStartingAt[first] else { return nil }
        let end = entities.mentions[mentionID].tokens.upperBound
        guard end < index, tokens[end].text == ":" else { return nil }
        return personName(of: entities.mentions[mentionID].cluster, entities: entities)
    }

    /// Plural nouns for unnamed speakers ("“...,” police said").
    static let unnamedGroups: WordSet = [
        "police", "officials", "authorities", "witnesses", "experts", "analysts", "residents", "researchers",
        "scientists", "critics", "prosecutors", "investigators", "sources", "organizers", "organisers",
        "doctors", "officers", "lawmakers", "activists", "protesters", "observers", "economists", "traders",
    ]

    /// Nouns for what someone says ("Tom Baker's message was simple: “...”").
    static let speechNouns: WordSet = [
        "message", "response", "answer", "reply", "words", "advice", "verdict", "explanation", "reaction",
        "assessment", "argument", "warning", "conclusion", "comment", "comments", "retort", "plea", "mantra",
        "motto", "promise", "pitch", "statement", "remarks", "view", "take", "assertion", "claim", "insistence", "pledge",
        "admission", "contention",
    ]

    /// Nouns for what someone says or writes before "from" and the one who says it ("this rebuke from Rory McIlroy:").
    private static let fromSpeechNouns: WordSet = [
        "message", "response", "answer", "reply", "words", "reaction", "warning", "comment", "comments", "retort", "plea",
        "statement", "remarks", "rebuke", "rebuttal", "criticism", "praise", "tribute", "tweet", "post", "note", "letter",
        "email", "thoughts", "update", "reminder", "quote", "quotes", "advice", "verdict", "assessment",
    ]

    /// The person or body (no outlet) named last before the colon at `colon`, after a noun for what someone says and
    /// "from", or after "by" and a speech verb earlier, inside the sentence that opens at `first` ("That prompted
    /// this rebuke from Rory McIlroy:", "the information was confirmed to Yabiladi by El Bouchtaoui:").
    @inline(never)
    static func speakerAfterFrom(colon: Int, first: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        for start in stride(from: colon - 1, through: max(first + 2, colon - 5), by: -1) {
            guard let mentionID = entities.mentionStartingAt[start] else { continue }
            // ("the information was confirmed to Yabiladi by El Bouchtaoui:": a speech verb's agent after "by".)
            guard entities.mentions[mentionID].tokens.upperBound == colon,
                  tokens[start - 1].lower == "from" && fromSpeechNouns.contains(lowerOf: start - 2, in: tokens)
                    || tokens[start - 1].lower == "by" && (first..<(start - 1)).contains(where: { tokens[$0].lexicon.contains(.speechVerb) })
            else { return nil }
            let cluster = entities.mentions[mentionID].cluster
            let entity = entities.entities[cluster]
            guard Self.canSpeak(cluster, entities: entities) else { return nil }
            return entity.name
        }
        return nil
    }

    /// Speech nouns a cataphoric sentence names ("Those were the words of ...", "This was the message from ...").
    private static let cataphoricNouns: WordSet = [
        "message", "words", "warning", "verdict", "assessment", "view", "plea", "reaction", "response", "advice",
        "comments", "remarks", "statement", "appeal", "call", "sentiment", "sentiments", "thoughts", "answer",
        "word",
    ]

    /// The speaker a paragraph names when it opens by pointing back at the quotation before it: "This was the
    /// message from furious Prime Minister Tuilaepa ...", "Those were the words of Jane Doe ...", "So said
    /// Jane Doe." The paragraph after the one `last` is in must open with "this", "that", "these", "those"
    /// or "such", a form of "be" and, within a few words, a speech noun with "from", "of" or "by", then a
    /// person named soon after (or a body named first); or with "so said"/"so says" and the name; or with the
    /// noun first ("The above sentiments were shared by ...").
    private func cataphoricSpeaker(afterParagraphOf last: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        var first = last + 1
        while first < tokens.count, tokens[first].paragraph == tokens[last].paragraph {
            guard tokens[first].kind == .punct else { return nil }
            first += 1
        }
        guard first + 3 < tokens.count, tokens[first].paragraph == tokens[last].paragraph + 1 else { return nil }
        let sentence = tokens[first].sentence
        // The first person named within sixteen tokens ("the words of President of the Georgetown Chamber of
        // Commerce and Industry (GCCI), Deodat Indar"), else a body named first.
        func speaker(from start: Int) -> String? {
            var body: String? = nil
            var probe = start
            while probe < tokens.count, probe < start + 16, tokens[probe].sentence == sentence {
                if let mentionID = entities.mentionStartingAt[probe] {
                    let entity = entities.entities[entities.mentions[mentionID].cluster]
                    if entity.type == .person { return entity.name }
                    if entity.type == .organization, probe < start + 5 { body = body ?? entity.name }
                    probe = entities.mentions[mentionID].tokens.upperBound
                    continue
                }
                probe += 1
            }
            return body
        }
        let opening = tokens[first].lower
        if opening == "so", ["said", "says"].contains(tokens[first + 1].lower) { return speaker(from: first + 2) }
        // "The above sentiments were shared by ...", "These words were spoken by ...": the noun first, then "by".
        let nounIndex = opening == "the" && tokens[first + 1].lower == "above" ? first + 2 : first + 1
        if ["this", "that", "these", "those", "such", "the"].contains(opening), nounIndex > first + 1 || opening != "the",
           Self.cataphoricNouns.contains(lowerOf: nounIndex, in: tokens) {
            var probe = nounIndex + 1
            while probe + 1 < tokens.count, probe <= nounIndex + 4, tokens[probe].sentence == sentence, tokens[probe].kind == .word {
                if ["by", "from"].contains(tokens[probe].lower) { return speaker(from: probe + 1) }
                probe += 1
            }
            return nil
        }
        guard ["this", "that", "these", "those", "such"].contains(opening),
              ["was", "were", "is", "are"].contains(tokens[first + 1].lower) else { return nil }
        var probe = first + 2
        while probe + 1 < tokens.count, probe < first + 7, tokens[probe].sentence == sentence, tokens[probe].kind == .word {
            if Self.cataphoricNouns.contains(lowerOf: probe, in: tokens), ["from", "of", "by"].contains(tokens[probe + 1].lower) {
                return speaker(from: probe + 2)
            }
            probe += 1
        }
        return nil
    }

    /// The named person who speaks in the sentence before a quote that opens its own sentence, in the same
    /// paragraph or, for a quote that is a paragraph of its own, at the end of the previous one: the person
    /// right before a speech verb of that sentence ("Mary Jones said the plan would pass.").
    private func speakerOfPreviousSentence(
        before open: Int, wholeParagraph: Bool, tokens: [AnalysisToken], entities: EntityRecognizer.Result,
        persons: [(token: Int, entity: Int)], nodes: [Node]
    ) -> String? {
        guard open >= 2, tokens[open - 1].sentence != tokens[open].sentence || tokens[open].sentenceStart,
              tokens[open - 1].paragraph == tokens[open].paragraph
                || wholeParagraph && tokens[open - 1].paragraph == tokens[open].paragraph - 1,
              tokens[open - 1].text == "." else { return nil }
        var sentence = tokens[open - 1].sentence
        // A quote that is a paragraph of its own may follow a paragraph whose speaker spoke in an earlier
        // sentence ("She said levels were stable. The volumes had been higher than normal. ¶ “...”").
        let previousParagraph = tokens[open - 1].paragraph
        let crossesParagraph = wholeParagraph && previousParagraph != tokens[open].paragraph
        // Inside the quote's paragraph, a sentence with no speech verb and no name passes the search on to the
        // one before it, up to three sentences back ("MK Bennett responded that it is important. This will
        // create more jobs. “...”": the reported speech goes on into the quote).
        var sentencesLeft = 3
        var sentenceHasVerbOrName = false
        var index = open - 2
        while index >= 1, !tokens[index].lexicon.contains(.quotationMark) {
            if crossesParagraph ? tokens[index].paragraph != previousParagraph : tokens[index].sentence != sentence {
                guard !crossesParagraph, !sentenceHasVerbOrName, sentencesLeft > 1, tokens[index].paragraph == previousParagraph else { break }
                sentencesLeft -= 1
                sentence = tokens[index].sentence
            }
            if tokens[index].lexicon.contains(.speechVerb) { sentenceHasVerbOrName = true }
            if let mentionID = entities.mentionStartingAt[index], entities.mentions[mentionID].cluster >= 0,
               entities.entities[entities.mentions[mentionID].cluster].type != .location {
                sentenceHasVerbOrName = true
            }
            // ("... BC Ferries continues to favour tourists": "continues to", "added to" are no speech.)
            let isInfinitiveContinuation = Self.continuingVerbs.contains(lowerOf: index, in: tokens) && index + 1 < tokens.count
                && tokens[index + 1].lower == "to"
            if tokens[index].lexicon.contains(.speechVerb) && !isInfinitiveContinuation || Self.evaluationVerbs.contains(lowerOf: index, in: tokens) {
                // "Jones finally said", "Then she explains ... why": an adverb may stand before the verb.
                var subjectEnd = index
                if subjectEnd >= 2, speechVerb(after: subjectEnd - 1, tokens: tokens) == index { subjectEnd -= 1 }
                // "The National Food Price Monitor, a nonprofit that tracks prices, said ...": the name before an
                // appositive that ends right before the verb, opening the sentence.
                var named = clusterNamed(endingAt: subjectEnd, tokens: tokens, entities: entities)
                // "The contributions of Willie le Roux helped immensely, revealed Erasmus. ¶ “...”": a speech verb after a
                // comma and a person's name ending the sentence (inverted).
                if named == nil, tokens[index - 1].text == ",", let mentionID = entities.mentionStartingAt[index + 1],
                   entities.mentions[mentionID].cluster >= 0, entities.entities[entities.mentions[mentionID].cluster].type == .person,
                   case let end = entities.mentions[mentionID].tokens.upperBound, end < tokens.count, tokens[end].text == "." {
                    named = entities.mentions[mentionID].cluster
                }
                if named == nil, tokens[subjectEnd - 1].text == ",", let opening = openingMention(
                    from: sentenceStart(of: subjectEnd, tokens: tokens), before: subjectEnd, entities: entities, tokens: tokens,
                    afterLongerTitle: true
                ), entities.mentions[opening.mention].tokens.upperBound < subjectEnd,
                   tokens[entities.mentions[opening.mention].tokens.upperBound].text == "," {
                    named = entities.mentions[opening.mention].cluster
                }
                // "the incumbent MP, Thomas Ogajah, expressed ...": a person named between commas after a description.
                if named == nil, subjectEnd >= 2, tokens[subjectEnd - 1].text == ",",
                   let person = clusterNamed(endingAt: subjectEnd - 1, tokens: tokens, entities: entities),
                   entities.entities[person].type == .person {
                    named = person
                }
                if let cluster = named {
                    // An organisation speaks too ("The agency said ... ¶ “...”"), a place does not; nor a country right
                    // before a participle, which goes with the sentence's subject ("compared unemployment to that of
                    // Rwanda and Burundi saying ...").
                    let entity = entities.entities[cluster]
                    let isPlace = entity.type == .location && (!entities.isCountry[cluster] || tokens[index].lower.hasSuffix("ing"))
                    return isPlace ? nil : entity.name
                }
                if let pronoun = Self.personalPronoun(tokens[subjectEnd - 1].lower) {
                    return lastPerson(before: subjectEnd - 1, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens)
                }
                // "In a communication to the Embassy, it said the senate acknowledges ... ¶ “...”": "it" is the
                // organisation last named as a subject.
                if tokens[subjectEnd - 1].lower == "it",
                   let organization = lastOrganization(before: subjectEnd - 1, tokens: tokens, entities: entities, nodes: nodes) {
                    return organization
                }
                // "The PCB chief said he was only focusing on cricket. “...”": a person described with "the" right
                // before the verb, the last one named with that role.
                if let article = descriptionArticle(head: subjectEnd - 1, type: .person, tokens: tokens) {
                    return describedPerson(head: subjectEnd - 1, quote: open..<(open + 1), before: article,
                                           tokens: tokens, entities: entities, persons: persons)
                }
            }
            index -= 1
        }
        return nil
    }

    /// Whether the sentence right before `open`, in the same paragraph, has an unnamed speaker: a speech verb
    /// (outside quotations) right after a lowercase role noun ("Swift's rep told Fox News ...", "A spokesman
    /// said ...").
    private func unnamedSpeakerOfPreviousSentence(before open: Int, tokens: [AnalysisToken]) -> Bool {
        guard open >= 2, tokens[open - 1].text == ".", tokens[open - 1].paragraph == tokens[open].paragraph,
              tokens[open - 1].sentence != tokens[open].sentence || tokens[open].sentenceStart else { return false }
        let sentence = tokens[open - 1].sentence
        var index = open - 2
        while index >= 1, tokens[index].sentence == sentence, !tokens[index].lexicon.contains(.quotationMark) {
            if tokens[index].lexicon.contains(.speechVerb) {
                guard tokens[index - 1].lexicon.contains(.roleNoun), !tokens[index - 1].capitalized else { return false }
                // "The president said ..." describes someone the article may name; "a spokesman", "Swift's rep" do not.
                var determiner = index - 2
                // ("The PCB chief said": capitalised modifiers may stand between.)
                while determiner >= 0, determiner >= index - 5, tokens[determiner].kind == .word,
                      tokens[determiner].lower != "the" {
                    determiner -= 1
                }
                return determiner < 0 || tokens[determiner].lower != "the"
            }
            index -= 1
        }
        return false
    }

    /// The entity whose name ends right before `end` in the same sentence ("Mary Jones" before "said" or
    /// before an appositive's comma); nil when no name ends there.
    private func clusterNamed(endingAt end: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int? {
        Self.mentionNamed(endingAt: end, tokens: tokens, entities: entities).map { entities.mentions[$0].cluster }
    }

    /// The mention whose name ends right before `end` in the same sentence; nil when no name ends there.
    private static func mentionNamed(endingAt end: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int? {
        let sentence = tokens[end].sentence
        var start = end - 1
        while start >= 0, start >= end - EntityRecognizer.maximumNameTokens, tokens[start].sentence == sentence {
            if let mentionID = entities.mentionStartingAt[start], entities.mentions[mentionID].tokens.upperBound == end {
                return mentionID
            }
            start -= 1
        }
        return nil
    }

    /// The entity's name when it is a person.
    /// The one person entity of at least two words whose last word is `surname`; nil for none or several.
    private func personBearing(surname: String, entities: EntityRecognizer.Result) -> String? {
        let bearers = entities.entities.filter { entity in
            entity.type == .person && entity.name.hasSuffix(" " + surname)
        }
        return bearers.count == 1 ? bearers[0].name : nil
    }

    private func personName(of cluster: Int, entities: EntityRecognizer.Result) -> String? {
        entities.entities[cluster].type == .person ? entities.entities[cluster].name : nil
    }

    /// The speaker of a short line that opens with its speech verb and ends right before the quote, in its
    /// paragraph or the one before ("Said Deputy Sherlock: ¶ “...”", "Said Cllr Rasmussen ¶ “...”"): the
    /// person named within three tokens after the verb.
    private func invertedSpeakerLabel(before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Attribution? {
        var last = open - 1
        if last >= 0, tokens[last].text == ":" { last -= 1 }
        guard last >= 1, tokens[last].paragraph >= tokens[open].paragraph - 1 else { return nil }
        var first = last
        while first > 0, first > last - 8, tokens[first - 1].paragraph == tokens[last].paragraph { first -= 1 }
        // ("Said Georgia running back Nick Chubb: “...”": a place and role words may come before the name.)
        guard first == 0 || tokens[first - 1].paragraph != tokens[last].paragraph, first < last,
              tokens[first].capitalized, tokens[first].lexicon.contains(.speechVerb),
              let mention = ((first + 1)...min(last, first + 6)).lazy.compactMap({ entities.mentionStartingAt[$0] })
                  .first(where: { entities.mentions[$0].tokens.upperBound == last + 1 }),
              let person = personName(of: entities.mentions[mention].cluster, entities: entities) else { return nil }
        return Attribution(person, tokens[first].lower)
    }

    /// Whether the name at `index` is a preposition's object ("the president of the American Farm Bureau"; also
    /// `SpeakerRanker`'s "oblique" feature).
    static func isAfterPreposition(_ index: Int, tokens: [AnalysisToken]) -> Bool {
        var before = index - 1
        // "in the absence of head coach, Lloyd Mutasa, who ...": a comma between the role words and the name.
        if before >= 1, tokens[before].text == ",", !tokens[before - 1].lexicon.isDisjoint(with: [.title, .roleNoun]) { before -= 1 }
        // "a call from Prime Minister Christopher Luxon", "with coach Sheldon Keefe": titles or role words between
        // the preposition and the name.
        var reach = index - 4
        while before >= 0, before >= reach, !tokens[before].lexicon.isDisjoint(with: [.title, .titleModifier, .roleNoun]) {
            before -= 1
            // "Secretary of State Mike Pompeo", "Minister of Defence Jane Doe": "of" between a title and a capitalised
            // portfolio is the title's own, not a preposition.
            if before >= 1, before + 1 < index, tokens[before].lower == "of", tokens[before + 1].capitalized, tokens[before - 1].capitalized,
               !tokens[before - 1].lexicon.isDisjoint(with: [.title, .roleNoun]) {
                before -= 1
                reach = before - 3
            }
        }
        if before >= 0, tokens[before].lower == "the" { before -= 1 }
        // "Under Secretary Erik K. Raven": a capitalised preposition before a title is the title's.
        if before >= 0, before + 1 < index, tokens[before].capitalized, tokens[before + 1].capitalized,
           tokens[before + 1].lexicon.contains(.title) {
            return false
        }
        // "According to Kituuma, ...": the source of what the sentence says, as a subject is; so is "For Bernard
        // Okalia Bilai, ..." opening a sentence (whose view the sentence gives).
        if before >= 1, tokens[before].lower == "to", tokens[before - 1].lower == "according" { return false }
        if before >= 0, tokens[before].lower == "for", tokens[before].sentenceStart { return false }
        return before >= 0 && Self.prepositions.contains(lowerOf: before, in: tokens)
    }

    /// The subject that opens the sentence of `verbIndex`: a person or organisation (or country) named within
    /// its first three tokens, not as a preposition's object, or "he"/"she" opening it (the last person named
    /// before).
    private func sentenceSubject(
        before verbIndex: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, persons: [(token: Int, entity: Int)]
    ) -> String? {
        var first = sentenceStart(of: verbIndex, tokens: tokens)
        if let pronoun = Self.personalPronoun(tokens[first].lower) {
            return lastPerson(before: first, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens)
        }
        // "In an interview with Ynet Tuesday, Transportation Minister Yisrael Katz attacked ..., saying": the
        // subject comes after an opening prepositional phrase and its comma.
        if let comma = Self.openingPrepositionalPhraseEnd(first, before: verbIndex, tokens: tokens) {
            first = comma + 1
        } else if let comma = Self.openingSubordinateClauseEnd(first, before: verbIndex, tokens: tokens) {
            // "When Vorarit pressed further, asking how long ..., Jakrapob replied": the subject comes after a clause
            // opened by a subordinating conjunction, at its last comma before the verb.
            first = comma + 1
        }
        guard let opening = openingMention(from: first, before: verbIndex, entities: entities, tokens: tokens) else {
            // "Moreover, the PCB head also dismissed the reports, saying": a person described near the start.
            if let article = (first..<min(verbIndex, first + 4)).first(where: { definiteDescription(at: $0, tokens: tokens)?.type == .person }),
               let described = definiteDescription(at: article, tokens: tokens) {
                return describedPerson(head: described.head, quote: verbIndex..<(verbIndex + 1), before: article,
                                       tokens: tokens, entities: entities, persons: persons)
            }
            return nil
        }
        let cluster = entities.mentions[opening.mention].cluster
        let end = entities.mentions[opening.mention].tokens.upperBound
        if entities.entities[cluster].type != .person {
            // "Bolton manager Owen Coyle was philosophical, saying", "Johor PKR deputy chairman Jimmy Puah ... said:": an
            // organisation or place, lowercase role words and a person: the person is the subject.
            if let person = describedByBodyPerson(after: end, before: verbIndex, words: 3, tokens: tokens, entities: entities) {
                return person
            }
            // "Iran’s spokesman also commented on ..., saying": a body's or place's role noun describes a person.
            if end + 1 < verbIndex, tokens[end].text == "'s", tokens[end + 1].kind == .word, !tokens[end + 1].capitalized,
               tokens[end + 1].lexicon.contains(.roleNoun) {
                return describedPerson(head: end + 1, quote: verbIndex..<(verbIndex + 1), before: opening.index,
                                       tokens: tokens, entities: entities, persons: persons)
            }
        }
        guard entities.entities[cluster].type != .location || entities.isCountry[cluster],
              !Self.isAfterPreposition(opening.index, tokens: tokens) else { return nil }
        return entities.entities[cluster].name
    }

    /// The index of the first token of the paragraph that `index` is in (`UnitStarts`).
    func paragraphStart(of index: Int, tokens: [AnalysisToken]) -> Int {
        paragraphStarts.start(of: index, tokens: tokens)
    }

    /// The index of the first token of the sentence that `index` is in (`UnitStarts`).
    func sentenceStart(of index: Int, tokens: [AnalysisToken]) -> Int {
        sentenceStarts.start(of: index, tokens: tokens)
    }

    /// The first name starting within the three tokens from `first` (and before `limit`): its token and mention.
    /// A name opening a compound ("Oman-based Christopher Dodwell", "The Al-Qaeda-linked Al-Shabaab") modifies the
    /// name after it, and the three tokens count again after the compound.
    /// With `afterLongerTitle`, also a name at the fourth token, or at the fifth to seventh after words that are
    /// each a title word, "of" or a capitalised word naming nothing (a longer title).
    /// (The fourth token is taken without looking at the three before it, as "On Monday morning Jones, talking
    /// to ..., said" wants; the longer reach needs the title.)
    private func openingMention(
        from first: Int, before limit: Int, entities: EntityRecognizer.Result, tokens: [AnalysisToken], afterLongerTitle: Bool = false
    ) -> (index: Int, mention: Int)? {
        var first = first
        var index = first
        while index < max(first, min(first + 3, limit)) {
            if let mentionID = entities.mentionStartingAt[index] {
                let end = entities.mentions[mentionID].tokens.upperBound
                guard end + 1 < limit, EntityRecognizer.isCompoundHyphen(at: end, tokens: tokens) else { return (index, mentionID) }
                first = end + 2
                index = first
                continue
            }
            index += 1
        }
        // "Minister of Police Judith Collins, talking to ..., said": a name after a longer title.
        guard afterLongerTitle else { return nil }
        index = first + 3
        while index < min(first + 7, limit) {
            if let mentionID = entities.mentionStartingAt[index] { return (index, mentionID) }
            guard tokens[index - 1].capitalized || tokens[index - 1].lower == "of",
                  (first..<index).allSatisfy({ tokens[$0].lexicon.contains(.title) || tokens[$0].lexicon.contains(.titleModifier)
                      || tokens[$0].lower == "of" || tokens[$0].capitalized && entities.mentionStartingAt[$0] == nil })
            else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a person or organisation is named, described ("the company") or referred to ("she") in the
    /// sentence before `verbIndex`.
    private func hasSubject(before verbIndex: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Bool {
        var probe = verbIndex - 1
        // As in `attributeBefore`: an organisation within 12 tokens, a person within 24 ("McCormick, who has split
        // from ..., told cheering teachers that they weren't “...”").
        while probe >= 0, probe >= verbIndex - 24, tokens[probe].sentence == tokens[verbIndex].sentence {
            if let mentionID = entities.mentionStartingAt[probe] {
                let type = entities.entities[entities.mentions[mentionID].cluster].type
                if type == .person || type == .organization && probe >= verbIndex - 12 { return true }
            }
            // "He said the plan was “...”", "The company said in a statement that “...”".
            if probe >= verbIndex - 12, Self.personalPronoun(tokens[probe].lower) != nil || definiteDescription(at: probe, tokens: tokens) != nil {
                return true
            }
            // "Citing an example, it said the fee is “...”".
            if probe == verbIndex - 1, ["it", "they"].contains(tokens[probe].lower) { return true }
            // "The statement, which was obtained by Variety, claimed that ...".
            if tokens[probe].lower == "the", probe + 1 < verbIndex, Self.documentNouns.contains(lowerOf: probe + 1, in: tokens),
               probe == sentenceStart(of: probe, tokens: tokens) {
                return true
            }
            probe -= 1
        }
        return false
    }

    /// The speaker of an attribution clause after a quote in which the name is not first:
    /// "..., lead researcher and NASA planetary scientist Lucas Paganini said", "..., Interior Minister
    /// Wolfgang Peschorn, who serves in ..., said", "..., Paganini and his team wrote". The first person
    /// or organisation named in the clause that a speech verb follows, directly, after at most four
    /// lowercase words, or after a comma-delimited relative clause or appositive; or "he"/"she" with a
    /// speech verb later in the clause.
    private func speakerInClause(
        from start: Int, open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result, persons: [(token: Int, entity: Int)]
    ) -> Attribution? {
        let sentence = tokens[start].sentence
        var index = start
        while index < tokens.count, index < start + 14, tokens[index].sentence == sentence,
              !tokens[index].lexicon.contains(.quotationMark) {
            // "..." working in federal prisons, she said.
            // (Not "“...” When asked, he’d respond, “...”": a verb that opens the next quote is that quote's.)
            // (An adverb before the verb only right after the quote: ", she finally says".)
            if index > start, let pronoun = Self.personalPronoun(tokens[index].lower),
               let verb = index <= start + 1 ? speechVerb(after: index + 1, tokens: tokens)
                   : index + 1 < tokens.count && tokens[index + 1].lexicon.contains(.speechVerb) ? index + 1 : nil,
               !introducesQuote(verbAt: verb, tokens: tokens) {
                return Attribution(lastPerson(before: open, pronoun: pronoun, persons: persons, entities: entities, tokens: tokens), tokens[verb].lower)
            }
            guard let mentionID = entities.mentionStartingAt[index] else {
                index += 1
                continue
            }
            let mention = entities.mentions[mentionID]
            let entity = entities.entities[mention.cluster]
            var probe = mention.tokens.upperBound
            if entity.type != .location {
                var gap = 0
                while probe < tokens.count, gap < 4, tokens[probe].kind == .word, !tokens[probe].capitalized,
                      !tokens[probe].lexicon.contains(.speechVerb), entities.mentionStartingAt[probe] == nil {
                    probe += 1
                    gap += 1
                }
                // "Chief Marlene Cardinal of the Red Willow Cree Nation said": a person's organisation or place after
                // "of"/"from"/"at" is part of the person's description.
                if entity.type == .person, probe < tokens.count, let next = entities.mentionStartingAt[probe],
                   entities.entities[entities.mentions[next].cluster].type != .person, Self.isAfterPreposition(probe, tokens: tokens),
                   probe - mention.tokens.upperBound <= 2 {
                    probe = entities.mentions[next].tokens.upperBound
                    // "Brenda Cannady of Dumfries, told me".
                    if probe + 1 < tokens.count, tokens[probe].text == ",", tokens[probe + 1].lexicon.contains(.speechVerb) { probe += 1 }
                }
                // "Lee Bok-soo (74), told reporters": an age in parentheses.
                if entity.type == .person, probe + 2 < tokens.count, tokens[probe].text == "(", tokens[probe + 1].kind == .number,
                   tokens[probe + 2].text == ")" {
                    probe += 3
                }
                // "a spokeswoman for the Transport Department, Jane Doe, said": the person in the appositive speaks.
                if entity.type == .organization, probe + 1 < tokens.count, tokens[probe].text == ",",
                   let next = entities.mentionStartingAt[probe + 1],
                   entities.entities[entities.mentions[next].cluster].type == .person {
                    index = probe + 1
                    continue
                }
                // ", who serves in ...,", ", the U.S. attorney for ...,", ", 52, of Springfield,": relative clauses
                // and appositives, up to the comma before a speech verb.
                if probe < tokens.count, tokens[probe].text == ",", probe + 1 < tokens.count,
                   !tokens[probe + 1].lexicon.contains(.speechVerb) {
                    // The verb may follow the appositive without a comma ("..., a research analyst at the
                    // Council on Energy, Environment and Water think tank told CBS News"), but no other person.
                    var close = probe + 2
                    while close < tokens.count, close < probe + 24, tokens[close].sentence == sentence,
                          !tokens[close].lexicon.contains(.quotationMark) || tokens[close].text.isExactly(anyOf: ["'", "’", "‘"]),
                          !isSpeechVerb(at: close, tokens: tokens) {
                        if let other = entities.mentionStartingAt[close], entities.entities[entities.mentions[other].cluster].type == .person {
                            break
                        }
                        close += 1
                    }
                    if close < tokens.count, tokens[close].sentence == sentence, isSpeechVerb(at: close, tokens: tokens) {
                        probe = close
                    }
                }
                // "..., Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said".
                if probe + 1 < tokens.count, tokens[probe].text == ",", tokens[probe + 1].lexicon.contains(.speechVerb),
                   mention.tokens.lowerBound > start, tokens[mention.tokens.lowerBound - 1].text == "," {
                    probe += 1
                }
                // "..., has written": an auxiliary before the verb.
                if probe + 1 < tokens.count, Self.auxiliaries.contains(lowerOf: probe, in: tokens), tokens[probe + 1].lexicon.contains(.speechVerb) {
                    probe += 1
                }
                if probe < tokens.count, tokens[probe].sentence == sentence, tokens[probe].lexicon.contains(.speechVerb) {
                    // "a spokeswoman for Acme Corp. said": the speaker is the unnamed role, not the organisation.
                    var lead = mention.tokens.lowerBound
                    if lead >= 1, tokens[lead - 1].lower == "the" { lead -= 1 }
                    if entity.type == .organization, lead >= 2, ["for", "of", "at"].contains(tokens[lead - 1].lower),
                       tokens[lead - 2].lexicon.contains(.roleNoun), !tokens[lead - 2].capitalized {
                        return Attribution(nil, tokens[probe].lower)
                    }
                    return Attribution(entity.name, tokens[probe].lower)
                }
            }
            index = max(index + 1, mention.tokens.upperBound)
        }
        return nil
    }

    /// The mention of a person that follows one or two lowercase words after `end`, the end of a name, and ends
    /// the clause: in "said Mumm Napa winemaker Ludovic Dervin," the first name describes the second person's
    /// place or employer, whatever type it was given, and the second person is the speaker.
    private func describedPersonAfter(_ end: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> Int? {
        var probe = end
        while probe < tokens.count, probe < end + 2, tokens[probe].kind == .word, !tokens[probe].capitalized,
              tokens[probe].lexicon.isDisjoint(with: [.commonWord, .speechVerb]) {
            probe += 1
        }
        guard probe > end, probe < tokens.count, let mentionID = entities.mentionStartingAt[probe],
              entities.entities[entities.mentions[mentionID].cluster].type == .person else { return nil }
        let after = entities.mentions[mentionID].tokens.upperBound
        guard after >= tokens.count || tokens[after].kind == .punct else { return nil }
        return mentionID
    }

    /// The speech verb right after a description's head noun, or after a comma-delimited clause that follows
    /// it ("the mayor, who took office in 2018, said"); nil when there is none.
    private func verbAfterDescription(head: Int, tokens: [AnalysisToken]) -> Int? {
        guard head + 1 < tokens.count else { return nil }
        if tokens[head + 1].lexicon.contains(.speechVerb) { return head + 1 }
        // "“...,” the Minister had said": an auxiliary or adverb before the verb.
        if head + 2 < tokens.count, Self.auxiliariesBeforeSpeech.contains(lowerOf: head + 1, in: tokens),
           tokens[head + 2].lexicon.contains(.speechVerb) {
            return head + 2
        }
        if let saying = quotedAsSaying(from: head + 1, tokens: tokens) { return saying }
        // "the chairman of the Indian Space Research Organisation said": the body the office belongs to, in
        // capitalised words after "of" (and "the").
        if tokens[head + 1].lower == "of" { return verbAfterBodyOfOffice(head: head, tokens: tokens) }
        guard tokens[head + 1].text == "," else { return nil }
        var probe = head + 2
        while probe + 1 < tokens.count, probe < head + 16, tokens[probe].sentence == tokens[head].sentence,
              !tokens[probe].lexicon.contains(.quotationMark) {
            if tokens[probe].text == "," { return tokens[probe + 1].lexicon.contains(.speechVerb) ? probe + 1 : nil }
            probe += 1
        }
        return nil
    }

    /// Words between a described speaker and the speech verb ("the Minister had said", "the coach later added").
    private static let auxiliariesBeforeSpeech: WordSet = ["had", "has", "have", "also", "later", "then", "once", "would"]

    /// The speech verb after "the chairman of the Indian Space Research Organisation": the body the office
    /// belongs to, in capitalised words after "of" (and "the"), then the verb; nil otherwise.
    @inline(never)
    private func verbAfterBodyOfOffice(head: Int, tokens: [AnalysisToken]) -> Int? {
        var probe = head + 2
        if probe < tokens.count, tokens[probe].lower == "the" { probe += 1 }
        let nameStart = probe
        while probe < tokens.count, probe < nameStart + 8 {
            if !tokens[probe].capitalized {
                let word = tokens[probe].lower
                guard word == "of" || word == "for" || word == "and" || word == "&" else { break }
            }
            probe += 1
        }
        guard probe > nameStart, probe < tokens.count, tokens[probe - 1].capitalized, tokens[probe].sentence == tokens[head].sentence
        else { return nil }
        return tokens[probe].lexicon.contains(.speechVerb) ? probe : nil
    }

    /// Whether the speech verb at `verb` is followed by a comma or colon and an opening quotation mark, so
    /// that it introduces the next quote ("he’d respond, “...”").
    private func introducesQuote(verbAt verb: Int, tokens: [AnalysisToken]) -> Bool {
        guard verb + 2 < tokens.count, [",", ":"].contains(tokens[verb + 1].text) else { return false }
        return tokens[verb + 2].text.isExactly(anyOf: ["“", "\"", "‘", "«"])
    }

    /// The outlet named by "according to" or "quoted by" in the attribution after a quote ("..., Mottaki said,
    /// according to the state news agency IRNA").
    private func outlet(after close: Int?, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        guard let close, close + 1 < tokens.count else { return nil }
        let sentence = tokens[close + 1].sentence
        var index = close + 1
        while index + 1 < tokens.count, index < close + 16, tokens[index].sentence == sentence {
            // "..., according to the agency IRNA", "..., he was quoted by the BBC as saying".
            if tokens[index].lower == "according" && tokens[index + 1].lower == "to" || tokens[index].lower == "quoted" && tokens[index + 1].lower == "by" {
                var probe = index + 2
                while probe < tokens.count, probe < index + 8, tokens[probe].sentence == sentence {
                    if let mentionID = entities.mentionStartingAt[probe], entities.isOutlet[entities.mentions[mentionID].cluster] {
                        return entities.entities[entities.mentions[mentionID].cluster].name
                    }
                    probe += 1
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The outlet through which a quote opening at `open` came, if the article names one just before it.
    private func outlet(before open: Int, tokens: [AnalysisToken], entities: EntityRecognizer.Result) -> String? {
        let paragraph = tokens[open].paragraph
        var firstParagraph = paragraph
        var start = open
        while start > 0, start > open - 3, tokens[start - 1].paragraph == paragraph { start -= 1 }
        if start == open || (start + 1 == open && tokens[start].kind == .punct) { firstParagraph = paragraph - 1 }
        var index = open - 1
        // Bounded so a paragraph of many quotes stays linear.
        while index >= 0, index >= open - 200, tokens[index].paragraph >= firstParagraph {
            if let mentionID = entities.mentionStartingAt[index] {
                let mention = entities.mentions[mentionID]
                if entities.isOutlet[mention.cluster] {
                    let after = mention.tokens.upperBound
                    // "the New York Times of Nov. 28 reported": allow a short dated phrase before the verb.
                    var probe = after
                    while probe < min(open, after + 5) {
                        if tokens[probe].lexicon.contains(.citingVerb) { return entities.entities[mention.cluster].name }
                        probe += 1
                    }
                    if index >= 2, tokens[index - 1].lower == "to", tokens[index - 2].lower == "according" {
                        return entities.entities[mention.cluster].name
                    }
                    if index >= 1, tokens[index - 1].lower == "told" { return entities.entities[mention.cluster].name }
                }
            }
            index -= 1
        }
        return nil
    }
}
