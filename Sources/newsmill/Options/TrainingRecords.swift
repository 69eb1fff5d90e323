import ArgumentParser
import Foundation
import NewsmillCore
import NewsmillInputs

extension InputOptions {
    /// Reads the inputs as `newsmill extract` does (without analysis) and prints one JSON object per article on
    /// standard output, the one `record` makes of it: the output of the model makers' hidden commands
    /// (`speaker-features`, `name-features`). Exits with 3 when an input could not be read or an item was
    /// quarantined.
    func printTrainingRecords(_ record: (ArticleAnalyzer, Article) -> some Encodable) throws {
        let reader = InputReader(paths: try allPaths(), limits: limits)
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
                FileHandle.standardOutput.write(try encoder.encode(record(analyzer, article)) + Data("\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode(3) }
    }
}
