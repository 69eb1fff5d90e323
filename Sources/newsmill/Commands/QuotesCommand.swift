import ArgumentParser
import Foundation
import NewsmillStore

/// `newsmill quotes`: direct quotations with their speakers.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List direct quotations with speaker, speech verb and the outlet they came through.",
        discussion: """
        --speaker matches, ignoring case, the speaker's canonical name or any whole word of it \
        ("Rothkopf" finds "David Rothkopf"), or a form an article uses for that person ("al-Sadr"). \
        Quotes of the newest articles come first.

        Examples:
          newsmill quotes --db news.db --speaker Rothkopf
          newsmill quotes --db news.db --limit 100 --format jsonl
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only quotes of this speaker (canonical name, a word of it, or a form the article uses).")
    var speaker: String?

    @Option(help: "Most quotes to show.")
    var limit: Int = 50

    @Option(help: "In table format, cut quotes longer than this many characters (0: never).")
    var maxWidth: Int = 100

    @Option(help: "Output format: table or jsonl.")
    var format: IntelligenceOutput.Format = .table

    func validate() throws {
        guard (1...ArticleStore.maximumSearchLimit).contains(limit) else {
            throw ValidationError("--limit must be between 1 and \(ArticleStore.maximumSearchLimit)")
        }
        guard maxWidth >= 0 else { throw ValidationError("--max-width must not be negative") }
    }

    func run() throws {
        let store = try ArticleStore.openReadOnly(path: database.path)
        let quotes = try store.quotes(speaker: speaker, limit: limit)
        let output = OutputBuffer()
        switch format {
        case .jsonl:
            for quote in quotes {
                let speaker: String? = quote.speakerEntity ?? quote.speaker
                let object: [String: Any] = [
                    "speaker": IntelligenceOutput.orNull(speaker), "text": quote.text,
                    "verb": IntelligenceOutput.orNull(quote.verb), "via": IntelligenceOutput.orNull(quote.via),
                    "article_id": quote.articleID, "title": IntelligenceOutput.orNull(quote.title),
                    "published": IntelligenceOutput.orNull(quote.published),
                ]
                output.append(try IntelligenceOutput.jsonLine(object))
            }
        case .table:
            if quotes.isEmpty {
                output.append(speaker.map { "No quotes of \($0.debugDescription).\n" } ?? "No quotes in the database.\n")
            } else {
                let rows = quotes.map { quote in
                    [
                        quote.speakerEntity ?? quote.speaker ?? "(unknown)", quote.verb ?? "", quote.via ?? "",
                        quote.published ?? "",
                        maxWidth > 0 ? IntelligenceOutput.shortened(quote.text, to: maxWidth) : quote.text,
                    ]
                }
                output.append(IntelligenceOutput.table(columns: ["speaker", "verb", "via", "published", "quote"], rows: rows))
            }
        }
        output.flush()
    }
}
