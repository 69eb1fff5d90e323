import Foundation
import NewsmillCore
import NewsmillPipeline
import Synchronization

/// Thread CPU time summed over the threads of `extract --stage-times`: the whole extraction of each
/// document, and the part of it spent in article intelligence.
final class StageTimes: Sendable {
    /// Nanoseconds in `Extractor.extract`, article intelligence included.
    let extraction = Atomic<UInt64>(0)
    /// Nanoseconds in article intelligence.
    let intelligence = Atomic<UInt64>(0)
    /// Articles that went through article intelligence.
    let articles = Atomic<Int>(0)

    /// Clears the totals (after the warm-up, whose one-time set-up is no article's cost).
    func reset() {
        extraction.store(0, ordering: .relaxed)
        intelligence.store(0, ordering: .relaxed)
        articles.store(0, ordering: .relaxed)
    }

    /// The totals as one line for standard error: the stage's time, the rest's, and the share the stage adds.
    func report() -> String {
        let total = Double(extraction.load(ordering: .relaxed)) / 1e6
        let stage = Double(intelligence.load(ordering: .relaxed)) / 1e6
        let rest = total - stage
        let share = rest > 0 ? 100 * stage / rest : 0
        return String(
            format: "stage times (thread CPU): article intelligence %.1f ms, the rest of extraction %.1f ms: +%.1f%% over %d articles\n",
            stage, rest, share, articles.load(ordering: .relaxed)
        )
    }
}

/// Article intelligence that adds the thread CPU time it takes to `times` (`extract --stage-times`).
struct TimedIntelligenceEnricher: ArticleEnricher {
    let enricher = IntelligenceEnricher()
    let times: StageTimes

    func enrich(_ article: Article) -> Article {
        let start = ResourceUsage.threadCPUNanoseconds()
        let enriched = enricher.enrich(article)
        times.intelligence.add(ResourceUsage.threadCPUNanoseconds() - start, ordering: .relaxed)
        times.articles.add(1, ordering: .relaxed)
        return enriched
    }
}
