import Foundation
import XCTest

/// Loads the TEXT helper's fixtures (`Fixtures/text`, `Fixtures/encoding`) from the test bundle.
enum CoreTextFixtures {
    /// The bytes of `Fixtures/<folder>/<name>`.
    static func bytes(_ folder: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(folder).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing fixture \(folder)/\(name)", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return Array(data)
    }

    /// The text of `Fixtures/text/<name>` (UTF-8).
    static func text(_ name: String) throws -> String {
        String(decoding: try bytes("text", name), as: UTF8.self)
    }

    /// The shared samples folder: `$NEWSMILL_SHARED/samples`, else `<repo>/../shared/samples`.
    static var samplesDirectory: URL {
        if let shared = ProcessInfo.processInfo.environment["NEWSMILL_SHARED"], !shared.isEmpty {
            return URL(fileURLWithPath: shared).appendingPathComponent("samples")
        }
        // #filePath is <repo>/Tests/NewsmillCoreTests/Text/CoreTextFixtures.swift.
        var repo = URL(fileURLWithPath: "\(#filePath)").resolvingSymlinksInPath()
        for _ in 0..<4 { repo.deleteLastPathComponent() }
        return repo.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent("samples")
    }
}
