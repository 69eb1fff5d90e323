/// ASCII helpers for protocol heads, working on bytes to avoid building strings per field.
enum ASCII {
    /// Whether `bytes` equal `lowercase` ignoring ASCII case (`lowercase` must be lowercase).
    static func equalsLowercased<Bytes: Collection>(_ bytes: Bytes, _ lowercase: [UInt8]) -> Bool where Bytes.Element == UInt8 {
        guard bytes.count == lowercase.count else { return false }
        return zip(bytes, lowercase).allSatisfy { byte, wanted in
            (byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte) == wanted
        }
    }

    /// `range` of `bytes` without leading and trailing spaces and tabs.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        return lower..<upper
    }
}

/// An HTTP/1.x response as archived in a WARC `response` record or an ARC record (RFC 9112):
/// status line, header fields, and the body with its transfer and content codings removed.
struct HTTPResponse {
    /// Why a response could not be decoded; the text becomes a quarantine reason.
    struct Failure: Error {
        var reason: String
    }

    /// The status code (200, 404, ...).
    var status: Int
    /// The head (status line and header fields) as received.
    private var head: [UInt8]
    /// Name and value ranges in `head` of each header field, in order (values without surrounding spaces).
    private var fields: [(name: Range<Int>, value: Range<Int>)]
    /// The body, still with its transfer and content codings until `decodeBody` ran.
    var body: [UInt8]

    /// The first value of the header `name` (matched case-insensitively; give it in lowercase).
    func header(_ name: String) -> String? {
        let wanted = Array(name.utf8)
        guard let field = fields.first(where: { ASCII.equalsLowercased(head[$0.name], wanted) }) else { return nil }
        return String(decoding: head[field.value], as: UTF8.self)
    }

    /// Whether `bytes` start like an HTTP response (`HTTP/`).
    static func looksLikeResponse(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("HTTP/".utf8))
    }

    /// Parses the head of `message`; the body is kept as sent until `decodeBody`.
    static func parse(_ message: [UInt8]) throws(Failure) -> HTTPResponse {
        // The head ends at the first empty line; archived responses sometimes use bare LF.
        var index = 0
        var lines: [Range<Int>] = []
        var headEnd: Int?
        while index < message.count && lines.count <= 1000 {
            guard let newline = message[index...].firstIndex(of: 0x0a) else { break }
            var lineEnd = newline
            if lineEnd > index && message[lineEnd - 1] == 0x0d { lineEnd -= 1 }
            if lineEnd == index {
                headEnd = newline + 1
                break
            }
            lines.append(index..<lineEnd)
            index = newline + 1
        }
        guard let headEnd, let statusRange = lines.first else {
            throw Failure(reason: "the HTTP header has no end")
        }
        // Status line (RFC 9112 section 4): HTTP-version SP 3DIGIT SP reason.
        let statusLine = message[statusRange]
        let fieldsOfStatus = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
        guard fieldsOfStatus.count >= 2, fieldsOfStatus[0].starts(with: Array("HTTP/".utf8)), fieldsOfStatus[1].count == 3,
            let status = Int(String(decoding: fieldsOfStatus[1], as: UTF8.self)), (100...999).contains(status)
        else {
            throw Failure(reason: "bad HTTP status line \"\(String(decoding: statusLine.prefix(80), as: UTF8.self))\"")
        }
        var fields: [(name: Range<Int>, value: Range<Int>)] = []
        for line in lines.dropFirst() {
            guard let colon = message[line].firstIndex(of: UInt8(ascii: ":")) else { continue }
            fields.append((ASCII.trimmed(message, line.lowerBound..<colon), ASCII.trimmed(message, (colon + 1)..<line.upperBound)))
        }
        return HTTPResponse(status: status, head: Array(message[..<headEnd]), fields: fields, body: Array(message[headEnd...]))
    }

    /// Parses `message` and undoes `Transfer-Encoding: chunked` and `Content-Encoding:
    /// gzip/x-gzip/deflate`, producing at most `maxBodyBytes` bytes.
    static func parse(_ message: [UInt8], maxBodyBytes: Int64, maxCompressionRatio: Double) throws(Failure) -> HTTPResponse {
        var response = try parse(message)
        try response.decodeBody(maxBodyBytes: maxBodyBytes, maxCompressionRatio: maxCompressionRatio)
        return response
    }

    /// Undoes the transfer and content codings of `body`, producing at most `maxBodyBytes` bytes.
    mutating func decodeBody(maxBodyBytes: Int64, maxCompressionRatio: Double) throws(Failure) {
        if let transfer = header("transfer-encoding"), transfer.lowercased().contains("chunked") {
            body = try Self.dechunk(body, limit: maxBodyBytes)
        }
        let coding = (header("content-encoding") ?? "").lowercased()
        switch coding {
        case "", "identity", "none":
            break
        case "gzip", "x-gzip", "deflate":
            body = try Self.inflate(body, coding: coding, limit: maxBodyBytes, maxRatio: maxCompressionRatio)
        default:
            throw Failure(reason: "unsupported Content-Encoding \"\(coding.prefix(40))\"")
        }
    }

    /// Removes chunked transfer coding (RFC 9112 section 7.1); a body cut short keeps what arrived
    /// only when at least one chunk was complete, as crawlers often store truncated responses.
    static func dechunk(_ body: [UInt8], limit: Int64) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while true {
            guard let newline = body[index...].firstIndex(of: 0x0a) else {
                if output.isEmpty { throw Failure(reason: "chunked body has no chunk size line") }
                return output
            }
            var lineEnd = newline
            if lineEnd > index && body[lineEnd - 1] == 0x0d { lineEnd -= 1 }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self)
            let hex = sizeText.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces() } ?? ""
            guard !hex.isEmpty, hex.count <= 15, let size = Int(hex, radix: 16) else {
                throw Failure(reason: "bad chunk size \"\(sizeText.prefix(20))\"")
            }
            index = newline + 1
            if size == 0 { return output }
            guard Int64(output.count + size) <= limit else {
                throw Failure(reason: "too-large: chunked body exceeds the \(ReasonText.bytes(limit)) limit")
            }
            let end = min(index + size, body.count)
            output.append(contentsOf: body[index..<end])
            if end < index + size { return output }
            index = end
            if index < body.count && body[index] == 0x0d { index += 1 }
            if index < body.count && body[index] == 0x0a { index += 1 }
            if index >= body.count { return output }
        }
    }

    /// Inflates a gzip, zlib or raw-deflate body, bounded by `limit` and the compression ratio.
    static func inflate(_ body: [UInt8], coding: String, limit: Int64, maxRatio: Double) throws(Failure) -> [UInt8] {
        if body.isEmpty { return body }
        // `deflate` should be zlib-wrapped (RFC 9110 8.4.1.2) but many servers send raw deflate.
        let isZlib = body.count >= 2 && body[0] & 0x0f == 8 && (UInt16(body[0]) << 8 | UInt16(body[1])) % 31 == 0
        let wrapper: Inflater.Wrapper = coding == "deflate" && !isZlib ? .raw : .gzipOrZlib
        guard let inflater = Inflater(wrapper) else { throw Failure(reason: "zlib is not available") }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var consumed = 0
        while true {
            let step = body.withUnsafeBytes { input in
                chunk.withUnsafeMutableBytes { inflater.inflate(UnsafeRawBufferPointer(rebasing: input[consumed...]), into: $0) }
            }
            consumed += step.consumed
            output.append(contentsOf: chunk[0..<step.produced])
            if Int64(output.count) > limit {
                throw Failure(reason: "too-large: \(coding) body exceeds the \(ReasonText.bytes(limit)) limit")
            }
            if output.count >= 1 << 20, Double(output.count) / Double(max(consumed, 1)) > maxRatio {
                throw Failure(reason: "bomb: \(coding) body compression ratio exceeds \(ReasonText.ratio(maxRatio))")
            }
            if step.code == Inflater.Code.streamEnd { return output }
            if step.code < 0 && !(step.code == Inflater.Code.bufferError && step.produced > 0) {
                // A body cut off mid-stream keeps what inflated cleanly (truncated captures are common).
                if step.code == Inflater.Code.bufferError && consumed == body.count && !output.isEmpty { return output }
                throw Failure(reason: "\(coding) body is damaged (\(step.message ?? "zlib error"))")
            }
            if step.code == Inflater.Code.needDictionary {
                throw Failure(reason: "\(coding) body needs a preset dictionary")
            }
            if step.consumed == 0 && step.produced == 0 {
                if !output.isEmpty { return output }
                throw Failure(reason: "\(coding) body ended early")
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
