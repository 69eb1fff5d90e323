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
        try input.printTrainingRecords { analyzer, article in
            Record(source: article.locator.path, names: analyzer.nameTypingExamples(title: article.title, body: article.body))
        }
    }

    private struct Record: Encodable {
        var source: String
        var names: [NameTypingExample]
    }
}
