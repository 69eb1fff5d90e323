import Foundation
import XCTest
@testable import NewsmillCore

/// SimHash, robustness and thread safety of the whole analysis.
final class IntelligenceTestsSimHash: XCTestCase {
    private let base = """
    The five car bombs that were detonated in a coordinated way in the main neighborhood were the biggest \
    provocation since the blowing up of the venerated mosque. The car bombs were all exploded in street \
    markets and crowded intersections. Along with a barrage of mortars and rockets, they killed over 200 \
    people. The victims were targets apparently only because of their assumed religious affiliation. The \
    slaughter aroused a wave of vengeance killings and attacks on mosques across the capital.
    """

    func testIdenticalTextsHashEqual() {
        let analyzer = ArticleAnalyzer()
        let first = analyzer.analyze(title: nil, body: base, published: nil).simhash
        let second = analyzer.analyze(title: "Another title", body: base, published: nil).simhash
        XCTAssertEqual(first, second)
        XCTAssertNotEqual(first, 0)
    }

    func testNearDuplicatesAreCloserThanUnrelatedTexts() {
        let analyzer = ArticleAnalyzer()
        let original = analyzer.analyze(title: nil, body: base, published: nil).simhash
        let edited = analyzer.analyze(title: nil, body: base.replacingOccurrences(of: "over 200", with: "over 250"), published: nil).simhash
        let unrelated = analyzer.analyze(title: nil, body: """
        Shares in technology companies rose sharply on Tuesday after the central bank signalled that interest \
        rates would stay low for the rest of the year, and investors bought chip makers and software firms.
        """, published: nil).simhash
        XCTAssertLessThanOrEqual(SimHash.distance(original, edited), 12)
        XCTAssertGreaterThan(SimHash.distance(original, unrelated), SimHash.distance(original, edited))
        XCTAssertGreaterThanOrEqual(SimHash.distance(original, unrelated), 16)
    }

    func testShortAndEmptyTexts() {
        XCTAssertEqual(SimHash.hash(words: [String]()), 0)
        XCTAssertNotEqual(SimHash.hash(words: ["hello"]), 0)
        let analysis = ArticleAnalyzer().analyze(title: "", body: "", published: nil)
        XCTAssertEqual(analysis, ArticleAnalysis())
    }

    func testHostileInputFinishesQuickly() {
        let analyzer = ArticleAnalyzer()
        let inputs = [
            String(repeating: "A ", count: 20_000),
            String(repeating: "Al-Al-Al-", count: 5_000),
            String(repeating: "1,", count: 10_000) + "1",
            String(repeating: "“‘", count: 10_000),
            String(repeating: "Mr. ", count: 10_000),
            String(repeating: "\u{301}\u{200B}\u{FEFF}é\n", count: 10_000),
            String(repeating: "between 1 and ", count: 5_000),
            String(repeating: "Ministry of ", count: 5_000) + "Health",
            String(repeating: "“one two three four” said Bob Smith, and ", count: 3_000),
            (0..<3_000).map { "Name\($0) Surname\($0) met Surname\($0) in Town\($0)." }.joined(separator: " "),
            // One paragraph of unattributed quotes, and one sentence of quotes after a name (each quote once
            // looked back to its paragraph's or sentence's start).
            String(repeating: "“We will rebuild the bridge within a year.” ", count: 5_000),
            "Tom Baker wrote " + String(repeating: "“we will rebuild the bridge within a year” and ", count: 5_000) + "more.",
            // One paragraph of described speakers among many persons (each once looked through every person
            // after its quote for the one given the role).
            String(repeating: "Mr John Smith spoke. “We will see,” the minister said. ", count: 4_000),
            // Descriptions resolved through a pronoun subject's person, and attributions through adverbs and
            // "was quoted by ... as saying" (2026-12-05, sixth session).
            String(repeating: "She also said it was a pity that Ms Jane Roe did not come. “It is a strain,” said the Conservative. ", count: 1_500),
            String(repeating: "“We will rebuild every house,” the minister was quoted by the BBC as saying, and he, however, said more. ", count: 1_500),
            // One sentence of capitalised places joined by "And" (each run once walked back to its paragraph's start
            // looking for a byline), and names opening sentence after sentence (each once compared with every
            // capitalised word) (2026-12-08, thirty-third session).
            String(repeating: "In Paris And London, ", count: 10_000),
            String(repeating: "Smith: “Yes.” ", count: 10_000),
        ]
        let start = Date()
        for input in inputs { _ = analyzer.analyze(title: input, body: input, published: PartialDate(year: 2020, month: 2, day: 29)) }
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
    }

    func testConcurrentUseGivesTheSameResults() {
        let analyzer = ArticleAnalyzer()
        let body = base
        let expected = analyzer.analyze(title: nil, body: body, published: nil)
        let results = Results(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            results.set(index, analyzer.analyze(title: nil, body: body, published: nil))
        }
        XCTAssertEqual(results.all(), Array(repeating: expected, count: 16))
    }

    func testWordsInTextHashLikeTheirLowercasedWords() {
        let text = "Der Hafen, die Fähre — und 3 Kräne! «Straße» über 12,5 km; 港口的起重机。"
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        XCTAssertEqual(SimHash.hash(ofWordsIn: text), SimHash.hash(words: words))
        XCTAssertEqual(SimHash.hash(ofWordsIn: ""), 0)
    }

    /// `hash(ofWordsIn:)` lowercases scalar by scalar as it reads (with a cache of mappings); the result
    /// must be that of reading `text.lowercased()`, over every scalar of the BMP's alphabetic blocks and
    /// the cases whose mapping is longer than one scalar or leaves the block ("İ", "K", "ẞ", Deseret).
    func testWordsInTextLowercaseLikeStringLowercased() {
        /// The words of `text.lowercased()`: runs of ASCII letters and digits and of non-ASCII scalars
        /// that are not `SimHash.isWordSeparator`.
        func referenceWords(_ text: String) -> [String] {
            var words: [String] = []
            var current = String.UnicodeScalarView()
            for scalar in text.lowercased().unicodeScalars {
                let isWordPart = scalar.isASCII
                    ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : !SimHash.isWordSeparator(scalar)
                if isWordPart {
                    current.append(scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { words.append(String(current)) }
            return words
        }
        var chunks = ["ΟΔΟΣ İSTANBUL Kelvin ẞtraße ǅ ǈ 𐐀𐐁 ＡＢＣ Ꭰ 12,5 km"]
        for blockStart in stride(from: 0x80, to: 0x3100, by: 0x100) {
            var scalars = String.UnicodeScalarView()
            for value in blockStart..<(blockStart + 0x100) {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                scalars.append(scalar)
                if value % 7 == 0 { scalars.append(" ") }
            }
            chunks.append(String(scalars))
        }
        for text in chunks + [chunks.joined(separator: " ")] {
            XCTAssertEqual(SimHash.hash(ofWordsIn: text), SimHash.hash(words: referenceWords(text)), String(text.prefix(40)))
        }
    }
}

/// A lock-protected result array for the concurrency test.
private final class Results: @unchecked Sendable {
    // Safe: every access to `values` holds `lock`.
    private let lock = NSLock()
    private var values: [ArticleAnalysis?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: ArticleAnalysis) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func all() -> [ArticleAnalysis] {
        lock.lock()
        defer { lock.unlock() }
        return values.compactMap { $0 }
    }
}
