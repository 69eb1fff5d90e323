import Foundation
import XCTest
import ZeroMQ

final class ZMQPollerTests: XCTestCase {
    func testReadableOnlyWhenAMessageWaits() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://poll")
        let other = try makeSocket(context, .pull)
        try other.bind("inproc://poll-other")
        let push = try makeSocket(context, .push)
        try push.connect("inproc://poll")
        var poller = ZMQPoller()
        let token = poller.register(pull, events: .readable)
        let otherToken = poller.register(other, events: .readable)
        XCTAssertNotEqual(token, otherToken)
        XCTAssertTrue(try poller.poll(timeoutMilliseconds: 0).isEmpty)

        try push.send([Array("x".utf8)])
        let ready = try poller.poll(timeoutMilliseconds: 2_000)
        XCTAssertEqual(ready, [token])
        XCTAssertEqual(try pull.receiveMultipart(dontWait: true), [Array("x".utf8)])
        XCTAssertTrue(try poller.poll(timeoutMilliseconds: 0).isEmpty)
    }

    func testWritable() throws {
        let context = try ZMQContext()
        let push = try makeSocket(context, .push)
        try push.bind("inproc://poll-writable")
        var poller = ZMQPoller()
        let token = poller.register(push, events: .writable)
        XCTAssertTrue(try poller.poll(timeoutMilliseconds: 0).isEmpty, "no peer: not writable")
        let pull = try makeSocket(context, .pull)
        try pull.connect("inproc://poll-writable")
        XCTAssertEqual(try poller.poll(timeoutMilliseconds: 2_000), [token])
    }

    func testTimeoutReturnsEmpty() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://poll-timeout")
        var poller = ZMQPoller()
        poller.register(pull, events: .readable)
        let start = Date()
        XCTAssertTrue(try poller.poll(timeoutMilliseconds: 100).isEmpty)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertGreaterThanOrEqual(elapsed, 0.09)
        XCTAssertLessThan(elapsed, 1.5)
    }

    func testPollingAClosedSocketThrows() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        var poller = ZMQPoller()
        poller.register(pull, events: .readable)
        pull.close()
        XCTAssertTrue(assertThrowsZMQError(try poller.poll(timeoutMilliseconds: 0))?.isNotSocket == true)
    }

    #if canImport(Glibc)
    func testASignalEndsThePollEarlyWithoutThrowing() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        try pull.bind("inproc://poll-signal")
        var poller = ZMQPoller()
        poller.register(pull, events: .readable)
        let start = Date()
        let ready = try interruptingThisThread { try poller.poll(timeoutMilliseconds: 2_000) }
        XCTAssertTrue(ready.isEmpty)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.5, "the poll was not interrupted")
    }
    #endif
}
