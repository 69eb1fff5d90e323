import Foundation

/// Chooses the speaker of a quote that no attribution rule of `QuoteExtractor` names, among the persons and
/// organisations named near it, or no one.
///
/// A linear ranking model over sparse binary features (Collins, "Discriminative Training Methods for Hidden
/// Markov Models", EMNLP 2002: the averaged perceptron; here as a ranker over candidates, as in coreference
/// mention ranking). Each candidate is an entity with a mention outside quotations in the quote's paragraph,
/// the three before it or the one after it; one more candidate stands for "no one". A candidate's features
/// describe where and how it is named relative to the quote (paragraphs and candidates between, opening its
/// sentence, followed by a speech verb, "according to", possessive, after a preposition, how often named, the
/// speaker of the quote before or after), each also joined with the quote's shape (a paragraph of its own,
/// opening one, or inside one) and with the paragraph distance. The highest score wins.
///
/// The weights are `Resources/speaker-ranker.tsv`, trained offline by `deploy/data-tools/train-speaker-ranker.py`
/// on the committed gold sets' development splits from the features `newsmill speaker-features` prints; see
/// docs/extraction.md. Without the file every quote the rules leave alone stays without a speaker.
struct SpeakerRanker: Sendable {
    /// The feature weights by feature name.
    let weights: [String: Double]

    /// The shipped model, loaded once per process (empty when the file is missing or unreadable).
    static let shared: SpeakerRanker = {
        guard let url = Gazetteer.bundledFileURL(named: "speaker-ranker.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return SpeakerRanker(weights: [:]) }
        return SpeakerRanker(tsv: text)
    }()

    /// The weights by the 64-bit FNV-1a hash of the feature's name (`SimHash.fnv1a`): scoring hashes a feature's
    /// parts as it goes (`forEachFeature`) instead of joining them into a name and hashing that. (Two of the
    /// model's few hundred names, or one and a name asked, sharing a hash is a chance of about one in 10^13.)
    private let weightsByHash: [UInt64: Double]

    init(weights: [String: Double]) {
        self.weights = weights
        weightsByHash = Dictionary(weights.map { (Self.hash("", $0.key, ""), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads "feature TAB weight" lines; lines starting with "#" are comments.
    init(tsv: String) {
        var weights: [String: Double] = [:]
        // Split as bytes: Character-wise splitting costs several times more for the same lines.
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                  let weight = Double(String(decoding: line[line.index(after: tab)...], as: UTF8.self)) else { continue }
            weights[String(decoding: line[..<tab], as: UTF8.self)] = weight
        }
        self.init(weights: weights)
    }

    /// One quote as the ranker sees it.
    struct QuoteContext {
        /// The opening mark's token.
        var open: Int
        /// The closing mark's token, or the quote's last token when it is not closed.
        var end: Int
        /// Whether the quote is a paragraph of its own, opens its paragraph only, or stands inside one.
        var shape: Character
        /// Whether it ends with a question mark.
        var isQuestion: Bool
        /// Its word count.
        var words: Int
        /// The nearest earlier quote's speaker that is named, and that quote's paragraph.
        var previousSpeaker: (name: String, paragraph: Int)?
        /// The nearest later quote's speaker that is named, and that quote's paragraph.
        var nextSpeaker: (name: String, paragraph: Int)?
        /// Whether the rules found a speech verb but no name ("a spokesman said"), or the quote goes on from
        /// such an unnamed speaker (only in training examples: the ranker is not asked then).
        var unnamedSpeaker: Bool
    }

    /// A candidate speaker: an entity and what its features are made of (`forEachFeature`).
    struct Candidate {
        var entity: Int
        /// What describes the candidate alone.
        var base: [String]
        /// Its paragraph-distance feature ("before=1"), one of `base`.
        var distance: String
        /// The quote's shape (`QuoteContext.shape`).
        var shape: Character

        /// The features' names, as the model file lists them.
        var features: [String] {
            var names: [String] = []
            SpeakerRanker.forEachFeature(of: self) { prefix, name, suffix in names.append(prefix + name + suffix) }
            return names
        }
    }

    /// Calls `body` with each feature of `candidate`, in order, as three parts whose concatenation is its name:
    /// "bias", then each base feature alone, joined with the quote's shape ("rank=1|F") and, but for the distance
    /// itself, with the distance ("before=1&rank=1").
    static func forEachFeature(of candidate: Candidate, _ body: (_ prefix: String, _ name: String, _ suffix: String) -> Void) {
        let shape = "|" + String(candidate.shape)
        let distance = candidate.distance + "&"
        body("", "bias", "")
        for feature in candidate.base {
            body("", feature, "")
            body("", feature, shape)
            if feature != candidate.distance { body(distance, feature, "") }
        }
    }

    /// The 64-bit FNV-1a hash of the concatenated UTF-8 of the three parts.
    private static func hash(_ prefix: String, _ name: String, _ suffix: String) -> UInt64 {
        var hash = SimHash.fnv1aOffsetBasis
        for byte in prefix.utf8 { hash = SimHash.fnv1a(continuing: hash, byte: byte) }
        for byte in name.utf8 { hash = SimHash.fnv1a(continuing: hash, byte: byte) }
        for byte in suffix.utf8 { hash = SimHash.fnv1a(continuing: hash, byte: byte) }
        return hash
    }

    /// The most mentions looked at around one quote.
    static let maximumMentions = 64

    /// The candidates for one quote and the features of "no one". `sentenceStart` gives the first token of
    /// the sentence holding a token (`QuoteExtractor.sentenceStart(of:tokens:)`, one look-up in its table).
    func candidates(
        for quote: QuoteContext, tokens: [AnalysisToken], entities: EntityRecognizer.Result, mentions: [NameMention],
        sentenceStart: (Int) -> Int
    ) -> (none: [String], candidates: [Candidate]) {
        let paragraph = tokens[quote.open].paragraph
        let endParagraph = tokens[quote.end].paragraph
        struct Near { var before: Int? = nil; var after: Int? = nil; var paragraphs: Set<Int> = [] }
        var near: [Int: Near] = [:]
        var order: [Int] = []
        // The mentions are in text order: find the window's first by bisection and stop after its last, and
        // look at no more than `maximumMentions` (a page of thousands of names stays linear).
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[mentions[middle].tokens.lowerBound].paragraph < paragraph - 3 { low = middle + 1 } else { high = middle }
        }
        for mention in mentions[low...].prefix(Self.maximumMentions) {
            let first = mention.tokens.lowerBound
            let mentionParagraph = tokens[first].paragraph
            if mentionParagraph > endParagraph + 1 { break }
            guard first < quote.open || first > quote.end else { continue }
            if near[mention.cluster] == nil { order.append(mention.cluster) }
            var entry = near[mention.cluster] ?? Near()
            if first < quote.open {
                entry.before = max(entry.before ?? -1, first)
            } else if entry.after == nil {
                entry.after = first
            }
            entry.paragraphs.insert(mentionParagraph)
            near[mention.cluster] = entry
        }
        let byNearness = order.filter { near[$0]?.before != nil }.sorted { near[$0]!.before! > near[$1]!.before! }
        let namedInParagraphBefore = order.filter { near[$0]!.paragraphs.contains(paragraph - 1) }
        var result: [Candidate] = []
        for cluster in order {
            guard let entry = near[cluster] else { continue }
            let entity = entities.entities[cluster]
            var base: [String] = []
            base.append(entity.type == .person ? "type=person" : entities.isOutlet[cluster] ? "type=outlet" : "type=org")
            var distance = "before=none"
            if let before = entry.before {
                let gap = paragraph - tokens[before].paragraph
                distance = "before=\(min(gap, 3))"
                if let rank = byNearness.firstIndex(of: cluster) { base.append("rank=\(min(rank + 1, 3))") }
                if tokens[before].sentence == tokens[quote.open].sentence { base.append("same-sentence") }
                if let mentionID = entities.mentionStartingAt[before] {
                    base.append(contentsOf: mentionFeatures(entities.mentions[mentionID].tokens, tokens: tokens, sentenceStart: sentenceStart))
                }
            }
            base.append(distance)
            if let after = entry.after {
                base.append("after=\(min(tokens[after].paragraph - endParagraph, 1))")
                if let mentionID = entities.mentionStartingAt[after] {
                    base.append(contentsOf: mentionFeatures(entities.mentions[mentionID].tokens, tokens: tokens, sentenceStart: sentenceStart).map { "after-" + $0 })
                }
            }
            base.append("count=\(min(entity.count, 3))")
            if entry.paragraphs.allSatisfy({ $0 < 0 }) { base.append("headline-only") }
            if namedInParagraphBefore == [cluster] { base.append("only-one-before") }
            if let previous = quote.previousSpeaker, previous.name == entity.name {
                base.append("previous-speaker=\(min(max(paragraph - previous.paragraph, 0), 3))")
            }
            if let next = quote.nextSpeaker, next.name == entity.name {
                base.append("next-speaker=\(min(max(next.paragraph - endParagraph, 0), 2))")
            }
            result.append(Candidate(entity: cluster, base: base, distance: distance, shape: quote.shape))
        }
        var none = ["none", "none|\(quote.shape)"]
        if byNearness.isEmpty { none.append("none:no-one-before") }
        if quote.isQuestion { none.append("none:question") }
        if quote.words < 8 { none.append("none:short") }
        if quote.unnamedSpeaker { none.append("none:unnamed-speaker") }
        if paragraph < 0 { none.append("none:headline") }
        return (none, result)
    }

    /// Features of one mention: opening its sentence, a speech verb after it in its sentence (by distance),
    /// one right before it, "according to" before it, a possessive after it, a preposition before it.
    private func mentionFeatures(_ range: Range<Int>, tokens: [AnalysisToken], sentenceStart: (Int) -> Int) -> [String] {
        var features: [String] = []
        let start = range.lowerBound
        let sentenceStart = sentenceStart(start)
        if (sentenceStart..<start).allSatisfy({ tokens[$0].capitalized || tokens[$0].lower == "the" }), start - sentenceStart <= 3 {
            features.append("opens-sentence")
        }
        var probe = range.upperBound
        while probe < tokens.count, probe < range.upperBound + 12, tokens[probe].sentence == tokens[start].sentence,
              !tokens[probe].lexicon.contains(.quotationMark) {
            if tokens[probe].lexicon.contains(.speechVerb) {
                let gap = probe - range.upperBound
                features.append(gap <= 1 ? "verb-after=1" : gap <= 5 ? "verb-after=5" : "verb-after=12")
                break
            }
            probe += 1
        }
        if start >= 1, tokens[start - 1].lexicon.contains(.speechVerb) || start >= 2 && tokens[start - 2].lexicon.contains(.speechVerb) {
            features.append("verb-before")
        }
        if start >= 2, tokens[start - 2].lower == "according", tokens[start - 1].lower == "to" { features.append("according-to") }
        if range.upperBound < tokens.count, tokens[range.upperBound].text.isExactly(anyOf: ["'s", "’s", "’", "'"]) { features.append("possessive") }
        // "a call from Prime Minister Christopher Luxon": a preposition's object, a weaker antecedent than a subject.
        if QuoteExtractor.isAfterPreposition(start, tokens: tokens) { features.append("oblique") }
        return features
    }

    /// The score of a feature list.
    func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weightsByHash[Self.hash("", $1, "")] ?? 0) }
    }

    /// The score of a candidate: its features' weights summed in the order `features` lists them.
    func score(_ candidate: Candidate) -> Double {
        var total = 0.0
        Self.forEachFeature(of: candidate) { prefix, name, suffix in total += weightsByHash[Self.hash(prefix, name, suffix)] ?? 0 }
        return total
    }

    /// The entity the model names as the quote's speaker, or nil when "no one" scores highest or no model is loaded.
    func speaker(
        for quote: QuoteContext, tokens: [AnalysisToken], entities: EntityRecognizer.Result, mentions: [NameMention],
        sentenceStart: (Int) -> Int
    ) -> Int? {
        guard !weights.isEmpty else { return nil }
        let (none, candidates) = candidates(for: quote, tokens: tokens, entities: entities, mentions: mentions, sentenceStart: sentenceStart)
        var best: Int? = nil
        var bestScore = score(none)
        for candidate in candidates {
            let value = score(candidate)
            if value > bestScore {
                bestScore = value
                best = candidate.entity
            }
        }
        return best
    }
}

/// One quote with the speaker candidates `SpeakerRanker` would score, for training its model offline.
public struct SpeakerTrainingExample: Sendable, Codable, Hashable {
    /// A candidate speaker and its features.
    public struct Candidate: Sendable, Codable, Hashable {
        /// The entity's canonical name.
        public var name: String
        /// The features the model scores.
        public var features: [String]
    }

    /// The quoted words.
    public var text: String
    /// The speaker the attribution rules gave, nil when they named no one (the ranker not asked).
    public var ruleSpeaker: String?
    /// The speech verb the attribution rules found, if any.
    public var ruleVerb: String?
    /// The line in QuoteExtractor.swift of the rule that gave `ruleSpeaker` or `ruleVerb`; 0 when no rule did (or
    /// the speaker is an echo of another quote's).
    public var rule: Int
    /// Whether no rule attributed the quote and no later step named its speaker, so the ranker is asked.
    public var asksRanker: Bool
    /// The features of "no one speaks".
    public var none: [String]
    /// The persons and organisations that may have said it.
    public var candidates: [Candidate]
}
