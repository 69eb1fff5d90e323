import XCTest

@testable import NewsmillCore

/// `byteRange(of:)`, `containsBytes(_:)` and `replacingBytes(_:with:)` find what Foundation finds for the
/// readers' separators and markers.
final class ByteSearchTests: XCTestCase {
    func testFirstAndLastOccurrence() throws {
        let title = "Harbour crane arrives | City News | Été 2024"
        let first = try XCTUnwrap(title.byteRange(of: " | "))
        let last = try XCTUnwrap(title.byteRange(of: " | ", backwards: true))
        XCTAssertEqual(String(title[..<first.lowerBound]), "Harbour crane arrives")
        XCTAssertEqual(String(title[last.upperBound...]), "Été 2024")
        XCTAssertNil(title.byteRange(of: " — "))
        XCTAssertNil("ab".byteRange(of: "abc"))
        XCTAssertEqual(title.byteRange(of: " | "), title.range(of: " | "))
    }

    func testContainsAgreesWithFoundationOnASCIINeedles() {
        let haystacks = [
            "application/ld+json", "text/javascript", "APPLICATION/JSON", "", "j", "https://example.org/x",
            "Zoë Falk, zoe@example.org", "a very long string of more than sixteen bytes without it", "json",
        ]
        for haystack in haystacks {
            for needle in ["json", "ld+json", "://", "@", ".", "x", "long string of more"] {
                XCTAssertEqual(haystack.containsBytes(needle), haystack.contains(needle), "\(haystack) / \(needle)")
            }
        }
        XCTAssertFalse("abc".containsBytes(""), "an empty needle is not found")
    }

    func testReplacingEveryOccurrence() {
        XCTAssertEqual("Jane Doe and John Roe and Ana Lee".replacingBytes(" and ", with: ","), "Jane Doe,John Roe,Ana Lee")
        XCTAssertEqual("Mira Falk".replacingBytes(" and ", with: ","), "Mira Falk")
        XCTAssertEqual("a;b;".replacingBytes(";", with: ","), "a,b,")
        XCTAssertEqual("Zoë & Renée".replacingBytes(" & ", with: ","), "Zoë,Renée")
    }

    /// `isExactly` answers as `==` for the typographic marks and words the analysers test tokens against, small
    /// strings and heap strings alike, and compares bytes, not canonical equivalence.
    func testIsExactlyComparesBytes() {
        let marks = ["’", "‘", "“", "”", "„", "—", "–", "«", "he’d", "’s", "'", "\"", "-", ":"]
        for mark in marks {
            XCTAssertTrue(mark.isExactly("’") == (mark == "’"), mark)
            XCTAssertTrue(mark.isExactly(anyOf: ["“", "\"", "‘"]) == ["“", "\"", "‘"].contains(mark), mark)
        }
        XCTAssertTrue(String("she’ll").isExactly(anyOf: ["she’d", "she’ll"]))
        XCTAssertFalse("he’d".isExactly("he'd"))
        XCTAssertFalse("".isExactly("’"))
        XCTAssertTrue("".isExactly(""))
        let long = String(repeating: "’", count: 20)
        XCTAssertTrue(long.isExactly("’’’’’’’’’’’’’’’’’’’’"))
        XCTAssertFalse(long.isExactly("’’’’’’’’’’’’’’’’’’’‘"))
        // Bytes, not canonical equivalence: a decomposed "é" is not the precomposed one (`==` says it is).
        XCTAssertFalse("e\u{301}".isExactly("é"))
        XCTAssertEqual("e\u{301}", "é")
    }
}
