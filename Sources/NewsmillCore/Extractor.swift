import Foundation

/// The entry point of the extraction core: bytes in, records out.
///
/// `Extractor` is pure and thread-safe: it touches no files, sockets or global mutable state, so a
/// worker calls it from many Dispatch threads at once. Stages:
/// 1. format detection (`FormatDetector`) from the bytes and any declared content type;
/// 2. decoding to UTF-8 (`CharsetDecoder`);
/// 3. the format's reader: plain text (`PlainTextArticleReader`), HTML (`HTMLArticleReader`),
///    feeds (`FeedReader`, each item's HTML content going through the HTML path), JSON Feeds
///    (`JSONFeedReader`), article exports (`JSONLinesReader`, `CSVExportReader`: one article per
///    record, HTML fields through the HTML path);
/// 4. the language: a declared tag normalised to ISO 639-1 (unless CLD2 reliably reads a body of 400+ bytes
///    as another language), else `LanguageDetector`'s guess;
/// 5. the capture date of a web archive record (`Document.capturedAt`): kept on the article, and a
///    floor for its dates (`CaptureDateFloor`); it is also the "now" that the readers' "never a date in
///    the future" checks use;
/// 6. enrichment, applied to every article: article intelligence (`IntelligenceEnricher`, unless
///    `ExtractionOptions.analyze` is off), then the caller's `ArticleEnricher`s in order.
public struct Extractor: Sendable {
    /// Options that bound the work done on one document.
    public var options: ExtractionOptions
    /// Further stages run on every article after article intelligence.
    public var enrichers: [any ArticleEnricher]

    /// Creates an extractor; article intelligence runs unless `options.analyze` is false.
    public init(options: ExtractionOptions = ExtractionOptions(), enrichers: [any ArticleEnricher] = []) {
        self.options = options
        self.enrichers = enrichers
    }
}

/// Limits and switches for extraction.
public struct ExtractionOptions: Sendable {
    /// Documents larger than this are quarantined without parsing (bytes).
    public var maxDocumentBytes: Int
    /// Feeds with more items than this keep the first ones and quarantine the rest.
    public var maxFeedItems: Int
    /// Run article intelligence (`IntelligenceEnricher`) on every article, filling `Article.analysis`.
    public var analyze: Bool

    /// Creates options; the defaults suit news archives.
    public init(maxDocumentBytes: Int = 64 << 20, maxFeedItems: Int = 100_000, analyze: Bool = true) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxFeedItems = maxFeedItems
        self.analyze = analyze
    }
}

/// A stage that adds structure to an extracted article (the seam for article intelligence).
public protocol ArticleEnricher: Sendable {
    /// Returns the article with whatever this stage adds.
    func enrich(_ article: Article) -> Article
}

/// Article intelligence as an enricher: fills `Article.analysis` with `ArticleAnalyzer`'s entities,
/// quotes, dates (resolved against `published`), quantities, citations and SimHash. The byline's
/// authors are passed on, so they are listed as person entities.
///
/// The analyzer's rules and word lists are English; an article whose language is known and not English
/// gets only its SimHash (over its lowercased words), so near-duplicate clustering still covers it while
/// capitalised common nouns (German, say) are not reported as names.
public struct IntelligenceEnricher: ArticleEnricher {
    private let analyzer: ArticleAnalyzer

    /// Creates the enricher; the bundled gazetteer is loaded once per process and shared.
    public init() {
        analyzer = ArticleAnalyzer()
    }

    /// Returns `article` with `analysis` set.
    public func enrich(_ article: Article) -> Article {
        var enriched = article
        if let language = article.language, language != "en" {
            enriched.analysis = ArticleAnalysis(simhash: SimHash.hash(ofWordsIn: article.body))
        } else {
            enriched.analysis = analyzer.analyze(
                title: article.title, body: article.body, published: article.published, authors: article.authors
            )
        }
        return enriched
    }

}

extension Extractor {
    /// Extracts the articles of one document. Never throws and never traps: input that cannot be read
    /// comes back as quarantined items whose reason starts with a stable category word
    /// (`empty`, `too-large`, `unrecognised`, `no-content`, `malformed-feed`, `malformed-export`).
    public func extract(_ document: Document) -> ExtractionOutcome {
        let bytes = document.bytes
        guard !bytes.isEmpty else { return quarantine(document, "empty: no bytes") }
        guard bytes.count <= options.maxDocumentBytes else {
            return quarantine(document, "too-large: \(bytes.count) bytes, over the limit of \(options.maxDocumentBytes)")
        }
        let kind = FormatDetector.detect(
            bytes: bytes, declaredContentType: document.declaredContentType,
            nameHint: document.locator.member ?? document.locator.path
        )
        let now = document.capturedAt.flatMap(CaptureDateFloor.latestInstant) ?? Date()
        var outcome: ExtractionOutcome
        switch kind {
        case .unknown:
            return quarantine(document, "unrecognised: " + FormatDetector.describeUnrecognised(bytes))
        case .text:
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: document.declaredContentType, kind: .text)
            guard var article = PlainTextArticleReader.read(text: decoded.string, locator: document.locator) else {
                return quarantine(document, "no-content: no article text in the plain-text document")
            }
            if article.url == nil, let url = document.url {
                article = Article.make(
                    url: url, title: article.title, authors: article.authors, published: article.published,
                    modified: article.modified, publication: article.publication, body: article.body,
                    kind: article.kind, locator: article.locator
                )
            }
            outcome = ExtractionOutcome(articles: [article])
        case .html:
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: document.declaredContentType, kind: .html)
            guard let article = HTMLArticleReader.read(html: decoded.utf8, url: document.url, locator: document.locator, now: now) else {
                return quarantine(document, "no-content: no article text in the HTML page")
            }
            outcome = ExtractionOutcome(articles: [article])
        case .rss, .atom:
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: document.declaredContentType, kind: kind)
            outcome = FeedReader.read(xml: decoded.utf8, locator: document.locator, now: now)
        case .jsonFeed:
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: document.declaredContentType, kind: .jsonFeed)
            outcome = JSONFeedReader.read(json: decoded.utf8, locator: document.locator)
        case .jsonLines:
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: document.declaredContentType, kind: .jsonLines)
            outcome = JSONLinesReader.read(decoded.utf8, locator: document.locator, now: now)
        case .csv:
            let decoded = CharsetDecoder.decode(bytes, declaredContentType: document.declaredContentType, kind: .csv)
            let declared = document.declaredContentType
            guard case .csv(let delimiter)? = ExportFormat.detect(decoded.utf8, isComplete: true, declaredType: declared) else {
                return quarantine(document, "unrecognised: CSV without an article header row")
            }
            outcome = CSVExportReader.read(decoded.utf8, delimiter: delimiter, locator: document.locator, now: now)
        }
        if outcome.articles.count > options.maxFeedItems {
            let dropped = outcome.articles.count - options.maxFeedItems
            outcome.articles.removeLast(dropped)
            outcome.quarantined.append(QuarantinedItem(
                locator: document.locator.item(options.maxFeedItems),
                reason: "too-many-items: \(dropped) items after the first \(options.maxFeedItems) were not read",
                size: Int64(bytes.count), sha256: ArticleIdentity.sha256Hex(bytes)
            ))
        }
        if outcome.articles.isEmpty && outcome.quarantined.isEmpty {
            return quarantine(document, "no-content: the \(kind.rawValue) document has no items")
        }
        outcome.articles = outcome.articles.map { finish($0, capturedAt: document.capturedAt) }
        return outcome
    }

    /// Applies the capture date (`CaptureDateFloor`), fills the language (normalised to its ISO 639-1
    /// primary subtag, or detected), then runs article intelligence (when `options.analyze`) and the
    /// enrichers.
    private func finish(_ article: Article, capturedAt: PartialDate?) -> Article {
        var article = article
        if let capturedAt { article = CaptureDateFloor.apply(capturedAt, to: article) }
        if let declared = article.language, let code = LanguageDetector.normalize(declared) {
            // A declared tag is often the site's, not the article's ("lang=de" on Business Insider Germany's
            // English pages): a body long enough for CLD2 to call reliably in another language overrides it.
            // The first 1 KiB is enough for that check and costs a quarter of the full 4 KiB sample.
            if article.body.utf8.count >= 400,
               let detected = LanguageDetector.detectStatistically(article.body, sampleBytes: 1_024), detected != code {
                article.language = detected
            } else {
                article.language = code
            }
        } else {
            let shortBody = article.body.utf8.count < 400
            article.language = LanguageDetector.detect(shortBody ? (article.title ?? "") + "\n\n" + article.body : article.body)
        }
        // Made per article: it only refers to the shared gazetteer, which is loaded on first use, so a
        // process that never analyses (`--no-analysis`) never loads it.
        if options.analyze { article = IntelligenceEnricher().enrich(article) }
        for enricher in enrichers { article = enricher.enrich(article) }
        return article
    }

    private func quarantine(_ document: Document, _ reason: String) -> ExtractionOutcome {
        ExtractionOutcome(quarantined: [QuarantinedItem(
            locator: document.locator, reason: reason, size: Int64(document.bytes.count),
            sha256: ArticleIdentity.sha256Hex(document.bytes)
        )])
    }
}
