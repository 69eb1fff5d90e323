import Foundation
import XCTest

@testable import NewsmillCore

/// Loads a fixture file from the test bundle's `Fixtures` folder.
func htmlFixtureBytes(_ relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
    guard let base = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") else {
        throw XCTSkip("no resource bundle")
    }
    let data = try Data(contentsOf: base.appendingPathComponent(relativePath))
    return Array(data)
}
