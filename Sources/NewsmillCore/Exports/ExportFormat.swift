/// The two kinds of article export Newsmill reads, as recognised from their first bytes.
///
/// - **JSON Lines** (https://jsonlines.org): the first non-blank line is one complete JSON object
///   (no line break inside it outside strings, so pretty-printed JSON is not taken), the next non-blank
///   line (when the sample holds one) starts with `{` too, and the first object has article keys
///   (`ExportField.looksLikeArticleRecord`). A single-line JSON Feed stays a JSON Feed.
/// - **CSV** (RFC 4180, also tab- and semicolon-separated): a header row whose fields include article
///   column names, and at least three in four of the complete records after it in the sample have as
///   many fields as the header (one malformed row among the first does not hide the export).
///   When several delimiters fit, the one giving the most recognised columns wins.
///
/// A UTF-8 byte order mark is skipped. The sample may end in the middle of a record; that record is
/// not judged.
///
/// A declared media type of an export (`application/jsonl`, `application/x-ndjson`, `text/csv`,
/// `text/tab-separated-values`) relaxes the checks to the shape alone: a CSV header with
/// article columns (a declared JSON Lines type is taken as it is). `NewsmillInputs` declares it on the chunks it cut from an export it recognised, so
/// that a chunk whose first records are malformed or lack article keys is still read record by record.
public enum ExportFormat: Sendable, Hashable {
    /// One JSON object per line.
    case jsonLines
    /// A header row and records separated by `delimiter`.
    case csv(delimiter: UInt8)

    /// The document kind of this format.
    public var kind: DocumentKind {
        switch self {
        case .jsonLines: .jsonLines
        case .csv: .csv
        }
    }

    /// The delimiters tried, in order of preference on a tie.
    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]

    /// How many records after a CSV header are checked for a consistent field count.
    private static let recordsChecked = 8

    /// The export format of `bytes` (the start of an input, or all of it), or nil.
    /// `isComplete` says whether `bytes` is the whole input (so its last line is complete).
    public static func detect(_ bytes: [UInt8], isComplete: Bool, declaredType: String? = nil) -> ExportFormat? {
        let declared = declaredType.flatMap(declaredFormat)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var index = start
        while index < bytes.count, CharsetDecoder.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        if declared == .jsonLines { return .jsonLines }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return isJSONLines(bytes, objectStart: index, isComplete: isComplete) ? .jsonLines : nil
        case UInt8(ascii: "<"), UInt8(ascii: "["):
            return nil
        default:
            let trusted = declared != nil && declared != .jsonLines
            return csvDelimiter(bytes, from: start, isComplete: isComplete, headerOnly: trusted).map { .csv(delimiter: $0) }
        }
    }

    /// The export format a media type declares (its delimiter a guess for CSV), or nil.
    static func declaredFormat(_ contentType: String) -> ExportFormat? {
        let media = contentType.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
        switch media {
        case "application/jsonl", "application/x-ndjson", "application/jsonlines", "application/x-jsonlines": return .jsonLines
        case "text/csv": return .csv(delimiter: UInt8(ascii: ","))
        case "text/tab-separated-values": return .csv(delimiter: 0x09)
        default: return nil
        }
    }

    // MARK: JSON Lines

    /// Whether `bytes` are shaped as JSON Lines (a one-line object, then another line opening with `{`),
    /// article keys or not; for the reason an input is not recognised.
    public static func hasJSONLinesShape(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, CharsetDecoder.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{"), let first = scanObjectLine(bytes, from: index) else { return false }
        var next = first.end
        while next < bytes.count, CharsetDecoder.isSpace(bytes[next]) { next += 1 }
        return next < bytes.count && bytes[next] == UInt8(ascii: "{")
    }

    private static func isJSONLines(_ bytes: [UInt8], objectStart: Int, isComplete: Bool) -> Bool {
        guard let first = scanObjectLine(bytes, from: objectStart) else { return false }
        guard ExportField.looksLikeArticleRecord(first.keys) else { return false }
        var index = first.end
        while index < bytes.count, CharsetDecoder.isSpace(bytes[index]) { index += 1 }
        if index == bytes.count {
            // One object only: a JSON Feed written on one line is still a JSON Feed.
            return !first.keys.contains("version") || !contains(Array("jsonfeed.org/version".utf8), in: bytes)
        }
        return bytes[index] == UInt8(ascii: "{")
    }

    /// Scans one JSON object starting at `start` (a `{`): its end (just after the closing brace and the
    /// rest of its line) and its top-level keys; nil when a line break comes before the object closes,
    /// the sample ends first, or something other than white space follows it on the line.
    private static func scanObjectLine(_ bytes: [UInt8], from start: Int) -> (end: Int, keys: [String])? {
        var depth = 0
        var index = start
        var inString = false
        var stringStart = 0
        var keys: [String] = []
        var pendingKey: String?
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 1 { pendingKey = String(decoding: bytes[stringStart..<index], as: UTF8.self) }
                } else if byte == 0x0A {
                    return nil
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                stringStart = index + 1
                pendingKey = nil
            case UInt8(ascii: ":"):
                if let key = pendingKey { keys.append(key) }
                pendingKey = nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                pendingKey = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    var end = index + 1
                    while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D { end += 1 }
                    guard end == bytes.count || bytes[end] == 0x0A else { return nil }
                    return (end, keys)
                }
            case 0x0A:
                return nil
            case 0x20, 0x09, 0x0D:
                break
            default:
                pendingKey = nil
            }
            index += 1
        }
        return nil
    }

    // MARK: CSV

    /// The delimiter under which the first record is an article header and the next records agree.
    private static func csvDelimiter(_ bytes: [UInt8], from start: Int, isComplete: Bool, headerOnly: Bool) -> UInt8? {
        var best: (delimiter: UInt8, recognised: Int)?
        for delimiter in delimiters {
            guard let recognised = recognisedColumns(bytes, from: start, delimiter: delimiter, isComplete: isComplete, headerOnly: headerOnly),
                recognised > (best?.recognised ?? 0)
            else { continue }
            best = (delimiter, recognised)
        }
        return best?.delimiter
    }

    /// How many header columns of `bytes` are article fields under `delimiter`, when it reads as an
    /// export; nil otherwise.
    private static func recognisedColumns(
        _ bytes: [UInt8], from start: Int, delimiter: UInt8, isComplete: Bool, headerOnly: Bool
    ) -> Int? {
        var header: CSVParser.Record?
        var mismatched = 0
        var checked = 0
        CSVParser.forEachRecord(in: bytes, from: start, delimiter: delimiter) { record in
            // A record cut by the end of the sample is not judged.
            let complete = record.range.upperBound < bytes.count || isComplete
            guard complete, record.problem == nil else { return false }
            guard let head = header else {
                if record.isBlank { return true }
                header = record
                // Not an article header: no need to look at the records.
                let names = record.fields.map { $0.trimmingWhitespace() }
                return !headerOnly && record.fields.count >= 2 && ExportField.looksLikeArticleRecord(names)
            }
            if record.isBlank { return true }
            if record.fields.count != head.fields.count { mismatched += 1 }
            checked += 1
            return checked < recordsChecked
        }
        guard let header, mismatched * 4 <= checked, header.fields.count >= 2 else { return nil }
        let names = header.fields.map { $0.trimmingWhitespace() }
        guard names.allSatisfy({ $0.utf8.count <= 64 }), ExportField.looksLikeArticleRecord(names) else { return nil }
        return Set(names.compactMap { ExportField.match($0)?.field }).count
    }

    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
