import Foundation
import NewsmillPipeline
import NewsmillStore
import XCTest
import ZeroMQ

/// CURVE between the roles, with real processes over TCP on 127.0.0.1: a worker whose key is not
/// allowed gets no job and stores nothing, allowed workers produce the same database as plain TCP,
/// and the traffic on the wire is not plain text.
final class SecurityTests: XCTestCase {
    /// The key pairs of one test, written by `newsmill keys generate`.
    private struct Keys {
        let directory: String
        /// Holds only the allowed worker's public key.
        let allowDirectory: String

        func secret(_ name: String) -> String { directory + "/\(name).key" }
        func publicKey(_ name: String) -> String { directory + "/\(name).pub" }

        func publicKeyText(_ name: String) throws -> String {
            try NewsmillBinary.run(["keys", "show", publicKey(name)]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private func makeKeys(in scratch: ScratchDirectory) throws -> Keys {
        let keys = Keys(directory: scratch.path("keys"), allowDirectory: scratch.path("allowed"))
        for name in ["producer", "collector", "worker", "intruder"] {
            let outcome = try NewsmillBinary.run(["keys", "generate", "--out", keys.directory + "/" + name])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
        }
        try FileManager.default.createDirectory(atPath: keys.allowDirectory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: keys.publicKey("worker"), toPath: keys.allowDirectory + "/worker.pub")
        return keys
    }

    private struct Endpoints {
        let jobsPort = freeLoopbackPort()
        let resultsPort = freeLoopbackPort()
        var jobs: String { "tcp://127.0.0.1:\(jobsPort)" }
        var results: String { "tcp://127.0.0.1:\(resultsPort)" }
    }

    private func serverArguments(_ keys: Keys?, _ role: String) -> [String] {
        guard let keys else { return [] }
        return ["--curve-secret-key", keys.secret(role), "--allow-keys", keys.allowDirectory]
    }

    private func workerArguments(_ endpoints: Endpoints, _ keys: Keys?, name: String) -> [String] {
        var arguments = ["work", "--jobs", endpoints.jobs, "--results", endpoints.results, "--threads", "1", "--name", name]
        if let keys {
            arguments += ["--curve-secret-key", keys.secret(name), "--producer-key", keys.publicKey("producer"),
                          "--collector-key", keys.publicKey("collector")]
        }
        return arguments
    }

    /// Runs collector, one worker and producer over TCP to completion; returns the roles' logs.
    @discardableResult
    private func runPipeline(database: String, endpoints: Endpoints, keys: Keys?) throws -> String {
        let collector = try NewsmillBinary.start(["collect", "--bind", endpoints.results, "--db", database] + serverArguments(keys, "collector"))
        let worker = try NewsmillBinary.start(workerArguments(endpoints, keys, name: "worker"))
        let producer = try NewsmillBinary.start(["produce", FixtureCorpus.path, "--bind", endpoints.jobs, "--quiet", "--ledger", database + ".ledger"] + serverArguments(keys, "producer"))
        XCTAssertTrue(producer.waitUntilExit(timeout: 120), "produce did not finish\n\(producer.stderr())\n\(worker.stderr())")
        XCTAssertEqual(producer.process.terminationStatus, 3, "exit 3: finished with quarantined inputs\n\(producer.stderr())")
        XCTAssertEqual(worker.stop(), 0, worker.stderr())
        XCTAssertEqual(collector.stop(), 0, collector.stderr())
        return producer.stderr() + worker.stderr() + collector.stderr()
    }

    private func articleRows(_ database: String) throws -> [[String]] {
        let columns = "id, content_hash, url, title, authors, published, published_precision, kind, body"
        return try TestQuery.rows(try ArticleStore.openReadOnly(path: database), "select \(columns) from articles order by id")
    }

    func testUnknownWorkerIsRefusedAndAllowedWorkerGivesTheSameDatabase() throws {
        let scratch = try ScratchDirectory()
        let keys = try makeKeys(in: scratch)
        let reference = scratch.path("reference.db")
        try runPipeline(database: reference, endpoints: Endpoints(), keys: nil)

        let database = scratch.path("secure.db")
        let endpoints = Endpoints()
        let collector = try NewsmillBinary.start(["collect", "--bind", endpoints.results, "--db", database] + serverArguments(keys, "collector"))
        let producer = try NewsmillBinary.start(["produce", FixtureCorpus.path, "--bind", endpoints.jobs, "--quiet", "--ledger", database + ".ledger"] + serverArguments(keys, "producer"))

        // A worker with the right server keys but its own key not allowed: refused by both servers.
        let intruder = try NewsmillBinary.start(workerArguments(endpoints, keys, name: "intruder"))
        let intruderKey = try keys.publicKeyText("intruder")
        XCTAssertEqual(intruderKey.count, 40)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !(producer.stderr().contains(intruderKey) && collector.stderr().contains(intruderKey)) {
            usleep(100_000)
        }
        usleep(1_000_000)
        XCTAssertTrue(producer.process.isRunning, "the producer finished without an allowed worker\n\(producer.stderr())")
        XCTAssertEqual(intruder.stop(), 0, intruder.stderr())
        for (role, log) in [("producer", producer.stderr()), ("collector", collector.stderr())] {
            XCTAssertTrue(log.contains("refused a worker: denied key \(intruderKey) from 127.0.0.1"), "\(role) log:\n\(log)")
            XCTAssertTrue(log.contains("authentication refused (ZAP status 400)"), "\(role) log:\n\(log)")
        }
        XCTAssertFalse(producer.stderr().contains("worker intruder joined"), producer.stderr())
        XCTAssertTrue(intruder.stderr().contains("refused this worker's key"), intruder.stderr())
        XCTAssertTrue(intruder.stderr().contains("0 jobs, 0 articles"), intruder.stderr())
        XCTAssertEqual(try TestQuery.rows(try ArticleStore.openReadOnly(path: database), "select count(*) from articles"), [["0"]])
        XCTAssertEqual(try TestQuery.rows(try ArticleStore.openReadOnly(path: database), "select count(*) from quarantine"), [["0"]])

        // The allowed worker gets everything through.
        let worker = try NewsmillBinary.start(workerArguments(endpoints, keys, name: "worker"))
        XCTAssertTrue(producer.waitUntilExit(timeout: 120), "produce did not finish\n\(producer.stderr())\n\(worker.stderr())")
        XCTAssertEqual(producer.process.terminationStatus, 3, producer.stderr())
        XCTAssertEqual(worker.stop(), 0, worker.stderr())
        XCTAssertEqual(collector.stop(), 0, collector.stderr())
        XCTAssertTrue(worker.stderr().isEmpty || !worker.stderr().contains("refused"), worker.stderr())

        let expected = try articleRows(reference)
        XCTAssertEqual(expected.count, FixtureCorpus.expected.count)
        XCTAssertEqual(try articleRows(database), expected)
        let quarantine = "select locator, category, size, sha256 from quarantine order by locator"
        XCTAssertEqual(
            try TestQuery.rows(try ArticleStore.openReadOnly(path: database), quarantine),
            try TestQuery.rows(try ArticleStore.openReadOnly(path: reference), quarantine)
        )
    }

    func testWorkerWithAWrongServerKeyOrNoKeysGetsNothing() throws {
        let scratch = try ScratchDirectory()
        let keys = try makeKeys(in: scratch)
        let database = scratch.path("secure.db")
        let endpoints = Endpoints()
        let collector = try NewsmillBinary.start(["collect", "--bind", endpoints.results, "--db", database] + serverArguments(keys, "collector"))
        let producer = try NewsmillBinary.start(["produce", FixtureCorpus.path, "--bind", endpoints.jobs, "--quiet", "--ledger", database + ".ledger"] + serverArguments(keys, "producer"))
        // An allowed key, but expecting the intruder as the producer: the handshake cannot complete.
        let confused = try NewsmillBinary.start([
            "work", "--jobs", endpoints.jobs, "--results", endpoints.results, "--threads", "1", "--name", "confused",
            "--curve-secret-key", keys.secret("worker"), "--producer-key", keys.publicKey("intruder"),
            "--collector-key", keys.publicKey("intruder"),
        ])
        let plain = try NewsmillBinary.start(["work", "--jobs", endpoints.jobs, "--results", endpoints.results, "--threads", "1", "--name", "plain"])
        usleep(3_000_000)
        XCTAssertEqual(confused.stop(), 0, confused.stderr())
        XCTAssertEqual(plain.stop(), 0, plain.stderr())
        XCTAssertTrue(confused.stderr().contains("0 jobs, 0 articles"), confused.stderr())
        XCTAssertTrue(plain.stderr().contains("0 jobs, 0 articles"), plain.stderr())
        for worker in [confused, plain] {
            XCTAssertTrue(worker.stderr().contains("handshake with the producer at \(endpoints.jobs) failed"), worker.stderr())
        }
        XCTAssertTrue(producer.process.isRunning, producer.stderr())
        XCTAssertFalse(producer.stderr().contains("joined"), producer.stderr())
        XCTAssertTrue(producer.stderr().contains("CURVE handshake broken"), producer.stderr())
        producer.stop(grace: 2)
        collector.stop()
        XCTAssertEqual(try TestQuery.rows(try ArticleStore.openReadOnly(path: database), "select count(*) from articles"), [["0"]])
    }

    func testKeyOptionsMustComeTogether() throws {
        let scratch = try ScratchDirectory()
        let keys = try makeKeys(in: scratch)
        let secretMode = try FileManager.default.attributesOfItem(atPath: keys.secret("worker"))[.posixPermissions] as? Int
        XCTAssertEqual(secretMode, 0o600)
        let again = try NewsmillBinary.run(["keys", "generate", "--out", keys.directory + "/worker"])
        XCTAssertNotEqual(again.status, 0, "an existing key pair is never overwritten")
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)

        let workerAlone = try NewsmillBinary.run(["work", "--producer-key", keys.publicKey("producer"), "--curve-secret-key", keys.secret("worker")])
        XCTAssertNotEqual(workerAlone.status, 0)
        XCTAssertTrue(workerAlone.stderr.contains("go together"), workerAlone.stderr)
        let collectorAlone = try NewsmillBinary.run(["collect", "--db", scratch.path("x.db"), "--curve-secret-key", keys.secret("collector")])
        XCTAssertNotEqual(collectorAlone.status, 0)
        XCTAssertTrue(collectorAlone.stderr.contains("needs --allow-keys"), collectorAlone.stderr)
        let badList = scratch.path("bad.list")
        try "not a key\n".write(toFile: badList, atomically: true, encoding: .utf8)
        let producerBad = try NewsmillBinary.run(["produce", FixtureCorpus.path, "--ledger", scratch.path("bad.ledger"), "--curve-secret-key", keys.secret("producer"), "--allow-keys", badList])
        XCTAssertNotEqual(producerBad.status, 0)
        XCTAssertTrue(producerBad.stderr.contains("line 1 is not a CURVE public key"), producerBad.stderr)
        // `keys show` gives a secret key's public half.
        XCTAssertEqual(try NewsmillBinary.run(["keys", "show", keys.secret("worker")]).stdout, try NewsmillBinary.run(["keys", "show", keys.publicKey("worker")]).stdout)
    }

    func testKeyFilesAllowListsAndTheEnvironmentVariable() throws {
        let scratch = try ScratchDirectory()
        let pair = try CurveKeyFile.generate(prefix: scratch.path("role"))
        let secret = try CurveKeyFile.readKey(at: pair.secretPath)
        XCTAssertEqual(try ZMQCurve.publicKey(fromSecret: secret), pair.publicKey)
        XCTAssertEqual(try CurveKeyFile.readKey(at: pair.publicPath), pair.publicKey)

        // An allow-list is a directory of .pub files (other files ignored) or a file of key lines.
        let other = try ZMQCurve.generateKeyPair().publicKey
        let directory = scratch.path("allowed")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: pair.publicPath, toPath: directory + "/role.pub")
        try FileManager.default.copyItem(atPath: pair.secretPath, toPath: directory + "/role.key")
        XCTAssertEqual(try CurveKeyFile.allowList(at: directory), [pair.publicKey])
        let list = scratch.path("allowed.txt")
        try "# workers\n\(pair.publicKey)\n\n  \(other)  \n".write(toFile: list, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CurveKeyFile.allowList(at: list), [pair.publicKey, other])
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try CurveKeyFile.allowList(at: empty))
        XCTAssertThrowsError(try CurveKeyFile.allowList(at: scratch.path("missing")))
        let twoKeys = scratch.path("two.key")
        try "\(secret)\n\(secret)\n".write(toFile: twoKeys, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try CurveKeyFile.readKey(at: twoKeys))

        // The environment variable gives a path or the key itself, but never turns CURVE on alone.
        let variable = CurveKeyFile.secretKeyEnvironmentVariable
        XCTAssertEqual(try CurveKeyFile.secretKey(path: nil, environment: [variable: pair.secretPath]), secret)
        XCTAssertEqual(try CurveKeyFile.secretKey(path: nil, environment: [variable: secret]), secret)
        XCTAssertNil(try CurveKeyFile.secretKey(path: nil, environment: [:]))
        XCTAssertNil(try CurveKeyFile.serverSecurity(secretKeyPath: nil, allowKeys: nil, environment: [variable: secret]))
        XCTAssertNil(try CurveKeyFile.workerSecurity(secretKeyPath: nil, producerKey: nil, collectorKey: nil, environment: [variable: secret]))
        let server = try XCTUnwrap(CurveKeyFile.serverSecurity(secretKeyPath: nil, allowKeys: list, environment: [variable: secret]))
        XCTAssertEqual(server.secretKey, secret)
        XCTAssertEqual(server.allowedClientKeys, [pair.publicKey, other])
        XCTAssertThrowsError(try CurveKeyFile.serverSecurity(secretKeyPath: nil, allowKeys: list, environment: [:]))
        let worker = try XCTUnwrap(CurveKeyFile.workerSecurity(
            secretKeyPath: pair.secretPath, producerKey: pair.publicPath, collectorKey: pair.publicPath, environment: [:]
        ))
        XCTAssertEqual(worker.producerKey, pair.publicKey)
        XCTAssertThrowsError(try CurveKeyFile.workerSecurity(secretKeyPath: pair.secretPath, producerKey: pair.publicPath, collectorKey: nil, environment: [:]))
    }

    /// Waits until the file at `path` is over 10,000 bytes and the same size over 300 ms, or `timeout` seconds pass.
    private func waitForCaptureToSettle(at path: String, timeout: TimeInterval) {
        let deadline = Date().addingTimeInterval(timeout)
        var lastSize = -1
        while Date() < deadline {
            usleep(300_000)
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            if size > 10_000, size == lastSize { return }
            lastSize = size
        }
    }

    /// A sentence of `text/bridge-vote.txt`, found on the wire as plain text without CURVE only.
    private let sentence = "rebuild the old footbridge over the canal"

    func testCapturedTrafficIsEncryptedWithCurve() throws {
        guard let tcpdump = ["/usr/bin/tcpdump", "/usr/sbin/tcpdump", "/sbin/tcpdump"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("tcpdump is not installed (apt-get install tcpdump); traffic capture not checked")
        }
        let scratch = try ScratchDirectory()
        let keys = try makeKeys(in: scratch)
        var found: [Bool: Bool] = [:]
        for curve in [false, true] {
            let endpoints = Endpoints()
            let capture = scratch.path("capture-\(curve).pcap")
            let dump = try RunningProcess(executable: tcpdump, arguments: [
                "-i", "lo", "-U", "-s", "0", "-w", capture, "tcp port \(endpoints.jobsPort) or tcp port \(endpoints.resultsPort)",
            ])
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, dump.process.isRunning, !dump.stderr().contains("listening on") { usleep(50_000) }
            guard dump.process.isRunning else {
                throw XCTSkip("tcpdump cannot capture here: \(dump.stderr())")
            }
            try runPipeline(database: scratch.path("capture-\(curve).db"), endpoints: endpoints, keys: curve ? keys : nil)
            // tcpdump writes what the kernel handed it at its own pace, and drops what it has not read when
            // interrupted (a CI run once had "114 packets received by filter, 0 packets captured" after a fixed
            // 300 ms): wait until the capture holds the run and has stopped growing, for at most 10 s.
            waitForCaptureToSettle(at: capture, timeout: 10)
            dump.process.interrupt()
            XCTAssertTrue(dump.waitUntilExit(timeout: 10), "tcpdump did not stop")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: capture))
            XCTAssertGreaterThan(bytes.count, 10_000, "the capture holds the run's traffic\n\(dump.stderr())")
            found[curve] = bytes.range(of: Data(sentence.utf8)) != nil
            XCTAssertEqual(try articleRows(scratch.path("capture-\(curve).db")).count, FixtureCorpus.expected.count)
        }
        XCTAssertEqual(found[false], true, "without CURVE the article text is visible on the wire (so the check can fail)")
        XCTAssertEqual(found[true], false, "with CURVE the article text must not appear on the wire")
    }
}
