import Foundation
import NewsmillCore
import XCTest

@testable import NewsmillInputs

/// Article exports cut into bounded chunks: from a file on disk, a compressed stream and an archive
/// member, with headers repeated, line numbers kept, and over-long or cut records quarantined.
final class ExportSplitterTests: XCTestCase {
    private func jsonLine(_ number: Int, textLength: Int = 40) -> String {
        let text = String(repeating: "harbour ", count: textLength / 8)
        return "{\"title\": \"Story \(number)\", \"url\": \"https://x.example/\(number)\", \"text\": \"\(text)\(number)\"}\n"
    }

    private func limits(records: Int = 200, bytes: Int = 256 << 10) -> InputLimits {
        var limits = InputLimits()
        limits.exportChunkRecords = records
        limits.exportChunkBytes = bytes
        return limits
    }

    /// The line numbers of every record in a chunk, counted from its locator's `itemIndex`.
    private func recordLines(_ document: NewsmillCore.Document, header: Bool) -> [Int] {
        var lines: [Int] = []
        var line = document.locator.itemIndex ?? 1
        // Split on line feeds as bytes: Swift reads CRLF as one Character.
        var text = document.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if header { text.removeFirst() }
        for row in text {
            if let range = row.range(of: "Story "), let number = Int(row[range.upperBound...].prefix { $0.isNumber }) {
                XCTAssertEqual(number, line, "record \(number) is on line \(line)")
                lines.append(line)
            }
            line += 1
        }
        return lines
    }

    func testAJSONLinesFileIsCutIntoChunksBoundedByRecordsAndBytes() throws {
        let scratch = try ScratchDirectory()
        let text = (1...1000).map { jsonLine($0) }.joined()
        let path = try scratch.write("export.jsonl", text: text)
        let documents = readAll(InputReader(paths: [path], limits: limits(records: 300, bytes: 16 << 10))).compactMap(\.document)
        XCTAssertGreaterThan(documents.count, 3)
        XCTAssertEqual(documents.map { $0.locator.path }, Array(repeating: path, count: documents.count))
        for document in documents {
            XCTAssertLessThanOrEqual(document.bytes.count, (16 << 10) + 200, "a chunk closes at the first boundary past the size")
            XCTAssertEqual(document.declaredContentType, "application/jsonl")
            XCTAssertEqual(document.bytes.last, 0x0A, "chunks hold whole lines")
        }
        XCTAssertEqual(documents.flatMap { recordLines($0, header: false) }, Array(1...1000))
        XCTAssertEqual(documents.flatMap(\.bytes), Array(text.utf8), "nothing lost, nothing repeated")

        let byCount = readAll(InputReader(paths: [path], limits: limits(records: 300))).compactMap(\.document)
        XCTAssertEqual(byCount.map(\.locator.itemIndex), [1, 301, 601, 901])
    }

    func testCSVChunksRepeatTheHeaderAndKeepLineNumbers() throws {
        let scratch = try ScratchDirectory()
        // Every seventh record spans two lines (a quoted line break), which shifts the line numbers.
        var expected: [Int] = []
        var line = 2
        for number in 2...501 {
            expected.append(line)
            line += number % 7 == 0 ? 2 : 1
        }
        var numbered = "\u{FEFF}title,text\r\n"
        for (index, number) in (2...501).enumerated() {
            let lineNumber = expected[index]
            numbered += number % 7 == 0 ? "\"Story \(lineNumber)\",\"two\r\nlines\"\r\n" : "Story \(lineNumber),one line\r\n"
        }
        let path = try scratch.write("wire.csv", text: numbered)
        let documents = readAll(InputReader(paths: [path], limits: limits(records: 64))).compactMap(\.document)
        XCTAssertEqual(documents.count, 8)
        for document in documents {
            XCTAssertTrue(document.bytes.starts(with: Array("\u{FEFF}title,text\r\n".utf8)), "every chunk starts with the header")
            XCTAssertEqual(document.declaredContentType, "text/csv")
        }
        XCTAssertEqual(documents.flatMap { recordLines($0, header: true) }, expected)
    }

    /// A record longer than `maxEntryBytes` is quarantined with its line; a stray quote in a CSV cannot
    /// swallow the rest of the export.
    func testOverlongRecordsAreQuarantinedOnTheirOwn() throws {
        let scratch = try ScratchDirectory()
        var limits = limits()
        limits.maxEntryBytes = 4096
        let jsonl = jsonLine(1) + jsonLine(2, textLength: 10_000) + jsonLine(3)
        let jsonPath = try scratch.write("long.jsonl", text: jsonl)
        let jsonItems = readAll(InputReader(paths: [jsonPath], limits: limits))
        XCTAssertEqual(jsonItems.compactMap(\.quarantined).map(\.locator.itemIndex), [2])
        XCTAssertTrue(jsonItems.compactMap(\.quarantined).first?.reason.hasPrefix("too-large: the record at line 2 holds") ?? false)
        XCTAssertEqual(jsonItems.compactMap(\.document).flatMap { recordLines($0, header: false) }, [1, 3])

        let csv = "title,text\nStory 2,fine\nStory 3,\"stray quote " + String(repeating: "x", count: 5000) + "\nStory 4,fine again\n"
        let csvPath = try scratch.write("stray.csv", text: csv)
        let csvItems = readAll(InputReader(paths: [csvPath], limits: limits))
        XCTAssertEqual(csvItems.compactMap(\.quarantined).map(\.locator.itemIndex), [3])
        XCTAssertEqual(csvItems.compactMap(\.document).flatMap { recordLines($0, header: true) }, [2, 4])
    }

    /// A gzip-compressed export is streamed (not read whole), so it may exceed `maxEntryBytes`.
    func testACompressedExportLargerThanTheMemberLimitStreams() throws {
        let scratch = try ScratchDirectory()
        let text = (1...3000).map { jsonLine($0, textLength: 400) }.joined()
        _ = try scratch.write("big.jsonl", text: text)
        try scratch.shell("gzip -n big.jsonl")
        var limits = limits()
        limits.maxEntryBytes = 256 << 10
        let items = readAll(InputReader(paths: [scratch.path("big.jsonl.gz")], limits: limits))
        XCTAssertEqual(items.compactMap(\.quarantined).map(\.reason), [])
        let documents = items.compactMap(\.document)
        XCTAssertGreaterThan(text.utf8.count, Int(limits.maxEntryBytes))
        XCTAssertEqual(documents.flatMap { recordLines($0, header: false) }, Array(1...3000))
        XCTAssertEqual(Set(documents.map(\.locator.path)), [scratch.path("big.jsonl.gz")])
        XCTAssertEqual(Set(documents.map(\.locator.member)), [nil])
    }

    /// An export far larger than any limit streams: the reader holds about one chunk at a time.
    func testALargeExportStreamsWithBoundedMemory() throws {
        let scratch = try ScratchDirectory()
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: try scratch.write("big.jsonl", [])))
        let lines = 48_000
        for batch in 0..<(lines / 1000) {
            handle.write(Data((1...1000).map { jsonLine(batch * 1000 + $0, textLength: 1000) }.joined().utf8))
        }
        handle.closeFile()
        var limits = limits()
        limits.maxEntryBytes = 1 << 20
        let reader = InputReader(paths: [scratch.path("big.jsonl")], limits: limits)
        let before = residentBytes()
        var records = 0
        var peak: Int64 = 0
        var chunks = 0
        while let item = reader.next() {
            let document = try XCTUnwrap(item.document, item.label)
            XCTAssertLessThanOrEqual(document.bytes.count, (256 << 10) + 2048)
            records += document.bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            chunks += 1
            if chunks % 20 == 0, let now = residentBytes() { peak = max(peak, now) }
        }
        XCTAssertEqual(records, lines)
        XCTAssertEqual(reader.bytesRead, InputReader.plannedBytes(paths: [scratch.path("big.jsonl")]))
        if let before {
            // About 50 MB of export; the reader holds one chunk and one 64 KiB read buffer.
            XCTAssertLessThan(peak - before, 24 << 20, "resident memory grew by \(peak - before) bytes")
        }
    }

    /// A cut gzip stream: every complete record before the damage is passed on, the rest quarantined
    /// from the line where it was cut.
    func testATruncatedCompressedExportKeepsItsCompleteRecords() throws {
        let scratch = try ScratchDirectory()
        let text = (1...2000).map { jsonLine($0, textLength: 200) }.joined()
        _ = try scratch.write("cut.jsonl", text: text)
        try scratch.shell("gzip -n cut.jsonl")
        let size = try scratch.read("cut.jsonl.gz").count
        try scratch.truncate("cut.jsonl.gz", to: size / 2)
        let items = readAll(InputReader(paths: [scratch.path("cut.jsonl.gz")], limits: limits()))
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.count, 1)
        let cutLine = try XCTUnwrap(quarantined.first?.locator.itemIndex)
        XCTAssertTrue(quarantined[0].reason.hasSuffix("(from line \(cutLine) on)"), quarantined[0].reason)
        let lines = items.compactMap(\.document).flatMap { recordLines($0, header: false) }
        XCTAssertEqual(lines, Array(1..<cutLine), "every record before the cut")
    }

    func testAnExportInsideAZipIsSplitAsAMember() throws {
        try requireTools("zip")
        let scratch = try ScratchDirectory()
        _ = try scratch.write("wire.tsv", text: "headline\tbody\n" + (2...11).map { "Story \($0)\tText \($0)\n" }.joined())
        try scratch.shell("zip -q exports.zip wire.tsv")
        let documents = readAll(InputReader(paths: [scratch.path("exports.zip")], limits: limits(records: 4))).compactMap(\.document)
        XCTAssertEqual(documents.map(\.locator.description), [2, 6, 10].map { scratch.path("exports.zip") + "!/wire.tsv#\($0)" })
        XCTAssertEqual(documents.map(\.declaredContentType), Array(repeating: "text/tab-separated-values", count: 3))
        XCTAssertEqual(documents.flatMap { recordLines($0, header: true) }, Array(2...11))
    }

    /// Other text files are untouched: one document each, no locator item.
    func testFilesThatAreNotExportsAreUnaffected() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("note.txt", text: "name,age\nAnna,34\n")
        let documents = readAll(InputReader(paths: [path])).compactMap(\.document)
        XCTAssertEqual(documents.map(\.locator), [SourceLocator(path: path)])
        XCTAssertNil(documents.first?.declaredContentType)
    }
}
