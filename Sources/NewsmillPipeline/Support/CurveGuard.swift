import Logging
import ZeroMQ

/// Logs repeated security events at most once per `interval` seconds per kind and peer, with the
/// number of repeats left out: a refused peer reconnects every few hundred milliseconds, and the log
/// must stay readable.
struct RateLimitedLog {
    private var lastLogged: [String: Double] = [:]
    private var repeats: [String: Int] = [:]
    private let clock = MonotonicClock()
    let interval: Double

    init(interval: Double = 30) { self.interval = interval }

    /// Logs `message` at `level` unless the same `key` was logged less than `interval` seconds ago.
    mutating func log(_ logger: Logger, _ level: Logger.Level, key: String, _ message: String) {
        let now = clock.now
        if let last = lastLogged[key], now - last < interval {
            repeats[key, default: 0] += 1
            return
        }
        let skipped = repeats.removeValue(forKey: key) ?? 0
        lastLogged[key] = now
        logger.log(level: level, "\(message)\(skipped > 0 ? " (\(skipped) more since the last report)" : "")")
    }
}

/// Makes a bound ROUTER socket a CURVE server that admits only allow-listed workers: a ZAP handler
/// on the socket's context decides, and a socket monitor reports refused handshakes. Both are
/// polled by the role's own loop (`register(in:)` then `service(_:)` each turn), so no extra thread
/// touches the sockets. Create it after the socket and **before** `bind`.
final class CurveServerGuard {
    private let role: String
    private let logger: Logger
    private let handler: ZMQZAPHandler?
    private let monitor: ZMQSocketMonitor?
    private var tokens: (zap: ZMQPollToken, monitor: ZMQPollToken)?
    private var log = RateLimitedLog()

    /// Configures `socket` for `security`; without security it does nothing (plain TCP).
    init(socket: ZMQSocket, security: CurveServerSecurity?, role: String, logger: Logger) throws {
        self.role = role
        self.logger = logger
        guard let security else {
            handler = nil
            monitor = nil
            return
        }
        handler = try ZMQZAPHandler(context: socket.context, allowedPublicKeys: security.allowedClientKeys)
        socket.curveServer = true
        socket.curveSecretKey = security.secretKey
        socket.zapDomain = "newsmill"
        monitor = try ZMQSocketMonitor(socket, events: [.handshakeFailedAuth, .handshakeFailedProtocol, .handshakeFailedNoDetail])
        let ownKey = (try? ZMQCurve.publicKey(fromSecret: security.secretKey)) ?? "?"
        logger.info("\(role): CURVE on, public key \(ownKey), \(security.allowedClientKeys.count) worker key(s) allowed")
    }

    /// Whether CURVE is on.
    var isEnabled: Bool { handler != nil }

    /// Adds the ZAP and monitor sockets to `poller`.
    func register(in poller: inout ZMQPoller) {
        guard let handler, let monitor else { return }
        tokens = (poller.register(handler.socket, events: .readable), poller.register(monitor.eventSocket, events: .readable))
    }

    /// Answers pending ZAP requests and logs refusals, when their sockets are in `ready`.
    func service(_ ready: Set<ZMQPollToken>) {
        guard let handler, let monitor, let tokens else { return }
        if ready.contains(tokens.zap) {
            do {
                for decision in try handler.handlePending() {
                    if decision.isAllowed {
                        logger.debug("\(role): \(decision)")
                    } else {
                        let peer = "\(decision.request.curvePublicKey ?? decision.request.mechanism)@\(decision.request.address)"
                        log.log(logger, .warning, key: "zap \(peer)", "\(role): refused a worker: \(decision)")
                    }
                }
            } catch {
                logger.error("\(role): ZAP handler failed: \(error)")
            }
        }
        if ready.contains(tokens.monitor) {
            while let event = try? monitor.nextEvent() {
                let what = switch event.kind {
                case .handshakeFailedAuth: "authentication refused (ZAP status \(event.value))"
                case .handshakeFailedProtocol: "CURVE handshake broken (protocol error \(event.value); a plain-text client or a wrong server key?)"
                default: "handshake failed (errno \(event.value); a plain-text client, or a refused one hanging up?)"
                }
                log.log(logger, .warning, key: "monitor \(event.kind) \(event.endpoint)", "\(role): \(what) on \(event.endpoint)")
            }
        }
    }

    /// Closes the monitor and the ZAP handler.
    func close() {
        monitor?.close()
        handler?.socket.close()
    }
}

/// Logs the outcome of a client socket's handshakes (a worker's view: refused by the server, a
/// server whose key is not the one expected, or a server that wants CURVE when this worker has no
/// keys), and notices when a lost link comes back (`takeReconnection()`), so the worker can send its
/// unacknowledged results again at once. Polled by the worker's loop.
final class ClientHandshakeWatch {
    private let peer: String
    private let logger: Logger
    private let monitor: ZMQSocketMonitor
    private var token: ZMQPollToken?
    private var log = RateLimitedLog()
    private var handshakes = 0
    private var reconnected = false

    /// Makes `socket` a CURVE client of the server with public key `serverKey` (a plain client when
    /// `keys` is `nil`), watching its handshakes. Call before `connect`.
    init(socket: ZMQSocket, keys: (secretKey: String, serverKey: String)?, peer: String, logger: Logger) throws {
        self.peer = peer
        self.logger = logger
        if let keys {
            socket.curveSecretKey = keys.secretKey
            socket.curvePublicKey = try ZMQCurve.publicKey(fromSecret: keys.secretKey)
            socket.curveServerKey = keys.serverKey
        }
        monitor = try ZMQSocketMonitor(
            socket, events: [.handshakeSucceeded, .handshakeFailedAuth, .handshakeFailedProtocol, .handshakeFailedNoDetail, .disconnected]
        )
    }

    /// Whether the link came back (a handshake succeeded after an earlier one) since the last call.
    func takeReconnection() -> Bool {
        defer { reconnected = false }
        return reconnected
    }

    /// Adds the monitor socket to `poller`.
    func register(in poller: inout ZMQPoller) {
        token = poller.register(monitor.eventSocket, events: .readable)
    }

    /// Logs the handshake events pending, when the monitor is in `ready`.
    func service(_ ready: Set<ZMQPollToken>) {
        guard let token, ready.contains(token) else { return }
        while let event = try? monitor.nextEvent() {
            switch event.kind {
            case .handshakeSucceeded:
                handshakes += 1
                if handshakes > 1 {
                    reconnected = true
                    logger.notice("reconnected to the \(peer) at \(event.endpoint)")
                } else {
                    logger.debug("handshake with the \(peer) at \(event.endpoint) succeeded")
                }
            case .disconnected:
                log.log(logger, .warning, key: "disconnected", "lost the connection to the \(peer) at \(event.endpoint); reconnecting")
            case .handshakeFailedAuth:
                log.log(logger, .error, key: "auth", "the \(peer) at \(event.endpoint) refused this worker's key (status \(event.value)); is its public key in the \(peer)'s --allow-keys?")
            default:
                log.log(logger, .error, key: "handshake", "handshake with the \(peer) at \(event.endpoint) failed (\(event.kind), \(event.value)); check the \(peer)'s public key, or whether it requires CURVE keys")
            }
        }
    }

    /// Stops watching.
    func close() { monitor.close() }
}
