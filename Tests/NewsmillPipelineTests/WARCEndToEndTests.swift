import Foundation
import NewsmillStore
import XCTest

/// `newsmill run` over web archives written by Python's warcio (an independent WARC writer).
final class WARCEndToEndTests: XCTestCase {
    /// A `.warc.gz` with two HTML responses, a 404, a request record and an image: the two articles
    /// are stored with their target URI as url, the record's member offset and its `WARC-Date` as
    /// `captured_at`; nothing is quarantined.
    func testRunStoresTheHTMLResponsesOfAWarcioWARC() throws {
        let python = try Self.pythonWithWarcio()
        let scratch = try ScratchDirectory()
        let inputs = scratch.path("crawl")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let offsets = try Self.runScript(python, arguments: ["good", inputs + "/crawl.warc.gz"])
        let database = scratch.path("news.db")

        let outcome = try NewsmillBinary.run(["run", inputs, "--db", database, "--workers", "1"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let store = try ArticleStore.openReadOnly(path: database)
        let articles = try TestQuery.rows(store, "select url, title, source_path, source_offset from articles order by source_offset")
        XCTAssertEqual(articles, [
            ["http://example.com/crane", "Harbour Crane Arrives", inputs + "/crawl.warc.gz", offsets[0]],
            ["http://example.com/pier", "Cafe Opens on the Pier", inputs + "/crawl.warc.gz", offsets[1]],
        ])
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from quarantine"), [["0"]])
        let captured = try TestQuery.rows(store, "select captured_at from articles order by source_offset")
        XCTAssertEqual(captured.first, ["2024-03-01T10:00:00Z"], "the crane record's WARC-Date, as written")
        let pier = try XCTUnwrap(captured.last?.first)
        XCTAssertTrue(pier.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#, options: .regularExpression) != nil, pier)
        // The page states no date, so the capture is not taken as the publication date.
        XCTAssertEqual(try TestQuery.rows(store, "select count(*) from articles where published is not null"), [["0"]])
    }

    /// A `.warc.gz` whose middle gzip member is cut in half: the records before and after are stored,
    /// and the damaged span is quarantined with its offset.
    func testRunQuarantinesADamagedMemberAndKeepsTheRest() throws {
        let python = try Self.pythonWithWarcio()
        let scratch = try ScratchDirectory()
        let inputs = scratch.path("crawl")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let offsets = try Self.runScript(python, arguments: ["damaged", inputs + "/damaged.warc.gz"])
        let database = scratch.path("news.db")

        let outcome = try NewsmillBinary.run(["run", inputs, "--db", database, "--workers", "1"])
        XCTAssertEqual(outcome.status, 3, "a quarantined span makes the exit status 3; stderr:\n\(outcome.stderr)")
        let store = try ArticleStore.openReadOnly(path: database)
        let articles = try TestQuery.rows(store, "select url, source_offset from articles order by source_offset")
        XCTAssertEqual(articles, [["http://example.com/crane", offsets[0]], ["http://example.com/quay", offsets[2]]])
        let quarantined = try TestQuery.rows(store, "select source_offset, category, reason from quarantine")
        XCTAssertEqual(quarantined.count, 1)
        XCTAssertEqual(quarantined.first?[0], offsets[1])
        XCTAssertEqual(quarantined.first?[1], "corrupt")
        XCTAssertTrue(quarantined.first?[2].hasPrefix("corrupt: gzip member at offset \(offsets[1]) is damaged") ?? false, "\(quarantined)")
    }

    // MARK: Support

    /// Writes the WARC for a test (`good` or `damaged`) and returns the offsets of its HTML records.
    private static func runScript(_ python: String, arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "the warcio script failed")
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// A Python with warcio: the package's `.build-tools` venv (installing warcio with its pip when
    /// missing, as deploy/test.sh prepares), else `python3` if it has warcio; skips the test otherwise.
    private static func pythonWithWarcio() throws -> String {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let tools = root + "/.build-tools/bin"
        let candidates = [ProcessInfo.processInfo.environment["NEWSMILL_PYTHON"], tools + "/python3", "/usr/bin/python3"].compactMap { $0 }
        for python in candidates where FileManager.default.isExecutableFile(atPath: python) {
            if status(python, ["-c", "import warcio"]) == 0 { return python }
        }
        if FileManager.default.isExecutableFile(atPath: tools + "/pip"), status(tools + "/pip", ["install", "-q", "warcio"]) == 0,
            status(tools + "/python3", ["-c", "import warcio"]) == 0
        {
            return tools + "/python3"
        }
        throw XCTSkip("warcio is not available (no .build-tools venv with pip, or pip could not install it)")
    }

    private static func status(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `good PATH`: warcinfo, two HTML responses, a request, a 404 and an image, gzip per record.
    /// `damaged PATH`: three HTML responses with the second member cut in half.
    /// Prints the member offsets of the HTML responses.
    private static let script = #"""
import sys
from io import BytesIO
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

def page(title, topic):
    paragraphs = "".join(
        "<p>%s The harbour master said on Tuesday that the %s had been planned for two years, and that the crews "
        "worked through the night to finish before the autumn storms reached the coast. Residents gathered on the "
        "quay to watch, and several families brought coffee for the workers. (%d)</p>" % (title, topic, n) for n in range(6))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head><body><article><h1>%s</h1>%s"
            "</article></body></html>" % (title, title, paragraphs)).encode()

mode, path = sys.argv[1], sys.argv[2]
records = []
out = BytesIO()
writer = WARCWriter(out, gzip=True)
def emit(record, html=False):
    start = out.tell()
    writer.write_record(record)
    records.append((start, out.tell(), html))
def response(uri, status, ctype, body, date=None):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    extra = {"WARC-Date": date} if date else None
    return writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers, warc_headers_dict=extra)

if mode == "good":
    emit(writer.create_warcinfo_record("crawl.warc.gz", {"software": "warcio"}))
    emit(response("http://example.com/crane", "200 OK", "text/html; charset=utf-8", page("Harbour Crane Arrives", "crane"), "2024-03-01T10:00:00Z"), True)
    request = StatusAndHeaders("GET /crane HTTP/1.1", [("Host", "example.com")], is_http_request=True)
    emit(writer.create_warc_record("http://example.com/crane", "request", payload=BytesIO(b""), http_headers=request))
    emit(response("http://example.com/missing", "404 Not Found", "text/html", page("Not Found", "page")))
    emit(response("http://example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(300)))
    emit(response("http://example.com/pier", "200 OK", "text/html; charset=windows-1252", page("Cafe Opens on the Pier", "cafe").decode().encode("cp1252")), True)
    data = out.getvalue()
else:
    emit(response("http://example.com/crane", "200 OK", "text/html", page("Harbour Crane Arrives", "crane")), True)
    emit(response("http://example.com/dock", "200 OK", "text/html", page("Dock Repairs Begin", "dock")), True)
    emit(response("http://example.com/quay", "200 OK", "text/html", page("Quay Lights Restored", "quay")), True)
    data = out.getvalue()
    start, end, _ = records[1]
    cut = start + (end - start) // 2
    data = data[:cut] + data[end:]
    shift = end - cut
    records = [(s - shift if s >= end else s, e, h) for (s, e, h) in records]
with open(path, "wb") as f:
    f.write(data)
print(" ".join(str(s) for (s, e, h) in records if h))
"""#
}
