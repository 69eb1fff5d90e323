import XCTest
import ZeroMQ

final class ZMQErrorTests: XCTestCase {
    func testBindToAMalformedEndpointDescribesTheFailure() throws {
        let context = try ZMQContext()
        let socket = try makeSocket(context, .pull)
        let error = try XCTUnwrap(assertThrowsZMQError(try socket.bind("tcp://not a host")))
        XCTAssertEqual(error.code, EINVAL)
        XCTAssertEqual(error.message, "Invalid argument")
        XCTAssertTrue(error.description.contains("zmq_bind(tcp://not a host)"), error.description)
        XCTAssertTrue(error.description.contains("Invalid argument"), error.description)
    }

    func testBindToAnUnknownTransportUsesLibzmqsOwnText() throws {
        let context = try ZMQContext()
        let socket = try makeSocket(context, .pull)
        let error = try XCTUnwrap(assertThrowsZMQError(try socket.bind("carrier-pigeon://coop")))
        XCTAssertEqual(error.message, "Protocol not supported")
        XCTAssertTrue(error.description.contains("Protocol not supported"), error.description)
    }

    func testBindToAnAddressInUse() throws {
        let context = try ZMQContext()
        let first = try makeSocket(context, .pull)
        try first.bind("tcp://127.0.0.1:*")
        let second = try makeSocket(context, .pull)
        let error = try XCTUnwrap(assertThrowsZMQError(try second.bind(first.lastEndpoint)))
        XCTAssertEqual(error.code, EADDRINUSE)
        XCTAssertTrue(error.description.contains("Address already in use"), error.description)
    }

    func testWellKnownCodes() {
        XCTAssertTrue(ZMQError(code: EAGAIN, operation: "x").isAgain)
        XCTAssertTrue(ZMQError(code: EINTR, operation: "x").isInterrupted)
        XCTAssertTrue(ZMQError(code: EHOSTUNREACH, operation: "x").isHostUnreachable)
        XCTAssertFalse(ZMQError(code: EAGAIN, operation: "x").isTerminated)
        XCTAssertEqual(ZMQError(code: EINTR, operation: "zmq_poll").description,
                       "zmq_poll failed: Interrupted system call (errno \(EINTR))")
    }
}
