import ArgumentParser
import Foundation
import NewsmillPipeline

/// `newsmill benchmark`: measured throughput and memory.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure throughput and memory on a generated corpus (pipeline vs. the core alone).",
        discussion: """
        Generates a deterministic synthetic corpus (40% plain-text articles, 40% HTML pages with \
        navigation and scripts, 20% RSS items with HTML content; a tenth of the text articles packed \
        in a .tar.gz), then measures:
          1. `newsmill extract` alone on --threads threads (output written to a file),
          2. the same with --no-analysis, which gives the cost of article intelligence (entities, \
             quotes, dates, quantities, citations, SimHash) in words per second per core, and
          3. `newsmill run` with --workers workers into a fresh database,
        and prints articles/s, MB/s of input, and peak resident memory per process and role. With \
        --delivery it then measures `run` with and without the job ledger, and the roles started \
        separately over TCP with and without CURVE encryption. --warc N measures only the reading of a \
        generated .warc.gz of N records on one core; --store only the store's commit rate. Build \
        with `-c release` first: debug builds are many times slower. With --no-analysis every step \
        runs without article intelligence.

        Examples:
          swift build -c release && .build/release/newsmill benchmark --articles 20000
          .build/release/newsmill benchmark --articles 200000 --workers 2 --dir /tmp/nm-bench
          .build/release/newsmill benchmark --articles 20000 --delivery --rounds 3
          .build/release/newsmill benchmark --warc 4000
          .build/release/newsmill benchmark --articles 20000 --store
        """
    )

    @Option(help: "Articles in the generated corpus (about 5 KB each).")
    var articles: Int = 20_000

    @Option(help: "Working directory (corpus, database, outputs); reused corpus if already generated with the same size.")
    var dir: String = NSTemporaryDirectory() + "newsmill-benchmark"

    @Option(help: "Worker processes for the pipeline run.")
    var workers: Int = 2

    @Option(help: "Threads for extract alone, and in total for the pipeline's workers.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-analysis"), help: "Run everything without article intelligence.")
    var noAnalysis = false

    @Flag(help: "Also measure delivery's cost: `run` with and without the job ledger, and the roles over TCP with and without CURVE.")
    var delivery = false

    @Option(help: ArgumentHelp(
        "Measure only WARC reading: generate a .warc.gz of this many records (HTML responses, gzip per record) and read it on one core.",
        valueName: "records"
    ))
    var warc: Int?

    @Flag(help: "Measure only the store: extract the corpus's articles (untimed), then commit them into a fresh database in batches of 1,000.")
    var store = false

    @Option(help: "Rounds of the --delivery and --warc measurements (each configuration's median is printed).")
    var rounds: Int = 3

    @Flag(help: "Remove the working directory afterwards.")
    var clean = false

    func run() throws {
        if let warc {
            try measureWebArchive(records: warc)
            return
        }
        let executable = ChildProcess.currentExecutablePath()
        let corpus = dir + "/corpus-\(articles)"
        let fileManager = FileManager.default
        defer { if clean { try? fileManager.removeItem(atPath: dir) } }
        if !fileManager.fileExists(atPath: corpus + "/.complete") {
            try? fileManager.removeItem(atPath: corpus)
            let started = Date()
            print("generating \(articles) articles in \(corpus) ...")
            let manifest = try SyntheticCorpus(articles: articles).write(to: corpus)
            try Data().write(to: URL(fileURLWithPath: corpus + "/.complete"))
            print("  \(manifest.files) files, \(ResourceUsage.format(bytes: manifest.bytes)): \(manifest.textArticles) text (\(manifest.archivedArticles) in a .tar.gz), \(manifest.htmlPages) HTML, \(manifest.feedItems) feed items, in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
        let inputBytes = try Self.diskBytes(corpus)
        if store {
            try measureStore(corpus: corpus)
            return
        }

        // 1. The core alone, with (unless --no-analysis) and without article intelligence.
        let analysisFlag = noAnalysis ? ["--no-analysis"] : []
        func extractAlone(_ extra: [String], output: String) throws -> (process: ChildProcess, seconds: Double, articles: Int) {
            let start = Date()
            let process = try ChildProcess(label: "extract", executable: executable,
                                           arguments: ["extract", "--format", "jsonl", "--threads", String(threads)] + extra + [corpus],
                                           standardOutput: output)
            process.wait()
            guard process.exitStatus == 0 else { throw ValidationError("extract exited with \(process.exitStatus ?? -1)") }
            return (process, Date().timeIntervalSince(start), try Self.countLines(output))
        }
        let (extract, extractSeconds, extracted) = try extractAlone(analysisFlag, output: dir + "/extract-output.jsonl")
        let plainOutput = dir + "/extract-no-analysis.jsonl"
        let (_, plainSeconds, plainExtracted) = noAnalysis
            ? (extract, extractSeconds, extracted)
            : try extractAlone(["--no-analysis"], output: plainOutput)
        let words = noAnalysis ? 0 : try Self.sumWordCounts(plainOutput)

        // 2. The whole pipeline.
        let database = dir + "/benchmark.db"
        for suffix in ["", "-wal", "-shm", ".ledger", ".ledger-wal", ".ledger-shm"] { try? fileManager.removeItem(atPath: database + suffix) }
        let summaryPath = dir + "/run-summary.json"
        let runStart = Date()
        let run = try ChildProcess(label: "run", executable: executable, arguments: [
            "run", corpus, "--db", database, "--workers", String(workers),
            "--threads", String(max(1, threads / max(1, workers))), "--quiet", "--summary-json", summaryPath,
        ] + analysisFlag)
        run.wait()
        let runSeconds = Date().timeIntervalSince(runStart)
        guard run.exitStatus == 0 else { throw ValidationError("run exited with \(run.exitStatus ?? -1)") }
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath))) as? [String: Any] ?? [:]
        let stored = summary["articles_stored"] as? Int ?? 0
        let peaks = summary["peak_resident_bytes"] as? [String: Int64] ?? [:]

        let megabytes = Double(inputBytes) / 1_000_000
        func line(_ label: String, _ count: Int, _ seconds: Double) -> String {
            label.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%8d articles  %7.2f s  %9.0f articles/s  %7.1f MB/s", count, seconds, Double(count) / seconds, megabytes / seconds)
        }
        print("")
        print("corpus: \(articles) articles, \(String(format: "%.1f", megabytes)) MB on disk; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print(line("extract alone (\(threads) threads)" + (noAnalysis ? ", no analysis" : ""), extracted, extractSeconds))
        if !noAnalysis {
            print(line("extract --no-analysis", plainExtracted, plainSeconds))
            let stageSeconds = max(0.001, (extractSeconds - plainSeconds) * Double(threads))
            print(String(format: "article intelligence: %d words, %.2f core-seconds, %.0f words/s per core; adds %.0f%% to extraction time",
                         words, stageSeconds, Double(words) / stageSeconds, 100 * (extractSeconds - plainSeconds) / plainSeconds))
        }
        print(line("run (\(workers) workers)", stored, runSeconds))
        print(String(format: "pipeline / extract-alone throughput: %.0f%%", 100 * (Double(stored) / runSeconds) / (Double(extracted) / extractSeconds)))
        print("peak RSS: extract \(ResourceUsage.format(bytes: extract.peakResidentBytes))" + peaks.sorted { $0.key < $1.key }.map { ", \($0.key) \(ResourceUsage.format(bytes: $0.value))" }.joined())
        if delivery {
            let measurements = try DeliveryBenchmark(
                executable: executable, corpus: corpus, directory: dir, workers: workers,
                threadsPerWorker: max(1, threads / max(1, workers)), analysisFlag: analysisFlag
            ).runAll(rounds: rounds)
            print("delivery (\(workers) workers):")
            for measurement in measurements { print("  " + line(measurement.label, measurement.articles, measurement.seconds)) }
        }
    }

    private func measureStore(corpus: String) throws {
        let benchmark = StoreBenchmark(corpus: corpus, directory: dir, batchArticles: 1_000)
        let extracted = Date()
        let articles = benchmark.articles()
        print("extracted \(articles.count) articles in \(String(format: "%.1f", Date().timeIntervalSince(extracted))) s (not timed)")
        let measurements = try (0..<max(1, rounds)).map { _ in try benchmark.ingest(articles) }.sorted { $0.seconds < $1.seconds }
        let median = measurements[measurements.count / 2]
        print(String(
            format: "store ingest (batches of 1,000, median of %d): %d articles stored in %.2f s (%.2f CPU s): %.0f articles/s, %.0f per CPU-second",
            measurements.count, median.stored, median.seconds, median.cpuSeconds, Double(median.stored) / median.seconds,
            Double(median.stored) / max(0.001, median.cpuSeconds)
        ) + "; database \(ResourceUsage.format(bytes: median.databaseBytes))")
    }

    private func measureWebArchive(records: Int) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let benchmark = WebArchiveBenchmark(records: records, directory: dir)
        let generated = Date()
        let path = try benchmark.archive()
        print("archive: \(path) (\(String(format: "%.1f", Date().timeIntervalSince(generated))) s to generate or find)")
        let readings = (0..<max(1, rounds)).map { _ in benchmark.read(path) }.sorted { $0.seconds < $1.seconds }
        let median = readings[readings.count / 2]
        let megabytes = Double(median.payloadBytes) / 1_000_000
        print(String(
            format: "WARC read (one core, median of %d): %d documents, %.1f MB payload from %.1f MB .warc.gz in %.3f s (%.3f CPU s): %.0f MB/s payload, %.0f MB/s compressed, %.0f MB/s payload per CPU-second",
            readings.count, median.documents, megabytes, Double(median.fileBytes) / 1_000_000, median.seconds, median.cpuSeconds,
            megabytes / median.seconds, Double(median.fileBytes) / 1_000_000 / median.seconds, megabytes / max(0.001, median.cpuSeconds)
        ))
    }

    private static func diskBytes(_ directory: String) throws -> Int64 {
        var total: Int64 = 0
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let relative = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + relative)
            if attributes[.type] as? FileAttributeType == .typeRegular { total += (attributes[.size] as? Int64) ?? 0 }
        }
        return total
    }

    /// The sum of `word_count` over the JSON lines in `path`.
    private static func sumWordCounts(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var total = 0
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            total += object?["word_count"] as? Int ?? 0
        }
        return total
    }

    private static func countLines(_ path: String) throws -> Int {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var count = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            count += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return count
    }
}
