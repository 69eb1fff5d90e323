import Foundation
import NewsmillCore
import NewsmillInputs
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// A temporary directory for one test's fixtures, removed when released.
final class ScratchDirectory {
    /// The directory's path.
    let path: String

    init() throws {
        let template = NSTemporaryDirectory() + "newsmill-inputs-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to `name` (creating parent directories) and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = path(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes `text` as UTF-8 to `name` and returns the path.
    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// Runs `command` with `/bin/sh` in this directory; fails the test unless it exits with 0.
    func shell(_ command: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "command failed: \(command)", file: file, line: line)
    }

    /// Keeps only the first `count` bytes of `name`.
    func truncate(_ name: String, to count: Int) throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path(name))))
        try write(name, Array(bytes.prefix(count)))
    }

    /// The bytes of `name`.
    func read(_ name: String) throws -> [UInt8] {
        try Array(Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}

/// Skips the test unless every tool in `tools` is on the PATH.
func requireTools(_ tools: String...) throws {
    for tool in tools {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
        if !found { throw XCTSkip("\(tool) is not installed") }
    }
}

/// Deterministic text that compresses about as well as prose does not (letters and spaces from a
/// xorshift generator), so it never trips the compression-ratio limit.
func pseudoRandomText(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed | 1
    var bytes = [UInt8]()
    bytes.reserveCapacity(count)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,\n".utf8)
    while bytes.count < count {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        bytes.append(alphabet[Int(state % UInt64(alphabet.count))])
    }
    return bytes
}

/// Writes POSIX ustar archives: enough to build fixtures of any size without external tools.
struct TarWriter {
    private let handle: FileHandle

    /// Creates (or replaces) the archive at `path`.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        self.handle = handle
    }

    /// Adds a regular file member.
    func addFile(_ name: String, _ bytes: [UInt8]) {
        handle.write(Data(Self.header(name: name, size: bytes.count, type: UInt8(ascii: "0"))))
        handle.write(Data(bytes))
        let padding = (512 - bytes.count % 512) % 512
        if padding > 0 { handle.write(Data(count: padding)) }
    }

    /// Adds a symbolic link member.
    func addSymlink(_ name: String, target: String) {
        handle.write(Data(Self.header(name: name, size: 0, type: UInt8(ascii: "2"), linkName: target)))
    }

    /// Adds a directory member.
    func addDirectory(_ name: String) {
        handle.write(Data(Self.header(name: name, size: 0, type: UInt8(ascii: "5"))))
    }

    /// Writes the end-of-archive blocks and closes the file.
    func finish() {
        handle.write(Data(count: 1024))
        handle.closeFile()
    }

    private static func header(name: String, size: Int, type: UInt8, linkName: String = "") -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (index, byte) in text.utf8.prefix(width).enumerated() { block[offset + index] = byte }
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
        }
        put(name, at: 0, width: 100)
        put(octal(0o644, width: 8), at: 100, width: 8)
        put(octal(0, width: 8), at: 108, width: 8)
        put(octal(0, width: 8), at: 116, width: 8)
        put(octal(size, width: 12), at: 124, width: 12)
        put(octal(1_700_000_000, width: 12), at: 136, width: 12)
        put("        ", at: 148, width: 8)
        block[156] = type
        put(linkName, at: 157, width: 100)
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        let checksum = block.reduce(0) { $0 + Int($1) }
        put(octal(checksum, width: 7), at: 148, width: 7)
        block[155] = UInt8(ascii: " ")
        return block
    }
}

/// Reads everything from `reader`.
func readAll(_ reader: InputReader) -> [InputItem] {
    var items: [InputItem] = []
    while let item = reader.next() { items.append(item) }
    return items
}

extension InputItem {
    /// The document, if this is one.
    var document: NewsmillCore.Document? {
        if case .document(let document) = self { return document }
        return nil
    }

    /// The quarantined item, if this is one.
    var quarantined: NewsmillCore.QuarantinedItem? {
        if case .quarantined(let item) = self { return item }
        return nil
    }

    /// `path!/member` of the item's locator, for compact assertions.
    var label: String {
        switch self {
        case .document(let document): document.locator.description
        case .quarantined(let item): item.locator.description
        }
    }
}

/// The resident set size of this process in bytes (from /proc/self/statm), or nil where unavailable.
func residentBytes() -> Int64? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int64(fields[1]) else { return nil }
    return pages * Int64(sysconf(Int32(_SC_PAGESIZE)))
}
