import ArgumentParser
import Foundation
import NewsmillPipeline
import ZeroMQ

/// `newsmill keys`: CURVE key pairs for securing the roles across hosts.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create and show CURVE key pairs that encrypt and authenticate the roles across hosts.",
        discussion: """
        Each role gets its own key pair. The producer and the collector are given their secret key \
        (--curve-secret-key) and the public keys of the workers they accept (--allow-keys); a worker is \
        given its secret key and the producer's and collector's public keys. See docs/operations.md.

        Example:
          newsmill keys generate --out keys/producer
          newsmill keys show keys/producer.pub
        """,
        subcommands: [Generate.self, Show.self]
    )

    /// `newsmill keys generate --out DIR/NAME`.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new key pair: NAME.key (secret, mode 0600) and NAME.pub, in Z85."
        )

        @Option(help: "Path and name of the pair, without extension (e.g. keys/worker-1).")
        var out: String

        func run() throws {
            let directory = (out as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            let pair = try CurveKeyFile.generate(prefix: out)
            print("public key \(pair.publicKey)")
            print("wrote \(pair.secretPath) (secret: keep it on this host only) and \(pair.publicPath)")
        }
    }

    /// `newsmill keys show FILE`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the public key of a key file (a .pub file, or the public half of a .key file)."
        )

        @Argument(help: "A .key or .pub file.")
        var file: String

        func run() throws {
            let key = try CurveKeyFile.readKey(at: file)
            // Any 32 bytes are a valid secret key, so the file name tells a secret key from a public one.
            print(file.hasSuffix(".key") ? try ZMQCurve.publicKey(fromSecret: key) : key)
        }
    }
}
