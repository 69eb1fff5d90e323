/// feedparser-shaped JSON for a parsed feed, as printed by `newsmill parse-feed`.
///
/// The shape follows Python feedparser's result dictionary: `bozo`, `feed` and `entries`, with its
/// field names and conventions (`*_parsed` as the 9-field `time.struct_time` in UTC, `author` plus
/// `author_detail` plus `authors`, `summary` as a string, `content` as a list of `{value, type}`,
/// `description` as an alias of `summary`/`subtitle`, `category` as the first tag's term).
/// Absent fields are omitted, as feedparser omits them.
extension ParsedFeed {
    /// One JSON object (a single line) for this feed, with `source` set to `source`.
    public func feedparserJSON(source: String) -> String {
        var writer = JSONObjectWriter()
        writer.string("source", source)
        writer.bool("bozo", bozo)
        if let bozoMessage { writer.string("bozo_exception", bozoMessage) }
        // feedparser's version names for the formats told apart here.
        switch format {
        case .rss2: writer.string("version", "rss")
        case .rss1: writer.string("version", "rss10")
        case .atom10, .atom03: writer.string("version", format.rawValue)
        }
        writer.raw("feed", Self.json(feed))
        writer.raw("entries", "[" + entries.map(Self.json).joined(separator: ",") + "]")
        return writer.finish()
    }

    /// The JSON object for a file that gave no feed: `bozo` true, `bozo_exception` saying why, no entries.
    public static func feedparserFailureJSON(source: String, message: String) -> String {
        var writer = JSONObjectWriter()
        writer.string("source", source)
        writer.bool("bozo", true)
        writer.string("bozo_exception", message)
        writer.raw("feed", "{}")
        writer.raw("entries", "[]")
        return writer.finish()
    }

    static func json(_ feed: Feed) -> String {
        var writer = JSONObjectWriter()
        writer.string("title", feed.title)
        writer.string("link", feed.link)
        if !feed.links.isEmpty { writer.raw("links", json(feed.links)) }
        writer.string("href", feed.href)
        writer.string("id", feed.id)
        if let subtitle = feed.subtitle {
            writer.string("subtitle", subtitle)
            writer.string("description", subtitle)
        }
        writer.string("language", feed.language)
        writer.string("updated", feed.updated)
        writer.raw("updated_parsed", feed.updatedParsed.flatMap(structTime))
        writer.string("published", feed.published)
        writer.raw("published_parsed", feed.publishedParsed.flatMap(structTime))
        writer.string("created", feed.created)
        writer.raw("created_parsed", feed.createdParsed.flatMap(structTime))
        writer.string("newlocation", feed.newLocation)
        writer.string("generator", feed.generator)
        writer.string("rights", feed.rights)
        writer.string("ttl", feed.ttl)
        if let image = feed.image { writer.raw("image", json(image)) }
        writePeople(feed.authors, into: &writer)
        if let publisher = feed.publisher {
            writer.string("publisher", publisher.name ?? publisher.email)
            writer.raw("publisher_detail", json(publisher))
        }
        if !feed.contributors.isEmpty { writer.raw("contributors", "[" + feed.contributors.map(json).joined(separator: ",") + "]") }
        writeTags(feed.tags, into: &writer)
        return writer.finish()
    }

    static func json(_ entry: Entry) -> String {
        var writer = JSONObjectWriter()
        writer.string("title", entry.title)
        writer.string("link", entry.link)
        if !entry.links.isEmpty { writer.raw("links", json(entry.links)) }
        writer.string("id", entry.id)
        if entry.id != nil { writer.bool("guidislink", entry.guidIsLink) }
        writer.string("published", entry.published)
        writer.raw("published_parsed", entry.publishedParsed.flatMap(structTime))
        writer.string("updated", entry.updated)
        writer.raw("updated_parsed", entry.updatedParsed.flatMap(structTime))
        writer.string("created", entry.created)
        writer.raw("created_parsed", entry.createdParsed.flatMap(structTime))
        writer.string("expired", entry.expired)
        writer.raw("expired_parsed", entry.expiredParsed.flatMap(structTime))
        writePeople(entry.authors, into: &writer)
        if let publisher = entry.publisher {
            writer.string("publisher", publisher.name ?? publisher.email)
            writer.raw("publisher_detail", json(publisher))
        }
        if !entry.contributors.isEmpty { writer.raw("contributors", "[" + entry.contributors.map(json).joined(separator: ",") + "]") }
        if let summary = entry.summary {
            writer.string("summary", summary.value)
            writer.string("description", summary.value)
        }
        if !entry.content.isEmpty {
            writer.raw("content", "[" + entry.content.map(json).joined(separator: ",") + "]")
        }
        writeTags(entry.tags, into: &writer)
        if !entry.enclosures.isEmpty {
            writer.raw("enclosures", "[" + entry.enclosures.map(json).joined(separator: ",") + "]")
        }
        writer.string("comments", entry.comments)
        writer.string("language", entry.language)
        writer.string("rights", entry.rights)
        if let source = entry.source { writer.raw("source", json(source)) }
        if !entry.mediaContent.isEmpty { writer.raw("media_content", "[" + entry.mediaContent.map(json).joined(separator: ",") + "]") }
        if let shape = entry.location { writer.raw("where", json(shape)) }
        if !entry.mediaThumbnail.isEmpty { writer.raw("media_thumbnail", "[" + entry.mediaThumbnail.map(json).joined(separator: ",") + "]") }
        return writer.finish()
    }

    private static func writePeople(_ people: [Person], into writer: inout JSONObjectWriter) {
        guard let first = people.first else { return }
        if let display = first.display { writer.string("author", display) }
        writer.raw("author_detail", json(first))
        writer.raw("authors", "[" + people.map(json).joined(separator: ",") + "]")
    }

    private static func writeTags(_ tags: [Tag], into writer: inout JSONObjectWriter) {
        guard !tags.isEmpty else { return }
        writer.string("category", tags[0].term)
        writer.raw("tags", "[" + tags.map(json).joined(separator: ",") + "]")
    }

    static func json(_ links: [Link]) -> String {
        "[" + links.map { link in
            var writer = JSONObjectWriter()
            writer.string("href", link.href)
            writer.string("rel", link.rel)
            writer.string("type", link.type)
            writer.string("title", link.title)
            writer.string("length", link.length)
            return writer.finish()
        }.joined(separator: ",") + "]"
    }

    static func json(_ person: Person) -> String {
        var writer = JSONObjectWriter()
        writer.string("name", person.name)
        writer.string("email", person.email)
        writer.string("href", person.href)
        return writer.finish()
    }

    static func json(_ tag: Tag) -> String {
        var writer = JSONObjectWriter()
        writer.string("term", tag.term)
        writer.string("scheme", tag.scheme)
        writer.string("label", tag.label)
        return writer.finish()
    }

    static func json(_ content: Content) -> String {
        var writer = JSONObjectWriter()
        writer.string("value", content.value)
        writer.string("type", content.type)
        writer.raw("language", content.language.map { JSONObjectWriter.literal($0) } ?? "null")
        return writer.finish()
    }

    static func json(_ enclosure: Enclosure) -> String {
        var writer = JSONObjectWriter()
        writer.string("href", enclosure.href)
        writer.string("length", enclosure.length)
        writer.string("type", enclosure.type)
        return writer.finish()
    }

    static func json(_ image: Image) -> String {
        var writer = JSONObjectWriter()
        writer.string("href", image.href)
        writer.string("url", image.href)
        writer.string("title", image.title)
        writer.string("link", image.link)
        writer.raw("width", image.width.map(numberOrString))
        writer.raw("height", image.height.map(numberOrString))
        writer.string("description", image.description)
        return writer.finish()
    }

    /// An integer as a JSON number (feedparser gives image sizes as integers), anything else as a string.
    static func numberOrString(_ text: String) -> String {
        if let number = Int(text.trimmingWhitespace()) { return String(number) }
        return JSONObjectWriter.literal(text)
    }

    static func json(_ shape: GeoShape) -> String {
        guard let type = shape.type else { return "{}" }
        var writer = JSONObjectWriter()
        writer.string("type", type)
        let pairs = shape.coordinates.map { "[" + $0.map { String($0) }.joined(separator: ",") + "]" }
        writer.raw("coordinates", type == "Point" ? pairs.first : "[" + pairs.joined(separator: ",") + "]")
        return writer.finish()
    }

    static func json(_ media: Media) -> String {
        var writer = JSONObjectWriter()
        for attribute in media.attributes { writer.string(attribute.key, attribute.value) }
        return writer.finish()
    }

    /// `time.struct_time` as a JSON array: year, month, day, hour, minute, second, weekday (Monday = 0),
    /// day of the year (1-based), isdst (0); the parts a partial date lacks are feedparser's defaults
    /// (month and day 1, time 00:00:00).
    static func structTime(_ date: PartialDate) -> String? {
        guard let (year, month, day, hour, minute, second) = CalendarMath.fields(of: date) else { return nil }
        let days = CalendarMath.daysFromCivil(year: year, month: month, day: day)
        // 1970-01-01 was a Thursday (weekday 3 with Monday = 0).
        let weekday = ((days % 7) + 7 + 3) % 7
        let dayOfYear = days - CalendarMath.daysFromCivil(year: year, month: 1, day: 1) + 1
        return "[\(year),\(month),\(day),\(hour),\(minute),\(second),\(weekday),\(dayOfYear),0]"
    }
}

/// Builds one JSON object as text, key by key (keys are trusted ASCII; values are escaped).
struct JSONObjectWriter {
    private var text = "{"
    private var empty = true

    private mutating func key(_ name: String) {
        text += empty ? "\"" : ",\""
        text += name
        text += "\":"
        empty = false
    }

    /// Adds a string member; nil is omitted.
    mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        Self.appendEscaped(value, to: &text)
    }

    /// Adds a boolean member.
    mutating func bool(_ name: String, _ value: Bool) {
        key(name)
        text += value ? "true" : "false"
    }

    /// Adds a member whose value is already JSON; nil is omitted.
    mutating func raw(_ name: String, _ json: String?) {
        guard let json else { return }
        key(name)
        text += json
    }

    /// The finished object.
    func finish() -> String { text + "}" }

    /// `value` as a JSON string literal (the project's one escaper, `ArticleJSON.quoted`).
    static func literal(_ value: String) -> String {
        ArticleJSON.quoted(value)
    }

    /// Appends `value` as a JSON string literal.
    static func appendEscaped(_ value: String, to output: inout String) {
        output += ArticleJSON.quoted(value)
    }
}
