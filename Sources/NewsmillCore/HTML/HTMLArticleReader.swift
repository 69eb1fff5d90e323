import Foundation

/// Reads articles from HTML pages: metadata (`HTMLMetadataReader`) plus main text (`MainTextExtractor`).
public enum HTMLArticleReader {
    /// Reads one article from an HTML page given as UTF-8 bytes (already decoded by the caller).
    /// Returns nil when the page has no article text. `url` is a URL known from outside (WARC, feed link);
    /// dates later than `now` (plus a day) are rejected (a web archive passes its capture date).
    public static func read(html: [UInt8], url: String?, locator: SourceLocator, now: Date = Date()) -> Article? {
        guard let tree = HTMLParser.parse(html, detail: .articleReading) else { return nil }
        let labels = ElementLabels(tree)
        let metadata = HTMLMetadataReader.read(tree, url: url, now: now, labels: labels)
        var body = mainText(of: tree, labels: labels)
        if let structured = metadata.structuredBody, body.count < 200, structured.count > body.count {
            body = plainText(fromFragment: structured)
        }
        body = removingBoilerplateLines(removingRepeatedParagraphs(removingLeadingTitle(body, title: metadata.title)))
        guard !body.isEmpty else { return nil }
        return Article.make(
            url: metadata.canonicalURL ?? url, title: metadata.title, authors: metadata.authors,
            published: metadata.published, modified: metadata.modified, publication: metadata.publication,
            language: metadata.language, summary: metadata.summary, categories: metadata.categories, body: body,
            kind: .html, locator: locator, section: metadata.section, image: metadata.image
        )
    }

    /// The visible text of an HTML fragment (a feed item's content): paragraphs separated by blank lines.
    public static func plainText(fromFragment html: String) -> String {
        let trimmed = html.trimmingWhitespace()
        guard !trimmed.isEmpty else { return "" }
        // Text without markup needs no parser (and must keep its "<" and "&" as written).
        guard trimmed.contains("<") || trimmed.contains("&") else { return ArticleIdentity.foldWhitespace(trimmed) }
        guard let tree = HTMLParser.parse(Array(("<html><body>" + trimmed + "</body></html>").utf8), detail: .articleReading) else { return "" }
        let body = tree.elements(named: "body").first ?? 0
        return TextRenderer.render(tree, roots: [body])
    }

    /// The main text of a parsed page: the best-scoring block, cleaned, as paragraphs; falls back to
    /// the whole body without boilerplate when no block scores.
    static func mainText(of tree: MarkupTree, labels: ElementLabels? = nil) -> String {
        let extractor = MainTextExtractor(tree: tree, labels: labels)
        let roots = extractor.mainContentRoots()
        if !roots.isEmpty {
            let removed = extractor.conditionallyRemoved(roots: roots)
            let text = TextRenderer.render(tree, roots: roots) { index in extractor.dead[index] || removed[index] }
            if !text.isEmpty { return text }
        }
        let body = tree.elements(named: "body").first ?? 0
        return TextRenderer.render(tree, roots: [body]) { extractor.dead[$0] }
    }

    /// Drops later copies of a long paragraph already seen (captions repeated in slideshows); short
    /// ones may legitimately repeat (headings in recipes, schedules).
    static func removingRepeatedParagraphs(_ body: String) -> String {
        // Paragraphs are told apart by a 64-bit FNV-1a hash of their UTF-8 bytes (two different
        // paragraphs of one page sharing a hash is a 2^-64 event): hashing a `Substring` normalizes
        // non-ASCII text first (NFC), which cost more than the rest of this function.
        var seen: Set<UInt64> = []
        let paragraphs = pieces(of: body, separatedBy: 2).filter { paragraph in
            isShorterThan(paragraph, 80) || seen.insert(SimHash.fnv1a(paragraph.utf8)).inserted
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Whole lines that are page furniture in any site: ad labels, skip links, pager and share prompts.
    static let boilerplateLines: Set<String> = [
        "advertisement", "advert", "ad", "ads", "anzeige", "publicité", "publicidad", "pubblicità", "sponsored",
        "skip to content", "skip to main content", "this slideshow requires javascript.", "previous post", "next post",
        "previous article", "next article", "share this:", "share this article", "share", "tags", "tags:", "related",
        "related articles", "related posts", "read more", "read more:", "comments", "leave a comment", "print",
        "email", "continue reading", "loading...", "loading",
        // The same furniture in the other languages the stop-word detector knows (de, fr, es, it, pt, nl,
        // sv, da, no, pl) and Russian: "read more", "read also", "share", "advertisement", "comments".
        "weiterlesen", "mehr lesen", "lesen sie auch", "lesen sie auch:", "mehr zum thema", "mehr zum thema:", "teilen",
        "artikel teilen", "werbung", "kommentare", "drucken",
        "lire la suite", "lire aussi", "lire aussi :", "à lire aussi", "partager", "partager cet article", "commentaires",
        "imprimer", "publicite",
        "leer más", "lee también", "lee también:", "compartir", "comentarios", "imprimir", "seguir leyendo",
        "leggi anche", "leggi anche:", "continua a leggere", "condividi", "commenti", "stampa",
        "leia mais", "leia também", "leia também:", "compartilhar", "comentários", "publicidade", "continue lendo",
        "lees meer", "lees ook", "lees ook:", "delen", "advertentie", "reacties",
        "läs mer", "läs också", "läs också:", "dela", "annons", "kommentarer",
        "læs mere", "læs også", "læs også:", "del artiklen", "annonce", "reklame",
        "les mer", "les også", "les også:", "del saken", "annonse",
        "czytaj więcej", "czytaj też", "czytaj także", "czytaj także:", "udostępnij", "reklama", "komentarze",
        "читать далее", "читайте также", "читайте также:", "поделиться", "реклама", "комментарии",
    ]

    /// Credit lines under pictures ("Image: Reuters"), recognised by their lead word and shortness.
    static let creditPrefixes = [
        "image:", "photo:", "picture:", "credit:", "foto:", "photograph:", "bild:", "photo :", "crédit :", "crédit photo :",
        "imagen:", "fotografía:", "immagine:", "fotografia:", "afbeelding:", "zdjęcie:", "фото:",
    ]

    /// Drops lines that are page furniture (`boilerplateLines`) and short picture credits.
    static func removingBoilerplateLines(_ body: String) -> String {
        let paragraphs = pieces(of: body, separatedBy: 2).compactMap { paragraph -> String? in
            let lines = pieces(of: paragraph, separatedBy: 1).filter { line in
                // Only short lines can be furniture; long ones are never lower-cased or compared.
                guard isShorterThan(line, 80) else { return true }
                let lowered = String(line).trimmingWhitespace().lowercased()
                if boilerplateLines.contains(lowered) { return false }
                if creditPrefixes.contains(where: { lowered.hasPrefix($0) }) { return false }
                return true
            }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Drops the first paragraph when it repeats the title.
    static func removingLeadingTitle(_ body: String, title: String?) -> String {
        guard let title, !title.isEmpty else { return body }
        let normalizedTitle = ArticleIdentity.foldWhitespace(title).lowercased()
        var paragraphs = pieces(of: body, separatedBy: 2)[...]
        while let first = paragraphs.first, isShorterThan(first, normalizedTitle.utf8.count * 4 + 8),
            ArticleIdentity.foldWhitespace(String(first)).lowercased() == normalizedTitle
        {
            paragraphs.removeFirst()
        }
        return paragraphs.joined(separator: "\n\n").trimmingWhitespace()
    }

    /// Whether `text` has fewer than `limit` characters, decided from its UTF-8 length when that
    /// settles it (a character takes at least one byte), so long paragraphs are never counted.
    static func isShorterThan(_ text: Substring, _ limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes < limit { return true }
        if bytes >= limit * 8 { return false }
        // Count at most `limit` characters, not the whole paragraph.
        return text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) == nil
    }

    /// `text` split at every run of exactly `newlines` line feeds (1: lines, 2: paragraphs), like
    /// `components(separatedBy:)` with "\n" or "\n\n" but on UTF-8 bytes, without Foundation.
    static func pieces(of text: some StringProtocol, separatedBy newlines: Int) -> [Substring] {
        let string = String(text)
        var cuts: [(Int, Int)] = []
        var copy = string
        copy.withUTF8 { bytes in
            var start = 0
            var position = 0
            while position < bytes.count {
                if bytes[position] == 0x0A, newlines == 1 || (position + 1 < bytes.count && bytes[position + 1] == 0x0A) {
                    cuts.append((start, position))
                    position += newlines
                    start = position
                } else {
                    position += 1
                }
            }
            cuts.append((start, bytes.count))
        }
        let utf8 = string.utf8
        return cuts.map { cut in
            let lower = utf8.index(utf8.startIndex, offsetBy: cut.0)
            let upper = utf8.index(utf8.startIndex, offsetBy: cut.1)
            return string[lower..<upper]
        }
    }
}

