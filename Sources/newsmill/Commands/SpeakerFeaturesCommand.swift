import ArgumentParser
import Foundation
import NewsmillCore
import NewsmillInputs

/// `newsmill speaker-features`: prints the speaker ranker's candidates and features for every quote, the
/// training data of `deploy/data-tools/train-speaker-ranker.py` (hidden from the command list: a tool for
/// the model's makers, not its users).
struct SpeakerFeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker-features",
        abstract: "Print every quote's speaker candidates and their features (training data for the speaker model).",
        discussion: """
        Reads the inputs as `newsmill extract` does and prints one JSON object per article on standard \
        output: `source` and `quotes`, each quote with `text`, `ruleSpeaker` and `ruleVerb` (what the attribution \
        rules give, before the model is asked), `rule` (the line in QuoteExtractor.swift of the rule that gave \
        them, 0 for none), `asksRanker` (no rule attributed it), `none` (the \
        features of "no one speaks") and `candidates` [{`name`, `features`}]. \
        deploy/data-tools/train-speaker-ranker.py reads it with the gold folders; see docs/extraction.md.

        Example:
          newsmill speaker-features Tests/NewsmillCoreTests/Fixtures/attribution-gold/*.txt
        """,
        shouldDisplay: false
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        try input.printTrainingRecords { analyzer, article in
            Record(source: article.locator.path, quotes: analyzer.speakerTrainingExamples(title: article.title, body: article.body))
        }
    }

    private struct Record: Encodable {
        var source: String
        var quotes: [SpeakerTrainingExample]
    }
}
