import XCTest
import ZeroMQ

final class ZMQTests: XCTestCase {
    func testVersionIsTheLinkedLibzmq() {
        let version = ZMQ.version
        XCTAssertEqual(version.major, 4)
        XCTAssertGreaterThanOrEqual(version.minor, 3)
    }

    func testCapabilities() {
        XCTAssertTrue(ZMQ.has("ipc"))
        XCTAssertTrue(ZMQ.has("curve"))
        XCTAssertFalse(ZMQ.has("no-such-capability"))
    }
}
