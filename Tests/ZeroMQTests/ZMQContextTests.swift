import Foundation
import XCTest
import ZeroMQ

final class ZMQContextTests: XCTestCase {
    func testShutdownUnblocksABlockingReceiveInAnotherThread() throws {
        let context = try ZMQContext()
        let outcome = LockedValue<Result<[[UInt8]]?, any Error>?>(nil)
        let ready = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do {
                let socket = try makeSocket(context, .pull)
                try socket.bind("inproc://shutdown-test")
                ready.signal()
                let result = Result { try socket.receiveMultipart() }
                socket.close()
                outcome.value = result
            } catch {
                outcome.value = .failure(error)
                ready.signal()
            }
            finished.signal()
        }
        XCTAssertEqual(ready.wait(timeout: .now() + 5), .success)
        Thread.sleep(forTimeInterval: 0.1)
        context.shutdown()
        XCTAssertEqual(finished.wait(timeout: .now() + 5), .success, "the blocking receive did not return")
        let result = try XCTUnwrap(outcome.value)
        XCTAssertThrowsError(try result.get()) { error in
            XCTAssertTrue((error as? ZMQError)?.isTerminated == true, "\(error)")
        }
    }

    func testNoSocketsAfterShutdown() throws {
        let context = try ZMQContext()
        context.shutdown()
        context.shutdown()
        let error = assertThrowsZMQError(try context.socket(.push))
        XCTAssertTrue(error?.isTerminated == true, "\(String(describing: error))")
    }

    func testASocketKeepsItsContextAlive() throws {
        var context: ZMQContext? = try ZMQContext()
        weak let weakContext = context
        let push = try makeSocket(XCTUnwrap(context), .push)
        let pull = try makeSocket(XCTUnwrap(context), .pull)
        context = nil
        XCTAssertNotNil(weakContext, "released while its sockets are open")
        try pull.bind("inproc://keeps-alive")
        try push.connect("inproc://keeps-alive")
        try push.send([Array("still works".utf8)])
        XCTAssertEqual(try receive(pull), [Array("still works".utf8)])
    }

    func testNonBlockyContextDefaultsToNoLinger() throws {
        let context = try ZMQContext(blocky: false)
        XCTAssertEqual(try context.socket(.push).linger, 0)
        XCTAssertEqual(try ZMQContext().socket(.push).linger, -1)
    }

    func testIOThreads() throws {
        let context = try ZMQContext(ioThreads: 2)
        let pull = try makeSocket(context, .pull)
        try pull.bind("tcp://127.0.0.1:*")
        XCTAssertThrowsError(try ZMQContext(ioThreads: -1))
    }
}
