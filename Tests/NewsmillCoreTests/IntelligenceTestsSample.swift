import Foundation
import XCTest
@testable import NewsmillCore

/// The hand-annotated sample article (`shared/samples/iraq-sectarian-killings-2006.*`): every expected
/// list must be found; findings listed under `must_not` must not be.
final class IntelligenceTestsSample: XCTestCase {
    private struct Expected: Decodable {
        struct Published: Decodable { var value: String; var precision: String }
        struct DateItem: Decodable { var text: String; var value: String }
        struct QuoteItem: Decodable { var speaker: String; var contains: String }
        struct Alias: Decodable { var canonical: String; var mentions: [String] }
        struct QuantityItem: Decodable {
            var value: Double; var unit: String; var event: String?; var qualifier: String?; var place: String?
        }
        struct Source: Decodable { var name: String; var date: String? }
        var title: String
        var authors: [String]
        var published: Published
        var dates_mentioned: [DateItem]
        var quotes: [QuoteItem]
        var entities: [String: [String]]
        var aliases: [Alias]
        var quantities: [QuantityItem]
        var cited_sources: [Source]
        var must_not: [String: [String]]
    }

    private static let sampleName = "iraq-sectarian-killings-2006"

    /// `$NEWSMILL_SHARED/samples`, else `<repo>/../shared/samples` (repo found from this file).
    private func samplesDirectory() throws -> URL {
        if let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"], !shared.isEmpty {
            return URL(fileURLWithPath: shared).appendingPathComponent("samples")
        }
        let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/samples")
    }

    private func loadSample() throws -> (analysis: ArticleAnalysis, expected: Expected) {
        let directory = try samplesDirectory()
        let textURL = directory.appendingPathComponent(Self.sampleName + ".txt")
        let expectedURL = directory.appendingPathComponent(Self.sampleName + ".expected.json")
        guard FileManager.default.fileExists(atPath: textURL.path), FileManager.default.fileExists(atPath: expectedURL.path) else {
            throw XCTSkip("sample \(Self.sampleName) not found in \(directory.path); set NEWSMILL_SHARED")
        }
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
        let raw = try String(contentsOf: textURL, encoding: .utf8)
        // Title line, byline line, then the body paragraphs (blank-line separated).
        let paragraphs = raw.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        XCTAssertEqual(paragraphs.first, expected.title)
        let body = paragraphs.dropFirst(2).joined(separator: "\n\n")
        let precision = DatePrecision(rawValue: expected.published.precision) ?? .month
        let analysis = ArticleAnalyzer().analyze(
            title: expected.title, body: body,
            published: PartialDate(value: expected.published.value, precision: precision), authors: expected.authors
        )
        return (analysis, expected)
    }

    func testDatesMentioned() throws {
        let (analysis, expected) = try loadSample()
        for date in expected.dates_mentioned {
            XCTAssertTrue(analysis.dates.contains { $0.text == date.text && $0.value == date.value },
                          "missing date \(date.text) = \(date.value); found \(analysis.dates)")
        }
    }

    func testQuotes() throws {
        let (analysis, expected) = try loadSample()
        for quote in expected.quotes {
            XCTAssertTrue(analysis.quotes.contains { $0.speaker == quote.speaker && $0.text.contains(quote.contains) },
                          "missing quote by \(quote.speaker): \(quote.contains)")
        }
        let viaByFragment = [
            "people in Sadr City would go": "Christian Science Monitor",
            "As we denounce the killings": "Los Angeles Times",
            "the perpetrators of these operations": "Los Angeles Times",
            "This summit is an act of desperation": "Washington Post",
        ]
        for (fragment, outlet) in viaByFragment {
            XCTAssertEqual(analysis.quotes.first { $0.text.contains(fragment) }?.via, outlet, fragment)
        }
        XCTAssertEqual(analysis.quotes.first { $0.text.contains("Without Moqtada") }?.verb, "says")
        // The Rothkopf quote runs over two paragraphs and is joined.
        XCTAssertTrue(analysis.quotes.contains {
            $0.text.contains("unending depth") && $0.text.contains("egregious failure")
        })
        // A book title in single quotes and a quoted noun phrase are not quotes.
        XCTAssertFalse(analysis.quotes.contains { $0.text.hasPrefix("Running the World") })
        XCTAssertFalse(analysis.quotes.contains { $0.text == "senior U.S. intelligence officer" })
    }

    func testEntities() throws {
        let (analysis, expected) = try loadSample()
        for (typeName, names) in expected.entities {
            let type = try XCTUnwrap(EntityType(rawValue: typeName))
            for name in names {
                XCTAssertTrue(analysis.entities.contains { $0.type == type && $0.name == name },
                              "missing \(typeName) \(name)")
            }
        }
        for (typeName, names) in expected.must_not {
            let type = try XCTUnwrap(EntityType(rawValue: typeName))
            for name in names {
                XCTAssertFalse(analysis.entities.contains { $0.type == type && ($0.name == name || $0.mentions.contains(name)) },
                               "\(name) must not be a \(typeName)")
            }
        }
        let iraq = try XCTUnwrap(analysis.entities.first { $0.name == "Iraq" })
        XCTAssertEqual(iraq.countryCode, "IQ")
        XCTAssertEqual(try XCTUnwrap(iraq.latitude), 33, accuracy: 3)
        let baghdad = try XCTUnwrap(analysis.entities.first { $0.name == "Baghdad" })
        XCTAssertEqual(baghdad.countryCode, "IQ")
        XCTAssertEqual(try XCTUnwrap(baghdad.latitude), 33.34, accuracy: 0.1)
        XCTAssertEqual(try XCTUnwrap(baghdad.longitude), 44.40, accuracy: 0.1)
        // No nationality, religious group or boilerplate as an entity.
        for word in ["Shiite", "Sunni", "Iraqi", "American", "Islamist", "Related Articles", "Polls", "Along"] {
            XCTAssertFalse(analysis.entities.contains { $0.name == word }, word)
        }
    }

    func testAliases() throws {
        let (analysis, expected) = try loadSample()
        for alias in expected.aliases {
            let entity = try XCTUnwrap(analysis.entities.first { $0.name == alias.canonical }, alias.canonical)
            for mention in alias.mentions {
                XCTAssertTrue(entity.mentions.contains(mention), "\(alias.canonical) lacks \(mention): \(entity.mentions)")
            }
        }
        let sadr = try XCTUnwrap(analysis.entities.first { $0.name == "Muqtada al-Sadr" })
        XCTAssertGreaterThanOrEqual(sadr.count, 10)
        XCTAssertFalse(sadr.mentions.contains("Sadr City"))
    }

    func testQuantities() throws {
        let (analysis, expected) = try loadSample()
        for item in expected.quantities {
            XCTAssertTrue(analysis.quantities.contains { found in
                found.value == item.value && found.unit == item.unit
                    && (item.event == nil || found.event == item.event)
                    && (item.qualifier == nil || found.qualifier == item.qualifier)
                    && (item.place == nil || found.place == item.place)
            }, "missing quantity \(item); found \(analysis.quantities)")
        }
    }

    func testCitedSources() throws {
        let (analysis, expected) = try loadSample()
        for source in expected.cited_sources {
            XCTAssertTrue(analysis.citations.contains { $0.name == source.name && $0.date == source.date },
                          "missing citation \(source.name) \(source.date ?? "-"); found \(analysis.citations)")
        }
    }

    func testAnalysisIsDeterministicAndCodable() throws {
        let (analysis, expected) = try loadSample()
        let again = try loadSample().analysis
        XCTAssertEqual(analysis, again)
        let decoded = try JSONDecoder().decode(ArticleAnalysis.self, from: JSONEncoder().encode(analysis))
        XCTAssertEqual(decoded, analysis)
        XCTAssertNotEqual(analysis.simhash, 0)
        _ = expected
    }
}
