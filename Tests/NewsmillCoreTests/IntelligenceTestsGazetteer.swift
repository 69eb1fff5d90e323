import Foundation
import XCTest
@testable import NewsmillCore

/// The gazetteer's byte-keyed place table against the plain reading of its TSV.
final class IntelligenceTestsGazetteer: XCTestCase {
    /// The bundled TSV's (name, kind, country code) lines, read with `String` operations.
    private func bundledLines(file: String = "gazetteer.tsv") throws -> [(name: String, kind: String, code: String)] {
        let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NewsmillCore/Intelligence/Resources").appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 5, !fields[0].isEmpty else { return nil }
            return (String(fields[0]), String(fields[1]), String(fields[2]))
        }
    }

    /// The tokenizer's list of dotless state abbreviations that keep their period ("Ill.") is the gazetteer's
    /// subdivisions written so, kept in step by hand: each side of the pair must list the same names.
    func testCapitalisedAbbreviationsAreTheGazetteersOwn() throws {
        let inGazetteer = try bundledLines().filter { line in
            line.kind == "S" && line.name.hasSuffix(".") && line.name.dropLast().allSatisfy(\.isLetter)
                && line.name.first?.isUppercase == true && line.name.dropFirst().dropLast().allSatisfy(\.isLowercase)
        }
        XCTAssertEqual(Set(inGazetteer.map { $0.name.dropLast().lowercased() }), Set(AnalysisTokenizer.capitalizedAbbreviations))
    }

    /// `PlaceTable` compares bytes and puts only the looked-up name in NFC, so the names must be NFC.
    func testGazetteerNamesAreNFC() throws {
        for line in try bundledLines() where !line.name.utf8.allSatisfy({ $0 < 0x80 }) {
            XCTAssertEqual(Array(line.name.precomposedStringWithCanonicalMapping.utf8), Array(line.name.utf8), line.name)
        }
    }

    /// towns.tsv holds only towns, sorted, in NFC, none of them a name of gazetteer.tsv (whose resolution
    /// stands), and `town(named:)` finds each with its kind.
    func testTownsAreSortedNFCAndNotInTheGazetteer() throws {
        let towns = try bundledLines(file: "towns.tsv")
        XCTAssertGreaterThan(towns.count, 90_000)
        let gazetteerNames = Set(try bundledLines().map(\.name))
        XCTAssertEqual(towns.map { Array($0.name.utf8) }, towns.map { Array($0.name.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
        let gazetteer = Gazetteer.shared
        XCTAssertNil(gazetteer.loadError)
        for (index, town) in towns.enumerated() {
            XCTAssertEqual(town.kind, "T", town.name)
            XCTAssertFalse(gazetteerNames.contains(town.name), town.name)
            XCTAssertEqual(Array(town.name.precomposedStringWithCanonicalMapping.utf8), Array(town.name.utf8), town.name)
            if index % 97 == 0 { XCTAssertEqual(gazetteer.town(named: town.name)?.kind, .town, town.name) }
        }
        let ahero = try XCTUnwrap(gazetteer.town(named: "Ahero"))
        XCTAssertEqual(ahero.countryCode, "KE")
        XCTAssertEqual(try XCTUnwrap(ahero.latitude), -0.17, accuracy: 0.01)
        XCTAssertNil(gazetteer.place(named: "Ahero"), "towns are not places of the main table")
        XCTAssertNil(gazetteer.town(named: "Police"), "a word is no town")
    }

    /// A city's own name beats another city's alternate name: "Islamabad" is also an old name of Chattogram,
    /// a bigger city, and "Alessandria" the Italian name of Alexandria.
    func testDerivedDemonymsSpareGivenNamesAndSurnames() {
        let gazetteer = Gazetteer.shared
        for demonym in ["iraqi", "syrian", "lebanese", "kenyan", "german", "kenyans"] {
            XCTAssertTrue(gazetteer.isDemonym(demonym), demonym)
        }
        // Cameroon -> "Cameron", France -> "Franci" (plural "Francis"), Albania -> "Albanese": names, not demonyms.
        for name in ["cameron", "francis", "albanese", "jordi"] {
            XCTAssertFalse(gazetteer.isDemonym(name), name)
        }
    }

    func testACitysOwnNameBeatsAnotherCitysAlternateName() {
        XCTAssertEqual(Gazetteer.shared.place(named: "Islamabad")?.countryCode, "PK")
        XCTAssertEqual(Gazetteer.shared.place(named: "Alessandria")?.countryCode, "IT")
    }

    func testPlaceTableFindsWhatADictionaryFinds() throws {
        var lastLine: [String: (kind: String, code: String)] = [:]
        for line in try bundledLines() { lastLine[line.name] = (line.kind, line.code) }
        let gazetteer = Gazetteer.shared
        var checked = 0
        for (name, expected) in lastLine where checked < 3_000 || name.unicodeScalars.contains(where: { !$0.isASCII }) {
            checked += 1
            let place = try XCTUnwrap(gazetteer.places.place(named: name), name)
            let kinds: [String: GazetteerPlace.Kind] = ["C": .country, "S": .state, "P": .city]
            XCTAssertEqual(place.kind, kinds[expected.kind] ?? .ambiguous, name)
            XCTAssertEqual(place.countryCode, expected.code.isEmpty ? nil : expected.code, name)
            XCTAssertEqual(gazetteer.places.kind(named: name), place.kind, name)
        }
        XCTAssertNil(gazetteer.places.kind(named: "Nowhere-in-particular"))
        XCTAssertEqual(gazetteer.placeKind(named: "IRAQ"), .country)
        XCTAssertNil(gazetteer.places.place(named: "Nowhere-in-particular"))
        XCTAssertNil(gazetteer.places.place(named: ""))
        // A decomposed spelling is the same Swift string, so it finds the (NFC) entry.
        let composed = try XCTUnwrap(lastLine.keys.first { $0.unicodeScalars.contains { $0.value == 0x101 } })
        let decomposed = composed.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.utf8), Array(composed.utf8))
        XCTAssertEqual(gazetteer.places.place(named: decomposed), gazetteer.places.place(named: composed))
        XCTAssertTrue(gazetteer.isCountry(named: "Iraq"))
        XCTAssertTrue(gazetteer.isCountry(named: "IRAQ"))
        XCTAssertFalse(gazetteer.isCountry(named: "Baghdad"))
    }

    /// The table of a TSV whose names are out of order or repeated (the last line of a name winning)
    /// finds what a dictionary filled line by line finds; comments, short lines and empty names are
    /// skipped, and names that share their first eight bytes are told apart.
    func testPlaceTableOutOfOrderAndRepeatedNames() {
        let lines = [
            "# comment\tC\tXX\t1\t2",
            "Springfield\tP\tUS\t39.8\t-89.6",
            "Abcdefghij\tP\tAA\t1\t1",
            "Abcdefgh\tS\tAB\t2\t2",
            "Abcdefghi\tC\tAC\t3\t3",
            "Short\tP\tSH",
            "\tP\tEM\t0\t0",
            "Springfield\t?\t\t\t",
            "Zürich\tP\tCH\t47.4\t8.5",
            "A\tP\tA1\t0\t0",
            "Abcdefghij\tC\tAD\t4\t4",
        ]
        let table = PlaceTable(tsv: Data(lines.joined(separator: "\n").utf8))
        XCTAssertEqual(table.countryLineNames, ["Abcdefghi", "Abcdefghij"])
        XCTAssertEqual(table.countryNames(), ["Abcdefghi", "Abcdefghij"])
        XCTAssertEqual(table.place(named: "Springfield"), GazetteerPlace(kind: .ambiguous))
        XCTAssertEqual(table.place(named: "Abcdefghij"), GazetteerPlace(kind: .country, countryCode: "AD", latitude: 4, longitude: 4))
        XCTAssertEqual(table.place(named: "Abcdefgh")?.countryCode, "AB")
        XCTAssertEqual(table.place(named: "Abcdefghi")?.countryCode, "AC")
        XCTAssertEqual(table.place(named: "A")?.countryCode, "A1")
        XCTAssertEqual(table.place(named: "Zu\u{308}rich")?.countryCode, "CH")
        for missing in ["Short", "# comment", "", "Abcdefg", "Abcdefghijk", "B", "Springfiel"] {
            XCTAssertNil(table.place(named: missing), missing)
        }
        let empty = PlaceTable(tsv: Data())
        XCTAssertNil(empty.place(named: "Springfield"))
    }

    /// The hash table keeps a repeated name's last line, also for `countryNames()`, and matches whole
    /// names only (not a line that merely starts with the name and a tab).
    func testPlaceTableRepeatedCountryNamesAndTabs() {
        let lines = [
            "Georgia\tC\tGE\t42\t43.5",
            "Georgia\tS\tUS\t32.7\t-83.4",
            "Chad\tP\tXX\t1\t1",
            "Chad\tC\tTD\t15\t19",
            "Chad\tC\tTD\t15\t19",
        ]
        let table = PlaceTable(tsv: Data(lines.joined(separator: "\n").utf8))
        XCTAssertEqual(table.countryLineNames, ["Georgia", "Chad", "Chad"])
        XCTAssertEqual(table.countryNames(), ["Chad"])
        XCTAssertEqual(table.place(named: "Georgia")?.countryCode, "US")
        XCTAssertNil(table.place(named: "Georgia\tC"))
        XCTAssertNil(table.place(named: "Georgi"))
        XCTAssertTrue(Array("Chad".utf8).withUnsafeBufferPointer { table.contains(namedBytes: $0) })
    }

    /// The screens answer "certainly not" only where the look-ups find nothing, and they rule out
    /// ordinary words.
    /// `knowsPlace(joining:)` and `placeKind(joining:)` screen runs of tokens through the bit filter before making their
    /// text; they must answer as the look-ups of the joined text do, for every run, including those with "The", capitals
    /// and accents.
    func testKnowsPlaceOfTokensAnswersAsTheJoinedTextsLookUp() {
        let gazetteer = Gazetteer.shared
        let text = AnalysisText("""
        The Gambia and the Netherlands met in NEW YORK, near Sadr City and Baghdad; Port of Spain, Dar es Salaam, Côte d'Ivoire \
        and Zürich sent envoys. Polls in Springfield, Xyzzyville and The Hague closed as U.S. officials in Washington said so.
        """)
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, firstParagraph: 0, lexicon: gazetteer.lexicon, into: &tokens)
        var known = 0
        for start in tokens.indices {
            for end in (start + 1)...min(tokens.count, start + 4) {
                let joined = EntityRecognizer.joinedTexts(tokens[start..<end])
                let expected = gazetteer.knowsPlace(named: joined)
                XCTAssertEqual(gazetteer.knowsPlace(joining: tokens[start..<end]), expected, joined)
                XCTAssertEqual(gazetteer.placeKind(joining: tokens[start..<end]), gazetteer.placeKind(named: joined), joined)
                if expected { known += 1 }
            }
        }
        XCTAssertGreaterThan(known, 10, "the runs include places the gazetteer knows")
    }

    func testScreensNeverContradictTheLookUps() throws {
        let gazetteer = Gazetteer.shared
        var names = ["Iraq", "IRAQ", "iraq", "The Gambia", "the Gambia", "Gambia", "The Netherlands", "Netherlands",
                     "NEW YORK", "New York", "Baghdad", "Sadr City", "Springfield", "Xyzzyville", "Polls", "The",
                     "Georgia", "Chad", "Turkey", "United States", "U.S.", "Côte d'Ivoire", "Zürich", "", "a"]
        names += try bundledLines().prefix(2_000).map(\.name)
        var ruledOutWords = 0
        for name in names {
            if gazetteer.certainlyNoPlace(named: name) {
                XCTAssertNil(gazetteer.place(named: name), name)
                if !name.isEmpty { ruledOutWords += 1 }
            }
            var bytes = name
            let notCountry = bytes.withUTF8 { utf8 in
                utf8.allSatisfy({ $0 < 0x80 }) && gazetteer.certainlyNotCountry(asciiName: utf8)
            }
            if notCountry { XCTAssertFalse(gazetteer.isCountry(named: name), name) }
        }
        for word in ["Polls", "Xyzzyville", "Tuesday", "Smithsonianish"] {
            XCTAssertTrue(gazetteer.certainlyNoPlace(named: word) || gazetteer.place(named: word) != nil, word)
        }
        XCTAssertTrue(Array("Xyzzyville".utf8).withUnsafeBufferPointer { gazetteer.certainlyNotCountry(asciiName: $0) })
        XCTAssertFalse(Array("Iraq".utf8).withUnsafeBufferPointer { gazetteer.certainlyNotCountry(asciiName: $0) })
        XCTAssertFalse(gazetteer.certainlyNoPlace(named: "The Xyzzyville"), "a leading The is looked up again without it")
        XCTAssertFalse(gazetteer.certainlyNoPlace(named: "XYZZYVILLE"), "a name in capitals is looked up again titled")
    }

    func testHashBitFilterNeverDeniesAnInsertedHashAndDeniesMostOthers() {
        var filter = HashBitFilter(minimumBits: 8 * 1_000)
        var generator = SplitMix64(seed: 7)
        let inserted = (0..<1_000).map { _ in generator.next() }
        for hash in inserted { filter.insert(hash) }
        XCTAssertTrue(inserted.allSatisfy { filter.mayContain($0) })
        let others = (0..<10_000).map { _ in generator.next() }
        let admitted = others.filter { filter.mayContain($0) }.count
        // One hash per entry and eight bits per entry: about 1 - e^(-1/8), 12%, of other hashes get through.
        XCTAssertLessThan(admitted, 2_000, "\(admitted) of 10,000 other hashes admitted")
    }

    /// `knowsPlace(named:)` answers as `place(named:) != nil` does, through the same look-ups, for every bundled
    /// name and for forms only the look-ups find ("The Gambia" without "The", a dateline in capitals).
    func testKnowsPlaceAnswersAsPlaceDoes() throws {
        let gazetteer = Gazetteer.shared
        var names = try bundledLines().map(\.name)
        names += ["The Gambia", "the Bahamas", "WASHINGTON", "NEW YORK", "São Paulo", "Sao Paulo", "Police", "Nowhere Town", "", "THE"]
        for name in names {
            XCTAssertEqual(gazetteer.knowsPlace(named: name), gazetteer.place(named: name) != nil, name)
        }
        XCTAssertTrue(gazetteer.knowsPlace(named: "WASHINGTON"))
        XCTAssertFalse(gazetteer.knowsPlace(named: "Nowhere Town"))
    }
}
