import ArgumentParser
import Dispatch
import Foundation
import NewsmillCore

/// `newsmill parse-feed`: the feed parser alone, printing feedparser-shaped JSON.
struct ParseFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-feed",
        abstract: "Parse RSS/Atom feeds and print them as feedparser-shaped JSON (one object per feed).",
        discussion: """
        Prints one JSON object per feed on standard output, one per line, with `source` (the path \
        given), `bozo` (true when the feed was not well-formed XML but was read anyway), `feed` \
        (channel metadata) and `entries`, using Python feedparser's field names and conventions: \
        `title`, `link`, `links[{href, rel, type}]`, `id`, `published` and `published_parsed` \
        (year, month, day, hour, minute, second, weekday, day of year, isdst; UTC), `updated`, \
        `author`, `author_detail`, `authors`, `summary`, `content[{value, type}]`, \
        `tags[{term, scheme, label}]`, `enclosures[{href, length, type}]`, ... \
        Bytes are decoded with the byte order mark, the XML declaration or detection. A file that \
        cannot be read or is not a feed gives an object with `bozo` true, no entries and \
        `bozo_exception` saying why; the exit status is then 3.

        Examples:
          newsmill parse-feed feed.xml
          newsmill parse-feed --file-list feeds.txt
          newsmill parse-feed atom.xml rss.xml | jq '.entries[].title'
          newsmill parse-feed --time big.rss > /dev/null
        """
    )

    @Argument(help: "Feed files to parse.")
    var files: [String] = []

    @Option(name: .customLong("file-list"), help: "Read more feed paths from this file, one per line ('-' for standard input).")
    var fileList: String?

    @Flag(help: "Print the bytes, entries and parse speed (decoding and parsing, not JSON) on standard error.")
    var time = false

    func run() throws {
        var paths = files
        if let fileList {
            let data: Data
            if fileList == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: fileList) else {
                    throw ValidationError("cannot read the file list \(fileList)")
                }
                data = contents
            }
            paths += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        guard !paths.isEmpty else { throw ValidationError("give at least one feed file or --file-list") }
        var failures = 0
        var output = ""
        var totalBytes = 0
        var totalEntries = 0
        var parseSeconds = 0.0
        var parseCPUSeconds = 0.0
        for path in paths {
            let line: String
            if let data = FileManager.default.contents(atPath: path) {
                let bytes = [UInt8](data)
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = Self.processCPUSeconds()
                let decoded = CharsetDecoder.decode(bytes, kind: .rss)
                let result = FeedParser.parse(xml: decoded.utf8)
                parseSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                parseCPUSeconds += Self.processCPUSeconds() - cpuStart
                totalBytes += bytes.count
                totalEntries += (try? result.get().entries.count) ?? 0
                switch result {
                case .success(var feed):
                    if decoded.replacements > 0 && !feed.bozo {
                        // Bytes that are not valid in the declared or detected encoding: read, but not well-formed.
                        feed.bozo = true
                        feed.bozoMessage = "\(decoded.replacements) byte sequences invalid in \(decoded.encoding)"
                    }
                    line = feed.feedparserJSON(source: path)
                case .failure(let failure):
                    failures += 1
                    line = Self.failureJSON(source: path, message: failure.message)
                }
            } else {
                failures += 1
                line = Self.failureJSON(source: path, message: "cannot read the file")
            }
            output += line + "\n"
            if output.utf8.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if time {
            let megabytes = Double(totalBytes) / 1_000_000
            let rate = parseSeconds > 0 ? megabytes / parseSeconds : 0
            let cpuRate = parseCPUSeconds > 0 ? megabytes / parseCPUSeconds : 0
            let line = "\(paths.count) feeds, \(totalEntries) entries, \(String(format: "%.1f", megabytes)) MB parsed in "
                + "\(String(format: "%.3f", parseSeconds)) s: \(String(format: "%.1f", rate)) MB/s "
                + "(CPU \(String(format: "%.3f", parseCPUSeconds)) s: \(String(format: "%.1f", cpuRate)) MB/s)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        if failures > 0 { throw ExitCode(3) }
    }

    /// The CPU time this process has used, in seconds (a speed figure unaffected by other processes).
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The object printed for a file that gave no feed.
    static func failureJSON(source: String, message: String) -> String {
        ParsedFeed.feedparserFailureJSON(source: source, message: message)
    }
}
