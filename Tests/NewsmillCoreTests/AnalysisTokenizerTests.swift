import Foundation
import XCTest
@testable import NewsmillCore

/// The tokenizer's cost-saving parts: the scalar-class cache, the inline byte comparison, repeated tokens
/// and the word lists looked up in one batch per text.
final class AnalysisTokenizerTests: XCTestCase {
    private func tokenize(_ string: String, title: String? = nil) -> (tokens: [AnalysisToken], text: AnalysisText) {
        let text = AnalysisText(title.map { $0 + "\n\n" + string } ?? string)
        var tokens: [AnalysisToken] = []
        AnalysisTokenizer.tokenize(text, firstParagraph: title == nil ? 0 : -1, lexicon: Gazetteer.shared.lexicon, into: &tokens)
        return (tokens, text)
    }

    /// The cache answers as the Unicode properties do, also for scalars that share a slot and after
    /// they have pushed each other out.
    func testScalarClassesAgreeWithTheProperties() {
        var classes = AnalysisTokenizer.ScalarClasses()
        let scalars = (0x80..<0x3000).compactMap(Unicode.Scalar.init) + ["\u{1F600}", "\u{20000}", "\u{E0001}"]
        for round in 0..<2 {
            for scalar in scalars {
                let bits = classes.classes(of: scalar)
                XCTAssertEqual(bits & AnalysisTokenizer.ScalarClasses.word != 0, AnalysisTokenizer.isWordScalar(scalar), "\(round) \(scalar.value)")
                XCTAssertEqual(bits & AnalysisTokenizer.ScalarClasses.digit != 0, AnalysisTokenizer.isDigit(scalar), "\(round) \(scalar.value)")
                XCTAssertEqual(bits & AnalysisTokenizer.ScalarClasses.space != 0, AnalysisTokenizer.isSpace(scalar), "\(round) \(scalar.value)")
            }
        }
    }

    func testBytesEqualComparesEveryByte() {
        let left = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for count in 0...left.count {
            for changed in 0..<count {
                var right = left
                right[changed] ^= 0x20
                left.withUnsafeBufferPointer { l in
                    right.withUnsafeBufferPointer { r in
                        XCTAssertTrue(AnalysisTokenizer.bytesEqual(l.baseAddress!, l.baseAddress!, count: count))
                        XCTAssertFalse(AnalysisTokenizer.bytesEqual(l.baseAddress!, r.baseAddress!, count: count), "\(count) \(changed)")
                    }
                }
            }
        }
    }

    /// Only U+037E, U+1FEF and U+212A decompose canonically to ASCII (checked over the first three planes,
    /// where every scalar with a canonical decomposition is).
    func testOnlyThreeScalarsDecomposeToASCII() {
        var found: [UInt32] = []
        for value in UInt32(0x80)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            if decomposed.utf8.allSatisfy({ $0 < 0x80 }) { found.append(value) }
        }
        XCTAssertEqual(found, [0x037E, 0x1FEF, 0x212A])
        XCTAssertTrue(AnalysisTokenizer.mayEqualASCIIText("a\u{212A}b"))
        XCTAssertFalse(AnalysisTokenizer.mayEqualASCIIText("café"))
    }

    /// Every token's word lists are those of its lowercase form looked up on its own, with the flag bits,
    /// although most are looked up in the batch at the end of the text and repeated tokens copy theirs.
    func testWordListsEqualSingleLookUps() {
        let body = """
        The president said on Tuesday that the U.S. will not attend. “It is over,” said Mr. Smith, the spokeswoman’s \
        boss. The spokeswoman, who declined, said the twenty-five al-Sadr supporters met in Baghdad's Sadr City.

        THE PRESIDENT SAID: “Über año 3,000 people.” Dr. Jones’s team, the Smiths’ house. The End. the end.
        Ramiz Halilovic met Tuesday's British envoy.
        """
        let (tokens, text) = tokenize(body, title: "President Says U.S. Will Act")
        let lexicon = Gazetteer.shared.lexicon
        for token in tokens {
            var expected: AnalysisLexicon.Lists = []
            if token.kind == .punct, token.text == "'s" {
                // A possessive split off a word is made with no lists.
            } else if token.kind == .punct {
                expected = text.utf8.withUnsafeBufferPointer { bytes in
                    let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
                    return lexicon.lists(ofASCIILowercased: slice, hash: SimHash.fnv1a(slice))
                }
            } else {
                var lower = token.lower
                expected = lower.withUTF8 { lexicon.lists(ofASCIILowercased: $0, hash: SimHash.fnv1a($0)) }
                // A capitalised word no list knows may be a birth-register given name.
                if expected.isEmpty, token.capitalized, AnalysisLexicon.registeredGivenNames.contains(lower) {
                    expected.insert(.givenName)
                }
                if token.text.contains("-") { expected.insert(.hyphenated) }
                if !token.text.utf8.allSatisfy({ $0 < 0x80 }) {
                    expected.insert(.nonASCII)
                } else if !token.text.utf8.contains(where: { $0 &- UInt8(ascii: "a") < 26 }) {
                    expected.insert(.noLowercase)
                }
            }
            XCTAssertEqual(token.lexicon, expected, "\(token.text) at \(token.start)")
        }
        XCTAssertTrue(tokens.contains { $0.text == "Mr." && $0.lexicon.contains(.neverFinal) })
        XCTAssertTrue(tokens.contains { $0.text == "Ramiz" && $0.lexicon.contains(.givenName) })
        XCTAssertFalse(tokens.contains { $0.text == "Tuesday" && $0.lexicon.contains(.givenName) })
    }

    /// A repeated token carries the same text, lowercase form, hash, lists and capitalisation as its first
    /// occurrence, whatever its neighbours.
    func testRepeatedTokensEqualTheirFirstOccurrence() {
        let words = ["Alpha", "alpha", "ALPHA", "internationalisation", "Internationalisation", "a", "I", "x1", "1,000", "’s"]
        var generator = SplitMix64(seed: 0x70_CE_45)
        var body = ""
        for position in 0..<400 {
            body += words[Int(generator.next() % UInt64(words.count))]
            body += position % 17 == 16 ? ".\n\n" : " "
        }
        let (tokens, _) = tokenize(body)
        var first: [String: AnalysisToken] = [:]
        for token in tokens {
            let key = "\(token.kind)|\(token.text)"
            guard let earlier = first[key] else {
                first[key] = token
                continue
            }
            XCTAssertEqual(token.lower, earlier.lower, key)
            XCTAssertEqual(token.lowerHash, earlier.lowerHash, key)
            XCTAssertEqual(token.lexicon, earlier.lexicon, key)
            XCTAssertEqual(token.capitalized, earlier.capitalized, key)
        }
        XCTAssertGreaterThan(first.count, 5)
    }

    /// A state's abbreviation keeps its period only when capitalised: "Dover, Del." but "fell ill.".
    func testStateAbbreviationsTakeTheirPeriodOnlyWhenCapitalised() {
        let tokens = tokenize("He fell ill. Then he went to Dover, Del. on foot, and on to Springfield, Ill.").tokens
        XCTAssertEqual(tokens.map(\.text).filter { $0.lowercased().hasPrefix("ill") || $0.hasPrefix("Del") }, ["ill", "Del.", "Ill."])
        XCTAssertEqual(Set(tokens.map(\.sentence)).count, 2)
    }

    /// A domain's name ends before a sentence's period; abbreviations with inner periods keep theirs.
    func testADomainsNameLeavesTheSentencesPeriod() {
        let (tokens, _) = tokenize("It was first reported by Space.com. The U.S. launch came at 5 a.m. on Tuesday.")
        XCTAssertEqual(tokens.map(\.text).filter { $0.contains(".") }, ["Space.com", ".", "U.S.", "a.m.", "."])
        XCTAssertEqual(tokens.first { $0.text == "The" }?.sentenceStart, true)
    }

    /// A closing mark after a sentence's final period stays in that sentence, so the next paragraph or
    /// sentence starts at its own first word; a straight quote after a space opens the next sentence instead.
    func testClosingMarksAfterAPeriodStayInTheirSentence() {
        let tokens = tokenize("He said it “ended in June.”\n\nAccording to him, it did. (It was late.) Then “it rained.\" \"Why?\" she asked.").tokens
        func sentence(of text: String, occurrence: Int = 0) -> Int {
            tokens.filter { $0.text == text }[occurrence].sentence
        }
        XCTAssertEqual(sentence(of: "”"), sentence(of: "June"))
        XCTAssertEqual(sentence(of: "According") - sentence(of: "June"), 1)
        XCTAssertEqual(tokens.first { $0.sentence == sentence(of: "According") }?.text, "According")
        XCTAssertEqual(sentence(of: ")"), sentence(of: "late"))
        XCTAssertEqual(sentence(of: "Then") - sentence(of: "late"), 1)
        XCTAssertEqual(sentence(of: "\"", occurrence: 0), sentence(of: "rained"))
        XCTAssertEqual(sentence(of: "\"", occurrence: 1), sentence(of: "Why"))
        XCTAssertEqual(sentence(of: "Why") - sentence(of: "rained"), 1)
    }

    /// One capital and a period after an initial is the next initial ("S. A. Bobde"), even when the letter is
    /// "A" or "I"; "A" as a word after a sentence's period still opens the next sentence.
    func testAnInitialAfterAnInitialContinuesTheSentence() {
        let tokens = tokenize("Chief Justice S. A. Bobde heard it. He left at 5 p.m. A car was waiting.").tokens
        func sentence(of text: String) -> Int { tokens.first { $0.text == text }!.sentence }
        XCTAssertEqual(sentence(of: "S."), sentence(of: "Bobde"))
        XCTAssertEqual(sentence(of: "A."), sentence(of: "Bobde"))
        XCTAssertEqual(sentence(of: "car") - sentence(of: "left"), 1)
    }

    /// A capitalised word before a compound's lowercase second part ("Florida-based", "Cameron-led") is split
    /// off as a name of its own; other hyphenated words ("al-Sadr", "Jean-Pierre", "state-owned", "based-on")
    /// stay whole. A possessive after U+02BC, the modifier letter apostrophe, is split off as after "’".
    func testCompoundsSplitAfterANameOnly() {
        let texts = tokenize("The Florida-based firm, a Hong Kong-based fund, the Al-Qaeda-linked group, Jean-Pierre, "
            + "al-Sadr, the state-owned bank, the Florida-basedx test and Ukraineʼs grid.").tokens.map(\.text)
        XCTAssertEqual(Array(texts[1...4]), ["Florida", "-", "based", "firm"])
        XCTAssertTrue(texts.contains("Kong") && !texts.contains("Kong-based"))
        XCTAssertTrue(texts.contains("Al-Qaeda") && texts.contains("linked"))
        XCTAssertTrue(texts.contains("Jean-Pierre") && texts.contains("al-Sadr") && texts.contains("state-owned"))
        XCTAssertTrue(texts.contains("Florida-basedx"))
        XCTAssertEqual(Array(texts.suffix(4)), ["Ukraine", "'s", "grid", "."])
    }
}
