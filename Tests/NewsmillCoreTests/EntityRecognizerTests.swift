import XCTest
@testable import NewsmillCore

/// `MentionStarts`, the array by token that the extractors read like a `[Int: Int]`.
final class EntityRecognizerTests: XCTestCase {
    /// A run of name words is extended at most `maximumRunTokens` tokens: a text of capitalised words with no
    /// sentence end ("By Anna Berglund" ten thousand times on one line) once made every run walk to the text's
    /// end, and the title-case cut restart the next run three words on, so that this took minutes (quadratic).
    func testALongRunOfCapitalisedWordsIsReadInBoundedSteps() {
        let text = String(repeating: "By Anna Berglund ", count: 10_000)
        let analysis = ArticleAnalyzer().analyze(title: nil, body: text, published: nil)
        XCTAssertEqual(analysis.entities.filter { $0.type == .person }.map(\.name), ["Anna Berglund"])
    }

    func testMentionStartsReadsLikeADictionary() {
        var starts = MentionStarts(tokenCount: 10)
        var dictionary: [Int: Int] = [:]
        for (token, mention) in [(0, 0), (3, 1), (9, 2), (3, 4)] {
            starts[token] = mention
            dictionary[token] = mention
        }
        starts[9] = nil
        dictionary[9] = nil
        for token in -3..<15 { XCTAssertEqual(starts[token], dictionary[token], "\(token)") }
        // Beyond the tokens it was made for, it grows as a dictionary would take the key.
        starts[20] = 7
        XCTAssertEqual(starts[20], 7)
        XCTAssertNil(starts[19])
        starts[30] = nil
        XCTAssertNil(starts[30])
        XCTAssertNil(MentionStarts()[0])
    }

    /// The analyzer's mentions and this table agree: each mention is found at its first token.
    func testMentionStartsOfAnAnalysis() {
        let text = AnalysisText("Muqtada al-Sadr met Nuri al-Maliki in Baghdad. Al-Sadr said the U.S. must leave Iraq.")
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        let result = EntityRecognizer(gazetteer: Gazetteer.shared).recognize(tokens: tokens, text: text)
        XCTAssertFalse(result.mentions.isEmpty)
        for (position, mention) in result.mentions.enumerated() where mention.cluster >= 0 {
            XCTAssertEqual(result.mentionStartingAt[mention.tokens.lowerBound], position)
        }
        let starts = Set(result.mentions.filter { $0.cluster >= 0 }.map(\.tokens.lowerBound))
        for token in tokens.indices where !starts.contains(token) { XCTAssertNil(result.mentionStartingAt[token]) }
    }

    /// The words `readsAsSportsSide` asks about carry the lexicon bit that screens them, punctuation included;
    /// others do not.
    func testSportsSideNeighboursCarryTheirLexiconBit() {
        let text = AnalysisText("No. 6 Tennessee defeated #12 Alabama (6-0) v Kerala to the football coach said lost")
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        let marked = Set(tokens.filter { $0.lexicon.contains(.sportsSideNeighbour) }.map(\.text))
        XCTAssertEqual(marked, ["No.", "defeated", "#", "(", "v", "to", "football", "coach", "lost"])
        for word in EntityRecognizer.sportsSideNeighbours {
            var wordTokens: [AnalysisToken] = []
            AnalysisTokenizer.tokenize(AnalysisText(word), lexicon: Gazetteer.shared.lexicon, into: &wordTokens)
            XCTAssertTrue(wordTokens.count == 1 && wordTokens[0].lexicon.contains(.sportsSideNeighbour), word)
        }
    }
}
