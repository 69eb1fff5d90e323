import Foundation
import XCTest

/// Runs `newsmill extract` over the shared article-extraction benchmark (181 real pages) with the
/// benchmark's own scorer, `score.py`, and fails when main-text F1 drops below what the extractor
/// reached (0.978 on 2026-12-04) minus 0.005: a regression guard, not a goal.
final class ExtractionQualityTests: XCTestCase {
    static let reachedF1 = 0.978

    func testMainTextF1OnTheSharedBenchmarkDoesNotRegress() throws {
        let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
        let benchmark = shared + "/benchmarks/article-extraction"
        guard FileManager.default.fileExists(atPath: benchmark + "/score.py") else {
            throw XCTSkip("the shared benchmark is not at \(benchmark); set NEWSMILL_SHARED")
        }
        let scratch = try ScratchDirectory()
        let results = scratch.path("score.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", benchmark + "/score.py", "--shingles", benchmark, "--json", results,
            "cmd:\(NewsmillBinary.path) extract --format jsonl --file-list {files}",
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "score.py failed")
        let data = try Data(contentsOf: URL(fileURLWithPath: results))
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let row = try XCTUnwrap(rows.first)
        let f1 = try XCTUnwrap(row["f1"] as? Double)
        XCTAssertEqual(row["answered"] as? Int, 181, "every page answered")
        XCTAssertGreaterThanOrEqual(f1, Self.reachedF1 - 0.005, "main-text F1 regressed: \(row)")
    }
}
