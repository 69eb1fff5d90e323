import Dispatch
import NewsmillTestSupport
import XCTest
@testable import NewsmillCore

final class ExtractorTests: XCTestCase {
    private func document(_ bytes: [UInt8], path: String = "in.txt", type: String? = nil, url: String? = nil) -> Document {
        Document(locator: SourceLocator(path: path), bytes: bytes, declaredContentType: type, url: url)
    }

    private func document(_ text: String, path: String = "in.txt", type: String? = nil, url: String? = nil) -> Document {
        document(Array(text.utf8), path: path, type: type, url: url)
    }

    func testPlainTextArticle() throws {
        let bytes = try CoreTextFixtures.bytes("text", "valley-gazette.txt")
        let outcome = Extractor().extract(document(bytes, url: "https://example.org/frost"))
        XCTAssertEqual(outcome.quarantined, [])
        let article = try XCTUnwrap(outcome.articles.first)
        XCTAssertEqual(article.kind, .text)
        XCTAssertEqual(article.language, "en")
        XCTAssertEqual(article.url, "https://example.org/frost")
        XCTAssertEqual(article.id, ArticleIdentity.id(url: "https://example.org/frost", contentHash: article.contentHash))
    }

    func testLegacyEncodedTextIsDecodedBeforeReading() throws {
        let outcome = Extractor().extract(document(try CoreTextFixtures.bytes("encoding", "koi8-r.txt")))
        let article = try XCTUnwrap(outcome.articles.first)
        XCTAssertEqual(article.title, "В Москве открылась новая библиотека")
        XCTAssertEqual(article.language, "ru")
        let japanese = try XCTUnwrap(Extractor().extract(document(try CoreTextFixtures.bytes("encoding", "shift_jis.txt"))).articles.first)
        XCTAssertEqual(japanese.language, "ja")
    }

    func testQuarantineReasons() {
        let extractor = Extractor(options: ExtractionOptions(maxDocumentBytes: 100))
        let empty = extractor.extract(document([UInt8]()))
        XCTAssertEqual(empty.quarantined.map(\.reason), ["empty: no bytes"])
        XCTAssertEqual(empty.quarantined.first?.size, 0)
        XCTAssertEqual(empty.quarantined.first?.sha256, ArticleIdentity.sha256Hex([UInt8]()))

        let big = [UInt8](repeating: 0x41, count: 101)
        let tooLarge = extractor.extract(document(big))
        XCTAssertEqual(tooLarge.quarantined.first?.category, "too-large")
        XCTAssertEqual(tooLarge.quarantined.first?.size, 101)
        XCTAssertEqual(tooLarge.quarantined.first?.sha256, ArticleIdentity.sha256Hex(big))

        let pdf = Array("%PDF-1.7\n".utf8) + [0, 1, 2, 3]
        XCTAssertEqual(extractor.extract(document(pdf)).quarantined.map(\.reason), ["unrecognised: binary data (PDF)"])
        let json = extractor.extract(document("{\"a\": 1}"))
        XCTAssertEqual(json.quarantined.first?.category, "unrecognised")

        let headlineOnly = extractor.extract(document("Only a Headline\n\nShare this\n"))
        XCTAssertEqual(headlineOnly.articles, [])
        XCTAssertEqual(headlineOnly.quarantined.first?.category, "no-content")
    }

    func testJSONFeedDispatchLanguageNormalisationAndItemLimit() throws {
        let json = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Valley News", "language": "en-US", "items": [
          {"id": "1", "content_text": "One."}, {"id": "2", "content_text": "Two."}, {"id": "3", "content_text": "Three."}]}
        """
        let outcome = Extractor(options: ExtractionOptions(maxFeedItems: 2)).extract(document(json, path: "feed.json"))
        XCTAssertEqual(outcome.articles.map(\.guid), ["1", "2"])
        XCTAssertEqual(outcome.articles.map(\.language), ["en", "en"])
        XCTAssertEqual(outcome.quarantined.map(\.category), ["too-many-items"])
        XCTAssertEqual(outcome.quarantined.first?.locator.itemIndex, 2)
    }

    func testHTMLIsHandedToTheHTMLReader() throws {
        let page = "<!DOCTYPE html><html><head><title>Bridge Reopens</title></head><body><article><h1>Bridge Reopens</h1>"
            + "<p>The old bridge over the river reopened on Monday after two years of repairs, the council said.</p>"
            + "<p>Traffic is expected to return to normal within a week, officials said on Monday.</p></article></body></html>"
        let outcome = Extractor().extract(document(page, path: "page.html", url: "https://example.org/bridge"))
        let article = try XCTUnwrap(outcome.articles.first, "\(outcome.quarantined)")
        XCTAssertEqual(article.kind, .html)
        XCTAssertTrue(article.body.contains("reopened on Monday"))
        XCTAssertEqual(article.language, "en")
    }

    func testADeclaredLanguageGivesWayToALongBodyReliablyInAnother() throws {
        func page(lang: String, paragraphs: [String]) -> String {
            "<!DOCTYPE html><html lang=\"\(lang)\"><head><title>News</title></head><body><article><h1>News</h1>"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        }
        let english = [
            "The New York state attorney general is investigating the company amid layoffs, officials said on Tuesday.",
            "The company confirmed that it had been contacted by the attorney general's office, which will reportedly focus on the founder.",
            "The chief executive of the mobile carrier is stepping down in May, and his deputy will take over the business next year.",
            "Apple and Google are expected to announce new products at their events next month, according to people familiar with the plans.",
        ]
        let german = [
            "Die Staatsanwaltschaft in New York ermittelt gegen das Unternehmen, teilten die Behörden am Dienstag mit.",
            "Das Unternehmen bestätigte, dass es von der Behörde kontaktiert worden sei, die sich auf den Gründer konzentrieren werde.",
            "Der Chef des Mobilfunkanbieters tritt im Mai zurück, und sein Stellvertreter wird das Geschäft im nächsten Jahr übernehmen.",
            "Apple und Google wollen im nächsten Monat neue Produkte vorstellen, sagten Personen, die mit den Plänen vertraut sind.",
        ]
        let misdeclared = Extractor().extract(document(page(lang: "de", paragraphs: english), path: "a.html"))
        XCTAssertEqual(misdeclared.articles.first?.language, "en")
        let declared = Extractor().extract(document(page(lang: "de", paragraphs: german), path: "b.html"))
        XCTAssertEqual(declared.articles.first?.language, "de")
        let short = Extractor().extract(document(page(lang: "de", paragraphs: ["The bridge reopened on Monday."]), path: "c.html"))
        XCTAssertEqual(short.articles.first?.language, "de", "too short to override the declared tag")
    }

    func testEnrichersRunOnEveryArticle() throws {
        struct Tagger: ArticleEnricher {
            func enrich(_ article: Article) -> Article {
                var copy = article
                copy.categories.append("enriched")
                return copy
            }
        }
        let outcome = Extractor(enrichers: [Tagger(), Tagger()]).extract(document("Headline\n\nBody text of the article."))
        XCTAssertEqual(outcome.articles.first?.categories, ["enriched", "enriched"])
    }

    /// Degenerate texts finish in linear time: one huge line, only boilerplate, only headings.
    func testPathologicalTextsFinish() {
        let extractor = Extractor()
        let oneLine = String(repeating: "word, ", count: 200_000)
        XCTAssertEqual(extractor.extract(document(oneLine)).articles.first?.wordCount, 200_000)
        let furniture = String(repeating: "Share this\n", count: 50_000)
        XCTAssertEqual(extractor.extract(document(furniture)).quarantined.first?.category, "no-content")
        let headings = "Body text here.\n" + String(repeating: "Related\n\n", count: 50_000)
        XCTAssertEqual(extractor.extract(document(headings)).articles.first?.body, "Body text here.")
        let bylines = String(repeating: "By Anna Berglund\n", count: 50_000)
        XCTAssertFalse(extractor.extract(document(bylines)).articles.isEmpty)
    }

    /// Random and mangled inputs never crash or hang, and every outcome accounts for the document.
    func testFuzzedInputsNeverCrash() throws {
        var generator = SeededGenerator(seed: 0x5eed)
        var seeds: [[UInt8]] = [
            Array("<rss><channel><item><title>x".utf8), Array("{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{".utf8),
            Array("<!DOCTYPE html><html><body><p>".utf8), Array("By \nBy By\n— ,\n\u{2028}".utf8), [0xFF, 0xFE, 0x00],
            [0xFE, 0xFF, 0xD8], [0xEF, 0xBB, 0xBF], Array("<meta charset=\"utf-16\">".utf8),
        ]
        seeds.append(try CoreTextFixtures.bytes("encoding", "windows-1252.txt"))
        seeds.append(try CoreTextFixtures.bytes("text", "crlf.txt"))
        var inputs: [[UInt8]] = []
        for _ in 0..<150 {
            let length = Int(generator.next() % 3000)
            inputs.append((0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        }
        for seed in seeds {
            for _ in 0..<20 {
                var mutated = seed
                for _ in 0..<Int(generator.next() % 8) where !mutated.isEmpty {
                    mutated[Int(generator.next() % UInt64(mutated.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
                if !mutated.isEmpty, generator.next() % 2 == 0 { mutated.removeLast(Int(generator.next() % UInt64(mutated.count))) }
                inputs.append(mutated)
            }
        }
        let extractor = Extractor()
        let inputsCopy = inputs
        DispatchQueue.concurrentPerform(iterations: inputsCopy.count) { index in
            let outcome = extractor.extract(Document(locator: SourceLocator(path: "fuzz-\(index)"), bytes: inputsCopy[index]))
            if outcome.articles.isEmpty && outcome.quarantined.isEmpty { XCTFail("input \(index) produced nothing") }
            for article in outcome.articles {
                // A feed entry may be a headline only (a title and a link, no text), as feedparser reads
                // it; every other article has a body.
                let headlineOnlyEntry = [DocumentKind.rss, .atom].contains(article.kind) && !(article.title ?? "").isEmpty
                XCTAssertTrue(!article.body.isEmpty || headlineOnlyEntry, "input \(index) (\(article.kind)): \(Data(inputsCopy[index]).base64EncodedString())")
                XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(ArticleJSON.line(for: article, source: "f").utf8)))
            }
        }
    }
}
