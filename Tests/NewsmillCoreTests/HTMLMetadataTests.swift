import Foundation
import XCTest

@testable import NewsmillCore

final class HTMLMetadataTests: XCTestCase {
    private func metadata(_ html: String, url: String? = nil) throws -> HTMLMetadata {
        let tree = try XCTUnwrap(HTMLParser.parse(Array(html.utf8)))
        return HTMLMetadataReader.read(tree, url: url, now: Date(timeIntervalSince1970: 1_700_000_000))
    }

    func testJSONLDGraphWithAuthorArray() throws {
        let bytes = try htmlFixtureBytes("html/jsonld-graph.html")
        let tree = try XCTUnwrap(HTMLParser.parse(bytes))
        let meta = HTMLMetadataReader.read(tree, url: "https://rivertown.example/politics/2022/03/tram-line?x=1")
        XCTAssertEqual(meta.title, "City Council Approves New Tram Line")
        XCTAssertEqual(meta.authors, ["Anna Berg", "Tomas Weil"])
        XCTAssertEqual(meta.published, PartialDate(value: "2022-03-14T08:30:00Z", precision: .second))
        XCTAssertEqual(meta.modified, PartialDate(value: "2022-03-14T10:00:00Z", precision: .second))
        XCTAssertEqual(meta.publication, "Rivertown Daily")
        XCTAssertEqual(meta.language, "de")
        XCTAssertEqual(meta.summary, "The council voted 31 to 12 for the eastern tram extension.")
        XCTAssertEqual(meta.canonicalURL, "https://rivertown.example/politics/2022/03/tram-line")
        XCTAssertEqual(meta.categories, ["transport", "trams", "council", "Politics"])
    }

    func testSectionAndMainImageFromOpenGraphJSONLDAndLinks() throws {
        let openGraph = try metadata("""
            <html><head><meta property="article:section" content="Politics">
            <meta property="og:image" content="/img/tram.jpg"><meta name="twitter:image" content="https://cdn.example/t.jpg">
            </head><body><p>Text</p></body></html>
            """, url: "https://rivertown.example/2022/03/tram")
        XCTAssertEqual(openGraph.section, "Politics")
        XCTAssertEqual(openGraph.image, "https://rivertown.example/img/tram.jpg", "relative og:image resolved against the page")

        let jsonLD = try metadata("""
            <html><head><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Tram", "articleSection": ["Transport", "City"],
             "image": [{"@type": "ImageObject", "url": "https://rivertown.example/img/a.jpg", "width": 1200}]}
            </script></head><body><p>Text</p></body></html>
            """)
        XCTAssertEqual(jsonLD.section, "Transport")
        XCTAssertEqual(jsonLD.image, "https://rivertown.example/img/a.jpg")
        XCTAssertTrue(jsonLD.categories.contains("City"))

        let linkOnly = try metadata("""
            <html><head><link rel="image_src" href="https://rivertown.example/img/b.png"></head><body><p>Text</p></body></html>
            """)
        XCTAssertEqual(linkOnly.image, "https://rivertown.example/img/b.png")
        XCTAssertNil(linkOnly.section)

        let none = try metadata("<html><head><title>T</title></head><body><p>Text</p></body></html>")
        XCTAssertNil(none.image)
        XCTAssertNil(none.section)
    }

    func testOpenGraphBylineAndTimeElement() throws {
        let bytes = try htmlFixtureBytes("html/opengraph-time.html")
        let article = try XCTUnwrap(HTMLArticleReader.read(html: bytes, url: nil, locator: SourceLocator(path: "b.html")))
        XCTAssertEqual(article.title, "Lighthouse Keeper Retires After 40 Years")
        XCTAssertEqual(article.authors, ["Jane Doe"])
        XCTAssertEqual(article.published, PartialDate(value: "2019-06-04T12:00:00Z", precision: .second))
        XCTAssertEqual(article.url, "https://coast.example/2019/06/04/lighthouse-keeper")
        XCTAssertEqual(article.language, "en")
        XCTAssertEqual(article.publication, "Coast Times")
        XCTAssertEqual(article.summary, "The last keeper of the North Point light hands over the keys.")
        XCTAssertEqual(article.categories, ["Local", "lighthouses"])
        XCTAssertTrue(article.body.hasPrefix("After forty years"), article.body)
        XCTAssertFalse(article.body.contains("Most read"))
        XCTAssertFalse(article.body.contains("Staff Writer"))
        XCTAssertFalse(article.body.contains("Share"))
    }

    func testJSONLDObjectWithStringAuthorAndMetaDates() throws {
        let meta = try metadata("""
            <html><head><title>Site Name - A Long Headline About The Harbour</title>
            <script type="application/ld+json">[{"@type":"Organization","name":"Org"},{"@type":"BlogPosting","headline":"Post","author":"By Ola Nord","keywords":["boats","sea"]}]</script>
            <meta name="pubdate" content="2021-05-05">
            </head><body></body></html>
            """)
        XCTAssertEqual(meta.title, "Post")
        XCTAssertEqual(meta.authors, ["Ola Nord"])
        XCTAssertEqual(meta.published?.value, "2021-05-05")
        XCTAssertEqual(meta.categories, ["boats", "sea"])
    }

    func testMetaAuthorAndDateVariants() throws {
        let meta = try metadata("""
            <html><head><meta name="author" content="By Kari Lund and Per Sand, Reporters">
            <meta name="dc.date" content="Wed, 05 May 2021 08:00:00 +0000"></head><body></body></html>
            """)
        XCTAssertEqual(meta.authors, ["Kari Lund", "Per Sand"])
        XCTAssertEqual(meta.published?.value, "2021-05-05T08:00:00Z")
    }

    func testDateFromURLAndFutureDatesRejected() throws {
        let meta = try metadata(
            "<html><head><meta property='article:published_time' content='2031-01-01T00:00:00Z'></head><body></body></html>",
            url: "https://news.example/2023/09/18/story.html"
        )
        XCTAssertEqual(meta.published, PartialDate(value: "2023-09-18", precision: .day))
    }

    func testTitleSuffixAndPrefixRemoval() {
        XCTAssertEqual(TitleCleaner.clean("Harbour Opens | Port News", siteName: "Port News", headline: nil), "Harbour Opens")
        XCTAssertEqual(TitleCleaner.clean("Port News — Harbour Opens", siteName: "Port News", headline: nil), "Harbour Opens")
        XCTAssertEqual(TitleCleaner.clean("The Harbour Opens Again After Storm - BBC News", siteName: nil, headline: nil), "The Harbour Opens Again After Storm")
        XCTAssertEqual(TitleCleaner.clean("Left - Right", siteName: nil, headline: nil), "Left - Right")
    }

    func testRelativeCanonicalIsResolved() throws {
        let meta = try metadata("<html><head><link rel='canonical' href='../b/c.html'></head></html>", url: "https://x.example/a/d/e.html")
        XCTAssertEqual(meta.canonicalURL, "https://x.example/a/b/c.html")
        let noBase = try metadata("<html><head><link rel='canonical' href='/b/c.html'></head></html>")
        XCTAssertNil(noBase.canonicalURL)
    }

    func testLanguageFromOGLocale() throws {
        XCTAssertEqual(try metadata("<html><head><meta property='og:locale' content='fr_FR'></head></html>").language, "fr")
    }
}
