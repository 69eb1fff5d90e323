import ArgumentParser
import Logging

/// `--log-level` and `--quiet`, shared by every long-running command.
struct LoggingOptions: ParsableArguments {
    @Option(name: .long, help: "Log detail: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    /// Sends log lines to standard error at the chosen level and returns the logger for `label`.
    func makeLogger(label: String) throws -> Logger {
        guard let level = Logger.Level(rawValue: logLevel.lowercased()) else {
            throw ValidationError("unknown log level '\(logLevel)'; use trace, debug, info, notice, warning, error or critical")
        }
        LoggingBootstrapper.bootstrap(level: level)
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}

/// Bootstraps swift-log once per process.
enum LoggingBootstrapper {
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
