import CArchive

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for reading; the descriptor is closed when the last reference goes.
final class OpenFile {
    /// The file descriptor.
    let descriptor: Int32
    /// The size from `fstat` when it was opened.
    let size: Int64

    /// Takes ownership of `descriptor`.
    init(descriptor: Int32, size: Int64) {
        self.descriptor = descriptor
        self.size = size
    }

    deinit { close(descriptor) }
}

/// A copy of some bytes at a stable address, as `archive_read_open_memory` needs for the archive's
/// whole lifetime; freed when the last reference goes.
final class MemoryBuffer {
    /// The bytes.
    let bytes: UnsafeMutableRawBufferPointer

    /// Copies `source`.
    init(copying source: [UInt8]) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        source.withUnsafeBytes { storage.copyMemory(from: $0) }
        bytes = storage
        count = source.count
    }

    /// How many bytes are held.
    let count: Int

    deinit { bytes.deallocate() }
}

/// Where libarchive reads from.
enum ArchiveSource {
    /// A file on disk, read in 64 KiB blocks.
    case file(OpenFile)
    /// A member already read into memory (a nested container).
    case memory(MemoryBuffer)

    /// The number of bytes in the source.
    var size: Int64 {
        switch self {
        case .file(let file): file.size
        case .memory(let buffer): Int64(buffer.count)
        }
    }
}

/// Which libarchive readers an `ArchiveReader` enables.
enum ArchiveReadMode {
    /// Every filter and every archive format (`archive_read_support_format_all`).
    case archive
    /// Every filter with the `raw` and `empty` formats: one compressed stream that is not an archive.
    /// libarchive's raw format matches any data, so it is never combined with the archive formats.
    case singleStream
}

/// A libarchive failure: the message from `archive_error_string` and whether the archive is unusable.
struct ArchiveFailure: Error {
    /// libarchive's message.
    var message: String
    /// `ARCHIVE_FATAL`: nothing more can be read from this archive. Otherwise only the current
    /// entry is lost (`ARCHIVE_WARN`, `ARCHIVE_FAILED`, repeated `ARCHIVE_RETRY`).
    var isFatal: Bool
    /// Whether every byte of the source had been consumed when it failed: a stream that breaks off
    /// at its very end was truncated.
    var atEndOfInput: Bool
}

/// What an archive header says about one member.
struct ArchiveEntryInfo {
    /// The member path inside the archive (UTF-8 when libarchive can convert it; a label only).
    var pathname: String
    /// Whether it is a regular file (not a directory, symlink or device).
    var isRegularFile: Bool
    /// Whether it is a hard link to an earlier member without data of its own.
    var isHardLinkWithoutData: Bool
    /// The uncompressed size the header declares, when it declares one.
    var declaredSize: Int64?
    /// Whether the member's data is encrypted.
    var isEncrypted: Bool
}

/// The result of reading the next archive header.
enum ArchiveHeader {
    /// The next member.
    case entry(ArchiveEntryInfo)
    /// The archive ended cleanly.
    case end
    /// Reading the header failed; `entry` is set when libarchive still identified the member.
    case failed(ArchiveFailure, entry: ArchiveEntryInfo?)
}

/// A small safe wrapper over a libarchive read handle (`struct archive *`), freed in deinit.
///
/// It reads from a file descriptor with a 64 KiB block or from memory. Every failure carries
/// `archive_error_string`. Single-threaded use only, like libarchive handles themselves.
final class ArchiveReader {
    /// The block size for reading files.
    static let blockSize = 64 << 10

    private let handle: OpaquePointer
    /// The source, kept alive as long as libarchive may read from it.
    let source: ArchiveSource

    /// Opens `source` with the readers of `mode`; for a file, from its first byte.
    init(source: ArchiveSource, mode: ArchiveReadMode) throws(ArchiveFailure) {
        guard let handle = archive_read_new() else {
            throw ArchiveFailure(message: "libarchive could not allocate a reader", isFatal: true, atEndOfInput: false)
        }
        self.handle = handle
        self.source = source
        // Only the decompressors libarchive runs in-process (Debian links zlib, libbz2, liblzma, libzstd
        // and liblz4); `filter_all` would also start external programs (lrzip, grzip) on matching data.
        archive_read_support_filter_gzip(handle)
        archive_read_support_filter_bzip2(handle)
        archive_read_support_filter_xz(handle)
        archive_read_support_filter_lzma(handle)
        archive_read_support_filter_zstd(handle)
        archive_read_support_filter_lz4(handle)
        archive_read_support_filter_compress(handle)
        switch mode {
        case .archive:
            archive_read_support_format_all(handle)
        case .singleStream:
            archive_read_support_format_raw(handle)
            archive_read_support_format_empty(handle)
        }
        let status: Int32
        switch source {
        case .file(let file):
            lseek(file.descriptor, 0, SEEK_SET)
            status = archive_read_open_fd(handle, file.descriptor, Self.blockSize)
        case .memory(let buffer):
            status = archive_read_open_memory(handle, buffer.bytes.baseAddress, buffer.count)
        }
        if status != ARCHIVE_OK && status != ARCHIVE_WARN {
            throw failure(fatal: true)
        }
    }

    deinit { archive_read_free(handle) }

    /// Compressed bytes consumed from the source so far (`archive_filter_bytes(a, -1)`).
    var compressedBytesConsumed: Int64 { archive_filter_bytes(handle, -1) }

    /// The decompression filters libarchive detected, innermost (closest to the data) first.
    var filterNames: [String] {
        let count = archive_filter_count(handle)
        guard count > 1 else { return [] }
        return (0..<(count - 1)).compactMap { index in
            archive_filter_name(handle, index).map { String(cString: $0) }
        }
    }

    /// Whether the format is tar (skipping a member's data is then a seek or a plain read).
    var isTar: Bool {
        archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_TAR
    }

    /// Reads the next member's header; the previous member's unread data is skipped by libarchive.
    func nextHeader() -> ArchiveHeader {
        var retries = 0
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(handle, &entry)
            switch status {
            case ARCHIVE_OK, ARCHIVE_WARN:
                guard let entry else { return .failed(failure(fatal: true), entry: nil) }
                return .entry(Self.info(entry))
            case ARCHIVE_EOF:
                return .end
            case ARCHIVE_RETRY where retries < 3:
                retries += 1
            case ARCHIVE_RETRY, ARCHIVE_FAILED:
                return .failed(failure(fatal: false), entry: entry.map(Self.info))
            default:
                return .failed(failure(fatal: true), entry: nil)
            }
        }
    }

    /// Reads the current member's data into `buffer`: the number of bytes (0 at its end) or the failure.
    func readData(into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, ArchiveFailure> {
        var retries = 0
        while true {
            let count = archive_read_data(handle, buffer.baseAddress, buffer.count)
            if count >= 0 { return .success(count) }
            if Int32(count) == ARCHIVE_RETRY && retries < 3 {
                retries += 1
                continue
            }
            return .failure(failure(fatal: Int32(count) == ARCHIVE_FATAL))
        }
    }

    /// Skips the rest of the current member's data without returning it.
    func skipData() -> ArchiveFailure? {
        let status = archive_read_data_skip(handle)
        if status == ARCHIVE_OK || status == ARCHIVE_EOF { return nil }
        return failure(fatal: status == ARCHIVE_FATAL)
    }

    private func failure(fatal: Bool) -> ArchiveFailure {
        let message = archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
        let consumed = archive_filter_bytes(handle, -1)
        return ArchiveFailure(message: message, isFatal: fatal, atEndOfInput: consumed >= source.size)
    }

    private static func info(_ entry: OpaquePointer) -> ArchiveEntryInfo {
        let fileTypeMask: UInt32 = 0o170000
        let regularFileType: UInt32 = 0o100000
        let nameBytes = archive_entry_pathname_utf8(entry) ?? archive_entry_pathname(entry)
        let pathname = nameBytes.map { String(cString: $0) } ?? ""
        let declaredSize: Int64? = archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil
        let isHardLink = archive_entry_hardlink(entry) != nil
        return ArchiveEntryInfo(
            pathname: pathname,
            isRegularFile: UInt32(archive_entry_filetype(entry)) & fileTypeMask == regularFileType,
            isHardLinkWithoutData: isHardLink && (declaredSize ?? 0) == 0,
            declaredSize: declaredSize,
            isEncrypted: archive_entry_is_encrypted(entry) != 0
        )
    }
}
