import NewsmillLedger
import XCTest

/// The resume plan: committed items skipped, open jobs found by item, fully committed inputs skipped.
final class ResumePlanTests: XCTestCase {
    private typealias Job = JobLedger.Job

    private let jobs: [Job] = [
        Job(sequence: 0, kind: .started, state: .done),
        Job(sequence: 1, kind: .items, firstItem: 0, itemCount: 10, state: .done),
        Job(sequence: 2, kind: .items, firstItem: 10, itemCount: 10, state: .open, firstLocator: "/a/11"),
        Job(sequence: 3, kind: .items, firstItem: 20, itemCount: 5, state: .done),
        // Split after failing: its items live on in jobs 5 and 6.
        Job(sequence: 4, kind: .items, firstItem: 25, itemCount: 2, state: .superseded, crashes: 3),
        Job(sequence: 5, kind: .items, firstItem: 25, itemCount: 1, state: .done),
        Job(sequence: 6, kind: .items, firstItem: 26, itemCount: 1, state: .open, poisonReason: "poison: worker died 3 times"),
        Job(sequence: 7, kind: .finished, state: .open),
    ]

    func testCommittedItemsOpenJobsAndTheNextSequence() {
        let plan = ResumePlan(runID: "r", jobs: jobs, inputs: [])
        XCTAssertEqual(plan.committedItemCount, 16)
        XCTAssertEqual(plan.nextSequence, 8)
        for ordinal: Int64 in [0, 9, 20, 24, 25] { XCTAssertTrue(plan.isCommitted(ordinal), "\(ordinal)") }
        for ordinal: Int64 in [10, 19, 26, 27, 1_000] { XCTAssertFalse(plan.isCommitted(ordinal), "\(ordinal)") }
        XCTAssertEqual(plan.openJob(holding: 10)?.sequence, 2)
        XCTAssertEqual(plan.openJob(holding: 19)?.sequence, 2)
        XCTAssertEqual(plan.openJob(holding: 26)?.poisonReason, "poison: worker died 3 times")
        XCTAssertNil(plan.openJob(holding: 20))
        XCTAssertNil(plan.openJob(holding: 27))
        XCTAssertEqual(plan.openFinishEvents.map(\.sequence), [7])
        XCTAssertTrue(plan.openStartEvents.isEmpty)
    }

    func testAJobConfirmedBeforeItsRebuildIsSkipped() throws {
        var plan = ResumePlan(runID: "r", jobs: jobs, inputs: [])
        let open = try XCTUnwrap(plan.openJob(sequence: 2))
        plan.markCommitted(open)
        XCTAssertTrue(plan.isCommitted(15))
        XCTAssertNil(plan.openJob(holding: 15))
        XCTAssertNil(plan.openJob(sequence: 2))
    }

    func testOnlyInputsCommittedInFullAreSkipped() {
        let inputs = [
            JobLedger.Input(index: 0, path: "/a", firstItem: 0, endItem: 10),
            JobLedger.Input(index: 1, path: "/b", firstItem: 10, endItem: 25),
            JobLedger.Input(index: 2, path: "/c", firstItem: 25, endItem: nil),
        ]
        let plan = ResumePlan(runID: "r", jobs: jobs, inputs: inputs)
        XCTAssertEqual(plan.skippableEnd(ofInput: 0, path: "/a", firstItem: 0), 10)
        XCTAssertNil(plan.skippableEnd(ofInput: 0, path: "/other", firstItem: 0), "another path at that index")
        XCTAssertNil(plan.skippableEnd(ofInput: 0, path: "/a", firstItem: 3), "the stream moved")
        XCTAssertNil(plan.skippableEnd(ofInput: 1, path: "/b", firstItem: 10), "job 2 is still open")
        XCTAssertNil(plan.skippableEnd(ofInput: 2, path: "/c", firstItem: 25), "not read to the end")
    }

    func testAnEmptyLedgerPlansNothing() {
        let plan = ResumePlan(runID: "r", jobs: [], inputs: [])
        XCTAssertEqual(plan.nextSequence, 0)
        XCTAssertFalse(plan.isCommitted(0))
        XCTAssertNil(plan.openJob(holding: 0))
    }
}
