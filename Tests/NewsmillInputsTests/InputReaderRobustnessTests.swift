import Foundation
import NewsmillCore
import NewsmillInputs
import NewsmillTestSupport
import XCTest

/// Damaged archives, cut and overwritten at many places: every read ends, quickly, with documents
/// and quarantined items whose reasons start with a known category word.
final class InputReaderRobustnessTests: XCTestCase {
    private static let categories: Set<String> = [
        "missing", "unreadable", "truncated", "corrupt", "too-large", "bomb", "nesting", "too-many-entries",
    ]

    func testDamagedArchivesNeverCrashOrHang() throws {
        try requireTools("tar", "gzip", "zip", "xz")
        let scratch = try ScratchDirectory()
        try scratch.write("src/a.txt", pseudoRandomText(count: 3_000, seed: 1))
        try scratch.write("src/b.html", pseudoRandomText(count: 40_000, seed: 2))
        try scratch.write("src/c.txt", text: "short")
        try scratch.shell("cd src && zip -q ../inner.zip a.txt c.txt && cp ../inner.zip . && tar -czf ../mixed.tar.gz a.txt b.html inner.zip")
        try scratch.shell("cd src && zip -q ../plain.zip a.txt b.html c.txt && tar -cJf ../b.tar.xz b.html c.txt")
        var generator = SeededGenerator(seed: 2024)
        var categoriesSeen: Set<String> = []

        for name in ["mixed.tar.gz", "plain.zip", "b.tar.xz"] {
            let original = try scratch.read(name)
            for round in 0..<40 {
                var bytes = original
                if round % 2 == 0 {
                    bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
                } else {
                    for _ in 0..<Int.random(in: 1...6, using: &generator) {
                        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                    }
                }
                let path = try scratch.write("damaged-" + name, bytes)
                let started = Date()
                let items = readAll(InputReader(paths: [path]))
                XCTAssertLessThan(Date().timeIntervalSince(started), 5, "\(name) round \(round)")
                XCTAssertLessThan(items.count, 20, "\(name) round \(round)")
                for case .quarantined(let bad) in items {
                    XCTAssertTrue(Self.categories.contains(bad.category), "\(name) round \(round): \(bad.reason)")
                    XCTAssertEqual(bad.locator.path, path)
                    categoriesSeen.insert(bad.category)
                }
            }
        }
        XCTAssertTrue(categoriesSeen.isSuperset(of: ["truncated", "corrupt"]), "\(categoriesSeen)")
    }
}
