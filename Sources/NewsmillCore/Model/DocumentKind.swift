/// What kind of input a document (or an article's origin) was, as detected from its content.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// A plain-text article (headline, byline, paragraphs).
    case text
    /// An HTML or XHTML page.
    case html
    /// An RSS 0.9x/1.0/2.0 feed.
    case rss
    /// An Atom feed.
    case atom
    /// A JSON Feed.
    case jsonFeed = "json-feed"
    /// A JSON Lines export: one JSON object (one article) per line (https://jsonlines.org).
    case jsonLines = "jsonl"
    /// A CSV (or tab- or semicolon-separated) export with a header row, one article per record (RFC 4180).
    case csv
    /// Not recognised.
    case unknown
}
