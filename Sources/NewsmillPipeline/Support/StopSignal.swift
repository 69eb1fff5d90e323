#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Counts SIGINT/SIGTERM deliveries. A global because a C signal handler can reach nothing else; an
/// atomic because the handler runs asynchronously to every thread (lock-free atomics are
/// async-signal-safe).
private let stopRequests = Atomic<Int>(0)

/// The process-wide "please stop" flag that every role's event loop checks.
///
/// The first SIGINT or SIGTERM asks the roles to stop taking work, finish or hand back what is in
/// flight, flush and exit; a second one exits at once with status 130.
public enum StopSignal {
    /// Installs handlers for SIGINT and SIGTERM (idempotent), and ignores SIGPIPE.
    public static func install() {
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in
                let (_, count) = stopRequests.add(1, ordering: .relaxed)
                if count >= 2 { _exit(130) }
            }
        }
    }

    /// True once a stop was requested by a signal or by `request()`.
    public static var isRequested: Bool { stopRequests.load(ordering: .relaxed) > 0 }

    /// Requests a stop from code (as if a signal arrived).
    public static func request() { stopRequests.add(1, ordering: .relaxed) }
}
