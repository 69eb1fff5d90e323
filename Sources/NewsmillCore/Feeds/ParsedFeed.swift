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
        /// The link's title, if stated.
        public var title: String? = nil
        /// The target's size in bytes, if stated.
        public var length: String? = nil
    }

    /// A person (author or contributor).
    public struct Person: Sendable, Hashable {
        /// The name, if any.
        public var name: String?
        /// The e-mail address, if any.
        public var email: String?
        /// A URL for the person, if any.
        public var href: String? = nil

        /// feedparser's `author` string: "Name (email)", the name, or the e-mail address.
        public var display: String? {
            switch (name, email) {
            case (let name?, let email?): "\(name) (\(email))"
            case (let name?, nil): name
            case (nil, let email?): email
            case (nil, nil): nil
            }
        }
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
        /// The `xml:lang` in effect, if any.
        public var language: String? = nil

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

    /// A feed's image or logo.
    public struct Image: Sendable, Hashable {
        /// The image URL.
        public var href: String?
        /// The image title (RSS `image/title`).
        public var title: String? = nil
        /// The link the image points to.
        public var link: String? = nil
        /// The stated width.
        public var width: String? = nil
        /// The stated height.
        public var height: String? = nil
        /// The description (RSS `image/description`).
        public var description: String? = nil
    }

    /// A Media RSS element (`media:content`, `media:thumbnail`) with its attributes as written.
    public struct Media: Sendable, Hashable {
        /// The attributes (url, type, medium, width, height, ...), in document order.
        public var attributes: [KeyValue]
    }

    /// A GeoRSS shape (`georss:point`, `line`, `polygon`, `box`), as feedparser's `where`: GeoJSON-like
    /// type and coordinates (longitude, latitude pairs); an element without enough valid coordinates is empty.
    public struct GeoShape: Sendable, Hashable {
        /// "Point", "LineString", "Polygon" or "Box"; nil when the coordinates were unusable.
        public var type: String?
        /// (longitude, latitude) pairs.
        public var coordinates: [[Double]]

        /// Reads a GeoRSS Simple element's text: "lat lon lat lon ..." (GeoRSS Simple, section 2).
        public init(element: String, coordinates text: String) {
            let numbers = text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map { Double($0) }
            let minimumPairs: Int
            let kind: String
            switch element {
            case "point": (kind, minimumPairs) = ("Point", 1)
            case "line": (kind, minimumPairs) = ("LineString", 2)
            case "polygon": (kind, minimumPairs) = ("Polygon", 4)
            default: (kind, minimumPairs) = ("Box", 2)
            }
            guard numbers.count % 2 == 0, numbers.count / 2 >= minimumPairs, numbers.allSatisfy({ $0 != nil }) else {
                type = nil
                coordinates = []
                return
            }
            let values = numbers.compactMap { $0 }
            type = kind
            coordinates = stride(from: 0, to: values.count, by: 2).map { [values[$0 + 1], values[$0]] }
        }
    }

    /// A name and a value.
    public struct KeyValue: Sendable, Hashable {
        /// The name.
        public var key: String
        /// The value.
        public var value: String
    }

    /// Channel-level metadata.
    public struct Feed: Sendable, Hashable {
        /// The feed title.
        public var title: String?
        /// The site link (alternate).
        public var link: String?
        /// All links.
        public var links: [Link] = []
        /// The URL an RSS item's `<source url>` names.
        public var href: String?
        /// The description or subtitle.
        public var subtitle: String?
        /// The declared language tag.
        public var language: String?
        /// When the feed was last updated, as written.
        public var updated: String?
        /// `updated` parsed.
        public var updatedParsed: PartialDate?
        /// When the feed was published, as written.
        public var published: String?
        /// `published` parsed.
        public var publishedParsed: PartialDate?
        /// The generator's name.
        public var generator: String?
        /// The image or logo.
        public var image: Image?
        /// The RSS time to live in minutes, as written.
        public var ttl: String?
        /// The feed authors.
        public var authors: [Person] = []
        /// The publisher (`dc:publisher`, `webMaster`).
        public var publisher: Person?
        /// The contributors.
        public var contributors: [Person] = []
        /// Categories.
        public var tags: [Tag] = []
        /// The rights or copyright statement.
        public var rights: String?
        /// When the feed was created, as written.
        public var created: String?
        /// `created` parsed.
        public var createdParsed: PartialDate?
        /// The new address an RSS `<redirect><newLocation>` gives.
        public var newLocation: String?
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
        /// Whether the RSS guid is a permalink that `link` was taken from.
        public var guidIsLink: Bool = false
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
        /// When created, as written.
        public var created: String?
        /// `created` parsed.
        public var createdParsed: PartialDate?
        /// When it expires, as written.
        public var expired: String?
        /// `expired` parsed.
        public var expiredParsed: PartialDate?
        /// The publisher (`dc:publisher`).
        public var publisher: Person?
        /// The contributors.
        public var contributors: [Person] = []
        /// The comments page URL.
        public var comments: String?
        /// The rights statement.
        public var rights: String?
        /// The feed the entry was copied from (Atom `source`).
        public var source: Feed?
        /// Media RSS `media:content` elements.
        public var mediaContent: [Media] = []
        /// Media RSS `media:thumbnail` elements.
        public var mediaThumbnail: [Media] = []
        /// The GeoRSS location, if any (feedparser's `where`).
        public var location: GeoShape?
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
