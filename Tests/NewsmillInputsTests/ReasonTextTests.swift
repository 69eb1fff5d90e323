import XCTest

@testable import NewsmillInputs

final class ReasonTextTests: XCTestCase {
    func testByteCounts() {
        XCTAssertEqual(ReasonText.bytes(0), "0 bytes")
        XCTAssertEqual(ReasonText.bytes(1), "1 byte")
        XCTAssertEqual(ReasonText.bytes(1023), "1023 bytes")
        XCTAssertEqual(ReasonText.bytes(1536), "1.5 KiB")
        XCTAssertEqual(ReasonText.bytes(80 << 20), "80 MiB")
        XCTAssertEqual(ReasonText.bytes(64 << 20), "64 MiB")
        XCTAssertEqual(ReasonText.bytes(16 << 30), "16 GiB")
    }

    func testRatios() {
        XCTAssertEqual(ReasonText.ratio(200), "200:1")
        XCTAssertEqual(ReasonText.ratio(1000.4), "1000:1")
        XCTAssertEqual(ReasonText.ratio(.infinity), "over 10^15:1")
    }

    func testLibarchiveFailuresAreCategorised() {
        func reason(_ message: String, fatal: Bool = true, atEnd: Bool = false) -> String {
            ReasonText.failure(ArchiveFailure(message: message, isFatal: fatal, atEndOfInput: atEnd), reading: "gzip stream")
        }
        XCTAssertEqual(reason("truncated gzip input"), "truncated: gzip stream ended early (truncated gzip input)")
        XCTAssertEqual(reason("ZIP decompression failed (-5)", atEnd: true), "truncated: gzip stream ended early (ZIP decompression failed (-5))")
        XCTAssertEqual(reason("ZIP decompression failed (-3)"), "corrupt: gzip stream is damaged (ZIP decompression failed (-3))")
        XCTAssertEqual(reason("ZIP bad CRC", fatal: false, atEnd: true), "corrupt: gzip stream is damaged (ZIP bad CRC)")
        XCTAssertEqual(reason("Unrecognized archive format", atEnd: true), "corrupt: gzip stream is not recognised (Unrecognized archive format)")
        XCTAssertEqual(reason("Encrypted file is unsupported"), "unreadable: gzip stream is encrypted (Encrypted file is unsupported)")
    }

    func testMemberNamesAreCleanLabels() {
        XCTAssertEqual(MemberName.label("./a/b.txt"), "a/b.txt")
        XCTAssertEqual(MemberName.label("/etc/passwd"), "etc/passwd")
        XCTAssertEqual(MemberName.label("../up.txt"), "../up.txt", "a label only: never used as a path")
        XCTAssertEqual(MemberName.label(""), "(unnamed)")
        XCTAssertTrue(MemberName.isHidden("a/.DS_Store"))
        XCTAssertTrue(MemberName.isHidden(".git/config"))
        XCTAssertTrue(MemberName.isHidden("__MACOSX/a/._b.txt"))
        XCTAssertFalse(MemberName.isHidden("./a/b.txt"))
        XCTAssertFalse(MemberName.isHidden("../a/b.txt"))
    }
}
