import Foundation
import Synchronization
import XCTest
import ZeroMQ

final class ZMQSocketTests: XCTestCase {
    private var context: ZMQContext!

    override func setUpWithError() throws {
        context = try ZMQContext()
    }

    override func tearDown() {
        context = nil
    }

    // MARK: Transports and multipart

    /// Frames exercising the edge cases: empty frames, NUL bytes, every byte value, 5 MB.
    private func sampleMessage() -> [[UInt8]] {
        var large = [UInt8](repeating: 0, count: 5 * 1_024 * 1_024)
        for index in large.indices { large[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        return [[], Array("header".utf8), [0, 0, 0], Array(0...255), [], large, [0]]
    }

    private func assertPushPullRoundTrip(bind endpoint: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let pull = try makeSocket(context, .pull)
        try pull.bind(endpoint)
        let push = try makeSocket(context, .push)
        try push.connect(pull.lastEndpoint)
        let message = sampleMessage()
        XCTAssertTrue(try push.send(message), file: file, line: line)
        try push.send([Array("second".utf8)])
        let received = try XCTUnwrap(try receive(pull, timeoutMilliseconds: 5_000), file: file, line: line)
        XCTAssertEqual(received.count, message.count, file: file, line: line)
        XCTAssertEqual(received.map(\.count), message.map(\.count), file: file, line: line)
        XCTAssertTrue(received == message, "frames differ", file: file, line: line)
        XCTAssertFalse(pull.receiveMore, file: file, line: line)
        XCTAssertEqual(try receive(pull), [Array("second".utf8)], file: file, line: line)
    }

    func testPushPullOverInproc() throws {
        try assertPushPullRoundTrip(bind: "inproc://push-pull")
    }

    func testPushPullOverIPC() throws {
        let directory = try makeTemporaryDirectory(self)
        try assertPushPullRoundTrip(bind: "ipc://\(directory.path)/jobs.sock")
    }

    func testPushPullOverTCPWithAWildcardPort() throws {
        let pull = try makeSocket(context, .pull)
        try pull.bind("tcp://127.0.0.1:*")
        let endpoint = pull.lastEndpoint
        XCTAssertTrue(endpoint.hasPrefix("tcp://127.0.0.1:"), endpoint)
        let port = try XCTUnwrap(Int(endpoint.split(separator: ":").last ?? ""))
        XCTAssertGreaterThan(port, 0)
        pull.close()
        try assertPushPullRoundTrip(bind: "tcp://127.0.0.1:*")
    }

    func testSingleEmptyFrame() throws {
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://empty")
        let push = try makeSocket(context, .push)
        try push.connect("inproc://empty")
        try push.send([[]])
        XCTAssertEqual(try receive(pull), [[]])
    }

    func testSendingNoFramesIsAnError() throws {
        let push = try makeSocket(context, .push)
        let error = assertThrowsZMQError(try push.send([]))
        XCTAssertEqual(error?.code, EINVAL)
    }

    // MARK: ROUTER and DEALER

    func testRouterRepliesToTheRightDealer() throws {
        let router = try makeSocket(context, .router)
        try router.bind("tcp://127.0.0.1:*")
        var dealers: [String: ZMQSocket] = [:]
        for name in ["alpha", "beta"] {
            let dealer = try makeSocket(context, .dealer)
            dealer.routingID = Array(name.utf8)
            XCTAssertEqual(dealer.routingID, Array(name.utf8))
            try dealer.connect(router.lastEndpoint)
            try dealer.send([Array("hello from \(name)".utf8)])
            dealers[name] = dealer
        }
        var seen: [String: String] = [:]
        for _ in 0..<2 {
            let frames = try XCTUnwrap(try receive(router))
            XCTAssertEqual(frames.count, 2)
            seen[String(decoding: frames[0], as: UTF8.self)] = String(decoding: frames[1], as: UTF8.self)
        }
        XCTAssertEqual(seen, ["alpha": "hello from alpha", "beta": "hello from beta"])

        try router.send([Array("beta".utf8), [], Array("for beta".utf8)])
        XCTAssertEqual(try receive(XCTUnwrap(dealers["beta"])), [[], Array("for beta".utf8)])
        XCTAssertNil(try receive(XCTUnwrap(dealers["alpha"]), timeoutMilliseconds: 200))
    }

    func testRouterMandatoryRejectsAnUnknownPeer() throws {
        let router = try makeSocket(context, .router)
        router.routerMandatory = true
        XCTAssertTrue(router.routerMandatory)
        try router.bind("inproc://mandatory")
        let blocking = assertThrowsZMQError(try router.send([Array("nobody".utf8), Array("x".utf8)]))
        XCTAssertTrue(blocking?.isHostUnreachable == true, "\(String(describing: blocking))")
        let nonBlocking = assertThrowsZMQError(try router.send([Array("nobody".utf8), Array("x".utf8)], dontWait: true))
        XCTAssertTrue(nonBlocking?.isHostUnreachable == true, "\(String(describing: nonBlocking))")
        XCTAssertTrue(nonBlocking?.description.contains("Host unreachable") == true)
    }

    func testRouterHandoverGivesARoutingIDToTheNewestPeer() throws {
        let router = try makeSocket(context, .router)
        router.routerHandover = true
        XCTAssertTrue(router.routerHandover)
        try router.bind("inproc://handover")
        let first = try makeSocket(context, .dealer)
        first.routingID = Array("worker".utf8)
        try first.connect("inproc://handover")
        try first.send([Array("from first".utf8)])
        XCTAssertEqual(try receive(router), [Array("worker".utf8), Array("from first".utf8)])

        // A restarted peer under the same id takes the name over; the old one no longer gets its mail.
        let second = try makeSocket(context, .dealer)
        second.routingID = Array("worker".utf8)
        try second.connect("inproc://handover")
        try second.send([Array("from second".utf8)])
        XCTAssertEqual(try receive(router), [Array("worker".utf8), Array("from second".utf8)])
        try router.send([Array("worker".utf8), Array("to the newest".utf8)])
        XCTAssertEqual(try receive(second), [Array("to the newest".utf8)])
        XCTAssertNil(try receive(first, timeoutMilliseconds: 200))
    }

    func testRouterWithoutMandatoryDropsSilently() throws {
        let router = try makeSocket(context, .router)
        XCTAssertFalse(router.routerMandatory)
        try router.bind("inproc://not-mandatory")
        XCTAssertTrue(try router.send([Array("nobody".utf8), Array("x".utf8)], dontWait: true))
    }

    // MARK: Non-blocking

    func testDontWaitReceiveOnAnEmptySocketReturnsNil() throws {
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://empty-receive")
        XCTAssertNil(try pull.receiveMultipart(dontWait: true))
    }

    func testDontWaitSendWithoutPeerReturnsFalse() throws {
        let push = try makeSocket(context, .push)
        try push.bind("inproc://no-peer")
        XCTAssertFalse(try push.send([Array("x".utf8)], dontWait: true))
    }

    func testDontWaitSendAtTheHighWaterMarkReturnsFalseAndSendsNothingPartial() throws {
        let pull = try makeSocket(context, .pull)
        pull.receiveHighWaterMark = 2
        try pull.bind("tcp://127.0.0.1:*")
        let push = try makeSocket(context, .push)
        push.sendHighWaterMark = 2
        try push.connect(pull.lastEndpoint)
        let message: [[UInt8]] = [Array("a".utf8), [], [UInt8](repeating: 9, count: 64 * 1_024)]
        var accepted = 0
        var refused = false
        let deadline = Date().addingTimeInterval(5)
        while !refused, Date() < deadline {
            if try push.send(message, dontWait: true) {
                accepted += 1
            } else {
                refused = true
            }
        }
        XCTAssertTrue(refused, "the high-water mark was never reached")
        XCTAssertGreaterThan(accepted, 0)
        var received = 0
        while let frames = try receive(pull, timeoutMilliseconds: 500) {
            XCTAssertEqual(frames, message)
            received += 1
        }
        XCTAssertEqual(received, accepted)
    }

    func testReceiveTimeoutReturnsNil() throws {
        let pull = try makeSocket(context, .pull)
        pull.receiveTimeout = 50
        try pull.bind("inproc://receive-timeout")
        let start = Date()
        XCTAssertNil(try pull.receiveMultipart())
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }

    #if canImport(Glibc)
    func testASignalInterruptsABlockingReceive() throws {
        let pull = try makeSocket(context, .pull)
        pull.receiveTimeout = 3_000
        try pull.bind("inproc://interrupted")
        let start = Date()
        let error = try interruptingThisThread { assertThrowsZMQError(try pull.receiveMultipart()) }
        XCTAssertTrue(error?.isInterrupted == true, "\(String(describing: error))")
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.5, "the receive was retried, not interrupted")
    }
    #endif

    // MARK: Lifetime

    func testCloseIsIdempotentAndLaterUseThrows() throws {
        let socket = try makeSocket(context, .pull)
        try socket.bind("inproc://closing")
        XCTAssertFalse(socket.isClosed)
        socket.close()
        socket.close()
        XCTAssertTrue(socket.isClosed)
        XCTAssertEqual(socket.lastEndpoint, "")
        XCTAssertTrue(assertThrowsZMQError(try socket.receiveMultipart(dontWait: true))?.isNotSocket == true)
        XCTAssertTrue(assertThrowsZMQError(try socket.send([[1]]))?.isNotSocket == true)
        XCTAssertTrue(assertThrowsZMQError(try socket.bind("inproc://closing"))?.isNotSocket == true)
    }

    func testASocketMovesToAnotherThreadThroughAMutex() throws {
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://moved")
        let push = try makeSocket(context, .push)
        try push.connect("inproc://moved")
        let sink = SocketSink(push)
        let group = DispatchGroup()
        for index in 0..<8 {
            DispatchQueue.global().async(group: group) { sink.send([[UInt8(index)], Array("payload".utf8)]) }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 5), .success)
        var indices: Set<UInt8> = []
        for _ in 0..<8 {
            let frames = try XCTUnwrap(try receive(pull))
            XCTAssertEqual(frames.count, 2)
            indices.insert(frames[0][0])
        }
        XCTAssertEqual(indices, Set(0..<8))
        sink.close()
    }
}

/// The pattern `Worker` uses: a socket handed to a `Mutex` (`sending`) and used from any thread.
private final class SocketSink: Sendable {
    private let socket: Mutex<ZMQSocket>

    init(_ socket: sending ZMQSocket) { self.socket = Mutex(socket) }

    func send(_ frames: [[UInt8]]) {
        socket.withLock { socket in _ = try? socket.send(frames) }
    }

    func close() { socket.withLock { $0.close() } }
}
