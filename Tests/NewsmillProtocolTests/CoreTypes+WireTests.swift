import NewsmillCore
import XCTest
@testable import NewsmillProtocol

/// The article-intelligence records of protocol version 2 (`ArticleAnalysis` inside `Article`).
final class CoreTypesWireTests: XCTestCase {
    private func article(analysis: ArticleAnalysis?) -> Article {
        Article.make(
            url: "https://example.org/iraq", title: "Iraq Descends Into Chaos", authors: ["Gerry Foley"],
            published: PartialDate(year: 2006, month: 12), body: "The five car bombs ...", kind: .text,
            locator: SourceLocator(path: "/samples/iraq.txt"), analysis: analysis
        )
    }

    private func roundTrip<T: WireCodable>(_ value: T) throws -> T {
        var writer = WireWriter()
        writer.write(value)
        var reader = WireReader(writer.bytes)
        let copy = try reader.read(T.self)
        try reader.expectEnd()
        return copy
    }

    /// Every field of every record, with the optional ones both present and absent.
    private static let fullAnalysis = ArticleAnalysis(
        entities: [
            Entity(type: .person, name: "Muqtada al-Sadr", mentions: ["al-Sadr", "Sadr", "Moqtada"], count: 15),
            Entity(type: .organization, name: "Mahdi Army", count: 3),
            Entity(type: .location, name: "Sadr City", count: 4, countryCode: "IQ", latitude: 33.3889, longitude: 44.4583),
            Entity(type: .location, name: "Ünïcode Stadt — “quoted”", count: 1, latitude: -0.0),
        ],
        quotes: [
            Quote(speaker: "David Rothkopf", text: "This summit is an act of desperation.", verb: "said", via: "Washington Post"),
            Quote(speaker: nil, text: "‘Nested’ words."),
        ],
        dates: [
            MentionedDate(text: "Nov. 23", value: "2006-11-23", precision: .day),
            MentionedDate(text: "November", value: "2006-11", precision: .month),
            MentionedDate(text: "in 2019", value: "2019", precision: .year),
        ],
        quantities: [
            Quantity(value: 200, unit: "people", text: "over 200 people", qualifier: "over", event: "killed"),
            Quantity(value: 2_500_000, unit: "people", text: "2.5 million", place: "Sadr City"),
            Quantity(value: 10, unit: "people", text: "10 to 15 people", maximum: 15),
            Quantity(value: 0.125, unit: "percent", text: "0.125 percent"),
        ],
        citations: [Citation(name: "Christian Science Monitor", date: "2006-11-28"), Citation(name: "Reuters")],
        simhash: 0xF123_4567_89AB_CDEF
    )

    func testAnArticleWithAFullAnalysisRoundTripsExactly() throws {
        let original = article(analysis: Self.fullAnalysis)
        XCTAssertEqual(try roundTrip(original), original)
        XCTAssertEqual(try roundTrip(Self.fullAnalysis).simhash, 0xF123_4567_89AB_CDEF, "all 64 bits, the top one too")
    }

    func testEmptyAndMissingAnalysesRoundTrip() throws {
        let empty = article(analysis: ArticleAnalysis())
        XCTAssertEqual(try roundTrip(empty), empty)
        XCTAssertEqual(try roundTrip(empty).analysis, ArticleAnalysis())
        let missing = article(analysis: nil)
        XCTAssertNil(try roundTrip(missing).analysis)
        // An empty analysis costs 5 count bytes and the 8 SimHash bytes, after the presence byte.
        var withEmpty = WireWriter()
        withEmpty.write(empty)
        var withNone = WireWriter()
        withNone.write(missing)
        XCTAssertEqual(withEmpty.bytes.count - withNone.bytes.count, 5 + 8)
    }

    func testALargeAnalysisRoundTripsInAResultMessage() throws {
        var large = ArticleAnalysis(simhash: UInt64.max)
        for index in 0..<5_000 {
            large.entities.append(Entity(
                type: EntityType.allCases[index % 3], name: "Entity \(index)", mentions: ["E\(index)", "Ent \(index)"],
                count: index, countryCode: index % 3 == 2 ? "IQ" : nil, latitude: Double(index) / 7, longitude: -Double(index) / 3
            ))
            large.quotes.append(Quote(speaker: "Speaker \(index)", text: String(repeating: "word ", count: 50), verb: "said"))
            large.dates.append(MentionedDate(text: "day \(index)", value: "2006-11-\(index % 28 + 1)", precision: .day))
            large.quantities.append(Quantity(value: Double(index) * 1.5, unit: "people", text: "\(index) people", event: "killed"))
            large.citations.append(Citation(name: "Outlet \(index)", date: index.isMultiple(of: 2) ? "2006-11-28" : nil))
        }
        let articles = [article(analysis: large), article(analysis: nil), article(analysis: Self.fullAnalysis)]
        let result = JobResult(jobID: JobID(runID: "r", sequence: 7), articles: articles, quarantined: [])
        let decoded = try ResultChannelMessage(frames: ResultChannelMessage.result(result).frames())
        guard case .result(let copy) = decoded else { return XCTFail("expected a result") }
        XCTAssertEqual(copy.articles, articles)
    }

    func testATruncatedAnalysisIsRefusedNotTrapped() throws {
        var writer = WireWriter()
        writer.write(article(analysis: Self.fullAnalysis))
        let bytes = writer.bytes
        var withoutAnalysis = WireWriter()
        withoutAnalysis.write(article(analysis: nil))
        // Every cut inside the analysis part fails with a WireError.
        for cut in (withoutAnalysis.bytes.count)..<bytes.count {
            var reader = WireReader(Array(bytes[..<cut]))
            XCTAssertThrowsError(try reader.read(Article.self), "cut at \(cut)") { error in
                XCTAssertTrue(error is WireError, "\(error)")
            }
        }
    }

    func testAnUnknownEntityTypeIsRefused() {
        var writer = WireWriter()
        writer.write("event")
        writer.write("Something")
        var reader = WireReader(writer.bytes)
        XCTAssertThrowsError(try reader.read(Entity.self)) { error in
            XCTAssertEqual(error as? WireError, WireError("unknown entity type event"))
        }
    }

    func testThisBuildSpeaksVersion3() {
        XCTAssertEqual(newsmillProtocolVersion, 3)
    }

    /// Version 3: a web archive record's capture date travels on `Document` and `Article`.
    func testCaptureDatesRoundTripPresentAndAbsent() throws {
        let captured = PartialDate(year: 2006, month: 12, day: 3, hour: 4, minute: 5, second: 6)
        var withCapture = article(analysis: nil)
        withCapture.captured = captured
        XCTAssertEqual(try roundTrip(withCapture).captured, captured)
        XCTAssertEqual(try roundTrip(withCapture), withCapture)
        XCTAssertNil(try roundTrip(article(analysis: nil)).captured)

        var withSectionAndImage = article(analysis: nil)
        withSectionAndImage.section = "Politics"
        withSectionAndImage.image = "https://rivertown.example/img/tram.jpg"
        XCTAssertEqual(try roundTrip(withSectionAndImage), withSectionAndImage)
        XCTAssertNil(try roundTrip(article(analysis: nil)).image)

        let document = Document(
            locator: SourceLocator(path: "crawl.warc.gz", offset: 512), bytes: Array("<p>x</p>".utf8),
            declaredContentType: "text/html", url: "http://example.com/a", capturedAt: captured
        )
        let copy = try roundTrip(document)
        XCTAssertEqual(copy.capturedAt, captured)
        XCTAssertEqual(copy.url, document.url)
        XCTAssertEqual(copy.bytes, document.bytes)
        XCTAssertNil(try roundTrip(Document(locator: SourceLocator(path: "a.txt"), bytes: [1])).capturedAt)
    }
}
