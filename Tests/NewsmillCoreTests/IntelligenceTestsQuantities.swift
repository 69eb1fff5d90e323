import XCTest
import NewsmillCore

/// Quantities: numbers, what they count, qualifiers and event verbs.
final class IntelligenceTestsQuantities: XCTestCase {
    private let analyzer = ArticleAnalyzer()

    private func quantities(_ body: String) -> [Quantity] {
        analyzer.analyze(title: nil, body: body, published: PartialDate(year: 2020, month: 1, day: 1)).quantities
    }

    func testNumberWordsAndPassiveEvents() throws {
        let found = quantities("Three people were wounded when twenty-five rockets hit the camp.")
        XCTAssertTrue(found.contains { $0.value == 3 && $0.unit == "people" && $0.event == "wounded" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 25 && $0.unit == "rockets" && $0.event == nil }, "\(found)")
    }

    func testActiveEventAndQualifier() throws {
        let found = quantities("Police arrested more than 1,000 protesters and killed at least 12 people.")
        XCTAssertTrue(found.contains { $0.value == 1000 && $0.unit == "protesters" && $0.qualifier == "more than" && $0.event == "arrested" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 12 && $0.qualifier == "at least" && $0.event == "killed" }, "\(found)")
    }

    func testRanges() throws {
        let found = quantities("Between 10 and 15 soldiers died. Floods destroyed 20 to 30 homes and 10-15 bridges, and 2 to 3 million people fled.")
        XCTAssertTrue(found.contains { $0.value == 10 && $0.maximum == 15 && $0.unit == "soldiers" && $0.qualifier == "between" && $0.event == "killed" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 20 && $0.maximum == 30 && $0.unit == "homes" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 10 && $0.maximum == 15 && $0.unit == "bridges" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 2_000_000 && $0.maximum == 3_000_000 && $0.unit == "people" }, "\(found)")
    }

    func testMoneyPercentAndScale() throws {
        let found = quantities("The plan costs $3 billion, about 12 percent of the budget, and unemployment hit 7.5% while 2.5 million people voted.")
        XCTAssertTrue(found.contains { $0.value == 3_000_000_000 && $0.unit == "USD" && $0.text == "$3 billion" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 12 && $0.unit == "percent" && $0.qualifier == "about" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 7.5 && $0.unit == "percent" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 2_500_000 && $0.unit == "people" }, "\(found)")
    }

    func testYearsDatesAndBareNumbersAreNotQuantities() {
        let found = quantities("In 2019 the vote was held on Nov. 23. One of them left. The score was 3. A 2006 report agreed.")
        XCTAssertEqual(found, [])
    }

    func testTotalOfPhraseGivesTheUnit() throws {
        let found = quantities("The total of American deaths is now approaching 3000, officials said.")
        XCTAssertEqual(found.first?.unit, "American deaths")
        XCTAssertEqual(found.first?.qualifier, "approaching")
    }

    func testYearLikeCountsOfPluralThings() throws {
        let found = quantities("About 2000 people marched.")
        XCTAssertEqual(found.first?.value, 2000)
        XCTAssertEqual(found.first?.unit, "people")
    }

    func testVerbAfterTheNumberIsNotAUnit() throws {
        let found = quantities("An earthquake of magnitude 7.8 struck the coast, and 2,470 people had been rescued by night.")
        XCTAssertFalse(found.contains { $0.value == 7.8 }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 2470 && $0.unit == "people" && $0.event == "rescued" }, "\(found)")
    }

    func testRupeesAndTheIndianNumberingSystem() throws {
        let found = quantities("He paid Rs 24 lakh to an agent, and the state spent ₹2,000 crore on roads.")
        XCTAssertTrue(found.contains { $0.value == 2_400_000 && $0.unit == "INR" }, "\(found)")
        XCTAssertTrue(found.contains { $0.value == 20_000_000_000 && $0.unit == "INR" }, "\(found)")
    }
}
