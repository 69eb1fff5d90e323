import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One event from a `ZMQSocketMonitor` (zmq_socket_monitor(3)).
public struct ZMQMonitorEvent: Sendable, Hashable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// `ZMQ_EVENT_CONNECTED`: a connection to a remote peer was established (`value`: the fd).
        case connected
        /// `ZMQ_EVENT_CONNECT_DELAYED`: a connect attempt is pending.
        case connectDelayed
        /// `ZMQ_EVENT_CONNECT_RETRIED`: a reconnect is scheduled (`value`: the interval in ms).
        case connectRetried
        /// `ZMQ_EVENT_LISTENING`: the socket is bound and listening (`value`: the fd).
        case listening
        /// `ZMQ_EVENT_BIND_FAILED`: binding failed (`value`: the errno).
        case bindFailed
        /// `ZMQ_EVENT_ACCEPTED`: a connection from a peer was accepted (`value`: the fd).
        case accepted
        /// `ZMQ_EVENT_ACCEPT_FAILED`: accepting a connection failed (`value`: the errno).
        case acceptFailed
        /// `ZMQ_EVENT_CLOSED`: a connection or listener was closed (`value`: the fd).
        case closed
        /// `ZMQ_EVENT_CLOSE_FAILED`: closing failed (`value`: the errno).
        case closeFailed
        /// `ZMQ_EVENT_DISCONNECTED`: a session ended unexpectedly (`value`: the fd).
        case disconnected
        /// `ZMQ_EVENT_MONITOR_STOPPED`: monitoring ended; no more events follow.
        case monitorStopped
        /// `ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL`: the security handshake failed (`value`: the errno).
        case handshakeFailedNoDetail
        /// `ZMQ_EVENT_HANDSHAKE_SUCCEEDED`: the ZMTP and security handshake completed.
        case handshakeSucceeded
        /// `ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL`: the peer broke the protocol (`value`: the
        /// `ZMQ_PROTOCOL_ERROR_*` code).
        case handshakeFailedProtocol
        /// `ZMQ_EVENT_HANDSHAKE_FAILED_AUTH`: authentication was refused (`value`: the ZAP status,
        /// such as 400).
        case handshakeFailedAuth
        /// An event this wrapper does not name, with its libzmq bit.
        case unknown(UInt16)

        /// The kinds this wrapper names.
        public static let named: [Kind] = [
            .connected, .connectDelayed, .connectRetried, .listening, .bindFailed, .accepted,
            .acceptFailed, .closed, .closeFailed, .disconnected, .monitorStopped,
            .handshakeFailedNoDetail, .handshakeSucceeded, .handshakeFailedProtocol, .handshakeFailedAuth,
        ]

        /// The libzmq event bit (`ZMQ_EVENT_*`).
        public var rawValue: UInt16 {
            let bit: Int32 = switch self {
            case .connected: ZMQ_EVENT_CONNECTED
            case .connectDelayed: ZMQ_EVENT_CONNECT_DELAYED
            case .connectRetried: ZMQ_EVENT_CONNECT_RETRIED
            case .listening: ZMQ_EVENT_LISTENING
            case .bindFailed: ZMQ_EVENT_BIND_FAILED
            case .accepted: ZMQ_EVENT_ACCEPTED
            case .acceptFailed: ZMQ_EVENT_ACCEPT_FAILED
            case .closed: ZMQ_EVENT_CLOSED
            case .closeFailed: ZMQ_EVENT_CLOSE_FAILED
            case .disconnected: ZMQ_EVENT_DISCONNECTED
            case .monitorStopped: ZMQ_EVENT_MONITOR_STOPPED
            case .handshakeFailedNoDetail: ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL
            case .handshakeSucceeded: ZMQ_EVENT_HANDSHAKE_SUCCEEDED
            case .handshakeFailedProtocol: ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL
            case .handshakeFailedAuth: ZMQ_EVENT_HANDSHAKE_FAILED_AUTH
            case .unknown(let bit): Int32(bit)
            }
            return UInt16(truncatingIfNeeded: bit)
        }

        /// The kind for a libzmq event bit.
        public init(rawValue: UInt16) {
            self = Kind.named.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
        }
    }

    /// What happened.
    public let kind: Kind
    /// The event's value: a file descriptor, an errno, an interval or a status, depending on `kind`.
    public let value: UInt32
    /// The endpoint concerned, e.g. `tcp://127.0.0.1:5557`.
    public let endpoint: String

    /// Creates an event.
    public init(kind: Kind, value: UInt32, endpoint: String) {
        self.kind = kind
        self.value = value
        self.endpoint = endpoint
    }

    /// Decodes libzmq's two-frame event message: a 6-byte frame (16-bit event, 32-bit value, in
    /// host byte order) then the endpoint (zmq_socket_monitor(3)).
    init(frames: [[UInt8]]) throws {
        guard frames.count == 2, frames[0].count == 6 else {
            throw ZMQError(code: EPROTO, operation: "decoding a monitor event (\(frames.count) frame(s))")
        }
        let header = frames[0]
        var event: UInt16 = 0
        var value: UInt32 = 0
        withUnsafeMutableBytes(of: &event) { $0.copyBytes(from: header[0..<2]) }
        withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: header[2..<6]) }
        self.init(kind: Kind(rawValue: event), value: value, endpoint: String(decoding: frames[1], as: UTF8.self))
    }

    /// `"<kind> <endpoint> (value <value>)"`.
    public var description: String {
        "\(kind) \(endpoint) (value \(value))"
    }
}

/// Watches a socket's connection events (`zmq_socket_monitor`): libzmq publishes them on an inproc
/// `PAIR` socket that the monitor connects to, and `nextEvent` decodes them.
///
/// Like the socket it watches, a monitor is used from one thread at a time. It keeps the watched
/// socket alive until `close()`. Events happening while nobody reads are queued on the `PAIR`
/// (up to its high-water mark, then dropped by libzmq).
public final class ZMQSocketMonitor {
    /// The socket watched.
    public let monitoredSocket: ZMQSocket
    /// The `PAIR` socket receiving the events; register it in a `ZMQPoller` to wait for events
    /// alongside other sockets.
    public let eventSocket: ZMQSocket

    /// Starts watching `socket` for `events` (all of them when `nil`). Start it before `bind` or
    /// `connect` to see their events.
    ///
    /// - Throws: `ZMQError` when the socket is closed or libzmq refuses to monitor it.
    public init(_ socket: ZMQSocket, events: [ZMQMonitorEvent.Kind]? = nil) throws {
        let mask = events.map { kinds in kinds.reduce(Int32(0)) { $0 | Int32($1.rawValue) } } ?? ZMQ_EVENT_ALL
        let handle = try socket.openHandle("zmq_socket_monitor")
        let address = "inproc://zeromq-swift-monitor-\(UInt(bitPattern: handle))-\(UInt64.random(in: 0...UInt64.max))"
        guard zmq_socket_monitor(handle, address, mask) == 0 else {
            throw ZMQError.last("zmq_socket_monitor(\(address))")
        }
        let pair: ZMQSocket
        do {
            pair = try socket.context.socket(.pair)
            pair.linger = 0
            try pair.connect(address)
        } catch {
            zmq_socket_monitor(handle, nil, 0)
            throw error
        }
        monitoredSocket = socket
        eventSocket = pair
    }

    deinit {
        close()
    }

    /// The next event, waiting up to `timeoutMilliseconds` (0: only what is already queued).
    ///
    /// - Returns: the event, or `nil` when none arrived in time (or a signal interrupted the wait).
    /// - Throws: `ZMQError` when the monitor is closed, the context terminated, or a message is not a
    ///   monitor event.
    public func nextEvent(timeoutMilliseconds: Int = 0) throws -> ZMQMonitorEvent? {
        if timeoutMilliseconds != 0 {
            var poller = ZMQPoller()
            let token = poller.register(eventSocket, events: .readable)
            guard try poller.poll(timeoutMilliseconds: timeoutMilliseconds).contains(token) else { return nil }
        }
        guard let frames = try eventSocket.receiveMultipart(dontWait: true) else { return nil }
        return try ZMQMonitorEvent(frames: frames)
    }

    /// Stops monitoring (unless the watched socket is already closed) and closes `eventSocket`.
    /// Calling it again does nothing.
    public func close() {
        guard !eventSocket.isClosed else { return }
        if let handle = monitoredSocket.handle {
            zmq_socket_monitor(handle, nil, 0)
        }
        eventSocket.close()
    }
}
