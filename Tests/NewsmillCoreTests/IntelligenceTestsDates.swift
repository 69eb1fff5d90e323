import XCTest
import NewsmillCore

/// Date resolution against the publication date.
final class IntelligenceTestsDates: XCTestCase {
    private let analyzer = ArticleAnalyzer()

    private func dates(_ body: String, published: PartialDate?) -> [String: String] {
        var result: [String: String] = [:]
        for date in analyzer.analyze(title: nil, body: body, published: published).dates { result[date.text] = date.value }
        return result
    }

    func testRelativeDatesAcrossAYearBoundary() {
        // Friday, January 5, 2007.
        let published = PartialDate(year: 2007, month: 1, day: 5)
        let found = dates("""
        The raid on Dec. 28 followed the attacks of last March. Talks resume next March. Troops left on Wednesday \
        and returned yesterday. Fighting began on Jan. 2, worse than last year and far worse than in 2019. \
        The first clash was on November 23, 2006, near the border.
        """, published: published)
        XCTAssertEqual(found["Dec. 28"], "2006-12-28")
        XCTAssertEqual(found["last March"], "2006-03")
        XCTAssertEqual(found["next March"], "2007-03")
        XCTAssertEqual(found["Wednesday"], "2007-01-03")
        XCTAssertEqual(found["yesterday"], "2007-01-04")
        XCTAssertEqual(found["Jan. 2"], "2007-01-02")
        XCTAssertEqual(found["last year"], "2006")
        XCTAssertEqual(found["2019"], "2019")
        XCTAssertEqual(found["November 23, 2006"], "2006-11-23")
    }

    func testMonthPrecisionTakesTheNearestPastOccurrence() {
        let published = PartialDate(value: "2006-12", precision: .month)
        let found = dates("Bombs exploded on Nov. 23 and on Feb. 21. Almost 60 GIs were killed in November. Markets reopened on Wednesday.", published: published)
        XCTAssertEqual(found["Nov. 23"], "2006-11-23")
        XCTAssertEqual(found["Feb. 21"], "2006-02-21")
        XCTAssertEqual(found["November"], "2006-11")
        XCTAssertNil(found["Wednesday"], "a weekday needs a day-precision publication date")
    }

    func testWithoutPublicationDateOnlyAbsoluteDatesResolve() {
        let found = dates("The December 2006 issue appeared after the Nov. 23 bombing, on 5 May 2007.", published: nil)
        XCTAssertEqual(found["December 2006"], "2006-12")
        XCTAssertEqual(found["5 May 2007"], "2007-05-05")
        XCTAssertNil(found["Nov. 23"])
    }

    func testMayTheVerbAndTheNameAreNotDates() {
        let published = PartialDate(year: 2019, month: 6, day: 1)
        let found = dates("Theresa May said the vote may happen. It may not. Prices rose in May.", published: published)
        XCTAssertEqual(found, ["May": "2019-05"])
    }

    func testISOAndUnambiguousSlashedDates() {
        let found = dates("Filed 2021-03-04 and amended 23/11/2006; the form dated 03/04/2005 is unclear.", published: nil)
        XCTAssertEqual(found["2021-03-04"], "2021-03-04")
        XCTAssertEqual(found["23/11/2006"], "2006-11-23")
        XCTAssertNil(found["03/04/2005"])
    }

    func testImpossibleDatesAreSkipped() {
        let found = dates("It happened on Feb. 30 and on 2021-02-30.", published: PartialDate(year: 2021, month: 6, day: 1))
        XCTAssertNil(found["Feb. 30"])
        XCTAssertNil(found["2021-02-30"])
    }

    func testFutureTenseTakesTheNextOccurrence() {
        // Friday, January 5, 2007.
        let published = PartialDate(year: 2007, month: 1, day: 5)
        let found = dates("Google will cut 1,200 jobs by March. The board is scheduled to meet on Wednesday. It met on Monday.", published: published)
        XCTAssertEqual(found["March"], "2007-03")
        XCTAssertEqual(found["Wednesday"], "2007-01-10")
        XCTAssertEqual(found["Monday"], "2007-01-01")
    }

    func testShouldAndALongFutureClausePointForward() {
        // Wednesday, November 20, 2019.
        let wednesday = dates("The weather should ease by Thursday morning, officials said.", published: PartialDate(year: 2019, month: 11, day: 20))
        XCTAssertEqual(wednesday["Thursday"], "2019-11-21")
        // Tuesday, November 19, 2019: "will" fourteen words before the weekday.
        let tuesday = dates("The label says she will be allowed to play her old tracks at the American Music Awards on Sunday.",
                            published: PartialDate(year: 2019, month: 11, day: 19))
        XCTAssertEqual(tuesday["Sunday"], "2019-11-24")
    }

    func testAPastSpeechVerbNearerTheDateOutweighsAnEarlierFutureTense() {
        // Tuesday, November 19, 2019.
        let found = dates("The house will be turned into a police station, the interior minister said on Tuesday.",
                          published: PartialDate(year: 2019, month: 11, day: 19))
        XCTAssertEqual(found["Tuesday"], "2019-11-19")
    }

    func testADayInTheNextSixtyDaysIsTheComingOneUnlessThePastTenseSaysOtherwise() {
        // Tuesday, November 19, 2019.
        let published = PartialDate(year: 2019, month: 11, day: 19)
        let found = dates("The debate is on Dec. 6. Tariffs take effect Dec. 15. The deal was signed on Jan. 10.", published: published)
        XCTAssertEqual(found["Dec. 6"], "2019-12-06")
        XCTAssertEqual(found["Dec. 15"], "2019-12-15")
        XCTAssertEqual(found["Jan. 10"], "2019-01-10")
        let far = dates("The festival returns on May 3.", published: published)
        XCTAssertEqual(far["May 3"], "2019-05-03", "beyond 60 days the past occurrence stays")
    }

    func testPresentTenseSchedulingVerbsPointForwardAndPastAuxiliariesStopThem() {
        let published = PartialDate(year: 2019, month: 11, day: 19)
        XCTAssertEqual(dates("The committee meets on Wednesday to vote.", published: published)["Wednesday"], "2019-11-20")
        XCTAssertEqual(dates("The man who hosts the show was arrested on Sunday.", published: published)["Sunday"], "2019-11-17")
    }

    func testABareYearOrMonthInAFutureSentenceIsNoDate() {
        let found = dates("She will serve a year in prison and pay a fine within a month.", published: PartialDate(year: 2019, month: 11, day: 19))
        XCTAssertNil(found["year"])
        XCTAssertNil(found["month"])
    }

    func testYearsAfterTemporalPrepositionsInRangesAsSubjectsAndBeforeEvents() {
        let found = dates("""
        The SunShot Initiative launched in 2011 aims to cut prices. The firm ran from 2004 – 2014. “2019 is not as strong         as 2018,” he said. Israel seized it in the 1967 Six-Day War. Fans loved 1972’s Toulouse Street and Holcomb’s 2016         election campaign. The 2020 Sentra is a car.
        """, published: PartialDate(year: 2019, month: 11, day: 20))
        for year in ["2011", "2004", "2014", "2019", "2018", "1967", "1972", "2016"] {
            XCTAssertEqual(found[year], year, year)
        }
        XCTAssertNil(found["2020"], "a model year is no date")
    }

    func testMonthsOfRelativeYearsMidMonthsAndAttributiveMonths() {
        let published = PartialDate(year: 2019, month: 11, day: 20)
        let found = dates("""
        Subsidies ended at the end of May last year. Tariffs are due to start in mid-December. It is down from the March high. \
        The car goes on sale in late January.
        """, published: published)
        XCTAssertEqual(found["May last year"], "2018-05")
        XCTAssertEqual(found["mid-December"], "2019-12")
        XCTAssertEqual(found["March"], "2019-03")
        XCTAssertEqual(found["January"], "2020-01")
    }

    func testHyphenatedPartsOfMonthsAndMonthsAfterAPossessive() {
        let found = dates("Schiff unleashed his late-September caper. Norway’s October oil production beat forecasts.",
                          published: PartialDate(year: 2019, month: 11, day: 19))
        XCTAssertEqual(found["late-September"], "2019-09")
        XCTAssertEqual(found["October"], "2019-10")
    }
}
