import Foundation

/// Reads a JSON Lines export (https://jsonlines.org): one article per line, each line a JSON object
/// whose keys `ExportRecordMapper` maps to article fields.
///
/// Line numbers: the document's `locator.itemIndex`, when set, is the line number of its first line
/// in the whole export (the input reader cuts large exports into chunks, see `NewsmillInputs`), else
/// the document starts at line 1. Each article's locator is the document's with `itemIndex` set to its
/// own line number. Blank lines are skipped. A line that is not valid JSON, is not an object, or has no
/// text is quarantined on its own (`malformed-export: ...` or `no-content: ...`, with its line number,
/// size and SHA-256), and every other line is read.
public enum JSONLinesReader {
    /// Reads the export in `bytes` (UTF-8). `now` bounds dates ("never in the future").
    public static func read(_ bytes: [UInt8], locator: SourceLocator, now: Date = Date()) -> ExtractionOutcome {
        var outcome = ExtractionOutcome()
        var line = locator.itemIndex ?? 1
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let count = bytes.count
        while start < count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? count
            readLine(bytes, start..<end, number: line, locator: locator, now: now, into: &outcome)
            line += 1
            start = end + 1
        }
        return outcome
    }

    private static func readLine(
        _ bytes: [UInt8], _ range: Range<Int>, number: Int, locator: SourceLocator, now: Date, into outcome: inout ExtractionOutcome
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, CharsetDecoder.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, CharsetDecoder.isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        let lineBytes = bytes[lower..<upper]
        let lineLocator = locator.item(number)
        func quarantine(_ reason: String) {
            outcome.quarantined.append(QuarantinedItem(
                locator: lineLocator, reason: reason, size: Int64(lineBytes.count), sha256: ArticleIdentity.sha256Hex(lineBytes)
            ))
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(lineBytes), options: [.fragmentsAllowed])
        } catch {
            return quarantine("malformed-export: line \(number) is not valid JSON")
        }
        guard let object = parsed as? [String: Any] else {
            return quarantine("malformed-export: line \(number) is \(describe(parsed)), not a JSON object")
        }
        let fields = object.map { (key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
        guard let article = ExportRecordMapper.article(from: fields, kind: .jsonLines, locator: lineLocator, now: now) else {
            let keys = object.keys.sorted().prefix(12).joined(separator: ", ")
            return quarantine("no-content: line \(number) has no article text (keys: \(keys.isEmpty ? "none" : keys))")
        }
        outcome.articles.append(article)
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is [Any]: "an array"
        case is String: "a string"
        case is NSNull: "null"
        case is NSNumber: "a number"
        default: "a JSON value"
        }
    }
}
