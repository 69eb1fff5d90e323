import ArgumentParser
import Foundation
import NewsmillPipeline
import ZeroMQ

/// `newsmill collect`: the collector role.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Receive workers' results and write them to the database (the collector role; run one).",
        discussion: """
        The only writer of the database: it commits results in batched transactions and only then \
        acknowledges them. Readers (newsmill search/query, sqlite3, Datasette) may use the database at \
        the same time (WAL mode). SIGTERM commits what it holds and closes the database cleanly.

        Example:
          newsmill collect --bind tcp://*:5558 --db news.db
        """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var logging: LoggingOptions

    @Option(help: "Where workers connect with results.")
    var bind: String = "tcp://127.0.0.1:5558"

    @Option(help: "Commit once this many articles are waiting.")
    var batch: Int = 1_000

    @Option(help: "This collector's CURVE secret key file (default: $NEWSMILL_CURVE_SECRET_KEY); needs --allow-keys.")
    var curveSecretKey: String?

    @Option(help: "Workers' public keys allowed to connect: a directory of .pub files or a file of keys. Turns CURVE on.")
    var allowKeys: String?

    @Option(help: .hidden)
    var parentPid: Int32?

    func run() throws {
        let logger = try logging.makeLogger(label: "newsmill.collect")
        StopSignal.install()
        var configuration = CollectorConfiguration(endpoint: bind, databasePath: database.path)
        configuration.batchArticles = batch
        configuration.parentPID = parentPid
        configuration.curve = try CurveKeyFile.serverSecurity(secretKeyPath: curveSecretKey, allowKeys: allowKeys)
        let context = try ZMQContext()
        let collector = try Collector(configuration: configuration, context: context, logger: logger)
        _ = collector.run()
        context.shutdown()
    }
}
