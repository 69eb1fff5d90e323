import Dispatch
import XCTest
@testable import NewsmillPipeline

/// The worker's time-limit watchdog read while extraction threads start and finish documents.
final class ExtractionWatchTests: XCTestCase {
    /// Reading the longest-running document while other threads record new starts never sees a start
    /// later than its own clock (which underflowed and crashed a worker before the clock was read under
    /// the lock).
    func testLongestIsNeverNegativeWhileThreadsStartDocuments() {
        let watch = ExtractionWatch()
        let group = DispatchGroup()
        for _ in 0..<3 {
            DispatchQueue.global().async(group: group) {
                let slot = watch.makeSlot()
                for index in 0..<50_000 {
                    watch.begin(slot, document: "doc-\(index)")
                    watch.end(slot)
                }
            }
        }
        var readings = 0
        var negative = 0
        while group.wait(timeout: .now()) == .timedOut {
            if let (_, seconds) = watch.longest() {
                readings += 1
                if seconds < 0 { negative += 1 }
            }
        }
        XCTAssertEqual(negative, 0)
        XCTAssertGreaterThan(readings, 0, "the watch was read while documents ran")
        let slot = watch.makeSlot()
        watch.begin(slot, document: "slow.html")
        XCTAssertEqual(watch.longest()?.document, "slow.html")
        watch.end(slot)
        XCTAssertNil(watch.longest())
    }
}
