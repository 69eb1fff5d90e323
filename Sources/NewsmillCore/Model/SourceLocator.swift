/// Where an input came from, precisely enough to find it again and retry it.
///
/// A locator names the file on disk (`path`, as the user gave it or as found by walking a directory),
/// the member inside a container when there is one (nested containers are joined with `!/`, as in
/// `feeds.tar.gz!/2006/rss.xml`), a byte `offset` where a record starts inside a stream (WARC), and the
/// `itemIndex` of an entry within a document that holds several articles (a feed's items).
public struct SourceLocator: Sendable, Hashable, Codable {
    /// The file on disk that was read.
    public var path: String
    /// The member path inside the container(s) at `path`, nested members joined with `!/`.
    public var member: String?
    /// The byte offset where the record starts, when meaningful: in a plain or per-record-gzipped file
    /// (`.warc`, `.warc.gz`) the offset in the file on disk (for `.warc.gz`, the start of the record's
    /// gzip member); in a stream compressed as a whole (`.warc.bz2`) or an archive member, the offset in
    /// the decompressed bytes.
    public var offset: Int64?
    /// The index of the item inside the document (feed entry number), when the document holds several.
    public var itemIndex: Int?

    /// Creates a locator.
    public init(path: String, member: String? = nil, offset: Int64? = nil, itemIndex: Int? = nil) {
        self.path = path
        self.member = member
        self.offset = offset
        self.itemIndex = itemIndex
    }

    /// This locator with an item index, for the articles split out of one document.
    public func item(_ index: Int) -> SourceLocator {
        var copy = self
        copy.itemIndex = index
        return copy
    }

    /// A single-line form: `path!/member@offset#item`, stable and unambiguous enough for keys and logs.
    public var description: String {
        var text = path
        if let member { text += "!/" + member }
        if let offset { text += "@\(offset)" }
        if let itemIndex { text += "#\(itemIndex)" }
        return text
    }
}
