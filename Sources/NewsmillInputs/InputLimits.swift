import NewsmillCore

/// Limits that keep hostile or broken inputs (zip bombs, huge members, deep nesting) from exhausting
/// memory or time. Crossing a limit quarantines the item with a reason; it never stops the stream.
public struct InputLimits: Sendable {
    /// A single file or archive member larger than this is quarantined as `too-large: ...`.
    public var maxEntryBytes: Int64 = 64 << 20
    /// A member or archive decompressing to more than this many bytes per compressed byte is
    /// quarantined as `bomb: ...`; checked once at least 1 MiB came out.
    public var maxCompressionRatio: Double = 200
    /// The most bytes decompressed from one file on disk, nested containers included.
    public var maxArchiveBytes: Int64 = 16 << 30
    /// How many containers deep an archive may nest inside the file on disk (a zip inside a tar.gz is
    /// depth 1); a container found deeper is quarantined as `nesting: ...`. Zero reads no nested container.
    public var maxNestingDepth: Int = 3
    /// The most members (of any type) read from one container, as `too-many-entries: ...` beyond it.
    public var maxEntries: Int = 1_000_000
    /// The most records in one chunk cut from a JSON Lines or CSV export (`ExportSplitter`).
    public var exportChunkRecords: Int = 200
    /// The size at which a chunk cut from an export is closed (at the next record boundary), so a chunk
    /// and a job stay near this size whatever the export's size.
    public var exportChunkBytes: Int = 256 << 10

    /// The default limits.
    public init() {}
}

/// One item read from the inputs: a document for the core, or an input that is already known bad.
public enum InputItem: Sendable {
    /// A file or archive member, with its raw bytes.
    case document(Document)
    /// An input that could not be read, with the reason (see `QuarantinedItem.reason`).
    case quarantined(QuarantinedItem)
}
