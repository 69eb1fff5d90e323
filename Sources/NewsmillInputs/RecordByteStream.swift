#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes that can be read at any offset: a file on disk (with `pread`) or a buffer in memory.
enum RandomAccessBytes {
    /// A file on disk.
    case file(OpenFile)
    /// A member read into memory.
    case memory(MemoryBuffer)

    /// The total size.
    var size: Int64 {
        switch self {
        case .file(let file): file.size
        case .memory(let buffer): Int64(buffer.count)
        }
    }

    /// Reads up to `buffer.count` bytes at `offset`: the count (0 at the end) or an errno.
    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, ReadFailure> {
        switch self {
        case .file(let file):
            while true {
                let count = pread(file.descriptor, buffer.baseAddress, buffer.count, off_t(offset))
                if count >= 0 { return .success(count) }
                if errno != EINTR { return .failure(ReadFailure(code: errno)) }
            }
        case .memory(let memory):
            guard offset < Int64(memory.count), let base = memory.bytes.baseAddress, let target = buffer.baseAddress else {
                return .success(0)
            }
            let count = min(buffer.count, memory.count - Int(offset))
            target.copyMemory(from: base + Int(offset), byteCount: count)
            return .success(count)
        }
    }

    /// An errno from reading a file.
    struct ReadFailure: Error {
        var code: Int32
    }
}

/// Where decoding can start again to reach a decompressed position: the compressed offset of a unit
/// (a gzip member, or the byte itself for plain input) and how many decompressed bytes follow it first.
struct RestartPoint: Equatable {
    /// Offset in the source where decoding restarts.
    var unitStart: Int64
    /// Decompressed bytes to drop after restarting.
    var skip: Int64
}

/// Damage found while decoding: the span of the source that was lost and why.
struct StreamDamage {
    /// The source offset where the damaged unit (gzip member) starts.
    var start: Int64
    /// Where decoding resumed (the next gzip member), or the source size when nothing was left.
    var resumedAt: Int64
    /// The quarantine reason (`corrupt: ...`, `truncated: ...`, `bomb: ...`).
    var reason: String
}

/// The decompressed bytes of a WARC or ARC file, plain or gzip-compressed per record, as a window
/// that the record parser consumes from the front.
///
/// gzip members are decoded one by one with zlib so that the offset where each member starts is known
/// exactly: every record is located by the member holding its first byte, a damaged or truncated
/// member is reported as a span and decoding resumes at the next gzip magic (`1f 8b 08`), and a record
/// can be decoded again from its member (`restart`) to rescan it after a wrong `Content-Length`.
/// Memory is the window (what the parser has not consumed yet) plus two fixed 256 KiB buffers.
final class RecordByteStream {
    /// Result of asking for more bytes.
    enum Fill {
        /// More bytes are in the window.
        case more
        /// The input ended (cleanly: every gzip member complete).
        case end
        /// A span was lost; the window was emptied and decoding resumed after it.
        case damaged(StreamDamage)
    }

    private static let ioSize = 256 << 10
    /// Members whose output fits here take the libdeflate path; larger ones stream through zlib.
    private static let wholeMemberOutputSize = 1 << 20
    /// Input kept buffered ahead of a member start for the libdeflate path.
    private static let wholeMemberInputAhead = 128 << 10
    private static let minimumBytesForRatio: Int64 = 1 << 20

    let source: RandomAccessBytes
    let isGzip: Bool
    private let maxCompressionRatio: Double

    /// The undecoded window: `window[windowStart...]` starts at decompressed `position`.
    private(set) var window: [UInt8] = []
    private(set) var windowStart = 0
    /// The decompressed position of `window[windowStart]`.
    private(set) var position: Int64 = 0
    /// Where each gzip member's output begins: (decompressed position, member offset), ascending.
    private var memberStarts: [(position: Int64, member: Int64)] = []

    // Source reading.
    private let input: UnsafeMutableRawBufferPointer
    private let output: UnsafeMutableRawBufferPointer
    private var inputOffset: Int64 = 0
    private var inputCount = 0
    private var inputIndex = 0
    /// The next source offset to read (plain input), or the offset after the buffered input (gzip).
    private var sourceOffset: Int64 = 0
    private var ended = false

    // gzip state.
    private let inflater: Inflater?
    /// The fast path for whole members (libdeflate), with its output buffer; nil without libdeflate.
    private let wholeMemberInflater: WholeMemberInflater?
    private let wholeMemberOutput: UnsafeMutableRawBufferPointer
    private var inMember = false
    private var memberStart: Int64 = 0
    private var memberOutput: Int64 = 0
    /// Decompressed bytes still to drop after a restart.
    private var pendingSkip: Int64 = 0
    /// Total decompressed bytes produced (the position after the last byte appended).
    private var produced: Int64 = 0

    /// The first 16 bytes ever decoded (kept for format detection even if their member is damaged).
    private(set) var firstDecodedBytes: [UInt8] = []

    /// Source bytes consumed so far (for progress).
    var sourceBytesConsumed: Int64 { isGzip ? inputOffset + Int64(inputIndex) : sourceOffset }

    /// A stream over `source`; `isGzip` when it is a series of gzip members. Nil when zlib is missing.
    /// `wholeMembers` allows the libdeflate path when the library is there (tests turn it off to
    /// exercise zlib alone).
    init?(source: RandomAccessBytes, isGzip: Bool, maxCompressionRatio: Double, wholeMembers: Bool = true) {
        self.source = source
        self.isGzip = isGzip
        self.maxCompressionRatio = maxCompressionRatio
        if isGzip {
            guard let inflater = Inflater(.gzip) else { return nil }
            self.inflater = inflater
            wholeMemberInflater = wholeMembers ? WholeMemberInflater() : nil
        } else {
            inflater = nil
            wholeMemberInflater = nil
        }
        wholeMemberOutput = UnsafeMutableRawBufferPointer.allocate(byteCount: wholeMemberInflater == nil ? 1 : Self.wholeMemberOutputSize, alignment: 16)
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.ioSize, alignment: 16)
        output = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.ioSize, alignment: 16)
    }

    deinit {
        input.deallocate()
        output.deallocate()
        wholeMemberOutput.deallocate()
    }

    /// Bytes in the window.
    var available: Int { window.count - windowStart }

    /// Drops `count` bytes from the front of the window.
    func consume(_ count: Int) {
        let count = min(count, available)
        windowStart += count
        position += Int64(count)
        if windowStart == window.count {
            window.removeAll(keepingCapacity: window.capacity <= 4 << 20)
            windowStart = 0
        } else if windowStart >= 1 << 20 && windowStart * 2 >= window.count {
            window.removeSubrange(0..<windowStart)
            windowStart = 0
        }
        pruneMemberStarts()
    }

    /// The byte `index` bytes into the window (the caller checked `available`).
    subscript(index: Int) -> UInt8 { window[windowStart + index] }

    /// A copy of `count` bytes from `index` in the window.
    func bytes(_ index: Int, _ count: Int) -> [UInt8] {
        Array(window[(windowStart + index)..<(windowStart + index + count)])
    }

    /// The restart point for the byte `index` bytes into the window.
    func restartPoint(at index: Int = 0) -> RestartPoint {
        let target = position + Int64(index)
        guard isGzip else { return RestartPoint(unitStart: target, skip: 0) }
        let start = memberStarts.last { $0.position <= target } ?? (position, memberStart)
        return RestartPoint(unitStart: start.member, skip: target - start.position)
    }

    /// The source offset that locates the record starting `index` bytes into the window.
    func locatorOffset(at index: Int = 0) -> Int64 { restartPoint(at: index).unitStart }

    /// Empties the window and decodes again from `point` (its decompressed position becomes `position`).
    func restart(at point: RestartPoint, position newPosition: Int64) {
        window.removeAll(keepingCapacity: true)
        windowStart = 0
        position = newPosition
        produced = newPosition - point.skip
        memberStarts.removeAll()
        ended = false
        inputOffset = point.unitStart
        inputCount = 0
        inputIndex = 0
        sourceOffset = point.unitStart
        inMember = false
        pendingSkip = point.skip
    }

    /// Reads more bytes into the window (at least one, unless the input ended or was damaged).
    func fill() -> Fill {
        isGzip ? fillGzip() : fillPlain()
    }

    /// Fills until the window holds `count` bytes: false when the input ended or was damaged first
    /// (the damage, if any, in `damage`).
    func ensure(_ count: Int, damage: inout StreamDamage?) -> Bool {
        while available < count {
            switch fill() {
            case .more: continue
            case .end: return false
            case .damaged(let found):
                damage = found
                return false
            }
        }
        return true
    }

    // MARK: Plain

    private func fillPlain() -> Fill {
        guard !ended else { return .end }
        switch source.read(at: sourceOffset, into: input) {
        case .failure(let failure):
            ended = true
            let reason = "unreadable: \(String(cString: strerror(failure.code)))"
            return .damaged(StreamDamage(start: sourceOffset, resumedAt: source.size, reason: reason))
        case .success(0):
            ended = true
            return .end
        case .success(let count):
            sourceOffset += Int64(count)
            append(UnsafeRawBufferPointer(rebasing: input[0..<count]))
            return .more
        }
    }

    // MARK: gzip

    private func fillGzip() -> Fill {
        guard let inflater else { return .end }
        while !ended {
            if inputIndex == inputCount {
                inputOffset += Int64(inputCount)
                inputIndex = 0
                inputCount = 0
                switch source.read(at: inputOffset, into: input) {
                case .failure(let failure):
                    ended = true
                    let reason = "unreadable: \(String(cString: strerror(failure.code)))"
                    return .damaged(StreamDamage(start: inMember ? memberStart : inputOffset, resumedAt: source.size, reason: reason))
                case .success(0):
                    guard inMember else {
                        ended = true
                        return .end
                    }
                    inMember = false
                    // A member cut short can run on into the members after it, which inflate then reads
                    // as its own (damaged) data without always failing: if another member starts after
                    // this one's start, the span up to it is the damage and reading resumes there.
                    if scanForMagic(from: memberStart + 1) < source.size {
                        return damaged(resyncAfterDamage(reason: "corrupt: gzip member at offset \(memberStart) is damaged (it runs into the next member)"))
                    }
                    ended = true
                    let reason = "truncated: gzip member at offset \(memberStart) ended early"
                    return damaged(StreamDamage(start: memberStart, resumedAt: source.size, reason: reason))
                case .success(let count):
                    inputCount = count
                }
            }
            if !inMember {
                let here = inputOffset + Int64(inputIndex)
                // Between members: the next must start with the gzip magic; anything else is garbage.
                guard startsWithGzipMagic() else {
                    guard let damage = garbageBetweenMembers(from: here) else { continue }
                    return damaged(damage)
                }
                inflater.reset()
                inMember = true
                memberStart = here
                memberOutput = 0
                memberStarts.append((produced, here))
                switch inflateWholeMember() {
                case .streamWithZlib: break
                case .inflated: continue
                case .stop(let fill): return fill
                }
            }
            let step = inflater.inflate(
                UnsafeRawBufferPointer(rebasing: input[inputIndex..<inputCount]), into: output)
            inputIndex += step.consumed
            memberOutput += Int64(step.produced)
            if step.produced > 0 { deliver(step.produced) }
            let progressed = step.consumed > 0 || step.produced > 0 || inputIndex == inputCount
            if step.code == Inflater.Code.streamEnd {
                inMember = false
            } else if !(step.code == Inflater.Code.ok || (step.code == Inflater.Code.bufferError && progressed)) {
                inMember = false
                let reason = "corrupt: gzip member at offset \(memberStart) is damaged (\(step.message ?? "zlib error \(step.code)"))"
                return damaged(resyncAfterDamage(reason: reason))
            }
            if inMember, memberOutput >= Self.minimumBytesForRatio {
                let compressed = max(inputOffset + Int64(inputIndex) - memberStart, 1)
                let ratio = Double(memberOutput) / Double(compressed)
                if ratio > maxCompressionRatio {
                    inMember = false
                    let limit = ReasonText.ratio(maxCompressionRatio)
                    let reason = "bomb: gzip member at offset \(memberStart) has compression ratio \(ReasonText.ratio(ratio)), over \(limit)"
                    return damaged(resyncAfterDamage(reason: reason))
                }
            }
            if step.produced > 0 && available > 0 { return .more }
        }
        return .end
    }

    /// What the libdeflate path did with a member.
    private enum WholeMemberOutcome {
        /// Not taken: stream the member through zlib from its (unconsumed) start.
        case streamWithZlib
        /// Inflated and consumed; go on with the next member.
        case inflated
        /// Return this from `fill`.
        case stop(Fill)
    }

    /// The libdeflate path at a member start: the whole member at once when it is buffered and its
    /// output fits.
    private func inflateWholeMember() -> WholeMemberOutcome {
        guard let wholeMemberInflater else { return .streamWithZlib }
        if inputCount - inputIndex < Self.wholeMemberInputAhead { _ = refillKeeping() }
        let member = UnsafeRawBufferPointer(rebasing: input[inputIndex..<inputCount])
        guard let (consumed, count) = wholeMemberInflater.inflateMember(member, into: wholeMemberOutput) else {
            return .streamWithZlib
        }
        if count >= Self.minimumBytesForRatio {
            let ratio = Double(count) / Double(max(consumed, 1))
            if ratio > maxCompressionRatio {
                inMember = false
                memberOutput = Int64(count)
                let limit = ReasonText.ratio(maxCompressionRatio)
                let reason = "bomb: gzip member at offset \(memberStart) has compression ratio \(ReasonText.ratio(ratio)), over \(limit)"
                return .stop(damaged(resyncAfterDamage(reason: reason)))
            }
        }
        inputIndex += consumed
        inMember = false
        memberOutput = Int64(count)
        if count > 0 { deliver(count, from: wholeMemberOutput) }
        return available > 0 ? .stop(.more) : .inflated
    }

    /// Appends `count` bytes of `buffer`, dropping what a restart asked to skip.
    private func deliver(_ count: Int, from buffer: UnsafeMutableRawBufferPointer? = nil) {
        var bytes = UnsafeRawBufferPointer(rebasing: (buffer ?? output)[0..<count])
        produced += Int64(count)
        if pendingSkip > 0 {
            let dropped = Int(min(pendingSkip, Int64(count)))
            pendingSkip -= Int64(dropped)
            bytes = UnsafeRawBufferPointer(rebasing: bytes[dropped...])
        }
        if !bytes.isEmpty { append(bytes) }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) {
        if firstDecodedBytes.count < 16 { firstDecodedBytes += bytes.prefix(16 - firstDecodedBytes.count) }
        window.append(contentsOf: bytes)
    }

    private func startsWithGzipMagic() -> Bool {
        let left = inputCount - inputIndex
        guard left >= 3 else {
            // Too few bytes buffered to tell: move them to the front and read more.
            return refillKeeping() ? startsWithGzipMagic() : false
        }
        return input[inputIndex] == 0x1f && input[inputIndex + 1] == 0x8b && input[inputIndex + 2] == 0x08
    }

    /// Moves the unread input to the front of the buffer and reads more after it; false at the end.
    private func refillKeeping() -> Bool {
        let left = inputCount - inputIndex
        if left > 0, let base = input.baseAddress { base.copyMemory(from: base + inputIndex, byteCount: left) }
        inputOffset += Int64(inputIndex)
        inputIndex = 0
        inputCount = left
        let space = UnsafeMutableRawBufferPointer(rebasing: input[left...])
        guard case .success(let count) = source.read(at: inputOffset + Int64(left), into: space), count > 0 else {
            return false
        }
        inputCount += count
        return true
    }

    /// Bytes between members that are not a gzip member: zero padding at the very end is ignored,
    /// anything else is skipped to the next gzip magic and reported.
    private func garbageBetweenMembers(from start: Int64) -> StreamDamage? {
        let next = scanForMagic(from: start)
        let span = next - start
        if next >= source.size, isZeroPadding(from: start) {
            ended = true
            return nil
        }
        if next >= source.size, span < 3 {
            ended = true
            let reason = "corrupt: \(ReasonText.bytes(span)) of trailing garbage after the last gzip member"
            return StreamDamage(start: start, resumedAt: next, reason: reason)
        }
        seekInput(to: next)
        if next >= source.size { ended = true }
        let reason = "corrupt: \(ReasonText.bytes(span)) of garbage between gzip members"
        return StreamDamage(start: start, resumedAt: next, reason: reason)
    }

    /// After a damaged member: resume at the next gzip magic after its start.
    private func resyncAfterDamage(reason: String) -> StreamDamage {
        let next = scanForMagic(from: memberStart + 1)
        seekInput(to: next)
        if next >= source.size {
            ended = true
        }
        return StreamDamage(start: memberStart, resumedAt: next, reason: reason)
    }

    /// Reports damage: the window's undelivered bytes are dropped with the member they came from.
    private func damaged(_ damage: StreamDamage) -> Fill {
        window.removeAll(keepingCapacity: true)
        windowStart = 0
        position = produced
        memberStarts.removeAll()
        pendingSkip = 0
        return .damaged(damage)
    }

    private func seekInput(to offset: Int64) {
        inputOffset = offset
        inputIndex = 0
        inputCount = 0
    }

    /// The offset of the next `1f 8b 08` at or after `start`, or the source size.
    private func scanForMagic(from start: Int64) -> Int64 {
        var offset = start
        let scratch = UnsafeMutableRawBufferPointer(rebasing: output[0..<(64 << 10)])
        while true {
            guard case .success(let count) = source.read(at: offset, into: scratch), count >= 4 else { return source.size }
            // The magic, the deflate method and a flag byte with its reserved bits clear (RFC 1952 2.3.1).
            for index in 0..<(count - 3)
            where scratch[index] == 0x1f && scratch[index + 1] == 0x8b && scratch[index + 2] == 0x08 && scratch[index + 3] & 0xe0 == 0 {
                return offset + Int64(index)
            }
            offset += Int64(count - 3)
        }
    }

    private func isZeroPadding(from start: Int64) -> Bool {
        var offset = start
        let scratch = UnsafeMutableRawBufferPointer(rebasing: output[0..<(64 << 10)])
        while case .success(let count) = source.read(at: offset, into: scratch), count > 0 {
            if scratch[0..<count].contains(where: { $0 != 0 }) { return false }
            offset += Int64(count)
        }
        return true
    }

    private func pruneMemberStarts() {
        guard memberStarts.count > 8 else { return }
        if let keep = memberStarts.lastIndex(where: { $0.position <= position }), keep > 0 {
            memberStarts.removeFirst(keep)
        }
    }
}
