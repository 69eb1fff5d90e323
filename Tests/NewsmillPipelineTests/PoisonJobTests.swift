import Foundation
import NewsmillStore
import XCTest

/// A document that crashes or hangs its worker is retried a bounded number of times, then
/// quarantined as poison; the run finishes and every other document is stored.
final class PoisonJobTests: XCTestCase {
    func testCrashingAndHangingDocumentsAreQuarantinedAndTheRunFinishes() throws {
        #if DEBUG
        let scratch = try ScratchDirectory()
        let corpus = scratch.path("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for index in 1...20 {
            let text = "Harbour Story Number \(index)\n\nBy Anna Berglund\n\nThe council met on Monday and voted on harbour budget number \(index) after a long debate about the ferries, the cranes and the old quay.\n"
            try text.write(toFile: corpus + "/article-\(index).txt", atomically: true, encoding: .utf8)
        }
        // Test-only triggers compiled into debug workers (see Worker.triggerTestFault).
        try "Crash Story\n\nBy Per Lund\n\nThis text says NEWSMILL-TEST-CRASH and the worker aborts on it.\n"
            .write(toFile: corpus + "/crash.txt", atomically: true, encoding: .utf8)
        try "Hang Story\n\nBy Per Lund\n\nThis text says NEWSMILL-TEST-HANG and the worker never finishes it.\n"
            .write(toFile: corpus + "/hang.txt", atomically: true, encoding: .utf8)

        let database = scratch.path("news.db")
        let started = Date()
        let outcome = try NewsmillBinary.run(
            ["run", corpus, "--db", database, "--workers", "2", "--job-items", "8", "--document-time-limit", "2"],
            timeout: 180
        )
        XCTAssertEqual(outcome.status, 3, "finished with quarantined inputs\n\(outcome.stderr)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 120)
        XCTAssertTrue(outcome.stderr.contains("2 × poison"), outcome.stderr)

        let store = try ArticleStore.openReadOnly(path: database)
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from articles"), [["20"]])
        XCTAssertEqual(try TestQuery.rows(store, "select locator, reason from quarantine order by locator"), [
            [corpus + "/crash.txt", "poison: worker died 3 times while extracting it"],
            [corpus + "/hang.txt", "poison: timed out 3 times (limit 2 s per document)"],
        ])
        #else
        throw XCTSkip("the poison triggers exist in debug builds only")
        #endif
    }
}
