import ArgumentParser
import Dispatch
import Foundation
import NewsmillCore
import NewsmillInputs
import NewsmillPipeline
import Synchronization

/// `newsmill extract`: the extraction core alone, no queue and no database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles from files and print them (the core alone: no queue, no database).",
        discussion: """
        Prints one JSON object per article on standard output (`--format jsonl`, the default), with \
        `source` (the path given), `title`, `authors`, `published`, `language`, `body` and the other \
        metadata (`captured`: a web archive record's capture date), then the article intelligence: \
        `entities`, `quotes`, `dates`, `quantities`, `citations` and `simhash` (null with \
        --no-analysis); a feed gives one object per item, a JSON Lines or CSV export one per record. \
        Archives and compressed files are read too. Inputs \
        that cannot be read are reported on standard error; the exit status is then 3.

        Examples:
          newsmill extract page.html article.txt
          newsmill extract --format text feed.xml
          newsmill extract --format jsonl --file-list pages.txt --threads 2
          newsmill extract --no-analysis archive.tar.gz
          newsmill extract export.jsonl wire-stories.csv.gz
          newsmill extract --threads 1 --stage-times --file-list pages.txt > /dev/null

        With --stage-times, the thread CPU time spent in article intelligence and in the rest of \
        extraction is printed on standard error at the end (after an untimed warm-up, so one-time \
        set-up such as loading the gazetteer is left out): the stage's share of a page's processing \
        time, measured in one process, so other load on the machine touches both figures alike.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, text
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl (one object per line), json (one array) or text.")
    var format: Format = .jsonl

    @Option(help: "Extraction threads (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-analysis"), help: "Skip article intelligence (entities, quotes, dates, quantities, citations, SimHash).")
    var noAnalysis = false

    @Flag(name: .customLong("stage-times"), help: "Print the CPU time spent in article intelligence and in the rest of extraction (standard error).")
    var stageTimes = false

    func run() throws {
        let reader = InputReader(paths: try input.allPaths(), limits: input.limits)
        let times = stageTimes ? StageTimes() : nil
        let extractor: Extractor
        if let times, !noAnalysis {
            // The same stages in the same order (intelligence runs first among the enrichers), timed.
            extractor = Extractor(options: ExtractionOptions(analyze: false), enrichers: [TimedIntelligenceEnricher(times: times)])
            _ = extractor.extract(Document(
                locator: SourceLocator(path: "warm-up"),
                bytes: Array("Warm-up\n\nPresident Ana Lima said in Lisbon on Monday: “We will go on.”\n".utf8)
            ))
            times.reset()
        } else {
            extractor = Extractor(options: ExtractionOptions(analyze: !noAnalysis))
        }
        let output = OutputBuffer()
        var quarantined = 0
        var first = true
        if format == .json { output.append("[") }
        while true {
            var batch: [InputItem] = []
            var batchBytes = 0
            // Bounded by items and bytes, so memory stays flat whatever the input (a feed of 40 items
            // counts as one item here but may be large).
            while batch.count < 256, batchBytes < 8 << 20, let item = reader.next() {
                if case .document(let document) = item { batchBytes += document.bytes.count }
                batch.append(item)
            }
            if batch.isEmpty { break }
            for outcome in extractAll(batch, extractor: extractor, times: times) {
                for article in outcome.articles {
                    let source = article.locator.path
                    switch format {
                    case .jsonl:
                        output.append(ArticleJSON.line(for: article, source: source) + "\n")
                    case .json:
                        output.append((first ? "\n" : ",\n") + ArticleJSON.line(for: article, source: source))
                        first = false
                    case .text:
                        output.append(Self.text(for: article))
                    }
                }
                for bad in outcome.quarantined {
                    quarantined += 1
                    FileHandle.standardError.write(Data("quarantined \(bad.locator.description): \(bad.reason)\n".utf8))
                }
            }
            output.flush()
        }
        if format == .json { output.append("\n]\n") }
        output.flush()
        if let times { FileHandle.standardError.write(Data(times.report().utf8)) }
        if quarantined > 0 { throw ExitCode(3) }
    }

    /// Extracts a batch on `threads` threads, keeping input order. Items the input reader already
    /// found bad come back as quarantined outcomes.
    /// With `times`, each document's extraction is timed on its thread's CPU clock.
    private func extractAll(_ batch: [InputItem], extractor: Extractor, times: StageTimes?) -> [ExtractionOutcome] {
        let outcomes = Mutex([ExtractionOutcome](repeating: ExtractionOutcome(), count: batch.count))
        let workers = max(1, min(threads, batch.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < batch.count {
                let outcome: ExtractionOutcome
                switch batch[index] {
                case .document(let document):
                    let start = times.map { _ in ResourceUsage.threadCPUNanoseconds() }
                    outcome = extractor.extract(document)
                    if let times, let start { times.extraction.add(ResourceUsage.threadCPUNanoseconds() - start, ordering: .relaxed) }
                case .quarantined(let bad): outcome = ExtractionOutcome(quarantined: [bad])
                }
                outcomes.withLock { $0[index] = outcome }
                index += workers
            }
        }
        return outcomes.withLock { $0 }
    }

    private static func text(for article: Article) -> String {
        var lines: [String] = []
        lines.append("== " + (article.title ?? "(untitled)"))
        var meta: [String] = []
        if !article.authors.isEmpty { meta.append("by " + article.authors.joined(separator: ", ")) }
        if let published = article.published { meta.append(published.value) }
        if let publication = article.publication { meta.append(publication) }
        if let language = article.language { meta.append("[\(language)]") }
        if !meta.isEmpty { lines.append(meta.joined(separator: " · ")) }
        lines.append("source: " + article.locator.description)
        lines.append("")
        lines.append(article.body)
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
