import NewsmillCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files, directories, compressed files and archives as a lazy stream of documents.
///
/// Each `next()` does only the work for one item: it walks directories as it reaches them (sorted,
/// hidden entries skipped, every directory once), and reads archives member by member, so memory
/// holds at most one member per nesting level (each bounded by `InputLimits.maxEntryBytes`) however
/// large the input is. Containers are recognised by their magic bytes (gzip, bzip2, xz, zstd, lz4,
/// zip, tar, 7z, rar) and read with libarchive; every other file is passed on as it is, for the core
/// to judge. An empty file is passed on as a document with no bytes.
///
/// WARC (1.0/1.1) and ARC files, plain or gzip-compressed per record, are recognised by content too
/// (`WARC/`, `filedesc://`, also inside a gzip stream or an archive member) and read record by record
/// (`WebArchiveReader`): HTML, XHTML, feed and plain-text payloads of `response`, `resource` and
/// `conversion` records become documents with the HTTP Content-Type and the target URI; other
/// records are counted in `skipped`. Each such document carries the record's capture date
/// (`Document.capturedAt`, from `WARC-Date` or the ARC date). A WARC on disk is streamed whatever its
/// size; one inside an archive is a member, so bounded by `maxEntryBytes`.
///
/// Article exports (JSON Lines, CSV/TSV with a header row; `ExportFormat`), recognised by content in a
/// file on disk, a single compressed stream (`.jsonl.gz`) or an archive member, are cut into chunk
/// documents of bounded size by `ExportSplitter` (each CSV chunk repeating the header row, each locator's
/// `itemIndex` the line number of its first record). A file on disk or a compressed stream is streamed
/// whatever its size (a record longer than `maxEntryBytes` is quarantined on its own); an archive
/// member is bounded by `maxEntryBytes` as any member is.
///
/// Nothing stops the stream: a missing or unreadable path, a truncated or corrupt archive or member,
/// a member over a limit, each becomes a `.quarantined` item whose reason starts with a category word
/// (`missing`, `unreadable`, `truncated`, `corrupt`, `too-large`, `bomb`, `nesting`,
/// `too-many-entries`), and reading goes on with whatever can still be read.
///
/// Locators: `path` is the file on disk as found; `member` is the member path inside the archive,
/// nested containers joined with `!/` (`inner.zip!/a.txt`), and nil for plain files and for a single
/// compressed file such as `article.txt.gz`. Web archive records add `offset`: the record's first
/// byte in a plain WARC, the start of the gzip member holding it in a compressed one.
///
/// Not thread-safe: use one reader from one thread at a time.
public final class InputReader {
    /// Why a container stops being read, and how much of the input that abandons.
    private enum Scope { case member, container, file }

    private struct Stop {
        var reason: String
        var scope: Scope
    }

    private enum MemberOutcome {
        case complete([UInt8])
        case failed(reason: String, partial: [UInt8], scope: Scope)
    }

    private enum OpenOutcome {
        case frame(ContainerFrame)
        case emptyStream
        case failed(String)
    }

    /// One open container: the file on disk (depth 0) or a member read into memory.
    private final class ContainerFrame {
        let reader: ArchiveReader
        /// The locator member naming this container (nil for the file on disk).
        let member: String?
        let depth: Int
        /// For reasons: `tar archive (gzip)`, `gzip stream`.
        let description: String
        /// For a single compressed stream, the bytes read while detecting its content; nil once read
        /// (or always, for an archive).
        var peeked: [UInt8]?
        let isSingleStream: Bool
        var entryCount = 0
        var consecutiveHeaderFailures = 0
        /// Decompressed bytes taken from this container so far, for its overall compression ratio.
        var decompressedBytes: Int64 = 0
        /// `compressedBytesConsumed` when the current member's data began.
        var entryStart: Int64 = 0

        init(reader: ArchiveReader, member: String?, depth: Int, description: String, peeked: [UInt8]?) {
            self.reader = reader
            self.member = member
            self.depth = depth
            self.description = description
            self.peeked = peeked
            isSingleStream = peeked != nil
        }
    }

    private static let chunkSize = 64 << 10
    private static let minimumBytesForRatio: Int64 = 1 << 20
    private static let maxConsecutiveHeaderFailures = 8

    private let limits: InputLimits
    private var walker: PathWalker
    private var queued: [InputItem] = []
    private var containers: [ContainerFrame] = []
    /// The file on disk whose containers are open, with its locator path.
    private var currentFile: (file: OpenFile, path: String)?
    private var currentFileProgress: Int64 = 0
    private var completedBytes: Int64 = 0
    /// Decompressed bytes the current file on disk may still produce (`maxArchiveBytes`).
    private var archiveBudget: Int64 = 0
    private let chunk: UnsafeMutableRawBufferPointer
    /// The WARC or ARC file being read record by record, when there is one; read before `containers`.
    private var webArchive: WebArchiveReader?
    /// Whether `webArchive` is the file on disk itself (its progress is the file's).
    private var webArchiveIsFile = false
    /// The article export being cut into chunks, when there is one; read before `webArchive`.
    private var export: ExportStream?

    /// An article export being cut into chunks, and where its bytes come from.
    private final class ExportStream {
        /// Where the export's bytes are read from.
        enum Source {
            /// The file on disk itself.
            case file(OpenFile)
            /// A single compressed stream: the innermost open container.
            case stream(ContainerFrame)
            /// An archive member already read into memory.
            case memory([UInt8])
        }

        let splitter: ExportSplitter
        let source: Source
        /// Bytes of the export consumed so far (decompressed, for a stream).
        var offset: Int

        init(splitter: ExportSplitter, source: Source, offset: Int = 0) {
            self.splitter = splitter
            self.source = source
            self.offset = offset
        }
    }

    /// How much of an input is read to decide whether it is an article export (a JSON Lines record
    /// can be long: an article with its HTML).
    private static let exportHeadBytes = 1 << 20

    /// Web archive records read and deliberately not passed on, by reason (`warc request record`,
    /// `http status not 2xx`, `content type not text`, ...). They are not quarantined.
    public private(set) var skipped: [String: Int] = [:]

    /// A reader over `paths` (files and directories, read in the order given) with `limits`.
    public init(paths: [String], limits: InputLimits = InputLimits()) {
        self.limits = limits
        walker = PathWalker(paths: paths)
        chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
    }

    deinit {
        containers.removeAll()
        chunk.deallocate()
    }

    /// Bytes of input consumed from disk so far: compressed bytes for archives; a file that was
    /// skipped or abandoned counts in full once the reader is past it. Grows to `plannedBytes`.
    public var bytesRead: Int64 { completedBytes + currentFileProgress }

    /// The sum of the sizes of the regular files under `paths`, walked as `InputReader` walks them.
    public static func plannedBytes(paths: [String]) -> Int64 {
        var walker = PathWalker(paths: paths)
        var total: Int64 = 0
        while let event = walker.next() {
            if case .file(_, let size) = event { total += size }
        }
        return total
    }

    /// The next document or quarantined item, or nil when every input was read. Never throws.
    public func next() -> InputItem? {
        defer { updateProgress() }
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            if let export {
                readExportPiece(export)
                continue
            }
            if let archive = webArchive {
                readRecord(archive)
                continue
            }
            if let frame = containers.last {
                advance(frame)
                continue
            }
            finishCurrentFile()
            guard let event = walker.next() else { return nil }
            switch event {
            case .problem(let path, let reason):
                emitQuarantine(path: path.label, member: nil, reason: reason, size: 0, sha256: "")
            case .file(let path, _):
                startFile(path)
            }
        }
    }

    // MARK: Files on disk

    private func startFile(_ path: FilePath) {
        let label = path.label
        guard let descriptor = path.withCString({ open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }) else {
            emitQuarantine(path: label, member: nil, reason: "missing: the path contains a NUL byte", size: 0, sha256: "")
            return
        }
        guard descriptor >= 0 else {
            let code = errno
            let category = code == ENOENT ? "missing" : "unreadable"
            emitQuarantine(path: label, member: nil, reason: "\(category): \(errorText(code))", size: 0, sha256: "")
            return
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            let reason = info.st_mode & S_IFMT == S_IFREG ? errorText(errno) : "not a regular file"
            close(descriptor)
            emitQuarantine(path: label, member: nil, reason: "unreadable: \(reason)", size: 0, sha256: "")
            return
        }
        let file = OpenFile(descriptor: descriptor, size: Int64(info.st_size))
        let prefix: [UInt8]
        switch Self.readFile(file, from: [], upTo: ContainerFormat.prefixLength, chunk: chunk) {
        case .success(let bytes):
            prefix = bytes
        case .failure(let error):
            completedBytes += file.size
            emitQuarantine(path: label, member: nil, reason: "unreadable: \(errorText(error.code))", size: 0, sha256: "")
            return
        }
        if let archive = webArchiveReader(.file(file), prefix: prefix, path: label, member: nil) {
            currentFile = (file, label)
            currentFileProgress = 0
            webArchive = archive
            webArchiveIsFile = true
            return
        }
        if let format = ContainerFormat.detect(prefix) {
            currentFile = (file, label)
            currentFileProgress = 0
            archiveBudget = limits.maxArchiveBytes
            switch openContainer(.file(file), format: format, member: nil, depth: 0) {
            case .frame(let frame):
                containers.append(frame)
            case .emptyStream:
                emit(.document(Document(locator: SourceLocator(path: label), bytes: [])))
            case .failed(let reason):
                let identity = fileIdentity(file)
                emitQuarantine(path: label, member: nil, reason: reason, size: identity.size, sha256: identity.sha256)
            }
            return
        }
        var head = prefix
        if head.count < Self.exportHeadBytes, Int64(head.count) < file.size,
            case .success(let bytes) = Self.readFile(file, from: prefix, upTo: Self.exportHeadBytes, chunk: chunk)
        {
            head = bytes
        }
        if let format = FormatDetector.exportFormat(bytes: head, isComplete: Int64(head.count) >= file.size) {
            currentFile = (file, label)
            currentFileProgress = 0
            export = ExportStream(splitter: ExportSplitter(format: format, path: label, member: nil, limits: limits), source: .file(file))
            return
        }
        readPlainFile(file, path: label, prefix: head)
    }

    private func readPlainFile(_ file: OpenFile, path: String, prefix: [UInt8]) {
        defer { completedBytes += file.size }
        let limitText = ReasonText.bytes(limits.maxEntryBytes)
        guard file.size <= limits.maxEntryBytes else {
            let reason = "too-large: \(ReasonText.bytes(file.size)) file exceeds the \(limitText) limit"
            emitQuarantine(path: path, member: nil, reason: reason, size: file.size, sha256: "")
            return
        }
        let bound = Int(min(limits.maxEntryBytes, Int64(Int.max - 1))) + 1
        switch Self.readFile(file, from: prefix, upTo: bound, chunk: chunk) {
        case .success(let bytes) where bytes.count < bound:
            emit(.document(Document(locator: SourceLocator(path: path), bytes: bytes)))
        case .success(let bytes):
            let reason = "too-large: file grew beyond the \(limitText) limit while being read"
            emitQuarantine(path: path, member: nil, reason: reason, size: Int64(bytes.count), sha256: "")
        case .failure(let error):
            emitQuarantine(path: path, member: nil, reason: "unreadable: \(errorText(error.code))", bytes: error.partial)
        }
    }

    private struct ReadError: Error {
        var code: Int32
        var partial: [UInt8]
    }

    /// Reads `file` from offset `bytes.count` on, appending to `bytes` until `limit` bytes or the end.
    private static func readFile(
        _ file: OpenFile, from bytes: [UInt8], upTo limit: Int, chunk: UnsafeMutableRawBufferPointer
    ) -> Result<[UInt8], ReadError> {
        var bytes = bytes
        if file.size > Int64(bytes.count) { bytes.reserveCapacity(Int(min(file.size, Int64(limit)))) }
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = pread(file.descriptor, chunk.baseAddress, wanted, off_t(bytes.count))
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(code: errno, partial: bytes))
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return .success(bytes)
    }

    /// The size and, when it is no larger than a member may be, the SHA-256 of a whole file.
    private func fileIdentity(_ file: OpenFile) -> (size: Int64, sha256: String) {
        guard file.size <= limits.maxEntryBytes,
            case .success(let bytes) = Self.readFile(file, from: [], upTo: Int(file.size), chunk: chunk)
        else { return (file.size, "") }
        return (file.size, ArticleIdentity.sha256Hex(bytes))
    }

    private func finishCurrentFile() {
        guard let current = currentFile else { return }
        completedBytes += current.file.size
        currentFile = nil
        currentFileProgress = 0
    }

    private func updateProgress() {
        if let current = currentFile, let top = containers.first {
            let consumed = min(current.file.size, top.reader.compressedBytesConsumed)
            currentFileProgress = max(currentFileProgress, consumed)
        }
        if let current = currentFile, let archive = webArchive, webArchiveIsFile {
            currentFileProgress = max(currentFileProgress, min(current.file.size, archive.sourceBytesConsumed))
        }
        if let export, case .file = export.source {
            currentFileProgress = max(currentFileProgress, Int64(export.offset))
        }
        if containers.isEmpty && webArchive == nil && export == nil { finishCurrentFile() }
    }

    // MARK: Web archives

    /// A reader for `source` when it is a WARC or ARC file, plain or gzip-compressed (`prefix` holds
    /// its first bytes as stored); nil for anything else.
    private func webArchiveReader(_ source: RandomAccessBytes, prefix: [UInt8], path: String, member: String?) -> WebArchiveReader? {
        if let format = WebArchiveFormat.detect(prefix) {
            guard let stream = RecordByteStream(source: source, isGzip: false, maxCompressionRatio: limits.maxCompressionRatio)
            else { return nil }
            return WebArchiveReader(stream: stream, format: format, path: path, member: member, limits: limits)
        }
        guard ContainerFormat.detect(prefix) == .gzip,
            let stream = RecordByteStream(source: source, isGzip: true, maxCompressionRatio: limits.maxCompressionRatio)
        else { return nil }
        // The first decoded bytes decide, even when their member then turns out damaged; damage met
        // here (a few members at most) is reported first by the reader.
        var damages: [StreamDamage] = []
        while damages.count < 4 {
            var damage: StreamDamage?
            if stream.ensure(16, damage: &damage) { break }
            guard let damage else { break }
            damages.append(damage)
        }
        guard let format = WebArchiveFormat.detect(stream.firstDecodedBytes) else { return nil }
        return WebArchiveReader(stream: stream, format: format, path: path, member: member, limits: limits, initialDamages: damages)
    }

    /// Reads one record of the current web archive.
    private func readRecord(_ archive: WebArchiveReader) {
        guard let outputs = archive.next() else {
            webArchive = nil
            webArchiveIsFile = false
            return
        }
        for output in outputs {
            switch output {
            case .item(let item): emit(item)
            case .skipped(let reason): skipped[reason, default: 0] += 1
            }
        }
    }

    // MARK: Article exports

    /// Reads and splits the next piece of the current export (64 KiB), or finishes it.
    private func readExportPiece(_ stream: ExportStream) {
        switch stream.source {
        case .file(let file):
            let count = pread(file.descriptor, chunk.baseAddress, chunk.count, off_t(stream.offset))
            if count < 0 {
                if errno == EINTR { return }
                failExport(stream, reason: "unreadable: \(errorText(errno))", scope: .file)
                return
            }
            if count == 0 {
                finishExport(stream)
                return
            }
            stream.offset += count
            for item in stream.splitter.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<count])) { emit(item) }
        case .stream(let frame):
            switch frame.reader.readData(into: chunk) {
            case .failure(let failure):
                failExport(stream, reason: ReasonText.failure(failure, reading: frame.description), scope: failure.isFatal ? .container : .member)
            case .success(0):
                finishExport(stream)
            case .success(let count):
                stream.offset += count
                if let stop = account(frame, count: count, memberBytes: Int64(stream.offset)) {
                    failExport(stream, reason: stop.reason, scope: stop.scope)
                    return
                }
                for item in stream.splitter.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<count])) { emit(item) }
            }
        case .memory(let bytes):
            guard stream.offset < bytes.count else {
                finishExport(stream)
                return
            }
            let end = min(stream.offset + chunk.count, bytes.count)
            let items = bytes.withUnsafeBytes { stream.splitter.feed(UnsafeRawBufferPointer(rebasing: $0[stream.offset..<end])) }
            stream.offset = end
            for item in items { emit(item) }
        }
    }

    /// The export was read to its end: its last chunk is emitted, and a stream's container closed.
    private func finishExport(_ stream: ExportStream) {
        for item in stream.splitter.finish() { emit(item) }
        export = nil
        if case .stream = stream.source { containers.removeLast() }
    }

    /// Reading the export failed: the complete records are emitted, the rest (from the record being
    /// read) is quarantined with `reason`, and as much is abandoned as `scope` says.
    private func failExport(_ stream: ExportStream, reason: String, scope: Scope) {
        for item in stream.splitter.abandon() { emit(item) }
        let locator = SourceLocator(
            path: stream.splitter.path, member: stream.splitter.member, itemIndex: stream.splitter.currentRecordLine
        )
        emit(.quarantined(QuarantinedItem(locator: locator, reason: reason + " (from line \(stream.splitter.currentRecordLine) on)", size: 0, sha256: "")))
        export = nil
        if case .stream = stream.source {
            containers.removeLast()
            if scope == .file { containers.removeAll() }
        }
    }

    // MARK: Containers

    /// Opens a container. A compressed stream is first opened with the raw format and its first
    /// decompressed bytes checked: an archive inside (a .tar.gz) is then reopened with every archive
    /// format, anything else is read as one document. (libarchive's raw format matches any data, so
    /// it cannot be offered alongside the archive formats; and letting every format bid on the
    /// decompressed data would, for example, read a stream of zeros as an empty tar archive.)
    private func openContainer(_ source: ArchiveSource, format: ContainerFormat, member: String?, depth: Int) -> OpenOutcome {
        guard format.isCompression else {
            do {
                let reader = try ArchiveReader(source: source, mode: .archive)
                let filters = reader.filterNames
                let description = filters.isEmpty
                    ? "\(format.name) archive" : "\(format.name) archive (\(filters.joined(separator: ", ")))"
                let frame = ContainerFrame(reader: reader, member: member, depth: depth, description: description, peeked: nil)
                return .frame(frame)
            } catch {
                return .failed(ReasonText.failure(error, reading: "\(format.name) archive"))
            }
        }
        let streamName = "\(format.name) stream"
        let reader: ArchiveReader
        do {
            reader = try ArchiveReader(source: source, mode: .singleStream)
        } catch {
            return .failed(ReasonText.failure(error, reading: streamName))
        }
        let filters = reader.filterNames
        guard !filters.isEmpty else {
            return .failed("corrupt: \(streamName) is not recognised (libarchive found no valid \(format.name) data)")
        }
        let description = filters.joined(separator: "+") + " stream"
        switch reader.nextHeader() {
        case .end:
            return .emptyStream
        case .failed(let failure, _):
            return .failed(ReasonText.failure(failure, reading: description))
        case .entry:
            break
        }
        let start = reader.compressedBytesConsumed
        var peeked: [UInt8] = []
        peeking: while peeked.count < ContainerFormat.prefixLength {
            let window = UnsafeMutableRawBufferPointer(rebasing: chunk[0..<(ContainerFormat.prefixLength - peeked.count)])
            switch reader.readData(into: window) {
            case .failure(let failure):
                return .failed(ReasonText.failure(failure, reading: description))
            case .success(0):
                break peeking
            case .success(let count):
                peeked.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            }
        }
        if let inner = ContainerFormat.detect(peeked), !inner.isCompression {
            let archiveName = "\(inner.name) archive (\(filters.joined(separator: ", ")))"
            do {
                let archive = try ArchiveReader(source: source, mode: .archive)
                let frame = ContainerFrame(reader: archive, member: member, depth: depth, description: archiveName, peeked: nil)
                return .frame(frame)
            } catch {
                return .failed(ReasonText.failure(error, reading: archiveName))
            }
        }
        let frame = ContainerFrame(reader: reader, member: member, depth: depth, description: description, peeked: peeked)
        frame.entryStart = start
        return .frame(frame)
    }

    /// Does the work for one step of the innermost open container.
    private func advance(_ frame: ContainerFrame) {
        if frame.isSingleStream {
            readSingleStream(frame)
        } else {
            readNextMember(frame)
        }
    }

    /// A single compressed file is one document, or quarantined whole (never a partial document).
    private func readSingleStream(_ frame: ContainerFrame) {
        guard let peeked = frame.peeked else {
            containers.removeLast()
            return
        }
        frame.peeked = nil
        let path = currentFile?.path ?? ""
        // Read further (up to the export detection size) to see whether the stream is an article export.
        var head = peeked
        var ended = peeked.count < ContainerFormat.prefixLength
        var headFailure: ArchiveFailure?
        let headLimit = Int(min(Int64(Self.exportHeadBytes), limits.maxEntryBytes))
        reading: while !ended && head.count < headLimit {
            let window = UnsafeMutableRawBufferPointer(rebasing: chunk[0..<min(chunk.count, headLimit - head.count)])
            switch frame.reader.readData(into: window) {
            case .failure(let failure):
                headFailure = failure
                break reading
            case .success(0):
                ended = true
            case .success(let count):
                head.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            }
        }
        if let format = FormatDetector.exportFormat(bytes: head, isComplete: ended) {
            let splitter = ExportSplitter(format: format, path: path, member: frame.member, limits: limits)
            let stream = ExportStream(splitter: splitter, source: .stream(frame), offset: head.count)
            if let stop = account(frame, count: head.count, memberBytes: Int64(head.count)) {
                failExport(stream, reason: stop.reason, scope: stop.scope)
                return
            }
            for item in splitter.feed(head) { emit(item) }
            export = stream
            if let headFailure {
                let reason = ReasonText.failure(headFailure, reading: frame.description)
                failExport(stream, reason: reason, scope: headFailure.isFatal ? .container : .member)
            } else if ended {
                finishExport(stream)
            }
            return
        }
        if let headFailure {
            let identity = containerIdentity(frame)
            let reason = ReasonText.failure(headFailure, reading: frame.description)
            emitQuarantine(path: path, member: frame.member, reason: reason, size: identity.size, sha256: identity.sha256)
            containers.removeLast()
            return
        }
        switch readMember(frame, startingWith: head, declaredSize: nil) {
        case .complete(let bytes):
            containers.removeLast()
            // A WARC compressed whole with another compressor (`.warc.bz2`, `.warc.zst`); a gzip one
            // was already judged by `webArchiveReader`.
            if !frame.description.hasPrefix("gzip"), let archive = webArchiveReader(.memory(MemoryBuffer(copying: bytes)), prefix: Array(bytes.prefix(16)), path: path, member: frame.member) {
                webArchive = archive
                return
            }
            emit(.document(Document(locator: SourceLocator(path: path, member: frame.member), bytes: bytes)))
        case .failed(let reason, _, let scope):
            let identity = containerIdentity(frame)
            emitQuarantine(path: path, member: frame.member, reason: reason, size: identity.size, sha256: identity.sha256)
            containers.removeLast()
            if scope == .file { containers.removeAll() }
        }
    }

    private func readNextMember(_ frame: ContainerFrame) {
        let path = currentFile?.path ?? ""
        switch frame.reader.nextHeader() {
        case .end:
            containers.removeLast()
        case .failed(let failure, let entry):
            let reason = ReasonText.failure(failure, reading: frame.description)
            frame.entryCount += 1
            frame.consecutiveHeaderFailures += 1
            // A member libarchive could not read is skipped; a run of them means it is not advancing.
            if !failure.isFatal, let entry, frame.consecutiveHeaderFailures <= Self.maxConsecutiveHeaderFailures,
                frame.entryCount <= limits.maxEntries
            {
                emitQuarantine(path: path, member: memberLabel(frame, entry.pathname), reason: reason, size: 0, sha256: "")
                return
            }
            let identity = containerIdentity(frame)
            emitQuarantine(path: path, member: frame.member, reason: reason, size: identity.size, sha256: identity.sha256)
            containers.removeLast()
        case .entry(let entry):
            frame.entryCount += 1
            frame.consecutiveHeaderFailures = 0
            guard frame.entryCount <= limits.maxEntries else {
                let reason = "too-many-entries: \(frame.description) has more than \(limits.maxEntries) members"
                let identity = containerIdentity(frame)
                emitQuarantine(path: path, member: frame.member, reason: reason, size: identity.size, sha256: identity.sha256)
                containers.removeLast()
                return
            }
            let member = memberLabel(frame, entry.pathname)
            if entry.isEncrypted {
                if entry.isRegularFile {
                    let reason = "unreadable: encrypted member of \(frame.description)"
                    emitQuarantine(path: path, member: member, reason: reason, size: 0, sha256: "")
                }
                return
            }
            frame.entryStart = frame.reader.compressedBytesConsumed
            // Skipped members (directories, links, devices, hidden files) are drained here rather than
            // by libarchive, so that whatever data they claim still counts against the limits.
            if !entry.isRegularFile || MemberName.isHidden(entry.pathname) || entry.isHardLinkWithoutData {
                if let stop = discardRest(frame, alreadyRead: 0), stop.scope != .member {
                    stopReading(frame, member: member, stop: stop, partial: [])
                }
                return
            }
            if let declared = entry.declaredSize, declared > limits.maxEntryBytes {
                if let stop = discardRest(frame, alreadyRead: 0), stop.scope != .member {
                    stopReading(frame, member: member, stop: stop, partial: [])
                } else {
                    let limit = ReasonText.bytes(limits.maxEntryBytes)
                    let reason = "too-large: \(ReasonText.bytes(declared)) member exceeds the \(limit) limit"
                    emitQuarantine(path: path, member: member, reason: reason, size: declared, sha256: "")
                }
                return
            }
            switch readMember(frame, startingWith: [], declaredSize: entry.declaredSize) {
            case .complete(let bytes):
                take(bytes, member: member, from: frame)
            case .failed(let reason, let partial, let scope):
                stopReading(frame, member: member, stop: Stop(reason: reason, scope: scope), partial: partial)
            }
        }
    }

    /// Quarantines `member` and abandons as much as `stop.scope` says.
    private func stopReading(_ frame: ContainerFrame, member: String, stop: Stop, partial: [UInt8]) {
        emitQuarantine(path: currentFile?.path ?? "", member: member, reason: stop.reason, bytes: partial)
        switch stop.scope {
        case .member: break
        case .container: containers.removeLast()
        case .file: containers.removeAll()
        }
    }

    /// A complete member: a document, or a nested container to open (within the nesting limit).
    private func take(_ bytes: [UInt8], member: String, from frame: ContainerFrame) {
        let path = currentFile?.path ?? ""
        let prefix = Array(bytes.prefix(ContainerFormat.prefixLength))
        let detected = ContainerFormat.detect(prefix)
        // A WARC or ARC member (plain or gzip per record) is read record by record; its records are
        // documents, never opened as containers, so it adds no nesting level.
        var buffer: MemoryBuffer?
        if detected == .gzip || (detected == nil && WebArchiveFormat.detect(prefix) != nil) {
            let copy = MemoryBuffer(copying: bytes)
            if let archive = webArchiveReader(.memory(copy), prefix: prefix, path: path, member: member) {
                webArchive = archive
                return
            }
            buffer = copy
        }
        guard let format = detected else {
            if let exportFormat = FormatDetector.exportFormat(bytes: bytes) {
                let splitter = ExportSplitter(format: exportFormat, path: path, member: member, limits: limits)
                export = ExportStream(splitter: splitter, source: .memory(bytes))
                return
            }
            emit(.document(Document(locator: SourceLocator(path: path, member: member), bytes: bytes)))
            return
        }
        let depth = frame.depth + 1
        guard depth <= limits.maxNestingDepth else {
            let reason = "nesting: \(format.name) container nested \(depth) deep exceeds the limit of \(limits.maxNestingDepth)"
            emitQuarantine(path: path, member: member, reason: reason, bytes: bytes)
            return
        }
        switch openContainer(.memory(buffer ?? MemoryBuffer(copying: bytes)), format: format, member: member, depth: depth) {
        case .frame(let nested):
            containers.append(nested)
        case .emptyStream:
            emit(.document(Document(locator: SourceLocator(path: path, member: member), bytes: [])))
        case .failed(let reason):
            emitQuarantine(path: path, member: member, reason: reason, bytes: bytes)
        }
    }

    /// Reads the current member's data, bounded by the limits.
    private func readMember(_ frame: ContainerFrame, startingWith initial: [UInt8], declaredSize: Int64?) -> MemberOutcome {
        var bytes = initial
        if let declaredSize, declaredSize > 0 {
            bytes.reserveCapacity(Int(min(declaredSize, limits.maxEntryBytes)))
        }
        if !initial.isEmpty, let stop = account(frame, count: initial.count, memberBytes: Int64(initial.count)) {
            return .failed(reason: stop.reason, partial: bytes, scope: stop.scope)
        }
        while true {
            switch frame.reader.readData(into: chunk) {
            case .failure(let failure):
                let reason = ReasonText.failure(failure, reading: frame.description)
                return .failed(reason: reason, partial: bytes, scope: failure.isFatal ? .container : .member)
            case .success(0):
                return .complete(bytes)
            case .success(let count):
                if Int64(bytes.count + count) > limits.maxEntryBytes {
                    let limitText = ReasonText.bytes(limits.maxEntryBytes)
                    if frame.isSingleStream {
                        let reason = "too-large: \(frame.description) decompresses to more than the \(limitText) limit"
                        return .failed(reason: reason, partial: bytes, scope: .container)
                    }
                    let read = Int64(bytes.count + count)
                    if let stop = account(frame, count: count, memberBytes: read) ?? discardRest(frame, alreadyRead: read),
                        stop.scope != .member
                    {
                        return .failed(reason: stop.reason, partial: bytes, scope: stop.scope)
                    }
                    let reason = "too-large: member exceeds the \(limitText) limit"
                    return .failed(reason: reason, partial: bytes, scope: .member)
                }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
                if let stop = account(frame, count: count, memberBytes: Int64(bytes.count)) {
                    return .failed(reason: stop.reason, partial: bytes, scope: stop.scope)
                }
            }
        }
    }

    /// Skips the rest of the current member. A tar without compression skips by seeking; otherwise the
    /// data is decompressed and dropped, still counted against the ratio and archive limits.
    private func discardRest(_ frame: ContainerFrame, alreadyRead: Int64) -> Stop? {
        if frame.reader.filterNames.isEmpty && frame.reader.isTar {
            guard let failure = frame.reader.skipData() else { return nil }
            return Self.stop(failure, reading: frame)
        }
        var memberBytes = alreadyRead
        while true {
            switch frame.reader.readData(into: chunk) {
            case .failure(let failure):
                return Self.stop(failure, reading: frame)
            case .success(0):
                return nil
            case .success(let count):
                memberBytes += Int64(count)
                if let stop = account(frame, count: count, memberBytes: memberBytes) { return stop }
            }
        }
    }

    /// A libarchive failure while reading `frame`: fatal ones end the container, others the member.
    private static func stop(_ failure: ArchiveFailure, reading frame: ContainerFrame) -> Stop {
        Stop(reason: ReasonText.failure(failure, reading: frame.description), scope: failure.isFatal ? .container : .member)
    }

    /// Counts `count` freshly decompressed bytes and checks the archive budget and the compression
    /// ratio of the member and of the container so far.
    private func account(_ frame: ContainerFrame, count: Int, memberBytes: Int64) -> Stop? {
        frame.decompressedBytes += Int64(count)
        archiveBudget -= Int64(count)
        if archiveBudget < 0 {
            let limit = ReasonText.bytes(limits.maxArchiveBytes)
            let reason = "too-large: the archive decompresses to more than the \(limit) archive limit"
            return Stop(reason: reason, scope: .file)
        }
        let consumed = frame.reader.compressedBytesConsumed
        if let ratio = excessiveRatio(decompressed: memberBytes, compressed: consumed - frame.entryStart)
            ?? excessiveRatio(decompressed: frame.decompressedBytes, compressed: consumed)
        {
            let limit = ReasonText.ratio(limits.maxCompressionRatio)
            let reason = "bomb: compression ratio \(ReasonText.ratio(ratio)) exceeds \(limit)"
            return Stop(reason: reason, scope: .container)
        }
        return nil
    }

    private func excessiveRatio(decompressed: Int64, compressed: Int64) -> Double? {
        guard decompressed >= Self.minimumBytesForRatio else { return nil }
        let ratio = Double(decompressed) / Double(max(compressed, 1))
        return ratio > limits.maxCompressionRatio ? ratio : nil
    }

    /// The size and SHA-256 of a container as a whole: the member bytes of a nested one, the file of
    /// the outermost one (hashed only when no larger than `maxEntryBytes`).
    private func containerIdentity(_ frame: ContainerFrame) -> (size: Int64, sha256: String) {
        switch frame.reader.source {
        case .memory(let buffer):
            let bytes = Array(UnsafeRawBufferPointer(rebasing: buffer.bytes[0..<buffer.count]))
            return (Int64(buffer.count), ArticleIdentity.sha256Hex(bytes))
        case .file(let file):
            return fileIdentity(file)
        }
    }

    private func memberLabel(_ frame: ContainerFrame, _ pathname: String) -> String {
        let name = MemberName.label(pathname)
        guard let outer = frame.member else { return name }
        return outer + "!/" + name
    }

    // MARK: Output

    private func emit(_ item: InputItem) {
        queued.append(item)
    }

    private func emitQuarantine(path: String, member: String?, reason: String, size: Int64, sha256: String) {
        let locator = SourceLocator(path: path, member: member)
        emit(.quarantined(QuarantinedItem(locator: locator, reason: reason, size: size, sha256: sha256)))
    }

    private func emitQuarantine(path: String, member: String?, reason: String, bytes: [UInt8]) {
        let sha256 = bytes.isEmpty ? "" : ArticleIdentity.sha256Hex(bytes)
        emitQuarantine(path: path, member: member, reason: reason, size: Int64(bytes.count), sha256: sha256)
    }
}
