import NewsmillCore

/// The two web archive formats.
enum WebArchiveFormat: Equatable {
    /// WARC 1.0/1.1 (ISO 28500), records starting with `WARC/1.x`.
    case warc
    /// The Internet Archive's ARC v1/v2, starting with a `filedesc://` record.
    case arc

    /// The format `prefix` (decompressed) starts with, or nil.
    static func detect<Bytes: Collection>(_ prefix: Bytes) -> WebArchiveFormat? where Bytes.Element == UInt8 {
        if prefix.starts(with: Array("WARC/".utf8)) { return .warc }
        if prefix.starts(with: Array("filedesc://".utf8)) { return .arc }
        return nil
    }
}

/// Reads the records of one WARC or ARC file (plain or gzip per record), one record per step.
///
/// Each document carries the record's target URI (`url`) and capture date (`capturedAt`): the
/// `WARC-Date` field (WARC 1.1 section 5.4, W3C-DTF in UTC, fractional seconds allowed), or the
/// 14-digit (or 12-digit) `YYYYMMDDhhmmss` date of an ARC header line; a malformed date is left out.
///
/// Only `response`, `resource` and `conversion` records whose payload is HTML, XHTML, a feed or plain
/// text become documents (a missing Content-Type is left to the core's sniffing); everything else is
/// counted in `skipped` by reason. A record whose `Content-Length` does not end at a record boundary,
/// a damaged or truncated gzip member, or garbage between records is quarantined as a span starting
/// at its offset, and reading resumes at the next record. Locator offsets are source offsets: the
/// record's first byte in a plain file, the start of its gzip member in a compressed one.
final class WebArchiveReader {
    /// What a step produced.
    enum Output {
        /// A document or quarantined span.
        case item(InputItem)
        /// A record skipped for the given reason.
        case skipped(String)
    }

    private static let maxHeaderBytes = 64 << 10
    /// The WARC named fields this reader uses (ISO 28500 section 5), lowercase.
    private static let warcFieldNames = ["warc-type", "content-length", "content-type", "warc-target-uri", "warc-date"].map {
        (name: $0, bytes: Array($0.utf8))
    }
    private static let warcMarker = Array("WARC/".utf8)

    private let stream: RecordByteStream
    private let format: WebArchiveFormat
    private let path: String
    private let member: String?
    private let limits: InputLimits
    private var finished = false
    /// Why the last header that started like a record was refused (for the quarantine reason).
    private var headerProblem: String?
    /// Damage met just after a complete record (or while detecting the format), reported next.
    private var pendingDamages: [StreamDamage] = []

    /// A reader over `stream`, locating records as `path` (and `member` when nested);
    /// `initialDamages` were met while detecting the format, and are reported first.
    init(stream: RecordByteStream, format: WebArchiveFormat, path: String, member: String?, limits: InputLimits, initialDamages: [StreamDamage] = []) {
        pendingDamages = initialDamages
        self.stream = stream
        self.format = format
        self.path = path
        self.member = member
        self.limits = limits
    }

    /// Source bytes consumed so far.
    var sourceBytesConsumed: Int64 { stream.sourceBytesConsumed }

    /// Reads the next record (or resynchronises past damage); nil when the file is finished.
    func next() -> [Output]? {
        guard !finished else { return nil }
        var outputs: [Output] = []
        if !step(into: &outputs) { finished = true }
        return outputs
    }

    // MARK: Records

    /// One record; false at the end of the input.
    private func step(into outputs: inout [Output]) -> Bool {
        if !pendingDamages.isEmpty {
            outputs += pendingDamages.map { quarantine($0) }
            pendingDamages.removeAll()
            return true
        }
        var damage: StreamDamage?
        // Records are separated by CRLF CRLF (WARC) or LF (ARC); tolerate any number of line ends.
        while true {
            guard stream.ensure(1, damage: &damage) else {
                guard let damage else { return false }
                outputs.append(quarantine(damage))
                return true
            }
            if stream[0] == 0x0d || stream[0] == 0x0a { stream.consume(1) } else { break }
        }
        let recordOffset = stream.locatorOffset()
        let recordPosition = stream.position
        guard let header = readHeader(damage: &damage) else {
            if let damage {
                outputs.append(quarantine(damage, from: recordOffset))
                return true
            }
            // Not a record start: skip to the next one and quarantine the span.
            let name = format == .warc ? "WARC" : "ARC"
            let reason = headerProblem.map { "corrupt: \(name) record at offset \(recordOffset) \($0)" }
                ?? "corrupt: no \(name) record header at offset \(recordOffset)"
            headerProblem = nil
            resync(from: recordOffset, afterSkipping: 1, reason: reason, into: &outputs)
            return true
        }
        let afterHeader = stream.restartPoint(at: header.length)
        stream.consume(header.length)
        let wanted = header.skipReason == nil
        let length = header.contentLength
        var payload: [UInt8] = []
        var complete: Bool
        if wanted && length <= limits.maxEntryBytes {
            complete = stream.ensure(Int(length), damage: &damage)
            if complete {
                payload = stream.bytes(0, Int(length))
                stream.consume(Int(length))
            }
        } else {
            complete = discard(length, damage: &damage)
        }
        if let damage {
            outputs.append(quarantine(damage, from: recordOffset))
            return true
        }
        // The record must end where Content-Length says, and its own gzip member must check out
        // (zlib verifies the CRC only at the member's end, after the record's bytes came out).
        let boundary = complete ? endOfRecord(at: recordOffset) : .wrongLength
        if case .damaged(let damage) = boundary {
            outputs.append(quarantine(damage, from: recordOffset))
            return true
        }
        guard case .good = boundary else {
            // Rescanning decodes the same bytes again, so damage met here is found (and reported) again.
            pendingDamages.removeAll()
            stream.restart(at: afterHeader, position: recordPosition + Int64(header.length))
            let reason = complete
                ? "corrupt: \(header.label) at offset \(recordOffset) does not end where its length (\(length) bytes) says"
                : "truncated: \(header.label) at offset \(recordOffset) ends before its length (\(length) bytes)"
            resync(from: recordOffset, afterSkipping: 0, reason: reason, into: &outputs)
            return true
        }
        if let reason = header.skipReason {
            outputs.append(.skipped(reason))
            return true
        }
        if length > limits.maxEntryBytes {
            let reason = "too-large: \(header.label) at offset \(recordOffset) holds \(ReasonText.bytes(length)), over the \(ReasonText.bytes(limits.maxEntryBytes)) limit"
            outputs.append(.item(.quarantined(QuarantinedItem(locator: locator(recordOffset), reason: reason, size: length, sha256: ""))))
            return true
        }
        outputs.append(document(header: header, payload: payload, offset: recordOffset))
        return true
    }

    /// Turns a record's payload into a document, a skip, or a quarantine.
    private func document(header: RecordHeader, payload: [UInt8], offset: Int64) -> Output {
        var body = payload
        var contentType = header.contentType
        if header.isHTTP && HTTPResponse.looksLikeResponse(payload) {
            do {
                var response = try HTTPResponse.parse(payload)
                guard (200...299).contains(response.status) else { return .skipped("http status not 2xx") }
                contentType = response.header("content-type")
                if let skip = Self.payloadSkipReason(contentType) { return .skipped(skip) }
                try response.decodeBody(maxBodyBytes: limits.maxEntryBytes, maxCompressionRatio: limits.maxCompressionRatio)
                body = response.body
            } catch {
                // Limits keep their own category word; any other failure means a damaged message.
                var category = "corrupt"
                var detail = Substring(error.reason)
                for limit in ["too-large", "bomb"] where detail.hasPrefix(limit + ": ") {
                    category = limit
                    detail = detail.dropFirst(limit.count + 2)
                }
                let reason = "\(category): \(header.label) at offset \(offset): \(detail)"
                return .item(.quarantined(QuarantinedItem(
                    locator: locator(offset), reason: reason, size: Int64(payload.count), sha256: ArticleIdentity.sha256Hex(payload))))
            }
        } else if header.isHTTP && format == .warc {
            return .skipped("non-http response")
        } else if let skip = Self.payloadSkipReason(contentType) {
            return .skipped(skip)
        }
        let document = Document(
            locator: locator(offset), bytes: body, declaredContentType: contentType, url: header.targetURI,
            capturedAt: header.capturedAt
        )
        return .item(.document(document))
    }

    /// The skip reason for a payload of `contentType`, or nil to take it (HTML, XHTML, feeds, plain
    /// text, XML and JSON; a missing type is left to the core's content sniffing).
    static func payloadSkipReason(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = (contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces() } ?? "").lowercased()
        if type.isEmpty || type == "unk" || type == "no-type" { return nil }
        return textTypes.contains(type) ? nil : "content type not text"
    }

    /// The payload media types taken (lowercase, without parameters).
    private static let textTypes: Set<String> = [
        "text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
        "application/json", "text/rss+xml", "application/x-rss+xml",
    ]

    // MARK: Headers

    /// What a record header says.
    private struct RecordHeader {
        /// Header bytes including the blank line (WARC) or the header line (ARC).
        var length: Int
        var contentLength: Int64
        var targetURI: String?
        var contentType: String?
        /// The capture date (`WARC-Date`, the ARC date), UTC.
        var capturedAt: PartialDate?
        /// Whether the payload is an HTTP message to parse.
        var isHTTP: Bool
        /// Why the record is skipped whatever its payload, or nil.
        var skipReason: String?
        /// For reasons: `WARC response record`, `ARC record`.
        var label: String
    }

    private func readHeader(damage: inout StreamDamage?) -> RecordHeader? {
        switch format {
        case .warc: readWARCHeader(damage: &damage)
        case .arc: readARCHeader(damage: &damage)
        }
    }

    /// A WARC header (ISO 28500 section 4): version line, named fields, an empty line.
    private func readWARCHeader(damage: inout StreamDamage?) -> RecordHeader? {
        guard stream.ensure(Self.warcMarker.count, damage: &damage), stream.bytes(0, Self.warcMarker.count) == Self.warcMarker,
            let end = findHeaderEnd(damage: &damage)
        else { return nil }
        let head = stream.bytes(0, end)
        var fields: [String: String] = [:]
        var lineStart = (head.firstIndex(of: 0x0a) ?? end) + 1
        while lineStart < end {
            let lineEnd = head[lineStart...].firstIndex(of: 0x0a) ?? end
            if let colon = head[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: ":")) {
                let name = ASCII.trimmed(head, lineStart..<colon)
                if let known = Self.warcFieldNames.first(where: { ASCII.equalsLowercased(head[name], $0.bytes) })?.name,
                    fields[known] == nil
                {
                    var value = ASCII.trimmed(head, (colon + 1)..<lineEnd)
                    if value.upperBound > value.lowerBound && head[value.upperBound - 1] == 0x0d {
                        value = ASCII.trimmed(head, value.lowerBound..<(value.upperBound - 1))
                    }
                    fields[known] = String(decoding: head[value], as: UTF8.self)
                }
            }
            lineStart = lineEnd + 1
        }
        guard let lengthText = fields["content-length"], lengthText.utf8.count <= 18, let contentLength = Int64(lengthText),
            contentLength >= 0
        else {
            headerProblem = fields["content-length"] == nil
                ? "has no Content-Length" : "has a bad Content-Length \"\(fields["content-length"]?.prefix(40) ?? "")\""
            return nil
        }
        let type = (fields["warc-type"] ?? "").lowercased()
        let contentType = fields["content-type"]
        var targetURI = fields["warc-target-uri"]
        // WARC 1.0 wrote the URI in angle brackets in some writers' examples.
        if let uri = targetURI, uri.hasPrefix("<"), uri.hasSuffix(">") { targetURI = String(uri.dropFirst().dropLast()) }
        let isHTTP = type == "response" && (contentType?.lowercased().hasPrefix("application/http") ?? false
            || targetURI?.lowercased().hasPrefix("http") == true)
        let skipReason: String? = switch type {
        case "response", "resource", "conversion": nil
        case "": "warc record without type"
        default: "warc \(type) record"
        }
        return RecordHeader(
            length: end, contentLength: contentLength, targetURI: targetURI, contentType: contentType,
            capturedAt: fields["warc-date"].flatMap(Self.warcDate), isHTTP: isHTTP,
            skipReason: skipReason, label: "WARC \(type.isEmpty ? "untyped" : type) record")
    }

    /// The length of the header through its empty line, within `maxHeaderBytes`.
    private func findHeaderEnd(damage: inout StreamDamage?) -> Int? {
        var searched = 0
        while true {
            let count = stream.available
            var index = max(searched - 3, 0)
            while index < count - 1 {
                if stream[index] == 0x0a {
                    if stream[index + 1] == 0x0a { return index + 2 }
                    if index + 2 < count && stream[index + 1] == 0x0d && stream[index + 2] == 0x0a { return index + 3 }
                }
                index += 1
            }
            searched = count
            guard count < Self.maxHeaderBytes, stream.ensure(count + 1, damage: &damage) else { return nil }
        }
    }

    /// An ARC header line: `URL IP date content-type length` (v1) or the ten fields of v2, length last.
    private func readARCHeader(damage: inout StreamDamage?) -> RecordHeader? {
        guard let lineLength = findLineEnd(damage: &damage) else { return nil }
        let line = String(decoding: stream.bytes(0, lineLength), as: UTF8.self)
        guard let fields = Self.arcFields(line), let contentLength = Int64(fields[fields.count - 1]), contentLength >= 0 else {
            return nil
        }
        let url = fields[0]
        let contentType = fields[3]
        let isHeaderRecord = url.hasPrefix("filedesc://")
        let lowerURL = url.lowercased()
        let isHTTP = lowerURL.hasPrefix("http://") || lowerURL.hasPrefix("https://")
        let skipReason: String? = isHeaderRecord ? "arc file header" : (isHTTP ? nil : "arc non-http record")
        return RecordHeader(
            length: lineLength + 1, contentLength: contentLength, targetURI: isHeaderRecord ? nil : url,
            contentType: contentType == "-" ? nil : contentType, capturedAt: Self.arcDate(fields[2]), isHTTP: isHTTP,
            skipReason: skipReason, label: "ARC record")
    }

    /// A `WARC-Date` value: W3C-DTF (`2023-10-02T09:30:00Z`, `2023-10-02T09:30:00.123456Z` in WARC
    /// 1.1); only a full date with a time is a capture date.
    static func warcDate(_ text: String) -> PartialDate? {
        guard let date = DateParser.parse(text), date.precision >= .minute else { return nil }
        return date
    }

    /// An ARC header date, `YYYYMMDDhhmmss` (or `YYYYMMDDhhmm`), in UTC.
    static func arcDate(_ text: String) -> PartialDate? {
        let digits = Array(text.utf8)
        guard digits.count == 12 || digits.count == 14, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ start: Int, _ count: Int) -> Int {
            digits[start..<start + count].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        return PartialDate(
            year: number(0, 4), month: number(4, 2), day: number(6, 2), hour: number(8, 2), minute: number(10, 2),
            second: digits.count == 14 ? number(12, 2) : nil
        )
    }

    /// The fields of an ARC header line (5 for v1, 10 for v2; date of 12 or 14 digits), or nil.
    private static func arcFields(_ line: String) -> [String]? {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count == 5 || fields.count == 10 else { return nil }
        let date = fields[2]
        guard date.count >= 12, date.count <= 14, date.allSatisfy(\.isNumber) else { return nil }
        return fields
    }

    /// The length of the line at the window front (without its LF), within `maxHeaderBytes`.
    private func findLineEnd(damage: inout StreamDamage?) -> Int? {
        var searched = 0
        while true {
            let count = stream.available
            for index in searched..<count where stream[index] == 0x0a {
                return index
            }
            searched = count
            guard count < Self.maxHeaderBytes, stream.ensure(count + 1, damage: &damage) else { return nil }
        }
    }

    // MARK: Boundaries and resynchronisation

    /// How a record's payload ended.
    private enum RecordEnd {
        /// At a record separator.
        case good
        /// Not at a separator: the length is wrong.
        case wrongLength
        /// The gzip member holding the record is damaged.
        case damaged(StreamDamage)
    }

    /// Whether the stream is now at the separator that ends the record starting at `recordOffset`
    /// (consumed, with any extra line ends): CRLF CRLF for WARC; for ARC a LF followed by another
    /// header line or the end.
    private func endOfRecord(at recordOffset: Int64) -> RecordEnd {
        var damage: StreamDamage?
        var lineEnds = 0
        while stream.ensure(1, damage: &damage), stream[0] == 0x0d || stream[0] == 0x0a {
            stream.consume(1)
            lineEnds += 1
        }
        if let damage {
            if damage.start == recordOffset { return .damaged(damage) }
            // A later member is damaged: this record is whole; the damage is reported next.
            pendingDamages.append(damage)
            return format == .arc || lineEnds >= 2 ? .good : .wrongLength
        }
        if stream.available == 0 { return .good }
        switch format {
        case .warc:
            // At least the CRLF CRLF (or a bare-LF pair) ISO 28500 puts after every block; whatever
            // follows is judged as the next record (garbage there is quarantined on its own).
            return lineEnds >= 2 ? .good : .wrongLength
        case .arc:
            // ARC records are separated by a single LF, so the next header line must be there.
            guard let lineLength = findLineEnd(damage: &damage) else {
                if let damage { pendingDamages.append(damage) }
                return damage != nil || stream.available == 0 ? .good : .wrongLength
            }
            return Self.arcFields(String(decoding: stream.bytes(0, lineLength), as: UTF8.self)) != nil ? .good : .wrongLength
        }
    }

    /// Skips to the next record start after `skip` bytes and quarantines everything from `start`.
    private func resync(from start: Int64, afterSkipping skip: Int, reason: String, into outputs: inout [Output]) {
        var damage: StreamDamage?
        stream.consume(skip)
        var found = false
        scanning: while true {
            let count = stream.available
            var index = 0
            while index < count {
                if stream[index] == 0x0a && index + 1 < count && isRecordStart(at: index + 1) {
                    stream.consume(index + 1)
                    found = true
                    break scanning
                }
                index += 1
            }
            // Keep a tail long enough for a record start split across reads.
            let keep = min(count, 4096)
            stream.consume(count - keep)
            guard stream.ensure(keep + 1, damage: &damage) else {
                stream.consume(stream.available)
                break
            }
        }
        let end = found ? stream.locatorOffset() : (damage?.start ?? stream.source.size)
        let size = max(end - start, 0)
        outputs.append(.item(.quarantined(QuarantinedItem(locator: locator(start), reason: reason, size: size, sha256: ""))))
        if let damage { outputs.append(quarantine(damage)) }
    }

    /// Whether a record header starts `index` bytes into the window (looking at what is there).
    private func isRecordStart(at index: Int) -> Bool {
        switch format {
        case .warc:
            let marker = Array("WARC/1.".utf8)
            guard index + marker.count <= stream.available else { return false }
            return stream.bytes(index, marker.count) == marker
        case .arc:
            var end = index
            while end < stream.available && stream[end] != 0x0a && end - index < 4096 { end += 1 }
            guard end < stream.available else { return false }
            return Self.arcFields(String(decoding: stream.bytes(index, end - index), as: UTF8.self)) != nil
        }
    }

    /// Reads and drops `count` bytes; false when the input ended first.
    private func discard(_ count: Int64, damage: inout StreamDamage?) -> Bool {
        var remaining = count
        while remaining > 0 {
            if stream.available == 0 {
                guard stream.ensure(1, damage: &damage) else { return false }
            }
            let taken = min(Int64(stream.available), remaining)
            stream.consume(Int(taken))
            remaining -= taken
        }
        return true
    }

    // MARK: Output

    private func locator(_ offset: Int64) -> SourceLocator {
        SourceLocator(path: path, member: member, offset: offset)
    }

    private func quarantine(_ damage: StreamDamage, from start: Int64? = nil) -> Output {
        let first = min(start ?? damage.start, damage.start)
        let item = QuarantinedItem(locator: locator(first), reason: damage.reason, size: max(damage.resumedAt - first, 0), sha256: "")
        return .item(.quarantined(item))
    }
}
