import NewsmillStore

/// Reads rows from a store as text, for comparing database content in tests.
enum TestQuery {
    /// Every row of `sql`, each value rendered with `QueryValue.text` (NULL as "").
    static func rows(_ store: ArticleStore, _ sql: String) throws -> [[String]] {
        try store.query(sql).rows.map { $0.map(\.text) }
    }
}
