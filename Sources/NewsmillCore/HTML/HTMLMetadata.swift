import Foundation

/// Metadata read from an HTML page's head, JSON-LD and bylines.
public struct HTMLMetadata: Sendable, Hashable {
    /// The headline, cleaned of a site-name prefix or suffix.
    public var title: String?
    /// Author names, cleaned of "By", roles and dates.
    public var authors: [String] = []
    /// When the article was published (never in the future).
    public var published: PartialDate?
    /// When the article was last modified (never in the future).
    public var modified: PartialDate?
    /// The publication or site name.
    public var publication: String?
    /// ISO 639-1 code of the declared language.
    public var language: String?
    /// The page's description.
    public var summary: String?
    /// The canonical URL, absolute when it could be resolved.
    public var canonicalURL: String?
    /// Sections, tags and keywords.
    public var categories: [String] = []
    /// The section the article is filed under (`article:section`, JSON-LD `articleSection`, meta
    /// `section`), also listed in `categories`.
    public var section: String?
    /// The main image's URL (`og:image`, `twitter:image`, JSON-LD `image`, `link rel=image_src`),
    /// absolute when it could be resolved.
    public var image: String?
    /// The article body given in JSON-LD (`articleBody`), used when the page text cannot be found.
    public var structuredBody: String?

    /// Creates empty metadata.
    public init() {}
}

/// Reads `HTMLMetadata` from a parsed page.
public enum HTMLMetadataReader {
    /// JSON-LD `@type`s that describe an article.
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "report", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
        "liveblogposting", "socialmediaposting", "posting", "webpage",
    ]

    /// Reads the metadata of `tree`; `url` is the page's URL known from outside, used to resolve a
    /// relative canonical link and as the source of a date in the path. Dates later than `now`
    /// (plus a day) are rejected.
    public static func read(_ tree: MarkupTree, url: String?, now: Date = Date()) -> HTMLMetadata {
        read(tree, url: url, now: now, labels: nil)
    }

    /// `read(_:url:now:)` with the elements' class/id signals when the caller already has them.
    static func read(_ tree: MarkupTree, url: String?, now: Date, labels: ElementLabels?) -> HTMLMetadata {
        var metadata = HTMLMetadata()
        let meta = MetaTags(tree)
        let jsonLD = JSONLDArticle(tree)

        func date(_ candidates: [String?]) -> PartialDate? {
            for candidate in candidates {
                if let candidate, let parsed = DateParser.parse(candidate, notAfter: now) { return parsed }
            }
            return nil
        }

        // Publication.
        metadata.publication = firstNonEmpty([
            meta["og:site_name"], jsonLD.publisherName, meta["application-name"], meta["twitter:site"].flatMap { $0.hasPrefix("@") ? nil : $0 },
        ])

        // Title.
        let titleElement = tree.elements(named: "title").first.map { tree.text(of: $0) }
        let h1 = tree.elements(named: "h1").first.map { tree.text(of: $0) }
        if let explicit = firstNonEmpty([meta["og:title"], meta["twitter:title"], jsonLD.headline, meta["title"], meta["dc.title"]]) {
            metadata.title = TitleCleaner.clean(explicit, siteName: metadata.publication, headline: h1, guessSiteName: false)
        } else if let titleElement, !titleElement.isEmpty {
            metadata.title = TitleCleaner.clean(titleElement, siteName: metadata.publication, headline: h1)
        } else if let h1, !h1.isEmpty {
            metadata.title = h1
        }

        // Authors.
        var authorCandidates: [String] = jsonLD.authors
        if authorCandidates.isEmpty {
            authorCandidates += meta.all("author") + meta.all("dc.creator") + meta.all("sailthru.author") + meta.all("parsely-author")
            authorCandidates += meta.all("article:author").filter { !$0.contains("://") && !$0.hasPrefix("/") }
        }
        if authorCandidates.isEmpty { authorCandidates = bylineCandidates(tree, labels: labels ?? ElementLabels(tree)) }
        metadata.authors = AuthorCleaner.clean(authorCandidates)

        // Dates.
        var timeCandidates: [String?] = []
        for element in tree.elements(named: "time").prefix(5) {
            timeCandidates.append(tree[element].attribute("datetime"))
        }
        let itempropPublished = tree.nodes.indices.first {
            tree[$0].kind == .element && !tree[$0].attributes.isEmpty && tree[$0].attribute("itemprop") == "datePublished"
        }.map { tree[$0].attribute("datetime") ?? tree[$0].attribute("content") ?? tree.text(of: $0) }
        metadata.published = date(
            [
                jsonLD.datePublished, meta["article:published_time"], meta["og:published_time"], meta["datepublished"],
                meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["dc.date"],
                meta["dc.date.issued"], meta["dcterms.created"], meta["dcterms.issued"], meta["sailthru.date"],
                meta["parsely-pub-date"], meta["article.published"], meta["published_time"], itempropPublished,
            ] + timeCandidates + [urlDate(url)]
        )
        metadata.modified = date([
            jsonLD.dateModified, meta["article:modified_time"], meta["og:updated_time"], meta["datemodified"],
            meta["dcterms.modified"], meta["last-modified"],
        ])

        // Language.
        let htmlLang = tree.root.flatMap { tree[$0].attribute("lang") ?? tree[$0].attribute("xml:lang") }
        metadata.language = [htmlLang, meta["content-language"], meta["og:locale"], jsonLD.language, meta["dc.language"]]
            .lazy.compactMap { $0.flatMap(languageCode) }.first

        // Summary.
        metadata.summary = firstNonEmpty([meta["description"], meta["og:description"], meta["twitter:description"], jsonLD.description])

        // Canonical URL.
        let canonical = tree.elements(named: "link").first {
            (tree[$0].attribute("rel") ?? "").lowercased().split(separator: " ").contains("canonical")
        }.flatMap { tree[$0].attribute("href") }
        metadata.canonicalURL = [canonical, meta["og:url"], jsonLD.url].lazy.compactMap { $0.flatMap { resolve($0, against: url) } }.first

        // Categories.
        var categories: [String] = []
        categories += meta.all("article:section") + meta.all("article:tag")
        categories += meta.all("keywords").flatMap { $0.split(separator: ",").map(String.init) }
        categories += meta.all("news_keywords").flatMap { $0.split(separator: ",").map(String.init) }
        categories += jsonLD.keywords + jsonLD.sections
        metadata.categories = deduplicated(categories.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && $0.count <= 80 })

        // Section and main image.
        metadata.section = firstNonEmpty([meta["article:section"], jsonLD.sections.first, meta["section"], meta["parsely-section"]])
            .flatMap { $0.count <= 80 ? $0 : nil }
        let imageLink = tree.elements(named: "link").first {
            (tree[$0].attribute("rel") ?? "").lowercased().split(separator: " ").contains("image_src")
        }.flatMap { tree[$0].attribute("href") }
        metadata.image = [meta["og:image:secure_url"], meta["og:image"], meta["og:image:url"], meta["twitter:image"],
                          meta["twitter:image:src"], jsonLD.image, imageLink]
            .lazy.compactMap { $0.flatMap { resolve($0, against: url) } }.first

        metadata.structuredBody = jsonLD.articleBody
        return metadata
    }

    /// A two-letter ISO 639-1 code from a language tag such as "en-GB", "de_DE" or "fr".
    static func languageCode(_ tag: String) -> String? {
        let primary = tag.trimmingWhitespace().lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," }).first ?? ""
        guard primary.count == 2, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return String(primary)
    }

    /// A date in a URL path: `/2023/09/18/` or `/2023-09-18/` (day precision), `/2023/09/` (month).
    static func urlDate(_ url: String?) -> String? {
        guard let url, let schemeEnd = url.range(of: "://") else { return nil }
        let path = url[schemeEnd.upperBound...].split(separator: "?").first ?? ""
        let segments = path.split(separator: "/").dropFirst().map(String.init)
        for (index, segment) in segments.enumerated() where segment.count == 4 && Int(segment) != nil {
            guard index + 1 < segments.count, segments[index + 1].count == 2, let month = Int(segments[index + 1]), (1...12).contains(month)
            else { continue }
            if index + 2 < segments.count, segments[index + 2].count == 2, Int(segments[index + 2]) != nil {
                return "\(segment)-\(segments[index + 1])-\(segments[index + 2])"
            }
            return "\(segment)-\(segments[index + 1])"
        }
        for segment in segments {
            let prefix = segment.prefix(10)
            if prefix.count == 10, DateParser.parseISO(String(prefix))?.day != nil { return String(prefix) }
        }
        return nil
    }

    /// `reference` resolved against `base`; nil unless the result is an absolute http(s) URL.
    static func resolve(_ reference: String, against base: String?) -> String? {
        let trimmed = reference.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let baseURL = base.flatMap { URL(string: $0.trimmingWhitespace()) }
        guard let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteString else { return nil }
        let lower = resolved.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? resolved : nil
    }

    /// Class/id fragments of byline elements (matched by `LabelMatcher.shared`).
    static let bylinePattern = PatternSet(["byline", "author-name", "authorname"])
    /// The class/id fragment "author" ...
    static let authorPattern = PatternSet(["author"])
    /// ... unless it is part of "authority".
    static let authorityPattern = PatternSet(["authority"])

    /// Texts of byline elements: `rel=author` links and elements whose class, id or itemprop names
    /// an author or byline (short texts only).
    static func bylineCandidates(_ tree: MarkupTree, labels: ElementLabels) -> [String] {
        var result: [String] = []
        for index in tree.nodes.indices where tree.nodes[index].kind == .element && !tree.nodes[index].attributes.isEmpty {
            let itempropAuthor = tree.nodes[index].attribute("itemprop", equalsIgnoringCase: "author")
            var isByline = itempropAuthor || tree.nodes[index].attribute("rel", equalsIgnoringCase: "author")
                || tree.nodes[index].attribute("itemprop", equalsIgnoringCase: "creator")
            if !isByline {
                let signals = labels.signals(index)
                isByline = signals.contains(.bylineFragment)
                    || (signals.contains(.authorFragment) && !signals.contains(.authorityFragment))
            }
            guard isByline else { continue }
            if itempropAuthor, let nameNode = tree.subtree(of: index).first(where: { tree[$0].attribute("itemprop") == "name" }) {
                let name = tree[nameNode].attribute("content") ?? tree.text(of: nameNode)
                result.append(name)
                continue
            }
            let text = tree.text(of: index)
            if !text.isEmpty, text.count <= 100 { result.append(text) }
            if result.count >= 4 { break }
        }
        return result
    }

    /// The first value that is not empty after folding white space.
    static func firstNonEmpty(_ values: [String?]) -> String? {
        for value in values {
            if let trimmed = value.map({ ArticleIdentity.foldWhitespace($0) }), !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    /// `values` without case-insensitive duplicates, in order.
    static func deduplicated(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// The `<meta>` tags of a page, keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`.
struct MetaTags {
    private var values: [String: [String]] = [:]

    init(_ tree: MarkupTree) {
        for index in tree.elements(named: "meta") {
            let node = tree[index]
            guard let content = node.attribute("content") ?? node.attribute("value") else { continue }
            for keyAttribute in ["property", "name", "itemprop", "http-equiv"] {
                if let key = node.attribute(keyAttribute)?.trimmingWhitespace().lowercased(), !key.isEmpty {
                    values[key, default: []].append(content)
                }
            }
        }
    }

    /// The first non-empty value for `key`.
    subscript(key: String) -> String? {
        values[key]?.first { !$0.trimmingWhitespace().isEmpty }
    }

    /// All non-empty values for `key`.
    func all(_ key: String) -> [String] {
        (values[key] ?? []).filter { !$0.trimmingWhitespace().isEmpty }
    }
}

/// The article object among a page's JSON-LD scripts (NewsArticle, Article, BlogPosting, ...).
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisherName: String?
    var keywords: [String] = []
    var sections: [String] = []
    var description: String?
    var url: String?
    var language: String?
    var articleBody: String?
    /// The first `image`: a URL string, an `ImageObject`'s `url`/`contentUrl`, or the first of a list.
    var image: String?

    init(_ tree: MarkupTree) {
        var objects: [[String: Any]] = []
        for script in tree.elements(named: "script") {
            guard let type = tree[script].attribute("type")?.lowercased(), type.containsBytes("ld+json") else { continue }
            let text = tree.rawText(of: script)
            guard let data = text.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            // Flatten arrays and @graph iteratively.
            var pending: [Any] = [json]
            while let item = pending.popLast(), objects.count < 200 {
                if let array = item as? [Any] {
                    pending.append(contentsOf: array.reversed())
                } else if let object = item as? [String: Any] {
                    objects.append(object)
                    if let graph = object["@graph"] { pending.append(graph) }
                }
            }
        }
        func types(_ object: [String: Any]) -> [String] {
            if let type = object["@type"] as? String { return [type.lowercased()] }
            return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
        }
        let article = objects.first { types($0).contains { HTMLMetadataReader.articleTypes.contains($0) && $0 != "webpage" } }
            ?? objects.first { types($0).contains("webpage") && $0["headline"] != nil }
        guard let article else { return }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        authors = Self.names(article["author"]) + Self.names(article["creator"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        dateModified = Self.string(article["dateModified"])
        publisherName = Self.names(article["publisher"]).first
        if let text = article["keywords"] as? String {
            keywords = text.split(separator: ",").map { String($0) }
        } else {
            keywords = (article["keywords"] as? [Any])?.compactMap(Self.string) ?? []
        }
        if let section = article["articleSection"] {
            sections = (section as? [Any])?.compactMap(Self.string) ?? Self.string(section).map { [$0] } ?? []
        }
        description = Self.string(article["description"])
        url = Self.string(article["url"]) ?? Self.string(article["mainEntityOfPage"])
            ?? (article["mainEntityOfPage"] as? [String: Any]).flatMap { Self.string($0["@id"]) }
        language = Self.string(article["inLanguage"])
        articleBody = Self.string(article["articleBody"])
        image = Self.imageURL(article["image"]) ?? Self.imageURL(article["thumbnailUrl"])
    }

    private static func imageURL(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let object = value as? [String: Any] { return string(object["url"]) ?? string(object["contentUrl"]) }
        if let array = value as? [Any] { return array.prefix(5).lazy.compactMap { imageURL($0) }.first }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Names from a string, a {"name": ...} object or an array of either.
    private static func names(_ value: Any?) -> [String] {
        if let text = string(value) { return [text] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.prefix(20).flatMap { names($0) } }
        return []
    }
}

/// Removes a site name from a page title ("Headline | Site", "Site - Headline").
enum TitleCleaner {
    /// Separators between a headline and a site name.
    static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " « ", " » ", " / "]

    /// The headline in `title`: the page's `<h1>` when the title contains it, else the title without
    /// a part matching `siteName` or, when `guessSiteName`, without a short part that looks like one.
    static func clean(_ title: String, siteName: String?, headline: String?, guessSiteName: Bool = true) -> String {
        let folded = ArticleIdentity.foldWhitespace(title)
        if let headline, !headline.isEmpty, folded.lowercased().contains(headline.lowercased()),
            folded.count > headline.count, headline.count >= 15
        {
            return headline
        }
        for separator in separators {
            guard let lastSplit = folded.byteRange(of: separator, backwards: true),
                let firstSplit = folded.byteRange(of: separator)
            else { continue }
            let head = String(folded[..<lastSplit.lowerBound]).trimmingWhitespace()
            let tail = String(folded[lastSplit.upperBound...]).trimmingWhitespace()
            let prefix = String(folded[..<firstSplit.lowerBound]).trimmingWhitespace()
            let rest = String(folded[firstSplit.upperBound...]).trimmingWhitespace()
            if let siteName, matches(tail, siteName) { return head }
            if let siteName, matches(prefix, siteName) { return rest }
            guard guessSiteName else { continue }
            if wordCount(tail) <= 4, wordCount(head) >= wordCount(tail) + 2 { return head }
            if wordCount(prefix) <= 3, wordCount(rest) >= wordCount(prefix) + 3, siteName == nil { return rest }
        }
        return folded
    }

    private static func matches(_ part: String, _ siteName: String) -> Bool {
        let a = part.lowercased().filter { $0.isLetter || $0.isNumber }
        let b = siteName.lowercased().filter { $0.isLetter || $0.isNumber }
        return !a.isEmpty && (a == b || (b.count >= 4 && a.contains(b)) || (a.count >= 4 && b.contains(a)))
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}

/// Cleans author strings: "By Jane Doe and John Roe, Staff Writer" -> ["Jane Doe", "John Roe"].
enum AuthorCleaner {
    /// Lead-ins before a name.
    static let prefixes = ["by ", "von ", "par ", "por ", "di ", "door ", "from ", "written by ", "posted by ", "author: ", "authors: "]
    /// Words that name a role or an agency rather than a person.
    static let roleWords: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "journalist",
        "senior", "chief", "political", "news", "photographer", "associated", "press", "updated", "published",
        "reuters", "ap", "afp", "dpa", "the", "bureau", "desk", "team", "redaktion", "read", "more", "min",
    ]

    /// Whether `word` is a role or agency word ("Reporter", "Reporters", "Staff").
    static func isRoleWord(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return roleWords.contains(lowered) || (lowered.hasSuffix("s") && roleWords.contains(String(lowered.dropLast())))
    }

    /// Punctuation trimmed from both ends of a name.
    private static let edgePunctuation = CharacterSet(charactersIn: ".:·•")

    /// Person names found in `candidates`, cleaned, without duplicates (at most ten).
    static func clean(_ candidates: [String]) -> [String] {
        var names: [String] = []
        for candidate in candidates {
            var text = ArticleIdentity.foldWhitespace(candidate)
            guard !text.containsBytes("://"), !(text.containsBytes("@") && text.containsBytes(".")) else { continue }
            for separator in [" | ", " - ", " — ", " – ", "\n"] {
                if let range = text.byteRange(of: separator) { text = String(text[..<range.lowerBound]) }
            }
            var lowered = text.lowercased()
            for prefix in prefixes where lowered.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
                lowered = text.lowercased()
            }
            var joined = text
            for joiner in [" and ", " & ", " und ", " et ", " y ", ";"] { joined = joined.replacingBytes(joiner, with: ",") }
            let parts = joined.split(separator: ",")
            for part in parts {
                let name = String(part).trimmingWhitespace().trimmingCharacters(in: Self.edgePunctuation)
                let words = name.split(separator: " ")
                guard (1...5).contains(words.count), name.count <= 60,
                    name.contains(where: { $0.isLetter }), !name.contains(where: { $0.isNumber })
                else { continue }
                if words.contains(where: { isRoleWord(String($0)) }) && words.count > 1 {
                    continue
                }
                if isRoleWord(name) { continue }
                if !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
            }
        }
        return Array(names.prefix(10))
    }
}
