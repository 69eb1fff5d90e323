/// Reads one article from a plain-text export: headline, byline and dateline lines, paragraphs.
///
/// The layout it understands is the one news archives and "save as text" produce:
///
/// ```
/// Headline Without a Final Period
///
/// by Name One and Name Two / December 2006 issue of Some Newspaper
/// Published: March 3, 2021
///
/// First paragraph, possibly hard-wrapped
/// over several lines.
///
/// Second paragraph. ...
///
/// Related Articles
/// Share this | Tweet | Print | Email
/// ```
///
/// - The headline is the first non-empty line when it looks like one (at most 200 characters and 30
///   words, no final period, comma or colon) and a blank line or a metadata line follows it; after a
///   dateline line, only when it is title-cased and not in capitals.
/// - A short paragraph between the headline and a byline is the standfirst (`summary`).
/// - Metadata lines directly after it (in any order, at most eight) are bylines (`By ...`, `— Name,
///   Agency`), datelines (`Published: ...`, `Date: ...`, `Updated: ...`, a line that is only a date) and
///   `Source:`/`Author:` fields; `BylineParser` takes them apart.
/// - The body is every following paragraph (separated by blank lines, hard-wrapped lines joined with a
///   space), after `TrailingBoilerplate` has cut site furniture off the end.
public enum PlainTextArticleReader {
    /// Reads the article in `text`, or nil when there is no body text.
    public static func read(text: String, locator: SourceLocator) -> Article? {
        let lines = splitLines(text)
        var header = Header()
        var index = 0
        var metadataLines = 0
        while index < lines.count, metadataLines < 8 {
            let line = lines[index]
            if line.isEmpty { index += 1; continue }
            if let metadata = BylineParser.metadata(fromLine: line), metadataLines > 0 || metadata != BylineParser.Metadata() {
                header.apply(metadata)
                metadataLines += 1
                index += 1
                continue
            }
            let next = lines[(index + 1)...].first
            let followedBySeparator = next.map { $0.isEmpty || BylineParser.metadata(fromLine: $0) != nil } ?? true
            // A headline directly above the body (no blank line) must at least be in title case.
            let headlineAboveBody = !followedBySeparator && isTitleCased(line)
            // After a dateline ("Published: 2019-05-23" ¶ "Governor Anies Says Jakarta is Calm"), only a
            // title-cased line not in capitals is a headline: a sentence-case line or "BAAR, SWITZERLAND"
            // there opens the body.
            let headlineAfterDateline = header.authors.isEmpty && isTitleCased(line) && line.contains(where: \.isLowercase)
            if header.title == nil, metadataLines == 0 || headlineAfterDateline, followedBySeparator || headlineAboveBody,
               looksLikeTitle(line) {
                header.title = line
                index += 1
                continue
            }
            // A standfirst between the headline and the byline ("Headline / deck / By ...").
            if header.title != nil, header.summary == nil, metadataLines == 0, line.unicodeScalars.count <= 400,
                let nextContent = lines[(index + 1)...].firstIndex(where: { !$0.isEmpty }), nextContent > index + 1,
                let metadata = BylineParser.metadata(fromLine: lines[nextContent]), !metadata.authors.isEmpty {
                header.summary = line
                index += 1
                continue
            }
            break
        }
        var bodyLines = Array(lines[index...])
        TrailingBoilerplate.strip(&bodyLines)
        var paragraphs = joinParagraphs(bodyLines)
        if header.authors.isEmpty, let last = paragraphs.last,
            let signature = BylineParser.signature(fromLine: last), !signature.authors.isEmpty {
            header.apply(signature)
            paragraphs.removeLast()
        }
        guard !paragraphs.isEmpty else { return nil }
        return Article.make(
            title: header.title, authors: header.authors, published: header.published, modified: header.modified,
            publication: header.publication, summary: header.summary, body: paragraphs.joined(separator: "\n\n"), kind: .text, locator: locator
        )
    }

    /// What the header lines said.
    private struct Header {
        var title: String?
        var summary: String?
        var authors: [String] = []
        var published: PartialDate?
        var modified: PartialDate?
        var publication: String?

        mutating func apply(_ metadata: BylineParser.Metadata) {
            for author in metadata.authors where !authors.contains(author) { authors.append(author) }
            if published == nil { published = metadata.published }
            if modified == nil { modified = metadata.modified }
            if publication == nil { publication = metadata.publication }
        }
    }

    /// Splits on LF, CRLF or CR, trimming each line; blank lines become "".
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var previousWasCR = false
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                if !(byte == 0x0A && previousWasCR) {
                    lines.append(trimmedLine(text[start..<index]))
                }
                previousWasCR = byte == 0x0D
                start = utf8.index(after: index)
            } else {
                previousWasCR = false
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { lines.append(trimmedLine(text[start..<utf8.endIndex])) }
        return lines
    }

    /// A line without surrounding white space (ASCII fast path; NBSP and other Unicode spaces too).
    private static func trimmedLine(_ line: Substring) -> String {
        let utf8 = line.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return String(line) }
        return String(line).trimmingWhitespace()
    }

    /// Whether `line`, in a block of one paragraph per line, was wrapped before `next` (see `joinParagraphs`).
    static func isWrapped(_ line: String, before next: String) -> Bool {
        guard line.utf8.count >= 40, line.utf8.count <= hardWrapLimit, let last = line.last, let first = next.first else { return false }
        // (Not a title-cased subhead: "Chapter One: Of Consultations And Foot Stamping".)
        return !".!?:\"”’')".contains(last) && !isTitleCased(line) || first.isLowercase
    }

    /// Lines longer than this (UTF-8 bytes) are not hard-wrapped: text wrapped by hand or by a mailer
    /// breaks at 60–100 characters.
    static let hardWrapLimit = 240

    /// Blocks whose lines are all this short (Unicode scalars) may be lists rather than wrapped text: text is
    /// wrapped at 65–80 columns, so no wrapped paragraph's widest line is this narrow unless it is a narrow
    /// column, which `isListItemEnd` tells apart.
    static let listLineLimit = 60

    /// Whether `line`, in a block of short lines whose widest has `widest` scalars, ends a list item
    /// ("Ward 1 Coun. Mark Signoretti" ⏎ "Ward 2 Coun. Michael Vagnini"): the next line's first word would
    /// have fitted on it, and the next line does not open in lowercase. A wrapper breaks a line only where the
    /// next word does not fit, so the lines of a wrapped paragraph never pass this test; text wrapped early by
    /// hand ("The council met on Monday" ⏎ "and agreed ...") goes on in lowercase, and a line broken inside a
    /// hyphenated word is left joined too.
    static func isListItemEnd(_ line: String, before next: String, widest: Int) -> Bool {
        guard line.unicodeScalars.last != "-", next.first?.isLowercase != true else { return false }
        let nextWord = next.unicodeScalars.prefix { $0 != " " && $0 != "\t" }.count
        return line.unicodeScalars.count + 1 + nextWord <= widest
    }

    /// Groups lines into paragraphs at blank lines, joining the lines of one paragraph with a space.
    /// A block whose lines are long (over `hardWrapLimit`) holds one paragraph per line instead: that is
    /// how exports without blank lines between paragraphs look. In such a block a shorter line of 40+ bytes
    /// that stops mid-sentence (no final stop, quote or colon, and not title-cased), or whose next line opens
    /// in lowercase, was wrapped, and goes on into the next line (exports that wrap some paragraphs and not
    /// others). A block of three or more short lines (at most `listLineLimit`) keeps apart the lines that end
    /// a list item (`isListItemEnd`) and joins the others.
    static func joinParagraphs(_ lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var block: [String] = []
        func flush() {
            guard !block.isEmpty else { return }
            /// Appends the block's lines as paragraphs, joining a line to the one before unless `breaks` says
            /// a paragraph ends between them.
            func appendSplit(where breaks: (_ line: String, _ next: String) -> Bool) {
                var paragraph = block[0]
                for (line, next) in zip(block, block.dropFirst()) {
                    if breaks(line, next) {
                        paragraphs.append(paragraph)
                        paragraph = next
                    } else {
                        paragraph += " " + next
                    }
                }
                paragraphs.append(paragraph)
            }
            if block.count > 1, block.contains(where: { $0.utf8.count > hardWrapLimit }) {
                appendSplit { !isWrapped($0, before: $1) }
            } else if block.count > 2, let widest = block.lazy.map({ $0.unicodeScalars.count }).max(), widest <= listLineLimit {
                appendSplit { isListItemEnd($0, before: $1, widest: widest) }
            } else {
                paragraphs.append(block.joined(separator: " "))
            }
            block.removeAll(keepingCapacity: true)
        }
        for line in lines {
            if line.isEmpty { flush() } else { block.append(line) }
        }
        flush()
        return paragraphs
    }

    /// Whether most words of four letters or more start with a capital ("Town Votes to Rebuild the
    /// Old Footbridge"), as headlines do and the first line of a paragraph does not.
    static func isTitleCased(_ line: String) -> Bool {
        var long = 0
        var capitalised = 0
        for word in line.split(separator: " ") where word.unicodeScalars.count >= 4 {
            long += 1
            if word.unicodeScalars.first?.properties.isUppercase == true { capitalised += 1 }
        }
        return long >= 2 && capitalised * 5 >= long * 4
    }

    /// Whether `line` reads as a headline: short, with letters, no final sentence punctuation, not a URL.
    static func looksLikeTitle(_ line: String) -> Bool {
        let utf8 = line.utf8
        guard utf8.count <= 300, let last = line.unicodeScalars.last else { return false }
        if last == "." && !line.hasSuffix("...") { return false }
        if last == "," || last == ":" || last == ";" { return false }
        if TrailingBoilerplate.isLoneURL(line) { return false }
        guard line.unicodeScalars.count <= 200 else { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= 30 else { return false }
        return line.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
