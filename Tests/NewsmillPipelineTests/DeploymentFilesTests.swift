import Foundation
import XCTest

/// No container engine runs on the development and CI machines, so the Docker files are validated
/// statically with the real tools: `docker-compose config` parses and resolves the compose file, and
/// hadolint lints the Dockerfile. `deploy/test.sh` installs both.
final class DeploymentFilesTests: XCTestCase {
    private var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func tool(_ name: String, environment key: String) throws -> String {
        if let path = ProcessInfo.processInfo.environment[key], FileManager.default.isExecutableFile(atPath: path) { return path }
        for directory in ["/usr/bin", "/usr/local/bin", root.appendingPathComponent(".build-tools/bin").path] {
            let path = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw XCTSkip("\(name) is not installed; deploy/test.sh installs it")
    }

    private func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func testComposeFileIsValidAndWiresTheThreeRoles() throws {
        let compose = try tool("docker-compose", environment: "NEWSMILL_DOCKER_COMPOSE")
        let (status, output) = try run(compose, ["-f", "docker/compose.yaml", "config"], environment: ["NEWSMILL_INPUT": "/tmp"])
        XCTAssertEqual(status, 0, output)
        for service in ["collector:", "worker:", "producer:"] { XCTAssertTrue(output.contains(service), "missing \(service)\n\(output)") }
        XCTAssertTrue(output.contains("tcp://producer:5557"), output)
        XCTAssertTrue(output.contains("tcp://collector:5558"), output)
        XCTAssertTrue(output.contains("dockerfile: docker/Dockerfile"), output)

        let (servicesStatus, services) = try run(compose, ["-f", "docker/compose.yaml", "config", "--services"])
        XCTAssertEqual(servicesStatus, 0, services)
        let names = Set(services.split(separator: "\n").map(String.init))
        XCTAssertTrue(names.isSuperset(of: ["collector", "worker", "producer"]), services)
    }

    func testComposeValidationRejectsABrokenFile() throws {
        let compose = try tool("docker-compose", environment: "NEWSMILL_DOCKER_COMPOSE")
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-compose-\(UUID().uuidString).yaml")
        try "services:\n  worker:\n    image: newsmill\n    command: 5\n    ports: not-a-list\n".write(to: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: broken) }
        let (status, _) = try run(compose, ["-f", broken.path, "config"])
        XCTAssertNotEqual(status, 0, "the validator must be able to fail")
    }

    func testDockerfilePassesHadolint() throws {
        let hadolint = try tool("hadolint", environment: "NEWSMILL_HADOLINT")
        let (status, output) = try run(hadolint, ["--failure-threshold", "warning", "docker/Dockerfile"])
        XCTAssertEqual(status, 0, output)
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("Dockerfile-\(UUID().uuidString)")
        try "FROM debian\nRUN apt-get update && apt-get install curl\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let (badStatus, badOutput) = try run(hadolint, ["--failure-threshold", "warning", bad.path])
        XCTAssertNotEqual(badStatus, 0, "hadolint must be able to fail: \(badOutput)")
    }

    func testRuntimeStageCarriesOnlyRuntimeLibrariesAndTheBinary() throws {
        let dockerfile = try String(contentsOf: root.appendingPathComponent("docker/Dockerfile"), encoding: .utf8)
        let stages = dockerfile.components(separatedBy: "\nFROM ")
        XCTAssertEqual(stages.count, 3, "a build stage and a runtime stage")
        let runtime = stages[2]
        XCTAssertTrue(runtime.contains("libzmq5"))
        XCTAssertTrue(runtime.contains("libsqlite3-0"))
        XCTAssertFalse(runtime.contains("-dev"), "no development packages at run time")
        XCTAssertTrue(runtime.contains("COPY --from=build /usr/local/bin/newsmill"))
    }
}
