/// A container or compression format, recognised by its magic bytes (never by the file name).
enum ContainerFormat: Equatable, Sendable {
    /// A gzip stream (RFC 1952): `1f 8b 08`.
    case gzip
    /// A bzip2 stream: `BZh1`...`BZh9` followed by a block or end-of-stream magic.
    case bzip2
    /// An xz stream: `fd 37 7a 58 5a 00`.
    case xz
    /// A Zstandard frame: `28 b5 2f fd`.
    case zstd
    /// An LZ4 frame: `04 22 4d 18`.
    case lz4
    /// A POSIX/GNU tar archive: `ustar` at offset 257 (POSIX.1-1988 header layout).
    case tar
    /// A zip archive: a local file header `PK\3\4`, an empty archive `PK\5\6` or a spanning marker `PK\7\8`.
    case zip
    /// A 7-Zip archive: `7z bc af 27 1c`.
    case sevenZip
    /// A RAR 4 or 5 archive: `Rar! 1a 07`.
    case rar

    /// How many leading bytes `detect` needs to see every magic (the tar magic ends at 262).
    static let prefixLength = 512

    /// Whether this is a compression of a single stream (which may itself hold an archive).
    var isCompression: Bool {
        switch self {
        case .gzip, .bzip2, .xz, .zstd, .lz4: true
        case .tar, .zip, .sevenZip, .rar: false
        }
    }

    /// A short name for reasons: `gzip`, `tar`, `zip`, ...
    var name: String {
        switch self {
        case .gzip: "gzip"
        case .bzip2: "bzip2"
        case .xz: "xz"
        case .zstd: "zstd"
        case .lz4: "lz4"
        case .tar: "tar"
        case .zip: "zip"
        case .sevenZip: "7z"
        case .rar: "rar"
        }
    }

    /// The format whose magic `prefix` starts with, or nil for anything else (a plain file).
    static func detect<Bytes: Collection>(_ prefix: Bytes) -> ContainerFormat? where Bytes.Element == UInt8 {
        let head = Array(prefix.prefix(prefixLength))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0x1f, 0x8b, 0x08]) { return .gzip }
        if starts([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) { return .xz }
        if starts([0x28, 0xb5, 0x2f, 0xfd]) { return .zstd }
        if starts([0x04, 0x22, 0x4d, 0x18]) { return .lz4 }
        if starts(Array("BZh".utf8)), head.count >= 10, (0x31...0x39).contains(head[3]),
            starts([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) || starts([0x17, 0x72, 0x45, 0x38, 0x50, 0x90], at: 4)
        {
            return .bzip2
        }
        if starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06]) || starts([0x50, 0x4b, 0x07, 0x08]) {
            return .zip
        }
        if starts([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) { return .sevenZip }
        if starts([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) { return .rar }
        if starts(Array("ustar".utf8), at: 257) { return .tar }
        return nil
    }
}
