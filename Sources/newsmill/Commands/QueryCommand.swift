import ArgumentParser
import Foundation
import NewsmillStore

/// `newsmill query`: read-only SQL over the database.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a read-only SQL query on the database and print the rows (table, CSV, JSON Lines or JSON).",
        discussion: """
        The database is opened read-only: statements that would change it fail. The tables are \
        described in docs/schema.md (articles, articles_fts, sources, quarantine, runs). Rows are \
        streamed, so large results do not fill memory.

        Examples:
          newsmill query --db news.db "select title, published from articles order by published" --format csv
          newsmill query --db news.db "select category, count(*) from quarantine group by category"
          newsmill query --db news.db "select id, title from articles where rowid in (select rowid from articles_fts where articles_fts match 'ferry')" --format jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, jsonl, json
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The SQL query (one statement).")
    var sql: String

    @Option(help: "Output format: table, csv, jsonl or json.")
    var format: Format = .table

    @Option(help: "In table format, cut cells longer than this many characters (0: never).")
    var maxWidth: Int = 60

    func run() throws {
        let store = try ArticleStore.openReadOnly(path: database.path)
        let output = OutputBuffer()
        var columns: [String] = []
        var tableRows: [[String]] = []
        var first = true
        if format == .json { output.append("[") }
        do {
            try store.query(sql, columns: { names in
                columns = names
                if format == .csv { output.append(names.map(Self.csvField).joined(separator: ",") + "\n") }
            }, row: { values in
                switch format {
                case .csv:
                    output.append(values.map { Self.csvField($0.text) }.joined(separator: ",") + "\n")
                case .jsonl, .json:
                    var object: [String: Any] = [:]
                    for (name, value) in zip(columns, values) { object[name] = value.jsonValue }
                    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    let line = String(decoding: data, as: UTF8.self)
                    if format == .jsonl {
                        output.append(line + "\n")
                    } else {
                        output.append((first ? "\n" : ",\n") + line)
                        first = false
                    }
                case .table:
                    tableRows.append(values.map { Self.cell($0.text, maxWidth: maxWidth) })
                }
                if output.count > 1 << 20 { output.flush() }
            })
        } catch {
            throw ValidationError("query failed: \(error)")
        }
        if format == .json { output.append("\n]\n") }
        if format == .table { output.append(Self.table(columns: columns, rows: tableRows)) }
        output.flush()
    }

    /// A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func cell(_ text: String, maxWidth: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard maxWidth > 0, flat.count > maxWidth else { return flat }
        return String(flat.prefix(max(1, maxWidth - 1))) + "…"
    }

    private static func table(columns: [String], rows: [[String]]) -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (index, value) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], value.count) }
        }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var text = line(columns) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { text += line(row) + "\n" }
        text += "(\(rows.count) row\(rows.count == 1 ? "" : "s"))\n"
        return text
    }
}
