import ArgumentParser
import Foundation
import NewsmillCore
import NewsmillStore

/// `newsmill entities`: the most mentioned persons, organisations and locations of the corpus.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the most mentioned persons, organisations and locations, with article and mention counts.",
        discussion: """
        Entities are merged across articles by type and canonical name (the fullest form an article \
        uses: "Muqtada al-Sadr" for "al-Sadr" and "Sadr"). Ranked by the number of articles that \
        mention them, then by mentions. Locations resolved against the gazetteer show their country \
        code and coordinates.

        Examples:
          newsmill entities --db news.db
          newsmill entities --db news.db --type person --top 50
          newsmill entities --db news.db --type location --format jsonl
        """
    )

    @OptionGroup var database: DatabaseOptions

    /// `--type`: the entity types.
    enum TypeOption: String, ExpressibleByArgument, CaseIterable {
        case person, organization, location
    }

    @Option(help: "Only this type: person, organization or location.")
    var type: TypeOption?

    @Option(help: "How many entities to list.")
    var top: Int = 20

    @Option(help: "Output format: table or jsonl.")
    var format: IntelligenceOutput.Format = .table

    func validate() throws {
        guard (1...ArticleStore.maximumSearchLimit).contains(top) else {
            throw ValidationError("--top must be between 1 and \(ArticleStore.maximumSearchLimit)")
        }
    }

    func run() throws {
        let store = try ArticleStore.openReadOnly(path: database.path)
        let entities = try store.topEntities(type: type.flatMap { EntityType(rawValue: $0.rawValue) }, limit: top)
        let output = OutputBuffer()
        switch format {
        case .jsonl:
            for entity in entities {
                let object: [String: Any] = [
                    "type": entity.type.rawValue, "name": entity.name, "articles": entity.articleCount,
                    "mentions": entity.mentionCount, "country_code": IntelligenceOutput.orNull(entity.countryCode),
                    "latitude": IntelligenceOutput.orNull(entity.latitude),
                    "longitude": IntelligenceOutput.orNull(entity.longitude),
                ]
                output.append(try IntelligenceOutput.jsonLine(object))
            }
        case .table:
            if entities.isEmpty {
                output.append("No entities\(type.map { " of type \($0.rawValue)" } ?? "") in the database.\n")
            } else {
                let rows = entities.map { entity in
                    [
                        entity.type.rawValue, entity.name, String(entity.articleCount), String(entity.mentionCount),
                        entity.countryCode ?? "",
                        entity.latitude.map { String(format: "%.4f", $0) } ?? "",
                        entity.longitude.map { String(format: "%.4f", $0) } ?? "",
                    ]
                }
                output.append(IntelligenceOutput.table(
                    columns: ["type", "name", "articles", "mentions", "country", "latitude", "longitude"], rows: rows
                ))
            }
        }
        output.flush()
    }
}

/// Output helpers shared by the article-intelligence commands (`entities`, `quotes`, `timeline`,
/// `duplicates`).
enum IntelligenceOutput {
    /// `--format`: an aligned text table for people, or one JSON object per line for programs.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl
    }

    /// `value`, or `NSNull` for JSON `null`.
    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }

    /// One JSON object as a line, keys sorted.
    static func jsonLine(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// An aligned table: a header, a rule, the rows; columns separated by two spaces. Newlines and tabs
    /// in cells become spaces.
    static func table(columns: [String], rows: [[String]]) -> String {
        let cleaned = rows.map { row in
            row.map { cell in String(cell.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }) }
        }
        var widths = columns.map(\.count)
        for row in cleaned {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ values: [String]) -> String {
            var text = ""
            for (index, value) in values.enumerated() where index < widths.count {
                if index > 0 { text += "  " }
                // The last column is not padded, so lines carry no trailing spaces.
                text += index == widths.count - 1 ? value : value.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return text + "\n"
        }
        return line(columns) + line(widths.map { String(repeating: "-", count: $0) }) + cleaned.map(line).joined()
    }

    /// `text` cut to `limit` characters, with "…" marking the cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
