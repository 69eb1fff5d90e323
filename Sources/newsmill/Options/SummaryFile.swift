import Foundation
import NewsmillPipeline

/// Writes a run summary as JSON (`--summary-json`).
enum SummaryFile {
    static func write(_ summary: RunSummary, to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: summary.jsonObject(), options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
