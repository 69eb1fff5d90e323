import Foundation
import XCTest

/// feedparser's own test feeds, scored by `conformance.py` against the real `newsmill parse-feed`.
final class FeedConformanceTests: XCTestCase {
    /// The pass count reached when this test was written (of 710); a drop below it fails the test.
    static let minimumPassed = 709

    /// `$NEWSMILL_SHARED`, else `<repo>/../shared`, when it holds the feed conformance suite.
    static func sharedDirectory() -> String? {
        var candidates: [String] = []
        if let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"] { candidates.append(shared) }
        let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repo.deletingLastPathComponent().appendingPathComponent("shared").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/conformance/feeds/conformance.py") }
    }

    func testPassCountDoesNotDrop() throws {
        guard let shared = Self.sharedDirectory() else {
            throw XCTSkip("the feed conformance suite is absent: set NEWSMILL_SHARED to the folder holding conformance/feeds")
        }
        let suite = shared + "/conformance/feeds"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", suite + "/conformance.py", "run", suite + "/cases",
            "cmd:'\(NewsmillBinary.path)' parse-feed --file-list {files}",
        ]
        let scratch = try ScratchDirectory()
        let outputPath = scratch.path("score.txt")
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let report = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0, report)
        // The last line reads "N passed, M failed".
        let summary = report.split(separator: "\n").last { $0.contains(" passed, ") }
        let passed = summary.flatMap { Int($0.split(separator: " ").first ?? "") }
        let failed = summary.flatMap { line in Int(line.split(separator: ",").last?.split(separator: " ").first ?? "") }
        guard let passed, let failed else {
            return XCTFail("no score in the conformance output:\n\(report)")
        }
        XCTAssertEqual(passed + failed, 710, "the suite should hold 710 cases:\n\(report)")
        XCTAssertGreaterThanOrEqual(passed, Self.minimumPassed, "feed conformance dropped:\n\(report)")
    }
}
