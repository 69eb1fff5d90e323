import XCTest
@testable import NewsmillProtocol

final class WireCodecTests: XCTestCase {
    func testVarintsRoundTripAtBoundaries() throws {
        let unsigned: [UInt64] = [0, 1, 127, 128, 255, 16_383, 16_384, UInt64(UInt32.max), UInt64.max]
        let signed: [Int64] = [0, -1, 1, -64, 64, Int64.min, Int64.max]
        var writer = WireWriter()
        for value in unsigned { writer.write(value) }
        for value in signed { writer.write(value) }
        var reader = WireReader(writer.bytes)
        for value in unsigned { XCTAssertEqual(try reader.readUInt64(), value) }
        for value in signed { XCTAssertEqual(try reader.readInt64(), value) }
        XCTAssertTrue(reader.isAtEnd)
    }

    func testSmallValuesTakeOneByte() {
        var writer = WireWriter()
        writer.write(UInt64(127))
        XCTAssertEqual(writer.bytes, [127])
        writer = WireWriter()
        writer.write(Int64(-1))
        XCTAssertEqual(writer.bytes, [1])
    }

    func testStringsOptionalsAndDoubles() throws {
        var writer = WireWriter()
        writer.write("héllo — “quoted”")
        writer.write(nil as String?)
        writer.write("x" as String?)
        writer.write(3.25)
        writer.write(["a", "", "ç"])
        var reader = WireReader(writer.bytes)
        XCTAssertEqual(try reader.readString(), "héllo — “quoted”")
        XCTAssertNil(try reader.readOptionalString())
        XCTAssertEqual(try reader.readOptionalString(), "x")
        XCTAssertEqual(try reader.readDouble(), 3.25)
        XCTAssertEqual(try reader.readStrings(), ["a", "", "ç"])
        XCTAssertNoThrow(try reader.expectEnd())
    }

    func testTruncatedInputFailsInsteadOfTrapping() {
        var writer = WireWriter()
        writer.write("a fairly long string")
        let bytes = writer.bytes
        for cut in 0..<bytes.count {
            var reader = WireReader(Array(bytes[..<cut]))
            XCTAssertThrowsError(try reader.readString(), "cut at \(cut)")
        }
    }

    func testHostileLengthIsRejectedWithoutAllocating() {
        var writer = WireWriter()
        writer.write(UInt64.max / 2)
        var reader = WireReader(writer.bytes + [1, 2, 3])
        XCTAssertThrowsError(try reader.readBytes()) { error in
            XCTAssertTrue((error as? WireError)?.description.contains("exceeds") ?? false)
        }
        var countReader = WireReader(writer.bytes)
        XCTAssertThrowsError(try countReader.readStrings())
    }

    func testOverlongVarintIsRejected() {
        var reader = WireReader([UInt8](repeating: 0xff, count: 11) + [0])
        XCTAssertThrowsError(try reader.readUInt64())
    }

    func testInvalidBooleanByteIsRejected() {
        var reader = WireReader([7])
        XCTAssertThrowsError(try reader.readBool())
    }
}
