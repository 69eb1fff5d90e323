import ArgumentParser

/// `--db PATH`, shared by the commands that read or write the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite database file.")
    var path: String
}
