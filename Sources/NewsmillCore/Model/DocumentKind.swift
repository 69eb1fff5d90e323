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
    /// Not recognised.
    case unknown
}
