import Foundation
import XCTest
@testable import NewsmillCore

/// The capture date of a web archive record as a floor for the page's dates.
final class CaptureDateFloorTests: XCTestCase {
    private let capture = PartialDate(year: 2023, month: 10, day: 2, hour: 9, minute: 30, second: 0)!

    private func page(published: String, modified: String? = nil) -> [UInt8] {
        var head = "<meta property=\"article:published_time\" content=\"\(published)\">"
        if let modified { head += "<meta property=\"article:modified_time\" content=\"\(modified)\">" }
        let paragraph = "The harbour crane arrived on a barge this morning and residents lined the quay to watch it unload. "
        return Array("<html><head><title>Crane Arrives</title>\(head)</head><body><article><h1>Crane Arrives</h1><p>\(String(repeating: paragraph, count: 4))</p></article></body></html>".utf8)
    }

    private func extract(_ bytes: [UInt8], capturedAt: PartialDate?) throws -> Article {
        let document = Document(
            locator: SourceLocator(path: "crawl.warc", offset: 0), bytes: bytes, declaredContentType: "text/html",
            url: "http://example.com/crane", capturedAt: capturedAt
        )
        let outcome = Extractor(options: ExtractionOptions(analyze: false)).extract(document)
        return try XCTUnwrap(outcome.articles.first, "\(outcome.quarantined)")
    }

    func testADateBeforeTheCaptureIsKeptAndTheCaptureIsCarried() throws {
        let article = try extract(page(published: "2023-10-01T18:00:00Z"), capturedAt: capture)
        XCTAssertEqual(article.published?.value, "2023-10-01T18:00:00Z")
        XCTAssertEqual(article.captured, capture)
        XCTAssertEqual(article.url, "http://example.com/crane")
    }

    func testADateAfterTheCaptureIsDroppedNotReplacedByTheCapture() throws {
        let article = try extract(page(published: "2023-10-02T09:45:00Z", modified: "2023-10-05T00:00:00Z"), capturedAt: capture)
        XCTAssertNil(article.published, "a page cannot be published after it was fetched")
        XCTAssertNil(article.modified)
        XCTAssertEqual(article.captured, capture)
    }

    /// The "never in the future" check of the HTML reader uses the capture as its "now": a date a week
    /// after the capture (but long before today) is rejected there.
    func testTheCaptureIsTheReadersNow() throws {
        let article = try extract(page(published: "2023-10-09"), capturedAt: capture)
        XCTAssertNil(article.published)
        let uncaptured = try extract(page(published: "2023-10-09"), capturedAt: nil)
        XCTAssertEqual(uncaptured.published?.value, "2023-10-09")
        XCTAssertNil(uncaptured.captured)
    }

    /// A date without a time is local to the publisher, up to 14 hours ahead of UTC.
    func testADateWithoutTimeMayStartUpTo14HoursAfterTheCapture() throws {
        let late = PartialDate(year: 2023, month: 10, day: 2, hour: 20, minute: 0, second: 0)!
        XCTAssertTrue(CaptureDateFloor.admits(PartialDate(year: 2023, month: 10, day: 3)!, capturedAt: CaptureDateFloor.latestInstant(of: late)!))
        XCTAssertFalse(CaptureDateFloor.admits(PartialDate(year: 2023, month: 10, day: 4)!, capturedAt: CaptureDateFloor.latestInstant(of: late)!))
        XCTAssertTrue(CaptureDateFloor.admits(PartialDate(year: 2023, month: 10)!, capturedAt: CaptureDateFloor.latestInstant(of: capture)!))
        XCTAssertFalse(CaptureDateFloor.admits(PartialDate(year: 2023, month: 10, day: 2, hour: 9, minute: 31)!, capturedAt: CaptureDateFloor.latestInstant(of: capture)!))
    }

    /// A minute-precision capture (a 12-digit ARC date) covers its whole minute.
    func testAMinutePrecisionCaptureCoversItsMinute() {
        let minute = PartialDate(year: 2006, month: 12, day: 3, hour: 12, minute: 1)!
        let floor = CaptureDateFloor.latestInstant(of: minute)!
        XCTAssertTrue(CaptureDateFloor.admits(PartialDate(year: 2006, month: 12, day: 3, hour: 12, minute: 1, second: 59)!, capturedAt: floor))
        XCTAssertFalse(CaptureDateFloor.admits(PartialDate(year: 2006, month: 12, day: 3, hour: 12, minute: 2, second: 0)!, capturedAt: floor))
        XCTAssertNil(CaptureDateFloor.latestInstant(of: PartialDate(year: 2006, month: 12)!))
    }

    func testTheJSONOutputPrintsTheCapture() throws {
        let article = try extract(page(published: "2023-10-01"), capturedAt: capture)
        let line = ArticleJSON.line(for: article, source: "crawl.warc")
        XCTAssertTrue(line.contains("\"content_hash\":\"\(article.contentHash)\",\"captured\":\"2023-10-02T09:30:00Z\","), line)
        XCTAssertTrue(ArticleJSON.line(for: try extract(page(published: "2023-10-01"), capturedAt: nil), source: "x").contains("\"captured\":null"))
    }
}
