import Foundation
import NewsmillPipeline

/// Measures what crash-proof delivery costs (`newsmill benchmark --delivery`): the same corpus through
/// `run` with and without the job ledger, and through separately started roles over TCP on 127.0.0.1
/// with and without CURVE, each into a fresh database.
struct DeliveryBenchmark {
    let executable: String
    let corpus: String
    let directory: String
    let workers: Int
    let threadsPerWorker: Int
    let analysisFlag: [String]

    /// One measured configuration.
    struct Measurement {
        var label: String
        var articles: Int
        var seconds: Double
    }

    /// Measures every configuration `rounds` times, alternating them so that a load change on the
    /// machine hits all alike, and returns each one's median run.
    func runAll(rounds: Int) throws -> [Measurement] {
        var runs: [[Measurement]] = [[], [], [], []]
        for _ in 0..<max(1, rounds) {
            runs[0].append(try local(ledger: true))
            runs[1].append(try local(ledger: false))
            runs[2].append(try roles(curve: false))
            runs[3].append(try roles(curve: true))
        }
        return runs.map { measured in
            var median = measured.sorted { $0.seconds < $1.seconds }[measured.count / 2]
            median.label += measured.count > 1 ? " (median of \(measured.count))" : ""
            return median
        }
    }

    private func freshDatabase(_ name: String) -> String {
        let path = directory + "/" + name
        for suffix in ["", "-wal", "-shm", ".ledger", ".ledger-wal", ".ledger-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    private func stored(_ summaryPath: String) throws -> Int {
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath))) as? [String: Any]
        return summary?["articles_stored"] as? Int ?? 0
    }

    /// `newsmill run` with its ledger beside the database, or `--no-ledger`.
    private func local(ledger: Bool) throws -> Measurement {
        let database = freshDatabase("delivery-run.db")
        let summary = directory + "/delivery-run.json"
        let start = Date()
        let run = try ChildProcess(label: "run", executable: executable, arguments: [
            "run", corpus, "--db", database, "--workers", String(workers), "--threads", String(threadsPerWorker),
            "--quiet", "--summary-json", summary,
        ] + (ledger ? [] : ["--no-ledger"]) + analysisFlag)
        run.wait()
        let seconds = Date().timeIntervalSince(start)
        guard run.exitStatus == 0 else { throw BenchmarkFailure("run exited with \(run.exitStatus ?? -1)") }
        return Measurement(label: ledger ? "run + ledger" : "run --no-ledger", articles: try stored(summary), seconds: seconds)
    }

    /// `collect`, `work` × workers and `produce` (with its ledger) over TCP on 127.0.0.1.
    private func roles(curve: Bool) throws -> Measurement {
        let database = freshDatabase("delivery-roles.db")
        let ledger = freshDatabase("delivery-roles.ledger")
        let summary = directory + "/delivery-roles.json"
        let jobs = "tcp://127.0.0.1:\(LoopbackPort.free())"
        let results = "tcp://127.0.0.1:\(LoopbackPort.free())"
        var serverKeys: (String) -> [String] = { _ in [] }
        var workerKeys: (Int) -> [String] = { _ in [] }
        if curve {
            let keys = directory + "/delivery-keys"
            try? FileManager.default.removeItem(atPath: keys)
            try FileManager.default.createDirectory(atPath: keys + "/allowed", withIntermediateDirectories: true)
            for name in ["producer", "collector"] + (1...workers).map({ "worker-\($0)" }) {
                _ = try CurveKeyFile.generate(prefix: keys + "/" + name)
            }
            for index in 1...workers {
                try FileManager.default.copyItem(atPath: keys + "/worker-\(index).pub", toPath: keys + "/allowed/worker-\(index).pub")
            }
            serverKeys = { ["--curve-secret-key", keys + "/\($0).key", "--allow-keys", keys + "/allowed"] }
            workerKeys = {
                ["--curve-secret-key", keys + "/worker-\($0).key", "--producer-key", keys + "/producer.pub", "--collector-key", keys + "/collector.pub"]
            }
        }
        let quiet = ["--log-level", "warning"]
        let collector = try ChildProcess(label: "collector", executable: executable,
                                         arguments: ["collect", "--bind", results, "--db", database] + serverKeys("collector") + quiet)
        let workerProcesses = try (1...workers).map { index in
            try ChildProcess(label: "worker-\(index)", executable: executable, arguments: [
                "work", "--jobs", jobs, "--results", results, "--threads", String(threadsPerWorker), "--name", "bench-\(index)",
            ] + workerKeys(index) + analysisFlag + quiet)
        }
        let start = Date()
        let producer = try ChildProcess(label: "producer", executable: executable, arguments: [
            "produce", corpus, "--bind", jobs, "--ledger", ledger, "--quiet", "--summary-json", summary,
        ] + serverKeys("producer") + quiet)
        producer.wait()
        let seconds = Date().timeIntervalSince(start)
        for process in workerProcesses + [collector] { process.terminate(grace: 30) }
        guard producer.exitStatus == 0 else { throw BenchmarkFailure("produce exited with \(producer.exitStatus ?? -1)") }
        return Measurement(label: curve ? "roles/TCP, CURVE" : "roles/TCP, plain", articles: try stored(summary), seconds: seconds)
    }
}

/// A benchmark step that did not complete.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
