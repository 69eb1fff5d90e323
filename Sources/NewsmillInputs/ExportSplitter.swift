import NewsmillCore

/// Cuts an article export (JSON Lines, or CSV with a header row) into chunk documents of bounded size,
/// so that an export of any size streams through the pipeline's jobs with bounded memory.
///
/// Bytes are fed in pieces as they are read. Records end at a line feed (JSON Lines) or at a line feed
/// outside a quoted field (CSV, RFC 4180 section 2, by `CSVRecordScanner`'s rules, the same the core's
/// parser uses). A chunk holds whole records only, at most `InputLimits.exportChunkRecords` of them and
/// about `exportChunkBytes` bytes (a chunk closes at the first record boundary past that size). Each CSV
/// chunk starts with the export's header row, so the core reads it on its own. A chunk's locator has
/// `itemIndex` = the line number (1-based, in the whole export) of its first line after the header,
/// from which the core numbers each record's line. Blank lines between chunks are dropped.
///
/// A record longer than `InputLimits.maxEntryBytes` is not held: it is skipped to its end and
/// quarantined (`too-large: ...`) with its line number; for CSV such a record ends at the next line
/// feed even inside quotes, so a stray quote cannot swallow the rest of the export.
final class ExportSplitter {
    private let format: ExportFormat
    /// The file on disk the export is read from.
    let path: String
    /// The member inside the archive(s) at `path`, or nil.
    let member: String?
    private let maxRecords: Int
    private let maxChunkBytes: Int
    private let maxRecordBytes: Int64
    /// Whether records are CSV (else JSON Lines, one per line).
    private let isCSV: Bool
    /// Finds CSV record ends; unused for JSON Lines.
    private var scanner: CSVRecordScanner

    /// The CSV header row (with its line break), once read; always empty for JSON Lines.
    private var header: [UInt8] = []
    private var needsHeader: Bool
    /// The complete records of the chunk being built.
    private var pending: [UInt8] = []
    private var pendingRecords = 0
    /// The line number of `pending`'s first byte.
    private var chunkFirstLine = 1
    /// The bytes of the record being read, unless it grew over `maxRecordBytes`.
    private var record: [UInt8] = []
    private var recordSize: Int64 = 0
    private var recordIsTooLarge = false
    private var recordStartLine = 1
    /// The number of the line the next byte is on.
    private var line = 1
    private var sawAnyRecord = false

    /// Records handed out in chunks so far.
    private(set) var recordCount = 0

    /// A splitter for an export in `format` read from `path` (and `member` inside an archive).
    init(format: ExportFormat, path: String, member: String?, limits: InputLimits) {
        self.format = format
        self.path = path
        self.member = member
        maxRecords = max(1, limits.exportChunkRecords)
        maxChunkBytes = max(1, limits.exportChunkBytes)
        maxRecordBytes = limits.maxEntryBytes
        if case .csv(let delimiter) = format {
            scanner = CSVRecordScanner(delimiter: delimiter)
            isCSV = true
        } else {
            scanner = CSVRecordScanner(delimiter: 0x0A)
            isCSV = false
        }
        needsHeader = isCSV
    }

    /// The line on which the record being read started (where a read failure would cut it).
    var currentRecordLine: Int { recordStartLine }

    /// Takes the next bytes of the export; returns the chunks and quarantined records they completed.
    func feed(_ bytes: UnsafeRawBufferPointer) -> [InputItem] {
        var out: [InputItem] = []
        var segmentStart = 0
        let count = bytes.count
        // Each turn scans to the end of the current record (or of the piece) with local state only, then
        // hands the bytes on: per-byte work touches no stored property (no exclusivity checks).
        while segmentStart < count {
            let tooLarge = recordIsTooLarge
            // Bytes the record may still grow by before it is over the limit.
            let budget = tooLarge ? Int.max : Int(clamping: maxRecordBytes - recordSize)
            var index = segmentStart
            var endsRecord = false
            if isCSV {
                var scanner = self.scanner
                while index < count {
                    let byte = bytes[index]
                    let ends = scanner.consume(byte)
                    index += 1
                    if byte == 0x0A {
                        line += 1
                        // An over-long record ends at the next line feed even inside quotes.
                        if ends || tooLarge {
                            if !ends { scanner.reset() }
                            endsRecord = true
                            break
                        }
                    }
                    if index - segmentStart > budget { break }
                }
                self.scanner = scanner
            } else {
                let limit = budget == Int.max ? count : min(count, segmentStart + budget + 1)
                if let newline = bytes[segmentStart..<limit].firstIndex(of: 0x0A) {
                    index = newline + 1
                    line += 1
                    endsRecord = true
                } else {
                    index = limit
                }
            }
            // Over the limit is noticed as it happens, so that a CSV record ends at its next line feed.
            append(UnsafeRawBufferPointer(rebasing: bytes[segmentStart..<index]))
            segmentStart = index
            if endsRecord { endRecord(into: &out) }
        }
        return out
    }

    /// Takes `bytes` as the next piece of the export.
    func feed(_ bytes: [UInt8]) -> [InputItem] {
        bytes.withUnsafeBytes { feed($0) }
    }

    /// The end of the export: the last record (even without a final line break) and the last chunk.
    /// A CSV export of a header alone gives one document holding the header (the core reports it).
    func finish() -> [InputItem] {
        var out: [InputItem] = []
        if recordSize > 0 { endRecord(into: &out) }
        flush(into: &out)
        if !sawAnyRecord && !header.isEmpty {
            out.append(.document(Document(locator: SourceLocator(path: path, member: member, itemIndex: line), bytes: header)))
        }
        return out
    }

    /// Ends the export early (a read failure): the chunk of complete records is handed out; the record
    /// being read is not (the caller quarantines from `currentRecordLine` on).
    func abandon() -> [InputItem] {
        var out: [InputItem] = []
        flush(into: &out)
        record = []
        recordSize = 0
        return out
    }

    // MARK: Records and chunks

    private func append(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        recordSize += Int64(bytes.count)
        guard !recordIsTooLarge else { return }
        if recordSize > maxRecordBytes {
            recordIsTooLarge = true
            record = []
            return
        }
        record.append(contentsOf: bytes)
    }

    private func endRecord(into out: inout [InputItem]) {
        defer {
            record.removeAll(keepingCapacity: record.count <= 1 << 20)
            recordSize = 0
            recordIsTooLarge = false
            recordStartLine = line
        }
        if recordIsTooLarge {
            let reason = "too-large: the record at line \(recordStartLine) holds \(ReasonText.bytes(recordSize)), over the \(ReasonText.bytes(maxRecordBytes)) limit"
            // The chunk so far ends here, so that every chunk's lines are contiguous.
            flush(into: &out)
            out.append(.quarantined(QuarantinedItem(
                locator: SourceLocator(path: path, member: member, itemIndex: recordStartLine), reason: reason, size: recordSize, sha256: ""
            )))
            chunkFirstLine = line
            return
        }
        let isBlank = record.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        if needsHeader {
            guard !isBlank else { return }
            header = record
            needsHeader = false
            chunkFirstLine = line
            return
        }
        if isBlank {
            if pendingRecords == 0 {
                chunkFirstLine = line
            } else {
                pending.append(contentsOf: record)
            }
            return
        }
        if pendingRecords == 0 { chunkFirstLine = recordStartLine }
        pending.append(contentsOf: record)
        pendingRecords += 1
        sawAnyRecord = true
        if pendingRecords >= maxRecords || pending.count >= maxChunkBytes { flush(into: &out) }
    }

    private func flush(into out: inout [InputItem]) {
        guard pendingRecords > 0 else { return }
        var bytes = header
        if bytes.isEmpty {
            bytes = pending
        } else {
            bytes.append(contentsOf: pending)
        }
        let locator = SourceLocator(path: path, member: member, itemIndex: chunkFirstLine)
        out.append(.document(Document(locator: locator, bytes: bytes, declaredContentType: format.mediaType)))
        recordCount += pendingRecords
        pending = []
        pendingRecords = 0
        chunkFirstLine = line
    }
}

extension ExportFormat {
    /// The media type a chunk is declared as (`application/jsonl`, `text/csv`,
    /// `text/tab-separated-values`), a hint for the core's detection.
    var mediaType: String {
        switch self {
        case .jsonLines: "application/jsonl"
        case .csv(let delimiter) where delimiter == 0x09: "text/tab-separated-values"
        case .csv: "text/csv"
        }
    }
}
