#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import NewsmillInputs
import ZeroMQ

/// Settings of a single-machine run (`newsmill run`).
public struct LocalRunConfiguration: Sendable {
    /// Files and directories to read.
    public var inputs: [String]
    /// The SQLite database file.
    public var databasePath: String
    /// Worker processes to start.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Extraction threads per worker; default: the cores shared out among the workers.
    public var threadsPerWorker: Int?
    /// The `newsmill` executable that children run (default: this one).
    public var executable = ChildProcess.currentExecutablePath()
    /// Log level passed to the children.
    public var childLogLevel = "warning"
    /// Producer tuning (job size, jobs in flight, limits).
    public var producer: ProducerConfiguration
    /// Seconds one document may take in a worker (see `WorkerConfiguration.documentTimeLimit`).
    public var documentTimeLimit = 120.0
    /// Whether workers run article intelligence (entities, quotes, dates, ...) on every article.
    public var analyze = true
    /// Times a crashed worker is restarted before the run gives up on it.
    public var maxWorkerRestarts = 5

    /// Creates a configuration.
    public init(inputs: [String], databasePath: String) {
        self.inputs = inputs
        self.databasePath = databasePath
        producer = ProducerConfiguration(inputs: inputs, endpoint: "")
    }
}

/// Runs the whole pipeline on one machine: this process is the producer; the collector and the
/// workers are child processes of the same executable, talking over ipc:// sockets in a private
/// temporary directory. Children run in their own process groups and watch their parent, so Ctrl-C
/// drains the run in order and no process is left behind even if this one is killed.
public enum LocalRun {
    /// Runs to completion (or until stopped) and returns the summary, with every role's peak memory.
    public static func execute(_ configuration: LocalRunConfiguration, logger: Logger, progress: ProgressReporter?) -> RunSummary {
        let directory = NSTemporaryDirectory() + "newsmill-run-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var failureSummary = RunSummary(runID: "-")
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            failureSummary.failure = "cannot create \(directory): \(error)"
            return failureSummary
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let jobsEndpoint = "ipc://\(directory)/jobs"
        let resultsEndpoint = "ipc://\(directory)/results"
        let parent = String(getpid())
        let threads = configuration.threadsPerWorker
            ?? max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, configuration.workers))

        let collectorArguments = ["collect", "--bind", resultsEndpoint, "--db", configuration.databasePath,
                                  "--parent-pid", parent, "--log-level", configuration.childLogLevel]
        func workerArguments(_ index: Int) -> [String] {
            ["work", "--jobs", jobsEndpoint, "--results", resultsEndpoint, "--threads", String(threads),
             "--name", "worker-\(index)-\(getpid())", "--parent-pid", parent,
             "--document-time-limit", String(configuration.documentTimeLimit), "--log-level", configuration.childLogLevel]
                + (configuration.analyze ? [] : ["--no-analysis"])
        }

        let context: ZMQContext
        let producer: Producer
        let collector: ChildProcess
        var workers: [ChildProcess] = []
        do {
            context = try ZMQContext()
            var producerConfiguration = configuration.producer
            producerConfiguration.inputs = configuration.inputs
            producerConfiguration.endpoint = jobsEndpoint
            producerConfiguration.documentTimeLimit = configuration.documentTimeLimit
            producer = try Producer(configuration: producerConfiguration, context: context, logger: logger, progress: progress)
            collector = try ChildProcess(label: "collector", executable: configuration.executable, arguments: collectorArguments)
            for index in 1...max(1, configuration.workers) {
                workers.append(try ChildProcess(label: "worker-\(index)", executable: configuration.executable, arguments: workerArguments(index)))
            }
        } catch {
            failureSummary.failure = "cannot start the pipeline: \(error)"
            workers.forEach { $0.terminate(grace: 5) }
            return failureSummary
        }

        var restarts = 0
        var workerPeaks: [String: Int64] = [:]
        var summary = producer.run {
            if !collector.isRunning {
                return "the collector exited with status \(collector.exitStatus ?? -1); see its log above"
            }
            for (index, worker) in workers.enumerated() where !worker.isRunning {
                workerPeaks[worker.label] = max(workerPeaks[worker.label] ?? 0, worker.peakResidentBytes)
                guard restarts < configuration.maxWorkerRestarts * workers.count else {
                    return "workers keep crashing (\(restarts) restarts); last exit status \(worker.exitStatus ?? -1)"
                }
                restarts += 1
                logger.warning("\(worker.label) exited with status \(worker.exitStatus ?? -1); restarting it")
                if let replacement = try? ChildProcess(label: worker.label, executable: configuration.executable, arguments: workerArguments(index + 1)) {
                    workers[index] = replacement
                }
            }
            return nil
        }

        for worker in workers { worker.signal(SIGTERM) }
        for worker in workers {
            worker.terminate(grace: 10)
            workerPeaks[worker.label] = max(workerPeaks[worker.label] ?? 0, worker.peakResidentBytes)
        }
        collector.terminate(grace: 60)
        if collector.exitStatus != 0, summary.failure == nil {
            summary.failure = "the collector exited with status \(collector.exitStatus ?? -1)"
        }
        summary.peakResidentBytes["collector"] = collector.peakResidentBytes
        for (label, peak) in workerPeaks { summary.peakResidentBytes[label] = peak }
        context.shutdown()
        return summary
    }
}
