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
            let node = tree.nodes[index]
            if node.kind == .text {
                output.append(node.text, preserveWhitespace: preDepth > 0)
                continue
            }
            let name = node.name
            let traits = node.traits
            if !entering {
                if name == "pre" { preDepth -= 1 }
                if traits.contains(.paragraph) { output.requestBreak(2) } else if traits.contains(.line) { output.requestBreak(1) }
                if traits.contains(.cell) { output.requestSpace() }
                continue
            }
            if skip(index) || traits.contains(.invisible) { continue }
            if name == "br" {
                output.requestBreak(1)
                continue
            }
            if traits.contains(.paragraph) { output.requestBreak(2) } else if traits.contains(.line) { output.requestBreak(1) }
            if traits.contains(.cell) { output.requestSpace() }
            if name == "pre" { preDepth += 1 }
            stack.append((index, false))
            // Children in document order: push them, then reverse the pushed run in place.
            let firstPushed = stack.count
            var child = node.firstChild
            while child >= 0 {
                stack.append((child, true))
                child = tree.nodes[child].nextSibling
            }
            stack[firstPushed...].reverse()
        }
    }
}

/// Accumulates rendered text with folded white space and pending breaks.
///
/// Works on UTF-8 bytes: ASCII is handled byte by byte, and only non-ASCII scalars are decoded
/// (to recognise Unicode white space, C1 controls, the BOM and zero-width spaces).
struct TextBuilder {
    private var bytes: [UInt8] = []
    private var pendingBreak = 0
    private var pendingSpace = false
    private var lineIsEmpty = true

    /// The text built so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Asks for a line break (1) or a paragraph break (2) before the next text.
    mutating func requestBreak(_ level: Int) {
        if !bytes.isEmpty { pendingBreak = max(pendingBreak, level) }
    }

    /// Asks for a space before the next text on the same line.
    mutating func requestSpace() {
        if !lineIsEmpty { pendingSpace = true }
    }

    /// Appends a text run, folding white space unless `preserveWhitespace`.
    mutating func append(_ run: String, preserveWhitespace: Bool) {
        var run = run
        run.withUTF8 { source in
            var position = 0
            while position < source.count {
                let byte = source[position]
                if byte < 0x80 {
                    position += 1
                    if preserveWhitespace && byte == 0x0A {
                        if !bytes.isEmpty { pendingBreak = max(pendingBreak, 1) }
                        pendingSpace = false
                        continue
                    }
                    if byte == 0x20 || (0x09...0x0D).contains(byte) || byte == 0 {
                        if !lineIsEmpty { pendingSpace = true }
                        continue
                    }
                    if byte < 0x20 || byte == 0x7F { continue }
                    emitPending()
                    bytes.append(byte)
                    lineIsEmpty = false
                    continue
                }
                let (scalar, width) = UTF8Scalars.decode(source, at: position)
                let start = position
                position += width
                if scalar.isSpaceLike || scalar == "\u{FEFF}" {
                    if !lineIsEmpty { pendingSpace = true }
                    continue
                }
                if (0x80...0x9F).contains(scalar.value) || scalar == "\u{200B}" { continue }
                emitPending()
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<position]))
                lineIsEmpty = false
            }
        }
    }

    /// Writes the pending break or space before a visible character.
    @inline(__always)
    private mutating func emitPending() {
        if pendingBreak > 0 {
            bytes.append(0x0A)
            if pendingBreak >= 2 { bytes.append(0x0A) }
            pendingBreak = 0
            pendingSpace = false
            lineIsEmpty = true
        }
        if pendingSpace && !lineIsEmpty { bytes.append(0x20) }
        pendingSpace = false
    }
}
