import XCTest
@testable import NewsmillCore

/// RFC 4180 records and fields, and the record boundaries the chunker relies on.
final class CSVParserTests: XCTestCase {
    private func records(_ text: String, delimiter: UInt8 = 0x2C) -> [CSVParser.Record] {
        var found: [CSVParser.Record] = []
        CSVParser.forEachRecord(in: Array(text.utf8), delimiter: delimiter) { found.append($0); return true }
        return found
    }

    func testQuotedFieldsEscapedQuotesAndEmbeddedLineBreaks() {
        let found = records("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\nlast,row,no-newline")
        XCTAssertEqual(found.map(\.fields), [["a", "b, with comma", "say \"hi\""], ["multi\nline", "", "x"], ["last", "row", "no-newline"]])
        XCTAssertEqual(found.map(\.lineOffset), [0, 1, 3])
        XCTAssertEqual(found.map(\.problem), [nil, nil, nil])
    }

    func testAQuoteInsideAnUnquotedFieldIsLiteral() {
        XCTAssertEqual(records("5\" screen,ok\n").map(\.fields), [["5\" screen", "ok"]])
    }

    func testAnUnclosedQuoteIsReportedAtTheEnd() {
        let found = records("a,b\n\"never closed,c\nd,e\n")
        XCTAssertEqual(found.count, 2)
        XCTAssertNotNil(found[1].problem)
    }

    func testTheScannerAgreesWithTheParserOnBoundaries() {
        let text = Array("h1;h2\n\"x;\ny\";z\n;\n\"\"\"\";q\n".utf8)
        var scanner = CSVRecordScanner(delimiter: 0x3B)
        let ends = text.indices.filter { scanner.consume(text[$0]) }
        var parsed: [Int] = []
        CSVParser.forEachRecord(in: text, delimiter: 0x3B) { parsed.append($0.range.upperBound); return true }
        XCTAssertEqual(ends, parsed)
    }
}
