import Foundation
import NewsmillInputs
import NewsmillPipeline

/// Measures reading a `.warc.gz` (`newsmill benchmark --warc`): a generated archive of HTML responses,
/// gzip-compressed per record as crawlers write them, read by `InputReader` on one core; prints MB/s of
/// payload (the decoded HTTP bodies handed to the workers) and of the compressed file.
struct WebArchiveBenchmark {
    /// Records of the generated archive (HTML responses, with one request record per ten responses).
    let records: Int
    /// Where the archive is written (reused when present).
    let directory: String

    /// One timed read of the archive.
    struct Reading {
        var documents: Int
        var payloadBytes: Int64
        var fileBytes: Int64
        var seconds: Double
        var cpuSeconds: Double
    }

    /// The archive's path, generating it first if needed.
    func archive() throws -> String {
        let path = directory + "/crawl-\(records).warc.gz"
        if FileManager.default.fileExists(atPath: path) { return path }
        let staging = directory + "/warc-staging"
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        var names: [String] = []
        for index in 0..<records {
            let name = String(format: "%07d.warc", index)
            try Data(Self.record(index)).write(to: URL(fileURLWithPath: staging + "/" + name))
            names.append(name)
        }
        // One gzip process compresses each record into its own member; concatenated they are a .warc.gz.
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-6"] + names
        gzip.currentDirectoryURL = URL(fileURLWithPath: staging)
        try gzip.run()
        gzip.waitUntilExit()
        guard gzip.terminationStatus == 0 else { throw BenchmarkFailure("gzip exited with \(gzip.terminationStatus)") }
        FileManager.default.createFile(atPath: path + ".partial", contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".partial"))
        for name in names { output.write(try Data(contentsOf: URL(fileURLWithPath: staging + "/" + name + ".gz"))) }
        try output.close()
        try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
        try FileManager.default.removeItem(atPath: staging)
        return path
    }

    /// Reads the whole archive once.
    func read(_ path: String) -> Reading {
        let cpuStart = ResourceUsage.cpuSeconds()
        let start = Date()
        let reader = InputReader(paths: [path])
        var documents = 0
        var payload: Int64 = 0
        while let item = reader.next() {
            if case .document(let document) = item {
                documents += 1
                payload += Int64(document.bytes.count)
            }
        }
        let fileBytes = FileManager.default.sizeOfFile(atPath: path)
        return Reading(documents: documents, payloadBytes: payload, fileBytes: fileBytes,
                       seconds: Date().timeIntervalSince(start), cpuSeconds: ResourceUsage.cpuSeconds() - cpuStart)
    }

    /// One WARC 1.1 record: a `request` every tenth index, else a `response` with an HTML page of
    /// 20–60 KB (text varies with the index, so compression is realistic).
    static func record(_ index: Int) -> [UInt8] {
        let uri = "https://news.example/\(2020 + index % 5)/story-\(index).html"
        if index % 10 == 9 {
            let http = "GET /story-\(index).html HTTP/1.1\r\nHost: news.example\r\nUser-Agent: bench\r\n\r\n"
            return warc(type: "request", uri: uri, index: index, contentType: "application/http; msgtype=request", block: Array(http.utf8))
        }
        var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story \(index) | News</title>"
        html += "<meta property=\"og:title\" content=\"Story \(index)\"><script>var ads = [\(index), \(index * 7)];</script></head><body>"
        html += "<nav><ul>" + (0..<20).map { "<li><a href=\"/section-\($0)\">Section \($0)</a></li>" }.joined() + "</ul></nav><article><h1>Story \(index)</h1>"
        let paragraphs = 20 + (index * 37) % 60
        for paragraph in 0..<paragraphs {
            html += "<p>On day \(paragraph) the council of town \(index % 97) discussed budget line \(index * 31 + paragraph), "
            html += "the harbour, the ferries and the \((index + paragraph) % 13) new cranes, before a vote of \(paragraph % 9) to \((paragraph * 3) % 11).</p>"
        }
        html += "</article><footer>Copyright News Example</footer></body></html>"
        let body = Array(html.utf8)
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n"
        return warc(type: "response", uri: uri, index: index, contentType: "application/http; msgtype=response", block: Array(http.utf8) + body)
    }

    private static func warc(type: String, uri: String, index: Int, contentType: String, block: [UInt8]) -> [UInt8] {
        let header = """
            WARC/1.1\r
            WARC-Type: \(type)\r
            WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(format: "%012d", index))>\r
            WARC-Date: 2024-03-0\(1 + index % 9)T12:00:00Z\r
            WARC-Target-URI: \(uri)\r
            Content-Type: \(contentType)\r
            Content-Length: \(block.count)\r
            \r

            """
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }
}
