import Foundation
import XCTest
import ZeroMQ

final class ZMQSocketOptionsTests: XCTestCase {
    func testIntegerOptionsRoundTrip() throws {
        let context = try ZMQContext()
        let socket = try makeSocket(context, .dealer)
        socket.linger = 250
        socket.sendHighWaterMark = 10
        socket.receiveHighWaterMark = 20
        socket.immediate = true
        socket.reconnectInterval = 150
        socket.reconnectIntervalMax = 3_000
        socket.heartbeatInterval = 1_000
        socket.heartbeatTimeout = 3_000
        socket.heartbeatTTL = 5_000
        socket.maxMessageSize = 1 << 20
        socket.sendTimeout = 40
        socket.receiveTimeout = 60
        XCTAssertEqual(socket.linger, 250)
        XCTAssertEqual(socket.sendHighWaterMark, 10)
        XCTAssertEqual(socket.receiveHighWaterMark, 20)
        XCTAssertTrue(socket.immediate)
        XCTAssertEqual(socket.reconnectInterval, 150)
        XCTAssertEqual(socket.reconnectIntervalMax, 3_000)
        XCTAssertEqual(socket.heartbeatInterval, 1_000)
        XCTAssertEqual(socket.heartbeatTimeout, 3_000)
        XCTAssertEqual(socket.heartbeatTTL, 5_000)
        XCTAssertEqual(socket.maxMessageSize, 1 << 20)
        XCTAssertEqual(socket.sendTimeout, 40)
        XCTAssertEqual(socket.receiveTimeout, 60)
        try socket.connect("inproc://nowhere")
    }

    func testDefaults() throws {
        let context = try ZMQContext()
        let socket = try context.socket(.pull)
        XCTAssertEqual(socket.linger, -1)
        XCTAssertEqual(socket.sendHighWaterMark, 1_000)
        XCTAssertEqual(socket.maxMessageSize, -1)
        XCTAssertFalse(socket.curveServer)
        XCTAssertEqual(socket.lastEndpoint, "")
        socket.linger = 0
    }

    func testAnInvalidSetterValueIsThrownByTheNextConnect() throws {
        let context = try ZMQContext()
        let socket = try makeSocket(context, .dealer)
        socket.routingID = [UInt8](repeating: 65, count: 256)
        let error = assertThrowsZMQError(try socket.connect("inproc://anywhere"))
        XCTAssertEqual(error?.code, EINVAL)
        XCTAssertTrue(error?.description.contains("zmq_setsockopt") == true, "\(String(describing: error))")
        try socket.connect("inproc://anywhere")
    }

    func testThrowingSetterReportsAtOnce() throws {
        let context = try ZMQContext()
        let socket = try makeSocket(context, .dealer)
        XCTAssertThrowsError(try socket.setOption(5, bytes: []))
        let socketClosed = try makeSocket(context, .dealer)
        socketClosed.close()
        XCTAssertTrue(assertThrowsZMQError(try socketClosed.setOption(17, int32: 0))?.isNotSocket == true)
        socketClosed.linger = 5
        XCTAssertEqual(socketClosed.linger, 0, "a closed socket reads the fallback")
    }

    func testMaxMessageSizeDropsLargerMessages() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        pull.maxMessageSize = 1_000
        try pull.bind("tcp://127.0.0.1:*")
        let push = try makeSocket(context, .push)
        try push.connect(pull.lastEndpoint)
        try push.send([[UInt8](repeating: 1, count: 2_000)])
        XCTAssertNil(try receive(pull, timeoutMilliseconds: 500))
    }

    func testSubscribeFiltersByPrefix() throws {
        let context = try ZMQContext()
        let publisher = try makeSocket(context, .pub)
        try publisher.bind("inproc://news")
        let subscriber = try makeSocket(context, .sub)
        try subscriber.subscribe("news.")
        try subscriber.subscribe([0xFF])
        try subscriber.unsubscribe([0xFF])
        try subscriber.connect("inproc://news")
        var received: [[[UInt8]]] = []
        let deadline = Date().addingTimeInterval(5)
        while received.isEmpty, Date() < deadline {
            try publisher.send([[0xFF, 1]])
            try publisher.send([Array("sport.1".utf8)])
            try publisher.send([Array("news.1".utf8), Array("body".utf8)])
            while let frames = try receive(subscriber, timeoutMilliseconds: 50) { received.append(frames) }
        }
        XCTAssertFalse(received.isEmpty)
        XCTAssertTrue(received.allSatisfy { $0 == [Array("news.1".utf8), Array("body".utf8)] }, "\(received)")
    }

    func testEventsReportReadiness() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://events")
        let push = try makeSocket(context, .push)
        XCTAssertFalse(push.events.contains(.writable), "no peer yet")
        try push.connect("inproc://events")
        XCTAssertTrue(push.events.contains(.writable))
        XCTAssertFalse(pull.events.contains(.readable))
        try push.send([[1]])
        let deadline = Date().addingTimeInterval(2)
        while !pull.events.contains(.readable), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertTrue(pull.events.contains(.readable))
    }
}
