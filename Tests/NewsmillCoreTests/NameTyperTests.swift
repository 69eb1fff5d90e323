import XCTest
@testable import NewsmillCore

/// The name typer: its weights file, its decision rule, its features, and its place in the recogniser.
final class NameTyperTests: XCTestCase {
    private let analyzer = ArticleAnalyzer()

    private let body = """
    Chief Wilfred Moonias of the Gull Bay First Nation said the force had failed the community.

    “There has to be consequences for what happened here,” Moonias said in Thunder Bay on Monday.
    """

    func testTheShippedModelIsLoaded() {
        XCTAssertGreaterThan(NameTyper.shared.weights.count, 1000, "Resources/name-typer.tsv is read")
        XCTAssertGreaterThanOrEqual(NameTyper.shared.margin, 0)
        XCTAssertGreaterThanOrEqual(NameTyper.shared.dropMargin, 0)
        let bias = NameTypingFeatures.identifier(.bias, 0)
        XCTAssertNotNil(NameTyper.shared.weights[bias], "every name has the bias feature, so it has weights")
    }

    func testTheWeightsFileFormat() {
        let typer = NameTyper(tsv: """
        # comment
        margin\t1.5
        drop-margin\t4
        types-dropped-places\t1
        00000000000000ff\t0.5\t-1\t2\t0
        0000000000000100\t1\t1\t1\t1
        not a line
        0000000000000101\t1\t2
        """)
        XCTAssertEqual(typer.margin, 1.5)
        XCTAssertEqual(typer.dropMargin, 4)
        XCTAssertEqual(typer.rescueMargins, [.location: 0], "the older key")
        XCTAssertEqual(typer.weights.count, 2, "a line without four lanes is skipped")
        XCTAssertEqual(typer.scores([0xff, 0x100, 0x999]), SIMD4(1.5, 0, 3, 1))
        let rescuing = NameTyper(tsv: "types-dropped\tperson:2.5,organization,nonsense:1\n")
        XCTAssertEqual(rescuing.rescueMargins, [.person: 2.5, .organization: 0], "an unknown label is skipped")
    }

    func testAnotherTypeReplacesTheRulesOnlyBeyondTheMargin() {
        // Lanes: none, person, organisation, location.
        let typer = NameTyper(weights: [1: SIMD4(0, 1, 0, 3), 2: SIMD4(0, 0, 0, 1)], margin: 2, dropMargin: 0)
        XCTAssertEqual(typer.type(rule: .person, features: [1]), .person, "location leads by 2, not more")
        XCTAssertEqual(typer.type(rule: .person, features: [1, 2]), .location, "location leads by 3")
        XCTAssertEqual(typer.type(rule: .location, features: [1]), .location)
    }

    func testDroppingANameHasItsOwnMarginAndDroppedNamesStayDropped() {
        let drop = NameTyper(weights: [1: SIMD4(3, 1, 0, 0)], margin: 0, dropMargin: 2.5)
        XCTAssertEqual(drop.type(rule: .person, features: [1]), .person, "no name leads by 2, under the drop margin")
        let eager = NameTyper(weights: [1: SIMD4(3, 1, 0, 0)], margin: 0, dropMargin: 1)
        XCTAssertNil(eager.type(rule: .person, features: [1]))
        let weights: [UInt64: SIMD4<Float>] = [1: SIMD4(0, 5, 0, 0), 2: SIMD4(0, 0, 0, 9)]
        let keeping = NameTyper(weights: weights, margin: 0, dropMargin: 0)
        XCTAssertNil(keeping.type(rule: nil, features: [2]), "a name the rules drop stays dropped")
        let rescuing = NameTyper(weights: weights, margin: 0, dropMargin: 0, rescueMargins: [.location: 0])
        XCTAssertEqual(rescuing.type(rule: nil, features: [2]), .location, "a dropped name may become a place")
        XCTAssertNil(rescuing.type(rule: nil, features: [1]), "but only a type it is allowed")
        let cautious = NameTyper(weights: weights, margin: 0, dropMargin: 0, rescueMargins: [.person: 6, .location: 8])
        XCTAssertNil(cautious.type(rule: nil, features: [1]), "a person leads no name by 5, under its rescue margin")
        XCTAssertEqual(cautious.type(rule: nil, features: [2]), .location, "a place leads by 9, over its margin")
    }

    func testTheFeaturesOfAName() throws {
        let examples = analyzer.nameTypingExamples(title: nil, body: body)
        let moonias = try XCTUnwrap(examples.first { $0.name == "Wilfred Moonias" }, examples.map(\.name).description)
        XCTAssertEqual(moonias.ruleType, "person")
        XCTAssertEqual(Set(moonias.forms), ["Wilfred Moonias", "Moonias"])
        for feature in ["bias=0", "ruleType=1", "wordCount=2", "firstWord=wilfred", "lastWord=moonias", "lastWordEnding=ias",
                        "givenNameFirst=2", "wordBefore=chief", "wordAfter=of", "secondWordAfter=the", "wordAfter=said",
                        "mentionCount=2", "formCount=2"] {
            XCTAssertTrue(moonias.featureNames.contains(feature), "\(feature) in \(moonias.featureNames)")
        }
        XCTAssertEqual(moonias.features.count, moonias.featureNames.count)
        XCTAssertTrue(moonias.features.allSatisfy { $0.count == 16 && UInt64($0, radix: 16) != nil })
        XCTAssertEqual(moonias.features.first, String(NameTypingFeatures.identifier(.bias, 0), radix: 16).leftPadded(to: 16))
        XCTAssertEqual(Set(moonias.features).count, moonias.features.count, "each feature once")
        let bay = try XCTUnwrap(examples.first { $0.name == "Thunder Bay" })
        XCTAssertEqual(bay.ruleType, "location")
        XCTAssertTrue(bay.featureNames.contains("wordBefore=in"), bay.featureNames.description)
    }

    func testTheRecogniserTakesTheTypersOpinion() throws {
        let (text, tokens) = try tokenizedBody(body)
        var recognizer = EntityRecognizer(gazetteer: Gazetteer.shared)
        recognizer.nameTyper = NameTyper(weights: [:], margin: 0, dropMargin: 0)
        let rules = recognizer.recognize(tokens: tokens, text: text)
        XCTAssertEqual(rules.entities.first { $0.name == "Wilfred Moonias" }?.type, .person)
        // A model for which every name the rules call a person is a place.
        let personIsPlace = NameTypingFeatures.identifier(.ruleType, UInt64(NameTyper.Label.person.rawValue))
        recognizer.nameTyper = NameTyper(weights: [personIsPlace: SIMD4(0, 0, 0, 5)], margin: 1, dropMargin: 1)
        let typed = recognizer.recognize(tokens: tokens, text: text)
        XCTAssertEqual(typed.entities.first { $0.name == "Wilfred Moonias" }?.type, .location)
        XCTAssertEqual(typed.entities.first { $0.name == "Thunder Bay" }?.type, .location)
        // And one for which they are no names at all.
        recognizer.nameTyper = NameTyper(weights: [personIsPlace: SIMD4(5, 0, 0, 0)], margin: 1, dropMargin: 1)
        let dropped = recognizer.recognize(tokens: tokens, text: text)
        XCTAssertNil(dropped.entities.first { $0.name == "Wilfred Moonias" })
        XCTAssertFalse(dropped.mentions.contains { $0.cluster >= 0 && dropped.entities[$0.cluster].name == "Wilfred Moonias" })
    }

    func testWhatTheListsAndTheGazetteerKnowStands() throws {
        let (text, tokens) = try tokenizedBody("Pakistan said the talks with the World Bank in South Asia would go on, Moonias said.")
        var recognizer = EntityRecognizer(gazetteer: Gazetteer.shared)
        // A model for which every name is a person, by far.
        let bias = NameTypingFeatures.identifier(.bias, 0)
        recognizer.nameTyper = NameTyper(weights: [bias: SIMD4(0, 50, 0, 0)], margin: 1, dropMargin: 1)
        let found = recognizer.recognize(tokens: tokens, text: text)
        XCTAssertEqual(found.entities.first { $0.name == "Pakistan" }?.type, .location, "a country")
        XCTAssertEqual(found.entities.first { $0.name == "World Bank" }?.type, .organization, "a known organisation")
        XCTAssertEqual(found.entities.first { $0.name == "South Asia" }?.type, .location, "a world region")
        let examples = analyzer.nameTypingExamples(title: nil, body: "Pakistan said the talks with the World Bank would go on.")
        XCTAssertTrue(examples.isEmpty, "no training example either: \(examples.map(\.name))")
    }

    private func tokenizedBody(_ body: String) throws -> (AnalysisText, [AnalysisToken]) {
        let text = AnalysisText(body)
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, firstParagraph: 0, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        return (text, tokens)
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
