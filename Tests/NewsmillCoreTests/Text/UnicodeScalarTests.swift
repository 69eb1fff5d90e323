import XCTest

@testable import NewsmillCore

/// The hand-listed character classes agree with Unicode's properties for every scalar.
final class UnicodeScalarTests: XCTestCase {
    func testSpaceLikeIsExactlyTheWhiteSpaceProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isSpaceLike != scalar.properties.isWhitespace {
                XCTFail("U+\(String(value, radix: 16, uppercase: true)): isSpaceLike \(scalar.isSpaceLike)")
                return
            }
        }
    }
}
