import ArgumentParser
import Foundation
import NewsmillCore
import NewsmillInputs

/// `newsmill name-features`: prints every name the recogniser's rules group, with their type and the name
/// typer's features, the training data of `deploy/data-tools/train-name-typer.py` (hidden from the command
/// list: a tool for the model's makers, not its users).
struct NameFeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name-features",
        abstract: "Print every grouped name's rule type and features (training data for the name typer).",
        discussion: """
        Reads the inputs as `newsmill extract` does and prints one JSON object per article on standard \
        output: `source` and `names`, each with `name` (the fullest form), `forms`, `ruleType` (what the \
        recogniser's rules give, before the typer is asked; null when they drop the name), `features` \
        (hashed identifiers) and `featureNames`. deploy/data-tools/train-name-typer.py reads it with the gold \
        folders; see docs/extraction.md.

        Example:
          newsmill name-features Tests/NewsmillCoreTests/Fixtures/attribution-gold/*.txt
        """,
        shouldDisplay: false
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let reader = InputReader(paths: try input.allPaths(), limits: input.limits)
        let extractor = Extractor(options: ExtractionOptions(analyze: false))
        let analyzer = ArticleAnalyzer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        while let item = reader.next() {
            guard case .document(let document) = item else {
                failures += 1
                continue
            }
            let outcome = extractor.extract(document)
            failures += outcome.quarantined.count
            for article in outcome.articles {
                let record = Record(
                    source: article.locator.path,
                    names: analyzer.nameTypingExamples(title: article.title, body: article.body)
                )
                FileHandle.standardOutput.write(try encoder.encode(record) + Data("\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode(3) }
    }

    private struct Record: Encodable {
        var source: String
        var names: [NameTypingExample]
    }
}
