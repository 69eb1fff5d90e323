import Foundation

/// Reads a CSV export (RFC 4180; also tab- or semicolon-separated): a header row naming the columns,
/// then one article per record, the columns mapped to article fields by `ExportRecordMapper`.
///
/// Line numbers: a record's number is the line on which it starts (a quoted field may hold line
/// breaks, so a record can span lines). The document's `locator.itemIndex`, when set, is the line number
/// of the first line after the header in the whole export (the input reader cuts large exports into
/// chunks that each repeat the header, see `NewsmillInputs`); else lines count from the header's first
/// line as line 1. Each article's locator is the document's with `itemIndex` set to its own line.
/// Blank lines are skipped. A record with another number of fields than the header (more fields are
/// accepted when the extra ones are empty), an unclosed quoted field, or no text is quarantined on its
/// own (`malformed-export: ...` or `no-content: ...`, with its line number), and every other record is read.
public enum CSVExportReader {
    /// Reads the export in `bytes` (UTF-8) whose fields are separated by `delimiter`.
    public static func read(_ bytes: [UInt8], delimiter: UInt8, locator: SourceLocator, now: Date = Date()) -> ExtractionOutcome {
        var outcome = ExtractionOutcome()
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var header: [String]?
        var firstRecordLine = 0
        var recordsStartOffset = 0
        CSVParser.forEachRecord(in: bytes, from: start, delimiter: delimiter) { record in
            guard let names = header else {
                if record.isBlank { return true }
                header = record.fields.map { $0.trimmingWhitespace() }
                let headerLines = record.lineOffset + 1 + bytes[record.range].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                recordsStartOffset = headerLines
                firstRecordLine = locator.itemIndex ?? (headerLines + 1)
                return true
            }
            if record.isBlank && record.problem == nil { return true }
            let number = firstRecordLine + record.lineOffset - recordsStartOffset
            let lineLocator = locator.item(number)
            let recordBytes = bytes[record.range]
            func quarantine(_ reason: String) {
                outcome.quarantined.append(QuarantinedItem(
                    locator: lineLocator, reason: reason, size: Int64(recordBytes.count), sha256: ArticleIdentity.sha256Hex(recordBytes)
                ))
            }
            if let problem = record.problem {
                quarantine("malformed-export: line \(number): \(problem)")
                return true
            }
            let extraAreEmpty = record.fields.count > names.count
                && record.fields[names.count...].allSatisfy { $0.trimmingWhitespace().isEmpty }
            guard record.fields.count == names.count || extraAreEmpty else {
                quarantine("malformed-export: line \(number) has \(record.fields.count) fields, the header has \(names.count)")
                return true
            }
            let fields = zip(names, record.fields).map { (key: $0.0, value: $0.1 as Any) }
            if let article = ExportRecordMapper.article(from: fields, kind: .csv, locator: lineLocator, now: now) {
                outcome.articles.append(article)
            } else {
                quarantine("no-content: line \(number) has no article text")
            }
            return true
        }
        return outcome
    }
}
