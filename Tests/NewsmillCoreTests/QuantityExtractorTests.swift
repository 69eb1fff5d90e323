import XCTest
@testable import NewsmillCore

/// `QuantityExtractor`'s readings of number tokens: plain numbers and compound number words.
final class QuantityExtractorTests: XCTestCase {
    /// Where it gives a value, it is the one `Double(String)` gives for the text without its commas;
    /// where it gives none, the text is not a plain number of at most fifteen digits.
    func testPlainNumberValueIsWhatDoubleParsingGives() {
        let texts = ["0", "7", "200", "2019", "3,000", "1,234,567", "2.5", "0.1", "12.345", "999999999999999", "1,2.5",
                     "123456789012345.6", "1.2.3", "1.", "1,", "12a", "1-2", "", ".5", "٣", "9007199254740993", "0.3"]
        for text in texts {
            let plain = QuantityExtractor.plainNumberValue(text)
            if let plain {
                XCTAssertEqual(plain, Double(text.removingASCII(",")), text)
            }
        }
        XCTAssertEqual(QuantityExtractor.plainNumberValue("3,000"), 3_000)
        XCTAssertEqual(QuantityExtractor.plainNumberValue("2.5"), 2.5)
        XCTAssertNil(QuantityExtractor.plainNumberValue("1.2.3"))
        XCTAssertNil(QuantityExtractor.plainNumberValue("9007199254740993"), "more than fifteen digits take the slow way")
        var generator = SplitMix64(seed: 0xD161_7500)
        for _ in 0..<20_000 {
            var text = ""
            let digits = 1 + Int(generator.next() % 15)
            let point = generator.next() % 3 == 0 ? Int(generator.next() % UInt64(digits)) : -1
            for position in 0..<digits {
                text.append(Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(generator.next() % 10))))
                if position == point, position < digits - 1 { text.append(".") }
                if position < digits - 1, generator.next() % 5 == 0, point < 0 { text.append(",") }
            }
            let plain = QuantityExtractor.plainNumberValue(text)
            XCTAssertNotNil(plain, text)
            XCTAssertEqual(plain, Double(text.removingASCII(",")), text)
        }
    }

    /// Every compound of a tens word ("twenty" to "ninety") and a unit of `AnalysisLexicon.numberWords` ("twenty-five",
    /// "ninety-nine") is read as their sum: the byte-length screen before the look-ups (`isCompoundShaped`) must let
    /// each through, whatever words the list gains.
    func testEveryCompoundNumberWordOfTheListIsRead() {
        let tens = AnalysisLexicon.numberWords.filter {
            (20...90).contains($0.value) && $0.value.truncatingRemainder(dividingBy: 10) == 0
        }
        let units = AnalysisLexicon.numberWords.filter { $0.value < 10 }
        XCTAssertFalse(tens.isEmpty || units.isEmpty)
        let analyzer = ArticleAnalyzer()
        for (ten, tenValue) in tens {
            let body = units.keys.sorted().map { "Officials said \(ten)-\($0) rockets hit the camp." }.joined(separator: " ")
            let found = analyzer.analyze(title: nil, body: body, published: PartialDate(year: 2020, month: 1, day: 1)).quantities
            for (unit, unitValue) in units {
                XCTAssertTrue(found.contains { $0.value == tenValue + unitValue && $0.unit == "rockets" }, "\(ten)-\(unit): \(found)")
            }
        }
    }
}
