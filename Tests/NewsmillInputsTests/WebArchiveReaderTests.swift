import Foundation
import NewsmillCore
import XCTest

@testable import NewsmillInputs

/// WARC and ARC files through `InputReader`: which records become documents, what is skipped and
/// counted, offsets, and recovery from damage.
final class WebArchiveReaderTests: XCTestCase {
    private typealias Fixtures = WebArchiveFixtures

    // MARK: warcio-written files (independent writer)

    /// A warcio `.warc.gz`: the two HTML responses and the text resource become documents with their
    /// target URI, HTTP Content-Type and member offset; everything else is counted as skipped.
    func testWarcioGzipWARCYieldsTheTextRecordsAndCountsTheRest() throws {
        let python = try Fixtures.pythonWithWarcio()
        let scratch = try ScratchDirectory()
        let path = scratch.path("crawl.warc.gz")
        Fixtures.runPython(python, script: Fixtures.warcioScript, arguments: [path, "gz"])
        try assertWarcioRecords(path: path, compressed: true)
    }

    /// The same records in an uncompressed warcio WARC, offsets being record starts.
    func testWarcioPlainWARCYieldsTheSameRecords() throws {
        let python = try Fixtures.pythonWithWarcio()
        let scratch = try ScratchDirectory()
        let path = scratch.path("crawl.warc")
        Fixtures.runPython(python, script: Fixtures.warcioScript, arguments: [path, "plain"])
        try assertWarcioRecords(path: path, compressed: false)
    }

    private func assertWarcioRecords(path: String, compressed: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        let reader = InputReader(paths: [path])
        let items = readAll(reader)
        XCTAssertEqual(items.compactMap(\.quarantined).map(\.reason), [], file: file, line: line)
        let documents = items.compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), ["http://example.com/one", "http://example.com/two", "file:///notes.txt"], file: file, line: line)
        XCTAssertEqual(documents.map(\.declaredContentType), ["text/html; charset=utf-8", "text/html; charset=windows-1252", "text/plain"], file: file, line: line)
        XCTAssertTrue(String(decoding: documents[0].bytes, as: UTF8.self).hasPrefix("<html><head><title>Harbour Crane Arrives"), file: file, line: line)
        // Chunked, then gzip: decoded back to the windows-1252 page (0xE9 is "é").
        XCTAssertTrue(documents[1].bytes.starts(with: Array("<html><head><title>Caf".utf8) + [0xe9]), file: file, line: line)
        XCTAssertEqual(documents[2].bytes, Array("Plain notes about the harbour.".utf8), file: file, line: line)
        XCTAssertEqual(reader.skipped, [
            "warc warcinfo record": 1, "warc request record": 1, "http status not 2xx": 1,
            "content type not text": 1, "warc metadata record": 1, "warc revisit record": 1,
        ], file: file, line: line)
        // Every offset finds its record again: a gzip member holding it, or the record itself.
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        for document in documents {
            let offset = try XCTUnwrap(document.locator.offset, file: file, line: line)
            XCTAssertEqual(document.locator.path, path, file: file, line: line)
            XCTAssertNil(document.locator.member, file: file, line: line)
            let head = Array(bytes[Int(offset)...].prefix(7))
            if compressed {
                XCTAssertEqual(Array(head.prefix(3)), [0x1f, 0x8b, 0x08], file: file, line: line)
            } else {
                XCTAssertEqual(head, Array("WARC/1.".utf8), file: file, line: line)
            }
        }
        XCTAssertEqual(reader.bytesRead, Int64(bytes.count), file: file, line: line)
    }

    // MARK: Hand-made records

    /// WARC 1.0 and 1.1 records, resource and conversion records, a missing payload type (left to
    /// sniffing), a bare-LF HTTP head, and a record with no HTTP message in a `response`.
    func testRecordTypesAndPayloadTypes() throws {
        let scratch = try ScratchDirectory()
        let records: [[UInt8]] = [
            Fixtures.warcRecord(type: "warcinfo", contentType: "application/warc-fields", block: Array("software: hand\r\n".utf8), version: "1.0"),
            Fixtures.htmlResponse("First Story", uri: "https://news.example/first"),
            Fixtures.warcRecord(type: "resource", uri: "https://news.example/feed.xml", contentType: "application/rss+xml", block: Array("<rss version=\"2.0\"></rss>".utf8)),
            Fixtures.warcRecord(type: "conversion", uri: "https://news.example/doc.pdf", contentType: "text/plain; charset=utf-8", block: Array("Converted text.".utf8)),
            Fixtures.warcRecord(type: "resource", uri: "https://news.example/unknown", block: Array("<p>sniff me</p>".utf8)),
            Fixtures.warcRecord(type: "resource", uri: "https://news.example/style.css", contentType: "text/css", block: Array("p{}".utf8)),
            Fixtures.warcRecord(
                type: "response", uri: "http://news.example/lf", contentType: "application/http; msgtype=response",
                block: Array("HTTP/1.0 200 OK\nContent-Type: application/xhtml+xml\n\n<html/>".utf8), version: "1.0"),
            Fixtures.warcRecord(type: "response", uri: "dns:news.example", contentType: "text/dns", block: Array("news.example. 300 IN A 10.0.0.1\n".utf8)),
            Fixtures.warcRecord(
                type: "response", uri: "http://news.example/moved", contentType: "application/http; msgtype=response",
                block: Fixtures.http(status: "301 Moved Permanently", headers: ["Location: /first"], body: [])),
        ]
        let path = try scratch.write("hand.warc", records.flatMap { $0 })
        let reader = InputReader(paths: [path])
        let items = readAll(reader)
        XCTAssertEqual(items.compactMap(\.quarantined).map(\.reason), [])
        let documents = items.compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), [
            "https://news.example/first", "https://news.example/feed.xml", "https://news.example/doc.pdf",
            "https://news.example/unknown", "http://news.example/lf",
        ])
        XCTAssertEqual(documents.map(\.declaredContentType), [
            "text/html; charset=utf-8", "application/rss+xml", "text/plain; charset=utf-8", nil, "application/xhtml+xml",
        ])
        XCTAssertEqual(documents[4].bytes, Array("<html/>".utf8))
        var offset = 0
        var offsets: [Int] = []
        for record in records {
            offsets.append(offset)
            offset += record.count
        }
        XCTAssertEqual(documents.map { Int($0.locator.offset ?? -1) }, [offsets[1], offsets[2], offsets[3], offsets[4], offsets[6]])
        XCTAssertEqual(reader.skipped, [
            "warc warcinfo record": 1, "content type not text": 2, "http status not 2xx": 1,
        ])
    }

    /// ARC v1, plain and gzip per record: the `filedesc` header is skipped, HTTP records parsed.
    func testARCFilesPlainAndGzip() throws {
        let scratch = try ScratchDirectory()
        let version = Array("1 0 Hand\nURL IP-address Archive-date Content-type Archive-length\n".utf8)
        let header = Array("filedesc://hand.arc 0.0.0.0 20240301100000 text/plain \(version.count)\n".utf8) + version + [0x0a]
        func record(_ url: String, _ message: [UInt8]) -> [UInt8] {
            Array("\(url) 10.0.0.1 20240301100000 text/html \(message.count)\n".utf8) + message + [0x0a]
        }
        let parts = [
            header,
            record("http://old.example/a", Fixtures.http(headers: ["Content-Type: text/html"], body: Fixtures.page("Old Story"))),
            record("http://old.example/gone", Fixtures.http(status: "404 Not Found", headers: ["Content-Type: text/html"], body: [])),
            record("http://old.example/b", Fixtures.http(headers: ["Content-Type: text/html; charset=iso-8859-1"], body: Fixtures.page("Second Old Story"))),
        ]
        let plainPath = try scratch.write("hand.arc", parts.flatMap { $0 })
        let gzip = try Fixtures.gzipMembers(parts, in: scratch)
        let gzipPath = try scratch.write("hand.arc.gz", gzip.bytes)
        for (path, offsets) in [(plainPath, [parts[0].count + parts[1].count + parts[2].count, parts[0].count]), (gzipPath, [gzip.offsets[3], gzip.offsets[1]])] {
            let reader = InputReader(paths: [path])
            let items = readAll(reader)
            XCTAssertEqual(items.compactMap(\.quarantined).map(\.reason), [], path)
            let documents = items.compactMap(\.document)
            XCTAssertEqual(documents.map(\.url), ["http://old.example/a", "http://old.example/b"], path)
            XCTAssertEqual(documents.map(\.declaredContentType), ["text/html", "text/html; charset=iso-8859-1"], path)
            XCTAssertEqual(documents.map { Int($0.locator.offset ?? -1) }, [offsets[1], offsets[0]], path)
            XCTAssertEqual(reader.skipped, ["arc file header": 1, "http status not 2xx": 1], path)
        }
    }

    /// Every document carries its record's capture date: `WARC-Date` (seconds, fractional seconds
    /// of WARC 1.1 dropped) or the ARC header date (14 or 12 digits); a malformed date is left out.
    func testDocumentsCarryTheCaptureDate() throws {
        let scratch = try ScratchDirectory()
        func warc(_ date: String, _ uri: String) -> [UInt8] {
            let block = Fixtures.http(headers: ["Content-Type: text/html"], body: Fixtures.page("Story"))
            let head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: \(date)\r\nWARC-Target-URI: \(uri)\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
            return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
        }
        let warcPath = try scratch.write("dates.warc", warc("2024-03-01T10:00:00Z", "http://a.example/1")
            + warc("2024-03-01T10:00:05.123456Z", "http://a.example/2") + warc("yesterday", "http://a.example/3"))
        let warcDocuments = readAll(InputReader(paths: [warcPath])).compactMap(\.document)
        XCTAssertEqual(warcDocuments.map(\.url), ["http://a.example/1", "http://a.example/2", "http://a.example/3"])
        XCTAssertEqual(warcDocuments.map { $0.capturedAt?.value }, ["2024-03-01T10:00:00Z", "2024-03-01T10:00:05Z", nil])

        let version = Array("1 0 Hand\nURL IP-address Archive-date Content-type Archive-length\n".utf8)
        let header = Array("filedesc://hand.arc 0.0.0.0 20240301100000 text/plain \(version.count)\n".utf8) + version + [0x0a]
        func record(_ url: String, _ date: String) -> [UInt8] {
            let message = Fixtures.http(headers: ["Content-Type: text/html"], body: Fixtures.page("Old Story"))
            return Array("\(url) 10.0.0.1 \(date) text/html \(message.count)\n".utf8) + message + [0x0a]
        }
        let arcPath = try scratch.write("dates.arc", header + record("http://old.example/a", "20061203120102") + record("http://old.example/b", "200612031201"))
        let arcDocuments = readAll(InputReader(paths: [arcPath])).compactMap(\.document)
        XCTAssertEqual(arcDocuments.map { $0.capturedAt?.value }, ["2006-12-03T12:01:02Z", "2006-12-03T12:01Z"])
        XCTAssertEqual(arcDocuments.map { $0.capturedAt?.precision }, [.second, .minute])
    }

    /// A gzip-per-record WARC without a `.gz` name is recognised by content, and its offsets are the
    /// member starts.
    func testGzipWARCIsRecognisedByContentWithMemberOffsets() throws {
        let scratch = try ScratchDirectory()
        let records = [Fixtures.htmlResponse("One", uri: "http://a.example/1"), Fixtures.htmlResponse("Two", uri: "http://a.example/2")]
        let gzip = try Fixtures.gzipMembers(records, in: scratch)
        let path = try scratch.write("crawl.data", gzip.bytes)
        let documents = readAll(InputReader(paths: [path])).compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), ["http://a.example/1", "http://a.example/2"])
        XCTAssertEqual(documents.map { $0.locator.offset }, gzip.offsets.map { Int64($0) })
    }

    // MARK: Damage

    /// A wrong Content-Length: the records before and after come through; the bad record is
    /// quarantined from its offset to the next record.
    func testWrongContentLengthIsQuarantinedAndReadingResumes() throws {
        let scratch = try ScratchDirectory()
        let first = Fixtures.htmlResponse("Before", uri: "http://d.example/before")
        let block = Fixtures.http(headers: ["Content-Type: text/html"], body: Fixtures.page("Broken"))
        let tooLong = Fixtures.warcRecord(type: "response", uri: "http://d.example/long", contentType: "application/http; msgtype=response", block: block, contentLength: block.count + 40)
        let tooShort = Fixtures.warcRecord(type: "response", uri: "http://d.example/short", contentType: "application/http; msgtype=response", block: block, contentLength: block.count - 30)
        let last = Fixtures.htmlResponse("After", uri: "http://d.example/after")
        let path = try scratch.write("damaged.warc", first + tooLong + tooShort + last)
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://d.example/before", "http://d.example/after"])
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.map(\.locator.offset), [Int64(first.count), Int64(first.count + tooLong.count)])
        XCTAssertEqual(quarantined.map(\.size), [Int64(tooLong.count), Int64(tooShort.count)])
        for item in quarantined {
            XCTAssertTrue(item.reason.hasPrefix("corrupt: WARC response record at offset \(item.locator.offset ?? -1) does not end where its length"), item.reason)
        }
    }

    /// An ARC record whose length is wrong is quarantined up to the next ARC header line.
    func testARCRecordWithAWrongLength() throws {
        let scratch = try ScratchDirectory()
        let header = Array("filedesc://x.arc 0.0.0.0 20240301100000 text/plain 0\n\n".utf8)
        func record(_ url: String, _ title: String, lengthError: Int = 0) -> [UInt8] {
            let message = Fixtures.http(headers: ["Content-Type: text/html"], body: Fixtures.page(title))
            return Array("\(url) 10.0.0.1 20240301100000 text/html \(message.count + lengthError)\n".utf8) + message + [0x0a]
        }
        let first = record("http://arc.example/a", "First")
        let broken = record("http://arc.example/b", "Broken", lengthError: -25)
        let last = record("http://arc.example/c", "Last")
        let path = try scratch.write("broken.arc", header + first + broken + last)
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://arc.example/a", "http://arc.example/c"])
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.map(\.locator.offset), [Int64(header.count + first.count)])
        XCTAssertEqual(quarantined.map(\.size), [Int64(broken.count)])
        XCTAssertTrue(quarantined.first?.reason.hasPrefix("corrupt: ARC record at offset \(header.count + first.count) does not end") ?? false, "\(quarantined)")
    }

    /// A header without a usable Content-Length is quarantined up to the next record, saying why.
    func testHeaderWithoutUsableContentLength() throws {
        let scratch = try ScratchDirectory()
        let bad = Array("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: lots\r\n\r\nbody\r\n\r\n".utf8)
        let good = Fixtures.htmlResponse("Fine", uri: "http://l.example/fine")
        let path = try scratch.write("length.warc", bad + good)
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://l.example/fine"])
        XCTAssertEqual(items.compactMap(\.quarantined).map(\.reason), ["corrupt: WARC record at offset 0 has a bad Content-Length \"lots\""])
        XCTAssertEqual(items.compactMap(\.quarantined).map(\.size), [Int64(bad.count)])
    }

    /// Garbage between records is quarantined as a span with its offset.
    func testGarbageBetweenRecordsIsQuarantined() throws {
        let scratch = try ScratchDirectory()
        let first = Fixtures.htmlResponse("Before", uri: "http://g.example/before")
        let garbage = Array("this is not a record\nnor is this\n".utf8)
        let last = Fixtures.htmlResponse("After", uri: "http://g.example/after")
        let path = try scratch.write("garbage.warc", first + garbage + last)
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://g.example/before", "http://g.example/after"])
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.count, 1)
        XCTAssertEqual(quarantined.first?.locator.offset, Int64(first.count))
        XCTAssertEqual(quarantined.first?.size, Int64(garbage.count))
        XCTAssertEqual(quarantined.first?.reason, "corrupt: no WARC record header at offset \(first.count)")
    }

    /// A damaged gzip member in the middle and garbage between members: the records in the good
    /// members come through, each bad span is quarantined at its offset.
    func testDamagedGzipMemberAndGarbageBetweenMembers() throws {
        let scratch = try ScratchDirectory()
        let records = (1...4).map { Fixtures.htmlResponse("Story \($0)", uri: "http://z.example/\($0)") }
        let gzip = try Fixtures.gzipMembers(records, in: scratch)
        var bytes = gzip.bytes
        // Member 2 loses its second half (the third member follows straight on).
        let cutStart = gzip.offsets[1] + (gzip.offsets[2] - gzip.offsets[1]) / 2
        bytes.removeSubrange(cutStart..<gzip.offsets[2])
        let shift = gzip.offsets[2] - cutStart
        // Garbage before member 4.
        let garbage = Array("GARBAGE!".utf8)
        bytes.insert(contentsOf: garbage, at: gzip.offsets[3] - shift)
        let path = try scratch.write("damaged.warc.gz", bytes)
        let reader = InputReader(paths: [path])
        let items = readAll(reader)
        let documents = items.compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), ["http://z.example/1", "http://z.example/3", "http://z.example/4"])
        XCTAssertEqual(documents.map { $0.locator.offset }, [Int64(gzip.offsets[0]), Int64(gzip.offsets[2] - shift), Int64(gzip.offsets[3] - shift + garbage.count)])
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.map(\.locator.offset), [Int64(gzip.offsets[1]), Int64(gzip.offsets[3] - shift)])
        XCTAssertEqual(quarantined.map(\.size), [Int64(gzip.offsets[2] - shift - gzip.offsets[1]), Int64(garbage.count)])
        XCTAssertTrue(quarantined[0].reason.hasPrefix("corrupt: gzip member at offset \(gzip.offsets[1]) is damaged"), quarantined[0].reason)
        XCTAssertEqual(quarantined[1].reason, "corrupt: 8 bytes of garbage between gzip members")
        XCTAssertEqual(reader.bytesRead, Int64(bytes.count))
    }

    /// A `.warc.gz` cut off in its last member: the earlier records come through and the cut member
    /// is quarantined as truncated.
    func testTruncatedLastGzipMember() throws {
        let scratch = try ScratchDirectory()
        let records = (1...3).map { Fixtures.htmlResponse("Story \($0)", uri: "http://t.example/\($0)") }
        let gzip = try Fixtures.gzipMembers(records, in: scratch)
        let path = try scratch.write("cut.warc.gz", Array(gzip.bytes.prefix(gzip.bytes.count - 30)))
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://t.example/1", "http://t.example/2"])
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.count, 1)
        XCTAssertEqual(quarantined.first?.locator.offset, Int64(gzip.offsets[2]))
        XCTAssertEqual(quarantined.first?.reason, "truncated: gzip member at offset \(gzip.offsets[2]) ended early")
    }

    /// A plain WARC cut off inside its last record.
    func testTruncatedPlainWARC() throws {
        let scratch = try ScratchDirectory()
        let first = Fixtures.htmlResponse("Whole", uri: "http://t.example/whole")
        let second = Fixtures.htmlResponse("Cut", uri: "http://t.example/cut")
        let path = try scratch.write("cut.warc", first + second.prefix(second.count - 100))
        let items = readAll(InputReader(paths: [path]))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://t.example/whole"])
        let quarantined = items.compactMap(\.quarantined)
        XCTAssertEqual(quarantined.map(\.locator.offset), [Int64(first.count)])
        XCTAssertTrue(quarantined.first?.reason.hasPrefix("truncated: WARC response record at offset \(first.count) ends before its length") ?? false, "\(quarantined)")
    }

    /// A broken HTTP message or a body over the member limit is quarantined; the next record is read.
    func testBadHTTPAndOversizedRecords() throws {
        let scratch = try ScratchDirectory()
        let badStatus = Fixtures.warcRecord(type: "response", uri: "http://h.example/bad", contentType: "application/http; msgtype=response", block: Array("HTTP/1.1 OK\r\n\r\nbody".utf8))
        let badChunks = Fixtures.warcRecord(
            type: "response", uri: "http://h.example/chunks", contentType: "application/http; msgtype=response",
            block: Fixtures.http(headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"], body: Array("zz\r\nabc\r\n0\r\n\r\n".utf8)))
        let big = Fixtures.warcRecord(type: "resource", uri: "http://h.example/big", contentType: "text/html", block: [UInt8](repeating: 0x61, count: 5000))
        let good = Fixtures.htmlResponse("Good", uri: "http://h.example/good")
        let path = try scratch.write("http.warc", badStatus + badChunks + big + good)
        var limits = InputLimits()
        limits.maxEntryBytes = 4000
        let items = readAll(InputReader(paths: [path], limits: limits))
        XCTAssertEqual(items.compactMap(\.document).map(\.url), ["http://h.example/good"])
        let reasons = items.compactMap(\.quarantined).map(\.reason)
        XCTAssertEqual(reasons.count, 3)
        XCTAssertEqual(reasons[0], "corrupt: WARC response record at offset 0: bad HTTP status line \"HTTP/1.1 OK\"")
        XCTAssertEqual(reasons[1], "corrupt: WARC response record at offset \(badStatus.count): bad chunk size \"zz\"")
        XCTAssertTrue(reasons[2].hasPrefix("too-large: WARC resource record at offset \(badStatus.count + badChunks.count) holds 4.8 KiB"), reasons[2])
    }

    /// Random damage (flipped bytes, cuts, inserted junk) in plain and gzip WARCs never crashes or
    /// hangs the reader, and with gzip the records in untouched members still come through.
    func testRandomDamageNeverStopsTheReader() throws {
        let scratch = try ScratchDirectory()
        let records = (1...6).map { Fixtures.htmlResponse("Story \($0)", uri: "http://f.example/\($0)") }
        let plain = records.flatMap { $0 }
        let gzip = try Fixtures.gzipMembers(records, in: scratch)
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        func random(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(bound, 1)))
        }
        for iteration in 0..<120 {
            let compressed = iteration % 2 == 0
            var bytes = compressed ? gzip.bytes : plain
            var touched = [Int]()
            for _ in 0..<(1 + random(3)) {
                let at = random(bytes.count)
                touched.append(at)
                switch random(3) {
                case 0: bytes[at] ^= UInt8(1 + random(255))
                case 1: bytes.insert(contentsOf: (0..<random(40)).map { _ in UInt8(random(256)) }, at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + random(200)))
                }
            }
            let path = try scratch.write("fuzz-\(iteration).warc" + (compressed ? ".gz" : ""), bytes)
            let items = readAll(InputReader(paths: [path]))
            if compressed, let first = touched.min(), first > gzip.offsets[1] {
                // The first member was not touched: its record comes through.
                XCTAssertEqual(items.first?.document?.url, "http://f.example/1", "iteration \(iteration)")
            }
            for item in items {
                if let offset = item.document?.locator.offset ?? item.quarantined?.locator.offset {
                    XCTAssertTrue((0...Int64(bytes.count)).contains(offset), "iteration \(iteration): offset \(offset)")
                }
            }
        }
    }

    // MARK: Nesting

    /// A `.warc.bz2` (compressed whole, not per record) is decompressed as one stream, then read
    /// record by record.
    func testWARCCompressedWholeWithBzip2() throws {
        try requireTools("bzip2")
        let scratch = try ScratchDirectory()
        try scratch.write("crawl.warc", Fixtures.htmlResponse("One", uri: "http://b.example/1") + Fixtures.htmlResponse("Two", uri: "http://b.example/2"))
        try scratch.shell("bzip2 crawl.warc")
        let documents = readAll(InputReader(paths: [scratch.path("crawl.warc.bz2")])).compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), ["http://b.example/1", "http://b.example/2"])
        XCTAssertEqual(documents.first?.locator.offset, 0)
    }

    /// A tar holding a `.warc.gz` and a plain `.warc`, and a zip of a `.warc.gz`: records come through
    /// with the member in the locator and offsets inside that member.
    func testWARCsInsideTarAndZip() throws {
        let scratch = try ScratchDirectory()
        let gzip = try Fixtures.gzipMembers([Fixtures.htmlResponse("Packed", uri: "http://n.example/packed"), Fixtures.htmlResponse("Packed Two", uri: "http://n.example/packed2")], in: scratch)
        let plain = Fixtures.htmlResponse("Plain", uri: "http://n.example/plain")
        let tar = try TarWriter(path: scratch.path("crawls.tar"))
        tar.addFile("2024/a.warc.gz", gzip.bytes)
        tar.addFile("2024/b.warc", plain)
        tar.finish()
        var documents = readAll(InputReader(paths: [scratch.path("crawls.tar")])).compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), ["http://n.example/packed", "http://n.example/packed2", "http://n.example/plain"])
        XCTAssertEqual(documents.map(\.locator.description), [
            scratch.path("crawls.tar") + "!/2024/a.warc.gz@0", scratch.path("crawls.tar") + "!/2024/a.warc.gz@\(gzip.offsets[1])",
            scratch.path("crawls.tar") + "!/2024/b.warc@0",
        ])

        try requireTools("zip")
        try scratch.write("inner/a.warc.gz", gzip.bytes)
        try scratch.shell("cd inner && zip -q ../crawls.zip a.warc.gz")
        documents = readAll(InputReader(paths: [scratch.path("crawls.zip")])).compactMap(\.document)
        XCTAssertEqual(documents.map(\.url), ["http://n.example/packed", "http://n.example/packed2"])
        XCTAssertEqual(documents.map(\.locator.member), ["a.warc.gz", "a.warc.gz"])
    }

    /// A gzip file that is not a WARC is still read as one compressed document.
    func testOtherGzipFilesAreUnaffected() throws {
        let scratch = try ScratchDirectory()
        let gzip = try Fixtures.gzipMembers([Array("Just a note.\n".utf8)], in: scratch)
        let path = try scratch.write("note.txt.gz", gzip.bytes)
        let reader = InputReader(paths: [path])
        let documents = readAll(reader).compactMap(\.document)
        XCTAssertEqual(documents.map(\.bytes), [Array("Just a note.\n".utf8)])
        XCTAssertEqual(reader.skipped, [:])
    }

    // MARK: Scale

    /// A `.warc.gz` far larger than the member limit streams with flat memory: every record comes
    /// through and resident memory grows by much less than the file's decompressed size.
    func testLargeGzipWARCStreamsWithBoundedMemory() throws {
        let scratch = try ScratchDirectory()
        let body = pseudoRandomText(count: 200 << 10, seed: 7)
        let record = Fixtures.warcRecord(
            type: "response", uri: "http://big.example/page", contentType: "application/http; msgtype=response",
            block: Fixtures.http(headers: ["Content-Type: text/html"], body: body))
        let member = try Fixtures.gzipMembers([record], in: scratch).bytes
        let count = 600
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: try scratch.write("big.warc.gz", [])))
        for _ in 0..<count { handle.write(Data(member)) }
        handle.closeFile()
        var limits = InputLimits()
        limits.maxEntryBytes = 1 << 20
        let reader = InputReader(paths: [scratch.path("big.warc.gz")], limits: limits)
        let before = residentBytes()
        var documents = 0
        var peak: Int64 = 0
        while let item = reader.next() {
            XCTAssertNotNil(item.document, item.label)
            documents += 1
            if documents % 50 == 0, let now = residentBytes() { peak = max(peak, now) }
        }
        XCTAssertEqual(documents, count)
        if let before {
            // 600 × 200 KiB = 117 MiB decompressed; the reader holds about one record at a time.
            XCTAssertLessThan(peak - before, 40 << 20, "resident memory grew by \(peak - before) bytes")
        }
    }
}
