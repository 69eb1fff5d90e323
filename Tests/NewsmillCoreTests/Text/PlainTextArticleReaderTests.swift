import Foundation
import XCTest
@testable import NewsmillCore

final class PlainTextArticleReaderTests: XCTestCase {
    private let locator = SourceLocator(path: "test.txt")

    /// The shared hand-annotated sample, through the whole extractor (detection, decoding, language).
    func testSharedSampleMatchesItsExpectations() throws {
        let directory = CoreTextFixtures.samplesDirectory
        let textURL = directory.appendingPathComponent("iraq-sectarian-killings-2006.txt")
        let expectedURL = directory.appendingPathComponent("iraq-sectarian-killings-2006.expected.json")
        guard let text = FileManager.default.contents(atPath: textURL.path),
            let expectedData = FileManager.default.contents(atPath: expectedURL.path) else {
            throw XCTSkip("shared sample not found in \(directory.path); set NEWSMILL_SHARED")
        }
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let outcome = Extractor().extract(Document(locator: SourceLocator(path: textURL.path), bytes: Array(text)))
        XCTAssertEqual(outcome.quarantined, [])
        let article = try XCTUnwrap(outcome.articles.first)
        XCTAssertEqual(outcome.articles.count, 1)
        XCTAssertEqual(article.kind, .text)
        XCTAssertEqual(article.title, expected["title"] as? String)
        XCTAssertEqual(article.authors, expected["authors"] as? [String])
        XCTAssertEqual(article.publication, expected["publication"] as? String)
        let published = try XCTUnwrap(expected["published"] as? [String: String])
        XCTAssertEqual(article.published?.value, published["value"])
        XCTAssertEqual(article.published?.precision.rawValue, published["precision"])
        XCTAssertEqual(article.language, expected["language"] as? String)
        let body = try XCTUnwrap(expected["body"] as? [String: Any])
        let paragraphs = article.body.components(separatedBy: "\n\n")
        XCTAssertEqual(paragraphs.count, body["paragraphs"] as? Int)
        XCTAssertTrue(paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
        XCTAssertTrue(article.body.hasPrefix(try XCTUnwrap(body["starts_with"] as? String)))
        XCTAssertTrue(article.body.hasSuffix(try XCTUnwrap(body["ends_with"] as? String)))
        for forbidden in try XCTUnwrap(body["must_not_contain"] as? [String]) {
            XCTAssertFalse(article.body.contains(forbidden), "body contains \(forbidden)")
        }
    }

    func testHeadlineAndSimpleByline() throws {
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: try CoreTextFixtures.text("footbridge.txt"), locator: locator))
        XCTAssertEqual(article.title, "Town Votes to Rebuild the Old Footbridge")
        XCTAssertEqual(article.authors, ["Anna Berglund"])
        XCTAssertNil(article.published)
        XCTAssertNil(article.publication)
        XCTAssertEqual(article.body.components(separatedBy: "\n\n").count, 2)
        XCTAssertTrue(article.body.hasPrefix("The town council voted"))
        XCTAssertTrue(article.body.hasSuffix("the council said."))
        XCTAssertEqual(article.kind, .text)
        XCTAssertEqual(article.locator, locator)
    }

    func testIssueBylineGivesMonthAndPublication() throws {
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: try CoreTextFixtures.text("valley-gazette.txt"), locator: locator))
        XCTAssertEqual(article.title, "Orchard Growers Count the Cost of a Late Frost")
        XCTAssertEqual(article.authors, ["Jonas Eklund"])
        XCTAssertEqual(article.published, PartialDate(value: "2021-04", precision: .month))
        XCTAssertEqual(article.publication, "The Valley Gazette")
        XCTAssertEqual(article.body.components(separatedBy: "\n\n").count, 3)
        XCTAssertFalse(article.body.contains("Related Articles"))
        XCTAssertFalse(article.body.contains("Apple Prices"))
        XCTAssertTrue(article.body.hasSuffix("emergency support."))
    }

    func testTextWithoutHeadlineOrByline() throws {
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: try CoreTextFixtures.text("no-byline.txt"), locator: locator))
        XCTAssertNil(article.title)
        XCTAssertEqual(article.authors, [])
        XCTAssertNil(article.published)
        XCTAssertTrue(article.body.hasPrefix("The library will close"))
        XCTAssertTrue(article.body.hasSuffix("on January 20."))
        XCTAssertFalse(article.body.contains("Copyright"))
        XCTAssertFalse(article.body.contains("https://"))
    }

    func testCRLFLineEndingsRolesEmailsAndDateline() throws {
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: try CoreTextFixtures.text("crlf.txt"), locator: locator))
        XCTAssertEqual(article.title, "Harbour Ferry Returns to Service")
        XCTAssertEqual(article.authors, ["Maria Lind"])
        XCTAssertEqual(article.published?.value, "2021-03-03")
        XCTAssertEqual(article.published?.precision, .day)
        XCTAssertEqual(article.body, "The harbour ferry returned to service on Wednesday after a three-week repair.\n\nThe operator said timetables are unchanged.")
        XCTAssertFalse(article.body.contains("\r"))
    }

    func testHardWrappedParagraphsAndSeveralAuthors() throws {
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: try CoreTextFixtures.text("hard-wrapped.txt"), locator: locator))
        XCTAssertEqual(article.authors, ["Per Olsson", "Karin Holm", "Lars Nilsson"])
        let paragraphs = article.body.components(separatedBy: "\n\n")
        XCTAssertEqual(paragraphs, [
            "The school choir won the regional contest on Saturday with a programme of folk songs, beating eleven other choirs from across the county.",
            "The choir will now represent the region at the national finals in Stockholm in May.",
        ])
    }

    func testSignatureAtTheEndGivesAuthorAndAgency() throws {
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: try CoreTextFixtures.text("signature.txt"), locator: locator))
        XCTAssertEqual(article.title, "Markets Steady After Rate Decision")
        XCTAssertEqual(article.authors, ["Erik Sand"])
        XCTAssertEqual(article.publication, "Reuters")
        XCTAssertTrue(article.body.hasSuffix("early trading."))
    }

    func testStandfirstDatelineAndAgencyByline() throws {
        let text = """
        Ferry Strike Ends After Three Days

        Operators and unions agreed a new pay deal late on Sunday

        By Erik Sand and Maria Lind, Associated Press Writers
        Published: March 3, 2021
        Updated: March 4, 2021

        Ferries resumed normal service on Monday morning.

        Print
        Email
        """
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
        XCTAssertEqual(article.title, "Ferry Strike Ends After Three Days")
        XCTAssertEqual(article.summary, "Operators and unions agreed a new pay deal late on Sunday")
        XCTAssertEqual(article.authors, ["Erik Sand", "Maria Lind"])
        XCTAssertEqual(article.published?.value, "2021-03-03")
        XCTAssertEqual(article.modified?.value, "2021-03-04")
        XCTAssertEqual(article.body, "Ferries resumed normal service on Monday morning.")
    }

    func testBylineForms() {
        XCTAssertEqual(BylineParser.metadata(fromLine: "By A. Smith and B. Jones")?.authors, ["A. Smith", "B. Jones"])
        XCTAssertEqual(BylineParser.metadata(fromLine: "By Ann Lee, Bo Ek and Cy Roe")?.authors, ["Ann Lee", "Bo Ek", "Cy Roe"])
        XCTAssertEqual(BylineParser.metadata(fromLine: "BY JOHN SMITH, Foreign Correspondent")?.authors, ["JOHN SMITH"])
        XCTAssertEqual(BylineParser.metadata(fromLine: "By Ludwig van Beethoven")?.authors, ["Ludwig van Beethoven"])
        let dated = BylineParser.metadata(fromLine: "By Anna Berglund, March 3, 2021")
        XCTAssertEqual(dated?.authors, ["Anna Berglund"])
        XCTAssertEqual(dated?.published?.value, "2021-03-03")
        let agency = BylineParser.metadata(fromLine: "By Erik Sand, Reuters")
        XCTAssertEqual(agency?.authors, ["Erik Sand"])
        XCTAssertEqual(agency?.publication, "Reuters")
        let roles = BylineParser.metadata(fromLine: "By Per Olsson and Karin Holm / Staff Writers")
        XCTAssertEqual(roles?.authors, ["Per Olsson", "Karin Holm"])
        XCTAssertNil(roles?.publication)
        XCTAssertEqual(BylineParser.metadata(fromLine: "Source: The Valley Gazette")?.publication, "The Valley Gazette")
        XCTAssertEqual(BylineParser.metadata(fromLine: "Updated: March 4, 2021")?.modified?.value, "2021-03-04")
    }

    func testSentencesStartingWithByAreNotBylines() {
        XCTAssertNil(BylineParser.metadata(fromLine: "By 2010, the town had doubled in size."))
        XCTAssertNil(BylineParser.metadata(fromLine: "By the time the ferry arrived, the storm had passed."))
        XCTAssertNil(BylineParser.metadata(fromLine: "By Tuesday, officials said, the road would reopen."))
    }

    func testBodyStartingOnTheFirstLineHasNoTitle() throws {
        let text = "The council met on Monday\nand agreed the budget for next year.\n\nIt takes effect in January."
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
        XCTAssertNil(article.title)
        XCTAssertEqual(article.body, "The council met on Monday and agreed the budget for next year.\n\nIt takes effect in January.")
    }

    func testTitleCasedHeadlineDirectlyAboveTheBody() throws {
        let text = "Council Approves New Harbour Plan\nThe council approved the harbour plan on Monday.\n\nWork starts in May."
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
        XCTAssertEqual(article.title, "Council Approves New Harbour Plan")
        XCTAssertEqual(article.body, "The council approved the harbour plan on Monday.\n\nWork starts in May.")
    }

    func testTitleCasedHeadlineAfterADateline() throws {
        let text = "Published: 2019-05-23\n\nGovernor Anies Says Jakarta is Calm and Stable\n\nJakarta: The governor said the city was calm."
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
        XCTAssertEqual(article.title, "Governor Anies Says Jakarta is Calm and Stable")
        XCTAssertEqual(article.published, PartialDate(value: "2019-05-23", precision: .day))
        XCTAssertEqual(article.body, "Jakarta: The governor said the city was calm.")
    }

    func testSentenceCaseOrCapitalsLineAfterADatelineOpensTheBody() throws {
        for first in ["Bajans told to prepare for inclement weather", "BAAR, SWITZERLAND"] {
            let text = "Published: 2022-06-28\n\n\(first)\n\nThe island prepared for the storm."
            let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
            XCTAssertNil(article.title, first)
            XCTAssertEqual(article.body, "\(first)\n\nThe island prepared for the storm.")
        }
    }

    func testOneParagraphPerLongLineWithoutBlankLines() throws {
        let first = String(repeating: "The first paragraph is a long line of text. ", count: 8).trimmingWhitespace()
        let second = String(repeating: "The second paragraph is another long line. ", count: 8).trimmingWhitespace()
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: "Headline\n\n\(first)\n\(second)\n", locator: locator))
        XCTAssertEqual(article.body, first + "\n\n" + second)
    }

    func testWrappedLinesAmongLongLinesWithoutBlankLines() throws {
        let first = String(repeating: "The first paragraph is a long line of text. ", count: 8).trimmingWhitespace()
        let text = """
        Headline

        \(first)
        Chapter One: Of Consultations And Foot Stamping
        "There is no hostage situation in the city now, people have locked themselves in their rooms for
        safety," the minister told reporters in the city.
        The operations are still going on, he said, and will end soon.
        """
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
        XCTAssertEqual(article.body.components(separatedBy: "\n\n"), [
            first, "Chapter One: Of Consultations And Foot Stamping",
            "\"There is no hostage situation in the city now, people have locked themselves in their rooms for safety,\" "
                + "the minister told reporters in the city.",
            "The operations are still going on, he said, and will end soon.",
        ])
    }

    func testAListOfShortLinesKeepsItsItemsAndANarrowWrappedColumnIsJoined() throws {
        let text = """
        Headline

        The balance of city council includes:

        Ward 1 Coun. Mark Signoretti
        Ward 2 Coun. Michael Vagnini
        Ward 12 Coun. Joscelyne Landry-Altmann

        Police said the two men were
        arrested in the town on Friday
        after a long chase through the
        Old Town district of Dunmore.
        """
        let article = try XCTUnwrap(PlainTextArticleReader.read(text: text, locator: locator))
        XCTAssertEqual(article.body.components(separatedBy: "\n\n"), [
            "The balance of city council includes:",
            "Ward 1 Coun. Mark Signoretti", "Ward 2 Coun. Michael Vagnini", "Ward 12 Coun. Joscelyne Landry-Altmann",
            "Police said the two men were arrested in the town on Friday after a long chase through the Old Town district of Dunmore.",
        ])
    }

    func testOnlyAHeadlineIsNoArticle() {
        XCTAssertNil(PlainTextArticleReader.read(text: "Just a Headline\n\nBy Anna Berglund\n\nShare this\n", locator: locator))
        XCTAssertNil(PlainTextArticleReader.read(text: " \n\r\n\t\n", locator: locator))
    }

    func testTrailingBoilerplateRules() {
        for line in ["Share this", "Tweet", "Print", "Email", "Comments", "Copyright 2006 Socialist Action",
                     "© 2021 Valley Media", "All rights reserved.", "Subscribe to our newsletter", "12 comments",
                     "Share | Tweet | Print | Email", "Facebook Twitter LinkedIn"] {
            XCTAssertTrue(TrailingBoilerplate.isBoilerplate(line), line)
        }
        for line in ["The mayor said she would print the report.", "Printers and email servers were down for a day."] {
            XCTAssertFalse(TrailingBoilerplate.isBoilerplate(line), line)
        }
        var lines = ["A paragraph of real text that ends here.", "", "Related Articles", "Another Story", "", "www.example.org/x"]
        TrailingBoilerplate.strip(&lines)
        XCTAssertEqual(lines, ["A paragraph of real text that ends here."])
    }
}
