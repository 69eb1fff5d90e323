/// A stand-in for swift-crypto's `SHA256` so the fuzz build needs no SwiftPM products.
///
/// It is NOT a hash function (it folds bytes into 32 bytes with FNV-1a); the fuzzer only needs
/// the core to compile and run, never a real digest.
public struct SHA256 {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Creates an empty hasher.
    public init() {}

    /// Folds `data` into the state.
    public mutating func update<Bytes: Sequence>(data: Bytes) where Bytes.Element == UInt8 {
        for byte in data {
            state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }

    /// The 32 "digest" bytes.
    public func finalize() -> [UInt8] {
        (0..<32).map { UInt8(truncatingIfNeeded: state >> (UInt64($0 % 8) * 8)) }
    }

    /// The "digest" of `data`.
    public static func hash<Bytes: Sequence>(data: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(data: data)
        return hasher.finalize()
    }
}
