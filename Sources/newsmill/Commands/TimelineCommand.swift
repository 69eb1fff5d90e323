import ArgumentParser
import Foundation
import NewsmillStore

/// `newsmill timeline`: the articles mentioning an entity and the dates they mention, in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show, in date order, the articles that mention an entity and the dates they mention.",
        discussion: """
        The entity is found by canonical name (ignoring case), else by a form an article uses for it. \
        Each line is a date: the publication of an article that mentions the entity, or a date such an \
        article mentions ("Nov. 23" resolved against its publication date to 2006-11-23).

        Examples:
          newsmill timeline --db news.db --entity "Sadr City"
          newsmill timeline --db news.db --entity "Muqtada al-Sadr" --format jsonl
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The entity's name.")
    var entity: String

    @Option(help: "Output format: table or jsonl.")
    var format: IntelligenceOutput.Format = .table

    func run() throws {
        let store = try ArticleStore.openReadOnly(path: database.path)
        let timeline = try store.timeline(entity: entity)
        let output = OutputBuffer()
        switch format {
        case .jsonl:
            for event in timeline.events {
                let object: [String: Any] = [
                    "date": event.date, "precision": event.precision, "kind": event.kind.rawValue,
                    "text": IntelligenceOutput.orNull(event.text), "article_id": event.articleID,
                    "title": IntelligenceOutput.orNull(event.title), "locator": event.locator,
                ]
                output.append(try IntelligenceOutput.jsonLine(object))
            }
        case .table:
            guard !timeline.entities.isEmpty else {
                output.append("No entity named \(entity.debugDescription) in the database.\n")
                break
            }
            let names = timeline.entities.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")
            output.append("\(names): \(timeline.articleCount) article\(timeline.articleCount == 1 ? "" : "s")\n\n")
            let rows = timeline.events.map { event in
                [
                    event.date, event.kind == .published ? "published" : "mentions \(event.text ?? "")",
                    IntelligenceOutput.shortened(event.title ?? "(untitled)", to: 60), event.locator,
                ]
            }
            output.append(IntelligenceOutput.table(columns: ["date", "event", "article", "source"], rows: rows))
        }
        output.flush()
    }
}
