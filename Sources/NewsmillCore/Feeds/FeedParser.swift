import Foundation

/// Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 into a `ParsedFeed`, following Python feedparser's
/// mapping of elements to fields.
///
/// Elements are recognised by namespace URI, not prefix, so `<dc:creator>` and `<foo:creator>` bound
/// to `http://purl.org/dc/elements/1.1/` are the same thing. Well-formed feeds in the subset
/// `XMLFastParser` reads are parsed by it; every other document is read with libxml2 in recovery
/// mode, without DTD loading, entity substitution or network access, and a document libxml2 had to
/// recover sets `bozo`, as in Python feedparser. Both give the same tree for the same document. Each channel, item, entry and Atom `source` is read
/// child by child in document order with one dispatch table (`FieldReader.apply`), so the same
/// element means the same thing wherever it appears, as in feedparser's `_start_*`/`_end_*` handlers.
public enum FeedParser {
    /// Why a document could not be read as a feed.
    public struct Failure: Error, Sendable, Hashable {
        /// A short explanation (libxml2's message or what was found instead of a feed).
        public var message: String
    }

    /// Namespaces by role; several URIs map to one role (RSS 0.90/1.0/2.0 variants, Atom 0.3/1.0).
    enum Namespace: String {
        case none, rss, atom, atom03, rdf, dc, dcterms, content, itunes, media, xhtml, georss, other

        init(uri: String?) {
            guard let uri, !uri.isEmpty else {
                self = .none
                return
            }
            switch uri.lowercased().trimmingWhitespace() {
            case "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
                "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss1.1#":
                self = .rss
            case "http://www.w3.org/2005/atom": self = .atom
            case "http://purl.org/atom/ns#": self = .atom03
            case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
            case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": self = .dc
            case "http://purl.org/dc/terms/": self = .dcterms
            case "http://purl.org/rss/1.0/modules/content/": self = .content
            case "http://www.itunes.com/dtds/podcast-1.0.dtd", "https://www.itunes.com/dtds/podcast-1.0.dtd": self = .itunes
            case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
            case "http://www.w3.org/1999/xhtml": self = .xhtml
            case "http://www.georss.org/georss": self = .georss
            default: self = .other
            }
        }

        /// Whether elements in this namespace are core feed vocabulary (RSS, Atom, or none).
        var isCore: Bool { self == .none || self == .rss || self == .atom || self == .atom03 }
    }

    /// Parses `xml` (UTF-8 bytes) into a feed, or fails when it is not a feed or cannot be read.
    public static func parse(xml: [UInt8]) -> Result<ParsedFeed, Failure> {
        let repaired = FeedMarkupRepair.repair(xml)
        // Well-formed feeds in the subset XMLFastParser reads skip libxml2; everything else (and
        // every document that needs recovery) is read by libxml2 as before.
        let result = XMLFastParser.parse(repaired.bytes).map { LibXML.XMLParseResult(tree: $0, wellFormed: true, errorMessage: nil) }
            ?? LibXML.parseXML(repaired.bytes)
        guard let tree = result.tree, let root = tree.root else {
            return .failure(Failure(message: result.errorMessage ?? "no root element"))
        }
        let rootName = tree.nodes[root].name
        let rootNamespace = Namespace(uri: tree.nodes[root].namespaceURI)
        let format: ParsedFeed.Format
        switch (rootName, rootNamespace) {
        case ("rss", _), ("channel", .none), ("channel", .rss): format = .rss2
        case ("RDF", _): format = .rss1
        case ("feed", .atom03): format = .atom03
        case ("feed", _): format = .atom10
        default:
            if !result.wellFormed, let message = result.errorMessage {
                return .failure(Failure(message: message))
            }
            return .failure(Failure(message: "not a feed (root element <\(rootName)>)"))
        }
        let reader = FieldReader(tree: tree, format: format, rootNamespaceURI: tree.nodes[root].namespaceURI)
        var parsed = reader.read(root: root)
        parsed.bozo = !result.wellFormed || repaired.problem != nil
        parsed.bozoMessage = result.wellFormed ? repaired.problem : result.errorMessage
        return .success(parsed)
    }

    /// The fields of a channel, item, entry or Atom source while they are read.
    struct Fields {
        var title: String?
        var mediaTitle: String?
        var link: String?
        var links: [ParsedFeed.Link] = []
        var id: String?
        var guidIsLink = false
        var guidIsPermalink = false
        var authors: [ParsedFeed.Person] = []
        var contributors: [ParsedFeed.Person] = []
        var publisher: ParsedFeed.Person?
        var published: String?
        var updated: String?
        var created: String?
        var expired: String?
        var tags: [ParsedFeed.Tag] = []
        var summary: ParsedFeed.Content?
        var subtitle: String?
        var content: [ParsedFeed.Content] = []
        var enclosures: [ParsedFeed.Enclosure] = []
        var language: String?
        var generator: String?
        var rights: String?
        var ttl: String?
        var comments: String?
        var image: ParsedFeed.Image?
        var source: ParsedFeed.Feed?
        var mediaContent: [ParsedFeed.Media] = []
        var mediaThumbnail: [ParsedFeed.Media] = []
        var location: ParsedFeed.GeoShape?
        var newLocation: String?

        /// The fields as feed metadata.
        var feed: ParsedFeed.Feed {
            var feed = ParsedFeed.Feed()
            feed.title = title ?? mediaTitle
            feed.link = link
            feed.links = links
            feed.subtitle = subtitle ?? summary?.value
            feed.language = language
            feed.updated = updated
            feed.updatedParsed = updated.flatMap(DateParser.parse)
            feed.published = published
            feed.publishedParsed = published.flatMap(DateParser.parse)
            feed.generator = generator
            feed.image = image
            feed.rights = rights
            feed.id = id
            feed.ttl = ttl
            feed.authors = authors
            feed.publisher = publisher
            feed.contributors = contributors
            feed.tags = tags
            feed.created = created
            feed.createdParsed = created.flatMap(DateParser.parse)
            feed.newLocation = newLocation
            return feed
        }

        /// The fields as an entry.
        var entry: ParsedFeed.Entry {
            var entry = ParsedFeed.Entry()
            entry.title = title ?? mediaTitle
            entry.link = link
            entry.links = links
            entry.id = id
            entry.guidIsLink = guidIsLink
            entry.authors = authors
            entry.contributors = contributors
            entry.publisher = publisher
            entry.published = published
            entry.publishedParsed = published.flatMap(DateParser.parse)
            entry.updated = updated
            entry.updatedParsed = updated.flatMap(DateParser.parse)
            entry.created = created
            entry.createdParsed = created.flatMap(DateParser.parse)
            entry.expired = expired
            entry.expiredParsed = expired.flatMap(DateParser.parse)
            entry.tags = tags
            entry.summary = summary
            entry.content = content
            entry.enclosures = enclosures
            entry.language = language
            entry.rights = rights
            entry.comments = comments
            entry.source = source
            entry.mediaContent = mediaContent
            entry.mediaThumbnail = mediaThumbnail
            entry.location = location
            return entry
        }
    }

    /// Where a set of fields is read from.
    enum Scope {
        case feed, entry, source
    }

    /// Reads feed fields from a `MarkupTree`.
    struct FieldReader {
        let tree: MarkupTree
        let format: ParsedFeed.Format
        /// The root element's namespace: a feed in an unknown namespace (`<feed xmlns="http://purl.org/echo/">`)
        /// uses it for its own vocabulary.
        let rootNamespaceURI: String?

        /// The namespace role of every node (`.none` for text), so `namespace(_:)` is an array read.
        private let roles: [Namespace]

        init(tree: MarkupTree, format: ParsedFeed.Format, rootNamespaceURI: String?) {
            self.tree = tree
            self.format = format
            self.rootNamespaceURI = rootNamespaceURI
            self.roles = Self.namespaceRoles(of: tree)
        }

        /// Classifies each distinct namespace URI once. A feed uses a handful of URIs, so they are
        /// kept in a short list compared with `==` (which is immediate for the shared strings of
        /// `XMLFastParser`'s trees) and a dictionary only past 16 of them.
        private static func namespaceRoles(of tree: MarkupTree) -> [Namespace] {
            var roles = [Namespace](repeating: .none, count: tree.nodes.count)
            var recent: [(uri: String, role: Namespace)] = []
            var others: [String: Namespace] = [:]
            for index in tree.nodes.indices where tree.nodes[index].kind == .element {
                guard let uri = tree.nodes[index].namespaceURI else { continue }
                if let known = recent.first(where: { $0.uri == uri }) {
                    roles[index] = known.role
                } else if recent.count < 16 {
                    let role = Namespace(uri: uri)
                    recent.append((uri, role))
                    roles[index] = role
                } else {
                    let role = others[uri] ?? Namespace(uri: uri)
                    others[uri] = role
                    roles[index] = role
                }
            }
            return roles
        }

        func namespace(_ index: Int) -> Namespace { roles[index] }

        /// The element children of `index` (as `MarkupTree.elementChildren`, in one walk of the siblings).
        func elements(_ index: Int) -> [Int] {
            var result: [Int] = []
            var child = tree.nodes[index].firstChild
            while child >= 0 {
                if tree.nodes[child].kind == .element {
                    if result.isEmpty { result.reserveCapacity(16) }
                    result.append(child)
                }
                child = tree.nodes[child].nextSibling
            }
            return result
        }

        /// Whether `index` has an element child (without building the list of children).
        func hasElementChildren(_ index: Int) -> Bool {
            var child = tree.nodes[index].firstChild
            while child >= 0 {
                if tree.nodes[child].kind == .element { return true }
                child = tree.nodes[child].nextSibling
            }
            return false
        }

        /// The trimmed text of `index`.
        func text(_ index: Int) -> String { tree.rawText(of: index).trimmingWhitespace() }

        /// The trimmed text of `index`, nil when empty.
        func nonEmptyText(_ index: Int) -> String? {
            let value = text(index)
            return value.isEmpty ? nil : value
        }

        /// The `xml:lang` in effect at `index` (an empty `xml:lang` resets it to none), with `_` as `-`.
        func xmlLang(_ index: Int) -> String? {
            var current = index
            while current >= 0 {
                if let lang = tree.nodes[current].attribute("xml:lang") {
                    let trimmed = lang.trimmingWhitespace()
                    return trimmed.isEmpty ? nil : trimmed.replacingOccurrences(of: "_", with: "-")
                }
                current = tree.nodes[current].parent
            }
            return nil
        }

        // MARK: Document

        func read(root: Int) -> ParsedFeed {
            var feedFields = Fields()
            var entries: [ParsedFeed.Entry] = []
            let rootLanguage = xmlLang(root)
            switch format {
            case .atom10, .atom03:
                let children = elements(root)
                // Entries are large structs: one allocation for all of them instead of doubling copies.
                entries.reserveCapacity(children.count)
                for child in children {
                    if isCore(child), tree.nodes[child].name == "entry" {
                        entries.append(readEntry(child))
                    } else {
                        apply(child, to: &feedFields, scope: .feed)
                    }
                }
            case .rss2, .rss1:
                let channel = tree.nodes[root].name == "channel" ? root : elements(root).first { tree.nodes[$0].name == "channel" && isCore($0) }
                if let channel {
                    let children = elements(channel)
                    entries.reserveCapacity(children.count)
                    for child in children {
                        if isCore(child), tree.nodes[child].name == "item" {
                            entries.append(readEntry(child))
                        } else {
                            apply(child, to: &feedFields, scope: .feed)
                        }
                    }
                }
                // RSS 1.0 items, image and textinput are siblings of the channel.
                for child in elements(root) where child != channel && isCore(child) {
                    switch tree.nodes[child].name {
                    case "item": entries.append(readEntry(child))
                    case "redirect":
                        if let location = elements(child).first(where: { tree.nodes[$0].name.lowercased() == "newlocation" }) {
                            feedFields.newLocation = nonEmptyText(location)
                        }
                    case "image" where feedFields.image == nil: apply(child, to: &feedFields, scope: .feed)
                    default: break
                    }
                }
            }
            if feedFields.language == nil { feedFields.language = rootLanguage }
            let feed = feedFields.feed
            if format == .atom10 || format == .atom03 {
                for index in entries.indices where entries[index].authors.isEmpty {
                    entries[index].authors = feed.authors
                }
            }
            return ParsedFeed(format: format, bozo: false, bozoMessage: nil, feed: feed, entries: entries)
        }

        /// Whether `index` is in a core namespace (RSS, Atom, none, or the root element's).
        func isCore(_ index: Int) -> Bool {
            namespace(index).isCore || (rootNamespaceURI != nil && tree.nodes[index].namespaceURI == rootNamespaceURI)
        }

        func readEntry(_ index: Int) -> ParsedFeed.Entry {
            var fields = Fields()
            if let about = tree.nodes[index].attribute("rdf:about")?.trimmingWhitespace(), !about.isEmpty { fields.id = about }
            for child in elements(index) { apply(child, to: &fields, scope: .entry) }
            if fields.link == nil, fields.guidIsPermalink, let id = fields.id {
                fields.link = id
                fields.guidIsLink = true
            }
            if fields.language == nil { fields.language = xmlLang(index) }
            return fields.entry
        }

        // MARK: Dispatch

        /// Applies one child element of a channel, item, entry or source to `fields` (feedparser's mapping).
        func apply(_ index: Int, to fields: inout Fields, scope: Scope) {
            let name = tree.nodes[index].name
            let space = namespace(index)
            // Core vocabulary (RSS, Atom, no namespace) by local name; other vocabularies as "role:name".
            let key = isCore(index) ? name : space.rawValue + ":" + name
            switch key {
            case "title", "dc:title":
                fields.title = textConstruct(index).value
            case "media:title":
                if fields.mediaTitle == nil { fields.mediaTitle = nonEmptyText(index) }
            case "link":
                readLink(index, into: &fields)
            case "id" where format == .atom10 || format == .atom03 || space == .atom:
                fields.id = text(index)
            case "guid":
                let value = text(index)
                fields.id = value
                let permalink = tree.nodes[index].attribute("isPermaLink")?.trimmingWhitespace().lowercased()
                fields.guidIsPermalink = permalink != "false" && (value.hasPrefix("http://") || value.hasPrefix("https://") || permalink == "true")
            case "description", "dc:description":
                if scope == .entry {
                    let content = ParsedFeed.Content(value: text(index), type: "text/html", language: xmlLang(index))
                    addSummary(content, to: &fields)
                } else {
                    fields.subtitle = textConstruct(index).value
                }
            case "summary":
                let content = textConstruct(index)
                if scope == .entry { addSummary(content, to: &fields) } else { fields.subtitle = content.value }
            case "itunes:summary", "itunes:subtitle":
                if scope == .entry, fields.summary == nil {
                    fields.summary = ParsedFeed.Content(value: text(index), type: "text/plain", language: xmlLang(index))
                } else if scope != .entry, fields.subtitle == nil {
                    fields.subtitle = text(index)
                }
            case "subtitle", "tagline":
                fields.subtitle = textConstruct(index).value
            case "content":
                fields.content.append(textConstruct(index))
            case "content:encoded", "fullitem":
                fields.content.append(ParsedFeed.Content(value: text(index), type: "text/html", language: xmlLang(index)))
            case "xhtml:body":
                fields.content.append(ParsedFeed.Content(value: tree.innerMarkup(of: index).trimmingWhitespace(), type: "application/xhtml+xml", language: xmlLang(index)))
            case "author":
                if let person = person(index) { fields.authors.append(person) }
            case "dc:creator", "dc:author", "managingEditor":
                if let value = nonEmptyText(index) { fields.authors.append(Self.rssPerson(value)) }
            case "itunes:author":
                if fields.authors.isEmpty, let value = nonEmptyText(index) { fields.authors.append(Self.rssPerson(value)) }
            case "contributor":
                if let person = person(index) { fields.contributors.append(person) }
            case "dc:contributor":
                if let value = nonEmptyText(index) { fields.contributors.append(ParsedFeed.Person(name: value)) }
            case "dc:publisher", "webMaster":
                if let value = nonEmptyText(index) { fields.publisher = Self.rssPerson(value) }
            case "pubDate", "dcterms:issued", "published", "issued":
                fields.published = text(index)
            case "lastBuildDate", "dc:date", "dcterms:modified", "updated", "modified":
                fields.updated = text(index)
            case "dcterms:created", "created":
                fields.created = text(index)
            case "expirationDate":
                fields.expired = text(index)
            case "category":
                if let tag = category(index) { fields.tags.append(tag) }
            case "tags":
                for term in text(index).split(separator: ",") {
                    let trimmed = String(term).trimmingWhitespace()
                    if !trimmed.isEmpty { fields.tags.append(ParsedFeed.Tag(term: trimmed)) }
                }
            case "dc:subject":
                if let term = nonEmptyText(index) { fields.tags.append(ParsedFeed.Tag(term: term)) }
            case "itunes:keywords":
                for term in text(index).split(separator: ",") {
                    let trimmed = String(term).trimmingWhitespace()
                    if !trimmed.isEmpty { fields.tags.append(ParsedFeed.Tag(term: trimmed, scheme: "http://www.itunes.com/")) }
                }
            case "media:category":
                if let term = nonEmptyText(index) {
                    let scheme = tree.nodes[index].attribute("scheme") ?? "http://search.yahoo.com/mrss/category_schema"
                    fields.tags.append(ParsedFeed.Tag(term: term, scheme: scheme, label: tree.nodes[index].attribute("label")))
                }
            case "language", "dc:language":
                if let value = nonEmptyText(index) { fields.language = value }
            case "generator":
                fields.generator = nonEmptyText(index) ?? tree.nodes[index].attribute("uri") ?? tree.nodes[index].attribute("url")
            case "copyright", "rights", "dc:rights":
                fields.rights = textConstruct(index).value
            case "newLocation":
                fields.newLocation = nonEmptyText(index)
            case "ttl":
                fields.ttl = text(index)
            case "comments":
                fields.comments = text(index)
            case "image":
                if scope == .feed { fields.image = image(index) }
            case "logo", "icon":
                if fields.image == nil, let href = nonEmptyText(index) { fields.image = ParsedFeed.Image(href: href) }
            case "itunes:image":
                if fields.image == nil, let href = tree.nodes[index].attribute("href") { fields.image = ParsedFeed.Image(href: href) }
            case "enclosure":
                if let href = tree.nodes[index].attribute("url")?.trimmingWhitespace(), !href.isEmpty {
                    fields.enclosures.append(ParsedFeed.Enclosure(href: href, length: tree.nodes[index].attribute("length"), type: tree.nodes[index].attribute("type")))
                }
            case "source":
                if scope == .entry { fields.source = source(index) }
            case "media:content":
                fields.mediaContent.append(media(index))
            case "media:thumbnail":
                fields.mediaThumbnail.append(media(index))
            case "georss:point", "georss:line", "georss:polygon", "georss:box":
                fields.location = ParsedFeed.GeoShape(element: name, coordinates: text(index))
            case "media:group":
                for child in elements(index) { apply(child, to: &fields, scope: scope) }
            default:
                break
            }
        }

        /// Adds an entry's description or summary: the first is the summary, a second one content, as feedparser does.
        private func addSummary(_ content: ParsedFeed.Content, to fields: inout Fields) {
            if fields.summary == nil {
                fields.summary = content
            } else {
                fields.content.append(content)
            }
        }

        /// An RSS `<link>` (text) or an Atom `<link href rel type title length>`.
        private func readLink(_ index: Int, into fields: inout Fields) {
            let node = tree.nodes[index]
            if let rawHref = node.attribute("href") {
                let href = rawHref.trimmingWhitespace()
                let rel = node.attribute("rel")?.trimmingWhitespace() ?? ""
                let link = ParsedFeed.Link(
                    href: href, rel: rel.isEmpty ? "alternate" : rel, type: node.attribute("type"),
                    title: node.attribute("title"), length: node.attribute("length")
                )
                fields.links.append(link)
                if link.rel == "alternate", fields.link == nil || fields.links.filter({ $0.rel == "alternate" }).count == 1 {
                    fields.link = href
                }
                if link.rel == "self", link.type == nil {
                    fields.links[fields.links.count - 1].type = "application/atom+xml"
                }
                if link.rel == "enclosure" {
                    fields.enclosures.append(ParsedFeed.Enclosure(href: href, length: link.length, type: link.type))
                }
                return
            }
            let value = text(index)
            guard !value.isEmpty || !hasElementChildren(index) else { return }
            let rel = node.attribute("rel")?.trimmingWhitespace() ?? ""
            if rel.isEmpty || rel == "alternate" {
                fields.link = value
            }
            if !value.isEmpty {
                let type = node.attribute("type") ?? (rel.isEmpty ? "text/html" : nil)
                fields.links.append(ParsedFeed.Link(href: value, rel: rel.isEmpty ? "alternate" : rel, type: type))
            }
        }

        /// An Atom person construct, or an RSS `<author>` written as text.
        private func person(_ index: Int) -> ParsedFeed.Person? {
            var name: String?
            var email: String?
            var href: String?
            var structured = false
            for child in elements(index) {
                switch tree.nodes[child].name {
                case "name": name = text(child); structured = true
                case "email": email = text(child); structured = true
                case "uri", "url": href = text(child); structured = true
                default: break
                }
            }
            if structured { return ParsedFeed.Person(name: name, email: email, href: href) }
            guard let value = nonEmptyText(index) else { return nil }
            return Self.rssPerson(value)
        }

        /// An RSS or Atom category (Atom: `term`, `scheme`, `label`; RSS: text and `domain`).
        private func category(_ index: Int) -> ParsedFeed.Tag? {
            let node = tree.nodes[index]
            if let term = node.attribute("term") {
                return ParsedFeed.Tag(term: term.trimmingWhitespace(), scheme: node.attribute("scheme"), label: node.attribute("label"))
            }
            guard let term = nonEmptyText(index) else { return nil }
            return ParsedFeed.Tag(term: term, scheme: node.attribute("domain") ?? node.attribute("scheme"), label: node.attribute("label"))
        }

        /// An RSS `<image>` with its url, title, link, width, height and description.
        private func image(_ index: Int) -> ParsedFeed.Image {
            var image = ParsedFeed.Image(href: tree.nodes[index].attribute("rdf:resource") ?? tree.nodes[index].attribute("href"))
            for child in elements(index) {
                switch tree.nodes[child].name {
                case "url": image.href = text(child)
                case "title": image.title = text(child)
                case "link": image.link = text(child)
                case "width": image.width = text(child)
                case "height": image.height = text(child)
                case "description": image.description = text(child)
                default: break
                }
            }
            return image
        }

        /// An entry's source: RSS `<source url>` text, or an Atom `<source>` read like a feed.
        private func source(_ index: Int) -> ParsedFeed.Feed {
            if !hasElementChildren(index) {
                var feed = ParsedFeed.Feed()
                feed.title = nonEmptyText(index)
                if let url = tree.nodes[index].attribute("url") {
                    feed.link = url
                    feed.href = url
                }
                return feed
            }
            var fields = Fields()
            for child in elements(index) { apply(child, to: &fields, scope: .source) }
            return fields.feed
        }

        /// A Media RSS element's attributes.
        private func media(_ index: Int) -> ParsedFeed.Media {
            ParsedFeed.Media(attributes: tree.nodes[index].attributes.map { ParsedFeed.KeyValue(key: $0.name, value: $0.value) })
        }

        /// A text construct: Atom 1.0 (RFC 4287 section 3.1: `type` text, html or xhtml), Atom 0.3
        /// (`mode` escaped, xml or base64, `type` a media type), or an RSS element's text.
        func textConstruct(_ index: Int) -> ParsedFeed.Content {
            let node = tree.nodes[index]
            let language = xmlLang(index)
            var type = node.attribute("type")?.trimmingWhitespace().lowercased() ?? "text"
            switch type {
            case "text": type = "text/plain"
            case "html": type = "text/html"
            case "xhtml": type = "application/xhtml+xml"
            default: break
            }
            let mode = node.attribute("mode")?.trimmingWhitespace().lowercased()
            let children = elements(index)
            // Atom 1.0 content of any other media type than text/*, XML or HTML is base64 (RFC 4287 section 4.1.3.3).
            let isBinary = format == .atom10 && type.contains("/") && !type.hasPrefix("text/") && !type.hasSuffix("xml")
            if mode == "base64" || isBinary {
                let encoded = text(index).filter { !$0.isWhitespace }
                if let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) {
                    return ParsedFeed.Content(value: String(decoding: data, as: UTF8.self), type: type, language: language)
                }
            }
            if type == "text/html", children.count == 1, namespace(children[0]) == .xhtml, tree.nodes[children[0]].name == "div" {
                // Escaped HTML wrapped in an xhtml:div: the div is a wrapper, its text the HTML.
                return ParsedFeed.Content(value: text(children[0]), type: type, language: language)
            }
            if !children.isEmpty && (type.contains("xml") || mode == "xml" || type == "text/html" || type == "text/plain") {
                // Inline markup: Atom 1.0 xhtml drops the wrapping xhtml:div (RFC 4287 section 3.1.1.3).
                let isAtom10XHTML = type == "application/xhtml+xml" && format == .atom10
                let inner: Int
                if isAtom10XHTML, children.count == 1, tree.nodes[children[0]].name == "div",
                    tree.children(of: index).allSatisfy({ $0 == children[0] || tree.nodes[$0].text.trimmingWhitespace().isEmpty })
                {
                    inner = children[0]
                } else {
                    inner = index
                }
                let markupType = type.contains("xml") || mode == "xml" ? "application/xhtml+xml" : type
                return ParsedFeed.Content(value: tree.innerMarkup(of: inner).trimmingWhitespace(), type: markupType, language: language)
            }
            return ParsedFeed.Content(value: text(index), type: type, language: language)
        }

        /// An RSS person: "jane@example.com (Jane Doe)", "Jane Doe <jane@example.com>", "Jane Doe (jane@example.com)",
        /// an e-mail address or a name.
        static func rssPerson(_ raw: String) -> ParsedFeed.Person {
            let text = raw.trimmingWhitespace()
            guard let emailRange = emailAddress(in: text) else { return ParsedFeed.Person(name: text) }
            let email = String(text[emailRange])
            var rest = text
            rest.removeSubrange(emailRange)
            rest = rest.replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "<>", with: "")
                .replacingOccurrences(of: "mailto:", with: "")
            rest = rest.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "()<>")))
            return ParsedFeed.Person(name: rest.isEmpty ? nil : rest, email: email)
        }

        /// The range of the first e-mail address in `text` (a run of address characters around one `@`).
        static func emailAddress(in text: String) -> Range<String.Index>? {
            // Most names have no '@'; the byte search spares them the Character walk.
            guard text.utf8.contains(UInt8(ascii: "@")), let at = text.firstIndex(of: "@") else { return nil }
            func isAddressCharacter(_ character: Character) -> Bool {
                character.isLetter || character.isNumber || "._%+-'".contains(character)
            }
            var start = at
            while start > text.startIndex, isAddressCharacter(text[text.index(before: start)]) { start = text.index(before: start) }
            var end = text.index(after: at)
            while end < text.endIndex, isAddressCharacter(text[end]) { end = text.index(after: end) }
            // Trailing dots belong to the sentence, not the domain.
            while end > text.index(after: at), text[text.index(before: end)] == "." { end = text.index(before: end) }
            guard start < at, end > text.index(after: at) else { return nil }
            return start..<end
        }
    }
}
