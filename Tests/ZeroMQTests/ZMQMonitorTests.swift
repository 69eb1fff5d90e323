import Foundation
import XCTest
import ZeroMQ

final class ZMQMonitorTests: XCTestCase {
    /// Reads events until one of `kind` arrives or two seconds pass.
    private func waitFor(_ kind: ZMQMonitorEvent.Kind, on monitor: ZMQSocketMonitor) throws -> ZMQMonitorEvent? {
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            if let event = try monitor.nextEvent(timeoutMilliseconds: 100), event.kind == kind { return event }
        }
        return nil
    }

    func testMonitorSeesListenAcceptConnectAndHandshake() throws {
        let context = try ZMQContext()
        let pull = try makeSocket(context, .pull)
        let serverMonitor = try ZMQSocketMonitor(pull)
        try pull.bind("tcp://127.0.0.1:*")
        let endpoint = pull.lastEndpoint
        let listening = try XCTUnwrap(try waitFor(.listening, on: serverMonitor))
        XCTAssertEqual(listening.endpoint, endpoint)

        let push = try makeSocket(context, .push)
        let clientMonitor = try ZMQSocketMonitor(push, events: [.connected, .handshakeSucceeded])
        try push.connect(endpoint)
        XCTAssertNotNil(try waitFor(.accepted, on: serverMonitor))
        let connected = try XCTUnwrap(try waitFor(.connected, on: clientMonitor))
        XCTAssertEqual(connected.endpoint, endpoint)
        XCTAssertNotNil(try waitFor(.handshakeSucceeded, on: clientMonitor))
        XCTAssertNil(try clientMonitor.nextEvent(), "only the requested kinds are reported")

        push.close()
        XCTAssertNotNil(try waitFor(.disconnected, on: serverMonitor))
        clientMonitor.close()
        clientMonitor.close()
        XCTAssertTrue(assertThrowsZMQError(try clientMonitor.nextEvent())?.isNotSocket == true)
    }

    func testMonitorReportsAFailedCurveHandshake() throws {
        let context = try ZMQContext()
        let server = try ZMQCurve.generateKeyPair()
        let pull = try makeSocket(context, .pull)
        pull.curveServer = true
        pull.curveSecretKey = server.secretKey
        let monitor = try ZMQSocketMonitor(pull)
        try pull.bind("tcp://127.0.0.1:*")
        let push = try makeSocket(context, .push)
        try push.connect(pull.lastEndpoint)
        let deadline = Date().addingTimeInterval(2)
        var failure: ZMQMonitorEvent?
        while failure == nil, Date() < deadline {
            if let event = try monitor.nextEvent(timeoutMilliseconds: 100),
               [.handshakeFailedProtocol, .handshakeFailedNoDetail, .handshakeFailedAuth].contains(event.kind) {
                failure = event
            }
        }
        XCTAssertNotNil(failure, "a PLAIN/NULL client against a CURVE server must fail the handshake")
    }

    func testEventKindRawValues() {
        for kind in ZMQMonitorEvent.Kind.named {
            XCTAssertEqual(ZMQMonitorEvent.Kind(rawValue: kind.rawValue), kind)
        }
        XCTAssertEqual(ZMQMonitorEvent.Kind(rawValue: 0x8000), .unknown(0x8000))
        XCTAssertEqual(Set(ZMQMonitorEvent.Kind.named.map(\.rawValue)).count, ZMQMonitorEvent.Kind.named.count)
    }
}
