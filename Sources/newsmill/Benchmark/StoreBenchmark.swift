import Foundation
import NewsmillCore
import NewsmillInputs
import NewsmillPipeline
import NewsmillStore

/// Measures the store alone (`newsmill benchmark --store`): the articles of the synthetic corpus are
/// extracted first (with article intelligence, untimed), then committed into a fresh database in
/// batches of `batchArticles`, as the collector commits them. Prints articles/s, per CPU-second of
/// the committing thread's process, and the database's size.
struct StoreBenchmark {
    let corpus: String
    let directory: String
    let batchArticles: Int

    /// The outcome of one ingest.
    struct Measurement {
        var articles: Int
        var stored: Int
        var seconds: Double
        var cpuSeconds: Double
        var databaseBytes: Int64
    }

    /// Extracts every article of the corpus in this process (not timed).
    func articles() -> [Article] {
        let extractor = Extractor()
        let reader = InputReader(paths: [corpus])
        var articles: [Article] = []
        while let item = reader.next() {
            guard case .document(let document) = item else { continue }
            articles.append(contentsOf: extractor.extract(document).articles)
        }
        return articles
    }

    /// Commits `articles` into a fresh database.
    func ingest(_ articles: [Article]) throws -> Measurement {
        let path = directory + "/store-benchmark.db"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try ArticleStore(path: path)
        let runID = "store-benchmark"
        try store.beginRun(id: runID, inputs: [corpus], host: "benchmark", startedAt: Date())
        let cpuStart = ResourceUsage.cpuSeconds()
        let start = Date()
        var stored = 0
        var index = 0
        while index < articles.count {
            let batch = Array(articles[index..<min(articles.count, index + batchArticles)])
            index += batch.count
            stored += try store.ingest([ArticleStore.IngestBatch(runID: runID, articles: batch, quarantined: [])]).reduce(0) { $0 + $1.stored }
        }
        let seconds = Date().timeIntervalSince(start)
        let cpuSeconds = ResourceUsage.cpuSeconds() - cpuStart
        try store.close()
        let size = FileManager.default.sizeOfFile(atPath: path)
        return Measurement(articles: articles.count, stored: stored, seconds: seconds, cpuSeconds: cpuSeconds, databaseBytes: size)
    }
}
