import CArchive
import Foundation
import NewsmillInputs
import XCTest

/// 7-Zip archives, written with libarchive's own writer (no 7z tool is needed).
final class SevenZipTests: XCTestCase {
    /// Writes a 7z archive of `members` (compressed with LZMA2 by default) to `path`.
    private func write7z(_ path: String, _ members: [(String, [UInt8])]) throws {
        let archive = try XCTUnwrap(archive_write_new())
        defer { archive_write_free(archive) }
        XCTAssertEqual(archive_write_set_format_7zip(archive), ARCHIVE_OK)
        XCTAssertEqual(archive_write_open_filename(archive, path), ARCHIVE_OK)
        for (name, bytes) in members {
            let entry = try XCTUnwrap(archive_entry_new())
            defer { archive_entry_free(entry) }
            archive_entry_set_pathname(entry, name)
            archive_entry_set_filetype(entry, 0o100000)
            archive_entry_set_perm(entry, 0o644)
            archive_entry_set_size(entry, la_int64_t(bytes.count))
            XCTAssertEqual(archive_write_header(archive, entry), ARCHIVE_OK)
            let written = bytes.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            XCTAssertEqual(written, bytes.count)
        }
        XCTAssertEqual(archive_write_close(archive), ARCHIVE_OK)
    }

    func testSevenZipArchiveOnDiskAndNestedInATar() throws {
        let scratch = try ScratchDirectory()
        let second = pseudoRandomText(count: 50_000, seed: 8)
        try write7z(scratch.path("news.7z"), [("a.txt", Array("seven".utf8)), ("dir/b.txt", second)])
        let tar = try TarWriter(path: scratch.path("outer.tar"))
        tar.addFile("inner.7z", try scratch.read("news.7z"))
        tar.finish()

        let items = readAll(InputReader(paths: [scratch.path("news.7z"), scratch.path("outer.tar")]))

        XCTAssertEqual(items.map(\.label), [
            scratch.path("news.7z") + "!/a.txt", scratch.path("news.7z") + "!/dir/b.txt",
            scratch.path("outer.tar") + "!/inner.7z!/a.txt", scratch.path("outer.tar") + "!/inner.7z!/dir/b.txt",
        ])
        XCTAssertEqual(items[1].document?.bytes, second)
        XCTAssertEqual(items[3].document?.bytes, second)
    }
}
