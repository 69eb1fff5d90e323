/// Why the store refused or failed an operation, in words a user can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `openReadOnly` was given a path where no file exists.
    case databaseNotFound(path: String)
    /// The file exists but is not a Newsmill database (not SQLite at all, or SQLite without Newsmill's tables).
    case notANewsmillDatabase(path: String, reason: String)
    /// The file cannot be opened or created (missing directory, permissions, I/O error).
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Newsmill whose schema this build does not know.
    case unsupportedSchemaVersion(path: String, found: Int, supported: Int)
    /// The database was created by an older Newsmill and must be upgraded by opening it for writing first.
    case schemaNeedsUpgrade(path: String, found: Int, current: Int)
    /// A write was attempted on a store opened with `openReadOnly`.
    case readOnlyStore(operation: String)
    /// `query` was given SQL that would change the database.
    case writeNotAllowed(sql: String)
    /// `query` was given an empty statement.
    case emptyQuery
    /// A raw FTS5 search query could not be parsed or run.
    case invalidSearchQuery(query: String, reason: String)
    /// A search limit below 1 or above `ArticleStore.maximumSearchLimit`.
    case invalidSearchLimit(Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case let .databaseNotFound(path):
            return "no database at \(path) (run `newsmill run` or `newsmill collect` to create one)"
        case let .notANewsmillDatabase(path, reason):
            return "\(path) is not a Newsmill database: \(reason)"
        case let .cannotOpen(path, reason):
            return "cannot open the database \(path): \(reason)"
        case let .unsupportedSchemaVersion(path, found, supported):
            return "\(path) has schema version \(found), written by a newer Newsmill; this build reads up to version \(supported)"
        case let .schemaNeedsUpgrade(path, found, current):
            return "\(path) has schema version \(found); open it once with a writing command (run/collect) to upgrade it to version \(current)"
        case let .readOnlyStore(operation):
            return "the database was opened read-only, so \(operation) is not possible"
        case let .writeNotAllowed(sql):
            return "only read-only statements are allowed here, not: \(sql)"
        case .emptyQuery:
            return "the SQL query is empty"
        case let .invalidSearchQuery(query, reason):
            return "invalid FTS5 search query \(query.debugDescription): \(reason)"
        case let .invalidSearchLimit(limit):
            return "invalid search limit \(limit): it must be between 1 and \(ArticleStore.maximumSearchLimit)"
        }
    }
}
