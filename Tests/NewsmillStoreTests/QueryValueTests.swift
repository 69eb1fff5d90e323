import Foundation
import NewsmillStore
import XCTest

/// Rendering of query values as text and JSON.
final class QueryValueTests: XCTestCase {
    func testTextRendering() {
        XCTAssertEqual(QueryValue.null.text, "")
        XCTAssertEqual(QueryValue.integer(-42).text, "-42")
        XCTAssertEqual(QueryValue.real(2.5).text, "2.5")
        XCTAssertEqual(QueryValue.text("Åsa").text, "Åsa")
        XCTAssertEqual(QueryValue.blob([0x00, 0xab, 0x10]).text, "00ab10")
    }

    func testJSONValuesSerialise() throws {
        let object: [String: Any] = [
            "null": QueryValue.null.jsonValue, "integer": QueryValue.integer(9_007_199_254_740_993).jsonValue,
            "real": QueryValue.real(0.25).jsonValue, "text": QueryValue.text("a \"b\"").jsonValue,
            "blob": QueryValue.blob([0xff]).jsonValue, "infinite": QueryValue.real(-.infinity).jsonValue,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        XCTAssertEqual(
            String(decoding: data, as: UTF8.self),
            #"{"blob":"ff","infinite":"-inf","integer":9007199254740993,"null":null,"real":0.25,"text":"a \"b\""}"#
        )
    }
}
