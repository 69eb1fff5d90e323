import ArgumentParser
import Foundation
import NewsmillPipeline
import ZeroMQ

/// `newsmill produce`: the producer role on its own.
struct ProduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Read inputs and deal them as jobs to the workers that connect (the producer role).",
        discussion: """
        Binds the jobs socket and waits for workers (`newsmill work --jobs ...`). Each worker asks for \
        as many jobs as it has threads; a job counts as done only when the collector has committed it, \
        and jobs held by a worker that leaves or falls silent go to another. Exits when every input is \
        committed, with the same summary and exit status as `newsmill run`.

        Every job is written to a job ledger (--ledger, SQLite) before it is sent. A producer that is \
        killed or interrupted picks its run up again when started with the same inputs (or with \
        --resume and no inputs): committed inputs are not read again, and the jobs it had sent are \
        rebuilt under their old numbers. `newsmill status --ledger FILE` shows a running producer's \
        workers, jobs leased, retried and quarantined.

        Exit status: 0 all stored, or stopped by SIGTERM/SIGINT with its state in the ledger (resumable); \
        3 finished with quarantined inputs; 1 failed, or interrupted without a ledger.

        Example (with a collector and workers already running):
          newsmill produce ./archive/ feeds.tar.gz --bind tcp://*:5557
          newsmill produce --resume --ledger /state/ledger.db --bind tcp://*:5557
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var logging: LoggingOptions

    @Option(help: "Where workers connect for jobs.")
    var bind: String = "tcp://127.0.0.1:5557"

    @Option(help: "Most documents packed into one job.")
    var jobItems: Int = 64

    @Option(help: "Most jobs in flight at once (bounds memory).")
    var maxInFlight: Int = 32

    @Flag(help: "No progress line or summary on standard error.")
    var quiet = false

    @Option(help: "Also write the summary as JSON to this file.")
    var summaryJson: String?

    @Option(help: "Seconds the workers allow one document (their --document-time-limit); a job lost after that long counts as timed out.")
    var documentTimeLimit: Double = 120

    @Option(help: "Seconds without a word from a worker (they send one every second) before its jobs go to others.")
    var workerTimeout: Double = 15

    @Option(help: "This producer's CURVE secret key file (default: $NEWSMILL_CURVE_SECRET_KEY); needs --allow-keys.")
    var curveSecretKey: String?

    @Option(help: "Workers' public keys allowed to connect: a directory of .pub files or a file of keys. Turns CURVE on.")
    var allowKeys: String?

    func run() throws {
        let logger = try logging.makeLogger(label: "newsmill.produce")
        StopSignal.install()
        var configuration = ProducerConfiguration(inputs: try input.allPaths(allowNone: ledger.resume), endpoint: bind)
        configuration.ledgerPath = ledger.path(default: "newsmill-ledger.db")
        configuration.resume = ledger.mode
        configuration.workerSilenceTimeout = workerTimeout
        configuration.limits = input.limits
        configuration.jobMaxItems = jobItems
        configuration.maxJobsInFlight = maxInFlight
        configuration.documentTimeLimit = documentTimeLimit
        configuration.curve = try CurveKeyFile.serverSecurity(secretKeyPath: curveSecretKey, allowKeys: allowKeys)
        let context = try ZMQContext()
        let producer = try Producer(configuration: configuration, context: context, logger: logger, progress: ProgressReporter(enabled: !quiet))
        let summary = producer.run()
        if !quiet { FileHandle.standardError.write(Data((summary.render() + "\n").utf8)) }
        if let summaryJson { try SummaryFile.write(summary, to: summaryJson) }
        context.shutdown()
        // A role stopped by SIGTERM/SIGINT that drained cleanly exits 0, as service managers expect: with
        // a ledger nothing is lost, and the same command resumes the run.
        if summary.interrupted, summary.failure == nil, let ledgerPath = configuration.ledgerPath {
            logger.notice("run \(summary.runID) interrupted and recorded in \(ledgerPath); start the same command again to resume it")
            return
        }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
