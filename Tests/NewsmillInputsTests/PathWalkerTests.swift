import Foundation
import XCTest

@testable import NewsmillInputs

final class PathWalkerTests: XCTestCase {
    func testNamesAreSortedByBytesAndDirectoriesVisitedOnce() throws {
        let scratch = try ScratchDirectory()
        for name in ["B.txt", "a.txt", "é.txt", "z/1.txt"] { try scratch.write("root/" + name, text: name) }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("root/y"), withDestinationPath: "z")
        var walker = PathWalker(paths: [scratch.path("root"), scratch.path("root/z")])
        var events: [WalkEvent] = []
        while let event = walker.next() { events.append(event) }
        let root = scratch.path("root")
        XCTAssertEqual(events, [
            .file(FilePath(root + "/B.txt"), size: 5),
            .file(FilePath(root + "/a.txt"), size: 5),
            .file(FilePath(root + "/y/1.txt"), size: 7),
            .file(FilePath(root + "/é.txt"), size: 6),
        ], "z is the directory y already walked; é sorts after ASCII by its UTF-8 bytes")
    }

    func testNonUTF8NamesAreReadAndLabelledLossily() throws {
        let scratch = try ScratchDirectory()
        let name: [UInt8] = Array("caf".utf8) + [0xe9] + Array(".txt".utf8)
        let path = FilePath(scratch.path("")).appending(name)
        let descriptor = path.withCString { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)

        let items = readAll(InputReader(paths: [scratch.path]))
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.document?.locator.path, scratch.path("caf\u{FFFD}.txt"))
    }

    func testPathWithNulByteIsMissing() {
        var walker = PathWalker(paths: ["a\0b"])
        guard case .problem(_, let reason) = walker.next() else { return XCTFail("no problem reported") }
        XCTAssertEqual(reason, "missing: the path contains a NUL byte")
    }
}
