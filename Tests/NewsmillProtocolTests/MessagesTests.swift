import NewsmillCore
import XCTest
@testable import NewsmillProtocol

final class MessagesTests: XCTestCase {
    private func sampleArticle(index: Int = 0) -> Article {
        Article.make(
            url: "https://example.org/news/\(index)", guid: "guid-\(index)", title: "Title \(index)",
            authors: ["Jane Doe", "John Roe"], published: PartialDate(year: 2006, month: 12),
            modified: PartialDate(year: 2006, month: 12, day: 3, hour: 4, minute: 5, second: 6),
            publication: "The Paper", language: "en", summary: nil, categories: ["World", "Iraq"],
            body: "First paragraph.\n\nSecond paragraph with ünïcode — and “quotes”.", kind: .html,
            locator: SourceLocator(path: "/data/a.tar.gz", member: "x/y.html", offset: 1234, itemIndex: index)
        )
    }

    func testJobRoundTripsEveryField() throws {
        let document = Document(
            locator: SourceLocator(path: "feeds.zip", member: "rss.xml"), bytes: Array(0...255).map(UInt8.init),
            declaredContentType: "text/html; charset=utf-8", url: "https://example.org/"
        )
        let bad = QuarantinedItem(
            locator: SourceLocator(path: "broken.gz"), reason: "truncated: gzip ended", size: 42, sha256: "ab"
        )
        let job = Job(
            id: JobID(runID: "run-1", sequence: 99), items: [.document(document), .quarantined(bad)],
            runEvent: .started(inputs: ["a", "b"], host: "h", startedAt: 1_700_000_000.5)
        )
        let decoded = try JobChannelMessage(frames: JobChannelMessage.job(job).frames())
        guard case .job(let copy) = decoded else { return XCTFail("expected a job, got \(decoded)") }
        XCTAssertEqual(copy.id, job.id)
        XCTAssertEqual(copy.runEvent, job.runEvent)
        XCTAssertEqual(copy.items.count, 2)
        guard case .document(let doc) = copy.items[0], case .quarantined(let item) = copy.items[1] else {
            return XCTFail("items changed kind")
        }
        XCTAssertEqual(doc.bytes, document.bytes)
        XCTAssertEqual(doc.locator, document.locator)
        XCTAssertEqual(doc.declaredContentType, document.declaredContentType)
        XCTAssertEqual(doc.url, document.url)
        XCTAssertEqual(item, bad)
    }

    func testResultRoundTripsArticlesExactly() throws {
        let articles = (0..<5).map(sampleArticle)
        let quarantined = [QuarantinedItem(locator: SourceLocator(path: "j.bin"), reason: "unrecognised: binary data", size: 9, sha256: "cd")]
        let result = JobResult(
            jobID: JobID(runID: "r", sequence: 1), articles: articles, quarantined: quarantined,
            runEvent: .finished(status: "finished", finishedAt: 5)
        )
        let decoded = try ResultChannelMessage(frames: ResultChannelMessage.result(result).frames())
        guard case .result(let copy) = decoded else { return XCTFail("expected a result") }
        XCTAssertEqual(copy.articles, articles)
        XCTAssertEqual(copy.quarantined, quarantined)
        XCTAssertEqual(copy.jobID, result.jobID)
        XCTAssertEqual(copy.runEvent, result.runEvent)
    }

    func testControlMessagesRoundTrip() throws {
        let report = JobReport(jobID: JobID(runID: "r", sequence: 3), stored: 5, duplicates: 2, quarantineReasons: ["empty: no text"])
        let cases: [JobChannelMessage] = [
            .hello(workerName: "w-1", credit: 8), .credit(3), .done([report]), .goodbye, .helloRequest,
            .holding([JobID(runID: "r", sequence: 3), JobID(runID: "r", sequence: 400)]), .holding([]),
            .extracted([JobID(runID: "r", sequence: 9)]), .extracted([]),
        ]
        for message in cases {
            let copy = try JobChannelMessage(frames: message.frames())
            XCTAssertEqual(String(describing: copy), String(describing: message))
        }
        let ack = try ResultChannelMessage(frames: ResultChannelMessage.ack([report]).frames())
        guard case .ack(let reports) = ack else { return XCTFail("expected an ack") }
        XCTAssertEqual(reports, [report])
    }

    func testWrongVersionAndForeignFramesAreRefused() {
        var frames = JobChannelMessage.credit(1).frames()
        frames[0][2] = newsmillProtocolVersion + 1
        XCTAssertThrowsError(try JobChannelMessage(frames: frames)) { error in
            XCTAssertTrue(String(describing: error).contains("not supported"))
        }
        XCTAssertThrowsError(try JobChannelMessage(frames: [[1, 2, 3, 4], []]))
        XCTAssertThrowsError(try JobChannelMessage(frames: [Array("NM".utf8) + [newsmillProtocolVersion, 99], []]))
        XCTAssertThrowsError(try ResultChannelMessage(frames: JobChannelMessage.goodbye.frames()))
        XCTAssertThrowsError(try JobChannelMessage(frames: [JobChannelMessage.goodbye.frames()[0]]))
    }

    func testTrailingBytesAreRefused() {
        var frames = JobChannelMessage.credit(1).frames()
        frames[1].append(0)
        XCTAssertThrowsError(try JobChannelMessage(frames: frames))
    }

    func testRandomCorruptionNeverTraps() {
        let result = JobResult(jobID: JobID(runID: "r", sequence: 1), articles: (0..<3).map(sampleArticle), quarantined: [])
        let frames = ResultChannelMessage.result(result).frames()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var body = frames[1]
            for _ in 0..<3 { body[Int.random(in: 0..<body.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            let cut = Int.random(in: 0...body.count, using: &generator)
            _ = try? ResultChannelMessage(frames: [frames[0], Array(body[..<cut])])
        }
    }
}
