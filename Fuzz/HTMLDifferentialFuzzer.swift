import Foundation

/// libFuzzer entry point comparing `HTMLParser` with libxml2's HTML parser (`LibXML.parseHTML`).
///
/// Each input is decoded to UTF-8 as a page would be, then parsed by both; any difference in the
/// trees (kind, name, attributes, text, parent of any node) stops the run with both trees' first
/// differing node. Inputs on which the two are meant to differ are skipped: numeric references to
/// 0x80–0x9F (read as Windows-1252 by `HTMLParser`), U+FFFE and U+FFFF (dropped from text by
/// libxml2), NUL bytes, nesting deeper than `HTMLParser.maximumDepth`, and names of 100 bytes or more
/// after `&` or `<?`: libxml2 2.9 restarts such a name when its input buffer moves and loses what it
/// read so far (found by this fuzzer; `HTMLParser` reads the whole name).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLParserAgainstLibXML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let decoded = CharsetDecoder.decode(Array(UnsafeBufferPointer(start: data, count: count)), kind: .html).utf8
    let bytes = decoded.filter { $0 != 0 }
    if hasIntendedDifference(bytes) { return 0 }
    let ours = HTMLParser.parse(bytes), reference = LibXML.parseHTML(bytes)
    if let ours, ours.nodes.contains(where: { $0.depth >= HTMLParser.maximumDepth - 1 }) { return 0 }
    let a = ours?.nodes ?? [], b = reference?.nodes ?? []
    for index in 0..<max(a.count, b.count) {
        guard index < a.count, index < b.count else {
            fatalError("node counts differ: ours \(a.count), libxml2 \(b.count)")
        }
        let x = a[index], y = b[index]
        let same = x.kind == y.kind && x.name == y.name && x.text == y.text && x.parent == y.parent
            && x.attributes.map(\.name) == y.attributes.map(\.name) && x.attributes.map(\.value) == y.attributes.map(\.value)
        if !same { fatalError("node \(index) differs: ours \(x.name) \(x.text.debugDescription) / libxml2 \(y.name) \(y.text.debugDescription)") }
    }
    return 0
}

/// Whether `bytes` hold a construct the two parsers treat differently on purpose.
private func hasIntendedDifference(_ bytes: [UInt8]) -> Bool {
    for index in bytes.indices {
        if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
        let afterReference = bytes[index] == UInt8(ascii: "&")
        let afterInstruction = bytes[index] == UInt8(ascii: "?") && index > 0 && bytes[index - 1] == UInt8(ascii: "<")
        guard afterReference || afterInstruction else { continue }
        var end = index + 1
        while end < bytes.count, bytes[end] >= 0x80 || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".")
            || bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: ":") || (0x30...0x39).contains(bytes[end])
            || (0x41...0x5A).contains(bytes[end] & 0xDF)
        {
            end += 1
        }
        if end - index > 100 { return true }
        guard afterReference, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "#") else { continue }
        // The value as libxml2 reads it (decimal or hex digits after "&#").
        var cursor = index + 2
        let hex = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
        if hex { cursor += 1 }
        var value = 0
        while cursor < bytes.count, value < 0x110000 {
            let byte = bytes[cursor] | (hex ? 0x20 : 0)
            if (0x30...0x39).contains(bytes[cursor]) {
                value = value * (hex ? 16 : 10) + Int(bytes[cursor] - 0x30)
            } else if hex, (0x61...0x66).contains(byte) {
                value = value * 16 + Int(byte - 0x61 + 10)
            } else {
                break
            }
            cursor += 1
        }
        if (0x80...0x9F).contains(value) { return true }
    }
    return false
}
