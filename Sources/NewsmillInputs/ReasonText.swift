/// The wording of quarantine reasons: sizes, ratios and libarchive failures.
enum ReasonText {
    /// A byte count for people: `812 bytes`, `4.5 KiB`, `80 MiB`, `16 GiB` (one decimal when not whole).
    static func bytes(_ count: Int64) -> String {
        let units: [(name: String, size: Int64)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
        for unit in units where count >= unit.size {
            let tenths = (count / unit.size) * 10 + (count % unit.size) * 10 / unit.size
            let whole = tenths / 10
            let fraction = tenths % 10
            return fraction == 0 ? "\(whole) \(unit.name)" : "\(whole).\(fraction) \(unit.name)"
        }
        return count == 1 ? "1 byte" : "\(count) bytes"
    }

    /// A ratio as `1000:1`.
    static func ratio(_ value: Double) -> String {
        guard value.isFinite, value < 1e15 else { return "over 10^15:1" }
        let rounded = value.rounded()
        return "\(Int64(rounded)):1"
    }

    /// The quarantine reason for a libarchive failure while reading `what` (`gzip stream`,
    /// `tar archive (gzip)`): `truncated: ...` when the data broke off, `unreadable: ...` when it is
    /// encrypted, `corrupt: ...` otherwise, always with libarchive's message in parentheses.
    static func failure(_ failure: ArchiveFailure, reading what: String) -> String {
        let message = failure.message
        let lower = message.lowercased()
        if lower.contains("encrypt") || lower.contains("passphrase") {
            return "unreadable: \(what) is encrypted (\(message))"
        }
        let unrecognised = lower.contains("unrecognized") || lower.contains("unrecognised")
        let saysTruncated = lower.contains("truncat") || lower.contains("premature") || lower.contains("unexpected end")
        // A stream that fails right where its input runs out was cut short, whatever the decoder
        // calls it (zlib's Z_BUF_ERROR surfaces as "ZIP decompression failed (-5)").
        if saysTruncated || (failure.isFatal && failure.atEndOfInput && !unrecognised) {
            return "truncated: \(what) ended early (\(message))"
        }
        if unrecognised {
            return "corrupt: \(what) is not recognised (\(message))"
        }
        return "corrupt: \(what) is damaged (\(message))"
    }
}

/// Member path names inside archives. They are labels only and never used to create files.
enum MemberName {
    /// The name as shown in a locator: without leading `./` and `/`.
    static func label(_ pathname: String) -> String {
        var name = Substring(pathname)
        while true {
            if name.hasPrefix("./") {
                name = name.dropFirst(2)
            } else if name.hasPrefix("/") {
                name = name.dropFirst()
            } else {
                break
            }
        }
        return name.isEmpty ? (pathname.isEmpty ? "(unnamed)" : pathname) : String(name)
    }

    /// Whether the member is hidden like a dot-file on disk: any path component (other than `.` and
    /// `..`) starts with a dot, or it is macOS resource-fork debris under `__MACOSX/`.
    static func isHidden(_ pathname: String) -> Bool {
        let components = pathname.split(separator: "/")
        if components.first == "__MACOSX" { return true }
        return components.contains { $0.hasPrefix(".") && $0 != "." && $0 != ".." }
    }
}
