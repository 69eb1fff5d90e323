import Foundation

/// Reads JSON Feed 1.0 and 1.1 documents (https://www.jsonfeed.org/version/1.1/), one article per item.
///
/// Feed level: `title` becomes each article's publication, `language` (1.1) its language unless the
/// item has one, `authors` (1.1) or `author` (1.0) the authors of items that name none. Item level: `id`
/// (the guid), `url` (else `external_url`), `title`, `content_text` (else the visible text of
/// `content_html`, else `summary`) as the body, `summary`, `date_published`, `date_modified`,
/// `authors[].name` / `author.name`, `tags`, `language`. An item without any text is quarantined
/// (`no-content: ...`) on its own; a document that is not a JSON Feed gives one `malformed-feed: ...` item.
public enum JSONFeedReader {
    /// Reads the feed in `json` (UTF-8 bytes).
    public static func read(json: [UInt8], locator: SourceLocator) -> ExtractionOutcome {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(json), options: [])
        } catch {
            return malformed("invalid JSON", json: json, locator: locator)
        }
        guard let feed = root as? [String: Any] else { return malformed("the top level is not an object", json: json, locator: locator) }
        guard let version = feed["version"] as? String, version.contains("jsonfeed.org/version/") else {
            return malformed("no jsonfeed.org version", json: json, locator: locator)
        }
        guard let items = feed["items"] as? [Any] else { return malformed("no items array", json: json, locator: locator) }
        let publication = nonEmptyString(feed["title"])
        let feedLanguage = nonEmptyString(feed["language"])
        let feedAuthors = authors(in: feed)
        var outcome = ExtractionOutcome()
        for (index, element) in items.enumerated() {
            let itemLocator = locator.item(index)
            guard let item = element as? [String: Any] else {
                outcome.quarantined.append(quarantined("malformed-feed: item \(index) is not an object", element, itemLocator))
                continue
            }
            var body = nonEmptyString(item["content_text"]).map(normalizeParagraphs) ?? ""
            if body.isEmpty, let html = nonEmptyString(item["content_html"]) {
                body = HTMLArticleReader.plainText(fromFragment: html)
            }
            let summary = nonEmptyString(item["summary"])
            if body.isEmpty, let summary { body = summary }
            guard !body.isEmpty else {
                outcome.quarantined.append(quarantined("no-content: JSON Feed item \(index) has no text", element, itemLocator))
                continue
            }
            let itemAuthors = authors(in: item)
            let article = Article.make(
                url: nonEmptyString(item["url"]) ?? nonEmptyString(item["external_url"]),
                guid: identifier(item["id"]),
                title: nonEmptyString(item["title"]),
                authors: itemAuthors.isEmpty ? feedAuthors : itemAuthors,
                published: nonEmptyString(item["date_published"]).flatMap(DateParser.parse),
                modified: nonEmptyString(item["date_modified"]).flatMap(DateParser.parse),
                publication: publication,
                language: nonEmptyString(item["language"]) ?? feedLanguage,
                summary: summary,
                categories: (item["tags"] as? [Any])?.compactMap(nonEmptyString) ?? [],
                body: body,
                kind: .jsonFeed,
                locator: itemLocator,
                image: nonEmptyString(item["image"]) ?? nonEmptyString(item["banner_image"])
            )
            outcome.articles.append(article)
        }
        if items.isEmpty {
            return ExtractionOutcome(quarantined: [QuarantinedItem(
                locator: locator, reason: "no-content: the JSON Feed has no items", size: Int64(json.count),
                sha256: ArticleIdentity.sha256Hex(json)
            )])
        }
        return outcome
    }

    /// `authors[].name` (1.1), else `author.name` (1.0).
    private static func authors(in object: [String: Any]) -> [String] {
        if let list = object["authors"] as? [Any] {
            let names = list.compactMap { ($0 as? [String: Any]).flatMap { nonEmptyString($0["name"]) } }
            if !names.isEmpty { return names }
        }
        if let author = object["author"] as? [String: Any], let name = nonEmptyString(author["name"]) { return [name] }
        return []
    }

    /// A trimmed non-empty string value.
    private static func nonEmptyString(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The item id: a string, or a number written as text (some feeds break the spec that way).
    private static func identifier(_ value: Any?) -> String? {
        if let text = nonEmptyString(value) { return text }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }

    /// Plain text with paragraphs separated by exactly one blank line.
    private static func normalizeParagraphs(_ text: String) -> String {
        PlainTextArticleReader.joinParagraphs(PlainTextArticleReader.splitLines(text)).joined(separator: "\n\n")
    }

    private static func malformed(_ detail: String, json: [UInt8], locator: SourceLocator) -> ExtractionOutcome {
        ExtractionOutcome(quarantined: [QuarantinedItem(
            locator: locator, reason: "malformed-feed: \(detail)", size: Int64(json.count),
            sha256: ArticleIdentity.sha256Hex(json)
        )])
    }

    private static func quarantined(_ reason: String, _ element: Any, _ locator: SourceLocator) -> QuarantinedItem {
        let bytes: [UInt8]
        if JSONSerialization.isValidJSONObject(element), let data = try? JSONSerialization.data(withJSONObject: element, options: [.sortedKeys]) {
            bytes = Array(data)
        } else {
            bytes = Array(String(describing: element).utf8)
        }
        return QuarantinedItem(locator: locator, reason: reason, size: Int64(bytes.count), sha256: ArticleIdentity.sha256Hex(bytes))
    }
}
