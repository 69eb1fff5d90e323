import NewsmillCore

extension SourceLocator: WireCodable {
    /// Encodes path, member, offset and item index.
    public func encode(to writer: inout WireWriter) {
        writer.write(path)
        writer.write(member)
        writer.write(offset)
        writer.write(itemIndex)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            path: try reader.readString(), member: try reader.readOptionalString(),
            offset: try reader.readOptionalInt64(), itemIndex: try reader.readOptionalInt()
        )
    }
}

extension PartialDate: WireCodable {
    /// Encodes the ISO value and the precision name.
    public func encode(to writer: inout WireWriter) {
        writer.write(value)
        writer.write(precision.rawValue)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        let value = try reader.readString()
        let precisionName = try reader.readString()
        guard let precision = DatePrecision(rawValue: precisionName) else {
            throw WireError("unknown date precision \(precisionName)")
        }
        self.init(value: value, precision: precision)
    }
}

extension DocumentKind: WireCodable {
    /// Encodes the kind's name.
    public func encode(to writer: inout WireWriter) { writer.write(rawValue) }

    /// Decodes a kind; an unknown name (from a newer peer) reads as `.unknown`.
    public init(from reader: inout WireReader) throws {
        self = DocumentKind(rawValue: try reader.readString()) ?? .unknown
    }
}

extension Article: WireCodable {
    /// Encodes every field in declaration order (`analysis` then `captured`, optional records; version 3
    /// added `captured`, `section` and `image`).
    public func encode(to writer: inout WireWriter) {
        writer.write(id)
        writer.write(contentHash)
        writer.write(url)
        writer.write(guid)
        writer.write(title)
        writer.write(authors)
        writer.write(published)
        writer.write(modified)
        writer.write(publication)
        writer.write(language)
        writer.write(summary)
        writer.write(categories)
        writer.write(body)
        writer.write(wordCount)
        writer.write(kind)
        writer.write(locator)
        writer.write(analysis)
        writer.write(captured)
        writer.write(section)
        writer.write(image)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            id: try reader.readString(), contentHash: try reader.readString(),
            url: try reader.readOptionalString(), guid: try reader.readOptionalString(),
            title: try reader.readOptionalString(), authors: try reader.readStrings(),
            published: try reader.readOptional(PartialDate.self), modified: try reader.readOptional(PartialDate.self),
            publication: try reader.readOptionalString(), language: try reader.readOptionalString(),
            summary: try reader.readOptionalString(), categories: try reader.readStrings(),
            body: try reader.readString(), wordCount: try reader.readInt(),
            kind: try reader.read(DocumentKind.self), locator: try reader.read(SourceLocator.self),
            analysis: try reader.readOptional(ArticleAnalysis.self),
            captured: try reader.readOptional(PartialDate.self),
            section: try reader.readOptionalString(), image: try reader.readOptionalString()
        )
    }
}

extension QuarantinedItem: WireCodable {
    /// Encodes locator, reason, size and hash.
    public func encode(to writer: inout WireWriter) {
        writer.write(locator)
        writer.write(reason)
        writer.write(size)
        writer.write(sha256)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            locator: try reader.read(SourceLocator.self), reason: try reader.readString(),
            size: try reader.readInt64(), sha256: try reader.readString()
        )
    }
}

extension Document: WireCodable {
    /// Encodes locator, bytes, declared content type, URL and capture date (added in version 3).
    public func encode(to writer: inout WireWriter) {
        writer.write(locator)
        writer.write(bytes: bytes)
        writer.write(declaredContentType)
        writer.write(url)
        writer.write(capturedAt)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            locator: try reader.read(SourceLocator.self), bytes: try reader.readBytes(),
            declaredContentType: try reader.readOptionalString(), url: try reader.readOptionalString(),
            capturedAt: try reader.readOptional(PartialDate.self)
        )
    }
}

extension ArticleAnalysis: WireCodable {
    /// Encodes entities, quotes, dates, quantities, citations, then the SimHash as 8 bytes little-endian.
    public func encode(to writer: inout WireWriter) {
        writer.write(entities)
        writer.write(quotes)
        writer.write(dates)
        writer.write(quantities)
        writer.write(citations)
        writer.write(fixed: simhash)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            entities: try reader.readArray(Entity.self), quotes: try reader.readArray(Quote.self),
            dates: try reader.readArray(MentionedDate.self), quantities: try reader.readArray(Quantity.self),
            citations: try reader.readArray(Citation.self), simhash: try reader.readFixedUInt64()
        )
    }
}

extension EntityType: WireCodable {
    /// Encodes the type's name.
    public func encode(to writer: inout WireWriter) { writer.write(rawValue) }

    /// Decodes a type; an unknown name is an error (an entity of unknown kind cannot be stored).
    public init(from reader: inout WireReader) throws {
        let name = try reader.readString()
        guard let type = EntityType(rawValue: name) else { throw WireError("unknown entity type \(name)") }
        self = type
    }
}

extension Entity: WireCodable {
    /// Encodes type, name, mentions, count, country code and coordinates.
    public func encode(to writer: inout WireWriter) {
        writer.write(type)
        writer.write(name)
        writer.write(mentions)
        writer.write(count)
        writer.write(countryCode)
        writer.write(optional: latitude)
        writer.write(optional: longitude)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            type: try reader.read(EntityType.self), name: try reader.readString(), mentions: try reader.readStrings(),
            count: try reader.readInt(), countryCode: try reader.readOptionalString(),
            latitude: try reader.readOptionalDouble(), longitude: try reader.readOptionalDouble()
        )
    }
}

extension Quote: WireCodable {
    /// Encodes speaker, text, verb and outlet.
    public func encode(to writer: inout WireWriter) {
        writer.write(speaker)
        writer.write(text)
        writer.write(verb)
        writer.write(via)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            speaker: try reader.readOptionalString(), text: try reader.readString(),
            verb: try reader.readOptionalString(), via: try reader.readOptionalString()
        )
    }
}

extension MentionedDate: WireCodable {
    /// Encodes text, ISO value and precision name.
    public func encode(to writer: inout WireWriter) {
        writer.write(text)
        writer.write(value)
        writer.write(precision.rawValue)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        let text = try reader.readString()
        let value = try reader.readString()
        let precisionName = try reader.readString()
        guard let precision = DatePrecision(rawValue: precisionName) else {
            throw WireError("unknown date precision \(precisionName)")
        }
        self.init(text: text, value: value, precision: precision)
    }
}

extension Quantity: WireCodable {
    /// Encodes value, unit, text, qualifier, event, maximum and place.
    public func encode(to writer: inout WireWriter) {
        writer.write(value)
        writer.write(unit)
        writer.write(text)
        writer.write(qualifier)
        writer.write(event)
        writer.write(optional: maximum)
        writer.write(place)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            value: try reader.readDouble(), unit: try reader.readString(), text: try reader.readString(),
            qualifier: try reader.readOptionalString(), event: try reader.readOptionalString(),
            maximum: try reader.readOptionalDouble(), place: try reader.readOptionalString()
        )
    }
}

extension Citation: WireCodable {
    /// Encodes name and date.
    public func encode(to writer: inout WireWriter) {
        writer.write(name)
        writer.write(date)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(name: try reader.readString(), date: try reader.readOptionalString())
    }
}
