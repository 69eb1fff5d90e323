import ArgumentParser
import NewsmillPipeline

/// The `newsmill` command: turns piles of news articles into one queryable SQLite database.
@main
struct Newsmill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsmill",
        abstract: "Turn archives of news articles (text, HTML, RSS/Atom feeds; in directories, tar, zip, gz) into one queryable SQLite database.",
        discussion: """
        On one machine, `newsmill run` does everything: it reads the inputs, starts worker processes \
        and a collector, and writes the database. Across machines, start each role yourself: \
        `collect` (one, beside the database), `work` (many, anywhere), `produce` (beside the archives).

        Examples:
          newsmill run ./archive/ feeds.tar.gz --db news.db
          newsmill search --db news.db "car bombs Sadr City"
          newsmill query --db news.db "select title, published from articles order by published" --format csv
          newsmill extract page.html article.txt
          newsmill entities --db news.db --type person --top 20
          newsmill quotes --db news.db --speaker Rothkopf
          newsmill timeline --db news.db --entity "Sadr City"

        Documentation: docs/architecture.md, docs/schema.md, docs/protocol.md, docs/operations.md.
        """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, ExtractCommand.self, SearchCommand.self, QueryCommand.self,
            EntitiesCommand.self, QuotesCommand.self, TimelineCommand.self, DuplicatesCommand.self,
            ProduceCommand.self, WorkCommand.self, CollectCommand.self, StatusCommand.self, KeysCommand.self, BenchmarkCommand.self, ParseFeedCommand.self,
            SpeakerFeaturesCommand.self,
            NameFeaturesCommand.self,
        ]
    )
}

extension Newsmill {
    /// Sets process-wide allocator defaults, then parses the arguments and runs the command.
    static func main() {
        MemoryTuning.applyProcessDefaults()
        main(nil)
    }
}
