import XCTest
@testable import NewsmillCore

/// `QuoteExtractor`'s internals; its rules are tested through the analyzer in `IntelligenceTestsQuotes`.
final class QuoteExtractorTests: XCTestCase {
    /// `QuoteExtractor.mark` switches on the marks' packed UTF-8 bytes; the constants are those packings.
    func testQuotationMarkCodesAreTheMarksBytes() {
        let marks: [(String, UInt32)] = [
            ("“", QuoteExtractor.leftDoubleMark), ("”", QuoteExtractor.rightDoubleMark), ("„", QuoteExtractor.lowDoubleMark),
            ("«", QuoteExtractor.leftGuillemet), ("»", QuoteExtractor.rightGuillemet), ("‘", QuoteExtractor.leftSingleMark),
            ("’", QuoteExtractor.rightSingleMark), ("\"", QuoteExtractor.straightDoubleMark), ("'", QuoteExtractor.straightSingleMark),
        ]
        for (mark, code) in marks { XCTAssertEqual(QuoteExtractor.markCode(of: mark), code, mark) }
        XCTAssertEqual(Set(marks.map(\.1)).count, marks.count)
        XCTAssertEqual(QuoteExtractor.markCode(of: "said"), 0)
    }

    /// A headline may name in full whom the body's quote names by surname.
    /// `documentSexes` (the pronoun rule's sex from the article: titles, relative clauses, "said that he").
    func testAPersonsSexFromTheArticleNeedsCuesOfOneSexAndASurnameNoOtherPersonBears() {
        let text = """
        Mr Arun Shah said he would appeal. Ms Arun Shah later said she had not been told.

        Anjani Kumar said that he was surprised. Priya Kumar thinks she was right.

        Leela Menon, who lost her husband in the flood, spoke first.
        """
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(AnalysisText(text), lexicon: Gazetteer.shared.lexicon, into: &tokens)
        let entities = EntityRecognizer(gazetteer: .shared).recognize(tokens: tokens, text: AnalysisText(text))
        let sexes = QuoteExtractor.documentSexes(tokens: tokens, entities: entities)
        XCTAssertEqual(entities.entities.filter { $0.type == .person }.map(\.name).sorted(),
                       ["Anjani Kumar", "Arun Shah", "Leela Menon", "Priya Kumar"])
        // Cues of both sexes: none. A surname two persons bear: none. A relative clause's "her husband": she.
        XCTAssertEqual(sexes, ["Leela Menon": "she"])
    }

    func testAHeadlineQuoteEchoesABodyQuoteThatNamesItsSubjectBySurname() {
        var found = [
            Quote(speaker: nil, text: "François Legault has decided the best way to protect French is to attack English Canadians", verb: nil, via: nil),
            Quote(speaker: "Justin Trudeau", text: "I agree that we need to protect French, but Legault has decided the best way to protect French is to attack English Canadians.", verb: "said", via: nil),
            Quote(speaker: nil, text: "Legault is wrong about the reasons we have for this", verb: nil, via: nil),
        ]
        QuoteExtractor.attributeEchoes(&found)
        XCTAssertEqual(found.map(\.speaker), ["Justin Trudeau", "Justin Trudeau", nil])
    }
}
