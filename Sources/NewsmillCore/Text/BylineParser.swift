import Foundation

/// Takes apart the metadata lines of a plain-text article: bylines, datelines and labelled fields.
///
/// Understood forms (case-insensitive keywords):
/// - `By Anna Berglund`, `by A and B`, `By A, B and C`, `By Anna Berglund, Staff Writer`,
///   `By Anna Berglund (anna@example.com)`, `By Anna Berglund, Reuters`;
/// - parts after the names, separated by ` / `, ` | `, ` · `, ` • ` or ` — `: a date (`April 2021`,
///   `March 3, 2021`), `April 2021 issue of The Valley Gazette`, or a publication; a date may also
///   follow the names after a comma or ` on `;
/// - `— Name, Agency` signatures (at the top or as the last paragraph);
/// - `Published: ...`, `Date: ...`, `Posted on ...`, `Updated: ...` (modified), a line that is only a
///   date, `Author: ...`, `Source: ...` / `Publication: ...`.
///
/// Dates go through `DateParser.parse`, which keeps the precision written (an issue month is a month).
public enum BylineParser {
    /// What one metadata line says.
    public struct Metadata: Sendable, Equatable {
        /// Author names, cleaned of "By", roles and e-mail addresses.
        public var authors: [String] = []
        /// The publication date.
        public var published: PartialDate?
        /// The modification date (`Updated: ...`).
        public var modified: PartialDate?
        /// The publication named on the line.
        public var publication: String?
    }

    /// The metadata on `line`, or nil when it is not a metadata line.
    public static func metadata(fromLine line: String) -> Metadata? {
        guard !line.isEmpty, line.utf8.count <= 400 else { return nil }
        let lower = line.lowercased()
        for prefix in ["by ", "by: ", "written by ", "words by ", "story by ", "text by "] where lower.hasPrefix(prefix) {
            return byline(String(line.dropFirst(prefix.count)))
        }
        if let signature = signature(fromLine: line) { return signature }
        // A role on its own line under the byline ("Staff Writer") carries nothing but is not body text.
        if line.unicodeScalars.count <= 40, isRole(line), looksLikeProperName(line, maxWords: 4) { return Metadata() }
        if let (key, value) = labelledField(line, lower: lower) {
            var metadata = Metadata()
            switch key {
            case "published", "published on", "date", "dated", "posted", "posted on", "first published",
                "publication date", "published date", "date published", "issue":
                let part = parsePart(value)
                guard part.date != nil else { return nil }
                metadata.published = part.date
                metadata.publication = part.publication
            case "updated", "updated on", "last updated", "modified", "last modified":
                guard let date = DateParser.parse(value) else { return nil }
                metadata.modified = date
            case "author", "authors", "byline", "written by", "reporter", "reporters":
                metadata.authors = names(value, allowSingleWord: true).authors
                guard !metadata.authors.isEmpty else { return nil }
            case "source", "publication", "publisher", "newspaper", "magazine":
                let publication = cleanPublication(value)
                guard !publication.isEmpty else { return nil }
                metadata.publication = publication
            default:
                return nil
            }
            return metadata
        }
        if line.unicodeScalars.count <= 50, !line.hasSuffix("."), let date = DateParser.parse(line) {
            var metadata = Metadata()
            metadata.published = date
            return metadata
        }
        if lower.contains(" issue of "), line.unicodeScalars.count <= 120 {
            let part = parsePart(line)
            if part.date != nil, part.publication != nil {
                var metadata = Metadata()
                metadata.published = part.date
                metadata.publication = part.publication
                return metadata
            }
        }
        return nil
    }

    /// A `— Name, Agency` (or `-- Name`) signature line, or nil.
    public static func signature(fromLine line: String) -> Metadata? {
        var rest = Substring(line)
        var dashes = 0
        while let first = rest.first, first == "—" || first == "–" || first == "-" {
            rest = rest.dropFirst()
            dashes += 1
        }
        guard dashes >= 1, dashes <= 2, rest.first == " " || rest.first?.isLetter == true else { return nil }
        let text = String(rest).trimmingWhitespace()
        guard !text.isEmpty, text.unicodeScalars.count <= 80, !text.hasSuffix("."),
            text.split(separator: " ").count <= 10 else { return nil }
        let parsed = names(text, allowSingleWord: false)
        guard !parsed.authors.isEmpty, parsed.rejected == 0 else { return nil }
        var metadata = Metadata()
        metadata.authors = parsed.authors
        metadata.publication = parsed.publication
        return metadata
    }

    // MARK: - Bylines

    private static func byline(_ text: String) -> Metadata? {
        let parts = splitParts(text)
        guard var namesPart = parts.first else { return nil }
        var metadata = Metadata()
        // A date after the names: "Anna Berglund, March 3, 2021" or "Anna Berglund on March 3, 2021".
        if let split = trailingDate(in: namesPart) {
            namesPart = split.names
            metadata.published = split.date
        }
        let parsed = names(namesPart, allowSingleWord: false)
        guard !parsed.authors.isEmpty else { return nil }
        metadata.authors = parsed.authors
        metadata.publication = parsed.publication
        for part in parts.dropFirst() {
            let info = parsePart(part)
            if metadata.published == nil { metadata.published = info.date }
            if metadata.publication == nil { metadata.publication = info.publication }
        }
        return metadata
    }

    /// Splits at ` / `, ` | `, ` · `, ` • `, ` — ` and ` – `.
    private static func splitParts(_ text: String) -> [String] {
        var parts = [text]
        for separator in [" / ", " | ", " · ", " • ", " — ", " – "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Finds a date at the end of a names part, after a comma or " on ".
    private static func trailingDate(in text: String) -> (names: String, date: PartialDate)? {
        var searchStart = text.startIndex
        while let range = text[searchStart...].range(of: ",") ?? text[searchStart...].range(of: " on ") {
            let suffix = String(text[range.upperBound...]).trimmingWhitespace()
            if let date = DateParser.parse(suffix), suffix.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                return (String(text[..<range.lowerBound]), date)
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// A part after the names: a date, `<date> issue of <publication>`, `<date>, <publication>` or a
    /// publication.
    private static func parsePart(_ part: String) -> (date: PartialDate?, publication: String?) {
        let lower = part.lowercased()
        if let range = lower.range(of: " issue of ") {
            let datePart = String(part[..<range.lowerBound])
            let cleanedDate = datePart.lowercased().hasPrefix("the ") ? String(datePart.dropFirst(4)) : datePart
            let publication = cleanPublication(String(part[range.upperBound...]))
            return (DateParser.parse(cleanedDate), publication.isEmpty ? nil : publication)
        }
        if let date = DateParser.parse(part) { return (date, nil) }
        // "<date>, <publication>" or "<publication>, <date>".
        var searchStart = part.startIndex
        while let comma = part[searchStart...].firstIndex(of: ",") {
            let before = String(part[..<comma]).trimmingWhitespace()
            let after = String(part[part.index(after: comma)...]).trimmingWhitespace()
            if let date = DateParser.parse(before), !after.isEmpty { return (date, cleanPublication(after)) }
            if let date = DateParser.parse(after), !before.isEmpty { return (date, cleanPublication(before)) }
            searchStart = part.index(after: comma)
        }
        let publication = cleanPublication(part)
        guard !isRole(publication) else { return (nil, nil) }
        return (nil, looksLikeProperName(publication, maxWords: 10) ? publication : nil)
    }

    private static func cleanPublication(_ text: String) -> String {
        var result = text.trimmingWhitespace()
        while let last = result.unicodeScalars.last, last == "." || last == "," || last == ";" { result.unicodeScalars.removeLast() }
        if result.hasPrefix("\""), result.hasSuffix("\""), result.count >= 2 { result = String(result.dropFirst().dropLast()) }
        return result.trimmingWhitespace()
    }

    // MARK: - Names

    /// Splits a names part into people, dropping roles and e-mail addresses; a news agency or a
    /// single-word trailing segment ("Reuters") becomes the publication.
    static func names(_ text: String, allowSingleWord: Bool) -> (authors: [String], publication: String?, rejected: Int) {
        var cleaned = removeEmails(text)
        for conjunction in [" and ", " & ", " und ", " och ", " og ", " et ", " y ", " e ", " en "] {
            cleaned = cleaned.replacingOccurrences(of: conjunction, with: ",", options: .caseInsensitive)
        }
        var authors: [String] = []
        var publication: String?
        var rejected = 0
        let segments = cleaned.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmingWhitespace() }
        for (position, rawSegment) in segments.enumerated() where !rawSegment.isEmpty {
            var segment = rawSegment
            while let last = segment.unicodeScalars.last, last == "." && !segment.hasSuffix(" Jr.") && !isInitialEnding(segment) {
                segment.unicodeScalars.removeLast()
            }
            if isRole(segment) { continue }
            if agencies.contains(segment.lowercased()) {
                if publication == nil { publication = segment }
                continue
            }
            let wordCount = segment.split(separator: " ").count
            if looksLikeProperName(segment, maxWords: 5) && (wordCount >= 2 || allowSingleWord) {
                authors.append(segment)
            } else if position > 0, !authors.isEmpty, looksLikeProperName(segment, maxWords: 8), publication == nil {
                publication = segment
            } else {
                rejected += 1
            }
        }
        return (authors, publication, rejected)
    }

    private static func isInitialEnding(_ segment: String) -> Bool {
        let scalars = Array(segment.unicodeScalars.suffix(3))
        return scalars.count == 3 && scalars[0] == " " && scalars[1].properties.isUppercase && scalars[2] == "."
    }

    /// Removes e-mail addresses and brackets around them: `Name (name@example.com)`, `<name@x.org>`.
    private static func removeEmails(_ text: String) -> String {
        guard text.contains("@") else { return text }
        let words = text.split(separator: " ").filter { !$0.contains("@") }
        var result = words.joined(separator: " ")
        for empty in ["()", "<>", "[]"] { result = result.replacingOccurrences(of: empty, with: "") }
        return result.trimmingWhitespace()
    }

    private static let roleWords: Set<String> = [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "columnist", "contributor", "photographer", "producer", "analyst", "journalist", "staff", "intern",
        "critic", "bureau", "desk", "team", "reporting", "chief",
    ]

    /// Whether a byline segment is a role such as "Staff Writer", "Foreign Correspondent",
    /// "Associated Press Writer" or "Special to The Times".
    private static func isRole(_ segment: String) -> Bool {
        let lower = segment.lowercased()
        if lower.hasPrefix("special to ") || lower.hasPrefix("for the ") { return true }
        guard let last = lower.split(separator: " ").last else { return false }
        return roleWords.contains(String(last))
    }

    private static let agencies: Set<String> = [
        "reuters", "ap", "afp", "associated press", "the associated press", "agence france-presse", "bloomberg",
        "dpa", "upi", "efe", "ansa", "xinhua", "tass", "kyodo", "tt", "ntb", "ritzau", "pa", "press association",
        "bloomberg news", "reuters staff", "cnn", "bbc", "bbc news",
    ]

    private static let nameParticles: Set<String> = [
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "des", "la", "le", "al", "el", "bin",
        "ibn", "ter", "y", "dos", "das", "zu", "af", "av", "of", "the",
    ]

    /// Whether `text` reads as a person's or organisation's name: 1 to `maxWords` words, each
    /// capitalised (or a particle such as "van", "al-"), no digits.
    static func looksLikeProperName(_ text: String, maxWords: Int) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= 80 else { return false }
        let words = text.split(separator: " ")
        guard (1...maxWords).contains(words.count) else { return false }
        var capitalised = 0
        for word in words {
            guard let first = word.unicodeScalars.first else { return false }
            if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
            if first.properties.isUppercase {
                capitalised += 1
            } else if !nameParticles.contains(word.lowercased()) && !word.hasPrefix("al-") && !word.hasPrefix("el-")
                && !word.hasPrefix("d'") && !word.hasPrefix("O'") {
                return false
            }
        }
        return capitalised >= 1
    }

    // MARK: - Labelled fields

    /// `Key: value` or `Posted on value` (keys lower-cased), or nil.
    private static func labelledField(_ line: String, lower: String) -> (String, String)? {
        if let colon = line.firstIndex(of: ":") {
            let key = String(line[..<colon]).lowercased().trimmingWhitespace()
            if key.count <= 20, !key.isEmpty {
                let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
                if !value.isEmpty { return (key, value) }
            }
        }
        for key in ["published on", "posted on", "updated on", "published", "posted", "updated", "dated"]
        where lower.hasPrefix(key + " ") {
            return (key, String(line.dropFirst(key.count + 1)).trimmingWhitespace())
        }
        return nil
    }
}
