import ArgumentParser
import Foundation
import NewsmillPipeline
import ZeroMQ

/// `newsmill work`: the worker role.
struct WorkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "work",
        abstract: "Extract articles from jobs, in parallel threads (the worker role; run many, anywhere).",
        discussion: """
        Connects to a producer for jobs and to a collector for results, and runs until stopped; it \
        reconnects by itself when either restarts. SIGTERM finishes the jobs it holds, waits for the \
        collector to confirm them, then exits.

        Example:
          newsmill work --jobs tcp://producer:5557 --results tcp://collector:5558 --threads 4
        """
    )

    @OptionGroup var logging: LoggingOptions

    @Option(help: "The producer's jobs endpoint.")
    var jobs: String = "tcp://127.0.0.1:5557"

    @Option(help: "The collector's results endpoint.")
    var results: String = "tcp://127.0.0.1:5558"

    @Option(help: "Extraction threads (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A name for logs (default: host-pid).")
    var name: String?

    @Flag(name: .customLong("no-analysis"), help: "Skip article intelligence (entities, quotes, dates, ...): the database then gets articles only.")
    var noAnalysis = false

    @Option(help: "Seconds one document may take before its worker gives up (the job is retried, then quarantined as poison).")
    var documentTimeLimit: Double = 120

    @Option(help: "This worker's CURVE secret key file (default: $NEWSMILL_CURVE_SECRET_KEY).")
    var curveSecretKey: String?

    @Option(help: "The producer's CURVE public key file; with --collector-key, turns CURVE on.")
    var producerKey: String?

    @Option(help: "The collector's CURVE public key file.")
    var collectorKey: String?

    @Option(help: .hidden)
    var parentPid: Int32?

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard documentTimeLimit > 0 else { throw ValidationError("--document-time-limit must be positive") }
    }

    func run() throws {
        let logger = try logging.makeLogger(label: "newsmill.work")
        StopSignal.install()
        var configuration = WorkerConfiguration(jobsEndpoint: jobs, resultsEndpoint: results)
        configuration.threads = threads
        configuration.documentTimeLimit = documentTimeLimit
        configuration.extraction.analyze = !noAnalysis
        if let name { configuration.name = name }
        configuration.parentPID = parentPid
        configuration.curve = try CurveKeyFile.workerSecurity(secretKeyPath: curveSecretKey, producerKey: producerKey, collectorKey: collectorKey)
        let context = try ZMQContext()
        let worker = try Worker(configuration: configuration, context: context, logger: logger)
        _ = worker.run()
        context.shutdown()
    }
}
