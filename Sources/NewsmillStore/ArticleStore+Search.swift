import GRDB

extension ArticleStore {
    /// One search result.
    public struct SearchHit: Sendable, Hashable {
        /// The article's `id`.
        public var articleID: String
        /// The headline.
        public var title: String?
        /// The publication date (ISO 8601 text, as stored).
        public var published: String?
        /// The publication name.
        public var publication: String?
        /// The article's URL.
        public var url: String?
        /// Where the article came from (`SourceLocator.description`).
        public var locator: String
        /// An excerpt of the body around the matches; matched words are wrapped in `[` and `]`, and
        /// `…` marks cut text.
        public var snippet: String
        /// Relevance: the negated BM25 rank, so higher is better. Only comparable within one search.
        public var score: Double

        /// Creates a hit.
        public init(
            articleID: String, title: String?, published: String?, publication: String?, url: String?,
            locator: String, snippet: String, score: Double
        ) {
            self.articleID = articleID
            self.title = title
            self.published = published
            self.publication = publication
            self.url = url
            self.locator = locator
            self.snippet = snippet
            self.score = score
        }
    }

    /// Full-text search over titles, authors, summaries and bodies, best matches first.
    ///
    /// - Parameters:
    ///   - query: In plain mode, words that must all occur (case and accents ignored). Each word is
    ///     passed to FTS5 as a quoted string, so punctuation and quotes in it cannot cause syntax errors;
    ///     words without a letter or digit are ignored, and a query with no words finds nothing. With
    ///     `rawFTSSyntax`, the query is an FTS5 query as written (phrases, `OR`, `NOT`, `NEAR`, `prefix*`,
    ///     column filters): see https://www.sqlite.org/fts5.html#full_text_query_syntax.
    ///   - limit: The most hits to return, 1 to `maximumSearchLimit`.
    ///   - rawFTSSyntax: Pass `query` to FTS5 unchanged.
    /// - Throws: `StoreError.invalidSearchQuery` when a raw query is not valid FTS5 syntax,
    ///   `StoreError.invalidSearchLimit` for a limit out of range.
    public func search(_ query: String, limit: Int, rawFTSSyntax: Bool) throws -> [SearchHit] {
        guard (1...Self.maximumSearchLimit).contains(limit) else { throw StoreError.invalidSearchLimit(limit) }
        let match: String
        if rawFTSSyntax {
            match = query
        } else {
            guard let plain = Self.plainMatchExpression(query) else { return [] }
            match = plain
        }
        do {
            return try database.read { db in
                // bm25() weights follow the FTS columns (title, authors, summary, body): a word in the
                // title counts ten times one in the body. Lower bm25 is better.
                let statement = try db.cachedStatement(sql: """
                    SELECT a.id, a.title, a.published, a.publication, a.url, a.locator,
                           snippet(articles_fts, 3, '[', ']', '…', 24) AS snippet,
                           bm25(articles_fts, 10.0, 2.0, 4.0, 1.0) AS rank
                    FROM articles_fts
                    JOIN articles a ON a.seq = articles_fts.rowid
                    WHERE articles_fts MATCH ?
                    ORDER BY rank, a.seq
                    LIMIT ?
                    """)
                var hits: [SearchHit] = []
                let rows = try Row.fetchCursor(statement, arguments: [match, limit])
                while let row = try rows.next() {
                    // Optional reads throughout: a row edited by hand into an unexpected type must not
                    // crash a search (GRDB traps on a failed non-optional conversion).
                    let rank: Double? = row[7]
                    hits.append(SearchHit(
                        articleID: row[0] ?? "", title: row[1], published: row[2], publication: row[3], url: row[4],
                        locator: row[5] ?? "", snippet: row[6] ?? "", score: -(rank ?? 0)
                    ))
                }
                return hits
            }
        } catch let error as DatabaseError where rawFTSSyntax && error.resultCode == .SQLITE_ERROR {
            throw StoreError.invalidSearchQuery(query: query, reason: error.message ?? "\(error)")
        }
    }

    /// The FTS5 expression for a plain query: every word as a quoted FTS5 string (inner `"` doubled),
    /// joined by spaces, which FTS5 reads as AND. Nil when the query has no word with a letter or digit.
    static func plainMatchExpression(_ query: String) -> String? {
        let words = query.split(whereSeparator: { $0.isWhitespace }).filter { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }
}
