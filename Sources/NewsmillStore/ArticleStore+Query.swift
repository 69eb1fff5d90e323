import GRDB

extension ArticleStore {
    /// Runs one read-only SQL statement and streams its result: `columns` gets the column names once,
    /// then `row` gets each row as it is read, so large results do not fill memory.
    ///
    /// Writes are refused twice over: a statement that SQLite reports as not read-only is rejected
    /// before it runs (`StoreError.writeNotAllowed`), and it would run on a connection SQLite opened
    /// read-only anyway. Works on writable and read-only stores alike.
    ///
    /// - Throws: `StoreError.emptyQuery`, `StoreError.writeNotAllowed`, or GRDB's `DatabaseError` for
    ///   invalid SQL (its message names the problem), or whatever the callbacks throw.
    public func query(
        _ sql: String, columns: ([String]) throws -> Void, row: ([QueryValue]) throws -> Void
    ) throws {
        guard sql.contains(where: { !$0.isWhitespace }) else { throw StoreError.emptyQuery }
        try database.read { db in
            let statement = try db.makeStatement(sql: sql)
            guard statement.isReadonly else { throw StoreError.writeNotAllowed(sql: sql) }
            try columns(statement.columnNames)
            let rows = try Row.fetchCursor(statement)
            var values: [QueryValue] = []
            values.reserveCapacity(statement.columnCount)
            while let fetched = try rows.next() {
                values.removeAll(keepingCapacity: true)
                for value in fetched.databaseValues { values.append(QueryValue(value)) }
                try row(values)
            }
        }
    }

    /// Runs one read-only SQL statement and returns all its rows (see the streaming `query`).
    public func query(_ sql: String) throws -> QueryResult {
        var result = QueryResult(columns: [], rows: [])
        try query(sql, columns: { result.columns = $0 }, row: { result.rows.append($0) })
        return result
    }
}
