import XCTest
@testable import NewsmillCore

/// The hashed word set that holds the long generated name lists.
final class HashedWordSetTests: XCTestCase {
    func testHoldsExactlyTheListedWords() {
        let set = HashedWordSet(wordsOf: "  imran chinedu\nramiz  oluwaseun\n")
        for word in ["imran", "chinedu", "ramiz", "oluwaseun"] {
            XCTAssertTrue(set.contains(word), word)
            XCTAssertTrue(set.contains(hash: SimHash.fnv1a(word.utf8)), word)
        }
        for word in ["", " ", "imra", "imrann", "Imran", "ramiz chinedu", "ramizchinedu"] {
            XCTAssertFalse(set.contains(word), word)
        }
    }

    func testAgreesWithASetOverManyWords() {
        let words = randomWords(count: 5_000, letters: "abcdefghijklmnopqrstuvwxyz", lengths: 2...9)
        let listed = Array(words.prefix(2_500))
        let set = HashedWordSet(wordsOf: listed.joined(separator: " "))
        for word in words {
            XCTAssertEqual(set.contains(word), listed.contains(word), word)
        }
    }

    func testTheGeneratedListsAreLoaded() {
        XCTAssertTrue(AnalysisLexicon.registeredGivenNames.contains("chinedu"))
        XCTAssertTrue(AnalysisLexicon.maleGivenNames.contains("imran"))
        XCTAssertTrue(AnalysisLexicon.femaleGivenNames.contains("chiamaka"))
        XCTAssertTrue(AnalysisLexicon.femaleGivenNames.contains("ngozi"))  // a town's name too: no person cue
        XCTAssertFalse(AnalysisLexicon.registeredGivenNames.contains("ngozi"))
        XCTAssertTrue(AnalysisLexicon.englishWords.contains("world"))
        XCTAssertFalse(AnalysisLexicon.englishWords.contains("kololo"))
        XCTAssertFalse(AnalysisLexicon.englishWords.contains("paris"), "a capitalised entry of the word list")
        XCTAssertFalse(AnalysisLexicon.registeredGivenNames.contains("paris"))
        XCTAssertFalse(AnalysisLexicon.registeredGivenNames.contains("chen"))
    }
}
