import ArgumentParser
import Foundation
import NewsmillInputs

/// Input paths and the limits that protect against hostile archives, shared by `run`, `produce`
/// and `extract`.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files and directories to read: text, HTML, RSS/Atom feeds, and .gz, .tar(.gz), .zip holding them.")
    var inputs: [String] = []

    @Option(name: .customLong("file-list"), help: "Read more input paths from this file, one per line ('-' for standard input).")
    var fileList: String?

    @Option(help: "Largest single file or archive entry to read, in MiB; larger ones are quarantined.")
    var maxEntryMiB: Int = 64

    @Option(help: "Largest decompressed/compressed size ratio before an archive counts as a bomb.")
    var maxCompressionRatio: Double = 200

    /// All input paths: the arguments, then those in the file list; none is an error unless `allowNone`.
    func allPaths(allowNone: Bool = false) throws -> [String] {
        var paths = inputs
        if let fileList {
            let text: String
            if fileList == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: fileList) else {
                    throw ValidationError("cannot read the file list \(fileList)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            paths += text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        }
        guard !paths.isEmpty || allowNone else { throw ValidationError("give at least one input file or directory (or --file-list)") }
        return paths
    }

    /// The limits as configured.
    var limits: InputLimits {
        var limits = InputLimits()
        limits.maxEntryBytes = Int64(maxEntryMiB) << 20
        limits.maxCompressionRatio = maxCompressionRatio
        return limits
    }
}
