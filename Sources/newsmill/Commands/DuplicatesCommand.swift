import ArgumentParser
import Foundation
import NewsmillCore
import NewsmillStore

/// `newsmill duplicates`: clusters of near-duplicate articles.
struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List clusters of near-duplicate articles (syndicated or lightly edited copies).",
        discussion: """
        Articles whose SimHashes differ in at most 3 of 64 bits are clustered when they are stored \
        (exact copies are not stored twice at all). Largest clusters first; each article shows how many \
        bits its SimHash differs from the cluster's first article's.

        Examples:
          newsmill duplicates --db news.db
          newsmill duplicates --db news.db --limit 10 --format jsonl
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Most clusters to show.")
    var limit: Int = 100

    @Option(help: "Output format: table or jsonl (one object per cluster).")
    var format: IntelligenceOutput.Format = .table

    func validate() throws {
        guard (1...ArticleStore.maximumSearchLimit).contains(limit) else {
            throw ValidationError("--limit must be between 1 and \(ArticleStore.maximumSearchLimit)")
        }
    }

    func run() throws {
        let store = try ArticleStore.openReadOnly(path: database.path)
        let clusters = try store.duplicateClusters(limit: limit)
        let output = OutputBuffer()
        switch format {
        case .jsonl:
            for cluster in clusters {
                let articles: [[String: Any]] = cluster.articles.map { member in
                    [
                        "id": member.articleID, "title": IntelligenceOutput.orNull(member.title),
                        "published": IntelligenceOutput.orNull(member.published),
                        "locator": member.locator, "simhash": ArticleJSON.hex64(member.simhash), "distance": member.distance,
                    ]
                }
                output.append(try IntelligenceOutput.jsonLine(["cluster": cluster.id, "articles": articles]))
            }
        case .table:
            if clusters.isEmpty { output.append("No near-duplicate articles in the database.\n") }
            var rows: [[String]] = []
            for cluster in clusters {
                for member in cluster.articles {
                    rows.append([
                        String(cluster.id), String(member.distance), IntelligenceOutput.shortened(member.title ?? "(untitled)", to: 60),
                        member.locator,
                    ])
                }
            }
            if !rows.isEmpty {
                output.append(IntelligenceOutput.table(columns: ["cluster", "bits", "title", "source"], rows: rows))
            }
        }
        output.flush()
    }
}
