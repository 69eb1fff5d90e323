#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// zlib's inflate, reached through the zlib library libarchive already links (no extra package
/// dependency and no header: the module map of `CArchive` exposes libarchive only).
///
/// The functions are looked up once with `dlopen`/`dlsym` in the zlib loaded for libarchive. The
/// `z_stream` structure is handled as raw memory with the field offsets of zlib.h on LP64 platforms
/// (Linux and macOS on 64-bit CPUs), which zlib has kept unchanged since 1.0; `inflateInit2_` is
/// given that size and refuses to start on a mismatch, so a different layout fails cleanly instead
/// of corrupting memory.
struct ZlibFunctions: Sendable {
    typealias InflateInit = @convention(c) (UnsafeMutableRawPointer, Int32, UnsafePointer<CChar>, Int32) -> Int32
    typealias Inflate = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
    typealias InflateSimple = @convention(c) (UnsafeMutableRawPointer) -> Int32
    typealias Version = @convention(c) () -> UnsafePointer<CChar>

    let inflateInit2: InflateInit
    let inflate: Inflate
    let inflateEnd: InflateSimple
    let inflateReset: InflateSimple
    let version: Version

    /// The functions of the zlib in this process, or nil when it cannot be found.
    static let shared: ZlibFunctions? = load()

    private static func load() -> ZlibFunctions? {
        #if canImport(Darwin)
        let names = ["libz.1.dylib", "libz.dylib"]
        #else
        let names = ["libz.so.1", "libz.so"]
        #endif
        guard let library = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let address = dlsym(library, name) else { return nil }
            return unsafeBitCast(address, to: type)
        }
        guard let initialise = symbol("inflateInit2_", as: InflateInit.self),
            let inflate = symbol("inflate", as: Inflate.self),
            let end = symbol("inflateEnd", as: InflateSimple.self),
            let reset = symbol("inflateReset", as: InflateSimple.self),
            let version = symbol("zlibVersion", as: Version.self)
        else { return nil }
        return ZlibFunctions(inflateInit2: initialise, inflate: inflate, inflateEnd: end, inflateReset: reset, version: version)
    }
}

/// One zlib inflate stream (RFC 1950/1951/1952), freed in deinit. Single-threaded use only.
final class Inflater {
    /// zlib return codes used here (zlib.h).
    enum Code {
        static let ok: Int32 = 0
        static let streamEnd: Int32 = 1
        static let needDictionary: Int32 = 2
        static let bufferError: Int32 = -5
    }

    /// How `init` reads the stream header (zlib's `windowBits`).
    enum Wrapper {
        /// A gzip member only (RFC 1952).
        case gzip
        /// gzip or zlib, whichever the header says (HTTP `Content-Encoding: gzip`).
        case gzipOrZlib
        /// A raw deflate stream (RFC 1951), as some servers send for `deflate`.
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzip: 15 + 16
            case .gzipOrZlib: 15 + 32
            case .raw: -15
            }
        }
    }

    /// The result of one `inflate` call.
    struct Step {
        /// Input bytes consumed.
        var consumed: Int
        /// Output bytes written.
        var produced: Int
        /// zlib's return code.
        var code: Int32
        /// zlib's message when it failed.
        var message: String?
    }

    // z_stream field offsets on LP64 (zlib.h): next_in 0, avail_in 8, next_out 24, avail_out 32, msg 48.
    private static let structSize = 112
    private static let nextInOffset = 0
    private static let availInOffset = 8
    private static let nextOutOffset = 24
    private static let availOutOffset = 32
    private static let messageOffset = 48

    private let zlib: ZlibFunctions
    private let stream: UnsafeMutableRawPointer

    /// A new stream, or nil when zlib is unavailable or refuses to start.
    init?(_ wrapper: Wrapper) {
        guard MemoryLayout<Int>.size == 8, let zlib = ZlibFunctions.shared else { return nil }
        self.zlib = zlib
        stream = UnsafeMutableRawPointer.allocate(byteCount: Self.structSize, alignment: 16)
        stream.initializeMemory(as: UInt8.self, repeating: 0, count: Self.structSize)
        guard zlib.inflateInit2(stream, wrapper.windowBits, zlib.version(), Int32(Self.structSize)) == Code.ok else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        _ = zlib.inflateEnd(stream)
        stream.deallocate()
    }

    /// Starts a new stream with the same settings.
    func reset() {
        _ = zlib.inflateReset(stream)
    }

    /// Inflates from `input` into `output` until one of them is exhausted or the stream ends.
    func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Step {
        let inputCount = UInt32(clamping: input.count)
        let outputCount = UInt32(clamping: output.count)
        stream.storeBytes(of: input.baseAddress, toByteOffset: Self.nextInOffset, as: UnsafeRawPointer?.self)
        stream.storeBytes(of: inputCount, toByteOffset: Self.availInOffset, as: UInt32.self)
        stream.storeBytes(of: output.baseAddress, toByteOffset: Self.nextOutOffset, as: UnsafeMutableRawPointer?.self)
        stream.storeBytes(of: outputCount, toByteOffset: Self.availOutOffset, as: UInt32.self)
        let code = zlib.inflate(stream, 0)
        let inputLeft = stream.load(fromByteOffset: Self.availInOffset, as: UInt32.self)
        let outputLeft = stream.load(fromByteOffset: Self.availOutOffset, as: UInt32.self)
        var message: String?
        if code < 0 || code == Code.needDictionary {
            let text = stream.load(fromByteOffset: Self.messageOffset, as: UnsafePointer<CChar>?.self)
            message = text.map { String(cString: $0) } ?? "zlib error \(code)"
        }
        return Step(
            consumed: Int(inputCount - inputLeft), produced: Int(outputCount - outputLeft), code: code, message: message)
    }
}

/// libdeflate's whole-buffer gzip decompressor, used when the system has it (Debian's `libdeflate0`):
/// it inflates a gzip member two to three times faster than zlib and reports exactly how many input
/// bytes the member took, which is all a gzip-per-record WARC needs. Looked up with `dlopen` like zlib.
struct LibdeflateFunctions: Sendable {
    typealias Allocate = @convention(c) () -> OpaquePointer?
    typealias Free = @convention(c) (OpaquePointer?) -> Void
    typealias GzipDecompress = @convention(c) (
        OpaquePointer?, UnsafeRawPointer?, Int, UnsafeMutableRawPointer?, Int, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<Int>?
    ) -> Int32

    let allocate: Allocate
    let free: Free
    let gzipDecompress: GzipDecompress

    /// The functions of the system's libdeflate, or nil when it is not installed.
    static let shared: LibdeflateFunctions? = load()

    private static func load() -> LibdeflateFunctions? {
        #if canImport(Darwin)
        let names = ["libdeflate.0.dylib", "libdeflate.dylib"]
        #else
        let names = ["libdeflate.so.0", "libdeflate.so"]
        #endif
        guard let library = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first,
            let allocate = dlsym(library, "libdeflate_alloc_decompressor"),
            let free = dlsym(library, "libdeflate_free_decompressor"),
            let decompress = dlsym(library, "libdeflate_gzip_decompress_ex")
        else { return nil }
        return LibdeflateFunctions(
            allocate: unsafeBitCast(allocate, to: Allocate.self), free: unsafeBitCast(free, to: Free.self),
            gzipDecompress: unsafeBitCast(decompress, to: GzipDecompress.self))
    }
}

/// Inflates one whole gzip member from a buffer with libdeflate; freed in deinit.
final class WholeMemberInflater {
    private let functions: LibdeflateFunctions
    private let decompressor: OpaquePointer

    /// A decompressor, or nil when libdeflate is unavailable.
    init?() {
        guard let functions = LibdeflateFunctions.shared, let decompressor = functions.allocate() else { return nil }
        self.functions = functions
        self.decompressor = decompressor
    }

    deinit { functions.free(decompressor) }

    /// Inflates the gzip member at the start of `input` into `output`: the input bytes it took and
    /// the bytes written, or nil when it failed for any reason (damaged, cut off by the end of
    /// `input`, or larger than `output`), for the caller to retry with zlib's streaming inflate.
    func inflateMember(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> (consumed: Int, produced: Int)? {
        var consumed = 0
        var produced = 0
        let result = functions.gzipDecompress(
            decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &consumed, &produced)
        return result == 0 ? (consumed, produced) : nil
    }
}
