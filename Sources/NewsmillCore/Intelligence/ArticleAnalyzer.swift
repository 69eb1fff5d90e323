/// Article intelligence: entities, quotes, mentioned dates, quantities, cited sources and a SimHash,
/// by rules over tokens with a gazetteer and word lists, and a small learned ranker for the speakers of quotes
/// no rule attributes (`SpeakerRanker`).
///
/// Pure and thread-safe: the gazetteer is loaded once into immutable shared storage on first use, and
/// `analyze` keeps all its state local, so workers call one analyzer from many threads at once.
/// Stages: `AnalysisTokenizer` -> `EntityRecognizer` -> `QuoteExtractor`, `RelativeDateResolver`, `QuantityExtractor`,
/// `CitationExtractor`, `SimHash`.
public struct ArticleAnalyzer: Sendable {
    private let gazetteer: Gazetteer

    /// Creates an analyzer; the bundled gazetteer is loaded once per process and shared.
    public init() {
        gazetteer = Gazetteer.shared
    }

    /// Why the bundled gazetteer could not be loaded, if it could not (locations then go unresolved).
    public var gazetteerProblem: String? { gazetteer.loadError }

    /// Analyzes one article.
    ///
    /// - Parameters:
    ///   - title: the headline; its words count only as mentions of names found in the body.
    ///   - body: the article body (paragraphs separated by blank lines, no title or byline).
    ///   - published: the publication date; relative dates ("Nov. 23", "Wednesday") resolve against it.
    public func analyze(title: String?, body: String, published: PartialDate?) -> ArticleAnalysis {
        analyze(title: title, body: body, published: published, authors: [])
    }

    /// Analyzes one article whose byline names `authors`; they are listed as person entities.
    public func analyze(title: String?, body: String, published: PartialDate?, authors: [String]) -> ArticleAnalysis {
        let (text, tokens) = tokenize(title: title, body: body)
        let entities = EntityRecognizer(gazetteer: gazetteer).recognize(tokens: tokens, text: text)
        let quotes = QuoteExtractor().extract(tokens: tokens, text: text, entities: entities)
        let dateMatches = RelativeDateResolver().find(tokens: tokens, text: text, published: published)
        var dateTokens = [Bool](repeating: false, count: tokens.count)
        for match in dateMatches {
            for index in match.tokens { dateTokens[index] = true }
        }
        let quantities = QuantityExtractor().find(tokens: tokens, text: text, dateTokens: dateTokens, entities: entities)
        let citations = CitationExtractor().find(tokens: tokens, entities: entities, dates: dateMatches)

        // Each date once, in the order first found. An article has a few dates, and a linear search of those kept
        // costs less than hashing each date's two strings into a set, which only an article with many uses.
        var dates: [MentionedDate] = []
        if dateMatches.count <= 32 {
            for match in dateMatches where !dates.contains(match.date) { dates.append(match.date) }
        } else {
            var seenDates: Set<MentionedDate> = []
            for match in dateMatches where seenDates.insert(match.date).inserted { dates.append(match.date) }
        }

        var entityList = entities.entities
        for author in authors {
            let name = author.trimmingWhitespace()
            guard !name.isEmpty else { continue }
            if let existing = entityList.firstIndex(where: { $0.name == name }) {
                entityList[existing].type = .person
                entityList[existing].count += 1
            } else {
                entityList.append(Entity(type: .person, name: name, count: 1))
            }
        }

        var wordHashes: [UInt64] = []
        wordHashes.reserveCapacity(tokens.count)
        for index in tokens.indices where tokens[index].paragraph >= 0 && tokens[index].kind != .punct {
            wordHashes.append(tokens[index].lowerHash)
        }
        return ArticleAnalysis(
            entities: entityList, quotes: quotes, dates: dates, quantities: quantities, citations: citations,
            simhash: SimHash.hash(wordHashes: wordHashes)
        )
    }

    /// The text analysed and its tokens: the title first as paragraph -1, separated so no sentence spans it.
    private func tokenize(title: String?, body: String) -> (AnalysisText, [AnalysisToken]) {
        let text: AnalysisText
        var tokens: [AnalysisToken] = []
        tokens.reserveCapacity(body.utf8.count / 4 + 16)
        if let title, !title.isEmpty {
            text = AnalysisText(title + "\n\n" + body)
            AnalysisTokenizer.tokenize(text, firstParagraph: -1, lexicon: gazetteer.lexicon, into: &tokens)
        } else {
            text = AnalysisText(body)
            AnalysisTokenizer.tokenize(text, firstParagraph: 0, lexicon: gazetteer.lexicon, into: &tokens)
        }
        return (text, tokens)
    }

    /// Every name one article's rules group, with their type and `NameTyper`'s features, for training the typer
    /// offline (`newsmill name-features`, `deploy/data-tools/train-name-typer.py`). The rules' types are those
    /// before the typer's opinion.
    public func nameTypingExamples(title: String?, body: String) -> [NameTypingExample] {
        let (text, tokens) = tokenize(title: title, body: body)
        var recognizer = EntityRecognizer(gazetteer: gazetteer)
        recognizer.nameTyper = NameTyper(weights: [:], margin: 0, dropMargin: 0)
        recognizer.collectsTypingExamples = true
        return recognizer.recognize(tokens: tokens, text: text).typingExamples
    }

    /// Every quote of one article with the speaker candidates and features of `SpeakerRanker`, for training
    /// the speaker model offline (`newsmill speaker-features`, `deploy/data-tools/train-speaker-ranker.py`).
    public func speakerTrainingExamples(title: String?, body: String) -> [SpeakerTrainingExample] {
        let (text, tokens) = tokenize(title: title, body: body)
        let entities = EntityRecognizer(gazetteer: gazetteer).recognize(tokens: tokens, text: text)
        return QuoteExtractor().trainingExamples(tokens: tokens, text: text, entities: entities)
    }
}
