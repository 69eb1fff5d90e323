import Foundation
import NewsmillCore
import NewsmillInputs
import XCTest

/// Paths, containers, locators and errors, with real files in a temporary directory.
final class InputReaderTests: XCTestCase {
    // MARK: Paths

    func testDirectoryTreeIsWalkedSortedSkippingHiddenEntriesAndSymlinkLoops() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("root/b.txt", text: "bee")
        try scratch.write("root/a/x.txt", text: "ex")
        try scratch.write("root/a/sub/y.txt", text: "why")
        try scratch.write("root/.hidden.txt", text: "hidden")
        try scratch.write("root/.git/config", text: "hidden dir")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("root/a/sub/loop"), withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("root/self"), withDestinationPath: ".")
        let root = scratch.path("root")

        let items = readAll(InputReader(paths: [root]))

        XCTAssertEqual(items.map(\.label), [root + "/a/sub/y.txt", root + "/a/x.txt", root + "/b.txt"])
        XCTAssertEqual(items.compactMap { $0.document.map { String(decoding: $0.bytes, as: UTF8.self) } }, ["why", "ex", "bee"])
        XCTAssertEqual(items.compactMap(\.document).map(\.locator.member), [nil, nil, nil])
    }

    func testExplicitPathsAreReadInTheOrderGivenEvenWhenHidden() throws {
        let scratch = try ScratchDirectory()
        let second = try scratch.write("b.txt", text: "second")
        let first = try scratch.write(".a.txt", text: "first")
        let items = readAll(InputReader(paths: [second, first]))
        XCTAssertEqual(items.map(\.label), [second, first])
    }

    func testMissingPathsAndBrokenLinksAreQuarantinedAndReadingGoesOn() throws {
        let scratch = try ScratchDirectory()
        let good = try scratch.write("dir/good.txt", text: "good")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dir/broken.txt"), withDestinationPath: "nowhere.txt")
        let missing = scratch.path("no-such-file.txt")

        let items = readAll(InputReader(paths: [missing, scratch.path("dir")]))

        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[0].quarantined?.locator.path, missing)
        XCTAssertEqual(items[0].quarantined?.category, "missing")
        XCTAssertEqual(items[0].quarantined?.reason, "missing: No such file or directory")
        XCTAssertEqual(items[1].quarantined?.locator.path, scratch.path("dir/broken.txt"))
        XCTAssertTrue(items[1].quarantined?.reason.hasPrefix("missing: broken symbolic link") ?? false)
        XCTAssertEqual(items[2].document?.locator.path, good)
    }

    func testFifoIsQuarantinedInsteadOfBlocking() throws {
        let scratch = try ScratchDirectory()
        XCTAssertEqual(mkfifo(scratch.path("pipe"), 0o600), 0)
        let items = readAll(InputReader(paths: [scratch.path("pipe")]))
        XCTAssertEqual(items.first?.quarantined?.reason, "unreadable: not a regular file or directory (fifo)")
    }

    func testUnreadableFileIsQuarantinedWithTheSystemError() throws {
        guard geteuid() != 0 else { throw XCTSkip("root can read files without permission") }
        let scratch = try ScratchDirectory()
        let path = try scratch.write("secret.txt", text: "secret")
        chmod(path, 0)
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.first?.quarantined?.reason, "unreadable: Permission denied")
    }

    // MARK: Plain files

    func testPlainFilesAndBinaryJunkPassThroughUnchanged() throws {
        let scratch = try ScratchDirectory()
        let text = try scratch.write("article.txt", text: "Headline\n\nBody text.\n")
        var junk = [UInt8](repeating: 0, count: 4096)
        var state: UInt32 = 12345
        for index in junk.indices {
            state = state &* 1_103_515_245 &+ 12345
            junk[index] = UInt8(truncatingIfNeeded: state >> 16)
        }
        junk[0] = 0x00
        let junkPath = try scratch.write("junk.bin", junk)
        let empty = try scratch.write("empty.txt", [])

        let items = readAll(InputReader(paths: [text, junkPath, empty]))

        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[0].document?.bytes, Array("Headline\n\nBody text.\n".utf8))
        XCTAssertEqual(items[1].document?.bytes, junk, "the core judges binary data, not the reader")
        XCTAssertEqual(items[2].document?.bytes, [], "an empty file is a document with no bytes")
        XCTAssertNil(items[0].document?.locator.member)
    }

    func testContainersAreDetectedByContentNotByName() throws {
        try requireTools("gzip")
        let scratch = try ScratchDirectory()
        try scratch.write("story.txt", text: "compressed story\n")
        try scratch.shell("gzip -c story.txt > story.bin && cp story.txt looks-like.gz")
        let items = readAll(InputReader(paths: [scratch.path("story.bin"), scratch.path("looks-like.gz")]))
        XCTAssertEqual(items.compactMap(\.document).map { String(decoding: $0.bytes, as: UTF8.self) }, ["compressed story\n", "compressed story\n"])
    }

    // MARK: Compressed files and archives

    func testSingleCompressedFileIsOneDocumentWithoutMember() throws {
        try requireTools("gzip", "bzip2", "xz")
        let scratch = try ScratchDirectory()
        let text = String(repeating: "The river rose overnight. ", count: 40)
        try scratch.write("article.txt", text: text)
        try scratch.shell("gzip -c article.txt > a.txt.gz && bzip2 -c article.txt > a.txt.bz2 && xz -c article.txt > a.txt.xz && gzip -c a.txt.bz2 > a.txt.bz2.gz")
        try scratch.write("empty.txt", [])
        try scratch.shell("gzip -c empty.txt > empty.gz")
        let names = ["a.txt.gz", "a.txt.bz2", "a.txt.xz", "a.txt.bz2.gz"]

        let items = readAll(InputReader(paths: names.map(scratch.path) + [scratch.path("empty.gz")]))

        XCTAssertEqual(items.map(\.label), names.map(scratch.path) + [scratch.path("empty.gz")])
        for item in items.prefix(4) {
            XCTAssertEqual(item.document.map { String(decoding: $0.bytes, as: UTF8.self) }, text, item.label)
            XCTAssertNil(item.document?.locator.member)
        }
        XCTAssertEqual(items.last?.document?.bytes, [])
    }

    func testTarArchivesInEveryCompressionYieldRegularMembersInOrder() throws {
        try requireTools("tar", "gzip", "bzip2", "xz")
        let scratch = try ScratchDirectory()
        try scratch.write("src/bundle/one.txt", text: "first member")
        try scratch.write("src/bundle/two.html", text: "<p>second member</p>")
        try scratch.write("src/bundle/.DS_Store", text: "hidden")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("src/bundle/link.txt"), withDestinationPath: "one.txt")
        var archives = ["b.tar": "", "b.tar.gz": "z", "b.tar.bz2": "j", "b.tar.xz": "J"]
        let hasZstd = (try? requireTools("zstd")) != nil
        if hasZstd { archives["b.tar.zst"] = "--zstd " }
        for (name, flag) in archives {
            let option = flag.hasPrefix("--") ? "\(flag)-c" : "-c\(flag)"
            try scratch.shell("tar --sort=name \(option)f \(name) -C src bundle")
        }

        for name in archives.keys.sorted() {
            let items = readAll(InputReader(paths: [scratch.path(name)]))
            XCTAssertEqual(items.compactMap(\.document).map(\.locator.member), ["bundle/one.txt", "bundle/two.html"], name)
            XCTAssertEqual(items.compactMap(\.document).map { String(decoding: $0.bytes, as: UTF8.self) }, ["first member", "<p>second member</p>"], name)
            XCTAssertEqual(items.compactMap(\.document).map(\.locator.path), [scratch.path(name), scratch.path(name)])
            XCTAssertEqual(items.count, 2, "\(name): directories, symlinks and hidden members are skipped")
        }
    }

    func testZipArchiveMembersAndTarMembersWithLeadingDotSlash() throws {
        try requireTools("zip", "tar")
        let scratch = try ScratchDirectory()
        try scratch.write("src/zipped/choir.txt", text: "choir")
        try scratch.write("src/zipped/desk.rss", text: "<rss/>")
        try scratch.write("src/__MACOSX/zipped/._choir.txt", text: "resource fork")
        try scratch.shell("cd src && zip -q -r ../bundle.zip zipped __MACOSX && tar --sort=name -cf ../dot.tar .")

        let zipped = readAll(InputReader(paths: [scratch.path("bundle.zip")]))
        XCTAssertEqual(Set(zipped.compactMap(\.document).compactMap(\.locator.member)), ["zipped/choir.txt", "zipped/desk.rss"])
        XCTAssertEqual(zipped.count, 2)

        let dotted = readAll(InputReader(paths: [scratch.path("dot.tar")]))
        XCTAssertEqual(dotted.compactMap(\.document).compactMap(\.locator.member), ["zipped/choir.txt", "zipped/desk.rss"])
    }

    func testNestedContainersJoinMemberNames() throws {
        try requireTools("zip", "tar", "gzip")
        let scratch = try ScratchDirectory()
        try scratch.write("inner/a.txt", text: "inside the zip")
        try scratch.write("note.txt", text: "gzipped inside a zip")
        try scratch.write("outer/readme.txt", text: "next to the zip")
        try scratch.shell("cd inner && zip -q ../outer/inner.zip a.txt")
        try scratch.shell("tar --sort=name -czf outer.tar.gz -C outer inner.zip readme.txt")
        try scratch.shell("gzip -c note.txt > note.txt.gz && zip -q gz-in.zip note.txt.gz")

        let items = readAll(InputReader(paths: [scratch.path("outer.tar.gz"), scratch.path("gz-in.zip")]))

        XCTAssertEqual(items.map { $0.document?.locator.member }, ["inner.zip!/a.txt", "readme.txt", "note.txt.gz"])
        XCTAssertEqual(items.compactMap(\.document).map { String(decoding: $0.bytes, as: UTF8.self) }, ["inside the zip", "next to the zip", "gzipped inside a zip"])
        XCTAssertEqual(items.first?.document?.locator.path, scratch.path("outer.tar.gz"))
        XCTAssertEqual(items.first?.label, scratch.path("outer.tar.gz") + "!/inner.zip!/a.txt")
    }

    // MARK: Damaged input

    func testTruncatedGzipIsQuarantinedWholeWithTheFilesIdentity() throws {
        try requireTools("gzip")
        let scratch = try ScratchDirectory()
        try scratch.write("story.txt", pseudoRandomText(count: 20_000, seed: 7))
        try scratch.shell("gzip -c story.txt > story.txt.gz")
        let full = try scratch.read("story.txt.gz")
        try scratch.truncate("story.txt.gz", to: full.count / 2)
        let truncated = try scratch.read("story.txt.gz")

        let items = readAll(InputReader(paths: [scratch.path("story.txt.gz"), scratch.path("story.txt")]))

        XCTAssertEqual(items.count, 2)
        let bad = try XCTUnwrap(items[0].quarantined, "no partial document")
        XCTAssertTrue(bad.reason.hasPrefix("truncated: gzip stream ended early ("), bad.reason)
        XCTAssertEqual(bad.locator, SourceLocator(path: scratch.path("story.txt.gz")))
        XCTAssertEqual(bad.size, Int64(truncated.count))
        XCTAssertEqual(bad.sha256, ArticleIdentity.sha256Hex(truncated))
        XCTAssertNotNil(items[1].document, "the stream goes on")
    }

    func testTruncatedTarGzYieldsTheCompleteFirstMemberThenQuarantines() throws {
        try requireTools("tar", "gzip")
        let scratch = try ScratchDirectory()
        try scratch.write("src/1-first.txt", text: "complete first member")
        try scratch.write("src/2-second.txt", pseudoRandomText(count: 300_000, seed: 3))
        try scratch.shell("tar --sort=name -czf b.tar.gz -C src 1-first.txt 2-second.txt")
        try scratch.truncate("b.tar.gz", to: try scratch.read("b.tar.gz").count * 2 / 3)

        let items = readAll(InputReader(paths: [scratch.path("b.tar.gz")]))

        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].document?.locator.member, "1-first.txt")
        XCTAssertEqual(items[0].document?.bytes, Array("complete first member".utf8))
        let bad = try XCTUnwrap(items[1].quarantined)
        XCTAssertEqual(bad.locator.member, "2-second.txt")
        XCTAssertEqual(bad.category, "truncated", bad.reason)
        XCTAssertGreaterThan(bad.size, 0, "the bytes read so far")
        XCTAssertEqual(bad.sha256.count, 64)
    }

    func testTruncatedZipKeepsTheMembersBeforeTheBreak() throws {
        try requireTools("zip")
        let scratch = try ScratchDirectory()
        try scratch.write("src/1.txt", text: "one")
        try scratch.write("src/2.txt", pseudoRandomText(count: 200_000, seed: 11))
        try scratch.shell("cd src && zip -q ../t.zip 1.txt 2.txt")
        try scratch.truncate("t.zip", to: 100_000)

        let items = readAll(InputReader(paths: [scratch.path("t.zip")]))

        XCTAssertEqual(items.first?.document?.locator.member, "1.txt")
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.last?.quarantined?.locator.member, "2.txt")
        XCTAssertEqual(items.last?.quarantined?.category, "truncated", items.last?.quarantined?.reason ?? "")
    }

    func testCorruptMemberIsQuarantinedAndLaterMembersAreStillRead() throws {
        try requireTools("zip")
        let scratch = try ScratchDirectory()
        try scratch.write("src/a.txt", text: "alpha alpha alpha")
        try scratch.write("src/b.txt", text: "bravo bravo bravo")
        try scratch.write("src/c.txt", text: "charlie charlie charlie")
        try scratch.shell("cd src && zip -q -0 ../stored.zip a.txt b.txt c.txt")
        var bytes = try scratch.read("stored.zip")
        let needle = Array("bravo bravo".utf8)
        let start = try XCTUnwrap((0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle })
        bytes[start] = UInt8(ascii: "B")
        try scratch.write("stored.zip", bytes)

        let items = readAll(InputReader(paths: [scratch.path("stored.zip")]))

        XCTAssertEqual(items.map { $0.document?.locator.member ?? "quarantined " + ($0.quarantined?.locator.member ?? "") }, ["a.txt", "quarantined b.txt", "c.txt"])
        XCTAssertEqual(items[1].quarantined?.category, "corrupt", items[1].quarantined?.reason ?? "")
        XCTAssertTrue(items[1].quarantined?.reason.contains("CRC") ?? false)
    }

    func testEncryptedZipMembersAreQuarantinedAsUnreadable() throws {
        try requireTools("zip")
        let scratch = try ScratchDirectory()
        try scratch.write("secret.txt", text: "classified")
        try scratch.write("open.txt", text: "public")
        try scratch.shell("zip -q -P password mixed.zip secret.txt && zip -q mixed.zip open.txt")

        let items = readAll(InputReader(paths: [scratch.path("mixed.zip")]))

        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].quarantined?.locator.member, "secret.txt")
        XCTAssertEqual(items[0].quarantined?.reason, "unreadable: encrypted member of zip archive")
        XCTAssertEqual(items[1].document?.bytes, Array("public".utf8))
    }

    func testGarbageAfterContainerMagicIsQuarantinedAsCorrupt() throws {
        let scratch = try ScratchDirectory()
        let fake = try scratch.write("fake.gz", [0x1f, 0x8b, 0x08] + Array(repeating: 0xff, count: 4000))
        let items = readAll(InputReader(paths: [fake]))
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.quarantined?.category, "corrupt", items.first?.quarantined?.reason ?? "")
    }

    // MARK: Progress

    func testPlannedBytesAndBytesReadCoverTheFilesOnDisk() throws {
        try requireTools("tar", "gzip")
        let scratch = try ScratchDirectory()
        try scratch.write("in/a.txt", pseudoRandomText(count: 10_000, seed: 1))
        try scratch.write("in/src/b.txt", pseudoRandomText(count: 400_000, seed: 2))
        try scratch.write("in/.hidden", pseudoRandomText(count: 5_000, seed: 3))
        try scratch.shell("tar -czf in/b.tar.gz -C in/src b.txt && rm -r in/src")
        let tarSize = Int64(try scratch.read("in/b.tar.gz").count)

        XCTAssertEqual(InputReader.plannedBytes(paths: [scratch.path("in")]), 10_000 + tarSize)
        XCTAssertEqual(InputReader.plannedBytes(paths: [scratch.path("in/a.txt"), scratch.path("missing")]), 10_000)

        let reader = InputReader(paths: [scratch.path("in")])
        XCTAssertEqual(reader.bytesRead, 0)
        XCTAssertNotNil(reader.next())
        XCTAssertEqual(reader.bytesRead, 10_000)
        XCTAssertEqual(reader.next()?.document?.locator.member, "b.txt")
        XCTAssertGreaterThan(reader.bytesRead, 10_000)
        XCTAssertNil(reader.next())
        XCTAssertEqual(reader.bytesRead, 10_000 + tarSize)
    }
}
