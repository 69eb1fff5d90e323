import XCTest

@testable import NewsmillInputs

/// The decompressed window over plain and gzip-per-record sources: member offsets, restarts, damage.
final class RecordByteStreamTests: XCTestCase {
    private func drain(_ stream: RecordByteStream) -> (bytes: [UInt8], damage: [StreamDamage]) {
        var bytes: [UInt8] = []
        var damage: [StreamDamage] = []
        while true {
            switch stream.fill() {
            case .more:
                bytes += stream.bytes(0, stream.available)
                stream.consume(stream.available)
            case .end:
                return (bytes, damage)
            case .damaged(let found):
                damage.append(found)
            }
        }
    }

    /// Both decoders: libdeflate for whole members when installed, zlib streaming always.
    private let decoders = [true, false]

    func testLibdeflateIsFoundOnThisSystem() throws {
        // Not required (zlib alone works), but the speed figures assume it; say so when it is missing.
        if WholeMemberInflater() == nil { throw XCTSkip("libdeflate is not installed: gzip WARCs decode with zlib only") }
    }

    func testGzipMembersDecodeInOrderWithTheirOffsets() throws {
        for wholeMembers in decoders { try assertMembersDecode(wholeMembers: wholeMembers) }
    }

    private func assertMembersDecode(wholeMembers: Bool) throws {
        let scratch = try ScratchDirectory()
        let parts = [Array("first member\n".utf8), Array("second member\n".utf8), Array("third\n".utf8)]
        let gzip = try WebArchiveFixtures.gzipMembers(parts, in: scratch)
        let stream = try XCTUnwrap(RecordByteStream(
            source: .memory(MemoryBuffer(copying: gzip.bytes)), isGzip: true, maxCompressionRatio: 200, wholeMembers: wholeMembers))
        var damage: StreamDamage?
        XCTAssertTrue(stream.ensure(parts[0].count + parts[1].count + 3, damage: &damage))
        XCTAssertEqual(stream.locatorOffset(at: 0), 0)
        XCTAssertEqual(stream.locatorOffset(at: parts[0].count), Int64(gzip.offsets[1]))
        XCTAssertEqual(stream.restartPoint(at: parts[0].count + 7), RestartPoint(unitStart: Int64(gzip.offsets[1]), skip: 7))
        // Decoding again from the second member, skipping 7 bytes, gives "member\n" then the third part.
        stream.restart(at: RestartPoint(unitStart: Int64(gzip.offsets[1]), skip: 7), position: 100)
        let rest = drain(stream)
        XCTAssertEqual(rest.bytes, Array("member\nthird\n".utf8))
        XCTAssertTrue(rest.damage.isEmpty)
        XCTAssertEqual(stream.sourceBytesConsumed, Int64(gzip.bytes.count))
    }

    /// A member whose data is damaged (its CRC then fails) is reported from its start, and decoding
    /// resumes at the next member, with either decoder.
    func testDamagedMemberIsReportedAndSkipped() throws {
        let scratch = try ScratchDirectory()
        let gzip = try WebArchiveFixtures.gzipMembers([Array(String(repeating: "first part ", count: 40).utf8), Array("second\n".utf8)], in: scratch)
        var bytes = gzip.bytes
        bytes[gzip.offsets[1] - 12] ^= 0x55
        for wholeMembers in decoders {
            let stream = try XCTUnwrap(RecordByteStream(
                source: .memory(MemoryBuffer(copying: bytes)), isGzip: true, maxCompressionRatio: 200, wholeMembers: wholeMembers))
            let result = drain(stream)
            XCTAssertEqual(result.damage.map(\.start), [0], "wholeMembers \(wholeMembers)")
            XCTAssertEqual(result.damage.map(\.resumedAt), [Int64(gzip.offsets[1])])
            XCTAssertTrue(result.damage.first?.reason.hasPrefix("corrupt: gzip member at offset 0 is damaged") ?? false, "\(result.damage)")
            XCTAssertTrue(result.bytes.suffix(7).elementsEqual(Array("second\n".utf8)))
        }
    }

    func testTrailingZeroPaddingIsIgnoredAndTrailingGarbageReported() throws {
        let scratch = try ScratchDirectory()
        let gzip = try WebArchiveFixtures.gzipMembers([Array("data\n".utf8)], in: scratch)
        let padded = try XCTUnwrap(RecordByteStream(source: .memory(MemoryBuffer(copying: gzip.bytes + [UInt8](repeating: 0, count: 512))), isGzip: true, maxCompressionRatio: 200))
        let clean = drain(padded)
        XCTAssertEqual(clean.bytes, Array("data\n".utf8))
        XCTAssertTrue(clean.damage.isEmpty)
        let junk = try XCTUnwrap(RecordByteStream(source: .memory(MemoryBuffer(copying: gzip.bytes + Array("junk!".utf8))), isGzip: true, maxCompressionRatio: 200))
        let dirty = drain(junk)
        XCTAssertEqual(dirty.bytes, Array("data\n".utf8))
        XCTAssertEqual(dirty.damage.map(\.reason), ["corrupt: 5 bytes of garbage between gzip members"])
        XCTAssertEqual(dirty.damage.map(\.start), [Int64(gzip.bytes.count)])
    }

    func testAMemberOverTheCompressionRatioIsReportedAsABomb() throws {
        let scratch = try ScratchDirectory()
        let gzip = try WebArchiveFixtures.gzipMembers([[UInt8](repeating: 0x61, count: 8 << 20), Array("after\n".utf8)], in: scratch)
        let stream = try XCTUnwrap(RecordByteStream(source: .memory(MemoryBuffer(copying: gzip.bytes)), isGzip: true, maxCompressionRatio: 200))
        let result = drain(stream)
        XCTAssertEqual(result.damage.count, 1)
        XCTAssertTrue(result.damage.first?.reason.hasPrefix("bomb: gzip member at offset 0 has compression ratio") ?? false, "\(result.damage)")
        XCTAssertEqual(result.damage.first?.resumedAt, Int64(gzip.offsets[1]))
        XCTAssertTrue(result.bytes.suffix(6).elementsEqual(Array("after\n".utf8)))
    }

    func testPlainSourcesLocateEveryByteByItsOffset() throws {
        let text = Array("WARC/1.1\r\nplain bytes".utf8)
        let stream = try XCTUnwrap(RecordByteStream(source: .memory(MemoryBuffer(copying: text)), isGzip: false, maxCompressionRatio: 200))
        var damage: StreamDamage?
        XCTAssertTrue(stream.ensure(text.count, damage: &damage))
        stream.consume(10)
        XCTAssertEqual(stream.locatorOffset(at: 2), 12)
        XCTAssertEqual(stream.bytes(0, 5), Array("plain".utf8))
    }
}
