import Foundation

/// Turns feeds into articles: one per entry, through `FeedParser`.
public enum FeedReader {
    /// Reads an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 feed given as UTF-8 bytes; one article per entry (kind .rss or
    /// .atom, locator.item(index)), entries without any text quarantined individually; an unreadable feed
    /// gives one quarantined item with reason "malformed-feed: ...". Entry dates later than `now` (plus a
    /// day) are dropped.
    public static func read(xml: [UInt8], locator: SourceLocator, now: Date = Date()) -> ExtractionOutcome {
        switch FeedParser.parse(xml: xml) {
        case .failure(let failure):
            let item = QuarantinedItem(
                locator: locator, reason: "malformed-feed: " + failure.message, size: Int64(xml.count),
                sha256: ArticleIdentity.sha256Hex(xml)
            )
            return ExtractionOutcome(quarantined: [item])
        case .success(let feed):
            return articles(from: feed, locator: locator, now: now)
        }
    }

    /// The articles of a parsed feed; entries with neither title nor text are quarantined.
    public static func articles(from feed: ParsedFeed, locator: SourceLocator, now: Date = Date()) -> ExtractionOutcome {
        var outcome = ExtractionOutcome()
        let publication = feed.feed.title.map(plainTitle).flatMap { $0.isEmpty ? nil : $0 }
        for (index, entry) in feed.entries.enumerated() {
            let itemLocator = locator.item(index)
            let text = body(of: entry)
            let title = entry.title.map(plainTitle).flatMap { $0.isEmpty ? nil : $0 }
            if title == nil && text.isEmpty {
                let key = Array(("\(index)\n" + (entry.id ?? "") + "\n" + (entry.link ?? "")).utf8)
                outcome.quarantined.append(
                    QuarantinedItem(
                        locator: itemLocator, reason: "empty-entry: entry \(index) has no title and no text",
                        size: 0, sha256: ArticleIdentity.sha256Hex(key)
                    )
                )
                continue
            }
            let published = entry.publishedParsed.flatMap { DateParser.isPlausible($0, notAfter: now) ? $0 : nil }
            let modified = entry.updatedParsed.flatMap { DateParser.isPlausible($0, notAfter: now) ? $0 : nil }
            let summary = entry.summary.map(plainText).flatMap { $0.isEmpty ? nil : $0 }
            let article = Article.make(
                url: entry.link, guid: entry.id, title: title,
                authors: AuthorCleaner.clean(entry.authors.compactMap(\.name)),
                published: published ?? (entry.published == nil ? modified : nil), modified: modified,
                publication: publication, language: (entry.language ?? feed.feed.language).flatMap(HTMLMetadataReader.languageCode),
                summary: summary == text ? nil : summary, categories: HTMLMetadataReader.deduplicated(entry.tags.map { $0.label ?? $0.term }),
                body: text, kind: feed.format.documentKind, locator: itemLocator, image: imageURL(of: entry)
            )
            outcome.articles.append(article)
        }
        return outcome
    }

    /// The entry's main image: a Media RSS thumbnail, an image `media:content`, or an image enclosure.
    static func imageURL(of entry: ParsedFeed.Entry) -> String? {
        func url(_ media: ParsedFeed.Media) -> String? {
            media.attributes.first { $0.key == "url" }.map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        }
        func isImage(_ media: ParsedFeed.Media) -> Bool {
            media.attributes.contains { ($0.key == "medium" && $0.value == "image") || ($0.key == "type" && $0.value.hasPrefix("image/")) }
        }
        return entry.mediaThumbnail.lazy.compactMap(url).first
            ?? entry.mediaContent.lazy.filter(isImage).compactMap(url).first
            ?? entry.enclosures.first { $0.type?.hasPrefix("image/") == true && !$0.href.isEmpty }?.href
    }

    /// A title as plain text: feedparser keeps HTML and XHTML titles as markup, which is rendered here.
    static func plainTitle(_ title: String) -> String {
        let hasMarkup = title.contains("&") || title.unicodeScalars.indices.contains { index in
            title.unicodeScalars[index] == "<"
                && title.unicodeScalars.index(after: index) < title.unicodeScalars.endIndex
                && CharacterSet.letters.union(CharacterSet(charactersIn: "/!")).contains(title.unicodeScalars[title.unicodeScalars.index(after: index)])
        }
        let text = hasMarkup ? HTMLArticleReader.plainText(fromFragment: title) : title
        return ArticleIdentity.foldWhitespace(text)
    }

    /// The entry's text: its content, else its summary, as plain text.
    static func body(of entry: ParsedFeed.Entry) -> String {
        for content in entry.content {
            let text = plainText(content)
            if !text.isEmpty { return text }
        }
        return entry.summary.map(plainText) ?? ""
    }

    /// A text construct as plain text: markup rendered, plain text with white space tidied.
    static func plainText(_ content: ParsedFeed.Content) -> String {
        if content.isMarkup { return HTMLArticleReader.plainText(fromFragment: content.value) }
        return content.value.components(separatedBy: "\n\n").map { ArticleIdentity.foldWhitespace($0) }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
