import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import XCTest
import ZeroMQ

/// Waits at most `timeoutMilliseconds` for a message on `socket`, so a bug fails a test instead of
/// hanging it.
func receive(_ socket: ZMQSocket, timeoutMilliseconds: Int = 2_000) throws -> [[UInt8]]? {
    var poller = ZMQPoller()
    let token = poller.register(socket, events: .readable)
    let deadline = Date().addingTimeInterval(Double(timeoutMilliseconds) / 1_000)
    while true {
        let remaining = Int(deadline.timeIntervalSinceNow * 1_000)
        guard remaining > 0 else { return nil }
        if try poller.poll(timeoutMilliseconds: remaining).contains(token) {
            return try socket.receiveMultipart(dontWait: true)
        }
    }
}

/// A socket that does not linger, so tearing a test down never waits for unsent messages.
func makeSocket(_ context: ZMQContext, _ type: ZMQSocketType) throws -> ZMQSocket {
    let socket = try context.socket(type)
    socket.linger = 0
    return socket
}

/// A fresh private directory, removed by the test's teardown.
func makeTemporaryDirectory(_ testCase: XCTestCase) throws -> URL {
    let directory = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("zmq-tests-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    testCase.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory
}

/// Asserts that `body` throws a `ZMQError` and returns it.
@discardableResult
func assertThrowsZMQError(
    _ body: @autoclosure () throws -> some Any, file: StaticString = #filePath, line: UInt = #line
) -> ZMQError? {
    do {
        _ = try body()
        XCTFail("expected a ZMQError", file: file, line: line)
        return nil
    } catch let error as ZMQError {
        return error
    } catch {
        XCTFail("expected a ZMQError, got \(error)", file: file, line: line)
        return nil
    }
}

/// A value shared between a test and the threads it starts.
final class LockedValue<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    var value: Value {
        get { mutex.withLock { $0 } }
        set { mutex.withLock { $0 = newValue } }
    }
}

#if canImport(Glibc)
/// Runs `body` on this thread while another thread sends it SIGUSR1 (handled by a no-op handler
/// installed without `SA_RESTART`) every 100 ms from 200 ms to 1.5 s, or until `body` returns, so
/// a blocking call in `body` sees `EINTR`. Repeating covers a first signal arriving before the
/// call started; stopping lets a call that wrongly retries after `EINTR` end by its own timeout.
/// The signal targets this very thread: a process-directed signal could reach any thread.
func interruptingThisThread<Result>(_ body: () throws -> Result) throws -> Result {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    var previous = sigaction()
    guard sigaction(SIGUSR1, &action, &previous) == 0 else { throw ZMQError(code: errno, operation: "sigaction") }
    defer { sigaction(SIGUSR1, &previous, nil) }

    let target = pthread_self()
    let done = LockedValue(false)
    let finished = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        Thread.sleep(forTimeInterval: 0.2)
        let stop = Date().addingTimeInterval(1.3)
        while !done.value, Date() < stop {
            pthread_kill(target, SIGUSR1)
            Thread.sleep(forTimeInterval: 0.1)
        }
        finished.signal()
    }
    defer {
        done.value = true
        _ = finished.wait(timeout: .now() + 5)
    }
    return try body()
}
#endif
