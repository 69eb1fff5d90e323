/// Cuts site furniture off the end of a plain-text article: share/print/e-mail links, "Related
/// Articles" lists, comment counts, copyright and subscription lines, lone URLs.
///
/// Two general rules, applied until neither changes anything:
/// 1. a last line that is boilerplate (`isBoilerplate`) or a lone URL is removed;
/// 2. a section heading such as "Related Articles", "Read more" or "Comments", followed only by short
///    lines (link titles, at most 25 of them, each at most 160 characters), is cut with what follows.
///
/// Nothing before the last paragraph of real prose is touched.
public enum TrailingBoilerplate {
    /// Removes trailing boilerplate from `lines` (trimmed lines, "" for blank lines).
    public static func strip(_ lines: inout [String]) {
        while true {
            while let last = lines.last, last.isEmpty { lines.removeLast() }
            guard let last = lines.last else { return }
            if isBoilerplate(last) || isLoneURL(last) {
                lines.removeLast()
                continue
            }
            if let heading = trailingSectionHeading(lines) {
                lines.removeSubrange(heading...)
                continue
            }
            return
        }
    }

    /// The index of a section heading that starts a tail of short lines, if any.
    private static func trailingSectionHeading(_ lines: [String]) -> Int? {
        var index = lines.count - 1
        var shortLines = 0
        var found: Int?
        while index > 0, shortLines <= 25 {
            let line = lines[index]
            if !line.isEmpty {
                guard line.utf8.count <= 160 * 3, line.unicodeScalars.count <= 160 else { break }
                if isSectionHeading(line) { found = index }
                shortLines += 1
            }
            index -= 1
        }
        // Keep at least one line of body before the heading.
        guard let found, lines[..<found].contains(where: { !$0.isEmpty }) else { return nil }
        return found
    }

    private static let sectionHeadings: Set<String> = [
        "related articles", "related stories", "related posts", "related links", "related content", "related",
        "related coverage", "more on this story", "more on this topic", "more stories", "more from this author",
        "read more", "read next", "read also", "recommended", "recommended for you", "recommended stories",
        "you may also like", "you might also like", "most popular", "most read", "trending", "popular stories",
        "comments", "leave a comment", "leave a reply", "join the conversation", "share this", "share this article",
        "share this story", "tags", "filed under", "see also", "also read", "latest news", "more news",
        "in other news", "related topics", "topics",
    ]

    private static let boilerplateWords: Set<String> = [
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "tweet this", "print", "print this", "print this article", "print this page", "printer friendly",
        "printer-friendly version", "email", "e-mail", "email this", "email this article", "email this story",
        "mail", "comments", "comment", "facebook", "twitter", "linkedin", "reddit", "whatsapp", "pinterest",
        "google+", "tumblr", "telegram", "x", "like", "save", "bookmark", "reprints", "permalink", "top",
        "back to top", "advertisement", "sponsored", "related articles", "related", "more", "next", "previous",
        "next article", "previous article", "home", "reply", "report", "flag", "recommend",
    ]

    private static let boilerplatePrefixes: [String] = [
        "copyright", "©", "(c) ", "subscribe", "sign up", "follow us", "follow @", "click here", "tags:",
        "filed under", "posted in", "leave a comment", "share this", "share on", "this entry was posted",
        "comments (", "read more", "printer-friendly", "back to top", "like us on", "join our newsletter",
        "get our newsletter", "newsletter sign", "download our app", "all rights reserved",
    ]

    /// Whether a line is site furniture rather than article text.
    public static func isBoilerplate(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 200 else { return false }
        var lower = line.lowercased()
        while let first = lower.unicodeScalars.first, "•*|·-–—>»".unicodeScalars.contains(first) || first == " " {
            lower.unicodeScalars.removeFirst()
        }
        if lower.isEmpty { return true }
        if lower.contains("all rights reserved") { return true }
        for prefix in boilerplatePrefixes where lower.hasPrefix(prefix) { return true }
        // "12 comments", "Comments (3)".
        let words = lower.split(separator: " ")
        if words.count == 2, words[0].allSatisfy(\.isNumber), words[1].hasPrefix("comment") || words[1].hasPrefix("share") {
            return true
        }
        // "Share | Tweet | Print | Email" and the like: every item is a furniture word.
        let items = lower.split(whereSeparator: { "|·•/,".contains($0) })
            .map { String($0).trimmingTrailingColon() }
            .filter { !$0.isEmpty }
        if !items.isEmpty, items.allSatisfy({ boilerplateWords.contains($0) }) { return true }
        // The same items separated by spaces only ("Share Tweet Print Email").
        if words.count >= 2, words.count <= 8, words.allSatisfy({ boilerplateWords.contains(String($0)) }) { return true }
        return false
    }

    /// Whether a line heads a trailing section ("Related Articles", "Read more:", "Comments (12)").
    static func isSectionHeading(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 60 else { return false }
        var lower = line.lowercased().trimmingTrailingColon()
        if let paren = lower.firstIndex(of: "(") { lower = String(lower[..<paren]).trimmingWhitespace() }
        return sectionHeadings.contains(lower)
    }

    /// Whether a line is nothing but a URL.
    public static func isLoneURL(_ line: String) -> Bool {
        guard !line.contains(" ") else { return false }
        let lower = line.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            || (lower.hasPrefix("<http") && lower.hasSuffix(">"))
    }
}

extension String {
    /// The string without one trailing colon and surrounding white space.
    fileprivate func trimmingTrailingColon() -> String {
        var text = trimmingWhitespace()
        if text.hasSuffix(":") { text.removeLast() }
        return text.trimmingWhitespace()
    }
}
