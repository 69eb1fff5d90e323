import Foundation

/// One input document handed to the extraction core: its bytes and what is known about them.
///
/// Everything the core needs travels here, so that a worker on another host needs no shared
/// filesystem. `declaredContentType` and `declaredCharset` are hints from outside the bytes (an HTTP
/// header in a WARC record, a feed's `type` attribute); the core detects the rest from the content.
public struct Document: Sendable {
    /// Where the document came from.
    public var locator: SourceLocator
    /// The raw bytes, undecoded.
    public var bytes: [UInt8]
    /// A MIME type declared outside the bytes, if any (e.g. `text/html; charset=windows-1252`).
    public var declaredContentType: String?
    /// A URL known for the document from outside its bytes (a WARC target URI, a feed item link).
    public var url: String?
    /// When the document was captured from the web (a WARC record's `WARC-Date`, an ARC record's date),
    /// in UTC; nil when unknown. The article cannot have been published after it.
    public var capturedAt: PartialDate?

    /// Creates a document.
    public init(
        locator: SourceLocator, bytes: [UInt8], declaredContentType: String? = nil, url: String? = nil,
        capturedAt: PartialDate? = nil
    ) {
        self.locator = locator
        self.bytes = bytes
        self.declaredContentType = declaredContentType
        self.url = url
        self.capturedAt = capturedAt
    }
}
