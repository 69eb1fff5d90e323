import ArgumentParser
import Foundation
import NewsmillStore

/// `newsmill search`: full-text search over stored articles.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the articles, best matches first, with snippets.",
        discussion: """
        Words are matched in titles, authors and bodies (every word must occur; case and accents are \
        ignored) and ranked by BM25. With --raw the query is passed to SQLite FTS5 as written, so \
        phrases, OR, NOT, NEAR and prefix* work.

        Examples:
          newsmill search --db news.db "car bombs Sadr City"
          newsmill search --db news.db --raw '"car bombs" NEAR(Sadr, 10)' --limit 5
          newsmill search --db news.db Rothkopf --format jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What to search for.")
    var terms: [String]

    @Option(help: "Most results to show.")
    var limit: Int = 10

    @Flag(help: "Pass the query to FTS5 unchanged (phrases, OR, NOT, NEAR, prefix*).")
    var raw = false

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    func run() throws {
        let store = try ArticleStore.openReadOnly(path: database.path)
        let query = terms.joined(separator: " ")
        let hits = try store.search(query, limit: limit, rawFTSSyntax: raw)
        let output = OutputBuffer()
        switch format {
        case .jsonl:
            for hit in hits {
                let object: [String: Any] = [
                    "id": hit.articleID, "title": hit.title ?? NSNull(), "published": hit.published ?? NSNull(),
                    "publication": hit.publication ?? NSNull(), "url": hit.url ?? NSNull(),
                    "locator": hit.locator, "snippet": hit.snippet, "score": hit.score,
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                output.append(String(decoding: data, as: UTF8.self) + "\n")
            }
        case .text:
            if hits.isEmpty { output.append("No articles match \(query.debugDescription).\n") }
            for (rank, hit) in hits.enumerated() {
                var heading = "\(rank + 1). \(hit.title ?? "(untitled)")"
                let meta = [hit.published, hit.publication].compactMap { $0 }
                if !meta.isEmpty { heading += "  (" + meta.joined(separator: ", ") + ")" }
                output.append(heading + "\n")
                output.append("   " + hit.snippet.replacingOccurrences(of: "\n", with: " ") + "\n")
                output.append("   " + (hit.url ?? hit.locator) + "\n\n")
            }
        }
        output.flush()
    }
}
