import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ZeroMQ context (`zmq_ctx_new`): the owner of libzmq's I/O threads and the factory of sockets.
///
/// One context per process is usual. Every socket keeps a strong reference to its context, so the
/// context is terminated (`zmq_ctx_term`, in `deinit`) only after all its sockets are closed and
/// released; termination then waits only for messages still lingering (see `ZMQSocket.linger`).
///
/// To unblock sockets that other threads are blocked on, call `shutdown()`: their blocking calls
/// then fail with `ZMQError.isTerminated`, and they should close their sockets.
public final class ZMQContext: Sendable {
    /// The `void *` libzmq context. libzmq documents contexts as thread-safe ("a ZeroMQ context is
    /// thread safe and may be shared among as many application threads as necessary", zmq_ctx_new(3)),
    /// and the pointer itself never changes after `init`, so sharing it across threads is safe.
    nonisolated(unsafe) let handle: UnsafeMutableRawPointer

    /// Creates a context with `ioThreads` I/O threads (`ZMQ_IO_THREADS`, default 1).
    ///
    /// - Parameter blocky: `ZMQ_BLOCKY`; when `false`, new sockets default to a linger of 0 instead
    ///   of libzmq's infinite linger, so a forgotten `linger` cannot make `deinit` wait for ever.
    /// - Throws: `ZMQError` when libzmq cannot create the context or rejects an option.
    public init(ioThreads: Int32 = 1, blocky: Bool = true) throws {
        guard let handle = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
        // Configure before storing the handle: a throw after full initialisation would run deinit.
        var failure: ZMQError?
        if ioThreads != 1, zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads) != 0 {
            failure = ZMQError.last("zmq_ctx_set(ZMQ_IO_THREADS, \(ioThreads))")
        } else if !blocky, zmq_ctx_set(handle, ZMQ_BLOCKY, 0) != 0 {
            failure = ZMQError.last("zmq_ctx_set(ZMQ_BLOCKY, 0)")
        }
        if let failure {
            zmq_ctx_term(handle)
            throw failure
        }
        self.handle = handle
    }

    deinit {
        // zmq_ctx_term can be interrupted by a signal; libzmq's documentation asks callers to retry.
        while zmq_ctx_term(handle) != 0, zmq_errno() == EINTR {}
    }

    /// Creates a socket of `type` in this context (`zmq_socket`).
    ///
    /// - Throws: `ZMQError` (e.g. `isTerminated` after `shutdown()`, `EMFILE` at `ZMQ_MAX_SOCKETS`).
    public func socket(_ type: ZMQSocketType) throws -> sending ZMQSocket {
        try ZMQSocket(context: self, type: type)
    }

    /// Shuts the context down (`zmq_ctx_shutdown`): blocking operations on its sockets, in any
    /// thread, return `ZMQError.isTerminated`, and so does every later operation except `close()`.
    /// Creating sockets fails afterwards too. Calling it more than once is harmless.
    public func shutdown() {
        zmq_ctx_shutdown(handle)
    }
}
