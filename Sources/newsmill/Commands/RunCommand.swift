import ArgumentParser
import Foundation
import NewsmillPipeline

/// `newsmill run`: the whole pipeline on one machine.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest inputs into a database on this machine: producer, worker processes and collector in one go.",
        discussion: """
        Reads every input (streaming; archives are never loaded whole), extracts articles in parallel \
        worker processes and stores them in the SQLite database, creating it if needed. Shows live \
        progress on a terminal (plain log lines otherwise) and a summary at the end. Running the same \
        inputs again adds nothing: every article is stored once. Inputs that cannot be read land in the \
        `quarantine` table with the reason.

        Exit status: 0 all stored; 3 finished but some inputs were quarantined; 1 failed, interrupted \
        or lost work. Ctrl-C stops reading, lets jobs in flight finish, and closes the database cleanly.

        A run interrupted (Ctrl-C, a crash, a reboot) resumes where it stood when started again with the \
        same inputs: the job ledger beside the database (news.db.ledger) says what was committed, and \
        finished inputs are not read again. --fresh starts over instead.

        Examples:
          newsmill run ./archive/ feeds.tar.gz --db news.db
          newsmill run --workers 4 --threads 2 /data/exports --db /data/news.db
          newsmill run --resume --db news.db        # continue the interrupted run, same inputs
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var logging: LoggingOptions

    @Option(help: "Worker processes to start (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Extraction threads per worker (default: the cores shared out among the workers).")
    var threads: Int?

    @Option(help: "Most documents packed into one job.")
    var jobItems: Int = 64

    @Option(help: "Most jobs in flight at once (bounds memory).")
    var maxInFlight: Int = 32

    @Flag(name: .customLong("no-analysis"), help: "Skip article intelligence (entities, quotes, dates, quantities, citations, near-duplicates): articles only, about twice as fast.")
    var noAnalysis = false

    @Flag(help: "No progress line or summary on standard error.")
    var quiet = false

    @Option(help: "Also write the summary as JSON to this file.")
    var summaryJson: String?

    @Option(help: "Seconds one document may take before its worker gives up (the job is retried, then quarantined as poison).")
    var documentTimeLimit: Double = 120

    func validate() throws {
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard documentTimeLimit > 0 else { throw ValidationError("--document-time-limit must be positive") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let logger = try logging.makeLogger(label: "newsmill.run")
        StopSignal.install()
        let paths = try input.allPaths(allowNone: ledger.resume)
        var configuration = LocalRunConfiguration(inputs: paths, databasePath: database.path)
        configuration.workers = workers
        configuration.threadsPerWorker = threads
        configuration.documentTimeLimit = documentTimeLimit
        configuration.childLogLevel = logging.logLevel == "info" ? "warning" : logging.logLevel
        configuration.analyze = !noAnalysis
        configuration.producer.limits = input.limits
        configuration.producer.jobMaxItems = jobItems
        configuration.producer.maxJobsInFlight = maxInFlight
        configuration.producer.ledgerPath = ledger.path(default: database.path + ".ledger")
        configuration.producer.resume = ledger.mode
        let summary = LocalRun.execute(configuration, logger: logger, progress: ProgressReporter(enabled: !quiet))
        if !quiet { FileHandle.standardError.write(Data((summary.render() + "\n").utf8)) }
        if let summaryJson { try SummaryFile.write(summary, to: summaryJson) }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
