import Foundation
import XCTest

/// Hand-made WARC and ARC records, and WARCs written by Python's warcio (an independent writer).
enum WebArchiveFixtures {
    /// A UUID-shaped id from FNV-1a hashes of the record's type, URI and block.
    static func recordID(type: String, uri: String?, block: [UInt8]) -> String {
        func fnv(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
            bytes.reduce(seed) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        let key = Array((type + "|" + (uri ?? "")).utf8) + block
        let high = fnv(key, seed: 0xcbf2_9ce4_8422_2325)
        let low = fnv(key, seed: high)
        let hex = String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
        let characters = Array(hex)
        func part(_ start: Int, _ length: Int) -> String { String(characters[start..<(start + length)]) }
        return [part(0, 8), part(8, 4), part(12, 4), part(16, 4), part(20, 12)].joined(separator: "-")
    }

    /// A WARC 1.1 record: version line, the named fields (Content-Length added), CRLF, block, CRLF CRLF.
    static func warcRecord(
        type: String, uri: String? = nil, contentType: String? = nil, block: [UInt8], contentLength: Int? = nil,
        version: String = "1.1"
    ) -> [UInt8] {
        var head = "WARC/\(version)\r\nWARC-Type: \(type)\r\n"
        // A record id derived from the record's own fields, so that fixtures (and the compressed bytes of
        // their gzip members, which tests cut at fixed places) are the same on every run.
        head += "WARC-Record-ID: <urn:uuid:\(recordID(type: type, uri: uri, block: block))>\r\n"
        head += "WARC-Date: 2024-03-01T10:00:00Z\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "Content-Length: \(contentLength ?? block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// An HTTP response message with CRLF line ends.
    static func http(status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    /// A small HTML article page.
    static func page(_ title: String) -> [UInt8] {
        let paragraph = "The \(title.lowercased()) was reported by the harbour office this morning, and residents said it changed the day. "
        return Array("<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1><p>\(String(repeating: paragraph, count: 4))</p></article></body></html>".utf8)
    }

    /// A `response` record holding an HTTP 200 HTML page.
    static func htmlResponse(_ title: String, uri: String) -> [UInt8] {
        warcRecord(
            type: "response", uri: uri, contentType: "application/http; msgtype=response",
            block: http(headers: ["Content-Type: text/html; charset=utf-8"], body: page(title)))
    }

    /// Compresses each part as its own gzip member (with the `gzip` tool) and concatenates them;
    /// also returns where each member starts.
    static func gzipMembers(_ parts: [[UInt8]], in scratch: ScratchDirectory) throws -> (bytes: [UInt8], offsets: [Int]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for part in parts {
            try scratch.write("member.tmp", part)
            try scratch.shell("gzip -n -f member.tmp")
            offsets.append(bytes.count)
            bytes += try scratch.read("member.tmp.gz")
            try FileManager.default.removeItem(atPath: scratch.path("member.tmp.gz"))
        }
        return (bytes, offsets)
    }

    /// A Python 3 interpreter with warcio: `.build-tools` of the package (installing warcio there with
    /// its pip when missing, as deploy/test.sh prepares), else `python3` if it already has warcio.
    /// Skips the test when neither works.
    static func pythonWithWarcio() throws -> String {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        let tools = root + "/.build-tools/bin"
        let candidates = [ProcessInfo.processInfo.environment["NEWSMILL_PYTHON"], tools + "/python3", "/usr/bin/python3"].compactMap { $0 }
        for python in candidates where FileManager.default.isExecutableFile(atPath: python) {
            if run(python, ["-c", "import warcio"]) == 0 { return python }
        }
        let pip = tools + "/pip"
        if FileManager.default.isExecutableFile(atPath: pip), run(pip, ["install", "-q", "warcio"]) == 0,
            run(tools + "/python3", ["-c", "import warcio"]) == 0
        {
            return tools + "/python3"
        }
        throw XCTSkip("warcio is not available (no .build-tools venv with pip, or pip could not install it)")
    }

    /// Runs `script` with `python`, arguments after it; fails unless it exits with 0.
    static func runPython(_ python: String, script: String, arguments: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run(python, ["-c", script] + arguments), 0, "python script failed", file: file, line: line)
    }

    @discardableResult
    private static func run(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A warcio script writing `argv[1]` (gzip per record when `argv[2]` is `gz`): a warcinfo, two
    /// HTML responses (the second chunked and gzip-encoded, windows-1252), a request, a 404, an image,
    /// a metadata record, a revisit and a text/plain resource.
    static let warcioScript = #"""
import gzip, sys
from io import BytesIO
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

def page(title):
    para = ("The %s was reported by the harbour office this morning, and residents said it changed the day. " % title.lower()) * 4
    return ("<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p></article></body></html>" % (title, title, para)).encode()

with open(sys.argv[1], "wb") as out:
    writer = WARCWriter(out, gzip=sys.argv[2] == "gz")
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "warcio test"}))
    def response(uri, status, ctype, body, extra=()):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)] + list(extra), protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers))
    response("http://example.com/one", "200 OK", "text/html; charset=utf-8", page("Harbour Crane Arrives"))
    body = gzip.compress(page("Caf\u00e9 Opens on the Pier").decode().encode("cp1252"))
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 100]), body[i:i + 100]) for i in range(0, len(body), 100)) + b"0\r\n\r\n"
    response("http://example.com/two", "200 OK", "text/html; charset=windows-1252", chunked,
             [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")])
    request = StatusAndHeaders("GET /one HTTP/1.1", [("Host", "example.com")], is_http_request=True)
    writer.write_record(writer.create_warc_record("http://example.com/one", "request", payload=BytesIO(b""), http_headers=request))
    response("http://example.com/missing", "404 Not Found", "text/html", page("Not Found"))
    response("http://example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200))
    writer.write_record(writer.create_warc_record("http://example.com/one", "metadata", payload=BytesIO(b"outlinks: none\n"), warc_content_type="application/warc-fields"))
    writer.write_record(writer.create_revisit_record("http://example.com/one", digest="sha1:AAAA", refers_to_uri="http://example.com/one", refers_to_date="2024-01-01T00:00:00Z"))
    writer.write_record(writer.create_warc_record("file:///notes.txt", "resource", payload=BytesIO(b"Plain notes about the harbour."), warc_content_type="text/plain"))
"""#
}

private extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
