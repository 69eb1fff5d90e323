import NewsmillCore

/// The protocol version this build speaks. A peer speaking another version is refused with a clear
/// log line; see docs/protocol.md for what changes bump it.
public let newsmillProtocolVersion: UInt8 = 3

/// Identifies one job: the producer's run and a sequence number unique within it.
public struct JobID: Sendable, Hashable, WireCodable, CustomStringConvertible {
    /// The run (a UUID string chosen by the producer).
    public var runID: String
    /// The job's number within the run, from 0.
    public var sequence: UInt64

    /// Creates a job id.
    public init(runID: String, sequence: UInt64) {
        self.runID = runID
        self.sequence = sequence
    }

    /// `run/sequence`.
    public var description: String { "\(runID)/\(sequence)" }

    /// Encodes run and sequence.
    public func encode(to writer: inout WireWriter) {
        writer.write(runID)
        writer.write(sequence)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(runID: try reader.readString(), sequence: try reader.readUInt64())
    }
}

/// One unit of work inside a job: a document to extract, or an item the producer already found bad
/// (a truncated archive member), which the worker passes through so that one writer stores everything.
public enum JobItem: Sendable, WireCodable {
    /// A document for the extraction core.
    case document(Document)
    /// An input the producer could not read, with its reason.
    case quarantined(QuarantinedItem)

    /// Encodes a tag byte (0 document, 1 quarantined) then the payload.
    public func encode(to writer: inout WireWriter) {
        switch self {
        case .document(let document):
            writer.writeByte(0)
            writer.write(document)
        case .quarantined(let item):
            writer.writeByte(1)
            writer.write(item)
        }
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        switch try reader.readByte() {
        case 0: self = .document(try reader.read(Document.self))
        case 1: self = .quarantined(try reader.read(QuarantinedItem.self))
        case let tag: throw WireError("unknown job item tag \(tag)")
        }
    }

    /// The size of the item's payload in bytes (for batching and progress).
    public var byteCount: Int {
        switch self {
        case .document(let document): document.bytes.count
        case .quarantined: 0
        }
    }
}

/// A run's life-cycle event, carried by a job without items so that it reaches the collector through
/// the same acknowledged path as the data.
public enum RunEvent: Sendable, Equatable, WireCodable {
    /// The run started: what it reads, on which host, when (seconds since 1970).
    case started(inputs: [String], host: String, startedAt: Double)
    /// The run ended with a status (`finished` or `interrupted`), when (seconds since 1970).
    case finished(status: String, finishedAt: Double)

    /// Encodes a tag byte (0 started, 1 finished) then the fields.
    public func encode(to writer: inout WireWriter) {
        switch self {
        case let .started(inputs, host, startedAt):
            writer.writeByte(0)
            writer.write(inputs)
            writer.write(host)
            writer.write(startedAt)
        case let .finished(status, finishedAt):
            writer.writeByte(1)
            writer.write(status)
            writer.write(finishedAt)
        }
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        switch try reader.readByte() {
        case 0:
            self = .started(inputs: try reader.readStrings(), host: try reader.readString(), startedAt: try reader.readDouble())
        case 1:
            self = .finished(status: try reader.readString(), finishedAt: try reader.readDouble())
        case let tag: throw WireError("unknown run event tag \(tag)")
        }
    }
}

/// A batch of work sent by the producer to one worker.
public struct Job: Sendable, WireCodable {
    /// The job's identity.
    public var id: JobID
    /// The items to process (may be empty for a pure run event).
    public var items: [JobItem]
    /// A run life-cycle event to record, if any.
    public var runEvent: RunEvent?

    /// Creates a job.
    public init(id: JobID, items: [JobItem], runEvent: RunEvent? = nil) {
        self.id = id
        self.items = items
        self.runEvent = runEvent
    }

    /// Encodes id, items and event.
    public func encode(to writer: inout WireWriter) {
        writer.write(id)
        writer.write(items)
        writer.write(runEvent)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            id: try reader.read(JobID.self), items: try reader.readArray(JobItem.self),
            runEvent: try reader.readOptional(RunEvent.self)
        )
    }

    /// Total payload bytes of the items.
    public var byteCount: Int { items.reduce(0) { $0 + $1.byteCount } }
}

/// What a worker made of a job, sent to the collector.
public struct JobResult: Sendable, WireCodable {
    /// The job this answers.
    public var jobID: JobID
    /// The articles extracted.
    public var articles: [Article]
    /// The items that could not be read.
    public var quarantined: [QuarantinedItem]
    /// The run event the job carried, passed through.
    public var runEvent: RunEvent?

    /// Creates a result.
    public init(jobID: JobID, articles: [Article], quarantined: [QuarantinedItem], runEvent: RunEvent? = nil) {
        self.jobID = jobID
        self.articles = articles
        self.quarantined = quarantined
        self.runEvent = runEvent
    }

    /// Encodes all fields.
    public func encode(to writer: inout WireWriter) {
        writer.write(jobID)
        writer.write(articles)
        writer.write(quarantined)
        writer.write(runEvent)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            jobID: try reader.read(JobID.self), articles: try reader.readArray(Article.self),
            quarantined: try reader.readArray(QuarantinedItem.self), runEvent: try reader.readOptional(RunEvent.self)
        )
    }
}

/// What the collector did with one job's result, after committing it: sent back to the worker, which
/// forwards it to the producer as proof that the job is done.
public struct JobReport: Sendable, Equatable, WireCodable {
    /// The job.
    public var jobID: JobID
    /// Articles newly stored.
    public var stored: Int
    /// Articles already in the database (same id), not stored again.
    public var duplicates: Int
    /// The reasons of the items quarantined (new rows or repeats), one per item.
    public var quarantineReasons: [String]

    /// Creates a report.
    public init(jobID: JobID, stored: Int, duplicates: Int, quarantineReasons: [String]) {
        self.jobID = jobID
        self.stored = stored
        self.duplicates = duplicates
        self.quarantineReasons = quarantineReasons
    }

    /// Encodes all fields.
    public func encode(to writer: inout WireWriter) {
        writer.write(jobID)
        writer.write(stored)
        writer.write(duplicates)
        writer.write(quarantineReasons)
    }

    /// Decodes what `encode(to:)` wrote.
    public init(from reader: inout WireReader) throws {
        self.init(
            jobID: try reader.read(JobID.self), stored: try reader.readInt(), duplicates: try reader.readInt(),
            quarantineReasons: try reader.readStrings()
        )
    }
}

/// Messages between the producer (ROUTER) and a worker (DEALER) on the jobs socket.
public enum JobChannelMessage: Sendable {
    /// Worker → producer, first message: who it is and how many jobs it can take at once.
    case hello(workerName: String, credit: Int)
    /// Worker → producer: it can take `n` more jobs.
    case credit(Int)
    /// Worker → producer: these jobs are committed by the collector.
    case done([JobReport])
    /// Worker → producer: it is leaving; jobs it holds unfinished must go to others.
    case goodbye
    /// Producer → worker: a job to process.
    case job(Job)
    /// Producer → worker: "I do not know you" (the producer restarted); the worker answers `hello`
    /// with the credit it has free.
    case helloRequest
    /// Worker → producer, every few seconds: every job it has received and not yet reported `done`
    /// (waiting, extracting, or waiting for the collector's acknowledgement). A job the producer
    /// believes leased to this worker, sent a while ago and missing here, was lost on the way (a
    /// connection dropped under it) and is sent again.
    case holding([JobID])
    /// Worker → producer: these jobs are extracted and their results sent to the collector. If the
    /// worker dies before the collector's acknowledgement, the producer sends them again without
    /// blaming them for the death (a death while extracting is what makes a job suspect).
    case extracted([JobID])
}

/// Messages between a worker (DEALER) and the collector (ROUTER) on the results socket.
public enum ResultChannelMessage: Sendable {
    /// Worker → collector: a job's results to store.
    case result(JobResult)
    /// Collector → worker: these jobs are committed.
    case ack([JobReport])
}

/// Frames a message: one header frame `N M version command` and one body frame.
public enum MessageFrames {
    static let magic: [UInt8] = [0x4e, 0x4d]  // "NM"

    static func header(_ command: UInt8) -> [UInt8] { magic + [newsmillProtocolVersion, command] }

    static func command(of frames: [[UInt8]]) throws -> (UInt8, [UInt8]) {
        guard frames.count == 2 else { throw WireError("expected 2 frames, got \(frames.count)") }
        let header = frames[0]
        guard header.count == 4, header[0] == magic[0], header[1] == magic[1] else {
            throw WireError("not a Newsmill message")
        }
        guard header[2] == newsmillProtocolVersion else {
            throw WireError("protocol version \(header[2]) is not supported (this build speaks \(newsmillProtocolVersion))")
        }
        return (header[3], frames[1])
    }
}

extension JobChannelMessage {
    private enum Command: UInt8 {
        case hello = 1, credit = 2, done = 3, goodbye = 4, job = 5, helloRequest = 6, holding = 7, extracted = 8
    }

    /// The message as ZeroMQ frames (without any routing envelope).
    public func frames() -> [[UInt8]] {
        var writer: WireWriter
        let command: Command
        switch self {
        case let .hello(name, credit):
            writer = WireWriter()
            writer.write(name)
            writer.write(credit)
            command = .hello
        case .credit(let n):
            writer = WireWriter(capacity: 4)
            writer.write(n)
            command = .credit
        case .done(let reports):
            writer = WireWriter()
            writer.write(reports)
            command = .done
        case .goodbye:
            writer = WireWriter(capacity: 0)
            command = .goodbye
        case .helloRequest:
            writer = WireWriter(capacity: 0)
            command = .helloRequest
        case .job(let job):
            writer = WireWriter(capacity: job.byteCount + 256 * max(job.items.count, 1))
            writer.write(job)
            command = .job
        case .holding(let jobs):
            writer = WireWriter()
            writer.write(jobs)
            command = .holding
        case .extracted(let jobs):
            writer = WireWriter()
            writer.write(jobs)
            command = .extracted
        }
        return [MessageFrames.header(command.rawValue), writer.bytes]
    }

    /// Parses frames (without routing envelope) into a message.
    public init(frames: [[UInt8]]) throws {
        let (code, body) = try MessageFrames.command(of: frames)
        var reader = WireReader(body)
        switch Command(rawValue: code) {
        case .hello: self = .hello(workerName: try reader.readString(), credit: try reader.readInt())
        case .credit: self = .credit(try reader.readInt())
        case .done: self = .done(try reader.readArray(JobReport.self))
        case .goodbye: self = .goodbye
        case .job: self = .job(try reader.read(Job.self))
        case .helloRequest: self = .helloRequest
        case .holding: self = .holding(try reader.readArray(JobID.self))
        case .extracted: self = .extracted(try reader.readArray(JobID.self))
        case nil: throw WireError("unknown job-channel command \(code)")
        }
        try reader.expectEnd()
    }
}

extension ResultChannelMessage {
    private enum Command: UInt8 {
        case result = 16, ack = 17
    }

    /// The message as ZeroMQ frames (without any routing envelope).
    public func frames() -> [[UInt8]] {
        var writer = WireWriter()
        let command: Command
        switch self {
        case .result(let result):
            writer = WireWriter(capacity: result.articles.reduce(256) { $0 + $1.body.utf8.count + 512 })
            writer.write(result)
            command = .result
        case .ack(let reports):
            writer.write(reports)
            command = .ack
        }
        return [MessageFrames.header(command.rawValue), writer.bytes]
    }

    /// Parses frames (without routing envelope) into a message.
    public init(frames: [[UInt8]]) throws {
        let (code, body) = try MessageFrames.command(of: frames)
        var reader = WireReader(body)
        switch Command(rawValue: code) {
        case .result: self = .result(try reader.read(JobResult.self))
        case .ack: self = .ack(try reader.readArray(JobReport.self))
        case nil: throw WireError("unknown result-channel command \(code)")
        }
        try reader.expectEnd()
    }
}
