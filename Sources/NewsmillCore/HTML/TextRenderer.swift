/// Renders part of an HTML `MarkupTree` as plain text.
///
/// Paragraph-level elements are separated by blank lines, list items and table rows by single line
/// breaks, `<br>` is a line break, and inline elements are joined exactly as their text runs meet
/// (only source white space produces a space). White space is folded except inside `<pre>`.
/// The walk is iterative, so deeply nested markup cannot overflow the stack.
enum TextRenderer {
    /// Elements whose content is never visible text.
    static let invisibleTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "head", "title", "meta", "link",
        "button", "select", "option", "input", "textarea", "canvas", "object", "embed", "audio", "video",
        "source", "track", "map", "area", "img", "picture", "dialog",
    ]

    /// Elements that start a new paragraph.
    static let paragraphTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure", "figcaption", "address",
        "hr", "center", "details", "summary", "fieldset", "body", "html", "caption", "hgroup",
    ]

    /// Elements that start a new line within a paragraph.
    static let lineTags: Set<String> = ["li", "tr", "dt", "dd", "br", "option"]

    /// Renders the subtrees rooted at `roots` (in order), leaving out nodes for which `skip` is true.
    static func render(_ tree: MarkupTree, roots: [Int], skip: (Int) -> Bool = { _ in false }) -> String {
        var output = TextBuilder()
        for root in roots {
            renderSubtree(tree, root: root, skip: skip, into: &output)
            output.requestBreak(2)
        }
        return output.text
    }

    private static func renderSubtree(_ tree: MarkupTree, root: Int, skip: (Int) -> Bool, into output: inout TextBuilder) {
        // Events: (index, entering). Leaving an element emits its closing break.
        var stack: [(Int, Bool)] = [(root, true)]
        var preDepth = 0
        while let (index, entering) = stack.popLast() {
            let node = tree[index]
            if node.kind == .text {
                output.append(node.text, preserveWhitespace: preDepth > 0)
                continue
            }
            let name = node.name
            if !entering {
                if name == "pre" { preDepth -= 1 }
                if paragraphTags.contains(name) { output.requestBreak(2) } else if lineTags.contains(name) { output.requestBreak(1) }
                if name == "td" || name == "th" { output.requestSpace() }
                continue
            }
            if skip(index) || invisibleTags.contains(name) { continue }
            if name == "br" {
                output.requestBreak(1)
                continue
            }
            if paragraphTags.contains(name) { output.requestBreak(2) } else if lineTags.contains(name) { output.requestBreak(1) }
            if name == "td" || name == "th" { output.requestSpace() }
            if name == "pre" { preDepth += 1 }
            stack.append((index, false))
            var children: [Int] = []
            var child = node.firstChild
            while child >= 0 {
                children.append(child)
                child = tree[child].nextSibling
            }
            for child in children.reversed() { stack.append((child, true)) }
        }
    }
}

/// Accumulates rendered text with folded white space and pending breaks.
struct TextBuilder {
    private(set) var text = ""
    private var pendingBreak = 0
    private var pendingSpace = false
    private var lineIsEmpty = true

    /// Asks for a line break (1) or a paragraph break (2) before the next text.
    mutating func requestBreak(_ level: Int) {
        if !text.isEmpty { pendingBreak = max(pendingBreak, level) }
    }

    /// Asks for a space before the next text on the same line.
    mutating func requestSpace() {
        if !lineIsEmpty { pendingSpace = true }
    }

    /// Appends a text run, folding white space unless `preserveWhitespace`.
    mutating func append(_ run: String, preserveWhitespace: Bool) {
        for scalar in run.unicodeScalars {
            if preserveWhitespace && scalar == "\n" {
                if !text.isEmpty { pendingBreak = max(pendingBreak, 1) }
                pendingSpace = false
                continue
            }
            if scalar.isSpaceLike || scalar == "\u{0}" || scalar == "\u{FEFF}" {
                if !lineIsEmpty { pendingSpace = true }
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{200B}" { continue }
            if pendingBreak > 0 {
                text += pendingBreak >= 2 ? "\n\n" : "\n"
                pendingBreak = 0
                pendingSpace = false
                lineIsEmpty = true
            }
            if pendingSpace && !lineIsEmpty { text.unicodeScalars.append(" ") }
            pendingSpace = false
            text.unicodeScalars.append(scalar)
            lineIsEmpty = false
        }
    }
}
