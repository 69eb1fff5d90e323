import Foundation
import XCTest

@testable import NewsmillCore

final class HTMLArticleReaderTests: XCTestCase {
    private func read(_ html: String, url: String? = nil) -> Article? {
        HTMLArticleReader.read(html: Array(html.utf8), url: url, locator: SourceLocator(path: "test.html"))
    }

    func testHarbourCraneFixture() throws {
        let bytes = try htmlFixtureBytes("html/harbour-crane.html")
        let article = try XCTUnwrap(HTMLArticleReader.read(html: bytes, url: nil, locator: SourceLocator(path: "harbour-crane.html")))
        XCTAssertEqual(article.title, "New Crane Arrives at the Container Harbour")
        XCTAssertEqual(article.authors, ["Lena Holm"])
        XCTAssertEqual(article.published, PartialDate(value: "2023-09-18T10:15:00Z", precision: .second))
        XCTAssertEqual(article.kind, .html)
        XCTAssertEqual(article.publication, "Port News")
        XCTAssertEqual(article.language, "en")
        XCTAssertTrue(article.body.hasPrefix("A ship-to-shore crane taller than the cathedral"), article.body)
        XCTAssertTrue(article.body.contains("without transfers at sea."))
        for unwanted in ["Home", "Copyright", "tracking", "New Crane Arrives"] {
            XCTAssertFalse(article.body.contains(unwanted), "body contains \(unwanted): \(article.body)")
        }
        XCTAssertEqual(article.body.components(separatedBy: "\n\n").count, 2)
    }

    func testBoilerplateIsLeftOutOfTheBody() throws {
        let bytes = try htmlFixtureBytes("html/jsonld-graph.html")
        let article = try XCTUnwrap(HTMLArticleReader.read(html: bytes, url: "https://rivertown.example/x", locator: SourceLocator(path: "a.html")))
        let body = article.body
        XCTAssertTrue(body.hasPrefix("The city council on Monday approved"), body)
        XCTAssertTrue(body.contains("Construction from next spring"))
        XCTAssertTrue(body.contains("Seven new stops\n4.2 kilometres of track"), body)
        XCTAssertTrue(body.contains("\"This is the most important transport decision in a generation,\" the mayor said"))
        XCTAssertTrue(body.hasSuffix("challenge the decision in court."), body)
        for unwanted in ["cookies", "Sport", "Start", "Share on Facebook", "Tweet", "Bus fares", "Related", "comments", "waited for this tram",
                         "newsletter", "Copyright", "Imprint", "tracking", "By Anna Berg"] {
            XCTAssertFalse(body.contains(unwanted), "body contains \(unwanted)")
        }
    }

    func testFurnitureLinesInOtherLanguagesAreLeftOut() {
        let body = """
            Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss wieder aufzubauen.

            Weiterlesen
            Teilen

            Lire aussi :

            Los trabajos comenzarán en primavera, dijo el alcalde.
            Compartir

            Bild: Anna Berg

            Читайте также

            Czytaj także:
            Prace mają się rozpocząć wiosną.
            """
        XCTAssertEqual(
            HTMLArticleReader.removingBoilerplateLines(body),
            "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss wieder aufzubauen.\n\n"
                + "Los trabajos comenzarán en primavera, dijo el alcalde.\n\nPrace mają się rozpocząć wiosną."
        )
    }

    /// A page's own prose, two paragraphs long enough to be the article.
    private static let prose = """
        <p>A câmara municipal aprovou na terça-feira a reconstrução da velha ponte sobre o rio, depois de dois anos de debate, disse o presidente.</p>
        <p>As obras começam na primavera e devem durar três anos, segundo o plano apresentado aos vereadores, que votaram por larga maioria.</p>
        """

    /// Teasers of other articles: long excerpts, so that they outweigh the article itself.
    private static func teasers(_ count: Int) -> String {
        (0..<count).map { number in
            "<article class='post teaser'><h2><a href='/t\(number)'>Outro texto \(number)</a></h2><p>Um trecho longo de outro artigo, número \(number), sobre a vida, a esperança, o otimismo e a coragem de esperar o melhor, com vírgulas, pausas e mais palavras …</p></article>"
        }.joined()
    }

    func testBlocksOfTeasersUnderARelatedHeadingAreLeftOut() throws {
        let headings = [
            "<h3>Você pode gostar...</h3>", "<h3 class='relatedpoststitle'>Mais para ler</h3>", "<div>Lesen Sie auch:</div>",
            "<h2>You may also like</h2>", "<h4>関連記事</h4>",
        ]
        for heading in headings {
            let html = "<html><body><main><article><h1>Ponte</h1>" + Self.prose + "</article><section>" + heading
                + Self.teasers(4) + "</section></main></body></html>"
            let article = try XCTUnwrap(read(html), heading)
            XCTAssertTrue(article.body.hasPrefix("A câmara municipal aprovou"), heading + ": " + article.body)
            XCTAssertFalse(article.body.contains("Outro texto") || article.body.contains("Um trecho"), heading + ": " + article.body)
        }
    }

    func testARelatedHeadingDoesNotDropTheArticleItself() throws {
        // The article opens with a "related" box and holds the headline: only the box goes.
        let html = "<html><body><article><aside><h3>Related</h3><ul><li><a href='/a'>Older story</a></li></ul></aside>"
            + "<h1>Ponte</h1>" + Self.prose + "</article></body></html>"
        let article = try XCTUnwrap(read(html))
        XCTAssertTrue(article.body.contains("A câmara municipal aprovou"), article.body)
        XCTAssertFalse(article.body.contains("Older story"), article.body)
        // A block whose first text is prose is not a related block, whatever follows.
        let prose = "<html><body><div>" + Self.prose + "<h3>Veja também</h3><p>Mais uma frase do mesmo artigo, longa o bastante para contar como texto.</p></div></body></html>"
        XCTAssertTrue(try XCTUnwrap(read(prose)).body.contains("Mais uma frase do mesmo artigo"))
    }

    func testTagListsAreLeftOutButTagLinksInProseKept() throws {
        let html = "<html><body><article><h1>Ponte</h1>" + Self.prose
            + "<p>A viagem ao <a rel='tag' href='/tag/espaco'>espaço profundo</a> continua, disse a agência espacial, com novos testes.</p>"
            + "<p><strong>Tags<br><a rel='tag' href='/tag/a'>ponte velha</a>, <a rel='category tag' href='/tag/b'>obras públicas</a>, <a rel='tag' href='/tag/c'>rio</a></strong></p>"
            + "</article></body></html>"
        let article = try XCTUnwrap(read(html))
        XCTAssertTrue(article.body.contains("A viagem ao espaço profundo continua"), article.body)
        XCTAssertFalse(article.body.contains("ponte velha") || article.body.contains("obras públicas"), article.body)
    }

    func testParagraphsHeadingsAndInlineJoining() throws {
        let html = """
            <html><body><article>
            <h2>Heading</h2><p>Some <b>bold</b>text and <a href="/x">a link</a>, joined like<i>this</i>. Then more words follow here to make the paragraph long enough.</p>
            <p>Line one<br>line two of a second paragraph that also has enough words in it to count.</p>
            <table><tr><td>Harbour A</td><td>Cell B</td></tr><tr><td>Harbour C</td><td>Cell D</td></tr></table>
            </article></body></html>
            """
        let article = try XCTUnwrap(read(html))
        XCTAssertEqual(
            article.body,
            "Heading\n\nSome boldtext and a link, joined likethis. Then more words follow here to make the paragraph long enough."
                + "\n\nLine one\nline two of a second paragraph that also has enough words in it to count.\n\nHarbour A Cell B\nHarbour C Cell D"
        )
    }

    func testCaptionsBylinesAndHeadlineAreLeftOut() throws {
        let html = """
            <html><head><title>Storm Floods the Old Quay</title></head><body><div class="story">
            <h1>Storm Floods the Old Quay</h1>
            <div class="meta"><span class="date">18 September 2023</span></div>
            <figure><img src="q.jpg"><figcaption>The quay at high tide (Image: Port News)</figcaption></figure>
            <p>The storm pushed the tide over the old quay on Sunday night, flooding the fish market and two cafés.</p>
            <p>Clean-up crews worked through the morning, and the market reopened, a little damp, by noon.</p>
            </div></body></html>
            """
        let article = try XCTUnwrap(read(html))
        XCTAssertEqual(
            article.body,
            "The storm pushed the tide over the old quay on Sunday night, flooding the fish market and two cafés.\n\n"
                + "Clean-up crews worked through the morning, and the market reopened, a little damp, by noon."
        )
    }

    func testPostInsideABlogWidgetWithLineBreaksIsFound() throws {
        let html = """
            <html><body><div class="sidebar"><a href="/1">Archive</a> <a href="/2">Labels</a></div>
            <div class="widget Blog"><div class="post hentry"><div class="post-body">
            The village choir sang at the harbour festival on Saturday, for the first time in ten years.<br><br>
            Hundreds of visitors listened from the boats, and the mayor, who sings bass, joined for the last song.
            </div></div></div></body></html>
            """
        let article = try XCTUnwrap(read(html))
        XCTAssertTrue(article.body.hasPrefix("The village choir sang"), article.body)
        XCTAssertTrue(article.body.contains("joined for the last song."))
        XCTAssertFalse(article.body.contains("Archive"))
    }

    func testLongParagraphsRepeatedUnderSlidesAppearOnce() {
        let caption = "Photo: the harbour festival drew its largest crowd in a decade, the organisers said on Sunday."
        let body = [caption, "Short line", "Short line", caption, "Last paragraph."].joined(separator: "\n\n")
        XCTAssertEqual(
            HTMLArticleReader.removingRepeatedParagraphs(body),
            [caption, "Short line", "Short line", "Last paragraph."].joined(separator: "\n\n")
        )
    }

    func testEmptyPagesGiveNil() {
        XCTAssertNil(read(""))
        XCTAssertNil(read("<html><head><title>Nothing</title></head><body></body></html>"))
        XCTAssertNil(read("<html><body><script>var x = 1;</script><nav><a href='/'>Home</a></nav></body></html>"))
    }

    func testNULBytesAndInvalidNestingDoNotBreakReading() throws {
        var bytes = Array("<html><body><div><p>First <b>bold <i>para</b> graph</i> with a NUL".utf8)
        bytes.append(0)
        bytes += Array(" byte inside it and enough text to be the main content of the page.</div></span></p><p>Second paragraph here.</table></body>".utf8)
        let article = try XCTUnwrap(HTMLArticleReader.read(html: bytes, url: nil, locator: SourceLocator(path: "nul.html")))
        XCTAssertTrue(article.body.contains("First bold para graph with a NUL"), article.body)
        XCTAssertFalse(article.body.unicodeScalars.contains("\u{0}"))
    }

    func testDeeplyNestedDivsDoNotOverflowTheStack() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "<p>Deep text that is long enough to be the article, with a comma, and more.</p>"
            + String(repeating: "</div>", count: depth)
        let start = Date()
        let article = read(html)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        if let article { XCTAssertTrue(article.body.contains("Deep text")) }
    }

    func testStructuredBodyIsUsedWhenThePageHasNoText() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quiet Day","articleBody":"Nothing much happened in the village today, the mayor reported to the council."}</script></head>
            <body><div id="app"></div></body></html>
            """
        let article = try XCTUnwrap(read(html))
        XCTAssertEqual(article.title, "Quiet Day")
        XCTAssertEqual(article.body, "Nothing much happened in the village today, the mayor reported to the council.")
    }

    func testPlainTextFromFragment() {
        XCTAssertEqual(
            HTMLArticleReader.plainText(fromFragment: "<p>One &amp; <em>two</em>.</p><p>Three<br/>four</p><script>x()</script>"),
            "One & two.\n\nThree\nfour"
        )
        XCTAssertEqual(HTMLArticleReader.plainText(fromFragment: "  just   text  "), "just text")
        XCTAssertEqual(HTMLArticleReader.plainText(fromFragment: ""), "")
        XCTAssertEqual(HTMLArticleReader.plainText(fromFragment: "<ul><li>a</li><li>b</li></ul>"), "a\nb")
    }

    func testConcurrentReadsAreSafe() throws {
        let bytes = try htmlFixtureBytes("html/jsonld-graph.html")
        let expected = HTMLArticleReader.read(html: bytes, url: nil, locator: SourceLocator(path: "a"))?.body
        let results = HTMLResultBox()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            results.append(HTMLArticleReader.read(html: bytes, url: nil, locator: SourceLocator(path: "a"))?.body)
        }
        XCTAssertEqual(results.values.count, 16)
        XCTAssertTrue(results.values.allSatisfy { $0 == expected && $0 != nil })
    }
}

/// Collects results from concurrent work (a lock makes it safe to share between threads).
final class HTMLResultBox: @unchecked Sendable {
    // Safe: every access to `storage` holds `lock`.
    private let lock = NSLock()
    private var storage: [String?] = []

    func append(_ value: String?) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    var values: [String?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
