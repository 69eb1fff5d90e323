/// Serialises articles as single-line JSON objects (JSON Lines), the output of `newsmill extract`.
///
/// Keys come in a fixed order: `source`, `id`, `url`, `guid`, `title`, `authors`, `published`,
/// `published_precision`, `modified`, `modified_precision`, `publication`, `language`, `summary`,
/// `categories`, `body`, `word_count`, `kind`, `locator`, `content_hash`, `captured` (a web archive
/// record's capture date, ISO 8601 UTC, or `null`), `section`, `image` (the main image's URL), then the article intelligence
/// (`Article.analysis`; each key `null` when the article was not analysed):
/// - `entities`: `{"person": [...], "organization": [...], "location": [...]}`, each entity
///   `{"name", "mentions", "count"}`, locations also `"country_code"`, `"latitude"`, `"longitude"`;
/// - `quotes`: `[{"speaker", "text", "verb", "via"}]`;
/// - `dates`: `[{"text", "value", "precision"}]`;
/// - `quantities`: `[{"value", "unit", "text", "qualifier", "event", "maximum"}]` (`maximum`: a range's upper bound);
/// - `citations`: `[{"name", "date"}]`;
/// - `simhash`: the 64-bit SimHash as 16 lowercase hex digits.
///
/// A missing value is `null`. Numbers with an integral value up to 2^53 are written without a
/// fraction (`200`); others in Swift's shortest round-trip form (`2.5`, `1e+20`); a non-finite
/// number (which JSON cannot hold) as `null`.
/// Strings are escaped by hand per RFC 8259 section 7 (`"` and `\` with a backslash, control
/// characters as `\n`, `\t`, ... or `\u00XX`), plus U+2028 and U+2029 as `\u2028`/`\u2029` so the
/// output is also valid JavaScript; everything else is copied as UTF-8 bytes.
public enum ArticleJSON {
    /// One line of JSON for `article` (no trailing newline); `source` is the input path as given.
    public static func line(for article: Article, source: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(article.body.utf8.count + 1024)
        out.append(UInt8(ascii: "{"))
        field("source", source, &out, first: true)
        field("id", article.id, &out)
        field("url", article.url, &out)
        field("guid", article.guid, &out)
        field("title", article.title, &out)
        key("authors", &out)
        array(article.authors, &out)
        field("published", article.published?.value, &out)
        field("published_precision", article.published?.precision.rawValue, &out)
        field("modified", article.modified?.value, &out)
        field("modified_precision", article.modified?.precision.rawValue, &out)
        field("publication", article.publication, &out)
        field("language", article.language, &out)
        field("summary", article.summary, &out)
        key("categories", &out)
        array(article.categories, &out)
        field("body", article.body, &out)
        key("word_count", &out)
        out.append(contentsOf: String(article.wordCount).utf8)
        field("kind", article.kind.rawValue, &out)
        field("locator", article.locator.description, &out)
        field("content_hash", article.contentHash, &out)
        field("captured", article.captured?.value, &out)
        field("section", article.section, &out)
        field("image", article.image, &out)
        analysis(article.analysis, &out)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the `entities` ... `simhash` keys.
    private static func analysis(_ analysis: ArticleAnalysis?, _ out: inout [UInt8]) {
        guard let analysis else {
            for name: StaticString in ["entities", "quotes", "dates", "quantities", "citations", "simhash"] {
                key(name, &out)
                null(&out)
            }
            return
        }
        key("entities", &out)
        out.append(UInt8(ascii: "{"))
        for (typeIndex, type) in EntityType.allCases.enumerated() {
            if typeIndex > 0 { out.append(UInt8(ascii: ",")) }
            string(type.rawValue, &out)
            out.append(UInt8(ascii: ":"))
            objects(analysis.entities.filter { $0.type == type }, &out) { entity, out in
                field("name", entity.name, &out, first: true)
                key("mentions", &out)
                array(entity.mentions, &out)
                key("count", &out)
                out.append(contentsOf: String(entity.count).utf8)
                if entity.type == .location {
                    field("country_code", entity.countryCode, &out)
                    key("latitude", &out)
                    number(entity.latitude, &out)
                    key("longitude", &out)
                    number(entity.longitude, &out)
                }
            }
        }
        out.append(UInt8(ascii: "}"))
        key("quotes", &out)
        objects(analysis.quotes, &out) { quote, out in
            field("speaker", quote.speaker, &out, first: true)
            field("text", quote.text, &out)
            field("verb", quote.verb, &out)
            field("via", quote.via, &out)
        }
        key("dates", &out)
        objects(analysis.dates, &out) { date, out in
            field("text", date.text, &out, first: true)
            field("value", date.value, &out)
            field("precision", date.precision.rawValue, &out)
        }
        key("quantities", &out)
        objects(analysis.quantities, &out) { quantity, out in
            key("value", &out, first: true)
            number(quantity.value, &out)
            field("unit", quantity.unit, &out)
            field("text", quantity.text, &out)
            field("qualifier", quantity.qualifier, &out)
            field("event", quantity.event, &out)
            key("maximum", &out)
            number(quantity.maximum, &out)
        }
        key("citations", &out)
        objects(analysis.citations, &out) { citation, out in
            field("name", citation.name, &out, first: true)
            field("date", citation.date, &out)
        }
        field("simhash", hex64(analysis.simhash), &out)
    }

    /// `value` as 16 lowercase hex digits.
    public static func hex64(_ value: UInt64) -> String {
        var digits = [UInt8](repeating: 0, count: 16)
        for index in 0..<16 { digits[15 - index] = hexDigits[Int((value >> (4 * UInt64(index))) & 0xF)] }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends `[{...},{...}]`, each object's fields written by `body`.
    private static func objects<Element>(_ elements: [Element], _ out: inout [UInt8], _ body: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            body(element, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func null(_ out: inout [UInt8]) { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    /// Appends a JSON number: integral values up to 2^53 without a fraction, non-finite ones as `null`.
    private static func number(_ value: Double?, _ out: inout [UInt8]) {
        guard let value, value.isFinite else { return null(&out) }
        if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 {
            out.append(contentsOf: String(Int64(value)).utf8)
        } else {
            out.append(contentsOf: String(value).utf8)
        }
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 2)
        string(text, &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func key(_ name: StaticString, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    private static func field(_ name: StaticString, _ value: String?, _ out: inout [UInt8], first: Bool = false) {
        key(name, &out, first: first)
        if let value { string(value, &out) } else { null(&out) }
    }

    private static func array(_ values: [String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            string(value, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as an escaped JSON string. Runs of bytes that need no escaping are copied at once.
    private static func string(_ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let isLineSeparator = byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || isLineSeparator else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(0x5C)
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0xE2:
                    // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                    out.append(contentsOf: [UInt8(ascii: "u"), 0x32, 0x30, 0x32, bytes[index + 2] == 0xA8 ? 0x38 : 0x39])
                    index += 2
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
                }
                index += 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
