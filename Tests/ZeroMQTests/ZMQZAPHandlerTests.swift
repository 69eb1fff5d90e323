import XCTest
import ZeroMQ

final class ZMQZAPHandlerTests: XCTestCase {
    private struct Server {
        let handler: ZMQZAPHandler
        let socket: ZMQSocket
        let monitor: ZMQSocketMonitor
        let publicKey: String
    }

    /// A CURVE PULL server on 127.0.0.1 guarded by a handler allowing `allowed`.
    private func makeServer(_ context: ZMQContext, allowed: Set<String>) throws -> Server {
        let keys = try ZMQCurve.generateKeyPair()
        let handler = try ZMQZAPHandler(context: context, allowedPublicKeys: allowed)
        let socket = try makeSocket(context, .pull)
        socket.curveServer = true
        socket.curveSecretKey = keys.secretKey
        socket.zapDomain = "test"
        let monitor = try ZMQSocketMonitor(socket, events: [.handshakeSucceeded, .handshakeFailedAuth])
        try socket.bind("tcp://127.0.0.1:*")
        return Server(handler: handler, socket: socket, monitor: monitor, publicKey: keys.publicKey)
    }

    private func makeClient(_ context: ZMQContext, serverKey: String, keys: (publicKey: String, secretKey: String)) throws -> ZMQSocket {
        let push = try makeSocket(context, .push)
        push.curveServerKey = serverKey
        push.curvePublicKey = keys.publicKey
        push.curveSecretKey = keys.secretKey
        return push
    }

    /// Answers ZAP requests for up to `seconds`, until one arrives, and returns the decisions.
    private func serveZAP(_ handler: ZMQZAPHandler, seconds: Double = 3) throws -> [ZMQZAPDecision] {
        var poller = ZMQPoller()
        let token = poller.register(handler.socket, events: .readable)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try poller.poll(timeoutMilliseconds: 50).contains(token) {
                let decisions = try handler.handlePending()
                if !decisions.isEmpty { return decisions }
            }
        }
        return []
    }

    func testAllowedKeyGetsThroughAndUnknownKeyIsRefused() throws {
        let context = try ZMQContext()
        let friend = try ZMQCurve.generateKeyPair()
        let stranger = try ZMQCurve.generateKeyPair()
        let server = try makeServer(context, allowed: [friend.publicKey])

        // The stranger is refused: the handler says 400 with its key and address, the monitor sees
        // an authentication failure, and nothing it sends arrives.
        let intruder = try makeClient(context, serverKey: server.publicKey, keys: stranger)
        try intruder.connect(server.socket.lastEndpoint)
        _ = try intruder.send([Array("let me in".utf8)], dontWait: true)
        let refusals = try serveZAP(server.handler)
        XCTAssertEqual(refusals.first?.statusCode, 400)
        XCTAssertEqual(refusals.first?.request.curvePublicKey, stranger.publicKey)
        XCTAssertEqual(refusals.first?.request.address, "127.0.0.1")
        XCTAssertEqual(refusals.first?.request.domain, "test")
        XCTAssertEqual(refusals.first?.request.mechanism, "CURVE")
        XCTAssertTrue(refusals.first?.description.contains("denied key \(stranger.publicKey) from 127.0.0.1") ?? false, "\(refusals)")
        XCTAssertEqual(try server.monitor.nextEvent(timeoutMilliseconds: 2_000)?.kind, .handshakeFailedAuth)
        XCTAssertNil(try receive(server.socket, timeoutMilliseconds: 300))
        intruder.close()

        // The friend gets through.
        let member = try makeClient(context, serverKey: server.publicKey, keys: friend)
        try member.connect(server.socket.lastEndpoint)
        _ = try member.send([Array("hello".utf8)], dontWait: true)
        var accepted: [ZMQZAPDecision] = []
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline, !accepted.contains(where: \.isAllowed) {
            accepted += try serveZAP(server.handler, seconds: 0.2)
        }
        XCTAssertTrue(accepted.contains { $0.isAllowed && $0.request.curvePublicKey == friend.publicKey }, "\(accepted)")
        XCTAssertEqual(try receive(server.socket), [Array("hello".utf8)])
        member.close()
        server.monitor.close()
        server.socket.close()
        server.handler.socket.close()
    }

    func testAllowListCanBeReplaced() throws {
        let context = try ZMQContext()
        let friend = try ZMQCurve.generateKeyPair()
        let server = try makeServer(context, allowed: [])
        server.handler.setAllowedPublicKeys([friend.publicKey])
        XCTAssertEqual(server.handler.allowedPublicKeys, [friend.publicKey])
        let member = try makeClient(context, serverKey: server.publicKey, keys: friend)
        try member.connect(server.socket.lastEndpoint)
        _ = try member.send([Array("hi".utf8)], dontWait: true)
        XCTAssertEqual(try serveZAP(server.handler).first?.statusCode, 200)
        XCTAssertEqual(try receive(server.socket), [Array("hi".utf8)])
        member.close()
        server.monitor.close()
        server.socket.close()
        server.handler.socket.close()
    }

    func testOneHandlerPerContext() throws {
        let context = try ZMQContext()
        let first = try ZMQZAPHandler(context: context, allowedPublicKeys: [])
        XCTAssertNotNil(assertThrowsZMQError(try ZMQZAPHandler(context: context, allowedPublicKeys: [])))
        first.socket.close()
    }

    func testZ85Encoding() throws {
        // The example of RFC 32/Z85.
        XCTAssertEqual(ZMQCurve.z85Encode([0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B]), "HelloWorld")
        XCTAssertNil(ZMQCurve.z85Encode([1, 2, 3]))
    }
}
