import Foundation
import NewsmillCore
import NewsmillStore
import XCTest

/// A temporary directory removed when the value is released.
final class ScratchDirectory {
    /// The directory.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsmill-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Builders for articles and quarantined items with readable defaults.
enum Sample {
    static func article(
        title: String?, authors: [String] = [], summary: String? = nil, body: String,
        published: PartialDate? = nil, publication: String? = nil, kind: DocumentKind = .text, url: String? = nil,
        path: String = "/data/inbox/story.txt", member: String? = nil, offset: Int64? = nil, item: Int? = nil
    ) -> Article {
        Article.make(
            url: url, title: title, authors: authors, published: published, publication: publication,
            summary: summary, body: body, kind: kind,
            locator: SourceLocator(path: path, member: member, offset: offset, itemIndex: item)
        )
    }

    /// `count` distinct articles whose bodies all contain the word "harbour".
    static func articles(_ count: Int, prefix: String = "a", path: String = "/data/bulk.tar.gz") -> [Article] {
        (0..<count).map { index in
            article(
                title: "Story \(prefix)\(index)", body: "Harbour news number \(prefix)\(index). The harbour was calm.",
                url: "https://example.org/\(prefix)/\(index)", path: path, member: "item-\(index).txt"
            )
        }
    }

    static func quarantined(path: String = "/data/broken.gz", member: String? = nil, reason: String = "truncated: gzip stream ended early", bytes: String = "bad bytes") -> QuarantinedItem {
        QuarantinedItem(
            locator: SourceLocator(path: path, member: member), reason: reason, size: Int64(bytes.utf8.count),
            sha256: ArticleIdentity.sha256Hex(Array(bytes.utf8))
        )
    }
}

extension ArticleStore {
    /// The rows of a query rendered with `QueryValue.text`, as the pipeline tests compare them.
    func textRows(_ sql: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String]] {
        try query(sql).rows.map { $0.map(\.text) }
    }

    /// A single integer from a query such as `select count(*) ...`.
    func integer(_ sql: String) throws -> Int64? {
        guard case let .integer(value)? = try query(sql).rows.first?.first else { return nil }
        return value
    }
}

/// A value shared between a test and a background thread it starts.
///
/// `@unchecked Sendable` is safe because every access to `value` goes through `lock`.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    /// The current value.
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
