import Crypto

/// How articles are identified and deduplicated.
///
/// - `contentHash` is SHA-256 over the title and body with runs of white space folded to one space,
///   so re-wrapping or re-indenting the same text does not make a new article.
/// - `id` is SHA-256 over the normalised URL when the article has one (scheme and host lower-cased,
///   fragment and `utm_*` parameters dropped, trailing slash removed), else it equals `contentHash`.
///   The same article ingested twice therefore gets the same `id` and is stored once.
public enum ArticleIdentity {
    /// Lowercase hex SHA-256 of `bytes`.
    public static func sha256Hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(data: Array(bytes))
        return hex(hasher.finalize())
    }

    /// Lowercase hex SHA-256 of a byte buffer, without copying it.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The content hash of a title and body.
    public static func contentHash(title: String?, body: String) -> String {
        var text = foldWhitespace(title ?? "")
        text += "\n"
        text += foldWhitespace(body)
        return sha256Hex(Array(text.utf8))
    }

    /// The article id: hash of the normalised URL, or the content hash when there is no URL.
    public static func id(url: String?, contentHash: String) -> String {
        if let url, let normalized = normalizeURL(url) {
            return sha256Hex(Array(normalized.utf8))
        }
        return contentHash
    }

    /// A URL normalised for identity, or nil when `url` is not an absolute http(s) URL.
    public static func normalizeURL(_ url: String) -> String? {
        var text = url.trimmingWhitespace()
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        var rest = text[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        guard !host.isEmpty else { return nil }
        rest = rest[hostEnd...]
        var path = Substring(rest)
        var query: Substring = ""
        if let question = rest.firstIndex(of: "?") {
            path = rest[..<question]
            query = rest[rest.index(after: question)...]
        }
        var pathText = String(path)
        while pathText.hasSuffix("/") { pathText.removeLast() }
        let kept = query.split(separator: "&").filter { !$0.lowercased().hasPrefix("utm_") }
        // Both schemes name the same article; identity ignores the difference.
        var result = "http://" + host + pathText
        if !kept.isEmpty { result += "?" + kept.joined(separator: "&") }
        return result
    }

    /// Collapses every run of white space to one space and trims the ends.
    public static func foldWhitespace(_ text: String) -> String {
        // Scalars are classified by value (`isSpaceLike`: the same answers as `properties.isWhitespace`,
        // ~20x faster).
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace = value < 0x80 ? (value == 0x20 || (value >= 0x09 && value <= 0x0D)) : scalar.isSpaceLike
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                if value < 0x80 { out.append(UInt8(value)) } else { UTF8.encode(scalar) { out.append($0) } }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Article {
    /// Builds an article, computing `id`, `contentHash` and `wordCount` from its fields.
    public static func make(
        url: String? = nil, guid: String? = nil, title: String?, authors: [String] = [],
        published: PartialDate? = nil, modified: PartialDate? = nil, publication: String? = nil,
        language: String? = nil, summary: String? = nil, categories: [String] = [], body: String,
        kind: DocumentKind, locator: SourceLocator, analysis: ArticleAnalysis? = nil,
        section: String? = nil, image: String? = nil
    ) -> Article {
        let contentHash = ArticleIdentity.contentHash(title: title, body: body)
        return Article(
            id: ArticleIdentity.id(url: url, contentHash: contentHash), contentHash: contentHash, url: url,
            guid: guid, title: title, authors: authors, published: published, modified: modified,
            publication: publication, language: language, summary: summary, categories: categories,
            body: body, wordCount: WordCounter.count(body), kind: kind, locator: locator,
            analysis: analysis, section: section, image: image
        )
    }
}

/// Counts words: maximal runs of letters or digits (apostrophes and hyphens inside a word join it).
public enum WordCounter {
    /// The number of words in `text`.
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // ASCII by value (same answers as the properties below, ~20x faster).
            let isWordChar = value < 0x80
                ? (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordChar {
                if !inWord { words += 1 }
                inWord = true
            } else if inWord && (scalar == "'" || scalar == "’" || scalar == "-") {
                continue
            } else {
                inWord = false
            }
        }
        return words
    }
}

extension String {
    /// The string without leading and trailing white space (spaces, tabs, newlines, NBSP).
    public func trimmingWhitespace() -> String {
        // Fast path: printable ASCII at both ends needs no trimming (most calls); native strings
        // expose their bytes, which is far cheaper than `utf8.first`/`utf8.last`.
        let printableEnds = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        } ?? {
            guard let first = utf8.first, let last = utf8.last else { return false }
            return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        }()
        if printableEnds { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceLike })!
        return String(scalars[first...last])
    }
}
