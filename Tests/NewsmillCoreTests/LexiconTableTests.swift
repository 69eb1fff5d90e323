import Foundation
import XCTest
@testable import NewsmillCore

/// The word-list table: one look-up at a time, the batch look-up, and the lists' agreement with the sets.
final class LexiconTableTests: XCTestCase {
    /// Words of every kind: in lists, in none, with capitals, longer than the eight bytes a slot holds,
    /// sharing those eight bytes with a listed word, punctuation, non-ASCII.
    private let probeWords = [
        "the", "The", "THE", "said", "Said", "president", "President", "spokeswoman", "spokeswomen", "internationally",
        "european union", "european unions", "middle east", "the balkans", "balkans", "iraqi", "iraqis", "iraqish",
        "xyzzy", "", "a", "i", ".", ",", "“", "’", "mr.", "u.s.", "u.s", "abcdefgh", "abcdefghi", "secretary-general",
        "secretary-generals", "chairwoman", "chairwomen", "über", "año", "jan.", "january", "januarys", "12", "1,000",
    ]

    private func bytes(_ word: String) -> [UInt8] { Array(word.utf8) }

    /// The table's answer one word at a time, as the tokenizer asks for words ending in a period.
    private func single(_ table: LexiconTable, _ word: String) -> AnalysisLexicon.Lists {
        bytes(word).withUnsafeBufferPointer { table.lists(ofASCIILowercased: $0, hash: SimHash.fnv1aOfASCIILowercased($0)) }
    }

    func testSingleLookUpFindsTheListsOfLowercaseWordsAndCapitalisedOnes() {
        let table = Gazetteer.shared.lexicon
        XCTAssertTrue(single(table, "the").contains(.commonWord))
        XCTAssertEqual(single(table, "The"), single(table, "the"), "ASCII capitals are read as lowercase")
        XCTAssertTrue(single(table, "spokeswoman").contains(.roleNoun), "a word longer than the eight bytes a slot keeps")
        XCTAssertFalse(single(table, "spokeswomen").contains(.roleNoun), "same first eight bytes, other word")
        XCTAssertTrue(single(table, "middle east").contains(.worldRegion))
        XCTAssertTrue(single(table, "the balkans").contains(.worldRegion))
        XCTAssertEqual(single(table, "xyzzy"), [])
        XCTAssertEqual(single(table, ""), [])
    }

    /// The batch look-up gives, word for word, the single look-up's answer, for words placed anywhere in
    /// a text and in any number.
    func testBatchLookUpAgreesWithSingleLookUps() {
        let table = Gazetteer.shared.lexicon
        var text: [UInt8] = []
        var queries: [LexiconTable.Query] = []
        var expected: [AnalysisLexicon.Lists] = []
        var generator = SplitMix64(seed: 0x1E71_C0DE)
        for _ in 0..<2_000 {
            let word = probeWords[Int(generator.next() % UInt64(probeWords.count))]
            text.append(contentsOf: " ".utf8)
            let start = text.count
            text.append(contentsOf: word.utf8)
            let hash = text.withUnsafeBufferPointer { SimHash.fnv1aOfASCIILowercased(UnsafeBufferPointer(rebasing: $0[start..<text.count])) }
            queries.append(LexiconTable.Query(start: Int32(start), end: Int32(text.count), hash: hash))
            expected.append(single(table, word))
        }
        let found = text.withUnsafeBufferPointer { table.lists(of: queries, in: $0) }
        XCTAssertEqual(found, expected)
        XCTAssertEqual(text.withUnsafeBufferPointer { table.lists(of: [], in: $0) }, [])
    }

    /// A table built from a few lists answers for every listed word and for none other, whichever words
    /// share a slot's eight-byte prefix.
    func testSmallTableFindsItsEntriesAndOnlyThem() {
        let lists: [(AnalysisLexicon.Lists, [String])] = [
            (.commonWord, ["alpha", "alphabetical", "alphabetically", "beta"]),
            (.title, ["beta", "Gamma", "delta-epsilon"]),
        ]
        let table = LexiconTable(lists)
        XCTAssertEqual(single(table, "beta"), [.commonWord, .title])
        XCTAssertEqual(single(table, "alphabetical"), .commonWord)
        XCTAssertEqual(single(table, "alphabetically"), .commonWord)
        XCTAssertEqual(single(table, "alphabeticalx"), [])
        XCTAssertEqual(single(table, "DELTA-EPSILON"), .title)
        XCTAssertEqual(single(table, "gamma"), [], "an entry with a capital never matches a lowercase word")
        XCTAssertEqual(single(table, "alph"), [])
    }

    /// `AnalysisLexicon.isSurname` (by the token's hash) answers as the set does for the token's lowercase
    /// text, for words, numbers, punctuation and non-ASCII, and finds the census surnames.
    func testIsSurnameAgreesWithTheSet() {
        let text = AnalysisText("Magic Johnson met GARCIA, garcia and Müller & García near 42 O'Brien streets; Polls said no.")
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        for token in tokens {
            XCTAssertEqual(AnalysisLexicon.isSurname(token), AnalysisLexicon.surnames.contains(token.lower), token.text)
        }
        XCTAssertEqual(tokens.filter { AnalysisLexicon.isSurname($0) }.map(\.text), ["Johnson", "GARCIA", "garcia"])
    }

    /// `EntityRecognizer` answers list membership of ASCII keys from the table's bytes; that agrees with
    /// `Set<String>` only if no entry could equal an ASCII string with other bytes.
    func testListEntriesCompareAsBytes() {
        let sets: [(String, Set<String>)] = [
            ("knownOrganizations", AnalysisLexicon.knownOrganizations), ("knownOutlets", AnalysisLexicon.knownOutlets),
            ("worldRegions", AnalysisLexicon.worldRegions),
        ]
        for (name, set) in sets {
            for entry in set where !entry.utf8.allSatisfy({ $0 < 0x80 }) {
                XCTAssertFalse(AnalysisTokenizer.mayEqualASCIIText(entry), "\(name): \(entry)")
            }
        }
        XCTAssertTrue(USNameLists.surnames.utf8.allSatisfy { $0 < 0x80 }, "AnalysisLexicon.isSurname")
        let table = Gazetteer.shared.lexicon
        for region in AnalysisLexicon.worldRegions { XCTAssertTrue(single(table, region).contains(.worldRegion), region) }
        for organization in AnalysisLexicon.knownOrganizations where organization.utf8.allSatisfy({ $0 < 0x80 && $0 &- 65 >= 26 }) {
            XCTAssertTrue(single(table, organization).contains(.knownOrganization), organization)
        }
    }
}
