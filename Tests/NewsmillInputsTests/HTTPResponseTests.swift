import XCTest

@testable import NewsmillInputs

/// Archived HTTP responses: head parsing, chunked transfer coding and content codings.
final class HTTPResponseTests: XCTestCase {
    private func parse(_ text: String, body: [UInt8] = [], limit: Int64 = 1 << 20) throws(HTTPResponse.Failure) -> HTTPResponse {
        try HTTPResponse.parse(Array(text.utf8) + body, maxBodyBytes: limit, maxCompressionRatio: 200)
    }

    func testStatusHeadersAndBodyWithCRLFOrBareLF() throws {
        let crlf = try parse("HTTP/1.1 200 OK\r\nContent-Type:  text/html; charset=utf-8 \r\nX-Empty:\r\n\r\n<p>hi</p>")
        XCTAssertEqual(crlf.status, 200)
        XCTAssertEqual(crlf.header("content-type"), "text/html; charset=utf-8")
        XCTAssertEqual(crlf.header("x-empty"), "")
        XCTAssertEqual(crlf.body, Array("<p>hi</p>".utf8))
        let bareLF = try parse("HTTP/1.0 404 Not Found\nContent-Type: text/plain\n\ngone")
        XCTAssertEqual(bareLF.status, 404)
        XCTAssertEqual(bareLF.body, Array("gone".utf8))
    }

    func testMalformedHeadsAreRejectedWithAReason() {
        XCTAssertThrowsError(try parse("HTTP/1.1 OK\r\n\r\n")) { error in
            XCTAssertEqual((error as? HTTPResponse.Failure)?.reason, "bad HTTP status line \"HTTP/1.1 OK\"")
        }
        XCTAssertThrowsError(try parse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")) { error in
            XCTAssertEqual((error as? HTTPResponse.Failure)?.reason, "the HTTP header has no end")
        }
        XCTAssertThrowsError(try parse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx")) { error in
            XCTAssertEqual((error as? HTTPResponse.Failure)?.reason, "unsupported Content-Encoding \"br\"")
        }
    }

    func testChunkedBodiesWithExtensionsAndTrailers() throws {
        let response = try parse(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\n7\r\n, world\r\n0\r\nExpires: never\r\n\r\n")
        XCTAssertEqual(response.body, Array("hello, world".utf8))
        // A capture cut off inside a chunk keeps what arrived.
        XCTAssertEqual(try HTTPResponse.dechunk(Array("5\r\nhello\r\n10\r\nabc".utf8), limit: 100), Array("helloabc".utf8))
        XCTAssertThrowsError(try HTTPResponse.dechunk(Array("5\r\nhello\r\n".utf8), limit: 3)) { error in
            XCTAssertTrue((error as? HTTPResponse.Failure)?.reason.hasPrefix("too-large:") ?? false)
        }
    }

    func testGzipAndDeflateBodies() throws {
        let scratch = try ScratchDirectory()
        let text = Array(String(repeating: "The ferry resumed service. ", count: 50).utf8)
        let gzipped = try WebArchiveFixtures.gzipMembers([text], in: scratch).bytes
        XCTAssertEqual(try parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", body: gzipped).body, text)
        XCTAssertEqual(try parse("HTTP/1.1 200 OK\r\nContent-Encoding: x-gzip\r\n\r\n", body: gzipped).body, text)
        // The raw deflate data inside the gzip member (after its 10-byte header), sent as `deflate`.
        let raw = Array(gzipped[10..<(gzipped.count - 8)])
        XCTAssertEqual(try parse("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n", body: raw).body, text)
        XCTAssertThrowsError(try parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", body: gzipped, limit: 100)) { error in
            XCTAssertTrue((error as? HTTPResponse.Failure)?.reason.hasPrefix("too-large: gzip body exceeds") ?? false)
        }
        XCTAssertThrowsError(try parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", body: Array("not gzip at all".utf8))) { error in
            XCTAssertTrue((error as? HTTPResponse.Failure)?.reason.hasPrefix("gzip body is damaged") ?? false, "\(error)")
        }
    }
}
