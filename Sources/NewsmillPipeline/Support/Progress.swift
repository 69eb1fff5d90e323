#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A snapshot of a run's progress.
public struct ProgressSnapshot: Sendable {
    /// Input items (documents and bad items) read so far.
    public var items: Int
    /// Bytes read from disk so far.
    public var bytesRead: Int64
    /// Total bytes on disk to read (0 when unknown).
    public var plannedBytes: Int64
    /// Articles stored so far.
    public var stored: Int
    /// Duplicates skipped so far.
    public var duplicates: Int
    /// Items quarantined so far.
    public var quarantined: Int
    /// Jobs sent and not yet committed.
    public var jobsInFlight: Int
    /// Workers connected.
    public var workers: Int
    /// Seconds since the run started.
    public var elapsed: Double

    /// Creates a snapshot.
    public init(items: Int = 0, bytesRead: Int64 = 0, plannedBytes: Int64 = 0, stored: Int = 0, duplicates: Int = 0,
                quarantined: Int = 0, jobsInFlight: Int = 0, workers: Int = 0, elapsed: Double = 0) {
        self.items = items
        self.bytesRead = bytesRead
        self.plannedBytes = plannedBytes
        self.stored = stored
        self.duplicates = duplicates
        self.quarantined = quarantined
        self.jobsInFlight = jobsInFlight
        self.workers = workers
        self.elapsed = elapsed
    }
}

/// Shows progress on standard error: a live line redrawn in place on a terminal, plain log lines
/// every `logInterval` seconds otherwise (CI logs, `nohup`, Docker). ETA comes from bytes read
/// against bytes planned, which is steadier than item counts over mixed inputs.
public final class ProgressReporter {
    private let isTerminal: Bool
    private let redrawInterval: Double
    private let logInterval: Double
    private var lastDraw: Double = -1_000
    private var drewLine = false
    private let enabled: Bool

    /// Creates a reporter; `enabled: false` makes it silent (`--quiet`).
    public init(enabled: Bool = true, logInterval: Double = 10) {
        self.enabled = enabled
        isTerminal = isatty(STDERR_FILENO) == 1
        redrawInterval = isTerminal ? 0.2 : logInterval
        self.logInterval = logInterval
    }

    /// Reports a snapshot if it is time to (call it freely; it rate-limits itself).
    public func update(_ snapshot: ProgressSnapshot) {
        guard enabled, snapshot.elapsed - lastDraw >= redrawInterval else { return }
        lastDraw = snapshot.elapsed
        let line = Self.describe(snapshot)
        if isTerminal {
            let width = Int(terminalWidth()) - 1
            let clipped = line.count > width && width > 20 ? String(line.prefix(width)) : line
            FileHandle.standardError.write(Data(("\r" + clipped + "\u{1B}[K").utf8))
            drewLine = true
        } else {
            FileHandle.standardError.write(Data(("progress: " + line + "\n").utf8))
        }
    }

    /// Ends the live line so that what follows starts on a fresh line.
    public func finish() {
        if drewLine {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            drewLine = false
        }
    }

    /// One line describing a snapshot: percentage, items, bytes, rates and ETA.
    public static func describe(_ snapshot: ProgressSnapshot) -> String {
        let elapsed = max(snapshot.elapsed, 0.001)
        let byteRate = Double(snapshot.bytesRead) / elapsed
        var parts: [String] = []
        if snapshot.plannedBytes > 0 {
            let fraction = min(1, Double(snapshot.bytesRead) / Double(snapshot.plannedBytes))
            parts.append("\(Int(fraction * 100))%")
        }
        parts.append("\(snapshot.items) items")
        let bytes = snapshot.plannedBytes > 0
            ? "\(ResourceUsage.format(bytes: snapshot.bytesRead))/\(ResourceUsage.format(bytes: snapshot.plannedBytes))"
            : ResourceUsage.format(bytes: snapshot.bytesRead)
        parts.append(bytes)
        parts.append("\(ResourceUsage.format(bytes: Int64(byteRate)))/s")
        parts.append("\(snapshot.stored) stored (\(Int(Double(snapshot.stored) / elapsed))/s)")
        if snapshot.duplicates > 0 { parts.append("\(snapshot.duplicates) dup") }
        if snapshot.quarantined > 0 { parts.append("\(snapshot.quarantined) quarantined") }
        parts.append("\(snapshot.workers) workers, \(snapshot.jobsInFlight) jobs in flight")
        if snapshot.plannedBytes > 0, byteRate > 0, snapshot.bytesRead < snapshot.plannedBytes {
            parts.append("ETA " + formatDuration(Double(snapshot.plannedBytes - snapshot.bytesRead) / byteRate))
        }
        return parts.joined(separator: "  ")
    }

    /// `h:mm:ss` or `m:ss`.
    public static func formatDuration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }

    private func terminalWidth() -> UInt16 {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 120 }
        return size.ws_col
    }
}
