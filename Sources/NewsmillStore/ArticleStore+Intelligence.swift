import GRDB
import NewsmillCore

extension ArticleStore {
    /// One row of `entities`: a canonical entity across the corpus.
    public struct EntitySummary: Sendable, Hashable {
        /// The row id (`entities.id`).
        public var id: Int64
        /// Person, organisation or location.
        public var type: EntityType
        /// The canonical name.
        public var name: String
        /// ISO 3166-1 alpha-2 code of a resolved location.
        public var countryCode: String?
        /// Latitude of a resolved location.
        public var latitude: Double?
        /// Longitude of a resolved location.
        public var longitude: Double?
        /// How many stored articles mention it.
        public var articleCount: Int
        /// How many times it is mentioned, over all articles.
        public var mentionCount: Int

        /// Creates a summary.
        public init(
            id: Int64, type: EntityType, name: String, countryCode: String?, latitude: Double?, longitude: Double?,
            articleCount: Int, mentionCount: Int
        ) {
            self.id = id
            self.type = type
            self.name = name
            self.countryCode = countryCode
            self.latitude = latitude
            self.longitude = longitude
            self.articleCount = articleCount
            self.mentionCount = mentionCount
        }
    }

    /// A stored quotation with its article.
    public struct StoredQuote: Sendable, Hashable {
        /// The article's `id`.
        public var articleID: String
        /// The article's headline.
        public var title: String?
        /// The article's publication date (ISO 8601 text).
        public var published: String?
        /// The speaker as the article names it (canonical within the article).
        public var speaker: String?
        /// The speaker's canonical entity across the corpus, when resolved.
        public var speakerEntity: String?
        /// The quoted words.
        public var text: String
        /// The speech verb.
        public var verb: String?
        /// The outlet the quote came through.
        public var via: String?

        /// Creates a quote.
        public init(
            articleID: String, title: String?, published: String?, speaker: String?, speakerEntity: String?,
            text: String, verb: String?, via: String?
        ) {
            self.articleID = articleID
            self.title = title
            self.published = published
            self.speaker = speaker
            self.speakerEntity = speakerEntity
            self.text = text
            self.verb = verb
            self.via = via
        }
    }

    /// One dated event of a timeline: an article's publication, or a date an article mentions.
    public struct TimelineEvent: Sendable, Hashable {
        /// What the date is.
        public enum Kind: String, Sendable, Hashable {
            /// The article was published then.
            case published
            /// The article mentions the date.
            case mentioned
        }

        /// The ISO 8601 date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or with a time for `published`).
        public var date: String
        /// The precision name (`year`, `month`, `day`, `minute`, `second`).
        public var precision: String
        /// Publication or mention.
        public var kind: Kind
        /// The date expression as written, for a mention.
        public var text: String?
        /// The article's `id`.
        public var articleID: String
        /// The article's headline.
        public var title: String?
        /// Where the article came from (`SourceLocator.description`).
        public var locator: String

        /// Creates an event.
        public init(date: String, precision: String, kind: Kind, text: String?, articleID: String, title: String?, locator: String) {
            self.date = date
            self.precision = precision
            self.kind = kind
            self.text = text
            self.articleID = articleID
            self.title = title
            self.locator = locator
        }
    }

    /// The articles that mention an entity and the dates in them.
    public struct Timeline: Sendable, Hashable {
        /// The entities the name matched (one name may be, say, a location and an organisation).
        public var entities: [EntitySummary]
        /// How many articles mention them.
        public var articleCount: Int
        /// Publications and mentioned dates, in date order (then article, then text order).
        public var events: [TimelineEvent]

        /// Creates a timeline.
        public init(entities: [EntitySummary], articleCount: Int, events: [TimelineEvent]) {
            self.entities = entities
            self.articleCount = articleCount
            self.events = events
        }
    }

    /// An article of a duplicate cluster.
    public struct ClusterMember: Sendable, Hashable {
        /// The article's `id`.
        public var articleID: String
        /// The headline.
        public var title: String?
        /// The publication date.
        public var published: String?
        /// Where it came from (`SourceLocator.description`).
        public var locator: String
        /// Its SimHash.
        public var simhash: UInt64
        /// Bits by which its SimHash differs from the cluster's first article's.
        public var distance: Int

        /// Creates a member.
        public init(articleID: String, title: String?, published: String?, locator: String, simhash: UInt64, distance: Int) {
            self.articleID = articleID
            self.title = title
            self.published = published
            self.locator = locator
            self.simhash = simhash
            self.distance = distance
        }
    }

    /// A set of near-duplicate articles (`duplicate_clusters`).
    public struct DuplicateCluster: Sendable, Hashable {
        /// The row id (`duplicate_clusters.id`).
        public var id: Int64
        /// The members, first stored first.
        public var articles: [ClusterMember]

        /// Creates a cluster.
        public init(id: Int64, articles: [ClusterMember]) {
            self.id = id
            self.articles = articles
        }
    }

    /// The most mentioned entities: by number of articles, then of mentions, then name.
    ///
    /// - Parameters:
    ///   - type: Only entities of this type; all types when nil.
    ///   - limit: The most entities to return, 1 to `maximumSearchLimit`.
    public func topEntities(type: EntityType?, limit: Int) throws -> [EntitySummary] {
        guard (1...Self.maximumSearchLimit).contains(limit) else { throw StoreError.invalidSearchLimit(limit) }
        return try database.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT \(Self.entityColumns) FROM entities
                WHERE (?1 IS NULL OR type = ?1) AND article_count > 0
                ORDER BY article_count DESC, mention_count DESC, name
                LIMIT ?2
                """)
            return try Self.entities(try Row.fetchCursor(statement, arguments: [type?.rawValue, limit]))
        }
    }

    /// Quotations, newest article first (then text order), optionally only those of one speaker.
    ///
    /// - Parameters:
    ///   - speaker: Matched case-insensitively against the speaker as written, the speaker entity's
    ///     canonical name or any whole word of it ("Rothkopf" finds "David Rothkopf"), and the forms the
    ///     article uses for that entity ("al-Sadr"). All quotes when nil.
    ///   - limit: The most quotes to return, 1 to `maximumSearchLimit`.
    public func quotes(speaker: String?, limit: Int) throws -> [StoredQuote] {
        guard (1...Self.maximumSearchLimit).contains(limit) else { throw StoreError.invalidSearchLimit(limit) }
        let speaker = speaker.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        return try database.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT a.id, a.title, a.published, q.speaker, e.name, q.text, q.verb, q.via
                FROM quotes q
                JOIN articles a ON a.seq = q.article_seq
                LEFT JOIN entities e ON e.id = q.speaker_entity_id
                WHERE ?1 IS NULL
                   OR q.speaker = ?1 COLLATE NOCASE
                   OR e.name = ?1 COLLATE NOCASE
                   OR instr(' ' || lower(replace(coalesce(e.name, q.speaker), '-', ' ')) || ' ',
                            ' ' || lower(replace(?1, '-', ' ')) || ' ') > 0
                   OR EXISTS (
                        SELECT 1 FROM mentions m, json_each(m.surface_forms) f
                        WHERE m.article_seq = q.article_seq AND m.entity_id = q.speaker_entity_id
                          AND f.value = ?1 COLLATE NOCASE)
                ORDER BY a.published DESC, a.seq, q.position
                LIMIT ?2
                """)
            var quotes: [StoredQuote] = []
            let rows = try Row.fetchCursor(statement, arguments: [speaker, limit])
            while let row = try rows.next() {
                quotes.append(StoredQuote(
                    articleID: row[0] ?? "", title: row[1], published: row[2], speaker: row[3], speakerEntity: row[4],
                    text: row[5] ?? "", verb: row[6], via: row[7]
                ))
            }
            return quotes
        }
    }

    /// The timeline of an entity: every article mentioning it (by canonical name, case-insensitive,
    /// or else by a form an article uses for it), with its publication date and the dates it mentions,
    /// in date order. An unknown name gives an empty timeline.
    public func timeline(entity name: String) throws -> Timeline {
        let name = name.trimmingWhitespace()
        return try database.read { db in
            var entities = try Self.entities(try Row.fetchCursor(
                db.cachedStatement(sql: """
                    SELECT \(Self.entityColumns) FROM entities WHERE name = ? COLLATE NOCASE
                    ORDER BY article_count DESC, id
                    """),
                arguments: [name]
            ))
            if entities.isEmpty {
                // A full scan of mentions, only when the name is not canonical anywhere.
                entities = try Self.entities(try Row.fetchCursor(
                    db.cachedStatement(sql: """
                        SELECT \(Self.entityColumns) FROM entities WHERE id IN (
                            SELECT DISTINCT m.entity_id FROM mentions m, json_each(m.surface_forms) f
                            WHERE f.value = ? COLLATE NOCASE)
                        ORDER BY article_count DESC, id
                        """),
                    arguments: [name]
                ))
            }
            guard !entities.isEmpty else { return Timeline(entities: [], articleCount: 0, events: []) }
            let ids = entities.map { String($0.id) }.joined(separator: ",")
            let articleSet = "SELECT DISTINCT article_seq FROM mentions WHERE entity_id IN (\(ids))"
            let articleCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(articleSet))") ?? 0
            var events: [TimelineEvent] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.published, a.published_precision, 'published', NULL, a.id, a.title, a.seq, -1, a.locator
                FROM articles a WHERE a.seq IN (\(articleSet)) AND a.published IS NOT NULL
                UNION ALL
                SELECT d.value, d.precision, 'mentioned', d.text, a.id, a.title, a.seq, d.position, a.locator
                FROM dates_mentioned d JOIN articles a ON a.seq = d.article_seq
                WHERE d.article_seq IN (\(articleSet))
                ORDER BY 1, 7, 8
                """)
            while let row = try rows.next() {
                let kindName: String? = row[2]
                events.append(TimelineEvent(
                    date: row[0] ?? "", precision: row[1] ?? "", kind: TimelineEvent.Kind(rawValue: kindName ?? "") ?? .mentioned,
                    text: row[3], articleID: row[4] ?? "", title: row[5], locator: row[8] ?? ""
                ))
            }
            return Timeline(entities: entities, articleCount: articleCount, events: events)
        }
    }

    /// Near-duplicate clusters, largest first, each with its articles in the order they were stored.
    ///
    /// - Parameter limit: The most clusters to return, 1 to `maximumSearchLimit`.
    public func duplicateClusters(limit: Int) throws -> [DuplicateCluster] {
        guard (1...Self.maximumSearchLimit).contains(limit) else { throw StoreError.invalidSearchLimit(limit) }
        return try database.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT c.id, a.id, a.title, a.published, a.locator, a.simhash, first.simhash
                FROM (SELECT id, first_article_seq FROM duplicate_clusters
                      ORDER BY article_count DESC, id LIMIT ?) c
                JOIN articles a ON a.cluster_id = c.id
                LEFT JOIN articles first ON first.seq = c.first_article_seq
                ORDER BY (SELECT article_count FROM duplicate_clusters WHERE id = c.id) DESC, c.id, a.seq
                """)
            var clusters: [DuplicateCluster] = []
            let rows = try Row.fetchCursor(statement, arguments: [limit])
            while let row = try rows.next() {
                let clusterID: Int64 = row[0] ?? 0
                let hash = UInt64(bitPattern: (row[5] as Int64?) ?? 0)
                let firstHash = UInt64(bitPattern: (row[6] as Int64?) ?? 0)
                let member = ClusterMember(
                    articleID: row[1] ?? "", title: row[2], published: row[3], locator: row[4] ?? "",
                    simhash: hash, distance: SimHash.distance(hash, firstHash)
                )
                if clusters.last?.id == clusterID {
                    clusters[clusters.count - 1].articles.append(member)
                } else {
                    clusters.append(DuplicateCluster(id: clusterID, articles: [member]))
                }
            }
            return clusters
        }
    }

    private static let entityColumns = "id, type, name, country_code, latitude, longitude, article_count, mention_count"

    /// Reads rows of `entityColumns`, skipping any whose type this build does not know.
    private static func entities(_ rows: RowCursor) throws -> [EntitySummary] {
        var entities: [EntitySummary] = []
        while let row = try rows.next() {
            let typeName: String? = row[1]
            guard let type = typeName.flatMap(EntityType.init(rawValue:)) else { continue }
            entities.append(EntitySummary(
                id: row[0] ?? 0, type: type, name: row[2] ?? "", countryCode: row[3], latitude: row[4], longitude: row[5],
                articleCount: row[6] ?? 0, mentionCount: row[7] ?? 0
            ))
        }
        return entities
    }
}
