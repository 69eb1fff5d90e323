#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A child process started with `posix_spawn`, in its own process group so that a terminal's Ctrl-C
/// reaches only the supervising process, which then stops its children in order.
///
/// Waiting uses `wait4`, which also returns the child's peak resident memory (`ru_maxrss`).
public final class ChildProcess {
    /// The process id.
    public let pid: pid_t
    /// A short label for logs (`collector`, `worker-2`).
    public let label: String
    /// The exit status once it has ended (`nil` while running); negative for "killed by signal N".
    public private(set) var exitStatus: Int32?
    /// Peak resident memory in bytes, known once it has ended.
    public private(set) var peakResidentBytes: Int64 = 0

    /// Errors starting a child.
    public struct SpawnError: Error, CustomStringConvertible {
        /// What failed.
        public var description: String
    }

    /// Starts `executable` with `arguments` (not including argv[0]); stdin is /dev/null, stdout and
    /// stderr go to `standardOutput` and `standardError` (file paths, created or truncated) when given,
    /// and are inherited otherwise.
    public init(label: String, executable: String, arguments: [String], environment: [String: String]? = nil,
                standardOutput: String? = nil, standardError: String? = nil) throws {
        self.label = label
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for number in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaultSignals, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let standardOutput {
            posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        if let standardError {
            posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environmentPairs = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let envp = environmentPairs.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }

        var childPID: pid_t = 0
        let status = posix_spawn(&childPID, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        pid = childPID
    }

    /// Sends a signal (no-op once the child has been reaped).
    public func signal(_ number: Int32) {
        guard exitStatus == nil else { return }
        kill(pid, number)
    }

    /// True while the child runs; reaps it (without blocking) when it has ended.
    public var isRunning: Bool {
        guard exitStatus == nil else { return false }
        return !reap(options: WNOHANG)
    }

    /// Waits for the child to end, up to `timeout` seconds (forever when nil); returns whether it ended.
    @discardableResult
    public func wait(timeout: Double? = nil) -> Bool {
        guard exitStatus == nil else { return true }
        guard let timeout else { return reap(options: 0) }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if reap(options: WNOHANG) { return true }
            usleep(10_000)
        }
        return reap(options: WNOHANG)
    }

    /// Asks the child to stop with SIGTERM, waits up to `grace` seconds, then kills it.
    public func terminate(grace: Double) {
        signal(SIGTERM)
        if !wait(timeout: grace) {
            signal(SIGKILL)
            wait()
        }
    }

    private func reap(options: Int32) -> Bool {
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let result = wait4(pid, &status, options, &usage)
            if result == pid {
                peakResidentBytes = Int64(usage.ru_maxrss) * 1024
                let termSignal = status & 0x7f
                exitStatus = termSignal == 0 ? (status >> 8) & 0xff : -termSignal
                return true
            }
            if result == 0 { return false }
            if result < 0 && errno == EINTR { continue }
            exitStatus = exitStatus ?? -1
            return true
        }
    }

    /// The path of the running executable (`/proc/self/exe`), for starting more of ourselves.
    public static func currentExecutablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = reap(options: 0)
        }
    }
}
