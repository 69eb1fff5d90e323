#if canImport(Glibc)
import Glibc
#endif

/// Process-wide allocator settings for the long-running roles.
public enum MemoryTuning {
    /// glibc's `M_MMAP_THRESHOLD` parameter number (`<malloc.h>`, not exported to Swift).
    private static let mmapThresholdParameter: Int32 = -3
    /// glibc's `M_TRIM_THRESHOLD`: free memory at the top of the heap kept before it is returned.
    private static let trimThresholdParameter: Int32 = -1
    /// glibc's `M_TOP_PAD`: extra memory asked of the system each time the heap grows.
    private static let topPadParameter: Int32 = -2

    /// Serves every allocation of 128 KiB or more with its own `mmap`, returned to the system when freed.
    ///
    /// glibc raises its mmap threshold each time a large mmapped block is freed (up to 32 MiB), after
    /// which job buffers of up to 1 MiB come from the heap instead; allocated on one thread and freed on
    /// ZeroMQ's I/O thread, they fragment the arenas, and the producer's resident memory grew with the
    /// input (760 MB after 200,000 articles). A fixed threshold keeps it flat (41 MB at 20,000
    /// articles, measured with `newsmill benchmark`; docs/benchmarks.md).
    ///
    /// The heap itself keeps up to 64 MiB of free memory at its top and grows 16 MiB at a time. With
    /// glibc's defaults (trim above 128 KiB, no padding) each page extracted shrank and regrew the heap,
    /// and the kernel's page-fault handling took 17% of `newsmill extract` on the benchmark pages
    /// (44,000 minor faults for 181 pages; 5,900 with these settings). Call it once, first thing.
    public static func applyProcessDefaults() {
        #if canImport(Glibc)
        // `mallopt` is not in Swift's Glibc module: look it up in the C library already loaded.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        _ = mallopt(mmapThresholdParameter, 128 << 10)
        _ = mallopt(trimThresholdParameter, 64 << 20)
        _ = mallopt(topPadParameter, 16 << 20)
        #endif
    }
}
