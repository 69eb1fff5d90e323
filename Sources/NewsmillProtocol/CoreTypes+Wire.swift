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
    /// Encodes every field in declaration order.
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
            kind: try reader.read(DocumentKind.self), locator: try reader.read(SourceLocator.self)
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
    /// Encodes locator, bytes, declared content type and URL.
    public func encode(to writer: inout WireWriter) {
        writer.write(locator)
        writer.write(bytes: bytes)
        writer.write(declaredContentType)
        writer.write(url)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            locator: try reader.read(SourceLocator.self), bytes: try reader.readBytes(),
            declaredContentType: try reader.readOptionalString(), url: try reader.readOptionalString()
        )
    }
}
