/// GDELT-GKG-like structure found in one article by `ArticleAnalyzer`.
public struct ArticleAnalysis: Sendable, Hashable, Codable {
    /// Persons, organisations and locations, in order of first mention.
    public var entities: [Entity]
    /// Direct quotations, in text order.
    public var quotes: [Quote]
    /// Date expressions resolved against the publication date, in text order (each text/value once).
    public var dates: [MentionedDate]
    /// Counted things ("over 200 people"), in text order.
    public var quantities: [Quantity]
    /// Outlets the article relies on ("the New York Times of Nov. 28 reported"), in order of first citation.
    public var citations: [Citation]
    /// 64-bit SimHash of the body's word 3-shingles (see `SimHash`); near duplicates differ in few bits.
    public var simhash: UInt64

    /// Creates an analysis from its parts.
    public init(
        entities: [Entity] = [], quotes: [Quote] = [], dates: [MentionedDate] = [],
        quantities: [Quantity] = [], citations: [Citation] = [], simhash: UInt64 = 0
    ) {
        self.entities = entities
        self.quotes = quotes
        self.dates = dates
        self.quantities = quantities
        self.citations = citations
        self.simhash = simhash
    }
}

/// The kind of a named entity.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, location
}

/// A named entity with all the forms the article uses for it.
public struct Entity: Sendable, Hashable, Codable {
    /// Person, organisation or location.
    public var type: EntityType
    /// The canonical name: the fullest form used ("Muqtada al-Sadr").
    public var name: String
    /// The other forms used ("al-Sadr", "Sadr"), possessives folded and a leading "the" dropped.
    public var mentions: [String]
    /// How many times the entity is mentioned in any form.
    public var count: Int
    /// ISO 3166-1 alpha-2 code for a location resolved against the gazetteer.
    public var countryCode: String?
    /// Latitude in degrees of a resolved location.
    public var latitude: Double?
    /// Longitude in degrees of a resolved location.
    public var longitude: Double?

    /// Creates an entity.
    public init(
        type: EntityType, name: String, mentions: [String] = [], count: Int = 1,
        countryCode: String? = nil, latitude: Double? = nil, longitude: Double? = nil
    ) {
        self.type = type
        self.name = name
        self.mentions = mentions
        self.count = count
        self.countryCode = countryCode
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A direct quotation.
public struct Quote: Sendable, Hashable, Codable {
    /// The canonical name of the person or organisation quoted, when known.
    public var speaker: String?
    /// The quoted words, without the quotation marks; paragraphs of one quote joined by a space.
    public var text: String
    /// The speech verb of the attribution ("said", "says"), when there is one.
    public var verb: String?
    /// The outlet through which the quote came ("Los Angeles Times"), when the article names one.
    public var via: String?

    /// Creates a quote.
    public init(speaker: String?, text: String, verb: String? = nil, via: String? = nil) {
        self.speaker = speaker
        self.text = text
        self.verb = verb
        self.via = via
    }
}

/// A date expression found in the text and resolved to a calendar date.
public struct MentionedDate: Sendable, Hashable, Codable {
    /// The expression as written ("Nov. 23", "last March").
    public var text: String
    /// The resolved ISO 8601 value ("2006-11-23", "2006-03", "2019").
    public var value: String
    /// How much of `value` is known.
    public var precision: DatePrecision

    /// Creates a mentioned date.
    public init(text: String, value: String, precision: DatePrecision) {
        self.text = text
        self.value = value
        self.precision = precision
    }
}

/// A number with what it counts.
public struct Quantity: Sendable, Hashable, Codable {
    /// The value (the lower bound of a range), scaled ("2.5 million" is 2,500,000).
    public var value: Double
    /// What is counted ("people", "car bombs"), "percent", or a currency code ("USD").
    public var unit: String
    /// The expression as written ("over 200 people").
    public var text: String
    /// A qualifier before the number ("over", "almost", "approaching", "between").
    public var qualifier: String?
    /// The event verb for GDELT-style counts ("killed", "wounded", "arrested").
    public var event: String?
    /// The upper bound of a range ("10 to 15 people"), when the quantity is one.
    public var maximum: Double?
    /// A location the counted things are in ("people in Sadr City"), canonical name.
    public var place: String?

    /// Creates a quantity.
    public init(
        value: Double, unit: String, text: String, qualifier: String? = nil, event: String? = nil,
        maximum: Double? = nil, place: String? = nil
    ) {
        self.value = value
        self.unit = unit
        self.text = text
        self.qualifier = qualifier
        self.event = event
        self.maximum = maximum
        self.place = place
    }
}

/// An outlet the article cites as its source.
public struct Citation: Sendable, Hashable, Codable {
    /// The outlet's canonical name ("New York Times").
    public var name: String
    /// The date of the cited piece ("2006-11-28"), when the article gives it.
    public var date: String?

    /// Creates a citation.
    public init(name: String, date: String? = nil) {
        self.name = name
        self.date = date
    }
}
