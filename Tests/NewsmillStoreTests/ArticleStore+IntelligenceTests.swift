import Foundation
import NewsmillCore
@testable import NewsmillStore
import XCTest

/// Article intelligence in the store: the version 2 tables, entity merging, near-duplicate clusters
/// and the read API behind `entities`, `quotes`, `timeline` and `duplicates`.
final class ArticleStoreIntelligenceTests: XCTestCase {
    private static let bridgeBody = """
        Mayor Anna Berglund said on Tuesday that the council in Gothenburg had approved the bridge after three \
        years of debate. “We have waited long enough for this bridge,” said Berglund, who has led the council since 2019.

        The local paper reported that over 200 people attended the meeting at the town hall. The project will \
        cost about $30 million and should open in 2028, according to Anna Berglund.

        Critics from the Green Party said the money would be better spent on ferries. “A bridge is the wrong \
        answer to the right question,” said Erik Nilsson, a Green Party councillor.
        """

    /// A longer report (about 350 words): SimHash needs some length before a one-word edit moves only a
    /// few of its 64 bits.
    private static let longBridgeBody = bridgeBody + """


        The bridge will span the narrow channel between the old fish market and the new residential         quarter on the northern shore, where some four thousand people have moved in over the past decade.         Today they reach the city centre by a ferry that runs every twenty minutes and stops entirely when         the channel freezes, as it did for three weeks last winter.

        Engineers chose a lifting design so that the tall ships which visit the harbour every summer can         still reach the inner basin. The deck will rise in about four minutes, and the council expects it         to open a few times a day during the sailing season and rarely in the rest of the year.

        Shopkeepers near the market welcomed the decision, saying that the crossing would bring customers         from the northern quarter who now do their shopping at the large stores outside the city. Several         of them said they had signed the petition that the residents' association handed to the council         in the spring.

        Construction is due to begin next year once the environmental permits are granted. The contractor         will be chosen in an open tender, and the council has promised to publish the bids and the         reasons for its choice. Residents can follow the work on a website that the city will update         every month until the bridge opens.
        """

    /// An article analysed by the real analyzer, as the worker sends it.
    private func analysed(title: String, body: String, path: String, published: PartialDate? = PartialDate(year: 2024, month: 3, day: 10)) -> Article {
        var article = Sample.article(title: title, body: body, published: published, path: path)
        article.analysis = ArticleAnalyzer().analyze(title: title, body: body, published: published, authors: article.authors)
        return article
    }

    /// An article with a hand-made analysis.
    private func article(_ title: String, simhash: UInt64, entities: [Entity] = []) -> Article {
        var article = Sample.article(title: title, body: "Body of \(title).", path: "/data/\(title).txt")
        article.analysis = ArticleAnalysis(entities: entities, simhash: simhash)
        return article
    }

    func testEveryIntelligenceTableIsFilledForANewArticle() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let bridge = analysed(title: "Council Approves the New Harbour Bridge", body: Self.bridgeBody, path: "/data/bridge.txt")
        let analysis = try XCTUnwrap(bridge.analysis)
        _ = try store.ingest([.init(runID: "r1", articles: [bridge], quarantined: [])])

        XCTAssertEqual(try store.textRows("select simhash from articles"), [[String(Int64(bitPattern: analysis.simhash))]])
        let entities = try store.textRows("select type, name, article_count, mention_count, country_code from entities order by type, name")
        XCTAssertTrue(entities.contains(["person", "Anna Berglund", "1", "3", ""]), "\(entities)")
        XCTAssertTrue(entities.contains(["location", "Gothenburg", "1", "1", "SE"]), "\(entities)")
        XCTAssertEqual(entities.count, analysis.entities.count)
        XCTAssertEqual(
            try store.textRows("select m.surface_forms, m.count from mentions m join entities e on e.id = m.entity_id where e.name = 'Anna Berglund'"),
            [[#"["Anna Berglund","Berglund"]"#, "3"]]
        )
        let quotes = try store.textRows("""
            select e.name, q.speaker, q.text, q.verb from quotes q left join entities e on e.id = q.speaker_entity_id order by q.position
            """)
        XCTAssertEqual(quotes.first, ["Anna Berglund", "Anna Berglund", "We have waited long enough for this bridge", "said"])
        XCTAssertEqual(quotes.count, analysis.quotes.count)
        XCTAssertEqual(try store.textRows("select text, value, precision from dates_mentioned where text = '2019'"), [["2019", "2019", "year"]])
        XCTAssertEqual(
            try store.textRows("select value, unit, qualifier from quantities where unit = 'people'"), [["200.0", "people", "over"]]
        )
        XCTAssertEqual(try store.integer("select count(*) from quantities"), Int64(analysis.quantities.count))
        XCTAssertEqual(try store.integer("select count(*) from simhash_bands"), 4)
        XCTAssertEqual(try store.integer("select count(*) from duplicate_clusters"), 0)
    }

    func testCitationsAndQuoteOutletsAreStored() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        var cited = Sample.article(title: "Cited", body: "Body.", path: "/data/cited.txt")
        cited.analysis = ArticleAnalysis(
            entities: [Entity(type: .organization, name: "Washington Post")],
            quotes: [Quote(speaker: "Unknown Speaker", text: "Words.", verb: "said", via: "Washington Post")],
            quantities: [Quantity(value: 10, unit: "people", text: "10 to 15 people", event: "wounded", maximum: 15, place: "Baghdad")],
            citations: [Citation(name: "Washington Post", date: "2006-11-25"), Citation(name: "Reuters")],
            simhash: 0xFFFF_0000_FFFF_0000
        )
        _ = try store.ingest([.init(runID: "r1", articles: [cited], quarantined: [])])
        XCTAssertEqual(try store.textRows("select name, date from citations order by position"), [["Washington Post", "2006-11-25"], ["Reuters", ""]])
        XCTAssertEqual(try store.textRows("select speaker_entity_id, speaker, via from quotes"), [["", "Unknown Speaker", "Washington Post"]])
        XCTAssertEqual(
            try store.textRows("select value, maximum, event, place from quantities"), [["10.0", "15.0", "wounded", "Baghdad"]]
        )
        // The unsigned SimHash is stored as its signed bit pattern and read back unchanged.
        XCTAssertEqual(try store.textRows("select simhash from articles"), [[String(Int64(bitPattern: 0xFFFF_0000_FFFF_0000))]])
    }

    func testAnEntityIsMergedAcrossArticlesWithSummedMentions() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let first = article("first", simhash: 0x1111_1111_1111_1111, entities: [
            Entity(type: .location, name: "Sadr City", count: 4, countryCode: "IQ", latitude: 33.39, longitude: 44.46),
            Entity(type: .person, name: "Muqtada al-Sadr", mentions: ["al-Sadr", "Sadr"], count: 15),
        ])
        let second = article("second", simhash: 0x2222_2222_2222_2222, entities: [
            Entity(type: .location, name: "Sadr City", count: 2),
            Entity(type: .person, name: "Muqtada al-Sadr", mentions: ["Moqtada"], count: 1),
            Entity(type: .organization, name: "Sadr City", count: 1),
        ])
        _ = try store.ingest([.init(runID: "r1", articles: [first, second], quarantined: [])])
        XCTAssertEqual(
            try store.textRows("select type, name, article_count, mention_count, country_code, latitude from entities order by type, name"),
            [
                ["location", "Sadr City", "2", "6", "IQ", "33.39"],
                ["organization", "Sadr City", "1", "1", "", ""],
                ["person", "Muqtada al-Sadr", "2", "16", "", ""],
            ]
        )
        XCTAssertEqual(try store.integer("select count(*) from mentions"), 5)

        let people = try store.topEntities(type: .person, limit: 10)
        XCTAssertEqual(people.map(\.name), ["Muqtada al-Sadr"])
        XCTAssertEqual(people.first?.mentionCount, 16)
        XCTAssertEqual(try store.topEntities(type: nil, limit: 2).map(\.name), ["Muqtada al-Sadr", "Sadr City"], "articles, then mentions")
        XCTAssertThrowsError(try store.topEntities(type: nil, limit: 0))
    }

    func testALightlyEditedCopyJoinsAClusterAndADifferentArticleDoesNot() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let original = analysed(title: "Council Approves the New Harbour Bridge", body: Self.longBridgeBody, path: "/data/original.txt")
        let edited = analysed(
            title: "Council Approves the New Harbour Bridge",
            body: Self.longBridgeBody.replacingOccurrences(of: "at the town hall", with: "in the town hall"), path: "/data/edited.txt"
        )
        let other = analysed(
            title: "Ferry Service Resumes",
            body: "The ferry between the islands runs again after repairs to its engine, the operator said on Monday.",
            path: "/data/ferry.txt"
        )
        let distance = SimHash.distance(try XCTUnwrap(original.analysis?.simhash), try XCTUnwrap(edited.analysis?.simhash))
        XCTAssertLessThanOrEqual(distance, NearDuplicates.maximumDistance, "the edit is light enough for the fixture")
        _ = try store.ingest([.init(runID: "r1", articles: [original, other], quarantined: [])])
        _ = try store.ingest([.init(runID: "r2", articles: [edited], quarantined: [])])

        XCTAssertEqual(
            try store.textRows("select source_path, cluster_id from articles order by seq"),
            [["/data/original.txt", "1"], ["/data/ferry.txt", ""], ["/data/edited.txt", "1"]]
        )
        XCTAssertEqual(try store.textRows("select id, first_article_seq, article_count from duplicate_clusters"), [["1", "1", "2"]])
        let clusters = try store.duplicateClusters(limit: 10)
        XCTAssertEqual(clusters.count, 1)
        XCTAssertEqual(clusters.first?.articles.map(\.locator), ["/data/original.txt", "/data/edited.txt"])
        XCTAssertEqual(clusters.first?.articles.map(\.distance), [0, distance])
    }

    /// The pigeonhole index finds every hash within 3 bits, however the differing bits fall across the
    /// four 16-bit bands, and nothing 4 bits away.
    func testNearDuplicatesAreFoundWhereverTheDifferingBitsFall() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let base: UInt64 = 0x9E37_79B9_7F4A_7C15
        let articles = [
            article("base", simhash: base),
            article("three-bits-one-band", simhash: base ^ 0b111),
            article("three-bits-three-bands", simhash: base ^ (1 | 1 << 16 | 1 << 32)),
            article("high-bit", simhash: base ^ (1 << 63)),
            article("four-bits-four-bands", simhash: base ^ (1 << 5 | 1 << 21 | 1 << 37 | 1 << 53)),
            article("unrelated", simhash: ~base),
        ]
        _ = try store.ingest([.init(runID: "r1", articles: articles, quarantined: [])])
        XCTAssertEqual(
            try store.textRows("select title, cluster_id from articles order by seq"),
            [
                ["base", "1"], ["three-bits-one-band", "1"], ["three-bits-three-bands", "1"], ["high-bit", "1"],
                ["four-bits-four-bands", ""], ["unrelated", ""],
            ]
        )
        XCTAssertEqual(try store.textRows("select article_count from duplicate_clusters"), [["4"]])
    }

    func testADuplicateAddsNoIntelligenceRows() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let bridge = analysed(title: "Council Approves the New Harbour Bridge", body: Self.bridgeBody, path: "/data/bridge.txt")
        let tables = ["entities", "mentions", "quotes", "dates_mentioned", "quantities", "citations", "simhash_bands", "duplicate_clusters"]
        func counts() throws -> [Int64?] { try tables.map { try store.integer("select count(*) from \($0)") } }
        func entityCounts() throws -> [[String]] { try store.textRows("select name, article_count, mention_count from entities order by id") }

        _ = try store.ingest([.init(runID: "r1", articles: [bridge], quarantined: [])])
        let before = try counts()
        let entitiesBefore = try entityCounts()
        let reports = try store.ingest([.init(runID: "r2", articles: [bridge, bridge], quarantined: [])])
        XCTAssertEqual(reports.first?.duplicates, 2)
        XCTAssertEqual(try counts(), before)
        XCTAssertEqual(try entityCounts(), entitiesBefore)
        XCTAssertEqual(try store.integer("select count(*) from articles where cluster_id is not null"), 0)
    }

    func testAnArticleWithoutAnalysisIsStoredWithoutIntelligence() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        let plain = Sample.article(title: "Plain", body: "No analysis was run on this one.")
        XCTAssertNil(plain.analysis)
        _ = try store.ingest([.init(runID: "r1", articles: [plain], quarantined: [])])
        XCTAssertEqual(try store.textRows("select title, simhash, cluster_id from articles"), [["Plain", "", ""]])
        XCTAssertEqual(try store.integer("select count(*) from simhash_bands"), 0)
    }

    func testQuotesAreFoundBySpeakerNameWordOrMention() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        var article = Sample.article(title: "Quotes", body: "Body.", published: PartialDate(year: 2006, month: 12))
        article.analysis = ArticleAnalysis(
            entities: [
                Entity(type: .person, name: "David Rothkopf"),
                Entity(type: .person, name: "Muqtada al-Sadr", mentions: ["Moqtada"], count: 2),
            ],
            quotes: [
                Quote(speaker: "David Rothkopf", text: "This summit is an act of desperation.", verb: "said", via: "Washington Post"),
                Quote(speaker: "Muqtada al-Sadr", text: "Unity.", verb: "said"),
                Quote(speaker: nil, text: "Anonymous words."),
            ],
            simhash: 1
        )
        _ = try store.ingest([.init(runID: "r1", articles: [article], quarantined: [])])
        XCTAssertEqual(try store.quotes(speaker: "Rothkopf", limit: 10).map(\.text), ["This summit is an act of desperation."])
        XCTAssertEqual(try store.quotes(speaker: "david rothkopf", limit: 10).first?.via, "Washington Post")
        XCTAssertEqual(try store.quotes(speaker: "Moqtada", limit: 10).map(\.speakerEntity), ["Muqtada al-Sadr"])
        XCTAssertEqual(try store.quotes(speaker: "al-Sadr", limit: 10).count, 1)
        XCTAssertEqual(try store.quotes(speaker: "Roth", limit: 10).count, 0, "a part of a word is not a match")
        XCTAssertEqual(try store.quotes(speaker: nil, limit: 10).count, 3)
        XCTAssertEqual(try store.quotes(speaker: nil, limit: 2).count, 2)
    }

    func testTimelineListsArticlesAndTheirDatesInOrder() throws {
        let scratch = try ScratchDirectory()
        let store = try ArticleStore(path: scratch.path("news.db"))
        defer { try? store.close() }
        var december = Sample.article(title: "December", body: "One.", published: PartialDate(year: 2006, month: 12), path: "/d.txt")
        december.analysis = ArticleAnalysis(
            entities: [Entity(type: .location, name: "Sadr City", mentions: ["Sadr city"])],
            dates: [
                MentionedDate(text: "Nov. 23", value: "2006-11-23", precision: .day),
                MentionedDate(text: "Feb. 21", value: "2006-02-21", precision: .day),
            ],
            simhash: 0x0F0F
        )
        var march = Sample.article(title: "March", body: "Two.", published: PartialDate(year: 2007, month: 3, day: 2), path: "/m.txt")
        march.analysis = ArticleAnalysis(
            entities: [Entity(type: .location, name: "Sadr City")],
            dates: [MentionedDate(text: "last week", value: "2007-02-23", precision: .day)],
            simhash: 0xF0F0_0000_0000_0000
        )
        var unrelated = Sample.article(title: "Unrelated", body: "Three.", published: PartialDate(year: 2006, month: 1), path: "/u.txt")
        unrelated.analysis = ArticleAnalysis(
            entities: [Entity(type: .location, name: "Basra")],
            dates: [MentionedDate(text: "Jan. 1", value: "2006-01-01", precision: .day)],
            simhash: 0x00FF_00FF_0000_0000
        )
        _ = try store.ingest([.init(runID: "r1", articles: [december, march, unrelated], quarantined: [])])

        let timeline = try store.timeline(entity: "sadr city")
        XCTAssertEqual(timeline.entities.map(\.name), ["Sadr City"])
        XCTAssertEqual(timeline.articleCount, 2)
        XCTAssertEqual(timeline.events.map(\.date), ["2006-02-21", "2006-11-23", "2006-12", "2007-02-23", "2007-03-02"])
        XCTAssertEqual(timeline.events.map(\.kind), [.mentioned, .mentioned, .published, .mentioned, .published])
        XCTAssertEqual(timeline.events.map(\.title), ["December", "December", "December", "March", "March"])
        XCTAssertEqual(timeline.events.first?.text, "Feb. 21")
        XCTAssertEqual(try store.timeline(entity: "Nowhere").events, [])
        // A form an article uses, when no entity has it as its canonical name.
        XCTAssertEqual(try store.timeline(entity: "Sadr city").entities.map(\.name), ["Sadr City"])
    }
}
