#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A path exactly as the kernel knows it (bytes, not necessarily UTF-8), with a printable label.
struct FilePath: Hashable {
    /// The path's bytes, without a terminating NUL.
    var bytes: [UInt8]

    /// A path from text.
    init(_ text: String) { bytes = Array(text.utf8) }

    /// A path from raw bytes.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The path as text for locators and reasons (invalid UTF-8 is replaced by U+FFFD).
    var label: String { String(decoding: bytes, as: UTF8.self) }

    /// This directory path with `name` appended.
    func appending(_ name: [UInt8]) -> FilePath {
        var joined = bytes
        if !joined.isEmpty && joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        joined.append(contentsOf: name)
        return FilePath(bytes: joined)
    }

    /// Calls `body` with the path as a NUL-terminated C string, or returns nil when the path holds a
    /// NUL byte (no file can have such a name).
    func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result? {
        guard !bytes.contains(0) else { return nil }
        return (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}

/// The text of an `errno` value (`strerror`).
func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// One thing found while walking the input paths.
enum WalkEvent: Equatable {
    /// A regular file (after following symbolic links) and its size.
    case file(FilePath, size: Int64)
    /// A path that cannot be read, with a quarantine reason (`missing: ...`, `unreadable: ...`).
    case problem(FilePath, reason: String)
}

/// Walks files and directories lazily in a deterministic order.
///
/// Directories are listed when reached, their entries sorted by the bytes of their names; hidden
/// entries (names starting with `.`) are skipped. Symbolic links are followed, and every directory
/// is entered once, identified by (device, inode), so symlink loops end. Paths given explicitly are
/// visited even when hidden.
struct PathWalker {
    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private var pending: [FilePath]
    private var visitedDirectories: Set<FileIdentity> = []

    /// A walker over `paths`, in the order given.
    init(paths: [String]) {
        pending = paths.reversed().map(FilePath.init)
    }

    /// The next file or problem, or nil when everything was visited.
    mutating func next() -> WalkEvent? {
        while let path = pending.popLast() {
            var info = stat()
            guard let status = path.withCString({ stat($0, &info) }) else {
                return .problem(path, reason: "missing: the path contains a NUL byte")
            }
            if status != 0 {
                return .problem(path, reason: Self.statFailureReason(path, code: errno))
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return .file(path, size: Int64(info.st_size))
            case S_IFDIR:
                let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                guard visitedDirectories.insert(identity).inserted else { continue }
                switch Self.list(path) {
                case .success(let names):
                    pending.append(contentsOf: names.reversed().map { path.appending($0) })
                case .failure(let code):
                    return .problem(path, reason: "unreadable: \(errorText(code.value))")
                }
            default:
                return .problem(path, reason: "unreadable: not a regular file or directory (\(Self.typeName(info.st_mode)))")
            }
        }
        return nil
    }

    private struct ErrorCode: Error { var value: Int32 }

    /// The visible entry names of a directory, sorted by their bytes.
    private static func list(_ path: FilePath) -> Result<[[UInt8]], ErrorCode> {
        guard let directory = path.withCString({ opendir($0) }) ?? nil else {
            return .failure(ErrorCode(value: errno))
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        return .success(names)
    }

    private static func statFailureReason(_ path: FilePath, code: Int32) -> String {
        guard code == ENOENT || code == ENOTDIR else { return "unreadable: \(errorText(code))" }
        var linkInfo = stat()
        if path.withCString({ lstat($0, &linkInfo) }) == 0 {
            return "missing: broken symbolic link (\(errorText(code)))"
        }
        return "missing: \(errorText(code))"
    }

    private static func typeName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "fifo"
        case S_IFSOCK: "socket"
        case S_IFCHR: "character device"
        case S_IFBLK: "block device"
        default: "unknown type"
        }
    }
}
