/// The article fields an export's columns or keys are mapped to, by name.
///
/// Names are compared case-insensitively and without punctuation, so `pubDate`, `pub_date` and
/// `Pub Date` are the same name. When a record has several names for one field (`text` and
/// `content`), the one listed first below wins.
public enum ExportField: Int, Sendable, CaseIterable {
    case title, url, authors, published, modified, text, html, summary, language, publication, categories, guid

    /// The names read as each field, in order of preference (normalised: lower-case letters and digits).
    static let names: [ExportField: [String]] = [
        .title: ["title", "headline", "name"],
        .url: ["url", "link", "canonicalurl", "permalink", "articleurl", "weburl", "uri"],
        .authors: ["authors", "author", "byline", "creator", "creators", "writer", "writers", "by"],
        .published: [
            "published", "datepublished", "publishedat", "pubdate", "publicationdate", "publishdate", "publisheddate",
            "date", "createdat", "datecreated", "created", "timestamp",
        ],
        .modified: ["modified", "datemodified", "updated", "updatedat", "modifiedat", "lastmodified", "dateupdated", "lastupdated"],
        .text: [
            "text", "body", "content", "article", "articletext", "articlebody", "fulltext", "maintext", "contenttext",
            "bodytext", "plaintext", "story",
        ],
        .html: ["html", "contenthtml", "bodyhtml", "articlehtml", "htmlcontent", "rawhtml", "contentencoded"],
        .summary: ["summary", "description", "abstract", "excerpt", "dek", "standfirst", "lede"],
        .language: ["language", "lang", "inlanguage", "locale"],
        .publication: ["publication", "source", "publisher", "site", "sitename", "outlet", "newspaper", "sourcename"],
        .categories: ["tags", "categories", "keywords", "category", "section", "topics", "subjects", "tag"],
        .guid: ["id", "guid", "uuid", "articleid", "docid", "documentid", "identifier"],
    ]

    /// Every normalised name with its field and preference rank.
    private static let lookup: [String: (field: ExportField, rank: Int)] = {
        var table: [String: (field: ExportField, rank: Int)] = [:]
        for (field, list) in names {
            for (rank, name) in list.enumerated() { table[name] = (field, rank) }
        }
        return table
    }()

    /// The field a column or key named `name` holds, with its preference rank (lower is better).
    public static func match(_ name: String) -> (field: ExportField, rank: Int)? {
        lookup[normalize(name)]
    }

    /// `name` in lower case with everything but ASCII letters and digits removed.
    static func normalize(_ name: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case 0x41...0x5A: out.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39: out.append(byte)
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a set of column or key names looks like an article export: at least two recognised
    /// names, one of them a title, text or HTML field.
    public static func looksLikeArticleRecord<Names: Sequence>(_ names: Names) -> Bool where Names.Element == String {
        var fields = Set<ExportField>()
        for name in names { if let match = match(name) { fields.insert(match.field) } }
        return fields.count >= 2 && !fields.isDisjoint(with: [.title, .text, .html])
    }
}
