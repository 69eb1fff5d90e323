import XCTest
import ZeroMQ

final class ZMQCurveTests: XCTestCase {
    func testKeyPairs() throws {
        XCTAssertTrue(ZMQCurve.isAvailable)
        let pair = try ZMQCurve.generateKeyPair()
        XCTAssertTrue(ZMQCurve.isZ85Key(pair.publicKey), pair.publicKey)
        XCTAssertTrue(ZMQCurve.isZ85Key(pair.secretKey), pair.secretKey)
        XCTAssertNotEqual(pair.publicKey, pair.secretKey)
        XCTAssertEqual(try ZMQCurve.publicKey(fromSecret: pair.secretKey), pair.publicKey)
        XCTAssertNotEqual(try ZMQCurve.generateKeyPair().secretKey, pair.secretKey)
    }

    func testBadSecretKeys() {
        for bad in ["", "short", String(repeating: "a", count: 39) + "~", String(repeating: "a", count: 41)] {
            XCTAssertEqual(assertThrowsZMQError(try ZMQCurve.publicKey(fromSecret: bad))?.code, EINVAL, bad)
        }
    }

    private struct Peers {
        let server: ZMQSocket
        let client: ZMQSocket
    }

    private func connect(_ context: ZMQContext, serverKeyForClient: (String) throws -> String) throws -> Peers {
        let server = try ZMQCurve.generateKeyPair()
        let client = try ZMQCurve.generateKeyPair()
        let pull = try makeSocket(context, .pull)
        pull.curveServer = true
        pull.curveSecretKey = server.secretKey
        try pull.bind("tcp://127.0.0.1:*")
        let push = try makeSocket(context, .push)
        push.curveServerKey = try serverKeyForClient(server.publicKey)
        push.curvePublicKey = client.publicKey
        push.curveSecretKey = client.secretKey
        try push.connect(pull.lastEndpoint)
        XCTAssertTrue(pull.curveServer)
        XCTAssertEqual(push.curvePublicKey, client.publicKey)
        XCTAssertEqual(push.curveSecretKey, client.secretKey)
        return Peers(server: pull, client: push)
    }

    func testMessagesFlowWithTheRightServerKey() throws {
        let context = try ZMQContext()
        let peers = try connect(context) { $0 }
        try peers.client.send([Array("secret".utf8), [0, 1, 2]])
        XCTAssertEqual(try receive(peers.server, timeoutMilliseconds: 5_000), [Array("secret".utf8), [0, 1, 2]])
    }

    func testNothingArrivesWithTheWrongServerKey() throws {
        let context = try ZMQContext()
        let peers = try connect(context) { _ in try ZMQCurve.generateKeyPair().publicKey }
        peers.client.immediate = false
        _ = try peers.client.send([Array("secret".utf8)], dontWait: true)
        XCTAssertNil(try receive(peers.server, timeoutMilliseconds: 700))
    }

    func testAPlainClientCannotTalkToACurveServer() throws {
        let context = try ZMQContext()
        let server = try ZMQCurve.generateKeyPair()
        let pull = try makeSocket(context, .pull)
        pull.curveServer = true
        pull.curveSecretKey = server.secretKey
        try pull.bind("tcp://127.0.0.1:*")
        let push = try makeSocket(context, .push)
        try push.connect(pull.lastEndpoint)
        _ = try push.send([Array("plain".utf8)], dontWait: true)
        XCTAssertNil(try receive(pull, timeoutMilliseconds: 500))
    }

    func testAnInvalidKeyIsReportedByConnect() throws {
        let context = try ZMQContext()
        let push = try makeSocket(context, .push)
        push.curveServerKey = "not a key"
        XCTAssertEqual(assertThrowsZMQError(try push.connect("tcp://127.0.0.1:1"))?.code, EINVAL)
    }
}
