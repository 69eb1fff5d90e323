import Foundation
import XCTest

@testable import NewsmillInputs

final class ArchiveReaderTests: XCTestCase {
    private func tarBytes(_ build: (TarWriter) -> Void) throws -> [UInt8] {
        let scratch = try ScratchDirectory()
        let writer = try TarWriter(path: scratch.path("t.tar"))
        build(writer)
        writer.finish()
        return try scratch.read("t.tar")
    }

    func testReadsMembersFromMemory() throws {
        let bytes = try tarBytes { tar in
            tar.addDirectory("dir/")
            tar.addFile("dir/a.txt", Array("alpha".utf8))
            tar.addSymlink("dir/link", target: "a.txt")
        }
        let reader = try ArchiveReader(source: .memory(MemoryBuffer(copying: bytes)), mode: .archive)
        XCTAssertEqual(reader.filterNames, [])

        guard case .entry(let directory) = reader.nextHeader() else { return XCTFail("no directory entry") }
        XCTAssertEqual(directory.pathname, "dir/")
        XCTAssertFalse(directory.isRegularFile)
        guard case .entry(let file) = reader.nextHeader() else { return XCTFail("no file entry") }
        XCTAssertEqual(file.pathname, "dir/a.txt")
        XCTAssertTrue(file.isRegularFile)
        XCTAssertEqual(file.declaredSize, 5)
        XCTAssertTrue(reader.isTar)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
        defer { buffer.deallocate() }
        guard case .success(5) = reader.readData(into: buffer) else { return XCTFail("no data") }
        XCTAssertEqual(Array(buffer.prefix(5)), Array("alpha".utf8))
        guard case .success(0) = reader.readData(into: buffer) else { return XCTFail("data did not end") }
        guard case .entry(let link) = reader.nextHeader() else { return XCTFail("no link entry") }
        XCTAssertFalse(link.isRegularFile)
        guard case .end = reader.nextHeader() else { return XCTFail("archive did not end") }
        XCTAssertEqual(reader.compressedBytesConsumed, Int64(bytes.count))
    }

    func testUnrecognisedDataFailsWithLibarchivesMessage() {
        let junk = MemoryBuffer(copying: Array("just some text, not an archive".utf8))
        XCTAssertThrowsError(try ArchiveReader(source: .memory(junk), mode: .archive)) { error in
            let failure = error as? ArchiveFailure
            XCTAssertEqual(failure?.message, "Unrecognized archive format")
            XCTAssertEqual(failure?.isFatal, true)
        }
    }

    func testSingleStreamModeReadsAnyDataAsOneEntry() throws {
        let reader = try ArchiveReader(source: .memory(MemoryBuffer(copying: Array("plain".utf8))), mode: .singleStream)
        guard case .entry(let entry) = reader.nextHeader() else { return XCTFail("no entry") }
        XCTAssertTrue(entry.isRegularFile)
        guard case .end = reader.nextHeader() else { return XCTFail("more than one entry") }
    }

    func testReadsFromAFileDescriptor() throws {
        let bytes = try tarBytes { $0.addFile("x.txt", Array("ex".utf8)) }
        let scratch = try ScratchDirectory()
        let path = try scratch.write("x.tar", bytes)
        let descriptor = open(path, O_RDONLY)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        let reader = try ArchiveReader(source: .file(OpenFile(descriptor: descriptor, size: Int64(bytes.count))), mode: .archive)
        guard case .entry(let entry) = reader.nextHeader() else { return XCTFail("no entry") }
        XCTAssertEqual(entry.pathname, "x.txt")
    }
}
