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
}
