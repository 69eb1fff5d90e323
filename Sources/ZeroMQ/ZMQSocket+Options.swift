import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: Raw options

extension ZMQSocket {
    /// Sets an `int` option (`zmq_setsockopt`); `option` is a `ZMQ_*` constant from `CZeroMQ`.
    public func setOption(_ option: Int32, int32 value: Int32) throws {
        let handle = try openHandle("zmq_setsockopt(\(option))")
        var value = value
        guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size) == 0 else {
            throw ZMQError.last("zmq_setsockopt(\(option), \(value))")
        }
    }

    /// Sets an `int64_t` option (`zmq_setsockopt`), such as `ZMQ_MAXMSGSIZE`.
    public func setOption(_ option: Int32, int64 value: Int64) throws {
        let handle = try openHandle("zmq_setsockopt(\(option))")
        var value = value
        guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int64>.size) == 0 else {
            throw ZMQError.last("zmq_setsockopt(\(option), \(value))")
        }
    }

    /// Sets a binary or string option (`zmq_setsockopt`) to exactly `bytes` (no terminating NUL).
    public func setOption(_ option: Int32, bytes: [UInt8]) throws {
        let handle = try openHandle("zmq_setsockopt(\(option))")
        let result = bytes.withUnsafeBytes { buffer in
            zmq_setsockopt(handle, option, buffer.baseAddress, buffer.count)
        }
        guard result == 0 else { throw ZMQError.last("zmq_setsockopt(\(option), \(bytes.count) bytes)") }
    }

    /// Reads an `int` option (`zmq_getsockopt`).
    public func int32Option(_ option: Int32) throws -> Int32 {
        let handle = try openHandle("zmq_getsockopt(\(option))")
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        guard zmq_getsockopt(handle, option, &value, &size) == 0 else { throw ZMQError.last("zmq_getsockopt(\(option))") }
        return value
    }

    /// Reads an `int64_t` option (`zmq_getsockopt`).
    public func int64Option(_ option: Int32) throws -> Int64 {
        let handle = try openHandle("zmq_getsockopt(\(option))")
        var value: Int64 = 0
        var size = MemoryLayout<Int64>.size
        guard zmq_getsockopt(handle, option, &value, &size) == 0 else { throw ZMQError.last("zmq_getsockopt(\(option))") }
        return value
    }

    /// Reads a binary option (`zmq_getsockopt`) of at most `capacity` bytes.
    public func bytesOption(_ option: Int32, capacity: Int = 256) throws -> [UInt8] {
        let handle = try openHandle("zmq_getsockopt(\(option))")
        var size = capacity
        var bytes = [UInt8](repeating: 0, count: capacity)
        let result = bytes.withUnsafeMutableBytes { buffer in
            zmq_getsockopt(handle, option, buffer.baseAddress, &size)
        }
        guard result == 0 else { throw ZMQError.last("zmq_getsockopt(\(option))") }
        return Array(bytes.prefix(min(size, capacity)))
    }

    /// Reads a string option (`zmq_getsockopt`), without its terminating NUL.
    public func stringOption(_ option: Int32, capacity: Int = 1_024) throws -> String {
        var bytes = try bytesOption(option, capacity: capacity)
        if let end = bytes.firstIndex(of: 0) { bytes.removeSubrange(end...) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: Typed options

// The properties below never throw, so that configuring a socket reads like configuration. A
// setter failure (an invalid value, a closed socket) is kept and thrown by the next `bind` or
// `connect`, so it cannot go unnoticed; use `setOption` to see it at once. A getter failure (a
// closed socket, a terminated context) returns the documented fallback.
extension ZMQSocket {
    private func deferringFailure(_ body: () throws -> Void) {
        do {
            try body()
        } catch let error as ZMQError {
            if deferredOptionError == nil { deferredOptionError = error }
        } catch {
            if deferredOptionError == nil { deferredOptionError = ZMQError(code: EINVAL, operation: "\(error)") }
        }
    }

    private func int32Property(_ option: Int32, fallback: Int32 = 0) -> Int32 {
        (try? int32Option(option)) ?? fallback
    }

    private func setInt32Property(_ option: Int32, _ value: Int32) {
        deferringFailure { try setOption(option, int32: value) }
    }

    /// `ZMQ_LINGER`: how long (ms) `close()` keeps unsent messages; `-1` waits for ever (libzmq's
    /// default unless the context is not `blocky`), `0` drops them at once.
    public var linger: Int32 {
        get { int32Property(ZMQ_LINGER) }
        set { setInt32Property(ZMQ_LINGER, newValue) }
    }

    /// `ZMQ_ROUTING_ID`: the identity a `ROUTER` peer sees for this socket (1 to 255 bytes, not
    /// starting with a zero byte). Set it before `connect`/`bind`.
    public var routingID: [UInt8] {
        get { (try? bytesOption(ZMQ_ROUTING_ID, capacity: 255)) ?? [] }
        set { deferringFailure { try setOption(ZMQ_ROUTING_ID, bytes: newValue) } }
    }

    /// `ZMQ_ROUTER_MANDATORY` (`ROUTER` only): when `true`, sending to an unknown or disconnected
    /// peer throws `ZMQError` with `isHostUnreachable` instead of silently dropping the message.
    /// libzmq cannot read this option back; the getter returns the last value set here.
    public var routerMandatory: Bool {
        get { routerMandatorySetting }
        set {
            routerMandatorySetting = newValue
            setInt32Property(ZMQ_ROUTER_MANDATORY, newValue ? 1 : 0)
        }
    }

    /// `ZMQ_ROUTER_HANDOVER` (`ROUTER` only): when `true`, a peer connecting with the routing id of a
    /// peer already connected takes it over (a restarted worker whose old TCP connection is not yet
    /// known to be dead); when `false` (libzmq's default) the newcomer is refused. Write-only in libzmq;
    /// the getter returns the last value set here.
    public var routerHandover: Bool {
        get { routerHandoverSetting }
        set {
            routerHandoverSetting = newValue
            setInt32Property(ZMQ_ROUTER_HANDOVER, newValue ? 1 : 0)
        }
    }

    /// `ZMQ_SNDHWM`: the most messages queued per peer for sending (default 1000; 0 is no limit).
    public var sendHighWaterMark: Int32 {
        get { int32Property(ZMQ_SNDHWM) }
        set { setInt32Property(ZMQ_SNDHWM, newValue) }
    }

    /// `ZMQ_RCVHWM`: the most messages queued per peer for receiving (default 1000; 0 is no limit).
    public var receiveHighWaterMark: Int32 {
        get { int32Property(ZMQ_RCVHWM) }
        set { setInt32Property(ZMQ_RCVHWM, newValue) }
    }

    /// `ZMQ_IMMEDIATE`: queue messages only to completed connections (not to peers still connecting).
    public var immediate: Bool {
        get { int32Property(ZMQ_IMMEDIATE) != 0 }
        set { setInt32Property(ZMQ_IMMEDIATE, newValue ? 1 : 0) }
    }

    /// `ZMQ_RECONNECT_IVL`: ms before reconnecting a lost connection (default 100; `-1` never).
    public var reconnectInterval: Int32 {
        get { int32Property(ZMQ_RECONNECT_IVL) }
        set { setInt32Property(ZMQ_RECONNECT_IVL, newValue) }
    }

    /// `ZMQ_RECONNECT_IVL_MAX`: the ceiling (ms) of the exponential reconnect back-off (0: no back-off).
    public var reconnectIntervalMax: Int32 {
        get { int32Property(ZMQ_RECONNECT_IVL_MAX) }
        set { setInt32Property(ZMQ_RECONNECT_IVL_MAX, newValue) }
    }

    /// `ZMQ_HEARTBEAT_IVL`: ms between ZMTP heartbeat pings (0: none).
    public var heartbeatInterval: Int32 {
        get { int32Property(ZMQ_HEARTBEAT_IVL) }
        set { setInt32Property(ZMQ_HEARTBEAT_IVL, newValue) }
    }

    /// `ZMQ_HEARTBEAT_TIMEOUT`: ms without traffic after a ping before the connection is dropped.
    public var heartbeatTimeout: Int32 {
        get { int32Property(ZMQ_HEARTBEAT_TIMEOUT) }
        set { setInt32Property(ZMQ_HEARTBEAT_TIMEOUT, newValue) }
    }

    /// `ZMQ_HEARTBEAT_TTL`: ms the peer should wait for traffic before dropping the connection
    /// (sent in pings; libzmq keeps it in tenths of a second, at most 6,553,599 ms).
    public var heartbeatTTL: Int32 {
        get { int32Property(ZMQ_HEARTBEAT_TTL) }
        set { setInt32Property(ZMQ_HEARTBEAT_TTL, newValue) }
    }

    /// `ZMQ_MAXMSGSIZE`: the largest message (bytes) accepted from a peer; a peer sending more is
    /// disconnected. `-1` (the default) is no limit.
    public var maxMessageSize: Int64 {
        get { (try? int64Option(ZMQ_MAXMSGSIZE)) ?? -1 }
        set { deferringFailure { try setOption(ZMQ_MAXMSGSIZE, int64: newValue) } }
    }

    /// `ZMQ_SNDTIMEO`: ms a blocking send waits before returning `false`; `-1` (default) for ever.
    public var sendTimeout: Int32 {
        get { int32Property(ZMQ_SNDTIMEO, fallback: -1) }
        set { setInt32Property(ZMQ_SNDTIMEO, newValue) }
    }

    /// `ZMQ_RCVTIMEO`: ms a blocking receive waits before returning `nil`; `-1` (default) for ever.
    public var receiveTimeout: Int32 {
        get { int32Property(ZMQ_RCVTIMEO, fallback: -1) }
        set { setInt32Property(ZMQ_RCVTIMEO, newValue) }
    }

    /// `ZMQ_LAST_ENDPOINT`: the endpoint last bound or connected, with the port libzmq chose for a
    /// `tcp://host:*` wildcard; empty before any bind/connect or once closed.
    public var lastEndpoint: String {
        (try? stringOption(ZMQ_LAST_ENDPOINT)) ?? ""
    }

    /// `ZMQ_RCVMORE`: whether the last frame received is followed by more frames of its message.
    /// `receiveMultipart` always reads whole messages, so this is `false` after it.
    public var receiveMore: Bool {
        int32Property(ZMQ_RCVMORE) != 0
    }

    /// `ZMQ_EVENTS`: whether a message can be received (`.readable`) or sent (`.writable`) now
    /// without blocking; empty once closed.
    public var events: ZMQPollEvents {
        ZMQPollEvents(rawValue: Int16(truncatingIfNeeded: int32Property(ZMQ_EVENTS)))
    }

    /// `ZMQ_SUBSCRIBE` (`SUB`/`XSUB`): receive messages whose first frame starts with `prefix`;
    /// an empty prefix receives everything.
    public func subscribe(_ prefix: [UInt8] = []) throws {
        try setOption(ZMQ_SUBSCRIBE, bytes: prefix)
    }

    /// `ZMQ_SUBSCRIBE` with the UTF-8 bytes of `topic`.
    public func subscribe(_ topic: String) throws {
        try subscribe(Array(topic.utf8))
    }

    /// `ZMQ_UNSUBSCRIBE`: removes one earlier subscription to `prefix`.
    public func unsubscribe(_ prefix: [UInt8] = []) throws {
        try setOption(ZMQ_UNSUBSCRIBE, bytes: prefix)
    }

    /// `ZMQ_UNSUBSCRIBE` with the UTF-8 bytes of `topic`.
    public func unsubscribe(_ topic: String) throws {
        try unsubscribe(Array(topic.utf8))
    }

    // MARK: CURVE security (zmq_curve(7))

    /// `ZMQ_CURVE_SERVER`: this socket is the CURVE server (it needs `curveSecretKey`).
    public var curveServer: Bool {
        get { int32Property(ZMQ_CURVE_SERVER) != 0 }
        set { setInt32Property(ZMQ_CURVE_SERVER, newValue ? 1 : 0) }
    }

    /// `ZMQ_CURVE_PUBLICKEY`: this client's long-term public key, as 40 Z85 characters.
    public var curvePublicKey: String {
        get { (try? stringOption(ZMQ_CURVE_PUBLICKEY, capacity: 41)) ?? "" }
        set { deferringFailure { try setOption(ZMQ_CURVE_PUBLICKEY, bytes: Array(newValue.utf8)) } }
    }

    /// `ZMQ_CURVE_SECRETKEY`: this socket's long-term secret key, as 40 Z85 characters.
    public var curveSecretKey: String {
        get { (try? stringOption(ZMQ_CURVE_SECRETKEY, capacity: 41)) ?? "" }
        set { deferringFailure { try setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(newValue.utf8)) } }
    }

    /// `ZMQ_CURVE_SERVERKEY`: the server's public key a client expects, as 40 Z85 characters.
    /// Setting it makes the socket a CURVE client.
    public var curveServerKey: String {
        get { (try? stringOption(ZMQ_CURVE_SERVERKEY, capacity: 41)) ?? "" }
        set { deferringFailure { try setOption(ZMQ_CURVE_SERVERKEY, bytes: Array(newValue.utf8)) } }
    }

    /// `ZMQ_ZAP_DOMAIN`: the authentication domain passed to a ZAP handler.
    public var zapDomain: String {
        get { (try? stringOption(ZMQ_ZAP_DOMAIN)) ?? "" }
        set { deferringFailure { try setOption(ZMQ_ZAP_DOMAIN, bytes: Array(newValue.utf8)) } }
    }
}
