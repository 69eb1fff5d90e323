import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The events a poller waits for, or that `ZMQSocket.events` reports.
public struct ZMQPollEvents: OptionSet, Sendable, Hashable {
    /// The libzmq bits (`ZMQ_POLLIN`, `ZMQ_POLLOUT`).
    public let rawValue: Int16

    /// Creates a set from libzmq bits.
    public init(rawValue: Int16) { self.rawValue = rawValue }

    /// `ZMQ_POLLIN`: at least one message can be received without blocking.
    public static let readable = ZMQPollEvents(rawValue: Int16(ZMQ_POLLIN))
    /// `ZMQ_POLLOUT`: at least one message can be sent without blocking.
    public static let writable = ZMQPollEvents(rawValue: Int16(ZMQ_POLLOUT))
}

/// Identifies one registration in a `ZMQPoller`; returned by `register` and found in the result of
/// `poll` when that registration is ready.
public struct ZMQPollToken: Hashable, Sendable {
    /// The registration's position in its poller.
    let index: Int
}

/// Waits until one of several sockets is ready (`zmq_poll`).
///
/// Register each socket once with the events of interest; `poll` returns the tokens of the ready
/// registrations. To tell `.readable` from `.writable` readiness on one socket, register it twice.
/// The poller keeps its sockets alive; polling a socket that was closed throws `isNotSocket`.
public struct ZMQPoller {
    private var registrations: [(socket: ZMQSocket, events: ZMQPollEvents)] = []

    /// Creates an empty poller.
    public init() {}

    /// Adds `socket`, to be reported when any of `events` is ready.
    @discardableResult
    public mutating func register(_ socket: ZMQSocket, events: ZMQPollEvents) -> ZMQPollToken {
        registrations.append((socket, events))
        return ZMQPollToken(index: registrations.count - 1)
    }

    /// Waits up to `timeoutMilliseconds` (`-1`: indefinitely, `0`: just check) for a registered
    /// socket to become ready.
    ///
    /// A signal delivered during the wait ends it early with an empty result rather than an error,
    /// so a loop that checks a stop flag set by a signal handler sees the flag at once.
    ///
    /// - Returns: the tokens of the ready registrations; empty on timeout or interruption.
    /// - Throws: `ZMQError`, e.g. `isTerminated` after the context shut down, `isNotSocket` when a
    ///   registered socket was closed.
    public func poll(timeoutMilliseconds: Int) throws -> Set<ZMQPollToken> {
        var items: [zmq_pollitem_t] = []
        items.reserveCapacity(registrations.count)
        for registration in registrations {
            let handle = try registration.socket.openHandle("zmq_poll")
            items.append(zmq_pollitem_t(socket: handle, fd: 0, events: registration.events.rawValue, revents: 0))
        }
        let count = items.withUnsafeMutableBufferPointer { buffer in
            zmq_poll(buffer.baseAddress, Int32(buffer.count), timeoutMilliseconds)
        }
        if count < 0 {
            let error = ZMQError.last("zmq_poll")
            if error.isInterrupted { return [] }
            throw error
        }
        var ready = Set<ZMQPollToken>()
        for (index, item) in items.enumerated() where item.revents & registrations[index].events.rawValue != 0 {
            ready.insert(ZMQPollToken(index: index))
        }
        return ready
    }
}
