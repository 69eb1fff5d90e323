/// Compact JSON text for the array columns (`authors`, `categories`, `runs.inputs`), written by hand
/// so the output is deterministic (`["Anna Berglund"]`, `[]`) and cheap on the ingest hot path.
enum JSONText {
    /// A JSON array of strings, escaped per RFC 8259 section 7: quote, backslash and control
    /// characters are escaped; everything else, including non-ASCII, is written as UTF-8.
    static func array(_ strings: [String]) -> String {
        guard !strings.isEmpty else { return "[]" }
        var out = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { out += "," }
            appendString(string, to: &out)
        }
        out += "]"
        return out
    }

    private static func appendString(_ string: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.unicodeScalars.append("\"")
    }
}
