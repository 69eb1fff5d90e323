import Foundation

/// Turns one export record (a JSON Lines object, or a CSV row keyed by its header) into an article.
///
/// Keys are matched to article fields by `ExportField` (case-insensitive, punctuation ignored). Values:
/// - text fields (`text`, `body`, `content`, ...) are plain text; a value carrying HTML tags is rendered
///   as an HTML fragment; `html`-named fields go through the HTML reader: a whole page (with `<html>` or
///   `<body>`) through `HTMLArticleReader`'s main-text extraction, whose metadata also fills fields the
///   record lacks, a fragment through its visible text. Without text or HTML, `summary`/`description`
///   is the body;
/// - authors: a string through `BylineParser`'s name rules ("By", roles, e-mail addresses and agencies
///   dropped; `A and B`, `A, B` split), an array of strings, or objects with a `name`;
/// - dates: a string through `DateParser` (never later than `now` plus a day; an unparseable date is
///   left out, never guessed), or Unix time as a 10-digit (seconds) or 13-digit (milliseconds) number;
/// - categories: an array, or a string split at `,`, `;` and `|`; objects with `name`, `term` or `label`;
/// - publication: a string or an object with a `name`; guid: a string or a number.
enum ExportRecordMapper {
    /// The article of `record` (keys with their values in record order), or nil when it has no text.
    static func article(
        from record: [(key: String, value: Any)], kind: DocumentKind, locator: SourceLocator, now: Date
    ) -> Article? {
        var best: [ExportField: (rank: Int, value: Any)] = [:]
        for (key, value) in record {
            guard let match = ExportField.match(key), !isEmpty(value) else { continue }
            if let current = best[match.field], current.rank <= match.rank { continue }
            best[match.field] = (match.rank, value)
        }
        func value(_ field: ExportField) -> Any? { best[field]?.value }

        let url = value(.url).flatMap(string)
        var title = value(.title).flatMap(string).map(ArticleIdentity.foldWhitespace)
        var authors = value(.authors).map(authorNames) ?? []
        var published = value(.published).flatMap { date($0, now: now) }
        var modified = value(.modified).flatMap { date($0, now: now) }
        var publication = value(.publication).flatMap(name)
        var language = value(.language).flatMap(string)
        var summary = value(.summary).flatMap(string).map(plainText)
        var categories = value(.categories).map(labels) ?? []

        var body = value(.text).flatMap(string).map(plainText) ?? ""
        if body.isEmpty, let html = value(.html).flatMap(string) {
            if isWholePage(html), let page = HTMLArticleReader.read(html: Array(html.utf8), url: url, locator: locator, now: now) {
                body = page.body
                title = title ?? page.title
                if authors.isEmpty { authors = page.authors }
                published = published ?? page.published
                modified = modified ?? page.modified
                publication = publication ?? page.publication
                language = language ?? page.language
                summary = summary ?? page.summary
                if categories.isEmpty { categories = page.categories }
            } else {
                body = HTMLArticleReader.plainText(fromFragment: html)
            }
        }
        if body.isEmpty, let summary { body = summary }
        guard !body.isEmpty else { return nil }
        return Article.make(
            url: url, guid: value(.guid).flatMap(string), title: title, authors: authors, published: published,
            modified: modified, publication: publication, language: language, summary: summary == body ? nil : summary,
            categories: categories, body: body, kind: kind, locator: locator
        )
    }

    // MARK: Values

    private static func isEmpty(_ value: Any) -> Bool {
        if value is NSNull { return true }
        if let text = value as? String { return text.trimmingWhitespace().isEmpty }
        if let list = value as? [Any] { return list.isEmpty }
        return false
    }

    /// A trimmed non-empty string, or a number as text.
    static func string(_ value: Any) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        if let number = value as? NSNumber, !isBoolean(number) { return number.stringValue }
        return nil
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c" && (number == NSNumber(value: true) || number == NSNumber(value: false))
    }

    /// A name: a string, or an object's `name` (also `fullname`, `displayname`, `title`).
    private static func name(_ value: Any) -> String? {
        if let object = value as? [String: Any] {
            for (key, inner) in object where ["name", "fullname", "displayname", "title"].contains(ExportField.normalize(key)) {
                if let text = string(inner) { return ArticleIdentity.foldWhitespace(text) }
            }
            return nil
        }
        return string(value).map(ArticleIdentity.foldWhitespace)
    }

    /// Plain text with paragraphs separated by one blank line; text carrying HTML tags is rendered.
    private static func plainText(_ text: String) -> String {
        // Byte search: `String.contains(String)` goes through Foundation's NSString search here.
        if text.utf8.contains(UInt8(ascii: "<")), FormatDetector.htmlTagCount(Array(text.utf8.prefix(4096))) >= 2 {
            return HTMLArticleReader.plainText(fromFragment: text)
        }
        return PlainTextArticleReader.joinParagraphs(PlainTextArticleReader.splitLines(text)).joined(separator: "\n\n")
    }

    /// Whether `html` is a whole page rather than a fragment.
    private static func isWholePage(_ html: String) -> Bool {
        let head = html.utf8.prefix(2048).map(CharsetDecoder.lowercase)
        return head.starts(with: Array("<!doctype".utf8)) || contains(Array("<html".utf8), in: head)
            || contains(Array("<body".utf8), in: head)
    }

    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    // MARK: Authors

    /// Author names from a string, an array or an object (see the type's rules), without duplicates.
    static func authorNames(_ value: Any) -> [String] {
        var names: [String] = []
        func add(_ found: [String]) {
            for name in found where !names.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { names.append(name) }
        }
        if let list = value as? [Any] {
            for element in list {
                if let text = element as? String {
                    add(authorNames(fromText: text))
                } else if let named = name(element) {
                    add(authorNames(fromText: named))
                }
            }
        } else if value is [String: Any] {
            if let named = name(value) { add(authorNames(fromText: named)) }
        } else if let text = string(value) {
            add(authorNames(fromText: text))
        }
        return names
    }

    /// Names on one byline string, by `BylineParser`'s rules; falls back to `AuthorCleaner`.
    private static func authorNames(fromText text: String) -> [String] {
        var line = ArticleIdentity.foldWhitespace(text)
        let lower = line.lowercased()
        for prefix in ["by: ", "by ", "written by ", "words by "] where lower.hasPrefix(prefix) {
            line = String(line.dropFirst(prefix.count))
            break
        }
        let parsed = BylineParser.names(line, allowSingleWord: true).authors
        return parsed.isEmpty ? AuthorCleaner.clean([line]) : parsed
    }

    // MARK: Dates

    /// A date from a string (`DateParser`), Unix seconds or milliseconds, or a `{"$date": ...}` object.
    static func date(_ value: Any, now: Date) -> PartialDate? {
        if let object = value as? [String: Any], let inner = object["$date"] { return date(inner, now: now) }
        if let number = value as? NSNumber, !isBoolean(number) {
            return unixTime(number.doubleValue, digits: String(number.int64Value).count, now: now)
        }
        guard let text = string(value) else { return nil }
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Double(text) {
            return unixTime(number, digits: text.utf8.count, now: now)
        }
        return DateParser.parse(text, notAfter: now)
    }

    /// Unix time with 10 digits (seconds, 2001-2286) or 13 (milliseconds), to the second in UTC.
    private static func unixTime(_ number: Double, digits: Int, now: Date) -> PartialDate? {
        let seconds: Int64
        switch digits {
        case 10: seconds = Int64(number)
        case 13: seconds = Int64(number / 1000)
        default: return nil
        }
        let days = Int(seconds / 86_400)
        let rest = Int(seconds % 86_400)
        let civil = CalendarMath.civilFromDays(days)
        guard let date = PartialDate(
            year: civil.year, month: civil.month, day: civil.day, hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60
        ) else { return nil }
        return DateParser.isPlausible(date, notAfter: now) ? date : nil
    }

    // MARK: Categories

    /// Category labels from an array or a delimited string, without duplicates.
    private static func labels(_ value: Any) -> [String] {
        var found: [String] = []
        if let list = value as? [Any] {
            for element in list {
                if let object = element as? [String: Any] {
                    for key in ["name", "term", "label"] {
                        if let text = object[key].flatMap(string) { found.append(text); break }
                    }
                } else if let text = string(element) {
                    found.append(text)
                }
            }
        } else if let text = string(value) {
            found = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }).map { String($0).trimmingWhitespace() }
        }
        var unique: [String] = []
        for label in found where !label.isEmpty && !unique.contains(label) { unique.append(label) }
        return unique
    }
}
