/// Decides what kind of document a byte buffer holds, from its content first.
///
/// The content decides when it is clear: after a byte order mark, white space, comments, processing
/// instructions and the XML declaration, a root `<rss>` or `<rdf:RDF>` is an RSS feed, `<feed>` in the
/// Atom namespace an Atom feed, `<!DOCTYPE html>` or `<html>` a page, a JSON object whose `version` is a
/// `https://jsonfeed.org/version/...` URL a JSON Feed; markup with enough HTML tags is HTML; text with
/// few control bytes is plain text; anything else (control bytes, NULs, known binary signatures) is
/// `.unknown`. The declared content type and the file name's extension only break ties (a handful of
/// tags, an XML root that is not a known feed), so a `.txt` holding HTML is HTML and a feed saved as
/// `.html` is a feed.
///
/// Article exports are recognised by content too (`ExportFormat`): JSON Lines (one JSON object with
/// article keys per line) before JSON Feeds, and CSV/TSV with an article header row before plain text
/// and HTML (a CSV's `html` column would otherwise count as tags).
public enum FormatDetector {
    /// How many leading bytes the detector looks at.
    static let sampleSize = 8 << 10

    /// The kind of document in `bytes`. `declaredContentType` is a MIME type known from outside the
    /// bytes; `nameHint` a file or member name whose extension hints at the format.
    public static func detect(bytes: [UInt8], declaredContentType: String? = nil, nameHint: String? = nil) -> DocumentKind {
        if binarySignature(bytes) != nil { return .unknown }
        let sample = textSample(bytes)
        let hint = Hint(contentType: declaredContentType, name: nameHint)
        var startsWithHTMLElement = false
        if let export = exportFormat(bytes: bytes, sample: sample, declaredType: declaredContentType) { return export.kind }
        switch sniffMarkup(sample.bytes, whole: bytes) {
        case .kind(let kind):
            return kind
        case .jsonOther:
            return hint == .jsonFeed && contains(Array("\"items\"".utf8), in: bytes[..<min(bytes.count, 64 << 10)]) ? .jsonFeed : .unknown
        case .xmlOther:
            if hint == .rss || hint == .atom { return hint.kind }
            return htmlTagCount(sample.bytes) >= 3 ? .html : .unknown
        case .htmlElementFirst:
            startsWithHTMLElement = true
        case .none:
            break
        }
        guard looksLikeText(sample.bytes) else { return .unknown }
        let tags = htmlTagCount(sample.bytes)
        if tags >= 5 { return .html }
        if tags >= 2 && startsWithHTMLElement { return .html }
        if tags >= 1 && hint == .html { return .html }
        return .text
    }

    /// The export format of `bytes` (JSON Lines or CSV with its delimiter), or nil; see `ExportFormat`.
    /// `isComplete` says whether `bytes` is the whole input or only its start.
    public static func exportFormat(bytes: [UInt8], isComplete: Bool = true, declaredType: String? = nil) -> ExportFormat? {
        guard binarySignature(bytes) == nil else { return nil }
        return exportFormat(bytes: bytes, sample: textSample(bytes), isComplete: isComplete, declaredType: declaredType)
    }

    /// How much of a document export detection reads: a JSON Lines record may be long (an article with
    /// its HTML), a CSV header and a few records are enough.
    private static let jsonLinesHeadSize = 1 << 20
    private static let csvHeadSize = 64 << 10

    private static func exportFormat(bytes: [UInt8], sample: Sample, isComplete: Bool = true, declaredType: String?) -> ExportFormat? {
        // Chunks cut from a recognised JSON Lines export say so; their first line may be a broken record.
        if declaredType.flatMap(ExportFormat.declaredFormat) == .jsonLines, looksLikeText(sample.bytes) { return .jsonLines }
        guard let first = sample.bytes.first(where: { !CharsetDecoder.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
            first != UInt8(ascii: "<"), first != UInt8(ascii: "["), looksLikeText(sample.bytes)
        else { return nil }
        // A sample converted from UTF-16 is all there is to look at; UTF-8 bytes are read in place.
        if sample.isConverted {
            return ExportFormat.detect(sample.bytes, isComplete: isComplete && sample.bytes.count < sampleSize, declaredType: declaredType)
        }
        let limit = first == UInt8(ascii: "{") ? jsonLinesHeadSize : csvHeadSize
        if bytes.count <= limit { return ExportFormat.detect(bytes, isComplete: isComplete, declaredType: declaredType) }
        return ExportFormat.detect(Array(bytes[..<limit]), isComplete: false, declaredType: declaredType)
    }

    /// Why `bytes` were not recognised, for a quarantine reason: e.g. `binary data (PDF)`.
    public static func describeUnrecognised(_ bytes: [UInt8]) -> String {
        if let signature = binarySignature(bytes) { return "binary data (\(signature))" }
        let sample = textSample(bytes)
        switch sniffMarkup(sample.bytes, whole: bytes) {
        case .jsonOther:
            if ExportFormat.hasJSONLinesShape(Array(bytes.prefix(jsonLinesHeadSize))) {
                return "JSON Lines without article fields (title, text, body, content, html, url, ...)"
            }
            return "JSON that is not a JSON Feed"
        case .xmlOther(let root): return "XML document with root element <\(root)>, not a feed or page"
        default: break
        }
        let controls = controlByteCount(sample.bytes)
        if sample.bytes.contains(0) { return "binary data (NUL bytes)" }
        return "binary data (\(controls) control bytes in the first \(sample.bytes.count))"
    }

    // MARK: - Samples

    private struct Sample {
        /// Up to `sampleSize` bytes, as UTF-8 when a BOM or UTF-16 shape said so, else raw.
        var bytes: [UInt8]
        /// Whether `bytes` were converted from another encoding than UTF-8 (UTF-16, UTF-32).
        var isConverted = false
    }

    private static func textSample(_ bytes: [UInt8]) -> Sample {
        let prefix = Array(bytes.prefix(sampleSize * 2))
        let mark = CharsetDecoder.byteOrderMark(prefix)
        if mark != nil || CharsetDecoder.utf16WithoutByteOrderMark(prefix) != nil {
            let converted = Array(CharsetDecoder.decode(prefix).utf8.prefix(sampleSize))
            return Sample(bytes: converted, isConverted: mark?.encoding != "UTF-8")
        }
        return Sample(bytes: Array(prefix.prefix(sampleSize)))
    }

    // MARK: - Markup

    private enum Sniffed {
        case kind(DocumentKind)
        case jsonOther
        case xmlOther(String)
        /// The first element is an HTML element other than `<html>` (a fragment such as `<p>...`).
        case htmlElementFirst
        case none
    }

    /// Looks at the first element (after prolog noise) or the first JSON token.
    private static func sniffMarkup(_ sample: [UInt8], whole: [UInt8]) -> Sniffed {
        var index = 0
        let count = sample.count
        func skipSpace() { while index < count, CharsetDecoder.isSpace(sample[index]) { index += 1 } }
        skipSpace()
        guard index < count else { return .none }
        if sample[index] == UInt8(ascii: "{") {
            var next = index + 1
            while next < count, CharsetDecoder.isSpace(sample[next]) { next += 1 }
            guard next < count, sample[next] == UInt8(ascii: "\"") || sample[next] == UInt8(ascii: "}") else { return .none }
            let head = whole[..<min(whole.count, 64 << 10)]
            return contains(Array("jsonfeed.org/version".utf8), in: head) ? .kind(.jsonFeed) : .jsonOther
        }
        var doctypeRoot: String?
        var sawXMLDeclaration = false
        while index < count, sample[index] == UInt8(ascii: "<") {
            if hasPrefix("<?", sample, at: index) {
                sawXMLDeclaration = true
                guard let end = find(Array("?>".utf8), in: sample, from: index) else { return .none }
                index = end + 2
            } else if hasPrefix("<!--", sample, at: index) {
                guard let end = find(Array("-->".utf8), in: sample, from: index + 4) else { return .none }
                index = end + 3
            } else if hasPrefix("<!doctype", sample, at: index) {
                var cursor = index + 9
                while cursor < count, CharsetDecoder.isSpace(sample[cursor]) { cursor += 1 }
                let name = readName(sample, at: cursor)
                if name == "html" { return .kind(.html) }
                doctypeRoot = name
                guard let end = sample[index...].firstIndex(of: UInt8(ascii: ">")) else { return .none }
                index = end + 1
            } else {
                break
            }
            skipSpace()
        }
        guard index < count, sample[index] == UInt8(ascii: "<") else {
            return doctypeRoot == "rss" ? .kind(.rss) : .none
        }
        let root = readName(sample, at: index + 1)
        guard !root.isEmpty else { return .none }
        let tagEnd = sample[index...].firstIndex(of: UInt8(ascii: ">")) ?? count
        let tag = sample[index..<tagEnd]
        switch root {
        case "rss":
            return .kind(.rss)
        case "html":
            return .kind(.html)
        case "feed":
            if contains(Array("www.w3.org/2005/atom".utf8), in: tag, caseInsensitive: true)
                || contains(Array("purl.org/atom".utf8), in: tag, caseInsensitive: true)
                || contains(Array("<entry".utf8), in: sample[...], caseInsensitive: true) {
                return .kind(.atom)
            }
            return .xmlOther(root)
        default:
            if root == "rdf" || root.hasSuffix(":rdf") { return .kind(.rss) }
            if htmlTagNames.contains(root) { return .htmlElementFirst }
            // Only real XML counts as XML: a declaration, a namespace or the root's end tag. Text that
            // merely opens with "<Name>" stays text.
            let looksLikeXML = sawXMLDeclaration || contains(Array("xmlns".utf8), in: tag, caseInsensitive: true)
                || contains(Array(("</" + root).utf8), in: sample[...], caseInsensitive: true)
            return looksLikeXML ? .xmlOther(root) : .none
        }
    }

    /// The lower-cased element name starting at `index` (letters, digits, `:`, `-`, `_`, `.`).
    private static func readName(_ bytes: [UInt8], at index: Int) -> String {
        var end = index
        while end < bytes.count {
            let byte = CharsetDecoder.lowercase(bytes[end])
            let isNameByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
            guard isNameByte else { break }
            end += 1
        }
        guard end > index else { return "" }
        return String(decoding: bytes[index..<end].map(CharsetDecoder.lowercase), as: UTF8.self)
    }

    private static let htmlTagNames: Set<String> = [
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "center", "code", "div", "em", "font",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img",
        "input", "li", "link", "main", "meta", "nav", "ol", "p", "pre", "script", "section", "small", "span",
        "strong", "style", "sup", "table", "tbody", "td", "th", "title", "tr", "u", "ul",
    ]

    /// How many opening or closing HTML tags (`<p>`, `</div>`, `<a href=...>`) the sample holds.
    static func htmlTagCount(_ sample: [UInt8]) -> Int {
        var tags = 0
        var index = 0
        let count = sample.count
        while index < count {
            guard sample[index] == UInt8(ascii: "<") else { index += 1; continue }
            var cursor = index + 1
            if cursor < count, sample[cursor] == UInt8(ascii: "/") { cursor += 1 }
            let name = readName(sample, at: cursor)
            let after = cursor + name.utf8.count
            if !name.isEmpty, after < count, htmlTagNames.contains(name) {
                let next = sample[after]
                if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || CharsetDecoder.isSpace(next) { tags += 1 }
            }
            index = max(after, index + 1)
        }
        return tags
    }

    // MARK: - Text versus binary

    /// Whether the sample reads as text: no NUL byte and at most 1 control byte in 50 (tab, line
    /// feed, carriage return, form feed and escape, used by ISO-2022 encodings, are not counted).
    private static func looksLikeText(_ sample: [UInt8]) -> Bool {
        guard !sample.isEmpty, !sample.contains(0) else { return false }
        return controlByteCount(sample) * 50 <= sample.count
    }

    private static func controlByteCount(_ sample: [UInt8]) -> Int {
        var controls = 0
        for byte in sample where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B) || byte == 0x7F {
            controls += 1
        }
        return controls
    }

    /// The name of a well-known binary format whose signature starts `bytes`.
    static func binarySignature(_ bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PDF", Array("%PDF-".utf8)),
            ("PNG", [0x89, 0x50, 0x4E, 0x47]),
            ("GIF", Array("GIF8".utf8)),
            ("JPEG", [0xFF, 0xD8, 0xFF]),
            ("ZIP", [0x50, 0x4B, 0x03, 0x04]),
            ("gzip", [0x1F, 0x8B]),
            ("bzip2", Array("BZh".utf8)),
            ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
            ("zstd", [0x28, 0xB5, 0x2F, 0xFD]),
            ("7-Zip", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
            ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
            ("OLE2/MS Office", [0xD0, 0xCF, 0x11, 0xE0]),
            ("SQLite", Array("SQLite format 3".utf8)),
            ("RIFF", Array("RIFF".utf8)),
            ("Ogg", Array("OggS".utf8)),
            ("MP3", Array("ID3".utf8)),
            ("WOFF", Array("wOFF".utf8)),
        ]
        for (name, signature) in signatures where bytes.count >= signature.count && bytes.starts(with: signature) {
            // "BZh" and "ID3" are also plausible text openings; require the binary follow-up byte.
            if name == "bzip2", bytes.count > 3, !(0x31...0x39).contains(bytes[3]) { continue }
            if name == "MP3", bytes.count > 3, bytes[3] > 0x05 { continue }
            return name
        }
        return nil
    }

    // MARK: - Hints

    private enum Hint {
        case html, rss, atom, xml, jsonFeed, text, none

        var kind: DocumentKind {
            switch self {
            case .html: .html
            case .rss: .rss
            case .atom: .atom
            case .jsonFeed: .jsonFeed
            case .text: .text
            case .xml, .none: .unknown
            }
        }

        init(contentType: String?, name: String?) {
            if let contentType {
                let media = contentType.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
                switch media {
                case "text/html", "application/xhtml+xml": self = .html; return
                case "application/rss+xml", "application/rdf+xml": self = .rss; return
                case "application/atom+xml": self = .atom; return
                case "application/feed+json", "application/json": self = .jsonFeed; return
                case "text/xml", "application/xml": self = .xml; return
                case "text/plain": self = .text; return
                default: break
                }
            }
            guard let name else { self = .none; return }
            var parts = name.lowercased().split(separator: "/").last.map { $0.split(separator: ".") } ?? []
            while let last = parts.last, parts.count > 1, ["gz", "bz2", "xz", "zst", "z"].contains(last) { parts.removeLast() }
            guard parts.count > 1, let ext = parts.last else { self = .none; return }
            switch ext {
            case "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp": self = .html
            case "rss", "rdf": self = .rss
            case "atom": self = .atom
            case "xml": self = .xml
            case "json": self = .jsonFeed
            case "txt", "text": self = .text
            default: self = .none
            }
        }
    }

    // MARK: - Byte search

    private static func hasPrefix(_ prefix: StaticString, _ bytes: [UInt8], at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where CharsetDecoder.lowercase(bytes[index + offset]) != pointer[offset] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `needle` (lower-case when `caseInsensitive`) occurs in `bytes`.
    private static func contains(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, caseInsensitive: Bool = false) -> Bool {
        guard !needle.isEmpty, needle.count <= bytes.count else { return false }
        var index = bytes.startIndex
        let first = needle[0]
        while index + needle.count <= bytes.endIndex {
            let byte = caseInsensitive ? CharsetDecoder.lowercase(bytes[index]) : bytes[index]
            if byte == first {
                var matched = true
                for offset in 1..<needle.count {
                    let other = caseInsensitive ? CharsetDecoder.lowercase(bytes[index + offset]) : bytes[index + offset]
                    if other != needle[offset] { matched = false; break }
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
