import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ZeroMQ socket (`zmq_socket`), created with `ZMQContext.socket(_:)`.
///
/// A socket is not thread-safe (zmq_socket(3)): use it from one thread at a time. It may move to
/// another thread given a full memory barrier (hand it over through a `Mutex`, a queue, or
/// `sending`), which is why the class is deliberately not `Sendable`.
///
/// The socket keeps its context alive. `close()` is idempotent and `deinit` calls it; operations on
/// a closed socket throw `ZMQError` with `isNotSocket`.
///
/// Messages are multipart: `[[UInt8]]`, one array per frame. Frames may be empty and may contain
/// any bytes; the only size limit is `maxMessageSize` (`ZMQ_MAXMSGSIZE`).
public final class ZMQSocket {
    /// The context the socket belongs to (kept alive by the socket).
    public let context: ZMQContext
    /// The socket's type.
    public let type: ZMQSocketType
    /// The libzmq socket, `nil` once closed.
    private(set) var handle: UnsafeMutableRawPointer?
    /// The first failure of a non-throwing option setter, thrown by the next `bind` or `connect`.
    var deferredOptionError: ZMQError?
    /// The last `routerMandatory` set: libzmq cannot read that option back.
    var routerMandatorySetting = false
    /// The last `routerHandover` set: libzmq cannot read that option back.
    var routerHandoverSetting = false

    init(context: ZMQContext, type: ZMQSocketType) throws {
        guard let handle = zmq_socket(context.handle, type.rawValue) else {
            throw ZMQError.last("zmq_socket(\(type))")
        }
        self.context = context
        self.type = type
        self.handle = handle
    }

    deinit {
        close()
    }

    /// Whether `close()` was called.
    public var isClosed: Bool { handle == nil }

    /// Closes the socket (`zmq_close`). Pending outgoing messages are sent in the background for at
    /// most `linger` milliseconds. Calling it again does nothing.
    public func close() {
        guard let handle else { return }
        self.handle = nil
        zmq_close(handle)
    }

    /// The open handle, or `ENOTSOCK` for `operation` once closed.
    func openHandle(_ operation: @autoclosure () -> String) throws -> UnsafeMutableRawPointer {
        guard let handle else { throw ZMQError(code: ZMQError.notSocketCode, operation: operation()) }
        return handle
    }

    // MARK: Endpoints

    /// Binds to `endpoint` (`zmq_bind`): `tcp://127.0.0.1:*` (any free port; read it back with
    /// `lastEndpoint`), `ipc:///path`, `inproc://name`, ...
    ///
    /// - Throws: `ZMQError` for a malformed or unavailable endpoint, or the failure of an earlier
    ///   non-throwing option setter.
    public func bind(_ endpoint: String) throws {
        let handle = try openHandle("zmq_bind(\(endpoint))")
        try throwDeferredOptionError()
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError.last("zmq_bind(\(endpoint))") }
    }

    /// Stops listening on `endpoint` (`zmq_unbind`); `endpoint` must be the exact bound address
    /// (use `lastEndpoint` after binding a wildcard).
    public func unbind(_ endpoint: String) throws {
        let handle = try openHandle("zmq_unbind(\(endpoint))")
        guard zmq_unbind(handle, endpoint) == 0 else { throw ZMQError.last("zmq_unbind(\(endpoint))") }
    }

    /// Connects to `endpoint` (`zmq_connect`). The connection is made in the background and
    /// re-established after failures, so an absent peer is not an error.
    ///
    /// - Throws: `ZMQError` for a malformed endpoint, or the failure of an earlier non-throwing
    ///   option setter (such as an invalid `routingID`).
    public func connect(_ endpoint: String) throws {
        let handle = try openHandle("zmq_connect(\(endpoint))")
        try throwDeferredOptionError()
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError.last("zmq_connect(\(endpoint))") }
    }

    /// Disconnects from `endpoint` (`zmq_disconnect`).
    public func disconnect(_ endpoint: String) throws {
        let handle = try openHandle("zmq_disconnect(\(endpoint))")
        guard zmq_disconnect(handle, endpoint) == 0 else { throw ZMQError.last("zmq_disconnect(\(endpoint))") }
    }

    private func throwDeferredOptionError() throws {
        if let error = deferredOptionError {
            deferredOptionError = nil
            throw error
        }
    }

    // MARK: Sending

    /// Sends one multipart message, every frame but the last flagged `ZMQ_SNDMORE`.
    ///
    /// ZeroMQ delivers multipart messages atomically: once libzmq accepted the first frame, the
    /// high-water mark no longer applies to the rest of that message (zmq_send(3)). So `dontWait`
    /// applies to the first frame only; when it cannot be queued the method returns `false` and
    /// nothing was sent. The remaining frames are then sent without `ZMQ_DONTWAIT` (they do not
    /// block), retrying after `EINTR` so a signal never leaves half a message queued.
    ///
    /// A blocking send interrupted by a signal before the first frame throws `ZMQError` with
    /// `isInterrupted`, so the caller can check its stop flag; nothing was sent.
    ///
    /// - Parameters:
    ///   - frames: the message; at least one frame (frames themselves may be empty).
    ///   - dontWait: fail fast with `false` instead of blocking when the message cannot be queued.
    /// - Returns: `true` when the message was queued, `false` on `EAGAIN` (nothing sent): with
    ///   `dontWait` when the message cannot be queued now, or when a `sendTimeout` expired.
    /// - Throws: `ZMQError` for other failures, e.g. `isHostUnreachable` for a `ROUTER` with
    ///   `routerMandatory` and an unknown first frame, `isTerminated` after the context shut down,
    ///   `EINVAL` for an empty `frames`.
    @discardableResult
    public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws -> Bool {
        let handle = try openHandle("zmq_msg_send")
        guard !frames.isEmpty else {
            throw ZMQError(code: EINVAL, operation: "zmq_msg_send (a message needs at least one frame)")
        }
        let lastIndex = frames.count - 1
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = index < lastIndex ? ZMQ_SNDMORE : 0
            if index == 0, dontWait { flags |= ZMQ_DONTWAIT }
            while let error = try sendFrame(frame, flags: flags, handle: handle) {
                if index == 0 {
                    if error.isAgain { return false }
                    throw error
                }
                // Later frames: libzmq guarantees they are accepted; only a signal can interrupt.
                if !error.isInterrupted { throw error }
            }
        }
        return true
    }

    /// Sends a single frame with `flags`; returns libzmq's refusal, or `nil` when it was queued.
    private func sendFrame(_ frame: [UInt8], flags: Int32, handle: UnsafeMutableRawPointer) throws -> ZMQError? {
        let message = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)
        defer { message.deallocate() }
        guard zmq_msg_init_size(message, frame.count) == 0 else { throw ZMQError.last("zmq_msg_init_size") }
        if let data = zmq_msg_data(message) {
            frame.withUnsafeBytes { bytes in
                if let source = bytes.baseAddress { data.copyMemory(from: source, byteCount: bytes.count) }
            }
        }
        if zmq_msg_send(message, handle, flags) >= 0 { return nil }
        // On failure the message still belongs to the caller (zmq_msg_send(3)).
        let error = ZMQError.last("zmq_msg_send")
        zmq_msg_close(message)
        return error
    }

    // MARK: Receiving

    /// Receives one whole multipart message (every frame up to the one without `ZMQ_RCVMORE`).
    ///
    /// A blocking receive interrupted by a signal throws `ZMQError` with `isInterrupted` (it is not
    /// retried) so the caller can check its stop flag and call again. Frames after the first are
    /// already queued (delivery is atomic) and are read with `EINTR` retried, so a signal never
    /// splits a message.
    ///
    /// - Parameter dontWait: return `nil` at once when no message is waiting.
    /// - Returns: the frames, or `nil` on `EAGAIN` (no message, or `ZMQ_RCVTIMEO` expired).
    /// - Throws: `ZMQError`, e.g. `isTerminated` after the context shut down.
    public func receiveMultipart(dontWait: Bool = false) throws -> [[UInt8]]? {
        let handle = try openHandle("zmq_msg_recv")
        let message = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)
        defer { message.deallocate() }
        var frames: [[UInt8]] = []
        while true {
            guard zmq_msg_init(message) == 0 else { throw ZMQError.last("zmq_msg_init") }
            defer { zmq_msg_close(message) }
            let isFirst = frames.isEmpty
            if zmq_msg_recv(message, handle, isFirst && dontWait ? ZMQ_DONTWAIT : 0) < 0 {
                let error = ZMQError.last("zmq_msg_recv")
                if isFirst {
                    if error.isAgain { return nil }
                    throw error
                }
                if error.isInterrupted { continue }
                throw error
            }
            let size = zmq_msg_size(message)
            if size > 0, let data = zmq_msg_data(message) {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            if zmq_msg_more(message) == 0 { return frames }
        }
    }
}
