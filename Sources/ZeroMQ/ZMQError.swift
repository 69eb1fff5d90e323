import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error reported by libzmq: the `errno` value, the operation that failed and libzmq's own
/// explanation (`zmq_strerror`).
///
/// libzmq reports failures through `errno`, which may be a system code (`EAGAIN`, `EINTR`, ...) or
/// one of libzmq's own codes (`ETERM`, `EFSM`, ...; see `zmq.h`). The computed `is...` properties
/// name the codes callers usually branch on.
public struct ZMQError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The `errno` value.
    public let code: Int32
    /// The operation that failed, such as `zmq_bind(tcp://x:1)` or `zmq_msg_recv`.
    public let operation: String

    /// Creates an error for `code` raised by `operation`.
    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// Captures the calling thread's current `zmq_errno()` for `operation`; call it right after the
    /// failing libzmq call.
    static func last(_ operation: String) -> ZMQError {
        ZMQError(code: zmq_errno(), operation: operation)
    }

    /// libzmq's text for `code` (`zmq_strerror`).
    public var message: String {
        guard let text = zmq_strerror(code) else { return "unknown error" }
        return String(cString: text)
    }

    /// `"<operation> failed: <zmq_strerror text> (errno <code>)"`.
    public var description: String {
        "\(operation) failed: \(message) (errno \(code))"
    }

    /// `EAGAIN`: a non-blocking operation could not complete now (no message waiting, high-water
    /// mark reached), or a send/receive timeout expired.
    public var isAgain: Bool { code == EAGAIN }

    /// `EINTR`: a signal interrupted a blocking call before it completed.
    public var isInterrupted: Bool { code == EINTR }

    /// `ETERM`: the context was shut down or terminated; the socket should be closed.
    public var isTerminated: Bool { code == ZMQError.terminatedCode }

    /// `EHOSTUNREACH`: a `ROUTER` socket with `routerMandatory` was asked to send to an unknown or
    /// disconnected peer.
    public var isHostUnreachable: Bool { code == EHOSTUNREACH }

    /// `ENOTSOCK`: the socket was already closed.
    public var isNotSocket: Bool { code == ZMQError.notSocketCode }

    /// libzmq's `ETERM` (`ZMQ_HAUSNUMERO + 53` unless the platform defines it).
    static let terminatedCode: Int32 = ETERM
    /// `ENOTSOCK`, reported by this wrapper for operations on a closed socket, as libzmq does.
    static let notSocketCode: Int32 = ENOTSOCK
}
