import ArgumentParser
import NewsmillPipeline

/// The producer's job ledger and how a run resumes, shared by `run` and `produce`.
struct LedgerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The producer's job ledger (SQLite), from which a killed or interrupted run resumes.",
        discussion: "Default: beside the database for `run` (news.db.ledger), newsmill-ledger.db in the current directory for `produce`."
    ))
    var ledger: String?

    @Flag(name: .customLong("no-ledger"), help: "Keep no ledger: a killed producer then starts the run over (the database still drops the repeats).")
    var noLedger = false

    @Flag(help: "Continue the ledger's unfinished run; fail if there is none. Without inputs, take the run's own.")
    var resume = false

    @Flag(help: "Start a new run even if the ledger holds an unfinished one over the same inputs (resumed by default).")
    var fresh = false

    func validate() throws {
        if resume && fresh { throw ValidationError("--resume and --fresh exclude each other") }
        if noLedger && (resume || ledger != nil) { throw ValidationError("--no-ledger excludes --ledger and --resume") }
    }

    /// The ledger path, or nil with `--no-ledger`.
    func path(default defaultPath: String) -> String? {
        noLedger ? nil : ledger ?? defaultPath
    }

    /// The resume mode chosen.
    var mode: ResumeMode { resume ? .required : fresh ? .never : .automatic }
}
