import Foundation
import NewsmillPipeline
import XCTest

/// Runs the real `newsmill` executable built beside the tests.
enum NewsmillBinary {
    /// The executable's path: `$NEWSMILL_BIN`, else `newsmill` in the build products folder that holds
    /// this test bundle's resources.
    static var path: String {
        if let override = ProcessInfo.processInfo.environment["NEWSMILL_BIN"] { return override }
        return Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("newsmill").path
    }

    /// The outcome of a finished command.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `newsmill arguments...` to completion (killed after `timeout` seconds).
    static func run(_ arguments: [String], timeout: TimeInterval = 120, file: StaticString = #filePath, line: UInt = #line) throws -> Outcome {
        let process = try start(arguments)
        let finished = process.waitUntilExit(timeout: timeout)
        if !finished {
            process.process.interrupt()
            kill(process.process.processIdentifier, SIGKILL)
            process.process.waitUntilExit()
            XCTFail("newsmill \(arguments.joined(separator: " ")) did not finish in \(timeout) s", file: file, line: line)
        }
        return Outcome(status: process.process.terminationStatus, stdout: process.stdout(), stderr: process.stderr())
    }

    /// Starts `newsmill arguments...` in the background, capturing its output to temporary files.
    static func start(_ arguments: [String]) throws -> RunningProcess {
        try RunningProcess(executable: path, arguments: arguments)
    }
}

/// A process started by a test, with its output captured to files (pipes could fill and block it).
final class RunningProcess {
    let process: TestChild
    private let outURL: URL
    private let errURL: URL

    init(executable: String, arguments: [String]) throws {
        let directory = FileManager.default.temporaryDirectory
        outURL = directory.appendingPathComponent("newsmill-out-\(UUID().uuidString)")
        errURL = directory.appendingPathComponent("newsmill-err-\(UUID().uuidString)")
        process = TestChild(try ChildProcess(
            label: URL(fileURLWithPath: executable).lastPathComponent, executable: executable, arguments: arguments,
            standardOutput: outURL.path, standardError: errURL.path
        ))
    }

    /// Waits up to `timeout` seconds; returns whether the process ended.
    func waitUntilExit(timeout: TimeInterval) -> Bool {
        process.child.wait(timeout: timeout)
    }

    /// Sends SIGTERM and waits for a graceful exit (SIGKILL after `grace` seconds).
    @discardableResult
    func stop(grace: TimeInterval = 30) -> Int32 {
        process.child.terminate(grace: grace)
        return process.terminationStatus
    }

    func stdout() -> String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    func stderr() -> String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
}

/// A test's child process in Foundation's `Process` vocabulary, over `ChildProcess` (`posix_spawn` and
/// `wait4` on this one pid). Foundation's `Process` on Linux reaps children from its own SIGCHLD
/// handling, and it can miss an exit: in `ChaosTests` a SIGKILLed worker stayed a zombie and
/// `waitUntilExit()` blocked for ever (the hang that used up CI's 90 minutes on 2026-12-04).
final class TestChild {
    let child: ChildProcess

    init(_ child: ChildProcess) { self.child = child }

    var processIdentifier: Int32 { child.pid }
    /// True while the child runs (reaps it, without blocking, once it has ended).
    var isRunning: Bool { child.isRunning }
    /// The exit status, or the signal number for a child killed by a signal (as `Process` reports it);
    /// -1 while it runs.
    var terminationStatus: Int32 {
        guard let status = child.exitStatus else { return -1 }
        return status < 0 ? -status : status
    }

    func interrupt() { child.signal(SIGINT) }
    func terminate() { child.signal(SIGTERM) }
    func waitUntilExit() { child.wait() }
}

/// A scratch directory removed at the end of a test.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsmill-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
func freeLoopbackPort() -> Int { LoopbackPort.free() }

/// The fixture corpus: text, HTML, RSS, Atom, a tar.gz, a zip, a truncated gzip and binary junk.
enum FixtureCorpus {
    static var path: String { Bundle.module.bundleURL.appendingPathComponent("Fixtures/corpus").path }

    /// What a good extraction stores, by title: authors, published value and kind.
    static let expected: [String: (authors: [String], published: String?, kind: String)] = [
        "Town Votes to Rebuild the Old Footbridge": (["Anna Berglund"], nil, "text"),
        "Pupils Plant an Orchard Behind the School": (["Jonas Eklund"], "2021-04", "text"),
        "New Crane Arrives at the Container Harbour": (["Lena Holm"], "2023-09-18T10:15:00Z", "html"),
        "Bakery Wins Regional Bread Prize": (["Mira Falk"], "2021-05-05T08:00:00Z", "rss"),
        "Library Extends Opening Hours": (["Jonas Eklund"], "2021-05-06T09:30:00Z", "rss"),
        "Divers Map a Sunken Schooner": (["Lena Holm"], "2023-09-30T12:00:00Z", "atom"),
        "Tide Gauge Records a New Low": (["Per Lund"], "2023-10-01T06:00:00Z", "atom"),
        "Farmers Market Moves to the Square": (["Karin Sjoberg"], nil, "text"),
        "Ferry Service Resumes After Repairs": (["Per Lund"], nil, "text"),
        "Museum Opens a Maritime Gallery": (["Karin Sjoberg"], "2022-06-11", "html"),
        "Church Choir Tours the Coast": (["Mira Falk"], nil, "text"),
        "Lighthouse Keeper's Cottage Restored": ([], "2024-03-02T10:00:00Z", "rss"),
    ]

    /// The bad inputs and a word their quarantine reason must contain.
    static let quarantined: [String: String] = [
        "broken/truncated.txt.gz": "truncated",
        "broken/junk.bin": "unrecognised",
    ]
}
