import Foundation
import NewsmillCore
import NewsmillInputs
import XCTest

/// The limits against hostile input: bombs, huge members, deep nesting, many members, and memory.
final class InputReaderLimitsTests: XCTestCase {
    func testGzipBombIsQuarantinedQuicklyWithBoundedMemory() throws {
        try requireTools("gzip", "head")
        let scratch = try ScratchDirectory()
        // 300 MB of zeros compressed to about 300 KB, streamed: the 300 MB never touch the disk.
        try scratch.shell("head -c 300000000 /dev/zero | gzip -c > zeros.txt.gz")
        let before = residentBytes()
        let started = Date()

        let items = readAll(InputReader(paths: [scratch.path("zeros.txt.gz")]))

        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(items.count, 1)
        let bad = try XCTUnwrap(items.first?.quarantined)
        XCTAssertTrue(bad.reason.hasPrefix("bomb: compression ratio "), bad.reason)
        XCTAssertTrue(bad.reason.hasSuffix(" exceeds 200:1"), bad.reason)
        XCTAssertNil(bad.locator.member)
        if let before, let after = residentBytes() {
            XCTAssertLessThan(after - before, 32 << 20, "memory grew by \(after - before) bytes")
        }
    }

    func testZipBombMemberIsQuarantinedAndStopsTheArchive() throws {
        try requireTools("zip", "head")
        let scratch = try ScratchDirectory()
        try scratch.write("a.txt", text: "harmless first member")
        try scratch.shell("zip -q bomb.zip a.txt && head -c 300000000 /dev/zero | zip -q bomb.zip -")
        let started = Date()

        let items = readAll(InputReader(paths: [scratch.path("bomb.zip")]))

        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.first?.document?.locator.member, "a.txt")
        XCTAssertEqual(items.last?.quarantined?.locator.member, "-")
        XCTAssertEqual(items.last?.quarantined?.category, "bomb", items.last?.quarantined?.reason ?? "")
    }

    func testMembersAndFilesOverTheEntryLimitAreQuarantinedTooLarge() throws {
        try requireTools("gzip", "zip")
        let scratch = try ScratchDirectory()
        var limits = InputLimits()
        limits.maxEntryBytes = 100_000
        let big = pseudoRandomText(count: 150_000, seed: 5)
        try scratch.write("big.txt", big)
        try scratch.write("small.txt", text: "small")
        let tar = try TarWriter(path: scratch.path("mixed.tar"))
        tar.addFile("big.txt", big)
        tar.addFile("small.txt", Array("small".utf8))
        tar.finish()
        try scratch.shell("gzip -c mixed.tar > mixed.tar.gz && gzip -c big.txt > big.txt.gz && zip -q mixed.zip big.txt small.txt")
        let paths = ["big.txt", "mixed.tar", "mixed.tar.gz", "big.txt.gz", "mixed.zip"].map(scratch.path)

        let items = readAll(InputReader(paths: paths, limits: limits))

        XCTAssertEqual(items.map(\.label), [
            paths[0], paths[1] + "!/big.txt", paths[1] + "!/small.txt", paths[2] + "!/big.txt", paths[2] + "!/small.txt",
            paths[3], paths[4] + "!/big.txt", paths[4] + "!/small.txt",
        ])
        XCTAssertEqual(items[0].quarantined?.reason, "too-large: 146.4 KiB file exceeds the 97.6 KiB limit")
        XCTAssertEqual(items[0].quarantined?.size, 150_000, "size from stat, without reading")
        XCTAssertEqual(items[1].quarantined?.reason, "too-large: 146.4 KiB member exceeds the 97.6 KiB limit")
        XCTAssertEqual(items[3].quarantined?.category, "too-large")
        XCTAssertEqual(items[5].quarantined?.reason, "too-large: gzip stream decompresses to more than the 97.6 KiB limit")
        XCTAssertEqual(items[6].quarantined?.category, "too-large")
        for index in [2, 4, 7] {
            XCTAssertEqual(items[index].document?.bytes, Array("small".utf8), "members after a too-large one are read")
        }
    }

    func testContainersNestedBeyondTheLimitAreQuarantined() throws {
        try requireTools("zip", "tar", "gzip")
        let scratch = try ScratchDirectory()
        try scratch.write("a.txt", text: "deepest")
        try scratch.shell("zip -q level2.zip a.txt && zip -q level1.zip level2.zip a.txt && tar -czf outer.tar.gz level1.zip")
        var limits = InputLimits()
        limits.maxNestingDepth = 1

        let items = readAll(InputReader(paths: [scratch.path("outer.tar.gz")], limits: limits))

        XCTAssertEqual(items.map(\.label), [scratch.path("outer.tar.gz") + "!/level1.zip!/level2.zip", scratch.path("outer.tar.gz") + "!/level1.zip!/a.txt"])
        XCTAssertEqual(items[0].quarantined?.reason, "nesting: zip container nested 2 deep exceeds the limit of 1")
        XCTAssertEqual(items[0].quarantined?.size, Int64(try scratch.read("level2.zip").count))
        XCTAssertEqual(items[1].document?.bytes, Array("deepest".utf8))

        let allowed = readAll(InputReader(paths: [scratch.path("outer.tar.gz")]))
        XCTAssertEqual(allowed.compactMap(\.document?.locator.member), ["level1.zip!/level2.zip!/a.txt", "level1.zip!/a.txt"])
    }

    func testTooManyEntriesStopsTheArchive() throws {
        let scratch = try ScratchDirectory()
        let tar = try TarWriter(path: scratch.path("many.tar"))
        for index in 1...5 { tar.addFile("\(index).txt", Array("member \(index)".utf8)) }
        tar.finish()
        var limits = InputLimits()
        limits.maxEntries = 3

        let items = readAll(InputReader(paths: [scratch.path("many.tar")], limits: limits))

        XCTAssertEqual(items.compactMap(\.document?.locator.member), ["1.txt", "2.txt", "3.txt"])
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(items.last?.quarantined?.reason, "too-many-entries: tar archive has more than 3 members")
        XCTAssertNil(items.last?.quarantined?.locator.member)
    }

    func testArchiveDecompressedBytesLimitStopsTheWholeFile() throws {
        let scratch = try ScratchDirectory()
        let tar = try TarWriter(path: scratch.path("big.tar"))
        for index in 1...4 { tar.addFile("\(index).txt", pseudoRandomText(count: 40_000, seed: UInt64(index))) }
        tar.finish()
        var limits = InputLimits()
        limits.maxArchiveBytes = 100_000

        let items = readAll(InputReader(paths: [scratch.path("big.tar")], limits: limits))

        XCTAssertEqual(items.compactMap(\.document?.locator.member), ["1.txt", "2.txt"])
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items.last?.quarantined?.locator.member, "3.txt")
        XCTAssertEqual(items.last?.quarantined?.category, "too-large")
    }

    /// A 200 MB tar of 1 MiB members: the reader holds one member at a time, so memory stays flat.
    func testMemoryStaysFlatReadingALargeArchive() throws {
        guard residentBytes() != nil else { throw XCTSkip("no /proc/self/statm") }
        let scratch = try ScratchDirectory()
        let memberSize = 1 << 20
        let tar = try TarWriter(path: scratch.path("large.tar"))
        var member = pseudoRandomText(count: memberSize, seed: 99)
        for index in 0..<200 {
            member.replaceSubrange(0..<8, with: Array(String(format: "%08d", index).utf8))
            tar.addFile(String(format: "part-%03d.txt", index), member)
        }
        tar.finish()
        let fileSize = Int64(try scratch.read("large.tar").count)

        let reader = InputReader(paths: [scratch.path("large.tar")])
        var count = 0
        var baseline: Int64?
        var peak: Int64 = 0
        while let item = reader.next() {
            let document = try XCTUnwrap(item.document)
            XCTAssertEqual(document.bytes.count, memberSize)
            XCTAssertEqual(Array(document.bytes.prefix(8)), Array(String(format: "%08d", count).utf8))
            count += 1
            let resident = residentBytes() ?? 0
            if count == 5 { baseline = resident }
            peak = max(peak, resident)
        }
        XCTAssertEqual(count, 200)
        let growth = peak - (baseline ?? peak)
        XCTAssertLessThan(growth, 24 << 20, "resident memory grew by \(growth) bytes over 200 MiB of members")
        XCTAssertEqual(reader.bytesRead, fileSize)
    }
}
