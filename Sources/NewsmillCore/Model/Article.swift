/// One extracted article: the record the core produces and the store keeps.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: lowercase hex SHA-256 of the dedup key (see `ArticleIdentity`).
    public var id: String
    /// Lowercase hex SHA-256 of the normalised title and body.
    public var contentHash: String
    /// The article's URL (canonical when known).
    public var url: String?
    /// A feed item's guid/id, when the article came from a feed.
    public var guid: String?
    /// The headline.
    public var title: String?
    /// Author names, cleaned of "By" and roles.
    public var authors: [String]
    /// When the article was published.
    public var published: PartialDate?
    /// When the article was last modified, if stated.
    public var modified: PartialDate?
    /// The publication (newspaper, site or feed title).
    public var publication: String?
    /// ISO 639-1 language code, declared or detected.
    public var language: String?
    /// A short description or summary, when the source gives one.
    public var summary: String?
    /// Categories, tags or keywords.
    public var categories: [String]
    /// The main text: paragraphs separated by a blank line. Always valid UTF-8.
    public var body: String
    /// Number of words in `body`.
    public var wordCount: Int
    /// What kind of document the article was found in.
    public var kind: DocumentKind
    /// Where it came from.
    public var locator: SourceLocator
    /// Entities, quotes, dates, quantities, citations and SimHash found by `IntelligenceEnricher`;
    /// nil when the article was not analysed (`ExtractionOptions.analyze` off).
    public var analysis: ArticleAnalysis?
    /// When the page the article was read from was captured (a web archive record's date, UTC); nil
    /// when the input was not a capture. A floor for `published`, never taken as it.
    public var captured: PartialDate?
    /// The section the publisher filed the article under ("Politics", "Sport"), when stated.
    public var section: String?
    /// The URL of the article's main image (absolute when it could be resolved), when stated.
    public var image: String?

    /// Creates an article; prefer `Article.make(...)`, which computes `id`, `contentHash` and `wordCount`.
    public init(
        id: String, contentHash: String, url: String?, guid: String?, title: String?, authors: [String],
        published: PartialDate?, modified: PartialDate?, publication: String?, language: String?,
        summary: String?, categories: [String], body: String, wordCount: Int, kind: DocumentKind,
        locator: SourceLocator, analysis: ArticleAnalysis? = nil, captured: PartialDate? = nil,
        section: String? = nil, image: String? = nil
    ) {
        self.id = id
        self.contentHash = contentHash
        self.url = url
        self.guid = guid
        self.title = title
        self.authors = authors
        self.published = published
        self.modified = modified
        self.publication = publication
        self.language = language
        self.summary = summary
        self.categories = categories
        self.body = body
        self.wordCount = wordCount
        self.kind = kind
        self.locator = locator
        self.analysis = analysis
        self.captured = captured
        self.section = section
        self.image = image
    }
}

/// An input that could not be turned into articles, with the reason. Nothing is dropped silently:
/// every such item is stored in the `quarantine` table.
public struct QuarantinedItem: Sendable, Hashable, Codable {
    /// Where the bad input is.
    public var locator: SourceLocator
    /// A short human-readable reason, starting with a stable category word, e.g.
    /// `"truncated: gzip stream ended early"`, `"unrecognised: binary data"`, `"malformed-feed: ..."`.
    public var reason: String
    /// The size in bytes of the input, as far as it was read.
    public var size: Int64
    /// Lowercase hex SHA-256 of the bytes that were read (empty when nothing could be read).
    public var sha256: String

    /// Creates a quarantine record.
    public init(locator: SourceLocator, reason: String, size: Int64, sha256: String) {
        self.locator = locator
        self.reason = reason
        self.size = size
        self.sha256 = sha256
    }

    /// The category word of `reason` (its text before the first colon), for grouping in summaries.
    public var category: String {
        if let colon = reason.firstIndex(of: ":") { return String(reason[..<colon]) }
        return reason
    }
}

/// What the core made of one document: articles, or quarantined items, or both (a feed with one
/// broken entry yields the good entries and a quarantined one).
public struct ExtractionOutcome: Sendable, Hashable {
    /// The articles found.
    public var articles: [Article]
    /// The parts that could not be read.
    public var quarantined: [QuarantinedItem]

    /// Creates an outcome.
    public init(articles: [Article] = [], quarantined: [QuarantinedItem] = []) {
        self.articles = articles
        self.quarantined = quarantined
    }
}
