import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One authentication request libzmq sent to the ZAP handler (RFC 27/ZAP,
/// https://rfc.zeromq.org/spec/27/).
public struct ZMQZAPRequest: Sendable, Hashable {
    /// The protocol version, `"1.0"`.
    public var version: String
    /// An opaque id the reply must echo.
    public var requestID: [UInt8]
    /// The server socket's `ZMQ_ZAP_DOMAIN`.
    public var domain: String
    /// The peer's address, such as `127.0.0.1` (no port).
    public var address: String
    /// The routing id the peer asked for (often empty).
    public var routingID: [UInt8]
    /// The security mechanism: `"NULL"`, `"PLAIN"` or `"CURVE"`.
    public var mechanism: String
    /// The mechanism's credentials: for CURVE, the client's 32-byte long-term public key.
    public var credentials: [[UInt8]]

    /// The client's CURVE public key in Z85 (40 characters), when the mechanism is CURVE.
    public var curvePublicKey: String? {
        guard mechanism == "CURVE", let key = credentials.first, key.count == 32 else { return nil }
        return ZMQCurve.z85Encode(key)
    }

    /// Creates a request.
    public init(
        version: String, requestID: [UInt8], domain: String, address: String, routingID: [UInt8],
        mechanism: String, credentials: [[UInt8]]
    ) {
        self.version = version
        self.requestID = requestID
        self.domain = domain
        self.address = address
        self.routingID = routingID
        self.mechanism = mechanism
        self.credentials = credentials
    }

    /// Decodes the frames after the ROUTER envelope (routing id and empty delimiter), in RFC 27 order:
    /// version, request id, domain, address, identity, mechanism, credentials...
    init?(frames: ArraySlice<[UInt8]>) {
        guard frames.count >= 6 else { return nil }
        let fields = Array(frames)
        self.init(
            version: String(decoding: fields[0], as: UTF8.self), requestID: fields[1],
            domain: String(decoding: fields[2], as: UTF8.self), address: String(decoding: fields[3], as: UTF8.self),
            routingID: fields[4], mechanism: String(decoding: fields[5], as: UTF8.self),
            credentials: Array(fields[6...])
        )
    }
}

/// What the ZAP handler answered to one request.
public struct ZMQZAPDecision: Sendable, Hashable, CustomStringConvertible {
    /// The request answered.
    public var request: ZMQZAPRequest
    /// The RFC 27 status: 200 (allowed), 400 (denied) or 500 (malformed request).
    public var statusCode: Int
    /// Why, in words (also sent to libzmq as the status text).
    public var reason: String

    /// Whether the peer was let in.
    public var isAllowed: Bool { statusCode == 200 }

    /// `"denied CURVE key <key> from <address>: <reason>"` or `"allowed ..."`.
    public var description: String {
        let who = request.curvePublicKey.map { "key \($0)" } ?? "a \(request.mechanism) peer"
        return "\(isAllowed ? "allowed" : "denied") \(who) from \(request.address.isEmpty ? "?" : request.address): \(reason)"
    }
}

/// A ZAP handler (RFC 27/ZAP) that admits CURVE clients whose long-term public keys are in an
/// allow-list and refuses every other peer.
///
/// libzmq asks the handler bound on `inproc://zeromq.zap.01` of a context about every connection to a
/// socket of that context that has a security mechanism (here: `curveServer`). The handler must be
/// created **before** such a socket binds: libzmq lets every peer in when no handler is bound.
/// One handler per context.
///
/// Threading: the handler does not start a thread. Its `socket` is meant to be registered in the
/// owner's `ZMQPoller`, and `handlePending()` called whenever it is readable, from the thread that
/// owns the handler (like any `ZMQSocket`). A connecting peer's handshake waits until then, so poll
/// it at least every few tens of milliseconds.
public final class ZMQZAPHandler {
    /// The endpoint libzmq sends ZAP requests to (RFC 27).
    public static let endpoint = "inproc://zeromq.zap.01"

    /// The ROUTER socket receiving requests; register it in a `ZMQPoller` (readable).
    public let socket: ZMQSocket
    /// The Z85 public keys let in.
    public private(set) var allowedPublicKeys: Set<String>

    /// Binds the handler on `ZMQZAPHandler.endpoint` of `context`.
    ///
    /// - Throws: `ZMQError` (`EADDRINUSE` when the context already has a handler).
    public init(context: ZMQContext, allowedPublicKeys: Set<String>) throws {
        let socket = try context.socket(.router)
        socket.linger = 0
        try socket.bind(Self.endpoint)
        self.socket = socket
        self.allowedPublicKeys = allowedPublicKeys
    }

    deinit {
        socket.close()
    }

    /// Replaces the allow-list (effective for the next connection).
    public func setAllowedPublicKeys(_ keys: Set<String>) {
        allowedPublicKeys = keys
    }

    /// Answers every request already queued, without waiting, and returns the decisions taken.
    ///
    /// - Throws: `ZMQError` when the socket fails (closed, context terminated).
    public func handlePending() throws -> [ZMQZAPDecision] {
        var decisions: [ZMQZAPDecision] = []
        while let frames = try socket.receiveMultipart(dontWait: true) {
            // ROUTER envelope: [peer routing id, empty delimiter, request frames...].
            guard frames.count >= 2, frames[1].isEmpty else { continue }
            let envelope = Array(frames[0...1])
            guard let request = ZMQZAPRequest(frames: frames[2...]) else {
                // Too short to carry a request id: RFC 27 gives no way to answer; libzmq never sends this.
                continue
            }
            let decision = decide(request)
            let reply: [[UInt8]] = envelope + [
                Array("1.0".utf8), request.requestID, Array(String(decision.statusCode).utf8),
                Array(decision.reason.utf8), decision.isAllowed ? Array((request.curvePublicKey ?? "").utf8) : [], [],
            ]
            _ = try socket.send(reply, dontWait: true)
            decisions.append(decision)
        }
        return decisions
    }

    private func decide(_ request: ZMQZAPRequest) -> ZMQZAPDecision {
        guard request.version == "1.0" else {
            return ZMQZAPDecision(request: request, statusCode: 500, reason: "unsupported ZAP version \(request.version)")
        }
        guard request.mechanism == "CURVE" else {
            return ZMQZAPDecision(request: request, statusCode: 400, reason: "mechanism \(request.mechanism) is not allowed")
        }
        guard let key = request.curvePublicKey else {
            return ZMQZAPDecision(request: request, statusCode: 500, reason: "malformed CURVE credentials")
        }
        guard allowedPublicKeys.contains(key) else {
            return ZMQZAPDecision(request: request, statusCode: 400, reason: "public key not in the allow-list")
        }
        return ZMQZAPDecision(request: request, statusCode: 200, reason: "OK")
    }
}

extension ZMQCurve {
    /// Encodes bytes in Z85 (`zmq_z85_encode`, https://rfc.zeromq.org/spec/32/); `nil` unless the count
    /// is a multiple of 4.
    public static func z85Encode(_ bytes: [UInt8]) -> String? {
        guard bytes.count % 4 == 0 else { return nil }
        var text = [CChar](repeating: 0, count: bytes.count * 5 / 4 + 1)
        guard zmq_z85_encode(&text, bytes, bytes.count) != nil else { return nil }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
