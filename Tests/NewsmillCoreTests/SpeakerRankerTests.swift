import XCTest
@testable import NewsmillCore

/// The speaker ranker: its weights file, its candidates and features, and the quotes it is asked about.
final class SpeakerRankerTests: XCTestCase {
    private let analyzer = ArticleAnalyzer()

    /// A paragraph describing a person who speaks in reported speech, then a quote paragraph no rule attributes.
    private let reportedThenQuote = """
    The opposition party has accused the electoral commission of printing extra ballot papers.

    Professor Joshua Alabi, national campaign coordinator of the party says they have checked with the printers.

    "From the ballot statistics we have seen we have analysed the figures from thirteen regions and found an excess."
    """

    func testTheShippedModelIsLoaded() {
        XCTAssertGreaterThan(SpeakerRanker.shared.weights.count, 50, "Resources/speaker-ranker.tsv is read")
        XCTAssertNotNil(SpeakerRanker.shared.weights["none"], "the 'no one' candidate has a weight")
    }

    func testTheWeightsFileFormat() {
        let ranker = SpeakerRanker(tsv: "# comment\nbias\t0.5\ntype=person\t-1.25\nbroken line\nnone\tx\n")
        XCTAssertEqual(ranker.weights, ["bias": 0.5, "type=person": -1.25])
        XCTAssertEqual(ranker.score(["bias", "type=person", "unknown"]), -0.75)
    }

    func testAQuoteNoRuleAttributesIsAskedAndTheModelNamesTheReportedSpeaker() throws {
        let examples = analyzer.speakerTrainingExamples(title: nil, body: reportedThenQuote)
        let example = try XCTUnwrap(examples.first)
        XCTAssertEqual(examples.count, 1)
        XCTAssertTrue(example.asksRanker)
        XCTAssertNil(example.ruleSpeaker, "no attribution rule covers an appositive with no comma before 'says'")
        let alabi = try XCTUnwrap(example.candidates.first { $0.name == "Joshua Alabi" })
        XCTAssertTrue(alabi.features.contains("before=1"), "named in the paragraph before: \(alabi.features)")
        XCTAssertTrue(alabi.features.contains("opens-sentence"))
        XCTAssertTrue(alabi.features.contains("verb-after=12"), "'says' ends the appositive: \(alabi.features)")
        XCTAssertEqual(analyzer.analyze(title: nil, body: reportedThenQuote, published: nil).quotes.first?.speaker, "Joshua Alabi")
    }

    func testAPrepositionsObjectIsMarkedObliqueAndTheSubjectIsNot() throws {
        let body = """
        Mayor Rehette Stoltz said the funding was appreciated.

        Stoltz received a call from Prime Minister Christopher Luxon today and other Government ministers.

        “Thank you for keeping the people of Tairāwhiti in your thoughts and for the help you have sent.
        """
        let example = try XCTUnwrap(analyzer.speakerTrainingExamples(title: nil, body: body).last)
        let luxon = try XCTUnwrap(example.candidates.first { $0.name == "Christopher Luxon" })
        let stoltz = try XCTUnwrap(example.candidates.first { $0.name == "Rehette Stoltz" })
        XCTAssertTrue(luxon.features.contains("oblique"), "'from Prime Minister' before the name: \(luxon.features)")
        XCTAssertFalse(stoltz.features.contains("oblique"), stoltz.features.description)
    }

    /// What the ranker reads of `reportedThenQuote`'s quote: its tokens, entities, context, named mentions and sentence starts.
    private func reportedQuote() throws -> (
        tokens: [AnalysisToken], entities: EntityRecognizer.Result, context: SpeakerRanker.QuoteContext, mentions: [NameMention],
        sentenceStart: (Int) -> Int
    ) {
        let (text, tokens) = try tokenized(reportedThenQuote)
        let entities = EntityRecognizer(gazetteer: Gazetteer.shared).recognize(tokens: tokens, text: text)
        let open = try XCTUnwrap(tokens.firstIndex { $0.text == "\"" })
        let context = SpeakerRanker.QuoteContext(
            open: open, end: tokens.count - 1, shape: "F", isQuestion: false, words: 18,
            previousSpeaker: nil, nextSpeaker: nil, unnamedSpeaker: false
        )
        return (tokens, entities, context, entities.mentions.filter { $0.cluster >= 0 }, { QuoteExtractor().sentenceStart(of: $0, tokens: tokens) })
    }

    func testWithoutWeightsTheQuoteKeepsNoSpeaker() throws {
        let (tokens, entities, context, mentions, sentenceStart) = try reportedQuote()
        XCTAssertNil(SpeakerRanker(weights: [:]).speaker(for: context, tokens: tokens, entities: entities, mentions: mentions, sentenceStart: sentenceStart))
        let favoursNoOne = SpeakerRanker(weights: ["none": 5, "bias": 1])
        XCTAssertNil(favoursNoOne.speaker(for: context, tokens: tokens, entities: entities, mentions: mentions, sentenceStart: sentenceStart))
        let favoursPersons = SpeakerRanker(weights: ["none": -1, "type=person": 2])
        let chosen = try XCTUnwrap(favoursPersons.speaker(for: context, tokens: tokens, entities: entities, mentions: mentions, sentenceStart: sentenceStart))
        XCTAssertEqual(entities.entities[chosen].name, "Joshua Alabi")
    }

    func testACandidatesScoreSumsTheWeightsOfItsFeatureNames() throws {
        let (tokens, entities, context, mentions, sentenceStart) = try reportedQuote()
        let ranker = SpeakerRanker.shared
        let candidates = ranker.candidates(for: context, tokens: tokens, entities: entities, mentions: mentions, sentenceStart: sentenceStart).candidates
        XCTAssertFalse(candidates.isEmpty)
        for candidate in candidates {
            // The hashes of the parts, joined as the scorer goes, find the weights the names find.
            let byName = candidate.features.reduce(0.0) { $0 + (ranker.weights[$1] ?? 0) }
            XCTAssertEqual(ranker.score(candidate), byName)
            XCTAssertNotEqual(byName, 0)
            XCTAssertTrue(candidate.features.contains("before=1|F") && candidate.features.contains("before=1&type=person"), candidate.features.description)
        }
    }

    func testAQuoteWithNoOneNamedNearStaysWithoutSpeaker() {
        let body = """
        Heavy rain fell across the valley on Tuesday.

        "We have never seen the river rise this fast in all the years we have lived here."
        """
        let examples = analyzer.speakerTrainingExamples(title: nil, body: body)
        XCTAssertEqual(examples.first?.candidates.count, 0)
        XCTAssertTrue(examples.first?.none.contains("none:no-one-before") == true)
        XCTAssertNil(analyzer.analyze(title: nil, body: body, published: nil).quotes.first?.speaker)
    }

    func testAnUnnamedSpeakerGoingOnIsNotAsked() throws {
        let body = """
        Jane Porter chairs the housing committee.

        “We cannot keep waiting for the money to arrive from the capital,” a council spokesman said. “The repairs have to start now, before winter.”
        """
        let examples = analyzer.speakerTrainingExamples(title: nil, body: body)
        XCTAssertEqual(examples.count, 2)
        XCTAssertEqual(examples.map(\.asksRanker), [false, false])
        XCTAssertTrue(examples[1].none.contains("none:unnamed-speaker"))
        XCTAssertEqual(analyzer.analyze(title: nil, body: body, published: nil).quotes.map(\.speaker), [nil, nil])
    }

    func testCandidatesComeFromOutsideQuotesOnly() {
        let body = """
        Mayor Ann Lee opened the new bridge on Monday.

        “When Peter Grant first drew this bridge, nobody believed it would ever be built in our lifetime.”
        """
        let names = analyzer.speakerTrainingExamples(title: nil, body: body).first?.candidates.map(\.name) ?? []
        XCTAssertTrue(names.contains("Ann Lee"), "\(names)")
        XCTAssertFalse(names.contains("Peter Grant"), "a name inside the quote is what was said: \(names)")
    }

    private func tokenized(_ body: String) throws -> (text: AnalysisText, tokens: [AnalysisToken]) {
        let text = AnalysisText(body)
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, firstParagraph: 0, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        return (text, tokens)
    }
}
