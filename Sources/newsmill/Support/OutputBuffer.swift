import Foundation

/// Collects output and writes it to standard output in large chunks.
final class OutputBuffer {
    private var bytes: [UInt8] = []

    /// Bytes waiting to be written.
    var count: Int { bytes.count }

    /// Appends text.
    func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Writes what is buffered.
    func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
        bytes.removeAll(keepingCapacity: true)
    }
}
