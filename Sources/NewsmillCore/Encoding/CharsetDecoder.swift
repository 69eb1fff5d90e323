import CUchardet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text decoded to UTF-8, with how its encoding was found.
public struct DecodedText: Sendable {
    /// Where the encoding came from, strongest first.
    public enum Source: String, Sendable {
        /// A byte order mark.
        case byteOrderMark = "bom"
        /// The charset parameter of a declared content type.
        case declared
        /// An HTML `<meta charset>` or `http-equiv="content-type"` found by the prescan.
        case htmlMeta = "html-meta"
        /// An XML declaration's `encoding` pseudo-attribute.
        case xmlDeclaration = "xml-declaration"
        /// The bytes are valid UTF-8.
        case validUTF8 = "utf-8-valid"
        /// Detected statistically by uchardet.
        case detected
        /// Nothing was known; windows-1252 was assumed (it maps every byte).
        case fallback
    }

    /// The text as valid UTF-8 bytes, without a byte order mark.
    public var utf8: [UInt8]
    /// The canonical (iconv) name of the encoding the bytes were decoded from, e.g. `UTF-8`, `WINDOWS-1252`.
    public var encoding: String
    /// How `encoding` was chosen.
    public var source: Source
    /// How many undecodable sequences were replaced with U+FFFD.
    public var replacements: Int

    /// The text as a String (one copy of `utf8`).
    public var string: String { String(decoding: utf8, as: UTF8.self) }
}

/// Decodes document bytes in any common charset to valid UTF-8.
///
/// The order follows the WHATWG Encoding Standard's sniffing steps
/// (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding):
/// 1. a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE);
/// 2. the `charset` parameter of a declared content type;
/// 3. for HTML, the `<meta>` prescan of the first 1024 bytes (then, for XHTML, an XML declaration); for
///    XML, the `encoding` declaration;
/// 4. valid UTF-8 is UTF-8;
/// 5. otherwise uchardet's guess, and windows-1252 when it has none.
///
/// One pragmatic deviation, common in archive ingest: a declared or meta charset that names a
/// single-byte Latin encoding (windows-1252 and its ISO aliases) is overridden when the bytes are valid
/// UTF-8 and contain multi-byte sequences, because such bytes are almost never real windows-1252 text.
///
/// Labels are mapped to encodings as the WHATWG table does (`latin1`, `iso-8859-1`, `ascii` mean
/// windows-1252; `gb2312`/`gbk` mean GB18030; `shift_jis` means windows-31j), then converted with iconv.
/// Undecodable sequences become U+FFFD: nothing is dropped silently.
public enum CharsetDecoder {
    /// Decodes `bytes`, using `declaredContentType`'s charset and, for `.html` or feeds, the in-document
    /// declaration. Valid UTF-8 without a BOM is returned without copying the byte array.
    public static func decode(_ bytes: [UInt8], declaredContentType: String? = nil, kind: DocumentKind = .text) -> DecodedText {
        if let bom = byteOrderMark(bytes) {
            return convert(bytes, from: bom.encoding, skipping: bom.length, source: .byteOrderMark)
        }
        if let utf16 = utf16WithoutByteOrderMark(bytes) {
            return convert(bytes, from: utf16, skipping: 0, source: .detected)
        }
        let isUTF8 = UTF8Validator.isValid(bytes)
        var candidates: [(label: String, source: DecodedText.Source)] = []
        if let declared = declaredContentType.flatMap(charset(fromContentType:)) {
            candidates.append((declared, .declared))
        }
        switch kind {
        case .html:
            if let meta = prescanHTMLMeta(bytes) {
                candidates.append((meta, .htmlMeta))
            } else if let declared = xmlDeclaredEncoding(bytes) {
                // XHTML served as a file: its XML declaration is the only in-document label.
                candidates.append((declared, .xmlDeclaration))
            }
        case .rss, .atom:
            if let declared = xmlDeclaredEncoding(bytes) { candidates.append((declared, .xmlDeclaration)) }
        case .text, .jsonFeed, .jsonLines, .csv, .unknown:
            break
        }
        for candidate in candidates {
            guard let encoding = canonicalEncoding(forLabel: candidate.label, inHTML: candidate.source == .htmlMeta)
            else { continue }
            if encoding == "UTF-8" { return utf8Result(bytes, valid: isUTF8, source: candidate.source) }
            if isUTF8 && singleByteLatin.contains(encoding) && UTF8Validator.containsNonASCII(bytes) { break }
            return convert(bytes, from: encoding, skipping: 0, source: candidate.source)
        }
        if isUTF8 { return utf8Result(bytes, valid: true, source: .validUTF8) }
        if let guess = detect(bytes), var encoding = canonicalEncoding(forLabel: guess, inHTML: false) {
            if encoding == "UTF-8" { return utf8Result(bytes, valid: false, source: .detected) }
            // uchardet tells the Latin ISO-8859 variants apart by letter statistics, which a few accented
            // letters cannot carry ("Caf\u{E9}" comes back as ISO-8859-2); short Latin text is far more
            // often windows-1252, the WHATWG default.
            if minorLatinEncodings.contains(encoding), highByteCount(bytes, limit: shortLatinHighBytes) < shortLatinHighBytes {
                encoding = "WINDOWS-1252"
            }
            return convert(bytes, from: encoding, skipping: 0, source: .detected)
        }
        return convert(bytes, from: "WINDOWS-1252", skipping: 0, source: .fallback)
    }

    /// The encoding named by a byte order mark at the start of `bytes`, and the mark's length.
    public static func byteOrderMark(_ bytes: [UInt8]) -> (encoding: String, length: Int)? {
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return ("UTF-8", 3) }
        if count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return ("UTF-32LE", 4) }
        if count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return ("UTF-32BE", 4) }
        if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return ("UTF-16LE", 2) }
        if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return ("UTF-16BE", 2) }
        return nil
    }

    /// `UTF-16LE` or `UTF-16BE` when `bytes` look like UTF-16 text without a byte order mark: in the first
    /// 1 KiB, at least a third of the code units have a zero high byte on one side and almost none on the
    /// other (Latin-script text in UTF-16 is half zero bytes, all on one side).
    public static func utf16WithoutByteOrderMark(_ bytes: [UInt8]) -> String? {
        let pairs = min(bytes.count, 1024) / 2
        guard pairs >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenZeros += 1 }
            if bytes[2 * pair + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 3 >= pairs && evenZeros * 50 <= pairs { return "UTF-16LE" }
        if evenZeros * 3 >= pairs && oddZeros * 50 <= pairs { return "UTF-16BE" }
        return nil
    }

    /// The `charset` parameter of a MIME type such as `text/html; charset="windows-1252"`.
    public static func charset(fromContentType contentType: String) -> String? {
        let bytes = Array(contentType.utf8)
        guard let value = parameterValue(named: "charset", in: bytes[...]) else { return nil }
        return value.isEmpty ? nil : value
    }

    /// The encoding label declared by an HTML document's `<meta charset>` or
    /// `<meta http-equiv="content-type" content="...; charset=...">` within its first 1024 bytes,
    /// found with the WHATWG "prescan a byte stream to determine its encoding" algorithm.
    public static func prescanHTMLMeta(_ bytes: [UInt8]) -> String? {
        var scanner = MetaPrescanner(bytes: bytes[..<min(bytes.count, 1024)])
        return scanner.run()
    }

    /// The `encoding` of an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`) at the
    /// start of `bytes`.
    public static func xmlDeclaredEncoding(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let prefix = Array("<?xml".utf8)
        guard bytes.count >= start + prefix.count, Array(bytes[start..<start + prefix.count]) == prefix else { return nil }
        let limit = min(bytes.count, start + 512)
        guard let end = bytes[start..<limit].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        return parameterValue(named: "encoding", in: bytes[start..<end])
    }

    /// The iconv name for an encoding label, after the WHATWG label table; nil when iconv cannot
    /// decode it. `inHTML` applies the rule that a `<meta>` naming UTF-16 means UTF-8.
    public static func canonicalEncoding(forLabel label: String, inHTML: Bool = false) -> String? {
        let key = label.trimmingWhitespace().lowercased()
        guard !key.isEmpty else { return nil }
        if let mapped = labelTable[key] {
            if inHTML && mapped.hasPrefix("UTF-16") { return "UTF-8" }
            return mapped
        }
        // A label outside the table: accept it if iconv knows it (e.g. "IBM437", "ISO-8859-10").
        let upper = key.uppercased()
        guard upper.utf8.allSatisfy({ isLabelByte($0) }) else { return nil }
        let handle = iconv_open("UTF-8", upper)
        if Int(bitPattern: handle) == -1 { return nil }
        iconv_close(handle)
        return upper
    }

    /// uchardet's guess for `bytes` (at most the first 64 KiB), or nil when it has none.
    public static func detect(_ bytes: [UInt8]) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let length = min(bytes.count, 64 << 10)
        let status = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return base.withMemoryRebound(to: CChar.self, capacity: length) { uchardet_handle_data(detector, $0, length) }
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector) else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }

    // MARK: - Conversion

    private static func utf8Result(_ bytes: [UInt8], valid: Bool, source: DecodedText.Source) -> DecodedText {
        if valid { return DecodedText(utf8: bytes, encoding: "UTF-8", source: source, replacements: 0) }
        return convert(bytes, from: "UTF-8", skipping: 0, source: source)
    }

    /// Converts `bytes[offset...]` from `encoding` to UTF-8 with iconv, replacing every undecodable
    /// sequence with U+FFFD.
    private static func convert(_ bytes: [UInt8], from encoding: String, skipping offset: Int, source: DecodedText.Source) -> DecodedText {
        if encoding == "UTF-8" {
            let body = Array(bytes[offset...])
            if UTF8Validator.isValid(body) { return DecodedText(utf8: body, encoding: encoding, source: source, replacements: 0) }
            let repaired = String(decoding: body, as: UTF8.self)
            let replacements = repaired.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
                - body.withUnsafeBufferPointer { countReplacementCharacters($0) }
            return DecodedText(utf8: Array(repaired.utf8), encoding: encoding, source: source, replacements: max(0, replacements))
        }
        let handle = iconv_open("UTF-8", encoding)
        if Int(bitPattern: handle) == -1 {
            // iconv lacks the encoding after all: windows-1252 maps every byte, so nothing is lost silently.
            if encoding != "WINDOWS-1252" { return convert(bytes, from: "WINDOWS-1252", skipping: offset, source: .fallback) }
            return DecodedText(utf8: Array(String(decoding: bytes[offset...], as: UTF8.self).utf8), encoding: "UTF-8", source: .fallback, replacements: 0)
        }
        defer { iconv_close(handle) }
        let unit = encoding.hasPrefix("UTF-32") ? 4 : encoding.hasPrefix("UTF-16") ? 2 : 1
        var output = [UInt8]()
        output.reserveCapacity((bytes.count - offset) * (unit == 1 ? 2 : 1) + 16)
        var replacements = 0
        // A fixed, never-empty output buffer: its baseAddress is never nil.
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            var position = offset
            let total = input.count
            while position < total {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + position)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = total - position
                var failure: Int32 = 0
                chunk.withUnsafeMutableBytes { out in
                    var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result == -1 { failure = errno }
                    output.append(contentsOf: out[0..<(out.count - outLeft)])
                }
                position = total - inLeft
                switch failure {
                case 0, E2BIG:
                    continue
                case EINVAL:
                    // An incomplete sequence at the end of the input.
                    output.append(contentsOf: replacementCharacter)
                    replacements += 1
                    position = total
                default:
                    // EILSEQ: an invalid sequence; replace one code unit and resynchronise.
                    output.append(contentsOf: replacementCharacter)
                    replacements += 1
                    position = min(total, position + unit)
                    _ = iconv(handle, nil, nil, nil, nil)
                }
            }
        }
        // Flush the shift state of stateful encodings (ISO-2022-JP).
        chunk.withUnsafeMutableBytes { out in
            var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
            var outLeft = out.count
            _ = iconv(handle, nil, nil, &outPointer, &outLeft)
            output.append(contentsOf: out[0..<(out.count - outLeft)])
        }
        return DecodedText(utf8: output, encoding: encoding, source: source, replacements: replacements)
    }

    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func countReplacementCharacters(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard buffer.count >= 3 else { return 0 }
        var count = 0
        for index in 0..<(buffer.count - 2) where buffer[index] == 0xEF && buffer[index + 1] == 0xBF && buffer[index + 2] == 0xBD {
            count += 1
        }
        return count
    }

    /// Below this many bytes >= 0x80, a guess in `minorLatinEncodings` is replaced by windows-1252.
    private static let shortLatinHighBytes = 32

    /// Latin encodings uchardet may name for a text with only a few accented letters.
    private static let minorLatinEncodings: Set<String> = [
        "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15",
        "ISO-8859-16", "WINDOWS-1250", "WINDOWS-1254", "WINDOWS-1257", "MACINTOSH",
    ]

    /// The number of bytes >= 0x80 in `bytes`, counting no further than `limit`.
    private static func highByteCount(_ bytes: [UInt8], limit: Int) -> Int {
        var count = 0
        for byte in bytes where byte >= 0x80 {
            count += 1
            if count >= limit { break }
        }
        return count
    }

    // MARK: - Labels

    /// Single-byte Latin encodings that valid multi-byte UTF-8 overrides (see the type's documentation).
    private static let singleByteLatin: Set<String> = ["WINDOWS-1252", "ISO-8859-15", "WINDOWS-1250", "ISO-8859-2"]

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    /// WHATWG encoding labels (https://encoding.spec.whatwg.org/#names-and-labels) mapped to iconv names.
    private static let labelTable: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) { for label in labels { table[label] = name } }
        add("UTF-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"])
        add("WINDOWS-1252", [
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
            "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
            "x-cp1252",
        ])
        add("IBM866", ["866", "cp866", "csibm866", "ibm866"])
        add("ISO-8859-2", ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"])
        add("ISO-8859-3", ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"])
        add("ISO-8859-4", ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"])
        add("ISO-8859-5", ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"])
        add("ISO-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"])
        add("ISO-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"])
        add("ISO-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical"])
        add("ISO-8859-10", ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"])
        add("ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"])
        add("ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"])
        add("ISO-8859-15", ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"])
        add("ISO-8859-16", ["iso-8859-16"])
        add("KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"])
        add("KOI8-U", ["koi8-ru", "koi8-u"])
        add("MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"])
        add("WINDOWS-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"])
        add("WINDOWS-1250", ["cp1250", "windows-1250", "x-cp1250"])
        add("WINDOWS-1251", ["cp1251", "windows-1251", "x-cp1251"])
        add("WINDOWS-1253", ["cp1253", "windows-1253", "x-cp1253"])
        add("WINDOWS-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"])
        add("WINDOWS-1255", ["cp1255", "windows-1255", "x-cp1255"])
        add("WINDOWS-1256", ["cp1256", "windows-1256", "x-cp1256"])
        add("WINDOWS-1257", ["cp1257", "windows-1257", "x-cp1257"])
        add("WINDOWS-1258", ["cp1258", "windows-1258", "x-cp1258"])
        add("MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian", "mac-cyrillic"])
        add("GB18030", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "gb18030", "hz-gb-2312"])
        add("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add("ISO-2022-JP", ["csiso2022jp", "iso-2022-jp"])
        add("CP932", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"])
        add("CP949", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "uhc"])
        add("UTF-16BE", ["unicodefffe", "utf-16be"])
        add("UTF-16LE", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"])
        add("UTF-32LE", ["utf-32", "utf-32le"])
        add("UTF-32BE", ["utf-32be"])
        // Names uchardet reports that the WHATWG table does not list.
        add("IBM855", ["ibm855"])
        add("TIS-620", ["tis620"])
        add("VISCII", ["viscii"])
        add("EUC-TW", ["euc-tw"])
        add("ISO-2022-KR", ["iso-2022-kr"])
        add("ISO-2022-CN", ["iso-2022-cn"])
        return table
    }()

    // MARK: - Attribute parsing

    /// The value of `name=value` (quoted or not) in a parameter list such as a MIME type's parameters or
    /// an XML declaration; names compare case-insensitively.
    static func parameterValue(named name: String, in bytes: ArraySlice<UInt8>) -> String? {
        let key = Array(name.utf8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let match = findCaseInsensitive(key, in: bytes, from: index) else { return nil }
            var cursor = match + key.count
            let precededByWord = match > bytes.startIndex && isNameByte(bytes[match - 1])
            while cursor < bytes.endIndex, isSpace(bytes[cursor]) { cursor += 1 }
            guard !precededByWord, cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "=") else {
                index = match + 1
                continue
            }
            cursor += 1
            while cursor < bytes.endIndex, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.endIndex else { return nil }
            let quote = bytes[cursor]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = cursor + 1
                let end = bytes[start...].firstIndex(of: quote) ?? bytes.endIndex
                return String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace()
            }
            var end = cursor
            while end < bytes.endIndex, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ";"),
                bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: ",") { end += 1 }
            return String(decoding: bytes[cursor..<end], as: UTF8.self)
        }
        return nil
    }

    private static func findCaseInsensitive(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.endIndex - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.endIndex {
            var matched = true
            for offset in 0..<needle.count where lowercase(haystack[index + offset]) != needle[offset] {
                matched = false
                break
            }
            if matched { return index }
            index += 1
        }
        return nil
    }

    static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
    private static func isNameByte(_ byte: UInt8) -> Bool {
        let lower = lowercase(byte)
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }
}

/// The WHATWG "prescan a byte stream to determine its encoding" algorithm
/// (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding),
/// over the first 1024 bytes.
private struct MetaPrescanner {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    mutating func run() -> String? {
        while position < bytes.endIndex {
            if starts(with: "<!--") {
                guard let end = find("-->", from: position + 4) else { return nil }
                position = end + 3
            } else if starts(with: "<meta"), position + 5 < bytes.endIndex,
                CharsetDecoder.isSpace(bytes[position + 5]) || bytes[position + 5] == UInt8(ascii: "/") {
                position += 6
                if let label = readMeta() { return label }
            } else if starts(with: "</") || (bytes[position] == UInt8(ascii: "<") && position + 1 < bytes.endIndex && isLetter(bytes[position + 1])) {
                position += starts(with: "</") ? 2 : 1
                while position < bytes.endIndex, !CharsetDecoder.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                while readAttribute() != nil {}
            } else if starts(with: "<!") || starts(with: "</") || starts(with: "<?") {
                guard let end = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                position = end + 1
            } else {
                position += 1
            }
        }
        return nil
    }

    /// Reads a `<meta>` tag's attributes and returns its charset label, if it declares one.
    private mutating func readMeta() -> String? {
        var seen = Set<String>()
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        while let (name, value) = readAttribute() {
            guard !seen.contains(name) else { continue }
            seen.insert(name)
            switch name {
            case "http-equiv":
                if value == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let label = CharsetDecoder.parameterValue(named: "charset", in: Array(value.utf8)[...]) {
                    charset = label
                    needPragma = true
                }
            case "charset":
                charset = value
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, let charset else { return nil }
        if needPragma && !gotPragma { return nil }
        return charset.isEmpty ? nil : charset
    }

    /// The "get an attribute" steps: the next attribute's lower-cased name and value, or nil at `>`.
    private mutating func readAttribute() -> (String, String)? {
        while position < bytes.endIndex, CharsetDecoder.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
        guard position < bytes.endIndex, bytes[position] != UInt8(ascii: ">") else {
            position += 1
            return nil
        }
        var name = [UInt8]()
        var value = [UInt8]()
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == UInt8(ascii: "=") && !name.isEmpty { position += 1; break }
            if CharsetDecoder.isSpace(byte) {
                while position < bytes.endIndex, CharsetDecoder.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "=") else {
                    return (String(decoding: name, as: UTF8.self), "")
                }
                position += 1
                break
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { return (String(decoding: name, as: UTF8.self), "") }
            name.append(CharsetDecoder.lowercase(byte))
            position += 1
        }
        while position < bytes.endIndex, CharsetDecoder.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.endIndex else { return nil }
        let first = bytes[position]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            while position < bytes.endIndex, bytes[position] != first {
                value.append(CharsetDecoder.lowercase(bytes[position]))
                position += 1
            }
            position += 1
        } else {
            while position < bytes.endIndex, !CharsetDecoder.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                value.append(CharsetDecoder.lowercase(bytes[position]))
                position += 1
            }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.endIndex else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where CharsetDecoder.lowercase(bytes[position + offset]) != pointer[offset] { return false }
        return true
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        let count = text.utf8CodeUnitCount
        let pointer = text.utf8Start
        var index = start
        while index + count <= bytes.endIndex {
            var matched = true
            for offset in 0..<count where bytes[index + offset] != pointer[offset] { matched = false; break }
            if matched { return index }
            index += 1
        }
        return nil
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        let lower = CharsetDecoder.lowercase(byte)
        return lower >= 0x61 && lower <= 0x7A
    }
}

/// A fast UTF-8 validity check (RFC 3629: shortest form, no surrogates, at most U+10FFFF).
public enum UTF8Validator {
    /// Whether `bytes` is entirely valid UTF-8.
    public static func isValid<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ validate($0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { validate($0) }
    }

    /// Whether `bytes` has any byte of 0x80 or above (a multi-byte sequence, when they are valid UTF-8),
    /// read eight bytes at a time.
    public static func containsNonASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 0
            while index + 8 <= buffer.count {
                if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
                index += 8
            }
            while index < buffer.count {
                if base[index] >= 0x80 { return true }
                index += 1
            }
            return false
        }
    }

    private static func validate(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        while index < count {
            // Skip ASCII eight bytes at a time when aligned runs allow it.
            while index + 8 <= count {
                let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return true }
            let lead = buffer[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = buffer[index + 1]
            guard second >= lower && second <= upper else { return false }
            for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
