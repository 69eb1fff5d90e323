/// A feed as read by `FeedParser`, with field names following Python feedparser's result
/// (`feed`, `entries`, `bozo`, `links`, `tags`, `enclosures`, ...) so results can be compared with it.
public struct ParsedFeed: Sendable, Hashable {
    /// The feed format.
    public enum Format: String, Sendable, Hashable {
        /// RSS 0.9x or 2.0 (`<rss>`).
        case rss2 = "rss"
        /// RSS 1.0 or 0.90 (`<rdf:RDF>`).
        case rss1 = "rdf"
        /// Atom 1.0.
        case atom10 = "atom10"
        /// Atom 0.3.
        case atom03 = "atom03"

        /// The document kind of articles read from this format.
        public var documentKind: DocumentKind {
            switch self {
            case .rss2, .rss1: .rss
            case .atom10, .atom03: .atom
            }
        }
    }

    /// A link with its relation and media type.
    public struct Link: Sendable, Hashable {
        /// The target URL.
        public var href: String
        /// The relation (`alternate` when not stated).
        public var rel: String
        /// The media type, if stated.
        public var type: String?
    }

    /// A person (author or contributor).
    public struct Person: Sendable, Hashable {
        /// The name, if any.
        public var name: String?
        /// The e-mail address, if any.
        public var email: String?
        /// A URL for the person, if any.
        public var href: String?
    }

    /// A category or tag.
    public struct Tag: Sendable, Hashable {
        /// The category term.
        public var term: String
        /// The category scheme or domain, if any.
        public var scheme: String?
        /// A human-readable label, if any.
        public var label: String?
    }

    /// A text construct: its value and media type (`text/plain`, `text/html` or `application/xhtml+xml`).
    public struct Content: Sendable, Hashable {
        /// The text, or markup for HTML and XHTML (XHTML serialised from the inner `div`).
        public var value: String
        /// The media type.
        public var type: String

        /// Whether `value` is markup.
        public var isMarkup: Bool { type.contains("html") }
    }

    /// An attached media file.
    public struct Enclosure: Sendable, Hashable {
        /// The file's URL.
        public var href: String
        /// Its size in bytes as stated, if any.
        public var length: String?
        /// Its media type, if stated.
        public var type: String?
    }

    /// Channel-level metadata.
    public struct Feed: Sendable, Hashable {
        /// The feed title.
        public var title: String?
        /// The site link (alternate).
        public var link: String?
        /// All links.
        public var links: [Link] = []
        /// The description or subtitle.
        public var subtitle: String?
        /// The declared language tag.
        public var language: String?
        /// When the feed was last updated, as written.
        public var updated: String?
        /// `updated` parsed.
        public var updatedParsed: PartialDate?
        /// The generator's name.
        public var generator: String?
        /// The logo or image URL.
        public var image: String?
        /// The rights or copyright statement.
        public var rights: String?
        /// The feed id (Atom).
        public var id: String?
    }

    /// One item or entry.
    public struct Entry: Sendable, Hashable {
        /// The title (plain text).
        public var title: String?
        /// The preferred link (rel=alternate).
        public var link: String?
        /// All links.
        public var links: [Link] = []
        /// The guid or id.
        public var id: String?
        /// The authors.
        public var authors: [Person] = []
        /// When published, as written.
        public var published: String?
        /// `published` parsed.
        public var publishedParsed: PartialDate?
        /// When updated, as written.
        public var updated: String?
        /// `updated` parsed.
        public var updatedParsed: PartialDate?
        /// Categories.
        public var tags: [Tag] = []
        /// The summary or description.
        public var summary: Content?
        /// The full content (`content:encoded`, Atom `content`, an `xhtml:body`); readers fall back to
        /// `summary` (the RSS description) when there is none, as feedparser does.
        public var content: [Content] = []
        /// Attached media.
        public var enclosures: [Enclosure] = []
        /// The language in effect for the entry (`xml:lang` or the feed's language).
        public var language: String?
    }

    /// The feed format.
    public var format: Format
    /// True when the XML was not well-formed and libxml2 recovered it.
    public var bozo: Bool
    /// libxml2's message when `bozo` is set.
    public var bozoMessage: String?
    /// Channel-level metadata.
    public var feed: Feed
    /// The entries, in document order.
    public var entries: [Entry]
}
