#if canImport(Glibc)
import Glibc
#endif

/// Memory and CPU figures of this process, for summaries and benchmarks.
public enum ResourceUsage {
    /// Peak resident set size of this process so far, in bytes (`getrusage` `ru_maxrss`).
    public static func peakResidentBytes() -> Int64 {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int64(usage.ru_maxrss) * 1024
    }

    /// CPU seconds (user + system) used by this process so far.
    public static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// CPU time the calling thread has used so far, in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`): other
    /// threads and processes sharing the cores do not add to it.
    public static func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }

    /// A byte count as a short human string (`12.3 MB`).
    public static func format(bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format1: value) + " " + units[unit]
    }
}

extension String {
    /// `value` with one decimal.
    init(format1 value: Double) {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths / 10)
        let fraction = Int(abs(tenths.truncatingRemainder(dividingBy: 10)))
        self = "\(whole).\(fraction)"
    }
}
