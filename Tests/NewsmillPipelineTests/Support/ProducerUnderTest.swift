import Foundation

/// A real `newsmill collect` and `newsmill produce` on loopback over a small corpus of text stories, for the
/// tests in which the test itself plays a worker with a real DEALER socket speaking the wire protocol.
struct ProducerUnderTest {
    let scratch: ScratchDirectory
    /// The collector's database.
    let database: String
    /// The producer's jobs endpoint, for the test's DEALER.
    let jobs: String
    /// The collector's results endpoint.
    let results: String
    let collector: RunningProcess
    let producer: RunningProcess

    /// Writes `stories` text files made by `story` and starts the collector, then the producer with a
    /// ledger, `--quiet` and `producerArguments`.
    init(stories: Int, story: (Int) -> String, producerArguments: [String] = []) throws {
        scratch = try ScratchDirectory()
        let corpus = scratch.path("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for index in 0..<stories {
            try story(index).write(toFile: corpus + "/story-\(index).txt", atomically: false, encoding: .utf8)
        }
        database = scratch.path("news.db")
        jobs = "tcp://127.0.0.1:\(freeLoopbackPort())"
        results = "tcp://127.0.0.1:\(freeLoopbackPort())"
        collector = try NewsmillBinary.start(["collect", "--bind", results, "--db", database])
        producer = try NewsmillBinary.start(
            ["produce", corpus, "--bind", jobs, "--ledger", scratch.path("ledger.db"), "--quiet"] + producerArguments
        )
    }
}
