import Foundation
import NewsmillLedger
import XCTest

/// The ledger on a real SQLite file: runs, jobs, inputs and status survive closing and reopening.
final class JobLedgerTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private var path: String { directory.appendingPathComponent("ledger.db").path }

    func testRunsJobsAndInputsSurviveReopening() throws {
        do {
            let ledger = try JobLedger(path: path)
            try ledger.beginRun(id: "run-1", inputs: ["/data/a", "/data/b.tar.gz"], streamSettings: "limits")
            ledger.record(JobLedger.Job(sequence: 0, kind: .started), runID: "run-1")
            ledger.record(JobLedger.Job(sequence: 1, kind: .items, firstItem: 0, itemCount: 64, firstLocator: "/data/a/1.txt"), runID: "run-1")
            ledger.record(JobLedger.Job(sequence: 2, kind: .items, firstItem: 64, itemCount: 10), runID: "run-1")
            ledger.record(JobLedger.Input(index: 0, path: "/data/a", firstItem: 0, endItem: 74), runID: "run-1")
            XCTAssertTrue(ledger.hasPendingChanges)
            try ledger.commit()
            XCTAssertFalse(ledger.hasPendingChanges)
            ledger.markDone(sequence: 1, stored: 60, duplicates: 2, quarantineReasons: ["unrecognised: binary", "truncated gzip"], runID: "run-1")
            ledger.setFailures(sequence: 2, crashes: 2, timeouts: 1, runID: "run-1")
            ledger.recordStatus(#"{"state":"running"}"#, runID: "run-1")
            try ledger.commit()
        }
        let reopened = try JobLedger(path: path)
        let run = try XCTUnwrap(try reopened.latestUnfinishedRun())
        XCTAssertEqual(run.id, "run-1")
        XCTAssertEqual(run.inputs, ["/data/a", "/data/b.tar.gz"])
        XCTAssertEqual(run.status, "running")
        XCTAssertEqual(try reopened.jobs(runID: "run-1"), [
            JobLedger.Job(sequence: 0, kind: .started),
            JobLedger.Job(
                sequence: 1, kind: .items, firstItem: 0, itemCount: 64, state: .done, firstLocator: "/data/a/1.txt",
                stored: 60, duplicates: 2, quarantineReasons: ["unrecognised: binary", "truncated gzip"]
            ),
            JobLedger.Job(sequence: 2, kind: .items, firstItem: 64, itemCount: 10, crashes: 2, timeouts: 1),
        ])
        XCTAssertEqual(try reopened.inputs(runID: "run-1"), [JobLedger.Input(index: 0, path: "/data/a", firstItem: 0, endItem: 74)])
        XCTAssertEqual(try reopened.jobCounts(runID: "run-1"), [.open: 2, .done: 1])
        XCTAssertEqual(try reopened.status(runID: "run-1")?.snapshot, #"{"state":"running"}"#)

        try reopened.setStatus(runID: "run-1", "finished")
        XCTAssertNil(try reopened.latestUnfinishedRun())
        XCTAssertEqual(try reopened.latestRun()?.status, "finished")
        let readOnly = try JobLedger.openReadOnly(path: path)
        XCTAssertEqual(try readOnly.run(id: "run-1")?.status, "finished")
    }

    func testTheLatestUnfinishedRunIsTheOneResumed() throws {
        let ledger = try JobLedger(path: path)
        try ledger.beginRun(id: "old", inputs: ["/a"], streamSettings: "s")
        try ledger.setStatus(runID: "old", "interrupted")
        try ledger.beginRun(id: "new", inputs: ["/b"], streamSettings: "s")
        XCTAssertEqual(try ledger.latestUnfinishedRun()?.id, "new")
        try ledger.setStatus(runID: "new", "finished")
        XCTAssertEqual(try ledger.latestUnfinishedRun()?.id, "old")
    }

    func testReadOnlyOpeningOfAMissingLedgerSaysSo() {
        XCTAssertThrowsError(try JobLedger.openReadOnly(path: path)) { error in
            XCTAssertTrue("\(error)".contains("no job ledger at"), "\(error)")
        }
    }
}
