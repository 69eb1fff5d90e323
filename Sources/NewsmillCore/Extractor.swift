/// The entry point of the extraction core: bytes in, records out.
///
/// `Extractor` is pure and thread-safe: it touches no files, sockets or global mutable state, so a
/// worker calls it from many Dispatch threads at once. Stages:
/// 1. format detection (`FormatDetector`) from the bytes and any declared content type;
/// 2. decoding to UTF-8 (`CharsetDecoder`);
/// 3. the format's reader: plain text (`PlainTextArticleReader`), HTML (`HTMLArticleReader`),
///    feeds (`FeedReader`, each item's HTML content going through the HTML path);
/// 4. enrichment (`ArticleEnricher`s, the seam for article intelligence), applied to every article.
public struct Extractor: Sendable {
    /// Options that bound the work done on one document.
    public var options: ExtractionOptions
    /// Stages run on every article after reading (entities, quotes, ... in later versions).
    public var enrichers: [any ArticleEnricher]

    /// Creates an extractor.
    public init(options: ExtractionOptions = ExtractionOptions(), enrichers: [any ArticleEnricher] = []) {
        self.options = options
        self.enrichers = enrichers
    }
}

/// Limits and switches for extraction.
public struct ExtractionOptions: Sendable {
    /// Documents larger than this are quarantined without parsing (bytes).
    public var maxDocumentBytes: Int
    /// Feeds with more items than this keep the first ones and quarantine the rest.
    public var maxFeedItems: Int

    /// Creates options; the defaults suit news archives.
    public init(maxDocumentBytes: Int = 64 << 20, maxFeedItems: Int = 100_000) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxFeedItems = maxFeedItems
    }
}

/// A stage that adds structure to an extracted article (the seam for article intelligence).
public protocol ArticleEnricher: Sendable {
    /// Returns the article with whatever this stage adds.
    func enrich(_ article: Article) -> Article
}
