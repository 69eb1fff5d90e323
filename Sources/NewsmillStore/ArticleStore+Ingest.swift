import Foundation
import GRDB
import NewsmillCore

extension ArticleStore {
    /// What one job (or any unit of work) hands to the store: its run, its articles and its
    /// quarantined items.
    public struct IngestBatch: Sendable {
        /// The run the work belongs to; its counters in `runs` are incremented.
        public var runID: String
        /// The articles to store; those already stored (same `id` or `contentHash`) are duplicates.
        /// The `analysis` of each newly stored article fills the intelligence tables (entities, mentions,
        /// quotes, dates, quantities, citations) and places it in a near-duplicate cluster.
        public var articles: [Article]
        /// The inputs that could not be read.
        public var quarantined: [QuarantinedItem]

        /// Creates a batch.
        public init(runID: String, articles: [Article], quarantined: [QuarantinedItem]) {
            self.runID = runID
            self.articles = articles
            self.quarantined = quarantined
        }
    }

    /// What the store did with one `IngestBatch`.
    public struct IngestReport: Sendable, Equatable {
        /// Articles newly stored.
        public var stored: Int
        /// Articles skipped because an article with the same `id` or `contentHash` was already stored
        /// (earlier, or earlier in the same call).
        public var duplicates: Int
        /// Quarantined items new to the database (new rows in `quarantine`).
        public var quarantined: Int
        /// Quarantined items already in the database (same locator and SHA-256): their `seen_count`
        /// was bumped, once per run that sees them.
        public var quarantineRepeats: Int

        /// Creates a report.
        public init(stored: Int = 0, duplicates: Int = 0, quarantined: Int = 0, quarantineRepeats: Int = 0) {
            self.stored = stored
            self.duplicates = duplicates
            self.quarantined = quarantined
            self.quarantineRepeats = quarantineRepeats
        }
    }

    /// Stores the batches in ONE transaction and returns one report per batch, in order.
    ///
    /// Storing is idempotent: ingesting the same batches again stores nothing new (every article is a
    /// duplicate, every quarantined item a repeat), so a redelivered job is harmless. When anything
    /// fails, nothing of the call is kept.
    public func ingest(_ batches: [IngestBatch]) throws -> [IngestReport] {
        try requireWritable("ingest")
        guard !batches.isEmpty else { return [] }
        let now = Timestamp.string(Date())
        return try database.write { db in
            let writer = try IngestWriter(db: db, now: now)
            return try batches.map { try writer.ingest($0) }
        }
    }
}

/// The statements of one ingest transaction. They come from GRDB's per-connection statement cache,
/// so they are prepared once per connection, not once per call.
private struct IngestWriter {
    let db: Database
    let now: String
    let insertArticle: Statement
    let insertQuarantine: Statement
    let repeatQuarantine: Statement
    let upsertSource: Statement
    let upsertRun: Statement
    let intelligence: IntelligenceWriter

    init(db: Database, now: String) throws {
        self.db = db
        self.now = now
        intelligence = try IntelligenceWriter(db: db, now: now)
        // ON CONFLICT DO NOTHING without a target covers both uniqueness rules: the `id` and the
        // `content_hash`. The FTS trigger fires only for rows actually inserted.
        insertArticle = try db.cachedStatement(sql: """
            INSERT INTO articles (
                id, content_hash, url, guid, title, authors, published, published_precision, modified,
                modified_precision, publication, language, summary, categories, body, word_count, kind,
                locator, source_path, source_member, source_offset, source_item, run_id, ingested_at, simhash,
                captured_at, section, image_url
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """)
        insertQuarantine = try db.cachedStatement(sql: """
            INSERT INTO quarantine (
                locator, source_path, source_member, source_offset, source_item, category, reason, size,
                sha256, first_run_id, last_run_id, first_seen_at, last_seen_at, seen_count
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT (locator, sha256) DO NOTHING
            """)
        // A repeat counts once per run: a job redelivered within the same run is not a new sighting.
        repeatQuarantine = try db.cachedStatement(sql: """
            UPDATE quarantine SET
                seen_count = seen_count + (last_run_id IS NOT :run),
                last_run_id = :run, last_seen_at = :now, category = :category, reason = :reason
            WHERE locator = :locator AND sha256 = :sha256
            """)
        upsertSource = try db.cachedStatement(sql: """
            INSERT INTO sources (path, articles, quarantined, first_run_id, last_run_id, first_seen_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (path) DO UPDATE SET
                articles = articles + excluded.articles,
                quarantined = quarantined + excluded.quarantined,
                last_run_id = excluded.last_run_id,
                last_seen_at = excluded.last_seen_at
            """)
        upsertRun = try db.cachedStatement(sql: """
            INSERT INTO runs (id, started_at, status, articles_stored, duplicates_skipped, quarantined)
            VALUES (?, ?, 'running', ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                articles_stored = articles_stored + excluded.articles_stored,
                duplicates_skipped = duplicates_skipped + excluded.duplicates_skipped,
                quarantined = quarantined + excluded.quarantined
            """)
    }

    /// Per input file: new articles and new quarantine rows this batch added.
    private struct SourceCounts {
        var articles = 0
        var quarantined = 0
    }

    func ingest(_ batch: ArticleStore.IngestBatch) throws -> ArticleStore.IngestReport {
        var report = ArticleStore.IngestReport()
        var sources: [String: SourceCounts] = [:]
        for article in batch.articles {
            let locator = article.locator
            insertArticle.setUncheckedArguments([
                article.id, article.contentHash, article.url, article.guid, article.title,
                JSONText.array(article.authors), article.published?.value, article.published?.precision.rawValue,
                article.modified?.value, article.modified?.precision.rawValue, article.publication,
                article.language, article.summary, JSONText.array(article.categories), article.body,
                article.wordCount, article.kind.rawValue, locator.description, locator.path, locator.member,
                locator.offset, locator.itemIndex, batch.runID, now,
                article.analysis.map { Int64(bitPattern: $0.simhash) }, article.captured?.value,
                article.section, article.image,
            ])
            try insertArticle.execute()
            let inserted = db.changesCount > 0
            // Intelligence rows only for an article newly stored: a duplicate adds nothing.
            if inserted, let analysis = article.analysis {
                try intelligence.store(analysis, articleSeq: db.lastInsertedRowID)
            }
            if inserted { report.stored += 1 } else { report.duplicates += 1 }
            // Every path seen gets its `sources` row touched, even when all its articles were duplicates.
            sources[locator.path, default: SourceCounts()].articles += inserted ? 1 : 0
        }
        for item in batch.quarantined {
            let locator = item.locator
            let description = locator.description
            insertQuarantine.setUncheckedArguments([
                description, locator.path, locator.member, locator.offset, locator.itemIndex, item.category,
                item.reason, item.size, item.sha256, batch.runID, batch.runID, now, now,
            ])
            try insertQuarantine.execute()
            let inserted = db.changesCount > 0
            sources[locator.path, default: SourceCounts()].quarantined += inserted ? 1 : 0
            if inserted {
                report.quarantined += 1
            } else {
                repeatQuarantine.setUncheckedArguments([
                    "run": batch.runID, "now": now, "category": item.category, "reason": item.reason,
                    "locator": description, "sha256": item.sha256,
                ])
                try repeatQuarantine.execute()
                report.quarantineRepeats += 1
            }
        }
        for (path, counts) in sources {
            upsertSource.setUncheckedArguments([path, counts.articles, counts.quarantined, batch.runID, batch.runID, now, now])
            try upsertSource.execute()
        }
        upsertRun.setUncheckedArguments([
            batch.runID, now, report.stored, report.duplicates, report.quarantined + report.quarantineRepeats,
        ])
        try upsertRun.execute()
        return report
    }
}
