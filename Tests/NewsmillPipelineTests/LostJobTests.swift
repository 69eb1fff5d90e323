import Foundation
import NewsmillProtocol
import NewsmillStore
import XCTest
import ZeroMQ

/// A job that never reaches its worker (the connection dropped under it) is noticed from the
/// worker's `holding` reports and sent again; the run still completes with every article.
///
/// The "worker" that loses the job is this test itself: a real DEALER socket speaking the wire
/// protocol to a real `newsmill produce`, which receives a job and then reports holding nothing.
final class LostJobTests: XCTestCase {
    func testAJobMissingFromAWorkersHoldingReportIsSentAgain() throws {
        let run = try ProducerUnderTest(stories: 5, story: { index in
            "Ferry Story \(index)\n\nBy Lena Holm\n\nThe ferry number \(index) left the quay on time after the repairs to its engine were finished.\n"
        }, producerArguments: ["--worker-timeout", "60"])
        let (jobs, results, collector, producer) = (run.jobs, run.results, run.collector, run.producer)

        let context = try ZMQContext()
        defer { context.shutdown() }
        let swallower = try context.socket(.dealer)
        swallower.routingID = Array("swallower".utf8)
        swallower.linger = 0
        try swallower.connect(jobs)
        _ = try swallower.send(JobChannelMessage.hello(workerName: "swallower", credit: 1).frames())

        // Take one job, then keep reporting that nothing is held, as a worker whose job was lost would.
        var received: [JobID] = []
        let deadline = Date().addingTimeInterval(40)
        var lastReport = Date.distantPast
        while received.count < 2, Date() < deadline {
            if Date().timeIntervalSince(lastReport) >= 1 {
                lastReport = Date()
                _ = try swallower.send(JobChannelMessage.credit(0).frames(), dontWait: true)
                _ = try swallower.send(JobChannelMessage.holding([]).frames(), dontWait: true)
            }
            while let frames = try swallower.receiveMultipart(dontWait: true) {
                if case .job(let job) = try JobChannelMessage(frames: frames) { received.append(job.id) }
            }
            usleep(20_000)
        }
        XCTAssertEqual(received.count, 2, "the producer gave the lost job's credit back and sent another\n\(producer.stderr())")
        XCTAssertTrue(producer.stderr().contains("1 job(s) leased to worker swallower never reached it"), producer.stderr())

        // The swallower leaves; a real worker finishes the run, the lost jobs included.
        _ = try swallower.send(JobChannelMessage.goodbye.frames())
        let worker = try NewsmillBinary.start(["work", "--jobs", jobs, "--results", results, "--threads", "1", "--name", "real-worker"])
        XCTAssertTrue(producer.waitUntilExit(timeout: 60), "the run did not finish\n\(producer.stderr())")
        XCTAssertEqual(producer.process.terminationStatus, 0, producer.stderr())
        XCTAssertEqual(worker.stop(), 0, worker.stderr())
        XCTAssertEqual(collector.stop(), 0, collector.stderr())
        let store = try ArticleStore.openReadOnly(path: run.database)
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from articles"), [["5"]])
        XCTAssertEqual(try TestQuery.rows(store, "select status from runs"), [["finished"]])
    }
}
