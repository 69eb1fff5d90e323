import GRDB
import NewsmillCore

/// Near-duplicate detection over SimHashes, at ingest time.
///
/// Two articles are near-duplicates when their 64-bit SimHashes differ in at most `maximumDistance`
/// bits. Finding them without comparing against every stored article uses the pigeonhole method of
/// Manku, Jain and Das Sarma, "Detecting Near-Duplicates for Web Crawling" (WWW 2007): split the 64
/// bits into `bandCount` bands of 16; if two hashes differ in at most 3 bits, at least one of the 4
/// bands is identical in both. So each article's 4 band values are indexed (`simhash_bands`), and the
/// candidates for a new article are those sharing a band value; only they are compared bit by bit.
public enum NearDuplicates {
    /// The largest Hamming distance between two SimHashes that still counts as a near-duplicate.
    public static let maximumDistance = 3

    /// How many bands the 64 bits are split into (must exceed `maximumDistance`, for the pigeonhole).
    public static let bandCount = 4

    /// Candidates read per band, at most: bounds the work for a degenerate band value shared by very
    /// many articles (say, texts too short to hash well). A near-duplicate beyond it may be missed.
    public static let maximumCandidatesPerBand = 1_000

    /// The 16-bit value of each band of `simhash`, low bits first.
    public static func bands(of simhash: UInt64) -> [Int64] {
        (0..<bandCount).map { band in Int64((simhash >> (16 * UInt64(band))) & 0xFFFF) }
    }
}

/// Writes the article intelligence of newly stored articles: entities and mentions, quotes, mentioned
/// dates, quantities, citations, SimHash bands and duplicate clusters. Part of one ingest transaction;
/// its statements come from GRDB's per-connection statement cache.
struct IntelligenceWriter {
    let db: Database
    let now: String
    private let upsertEntity: Statement
    private let insertMention: Statement
    private let insertQuote: Statement
    private let insertDate: Statement
    private let insertQuantity: Statement
    private let insertCitation: Statement
    private let insertBand: Statement
    private let findCandidates: Statement
    private let insertCluster: Statement
    private let growCluster: Statement
    private let setCluster: Statement

    init(db: Database, now: String) throws {
        self.db = db
        self.now = now
        // The upsert returns the row's id whether it inserted or updated it (SQLite 3.35+ RETURNING).
        upsertEntity = try db.cachedStatement(sql: """
            INSERT INTO entities (type, name, country_code, latitude, longitude, article_count, mention_count)
            VALUES (?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT (type, name) DO UPDATE SET
                article_count = article_count + 1,
                mention_count = mention_count + excluded.mention_count,
                country_code = coalesce(country_code, excluded.country_code),
                latitude = coalesce(latitude, excluded.latitude),
                longitude = coalesce(longitude, excluded.longitude)
            RETURNING id
            """)
        insertMention = try db.cachedStatement(sql: """
            INSERT INTO mentions (article_seq, entity_id, surface_forms, count) VALUES (?, ?, ?, ?)
            """)
        insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_seq, position, speaker_entity_id, speaker, text, verb, via)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertDate = try db.cachedStatement(sql: """
            INSERT INTO dates_mentioned (article_seq, position, text, value, precision) VALUES (?, ?, ?, ?, ?)
            """)
        insertQuantity = try db.cachedStatement(sql: """
            INSERT INTO quantities (article_seq, position, value, maximum, unit, text, qualifier, event, place)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertCitation = try db.cachedStatement(sql: """
            INSERT INTO citations (article_seq, position, name, date) VALUES (?, ?, ?, ?)
            """)
        insertBand = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO simhash_bands (band, value, article_seq) VALUES (?, ?, ?)
            """)
        findCandidates = try db.cachedStatement(sql: """
            SELECT a.seq, a.simhash, a.cluster_id
            FROM simhash_bands b JOIN articles a ON a.seq = b.article_seq
            WHERE b.band = ? AND b.value = ?
            ORDER BY b.article_seq
            LIMIT \(NearDuplicates.maximumCandidatesPerBand)
            """)
        insertCluster = try db.cachedStatement(sql: """
            INSERT INTO duplicate_clusters (first_article_seq, article_count, created_at) VALUES (?, 1, ?)
            """)
        growCluster = try db.cachedStatement(sql: """
            UPDATE duplicate_clusters SET article_count = article_count + 1 WHERE id = ?
            """)
        setCluster = try db.cachedStatement(sql: "UPDATE articles SET cluster_id = ? WHERE seq = ?")
    }

    /// Stores `analysis` for the article just inserted as row `seq`, whose `articles.simhash` is set.
    func store(_ analysis: ArticleAnalysis, articleSeq seq: Int64) throws {
        let entityIDs = try storeEntities(analysis.entities, articleSeq: seq)
        for (position, quote) in analysis.quotes.enumerated() {
            let speakerID = quote.speaker.flatMap { speaker in
                entityIDs[EntityKey(type: .person, name: speaker)]
                    ?? entityIDs[EntityKey(type: .organization, name: speaker)]
                    ?? entityIDs[EntityKey(type: .location, name: speaker)]
            }
            insertQuote.setUncheckedArguments([seq, position, speakerID, quote.speaker, quote.text, quote.verb, quote.via])
            try insertQuote.execute()
        }
        for (position, date) in analysis.dates.enumerated() {
            insertDate.setUncheckedArguments([seq, position, date.text, date.value, date.precision.rawValue])
            try insertDate.execute()
        }
        for (position, quantity) in analysis.quantities.enumerated() {
            // SQLite stores a non-finite REAL as NULL, which the NOT NULL column refuses: skip such rows.
            guard quantity.value.isFinite else { continue }
            insertQuantity.setUncheckedArguments([
                seq, position, quantity.value, quantity.maximum.flatMap { $0.isFinite ? $0 : nil }, quantity.unit,
                quantity.text, quantity.qualifier, quantity.event, quantity.place,
            ])
            try insertQuantity.execute()
        }
        for (position, citation) in analysis.citations.enumerated() {
            insertCitation.setUncheckedArguments([seq, position, citation.name, citation.date])
            try insertCitation.execute()
        }
        try cluster(seq: seq, simhash: analysis.simhash)
    }

    /// An entity's identity in the corpus: its type and canonical name.
    private struct EntityKey: Hashable {
        var type: EntityType
        var name: String
    }

    /// Upserts the article's entities (one per type and name, merged if the analysis repeats one) and
    /// writes their mentions; returns the entity ids by key.
    private func storeEntities(_ entities: [Entity], articleSeq seq: Int64) throws -> [EntityKey: Int64] {
        var merged: [EntityKey: Entity] = [:]
        var order: [EntityKey] = []
        for entity in entities {
            let name = entity.name.trimmingWhitespace()
            guard !name.isEmpty else { continue }
            let key = EntityKey(type: entity.type, name: name)
            if var existing = merged[key] {
                existing.count += entity.count
                for form in entity.mentions where !existing.mentions.contains(form) { existing.mentions.append(form) }
                merged[key] = existing
            } else {
                var copy = entity
                copy.name = name
                merged[key] = copy
                order.append(key)
            }
        }
        var ids: [EntityKey: Int64] = [:]
        for key in order {
            guard let entity = merged[key] else { continue }
            upsertEntity.setUncheckedArguments([
                entity.type.rawValue, entity.name, entity.countryCode, finite(entity.latitude),
                finite(entity.longitude), max(entity.count, 0),
            ])
            guard let id = try Int64.fetchOne(upsertEntity) else { continue }
            ids[key] = id
            var forms = [entity.name]
            for form in entity.mentions where !forms.contains(form) { forms.append(form) }
            insertMention.setUncheckedArguments([seq, id, JSONText.array(forms), max(entity.count, 0)])
            try insertMention.execute()
        }
        return ids
    }

    /// Indexes the article's SimHash bands and puts it in the cluster of a stored near-duplicate
    /// (creating the cluster, with that article as its first member, if needed).
    ///
    /// The match is the first candidate within `NearDuplicates.maximumDistance` bits, looking through
    /// band 0's candidates, then band 1's, ..., each in storage order. Stopping at the first match keeps
    /// the cost of a heavily syndicated story (thousands of copies sharing every band) at a few reads.
    private func cluster(seq: Int64, simhash: UInt64) throws {
        let bands = NearDuplicates.bands(of: simhash)
        var match: (seq: Int64, cluster: Int64?)?
        search: for (band, value) in bands.enumerated() {
            let rows = try Row.fetchCursor(findCandidates, arguments: [band, value])
            while let row = try rows.next() {
                let candidateSeq: Int64? = row[0]
                let candidateHash: Int64? = row[1]
                guard let candidateSeq, let candidateHash, candidateSeq != seq else { continue }
                if SimHash.distance(UInt64(bitPattern: candidateHash), simhash) <= NearDuplicates.maximumDistance {
                    match = (candidateSeq, row[2])
                    break search
                }
            }
        }
        for (band, value) in bands.enumerated() {
            insertBand.setUncheckedArguments([band, value, seq])
            try insertBand.execute()
        }
        guard let match else { return }
        let clusterID: Int64
        if let existing = match.cluster {
            clusterID = existing
        } else {
            insertCluster.setUncheckedArguments([match.seq, now])
            try insertCluster.execute()
            clusterID = db.lastInsertedRowID
            setCluster.setUncheckedArguments([clusterID, match.seq])
            try setCluster.execute()
        }
        growCluster.setUncheckedArguments([clusterID])
        try growCluster.execute()
        setCluster.setUncheckedArguments([clusterID, seq])
        try setCluster.execute()
    }

    /// `value` when finite; SQLite cannot store infinities or NaN as REAL.
    private func finite(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }
}
