import XCTest
@testable import NewsmillCore

/// The analysers' fixed word sets, looked up by string and by a token's hash.
final class WordSetTests: XCTestCase {
    func testHoldsExactlyItsWords() {
        let set: WordSet = ["said", "told", "he’d", "&", "said"]
        for word in ["said", "told", "he’d", "&"] { XCTAssertTrue(set.contains(word), word) }
        for word in ["", "Said", "sai", "saids", "he'd", "and", "&&"] { XCTAssertFalse(set.contains(word), word) }
        XCTAssertEqual(Set(set), ["said", "told", "he’d", "&"])
    }

    /// A token is in the set exactly when its lowercase text is, for words, numbers, punctuation (which
    /// carries no hash) and non-ASCII words.
    func testTokenLookUpAgreesWithTheString() {
        let set: WordSet = ["said", "&", "“", "müller", "2019", "o'brien", "u.s."]
        let text = AnalysisText("Müller SAID in 2019 that O'Brien & the U.S. said “no” and Said; said's sayings.")
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        var found: [String] = []
        for index in tokens.indices {
            XCTAssertEqual(set.contains(lowerOf: index, in: tokens), set.contains(tokens[index].lower), tokens[index].text)
            if set.contains(lowerOf: index, in: tokens) { found.append(tokens[index].text) }
        }
        XCTAssertEqual(found, ["Müller", "SAID", "2019", "O'Brien", "&", "U.S.", "said", "“", "Said", "said"])
    }

    func testAgreesWithASetOverManyWords() {
        let words = randomWords(count: 4_000, letters: "abcdefghijklmnopqrstuvwxyzäö’-", lengths: 1...9)
        let listed = Set(words.prefix(2_000))
        let set = WordSet(listed)
        for word in words { XCTAssertEqual(set.contains(word), listed.contains(word), word) }
        XCTAssertEqual(Set(set), listed)
    }
}
