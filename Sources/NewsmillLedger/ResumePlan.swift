/// What a resumed producer must do, read from the ledger of an unfinished run: which input items
/// are already committed (skipped), which jobs were open (rebuilt under their old sequence numbers
/// from the items they held), and which inputs need not be opened at all.
///
/// Items are numbered in the order the inputs yield them (`InputReader` is deterministic for the same
/// files and limits), and each job holds a consecutive range of them, so the plan is a handful of
/// intervals, not a list of items.
public struct ResumePlan: Sendable {
    /// The run being resumed.
    public let runID: String
    /// Committed item ranges `[start, end)`, sorted and merged.
    private var committed: [Range<Int64>]
    /// The lower bounds of `committed`, for binary search.
    private var committedStarts: [Int64]
    /// Open item jobs by the ordinal of their first item.
    private var openByFirstItem: [Int64: JobLedger.Job]
    /// First items of the open jobs, sorted, for finding the job that holds an item.
    private var openFirstItems: [Int64]
    /// Open jobs carrying the run's `started` event.
    public let openStartEvents: [JobLedger.Job]
    /// Open jobs carrying the run's `finished` event (a resumed run sends a new one).
    public let openFinishEvents: [JobLedger.Job]
    /// Inputs whose reading began, by index.
    public let inputs: [Int: JobLedger.Input]
    /// The first sequence number free for new jobs.
    public let nextSequence: UInt64
    /// Items committed before the resume.
    public let committedItemCount: Int64
    /// The jobs committed before the resume, with what the collector reported for each.
    public let committedJobs: [JobLedger.Job]

    /// Builds the plan of run `runID` from its ledger records.
    public init(runID: String, jobs: [JobLedger.Job], inputs: [JobLedger.Input]) {
        self.runID = runID
        let itemJobs = jobs.filter { $0.kind == .items && $0.itemCount > 0 }
        let doneRanges = itemJobs.filter { $0.state == .done }
            .map { $0.firstItem ..< $0.firstItem + Int64($0.itemCount) }
            .sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int64>] = []
        for range in doneRanges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound ..< max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        committed = merged
        committedJobs = jobs.filter { $0.kind == .items && $0.state == .done }
        committedStarts = merged.map(\.lowerBound)
        committedItemCount = merged.reduce(0) { $0 + Int64($1.count) }
        let open = itemJobs.filter { $0.state == .open }
        openByFirstItem = Dictionary(open.map { ($0.firstItem, $0) }, uniquingKeysWith: { first, _ in first })
        openFirstItems = openByFirstItem.keys.sorted()
        openStartEvents = jobs.filter { $0.kind == .started && $0.state == .open }
        openFinishEvents = jobs.filter { $0.kind == .finished && $0.state == .open }
        self.inputs = Dictionary(inputs.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        nextSequence = (jobs.map(\.sequence).max() ?? 0) + (jobs.isEmpty ? 0 : 1)
    }

    /// Whether item `ordinal` is already committed.
    public func isCommitted(_ ordinal: Int64) -> Bool {
        guard let index = Self.lastIndex(in: committedStarts, atMost: ordinal) else { return false }
        return committed[index].contains(ordinal)
    }

    /// The open job holding item `ordinal`, if any.
    public func openJob(holding ordinal: Int64) -> JobLedger.Job? {
        guard let index = Self.lastIndex(in: openFirstItems, atMost: ordinal),
              let job = openByFirstItem[openFirstItems[index]],
              ordinal < job.firstItem + Int64(job.itemCount) else { return nil }
        return job
    }

    /// The open item job with this sequence number, if any.
    public func openJob(sequence: UInt64) -> JobLedger.Job? {
        openByFirstItem.values.first { $0.sequence == sequence }
    }

    /// Marks an open job committed (its `done` arrived before the job was rebuilt), so its items are skipped.
    public mutating func markCommitted(_ job: JobLedger.Job) {
        guard openByFirstItem.removeValue(forKey: job.firstItem) != nil else { return }
        openFirstItems.removeAll { $0 == job.firstItem }
        let range = job.firstItem ..< job.firstItem + Int64(job.itemCount)
        let index = committed.firstIndex { $0.lowerBound > range.lowerBound } ?? committed.count
        committed.insert(range, at: index)
        committedStarts.insert(range.lowerBound, at: index)
    }

    /// The end ordinal of input `index` (`path`, whose items begin at `firstItem`) when every one of
    /// its items is committed, so it need not be read.
    public func skippableEnd(ofInput index: Int, path: String, firstItem: Int64) -> Int64? {
        guard let input = inputs[index], input.path == path, input.firstItem == firstItem, let end = input.endItem else { return nil }
        if input.firstItem == end { return end }
        guard let at = Self.lastIndex(in: committedStarts, atMost: input.firstItem) else { return nil }
        return committed[at].lowerBound <= input.firstItem && end <= committed[at].upperBound ? end : nil
    }

    /// The largest index whose value is at most `value` in the sorted `values` (binary search).
    private static func lastIndex(in values: [Int64], atMost value: Int64) -> Int? {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
