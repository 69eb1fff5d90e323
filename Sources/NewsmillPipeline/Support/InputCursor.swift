import NewsmillInputs

/// Reads a run's inputs one top-level path at a time and numbers the items in stream order (the
/// ordinals the job ledger records). An input that a resume plan says is fully committed is not
/// opened at all; its ordinals are skipped in one step.
final class InputCursor {
    /// Where an input's items begin, and end once it was read to the end.
    struct Boundary {
        var index: Int
        var path: String
        var firstItem: Int64
        var endItem: Int64?
    }

    private let paths: [String]
    private let limits: InputLimits
    private let skippableEnd: (Int, String, Int64) -> Int64?
    private var index = -1
    private var reader: InputReader?
    private var finishedBytes: Int64 = 0
    private var inputFirstItem: Int64 = 0

    /// The ordinal the next item gets.
    private(set) var nextOrdinal: Int64 = 0
    /// Inputs not opened because they were committed in full before a resume.
    private(set) var inputsSkipped = 0
    /// Called when an input begins and when it ends (for the ledger).
    var onBoundary: (Boundary) -> Void = { _ in }

    /// A cursor over `paths`; `skippableEnd(index, path, firstItem)` returns an input's end ordinal
    /// when it need not be read.
    init(paths: [String], limits: InputLimits, skippableEnd: @escaping (Int, String, Int64) -> Int64? = { _, _, _ in nil }) {
        self.paths = paths
        self.limits = limits
        self.skippableEnd = skippableEnd
    }

    /// Bytes consumed so far (inputs skipped count in full).
    var bytesRead: Int64 { finishedBytes + (reader?.bytesRead ?? 0) }

    /// The next item and its ordinal, or nil at the end of the last input.
    func next() -> (ordinal: Int64, item: InputItem)? {
        while true {
            if let reader {
                if let item = reader.next() {
                    defer { nextOrdinal += 1 }
                    return (nextOrdinal, item)
                }
                finishedBytes += reader.bytesRead
                self.reader = nil
                onBoundary(Boundary(index: index, path: paths[index], firstItem: inputFirstItem, endItem: nextOrdinal))
            }
            index += 1
            guard index < paths.count else { return nil }
            let path = paths[index]
            if let end = skippableEnd(index, path, nextOrdinal), end >= nextOrdinal {
                nextOrdinal = end
                inputsSkipped += 1
                finishedBytes += InputReader.plannedBytes(paths: [path])
                continue
            }
            inputFirstItem = nextOrdinal
            onBoundary(Boundary(index: index, path: path, firstItem: nextOrdinal, endItem: nil))
            reader = InputReader(paths: [path], limits: limits)
        }
    }
}
