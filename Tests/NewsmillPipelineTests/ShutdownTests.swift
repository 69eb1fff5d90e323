import Foundation
import NewsmillStore
import XCTest

/// SIGINT on `newsmill run` drains what is in flight, records the run as interrupted, closes the
/// database cleanly and leaves no child process behind.
final class ShutdownTests: XCTestCase {
    func testInterruptedRunDrainsAndLeavesNoProcessBehind() throws {
        let scratch = try ScratchDirectory()
        let corpus = scratch.path("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        // Enough small articles that the run is still reading when the signal arrives.
        let paragraph = String(repeating: "The council met on Monday and voted on the harbour budget after a long debate. ", count: 40)
        for index in 0..<6_000 {
            let text = "Harbour Budget Debate Number \(index)\n\nBy Anna Berglund\n\n\(paragraph)\n\nItem \(index).\n"
            try text.write(toFile: corpus + "/article-\(index).txt", atomically: false, encoding: .utf8)
        }
        let database = scratch.path("news.db")
        let run = try NewsmillBinary.start(["run", corpus, "--db", database, "--workers", "2", "--job-items", "8", "--max-in-flight", "4"])
        let runPID = run.process.processIdentifier

        // Wait until the collector has committed something, then interrupt.
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while Date() < deadline, run.process.isRunning {
            if FileManager.default.fileExists(atPath: database),
               let store = try? ArticleStore.openReadOnly(path: database),
               let count = try? TestQuery.rows(store, "select count(*) from articles").first?.first.flatMap(Int.init) {
                committed = count
                if count > 0 { break }
            }
            usleep(50_000)
        }
        XCTAssertTrue(run.process.isRunning, "the run finished before it could be interrupted; make the corpus larger")
        XCTAssertGreaterThan(committed, 0)
        run.process.interrupt()
        XCTAssertTrue(run.waitUntilExit(timeout: 60), "run did not stop after SIGINT")
        XCTAssertEqual(run.process.terminationStatus, 1, "an interrupted run exits with 1\n\(run.stderr())")
        XCTAssertTrue(run.stderr().contains("INTERRUPTED"), run.stderr())

        // No child (collector or worker) of that run is still alive.
        usleep(200_000)
        XCTAssertEqual(childrenStillRunning(parent: runPID), [], "children left behind")

        // The database is consistent and records the run as interrupted, with what was stored.
        let store = try ArticleStore.openReadOnly(path: database)
        let runs = try TestQuery.rows(store, "select status, articles_stored from runs")
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs.first?.first, "interrupted")
        let stored = try TestQuery.rows(store, "select count(*) from articles").first?.first.flatMap(Int.init) ?? -1
        XCTAssertEqual(runs.first?.last, String(stored), "the run's counter matches the rows stored")
        XCTAssertLessThan(stored, 6_000, "the run stopped early")
        XCTAssertEqual(try TestQuery.rows(store, "pragma integrity_check"), [["ok"]])

        // Running again completes the corpus: what was stored is skipped, the rest is added.
        let again = try NewsmillBinary.run(["run", corpus, "--db", database, "--workers", "2", "--quiet"], timeout: 300)
        XCTAssertEqual(again.status, 0, again.stderr)
        let total = try TestQuery.rows(try ArticleStore.openReadOnly(path: database), "select count(*) from articles")
        XCTAssertEqual(total, [["6000"]])
    }

    /// Pids of live processes started with `--parent-pid <parent>` (how `run` marks its children).
    private func childrenStillRunning(parent: Int32) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [Int32] = []
        for entry in entries {
            guard let pid = Int32(entry),
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if let flag = arguments.firstIndex(of: "--parent-pid"), flag + 1 < arguments.count,
               arguments[flag + 1] == String(parent),
               let status = try? String(contentsOfFile: "/proc/\(entry)/status", encoding: .utf8),
               !status.contains("State:\tZ") {
                found.append(pid)
            }
        }
        return found
    }
}
