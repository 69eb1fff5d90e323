/// Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 into a `ParsedFeed`.
///
/// Elements are recognised by namespace URI, not prefix, so `<dc:creator>` and `<foo:creator>` bound
/// to `http://purl.org/dc/elements/1.1/` are the same thing. The XML is read with libxml2 in recovery
/// mode; a document libxml2 had to recover sets `bozo`, as in Python feedparser.
public enum FeedParser {
    /// Why a document could not be read as a feed.
    public struct Failure: Error, Sendable, Hashable {
        /// A short explanation (libxml2's message or what was found instead of a feed).
        public var message: String
    }

    /// Namespaces by role; several URIs map to one role (RSS 0.90/1.0/2.0 variants, Atom 0.3/1.0).
    enum Namespace: String {
        case none, rss, atom, rdf, dc, dcterms, content, itunes, media, xhtml, other

        init(uri: String?) {
            guard let uri, !uri.isEmpty else {
                self = .none
                return
            }
            switch uri.lowercased() {
            case "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
                "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss1.1#":
                self = .rss
            case "http://www.w3.org/2005/atom", "http://purl.org/atom/ns#": self = .atom
            case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
            case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": self = .dc
            case "http://purl.org/dc/terms/": self = .dcterms
            case "http://purl.org/rss/1.0/modules/content/": self = .content
            case "http://www.itunes.com/dtds/podcast-1.0.dtd", "https://www.itunes.com/dtds/podcast-1.0.dtd": self = .itunes
            case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
            case "http://www.w3.org/1999/xhtml": self = .xhtml
            default: self = .other
            }
        }
    }

    /// Parses `xml` (UTF-8 bytes) into a feed, or fails when it is not a feed or cannot be read.
    public static func parse(xml: [UInt8]) -> Result<ParsedFeed, Failure> {
        let result = LibXML.parseXML(LibXML.numericHTMLEntities(in: xml))
        guard let tree = result.tree, let root = tree.root else {
            return .failure(Failure(message: result.errorMessage ?? "no root element"))
        }
        let reader = TreeReader(tree: tree)
        let rootName = tree[root].name
        let rootNamespace = reader.namespace(root)
        let format: ParsedFeed.Format
        switch (rootName, rootNamespace) {
        case ("rss", .none), ("rss", .rss), ("channel", .none), ("channel", .rss): format = .rss2
        case ("RDF", .rdf), ("RDF", .none), ("rss", .other): format = .rss1
        case ("feed", .atom): format = tree[root].namespaceURI?.lowercased() == "http://purl.org/atom/ns#" ? .atom03 : .atom10
        case ("feed", .none): format = .atom10
        default:
            if !result.wellFormed, let message = result.errorMessage {
                return .failure(Failure(message: message))
            }
            return .failure(Failure(message: "not a feed (root element <\(rootName)>)"))
        }
        var parsed: ParsedFeed
        switch format {
        case .rss2, .rss1: parsed = reader.readRSS(root: root, format: format)
        case .atom10, .atom03: parsed = reader.readAtom(root: root, format: format)
        }
        parsed.bozo = !result.wellFormed
        parsed.bozoMessage = result.wellFormed ? nil : result.errorMessage
        return .success(parsed)
    }

    /// Reads feed fields from a `MarkupTree`.
    struct TreeReader {
        let tree: MarkupTree

        func namespace(_ index: Int) -> Namespace { Namespace(uri: tree[index].namespaceURI) }

        /// Whether `index` is the element `name` in one of the namespaces `spaces`.
        func isElement(_ index: Int, _ name: String, in spaces: Set<Namespace>) -> Bool {
            tree[index].kind == .element && tree[index].name == name && spaces.contains(namespace(index))
        }

        /// The first child element `name` in one of `spaces`.
        func child(_ index: Int, _ name: String, in spaces: Set<Namespace>) -> Int? {
            tree.elementChildren(of: index).first { isElement($0, name, in: spaces) }
        }

        /// All child elements `name` in one of `spaces`.
        func children(_ index: Int, _ name: String, in spaces: Set<Namespace>) -> [Int] {
            tree.elementChildren(of: index).filter { isElement($0, name, in: spaces) }
        }

        /// The trimmed text of the first child `name` in `spaces`, nil when absent or empty.
        func childText(_ index: Int, _ name: String, in spaces: Set<Namespace>) -> String? {
            guard let child = child(index, name, in: spaces) else { return nil }
            let text = tree.rawText(of: child).trimmingWhitespace()
            return text.isEmpty ? nil : text
        }

        /// The first non-nil child text among (name, namespaces) choices, in order of preference.
        func firstText(_ index: Int, _ choices: [(String, Set<Namespace>)]) -> String? {
            for (name, spaces) in choices {
                if let text = childText(index, name, in: spaces) { return text }
            }
            return nil
        }

        /// The `xml:lang` in effect at `index`.
        func xmlLang(_ index: Int) -> String? {
            var current = index
            while current >= 0 {
                if let lang = tree[current].attribute("xml:lang"), !lang.trimmingWhitespace().isEmpty { return lang.trimmingWhitespace() }
                current = tree[current].parent
            }
            return nil
        }

        // MARK: RSS

        private static let rssSpaces: Set<Namespace> = [.none, .rss]

        func readRSS(root: Int, format: ParsedFeed.Format) -> ParsedFeed {
            let channel = tree[root].name == "channel" ? root : (child(root, "channel", in: Self.rssSpaces) ?? root)
            var feed = ParsedFeed.Feed()
            feed.title = firstText(channel, [("title", Self.rssSpaces), ("title", [.dc]), ("title", [.atom])]).map(plainTitle)
            feed.link = childText(channel, "link", in: Self.rssSpaces)
            feed.links = links(channel)
            if feed.link == nil { feed.link = feed.links.first { $0.rel == "alternate" }?.href }
            feed.subtitle = firstText(channel, [("description", Self.rssSpaces), ("subtitle", [.atom]), ("description", [.dc]), ("summary", [.itunes])])
            feed.language = firstText(channel, [("language", Self.rssSpaces), ("language", [.dc])]) ?? xmlLang(channel)
            feed.updated = firstText(channel, [("lastBuildDate", Self.rssSpaces), ("pubDate", Self.rssSpaces), ("date", [.dc]), ("updated", [.atom]), ("modified", [.dcterms])])
            feed.updatedParsed = feed.updated.flatMap(DateParser.parse)
            feed.generator = childText(channel, "generator", in: Self.rssSpaces.union([.atom]))
            let imageElement = child(channel, "image", in: Self.rssSpaces) ?? child(root, "image", in: Self.rssSpaces)
            feed.image = imageElement.flatMap { childText($0, "url", in: Self.rssSpaces) ?? tree[$0].attribute("rdf:resource") }
                ?? child(channel, "image", in: [.itunes]).flatMap { tree[$0].attribute("href") }
            feed.rights = firstText(channel, [("copyright", Self.rssSpaces), ("rights", [.dc]), ("rights", [.atom])])

            // RSS 2.0 items live in the channel; RSS 1.0 items are siblings of the channel.
            var items = children(channel, "item", in: Self.rssSpaces)
            if channel != root { items += children(root, "item", in: Self.rssSpaces) }
            let entries = items.map { readRSSItem($0, feedLanguage: feed.language) }
            return ParsedFeed(format: format, bozo: false, bozoMessage: nil, feed: feed, entries: entries)
        }

        private func readRSSItem(_ item: Int, feedLanguage: String?) -> ParsedFeed.Entry {
            var entry = ParsedFeed.Entry()
            entry.title = firstText(item, [("title", Self.rssSpaces), ("title", [.dc]), ("title", [.atom])]).map(plainTitle)
            entry.links = links(item)
            let guidElement = child(item, "guid", in: Self.rssSpaces)
            entry.id = guidElement.map { tree.rawText(of: $0).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
                ?? tree[item].attribute("rdf:about") ?? childText(item, "id", in: [.atom])
            entry.link = childText(item, "link", in: Self.rssSpaces) ?? entry.links.first { $0.rel == "alternate" }?.href
            if entry.link == nil, let guidElement, let guid = entry.id,
                tree[guidElement].attribute("isPermaLink")?.lowercased() != "false",
                guid.lowercased().hasPrefix("http")
            {
                entry.link = guid
            }
            for author in children(item, "author", in: Self.rssSpaces) {
                entry.authors.append(Self.rssPerson(tree.rawText(of: author)))
            }
            for name in ["creator", "contributor"] {
                for creator in children(item, name, in: [.dc]) where !tree.rawText(of: creator).trimmingWhitespace().isEmpty {
                    entry.authors.append(ParsedFeed.Person(name: tree.rawText(of: creator).trimmingWhitespace()))
                }
            }
            entry.authors += atomPeople(item)
            if entry.authors.isEmpty, let author = childText(item, "author", in: [.itunes]) {
                entry.authors.append(ParsedFeed.Person(name: author))
            }
            entry.published = firstText(item, [("pubDate", Self.rssSpaces), ("date", [.dc]), ("issued", [.dcterms]), ("created", [.dcterms]), ("published", [.atom]), ("issued", [.atom])])
            entry.publishedParsed = entry.published.flatMap(DateParser.parse)
            entry.updated = firstText(item, [("modified", [.dcterms]), ("updated", [.atom]), ("modified", [.atom])])
            entry.updatedParsed = entry.updated.flatMap(DateParser.parse)
            for category in children(item, "category", in: Self.rssSpaces) {
                let term = tree.rawText(of: category).trimmingWhitespace()
                if !term.isEmpty { entry.tags.append(ParsedFeed.Tag(term: term, scheme: tree[category].attribute("domain"))) }
            }
            for subject in children(item, "subject", in: [.dc]) {
                let term = tree.rawText(of: subject).trimmingWhitespace()
                if !term.isEmpty { entry.tags.append(ParsedFeed.Tag(term: term)) }
            }
            entry.tags += atomCategories(item)
            if let description = child(item, "description", in: Self.rssSpaces) ?? child(item, "description", in: [.dc]) {
                let text = tree.rawText(of: description).trimmingWhitespace()
                if !text.isEmpty { entry.summary = ParsedFeed.Content(value: text, type: "text/html") }
            }
            if entry.summary == nil, let summary = child(item, "summary", in: [.atom]) { entry.summary = atomText(summary) }
            if entry.summary == nil, let summary = childText(item, "summary", in: [.itunes]) {
                entry.summary = ParsedFeed.Content(value: summary, type: "text/plain")
            }
            if let encoded = childText(item, "encoded", in: [.content]) {
                entry.content.append(ParsedFeed.Content(value: encoded, type: "text/html"))
            }
            if let body = child(item, "body", in: [.xhtml]) {
                entry.content.append(ParsedFeed.Content(value: tree.innerMarkup(of: body), type: "application/xhtml+xml"))
            }
            for content in children(item, "content", in: [.atom]) { entry.content.append(atomText(content)) }
            for enclosure in children(item, "enclosure", in: Self.rssSpaces) {
                if let href = tree[enclosure].attribute("url"), !href.isEmpty {
                    entry.enclosures.append(ParsedFeed.Enclosure(href: href, length: tree[enclosure].attribute("length"), type: tree[enclosure].attribute("type")))
                }
            }
            entry.enclosures += entry.links.filter { $0.rel == "enclosure" }.map { ParsedFeed.Enclosure(href: $0.href, length: nil, type: $0.type) }
            entry.language = firstText(item, [("language", [.dc])]) ?? xmlLang(item) ?? feedLanguage
            return entry
        }

        /// An RSS `<author>`: "jane@example.com (Jane Doe)", "Jane Doe <jane@example.com>" or a name.
        static func rssPerson(_ raw: String) -> ParsedFeed.Person {
            let text = raw.trimmingWhitespace()
            if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
                let name = String(text[text.index(after: open)..<close]).trimmingWhitespace()
                let email = String(text[..<open]).trimmingWhitespace()
                return ParsedFeed.Person(name: name.isEmpty ? nil : name, email: email.contains("@") ? email : nil)
            }
            if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
                let email = String(text[text.index(after: open)..<close]).trimmingWhitespace()
                let name = String(text[..<open]).trimmingWhitespace()
                return ParsedFeed.Person(name: name.isEmpty ? nil : name, email: email)
            }
            if text.contains("@") && !text.contains(" ") { return ParsedFeed.Person(email: text) }
            return ParsedFeed.Person(name: text)
        }

        // MARK: Atom

        func readAtom(root: Int, format: ParsedFeed.Format) -> ParsedFeed {
            var feed = ParsedFeed.Feed()
            feed.title = child(root, "title", in: [.atom, .none]).map { plainTitle(atomText($0)) }
            feed.links = links(root)
            feed.link = feed.links.first { $0.rel == "alternate" }?.href
            feed.subtitle = (child(root, "subtitle", in: [.atom, .none]) ?? child(root, "tagline", in: [.atom, .none])).map { atomText($0).value }
            feed.language = xmlLang(root)
            feed.updated = firstText(root, [("updated", [.atom, .none]), ("modified", [.atom, .none])])
            feed.updatedParsed = feed.updated.flatMap(DateParser.parse)
            feed.generator = childText(root, "generator", in: [.atom, .none])
            feed.image = childText(root, "logo", in: [.atom, .none]) ?? childText(root, "icon", in: [.atom, .none])
            feed.rights = (child(root, "rights", in: [.atom, .none]) ?? child(root, "copyright", in: [.atom, .none])).map { atomText($0).value }
            feed.id = childText(root, "id", in: [.atom, .none])
            let feedAuthors = atomPeople(root)
            let entries = children(root, "entry", in: [.atom, .none]).map { index in
                var entry = readAtomEntry(index)
                if entry.authors.isEmpty { entry.authors = feedAuthors }
                return entry
            }
            return ParsedFeed(format: format, bozo: false, bozoMessage: nil, feed: feed, entries: entries)
        }

        private func readAtomEntry(_ index: Int) -> ParsedFeed.Entry {
            var entry = ParsedFeed.Entry()
            entry.title = child(index, "title", in: [.atom, .none]).map { plainTitle(atomText($0)) }
            entry.links = links(index)
            entry.link = entry.links.first { $0.rel == "alternate" }?.href
            entry.id = childText(index, "id", in: [.atom, .none])
            entry.authors = atomPeople(index)
            for creator in children(index, "creator", in: [.dc]) {
                entry.authors.append(ParsedFeed.Person(name: tree.rawText(of: creator).trimmingWhitespace()))
            }
            entry.published = firstText(index, [("published", [.atom, .none]), ("issued", [.atom, .none]), ("created", [.atom, .none]), ("date", [.dc])])
            entry.publishedParsed = entry.published.flatMap(DateParser.parse)
            entry.updated = firstText(index, [("updated", [.atom, .none]), ("modified", [.atom, .none])])
            entry.updatedParsed = entry.updated.flatMap(DateParser.parse)
            entry.tags = atomCategories(index)
            for subject in children(index, "subject", in: [.dc]) {
                let term = tree.rawText(of: subject).trimmingWhitespace()
                if !term.isEmpty { entry.tags.append(ParsedFeed.Tag(term: term)) }
            }
            entry.summary = child(index, "summary", in: [.atom, .none]).map(atomText)
            entry.content = children(index, "content", in: [.atom, .none]).map(atomText)
            entry.enclosures = entry.links.filter { $0.rel == "enclosure" }.map {
                ParsedFeed.Enclosure(href: $0.href, length: nil, type: $0.type)
            }
            entry.language = xmlLang(index)
            return entry
        }

        /// Atom `<link>` elements (and RSS items' atom:link), with `rel` defaulting to alternate.
        func links(_ index: Int) -> [ParsedFeed.Link] {
            children(index, "link", in: atomSpaces).compactMap { link in
                guard let href = tree[link].attribute("href")?.trimmingWhitespace(), !href.isEmpty else { return nil }
                let rel = tree[link].attribute("rel")?.trimmingWhitespace().lowercased() ?? ""
                return ParsedFeed.Link(href: href, rel: rel.isEmpty ? "alternate" : rel, type: tree[link].attribute("type"))
            }
        }

        /// The namespaces that hold Atom elements: Atom's, and none for an Atom feed without a namespace.
        private var atomSpaces: Set<Namespace> {
            let bare = tree.root.map { tree[$0].name == "feed" && namespace($0) == .none } ?? false
            return bare ? [.atom, .none] : [.atom]
        }

        /// Atom `<author>` elements (name, email, uri), in the Atom namespace.
        func atomPeople(_ index: Int) -> [ParsedFeed.Person] {
            children(index, "author", in: atomSpaces)
                .compactMap { author in
                    let name = childText(author, "name", in: [.atom, .none])
                    let email = childText(author, "email", in: [.atom, .none])
                    let href = childText(author, "uri", in: [.atom, .none]) ?? childText(author, "url", in: [.atom, .none])
                    if name == nil && email == nil && href == nil {
                        let text = tree.rawText(of: author).trimmingWhitespace()
                        return text.isEmpty ? nil : ParsedFeed.Person(name: text)
                    }
                    return ParsedFeed.Person(name: name, email: email, href: href)
                }
        }

        /// Atom `<category term label scheme>`.
        func atomCategories(_ index: Int) -> [ParsedFeed.Tag] {
            children(index, "category", in: atomSpaces)
                .compactMap { category in
                    let term = tree[category].attribute("term") ?? tree.rawText(of: category).trimmingWhitespace()
                    guard !term.isEmpty else { return nil }
                    return ParsedFeed.Tag(term: term, scheme: tree[category].attribute("scheme"), label: tree[category].attribute("label"))
                }
        }

        /// An Atom text construct (RFC 4287 section 3.1; Atom 0.3 `mode` escaped/xml/base64).
        func atomText(_ index: Int) -> ParsedFeed.Content {
            let node = tree[index]
            let type = node.attribute("type")?.lowercased() ?? "text"
            let mode = node.attribute("mode")?.lowercased()
            if type == "xhtml" || type == "application/xhtml+xml" || mode == "xml" {
                let elements = tree.elementChildren(of: index)
                let inner = elements.count == 1 && tree[elements[0]].name == "div" ? elements[0] : index
                return ParsedFeed.Content(value: tree.innerMarkup(of: inner).trimmingWhitespace(), type: "application/xhtml+xml")
            }
            let text = tree.rawText(of: index).trimmingWhitespace()
            if type == "html" || type == "text/html" {
                return ParsedFeed.Content(value: text, type: "text/html")
            }
            return ParsedFeed.Content(value: text, type: type == "text" ? "text/plain" : type)
        }

        /// A title as plain text (HTML and XHTML titles are rendered to text).
        func plainTitle(_ content: ParsedFeed.Content) -> String {
            content.isMarkup ? ArticleIdentity.foldWhitespace(HTMLArticleReader.plainText(fromFragment: content.value)) : ArticleIdentity.foldWhitespace(content.value)
        }

        func plainTitle(_ text: String) -> String { ArticleIdentity.foldWhitespace(text) }
    }
}
