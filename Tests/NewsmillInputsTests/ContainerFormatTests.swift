import XCTest

@testable import NewsmillInputs

final class ContainerFormatTests: XCTestCase {
    func testMagicBytesAreRecognised() {
        XCTAssertEqual(ContainerFormat.detect([0x1f, 0x8b, 0x08, 0x00]), .gzip)
        XCTAssertEqual(ContainerFormat.detect([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]), .xz)
        XCTAssertEqual(ContainerFormat.detect([0x28, 0xb5, 0x2f, 0xfd, 0x24]), .zstd)
        XCTAssertEqual(ContainerFormat.detect([0x04, 0x22, 0x4d, 0x18, 0x64]), .lz4)
        XCTAssertEqual(ContainerFormat.detect(Array("BZh9".utf8) + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]), .bzip2)
        XCTAssertEqual(ContainerFormat.detect(Array("PK".utf8) + [3, 4, 20, 0]), .zip)
        XCTAssertEqual(ContainerFormat.detect(Array("PK".utf8) + [5, 6] + [UInt8](repeating: 0, count: 18)), .zip)
        XCTAssertEqual(ContainerFormat.detect([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), .sevenZip)
        XCTAssertEqual(ContainerFormat.detect(Array("Rar!".utf8) + [0x1a, 0x07, 0x01, 0x00]), .rar)
        var tar = [UInt8](repeating: 0, count: 512)
        tar.replaceSubrange(257..<263, with: Array("ustar\0".utf8))
        XCTAssertEqual(ContainerFormat.detect(tar), .tar)
    }

    func testTextAndLookalikesArePlain() {
        XCTAssertNil(ContainerFormat.detect([]))
        XCTAssertNil(ContainerFormat.detect(Array("Headline\n\nBody".utf8)))
        XCTAssertNil(ContainerFormat.detect(Array("BZh9 is not a bzip2 stream".utf8)))
        XCTAssertNil(ContainerFormat.detect([0x1f, 0x8b]), "too short to be gzip")
        XCTAssertNil(ContainerFormat.detect(Array(String(repeating: "x", count: 300).utf8)))
    }

    func testCompressionFormatsAreDistinguishedFromArchives() {
        XCTAssertTrue(ContainerFormat.gzip.isCompression)
        XCTAssertTrue(ContainerFormat.zstd.isCompression)
        XCTAssertFalse(ContainerFormat.tar.isCompression)
        XCTAssertFalse(ContainerFormat.zip.isCompression)
    }
}
