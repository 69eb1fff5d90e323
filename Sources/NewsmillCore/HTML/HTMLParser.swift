import CLibXML2

/// Our HTML parser: UTF-8 bytes in, a `MarkupTree` out, in one pass over the bytes.
///
/// It builds the tree libxml2 2.9's HTML parser builds (the parser this project used before, and
/// the one every extraction figure up to 2026-12-04 was measured with), by the same rules, but reads
/// the bytes directly instead of one decoded character at a time, and writes the flat tree without
/// a SAX layer in between. The rules, from libxml2's `HTMLparser.c`:
///
/// - Element and attribute names are ASCII, lower-cased. A start tag first closes the open elements
///   it implies the end of (`HTMLParserTables.startTagCloses`, from the HTML 4 DTD: `<p>` closes an
///   open `p`, `<li>` an open `li`, ...), then implies `html`, `head` or `body` where missing. A second
///   `html`, a `head` below the root, and a `body` inside `body` are dropped.
/// - An end tag closes the elements above its match, unless one of them ranks higher
///   (`div` 150, `td`/`th` 160, `tr` 170, table sections 180, `table` 190, `head`/`body` 200, `html` 220,
///   anything else 100): then, and when nothing matches, it is ignored.
/// - `<x/>` and void elements (`br`, `img`, ...) have no content; `script` and `style` are raw text up
///   to `</script` or `</style`.
/// - Character references and the HTML 4 named references (only with their `;`) are decoded; an
///   unknown name stays as written. Text directly in `html` or `head`, or before any element, opens
///   an implied `p` (white space alone does not).
/// - Comments, processing instructions and DOCTYPEs leave nothing in the tree; `<` not followed by a
///   name is text.
///
/// Beyond libxml2: numeric references to 0x80–0x9F are read as Windows-1252 (WHATWG HTML 13.2.5.80,
/// "numeric character reference end state"), and nesting is capped at `maximumDepth` (deeper start
/// tags are dropped and their content kept), so hostile nesting costs neither stack nor quadratic time.
/// A document is also given at most `maximumElements` elements, so a page's memory is bounded by that
/// and its text (see `maximumElements`).
/// docs/extraction.md ("Parsing") lists every known difference and how the two are compared.
/// Once the root element is closed (`</html>`) the rest of the input is not read: libxml2's DOM
/// builder kept nothing after it either.
public enum HTMLParser {
    /// Open elements beyond this depth are not created (their text still is).
    public static let maximumDepth = 1_000

    /// Elements beyond this many are not created, so the tree of a huge page is bounded (like
    /// Readability's `maxElemsToParse`, but keeping the text). When a start tag would go beyond it,
    /// the open inline and paragraph elements are closed down to the nearest container (`div`,
    /// `article`, `td`, `body`, ...), one `div` is opened there, and the text that follows goes into
    /// that `div` as one run: start tags are dropped (a block-level one leaves a space), `script` and
    /// `style` content is skipped, and end tags are matched against the dropped start tags first, so
    /// the end tag of a container that was open closes it as usual and the page's later text lands
    /// where it would have. Real pages stay far below the limit: the largest of the 181 benchmark
    /// pages has under 2,000 elements.
    public static let maximumElements = 250_000

    /// How much of the document the tree keeps.
    public enum Detail: Sendable {
        /// Everything (the tree libxml2 builds).
        case complete
        /// What article reading uses: the text of `style` elements and of scripts that are not JSON
        /// (`application/ld+json` metadata is kept) is left out, and so are `data-*`, event handler
        /// (`on*`), `srcset` and `sizes` attributes. None of it reaches an article, and on news pages
        /// it is often half of the bytes.
        case articleReading
    }

    /// Parses HTML bytes (UTF-8) into a tree; nil when the input holds no element and no text.
    public static func parse(_ bytes: [UInt8], detail: Detail = .complete) -> MarkupTree? {
        parse(bytes, detail: detail, elementLimit: maximumElements)
    }

    /// `parse(_:detail:)` with another element budget than `maximumElements` (for tests).
    static func parse(_ bytes: [UInt8], detail: Detail, elementLimit: Int) -> MarkupTree? {
        bytes.withUnsafeBufferPointer { buffer in
            var builder = HTMLTreeConstruction(inputSize: buffer.count, elementLimit: elementLimit)
            var tokenizer = HTMLTokenizer(input: buffer, complete: detail == .complete)
            tokenizer.run(into: &builder)
            return builder.finish()
        }
    }
}

// MARK: - Names

/// Element names as small integers: the known HTML 4 names first (their position in
/// `HTMLParserTables.knownTags`), then every other name in the order first seen in a document.
struct HTMLTagNames {
    /// The tag numbers of the names the tree construction rules mention.
    enum Known {
        static let html = tag("html"), head = tag("head"), body = tag("body"), p = tag("p")
        static let script = tag("script"), style = tag("style"), meta = tag("meta"), link = tag("link")
        static let title = tag("title"), base = tag("base"), noframes = tag("noframes")
        static let frame = tag("frame"), frameset = tag("frameset"), div = tag("div"), br = tag("br")

        private static func tag(_ name: String) -> Int {
            HTMLParserTables.knownTags.firstIndex(of: name)!
        }
    }

    /// Shared, immutable lookup data, built once.
    struct Tables: Sendable {
        let knownIndex: [String: Int]
        let isVoid: [Bool]
        let endPriority: [Int]
        /// `closes[open * count + start]`: a start tag `start` closes an open `open`.
        let closes: [Bool]
        let entities: [String: UInt32]

        init() {
            let names = HTMLParserTables.knownTags
            let count = names.count
            var knownIndex: [String: Int] = [:]
            for (index, name) in names.enumerated() { knownIndex[name] = index }
            var closes = [Bool](repeating: false, count: count * count)
            for pair in HTMLParserTables.startTagCloses {
                closes[knownIndex[pair.open]! * count + knownIndex[pair.start]!] = true
            }
            let priorities: [String: Int] = [
                "div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180, "tfoot": 180,
                "table": 190, "head": 200, "body": 200, "html": 220,
            ]
            self.knownIndex = knownIndex
            self.isVoid = names.map(HTMLParserTables.voidTags.contains)
            self.endPriority = names.map { priorities[$0] ?? 100 }
            self.closes = closes
            var entities: [String: UInt32] = [:]
            for entity in HTMLParserTables.entities { entities[entity.name] = entity.codePoint }
            self.entities = entities
        }
    }

    static let tables = Tables()
    static let knownCount = HTMLParserTables.knownTags.count

    /// Every name seen, the known ones first (so a known name's number is its tag number).
    private var interned = Self.knownNames
    private static let knownNames = InternedNames(foldingCase: true, HTMLParserTables.knownTags)

    /// The tag number of a name (any case).
    mutating func number(of name: UnsafeBufferPointer<UInt8>) -> Int {
        interned.number(of: name)
    }

    func name(_ tag: Int) -> String {
        interned.strings[tag]
    }

    func traits(_ tag: Int) -> HTMLTagTraits {
        interned.traits[tag]
    }

    static func isVoid(_ tag: Int) -> Bool {
        tag < knownCount && tables.isVoid[tag]
    }

    static func endPriority(_ tag: Int) -> Int {
        // A negative number is the overflow `div` past the element budget: it ranks below everything,
        // so the end tag of any element open under it closes it.
        tag < 0 ? 0 : tag < knownCount ? tables.endPriority[tag] : 100
    }

    /// Whether a start tag `start` closes an open element `open`.
    static func startTag(_ start: Int, closes open: Int) -> Bool {
        start < knownCount && open < knownCount && tables.closes[open * knownCount + start]
    }
}

// MARK: - Tree construction

/// The element stack and the tree under construction: libxml2's `htmlAutoClose`,
/// `htmlCheckImplied`, `htmlCheckParagraph` and end-tag rules over a flat `MarkupTree`.
struct HTMLTreeConstruction {
    private(set) var names = HTMLTagNames()
    private var builder: MarkupTreeBuilder
    /// Open elements: (node index, tag number).
    private var open: [(node: Int, tag: Int)] = []
    /// How many open elements have each tag number (so "is it open?" is one lookup).
    private var openCount: [Int] = []
    /// libxml2's `ctxt->html`: 3 once a `head` was opened, 10 once a `body` was.
    private var documentStage = 1
    /// Dropped `html`/`head`/`body` start tags whose end tags are to be ignored (libxml2's `ctxt->depth`).
    private var droppedStructureTags = 0
    /// Start tags dropped beyond `HTMLParser.maximumDepth`, per tag number, whose end tags are ignored.
    private var droppedDeepTags = 0
    /// Set when the root element closes; nothing after it is kept.
    private(set) var rootClosed = false
    /// Elements created so far, and how many may be (`HTMLParser.maximumElements`).
    private var elementCount = 0
    private let elementLimit: Int
    /// Set once `HTMLParser.maximumElements` is reached: from then on no element is created.
    private(set) var structureFrozen = false
    /// Start tags dropped since the structure froze and not yet ended, per tag number.
    private var unendedDroppedTags: [Int] = []
    /// The stack's tag number for the overflow `div`: no end tag has it, so only the end of an element
    /// below it closes it.
    private static let overflowTag = -1
    /// Elements the overflow `div` may be opened in.
    private static let containerNames: Set<String> = [
        "html", "body", "div", "article", "section", "main", "aside", "header", "footer", "nav", "form",
        "blockquote", "center", "td", "th", "li", "dd",
    ]

    /// Reserves room for a typical page's tree (a node per 16 bytes of input, at most what the element
    /// budget allows, and text up to half the input).
    init(inputSize: Int, elementLimit: Int) {
        self.elementLimit = elementLimit
        let budgetNodes = elementLimit > Int.max / 4 ? Int.max : 2 * elementLimit + 2
        builder = MarkupTreeBuilder(nodeCount: min(inputSize / 16, budgetNodes), textBytes: inputSize / 2)
    }

    /// The tag number of the current (innermost open) element, or nil.
    var currentTag: Int? { open.last?.tag }

    /// Whether the current element is a `script` whose `type` names JSON (`application/ld+json`).
    var currentElementIsJSONScript: Bool {
        guard let current = open.last, current.tag == HTMLTagNames.Known.script,
            let type = builder.nodes[current.node].attribute("type")
        else { return false }
        return type.lowercased().containsBytes("json")
    }

    mutating func tagNumber(of name: UnsafeBufferPointer<UInt8>) -> Int {
        names.number(of: name)
    }

    private mutating func isOpen(_ tag: Int) -> Bool {
        tag < openCount.count && openCount[tag] > 0
    }

    /// Opens an element; one that is not `matchedByEndTags` (the overflow `div`) is closed only by
    /// the end of an element below it.
    private mutating func push(_ tag: Int, attributes: [(name: String, value: String)], matchedByEndTags: Bool = true) {
        if tag == HTMLTagNames.Known.head, documentStage < 3 { documentStage = 3 }
        if tag == HTMLTagNames.Known.body, documentStage < 10 { documentStage = 10 }
        let index = builder.append(MarkupTree.Node(
            kind: .element, name: names.name(tag), namespaceURI: nil, attributes: attributes, text: "",
            parent: open.last?.node ?? -1, firstChild: -1, nextSibling: -1, depth: open.count,
            traits: names.traits(tag)
        ))
        elementCount += 1
        guard matchedByEndTags else {
            open.append((index, Self.overflowTag))
            return
        }
        open.append((index, tag))
        if tag >= openCount.count { openCount.append(contentsOf: repeatElement(0, count: tag + 1 - openCount.count)) }
        openCount[tag] += 1
    }

    /// Closes the current element.
    private mutating func pop() {
        guard let last = open.popLast() else { return }
        if last.tag != Self.overflowTag { openCount[last.tag] -= 1 }
        if open.isEmpty { rootClosed = true }
    }

    /// libxml2's `htmlAutoClose`: closes the open elements a start tag `tag` implies the end of.
    mutating func closeElementsEnded(byStartTag tag: Int) {
        // Past the element budget start tags are dropped, and close nothing.
        if structureFrozen { return }
        while let current = open.last, HTMLTagNames.startTag(tag, closes: current.tag) {
            pop()
            if rootClosed { return }
        }
    }

    /// libxml2's `htmlCheckImplied`: opens the `html`, `head` or `body` a start tag `tag` needs.
    private mutating func openImpliedElements(for tag: Int) {
        typealias Known = HTMLTagNames.Known
        if tag == Known.html { return }
        if open.isEmpty { push(Known.html, attributes: []) }
        if tag == Known.body || tag == Known.head { return }
        if open.count <= 1,
            tag == Known.script || tag == Known.style || tag == Known.meta || tag == Known.link
                || tag == Known.title || tag == Known.base
        {
            if documentStage >= 3 { return }
            push(Known.head, attributes: [])
        } else if tag != Known.noframes && tag != Known.frame && tag != Known.frameset {
            if documentStage >= 10 { return }
            if isOpen(Known.body) || isOpen(Known.head) { return }
            push(Known.body, attributes: [])
        }
    }

    /// What became of a start tag.
    enum StartTagOutcome {
        /// The element was opened.
        case opened
        /// A misplaced `html`, `head` or `body`, dropped (as libxml2 does).
        case droppedStructure
        /// Dropped for being deeper than `HTMLParser.maximumDepth`.
        case droppedDepth
        /// Dropped because the document already has `HTMLParser.maximumElements` elements.
        case droppedBudget
    }

    /// A start tag.
    mutating func startTag(_ tag: Int, attributes: [(name: String, value: String)]) -> StartTagOutcome {
        typealias Known = HTMLTagNames.Known
        if !structureFrozen, elementCount >= elementLimit { freezeStructure() }
        if structureFrozen {
            if tag == Known.br || !names.traits(tag).isDisjoint(with: [.paragraph, .line, .cell]) {
                (" " as StaticString).withUTF8Buffer { appendText($0) }
            }
            return .droppedBudget
        }
        closeElementsEnded(byStartTag: tag)
        if rootClosed { return .droppedStructure }
        openImpliedElements(for: tag)
        var dropped = false
        if tag == Known.html, !open.isEmpty {
            dropped = true
            droppedStructureTags += 1
        }
        if tag == Known.head, open.count != 1 {
            dropped = true
            droppedStructureTags += 1
        }
        if tag == Known.body {
            // libxml2 counts one dropped tag per open `body`.
            for element in open where element.tag == Known.body {
                dropped = true
                droppedStructureTags += 1
            }
        }
        if dropped { return .droppedStructure }
        if open.count >= HTMLParser.maximumDepth {
            droppedDeepTags += 1
            return .droppedDepth
        }
        push(tag, attributes: attributes)
        return .opened
    }

    /// Closes the open elements down to the nearest container and opens the `div` that takes the rest
    /// of the document's text (see `HTMLParser.maximumElements`).
    private mutating func freezeStructure() {
        while open.count > 1, let current = open.last, !Self.containerNames.contains(names.name(current.tag)) { pop() }
        if open.isEmpty { push(HTMLTagNames.Known.html, attributes: []) }
        push(HTMLTagNames.Known.div, attributes: [], matchedByEndTags: false)
        structureFrozen = true
    }

    /// The end of a start tag: `<x/>` closes the current element (after a dropped `body`, the element
    /// it was in, as in libxml2); so does `>` after a void element.
    mutating func startTagEnded(_ tag: Int, selfClosing: Bool, outcome: StartTagOutcome) {
        if outcome == .droppedBudget, !selfClosing, !HTMLTagNames.isVoid(tag) {
            if tag >= unendedDroppedTags.count { unendedDroppedTags.append(contentsOf: repeatElement(0, count: tag + 1 - unendedDroppedTags.count)) }
            unendedDroppedTags[tag] += 1
        }
        guard let current = open.last, outcome != .droppedDepth, outcome != .droppedBudget else { return }
        if selfClosing || (outcome == .opened && HTMLTagNames.isVoid(current.tag)) { pop() }
    }

    /// An end tag (libxml2's `htmlParseEndTag` and `htmlAutoCloseOnClose`).
    mutating func endTag(_ tag: Int) {
        typealias Known = HTMLTagNames.Known
        if structureFrozen, tag < unendedDroppedTags.count, unendedDroppedTags[tag] > 0 {
            unendedDroppedTags[tag] -= 1
            return
        }
        if droppedStructureTags > 0, tag == Known.html || tag == Known.body || tag == Known.head {
            droppedStructureTags -= 1
            return
        }
        // An end tag while start tags are being dropped for depth ends one of those.
        if droppedDeepTags > 0 {
            droppedDeepTags -= 1
            return
        }
        guard isOpen(tag) else { return }
        let priority = HTMLTagNames.endPriority(tag)
        var position = open.count - 1
        while position >= 0, open[position].tag != tag {
            if HTMLTagNames.endPriority(open[position].tag) > priority { return }
            position -= 1
        }
        while open.count > position { pop() }
    }

    /// libxml2's `htmlCheckParagraph`: text directly in `html` or `head`, or outside every element,
    /// goes into an implied `p`.
    private mutating func openImpliedParagraphIfNeeded() {
        typealias Known = HTMLTagNames.Known
        if let current = open.last?.tag, current != Known.html, current != Known.head { return }
        closeElementsEnded(byStartTag: Known.p)
        if rootClosed { return }
        openImpliedElements(for: Known.p)
        push(Known.p, attributes: [])
    }

    /// Character data from the document (not a reference, not raw text). Text that is only white
    /// space goes where it is without implying a paragraph (libxml2's `areBlanks`, with blanks kept);
    /// white space just before a reference counts as text, as in libxml2.
    mutating func characterData(_ bytes: UnsafeBufferPointer<UInt8>, beforeReference: Bool) {
        if beforeReference || !isWhitespace(bytes) { openImpliedParagraphIfNeeded() }
        appendText(bytes)
    }

    /// Text from a character reference (or an unknown one, kept as written).
    mutating func referenceText(_ bytes: UnsafeBufferPointer<UInt8>) {
        openImpliedParagraphIfNeeded()
        appendText(bytes)
    }

    /// Text added as is: raw `script`/`style` content and a `<` that starts no tag.
    mutating func rawText(_ bytes: UnsafeBufferPointer<UInt8>) {
        appendText(bytes)
    }

    private func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where !(byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) { return false }
        return true
    }

    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !rootClosed, let parent = open.last?.node else { return }
        builder.appendText(bytes, parent: parent, depth: open.count)
    }

    /// The tree, or nil when nothing was built.
    mutating func finish() -> MarkupTree? {
        builder.finish()
    }
}

// MARK: - Tokenizer

/// Reads the bytes and drives `HTMLTreeConstruction` (libxml2's `htmlParseContentInternal` loop).
struct HTMLTokenizer {
    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Reused buffer for text that needs rewriting (decoded references, dropped control characters).
    private var scratch: [UInt8] = []
    /// The attribute names seen so far.
    private var attributeNames = InternedNames(foldingCase: true)
    /// For each attribute name (by number): whether no article reader uses it.
    private var unreadAttributes: [Bool] = []
    /// Per attribute name number, the number of the last start tag that had it (so a repeated
    /// attribute is found in constant time, even in a tag with 100,000 attributes).
    private var attributeLastTag: [Int] = []
    /// Start tags read so far.
    private var startTagsRead = 0
    /// The current start tag's attributes, in a buffer reused from tag to tag.
    private var attributeScratch: [(name: String, value: String)] = []

    /// Whether everything is kept (`HTMLParser.Detail.complete`).
    private let complete: Bool

    init(input: UnsafeBufferPointer<UInt8>, complete: Bool) {
        self.input = input
        self.complete = complete
        // A UTF-8 byte order mark is not content.
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { position = 3 }
    }

    private static let lessThan = UInt8(ascii: "<"), ampersand = UInt8(ascii: "&"), slash = UInt8(ascii: "/")
    private static let greaterThan = UInt8(ascii: ">"), bang = UInt8(ascii: "!"), question = UInt8(ascii: "?")
    private static let hyphen = UInt8(ascii: "-"), equals = UInt8(ascii: "="), semicolon = UInt8(ascii: ";")
    private static let hash = UInt8(ascii: "#"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")

    private func byte(at index: Int) -> UInt8 {
        index < input.count ? input[index] : 0
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// A byte that may continue an HTML tag or attribute name (libxml2's `htmlParseHTMLName`).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    mutating func run(into tree: inout HTMLTreeConstruction) {
        let end = input.count
        skipProlog()
        while position < end, !tree.rootClosed {
            let current = input[position]
            if current == Self.lessThan, byte(at: position + 1) == Self.slash {
                endTag(into: &tree)
                continue
            }
            if let tag = tree.currentTag, tag == HTMLTagNames.Known.script || tag == HTMLTagNames.Known.style {
                // A start tag right at the beginning of the raw text may still close the element
                // (`<style><body>`, `<script><noscript>`): libxml2 looks ahead before reading raw text.
                if current == Self.lessThan, let next = knownTagAhead(), HTMLTagNames.startTag(next, closes: tag) {
                    tree.closeElementsEnded(byStartTag: next)
                    continue
                }
                rawText(closedBy: tag, into: &tree)
                continue
            }
            // A DOCTYPE is skipped, and whatever follows it is read as if no `</` could start there
            // (libxml2 reads it on in the same pass of its loop, so `</x>` right after it is text).
            var afterDoctype = false
            if current == Self.lessThan, byte(at: position + 1) == Self.bang, hasDoctype(at: position + 2) {
                skipPast(Self.greaterThan, from: position + 9)
                if position >= end { break }
                afterDoctype = true
            }
            let next = byte(at: position + 1)
            switch input[position] {
            case Self.lessThan where next == Self.bang && byte(at: position + 2) == Self.hyphen && byte(at: position + 3) == Self.hyphen:
                skipComment()
            case Self.lessThan where next == Self.question:
                skipProcessingInstruction()
            case Self.lessThan where Self.isASCIILetter(next):
                startTag(into: &tree, afterDoctype: afterDoctype)
            case Self.lessThan:
                tree.rawText(UnsafeBufferPointer(rebasing: input[position..<(position + 1)]))
                position += 1
            case Self.ampersand:
                reference(into: &tree)
            default:
                characterData(into: &tree)
            }
        }
    }

    // MARK: Markup

    /// The known tag number of the start tag at `position` (`<` then a name), without moving.
    private func knownTagAhead() -> Int? {
        var index = position + 1
        guard index < input.count, Self.isASCIILetter(input[index]) else { return nil }
        var name: [UInt8] = []
        while index < input.count, index - position <= 100, Self.isNameByte(input[index]), input[index] != 0x2E {
            name.append(input[index] >= 0x41 && input[index] <= 0x5A ? input[index] | 0x20 : input[index])
            index += 1
        }
        return HTMLTagNames.tables.knownIndex[String(decoding: name, as: UTF8.self)]
    }

    /// Blanks, comments and processing instructions, one DOCTYPE, then blanks, comments and
    /// processing instructions again, before the content (libxml2's `htmlParseDocument`).
    private mutating func skipProlog() {
        func skipCommentsAndInstructions() {
            skipBlanks()
            while byte(at: position) == Self.lessThan {
                if byte(at: position + 1) == Self.bang, byte(at: position + 2) == Self.hyphen, byte(at: position + 3) == Self.hyphen {
                    skipComment()
                } else if byte(at: position + 1) == Self.question {
                    skipProcessingInstruction()
                } else {
                    break
                }
                skipBlanks()
            }
        }
        skipCommentsAndInstructions()
        if byte(at: position) == Self.lessThan, byte(at: position + 1) == Self.bang, hasDoctype(at: position + 2) {
            skipPast(Self.greaterThan, from: position + 9)
        }
        skipCommentsAndInstructions()
    }

    private func hasDoctype(at index: Int) -> Bool {
        let word: [UInt8] = Array("DOCTYPE".utf8)
        guard index + word.count <= input.count else { return false }
        for offset in 0..<word.count where input[index + offset] & 0xDF != word[offset] { return false }
        return true
    }

    /// Moves past the next `byte` at or after `index` (or to the end).
    private mutating func skipPast(_ byte: UInt8, from index: Int) {
        var index = min(index, input.count)
        while index < input.count, input[index] != byte { index += 1 }
        position = min(index + 1, input.count)
    }

    /// `<!-- ... -->` (also closed by `--!>`); an unclosed comment runs to the end of the input.
    private mutating func skipComment() {
        var index = position + 4
        let end = input.count
        while index + 2 < end {
            if input[index] == Self.hyphen, input[index + 1] == Self.hyphen {
                if input[index + 2] == Self.greaterThan {
                    position = index + 3
                    return
                }
                if input[index + 2] == Self.bang, index + 3 < end, input[index + 3] == Self.greaterThan {
                    position = index + 4
                    return
                }
            }
            index += 1
        }
        position = end
    }

    /// `<?target ...>`; without a target name only `<?` is skipped (the rest is text), as in libxml2.
    private mutating func skipProcessingInstruction() {
        let nameStart = position + 2
        guard nameStart < input.count, Self.isEntityNameStart(input[nameStart]) else {
            position = nameStart
            return
        }
        // A non-ASCII target must start with an XML 1.0 letter (Appendix B: BaseChar or Ideographic,
        // libxml2's own tables, as its HTML parser uses them; found by the differential fuzzer:
        // U+02D9 and U+02C7, spacing modifiers, start none).
        if input[nameStart] >= 0x80, !Self.isXMLLetter(UTF8Scalars.decode(input, at: nameStart).0) {
            position = nameStart
            return
        }
        // An ASCII target name that runs to the end of the input is not read as one by libxml2's
        // `htmlParseName` either (its ASCII fast path gives up there; a name that goes on into non-ASCII
        // letters is read by its general path, which accepts the end of the input).
        var nameEnd = nameStart
        while nameEnd < input.count, input[nameEnd] < 0x80, Self.isNameByte(input[nameEnd]) { nameEnd += 1 }
        guard nameEnd < input.count else {
            position = nameStart
            return
        }
        skipPast(Self.greaterThan, from: nameStart)
    }

    /// Reads a tag or attribute name starting at `position`, at most 100 bytes; nil when the first
    /// byte cannot start one.
    private mutating func name() -> UnsafeBufferPointer<UInt8>? {
        let start = position
        let first = byte(at: start)
        guard Self.isASCIILetter(first) || first == 0x5F || first == 0x3A || first == 0x2E else { return nil }
        var index = start
        while index < input.count, index - start < 100, Self.isNameByte(input[index]) { index += 1 }
        position = index
        return UnsafeBufferPointer(rebasing: input[start..<index])
    }

    private mutating func skipBlanks() {
        while position < input.count, Self.isBlank(input[position]) { position += 1 }
    }

    private mutating func startTag(into tree: inout HTMLTreeConstruction, afterDoctype: Bool) {
        position += 1
        guard let elementName = name() else { return }
        // libxml2 looks the name up without its dots first, and closes what that name would close
        // (except right after a DOCTYPE, where it skips that look-ahead).
        if !afterDoctype, let dot = elementName.firstIndex(of: 0x2E) {
            let prefix = UnsafeBufferPointer(rebasing: elementName[..<dot])
            let prefixTag = tree.tagNumber(of: prefix)
            if prefixTag < HTMLTagNames.knownCount { tree.closeElementsEnded(byStartTag: prefixTag) }
        }
        let tag = tree.tagNumber(of: elementName)
        attributeScratch.removeAll(keepingCapacity: true)
        startTagsRead += 1
        skipBlanks()
        let end = input.count
        while position < end, input[position] != Self.greaterThan,
            !(input[position] == Self.slash && byte(at: position + 1) == Self.greaterThan)
        {
            if let attributeName = name() {
                let number = attributeNames.number(of: attributeName)
                if number == unreadAttributes.count {
                    unreadAttributes.append(Self.isUnreadAttribute(attributeNames.strings[number]))
                    attributeLastTag.append(0)
                }
                let kept = complete || !unreadAttributes[number]
                skipBlanks()
                var value = ""
                if byte(at: position) == Self.equals {
                    position += 1
                    skipBlanks()
                    if kept { value = attributeValue() } else { skipAttributeValue() }
                }
                // The first of two same-named attributes wins (libxml2 drops the redefinition).
                if kept, attributeLastTag[number] != startTagsRead {
                    attributeLastTag[number] = startTagsRead
                    attributeScratch.append((attributeNames.strings[number], value))
                }
            } else {
                // Not a name: skip the bogus attribute up to a blank or the end of the tag.
                while position < end, !Self.isBlank(input[position]), input[position] != Self.greaterThan,
                    !(input[position] == Self.slash && byte(at: position + 1) == Self.greaterThan)
                {
                    position += 1
                }
            }
            skipBlanks()
        }
        var selfClosing = false
        if position < end {
            if input[position] == Self.slash {
                selfClosing = true
                position += 2
            } else {
                position += 1
            }
        }
        // Copied out of the reused buffer at their final size (one allocation, none while growing).
        let outcome = tree.startTag(tag, attributes: attributeScratch.isEmpty ? [] : Array(attributeScratch))
        tree.startTagEnded(tag, selfClosing: selfClosing && position <= end, outcome: outcome)
        // Past the element budget a `script` or `style` is not opened, but its content is still raw
        // text, and none of it belongs in the text that is kept.
        if outcome == .droppedBudget, !selfClosing, tag == HTMLTagNames.Known.script || tag == HTMLTagNames.Known.style {
            rawText(closedBy: tag, into: &tree, keep: false)
        }
    }

    private mutating func endTag(into tree: inout HTMLTreeConstruction) {
        position += 2
        guard let elementName = name() else { return }
        skipBlanks()
        if byte(at: position) != Self.greaterThan {
            while position < input.count, input[position] != Self.greaterThan { position += 1 }
        }
        if position < input.count { position += 1 }
        tree.endTag(tree.tagNumber(of: elementName))
    }

    /// Attributes no article reader looks at (see `HTMLParser.Detail.articleReading`).
    private static func isUnreadAttribute(_ name: String) -> Bool {
        name.hasPrefix("data-") || (name.hasPrefix("on") && name.utf8.count > 2) || name == "srcset" || name == "sizes"
    }

    /// Moves past an attribute value without reading it.
    private mutating func skipAttributeValue() {
        let end = input.count
        let quote = byte(at: position)
        if quote == Self.doubleQuote || quote == Self.singleQuote {
            var stop = position + 1
            while stop < end, input[stop] != quote { stop += 1 }
            position = min(stop + 1, end)
        } else {
            while position < end, !Self.isBlank(input[position]), input[position] != Self.greaterThan { position += 1 }
        }
    }

    /// An attribute value: quoted (may hold `>` and line breaks) or up to a blank or `>`; references decoded.
    private mutating func attributeValue() -> String {
        let end = input.count
        let quote = byte(at: position)
        let start: Int
        var stop: Int
        if quote == Self.doubleQuote || quote == Self.singleQuote {
            start = position + 1
            stop = start
            while stop < end, input[stop] != quote { stop += 1 }
            position = min(stop + 1, end)
        } else {
            start = position
            stop = start
            while stop < end, !Self.isBlank(input[stop]), input[stop] != Self.greaterThan { stop += 1 }
            position = stop
        }
        var hasReference = false
        for index in start..<stop where input[index] == Self.ampersand {
            hasReference = true
            break
        }
        guard hasReference else { return String(decoding: UnsafeBufferPointer(rebasing: input[start..<stop]), as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        var index = start
        while index < stop {
            if input[index] == Self.ampersand {
                let before = scratch.count
                let isNumeric = index + 1 < stop && input[index + 1] == Self.hash
                index = decodeReference(at: index, limit: stop, into: &scratch)
                // libxml2 writes a numeric reference to no valid character as a NUL, which ends its
                // C string: the value stops there.
                if isNumeric, scratch.count == before { break }
            } else {
                scratch.append(input[index])
                index += 1
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    // MARK: Text

    /// `script` or `style` content, up to `</` followed by the element's name (any case); added to the
    /// tree when the detail asks for it and `keep` is true.
    private mutating func rawText(closedBy tag: Int, into tree: inout HTMLTreeConstruction, keep: Bool = true) {
        let closing: StaticString = tag == HTMLTagNames.Known.script ? "script" : "style"
        let end = input.count
        var index = position
        var hasControl = false
        scan: while true {
            index = firstSpecialByte(from: index, stopAtAmpersand: false)
            guard index < end else { break }
            if input[index] != Self.lessThan {
                hasControl = true
                index += 1
                continue
            }
            if index + 1 < end, input[index + 1] == Self.slash, index + 2 + closing.utf8CodeUnitCount <= end {
                var matched = true
                for offset in 0..<closing.utf8CodeUnitCount where input[index + 2 + offset] | 0x20 != closing.utf8Start[offset] {
                    matched = false
                    break
                }
                if matched { break scan }
            }
            index += 1
        }
        if keep, complete || tree.currentElementIsJSONScript {
            appendText(position..<index, hasControl: hasControl) { tree.rawText($0) }
        }
        position = index
    }

    /// The index of the first `<` (or `&` when `stopAtAmpersand`) or control character other than
    /// tab, line feed and carriage return at or after `start`; the end of the input when there is none.
    /// Sixteen bytes are tested at a time.
    @inline(__always)
    private func firstSpecialByte(from start: Int, stopAtAmpersand: Bool) -> Int {
        let end = input.count
        guard let base = input.baseAddress else { return end }
        var index = start
        let lessThan = SIMD16<UInt8>(repeating: Self.lessThan)
        let ampersand = SIMD16<UInt8>(repeating: stopAtAmpersand ? Self.ampersand : Self.lessThan)
        let space = SIMD16<UInt8>(repeating: 0x20), tab = SIMD16<UInt8>(repeating: 0x09)
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A), carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
        let raw = UnsafeRawPointer(base)
        while index + 16 <= end {
            let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let control = (bytes .< space) .& (bytes .!= tab) .& (bytes .!= lineFeed) .& (bytes .!= carriageReturn)
            if any((bytes .== lessThan) .| (bytes .== ampersand) .| control) { break }
            index += 16
        }
        while index < end {
            let byte = base[index]
            if byte == Self.lessThan || (stopAtAmpersand && byte == Self.ampersand)
                || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
            {
                return index
            }
            index += 1
        }
        return end
    }

    /// Hands `range` of the input to `body`, without the control characters XML does not allow
    /// (`hasControl`: whether there are any).
    private mutating func appendText(_ range: Range<Int>, hasControl: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard hasControl else {
            body(UnsafeBufferPointer(rebasing: input[range]))
            return
        }
        scratch.removeAll(keepingCapacity: true)
        for byte in input[range] where byte >= 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { scratch.append(byte) }
        scratch.withUnsafeBufferPointer(body)
    }

    /// Text up to the next `<` or `&`, without the control characters XML does not allow.
    private mutating func characterData(into tree: inout HTMLTreeConstruction) {
        let end = input.count
        var index = position
        var hasControl = false
        while true {
            index = firstSpecialByte(from: index, stopAtAmpersand: true)
            guard index < end, input[index] != Self.lessThan, input[index] != Self.ampersand else { break }
            hasControl = true
            index += 1
        }
        let beforeReference = index < end && input[index] == Self.ampersand
        appendText(position..<index, hasControl: hasControl) { tree.characterData($0, beforeReference: beforeReference) }
        position = index
    }

    /// A reference in text: `&#...;`, `&name;`, or a lone `&`.
    private mutating func reference(into tree: inout HTMLTreeConstruction) {
        scratch.removeAll(keepingCapacity: true)
        let isNumeric = byte(at: position + 1) == Self.hash
        position = decodeReference(at: position, limit: input.count, into: &scratch)
        // A numeric reference to no valid character leaves nothing (libxml2's `htmlParseReference`).
        if isNumeric, scratch.isEmpty { return }
        scratch.withUnsafeBufferPointer { tree.referenceText($0) }
    }

    /// XML 1.0's `Letter` production (BaseChar or Ideographic), from libxml2's character tables.
    private static func isXMLLetter(_ scalar: Unicode.Scalar) -> Bool {
        xmlIsBaseChar(scalar.value) != 0 || xmlIsIdeographic(scalar.value) != 0
    }

    /// A byte that may start a reference name (XML's `Name`, with any non-ASCII byte allowed).
    private static func isEntityNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    /// Decodes the reference at `index` (an `&`) into `output` and returns the index after it.
    /// Known names need their `;`; an unknown or unterminated name is copied as written (its `;`, if
    /// any, is left for the caller as ordinary text), as libxml2 does.
    private func decodeReference(at index: Int, limit: Int, into output: inout [UInt8]) -> Int {
        var cursor = index + 1
        if cursor < limit, input[cursor] == Self.hash {
            cursor += 1
            var value: UInt32 = 0
            let hex = cursor < limit && (input[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            while cursor < limit, input[cursor] != Self.semicolon {
                let digit = input[cursor]
                let number: UInt32
                if digit >= 0x30 && digit <= 0x39 {
                    number = UInt32(digit - 0x30)
                } else if hex, (digit | 0x20) >= 0x61 && (digit | 0x20) <= 0x66 {
                    number = UInt32((digit | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if value < 0x110000 { value = value * (hex ? 16 : 10) + number }
                cursor += 1
            }
            if cursor < limit, input[cursor] == Self.semicolon { cursor += 1 }
            if let scalar = Self.characterReferenceScalar(value) { UTF8Scalars.append(scalar, to: &output) }
            return cursor
        }
        guard cursor < limit, Self.isEntityNameStart(input[cursor]) else {
            output.append(Self.ampersand)
            return cursor
        }
        let nameStart = cursor
        while cursor < limit, Self.isNameByte(input[cursor]) || input[cursor] >= 0x80 { cursor += 1 }
        if cursor < limit, input[cursor] == Self.semicolon {
            let name = String(decoding: UnsafeBufferPointer(rebasing: input[nameStart..<cursor]), as: UTF8.self)
            if let codePoint = HTMLTagNames.tables.entities[name] {
                UTF8Scalars.append(codePoint, to: &output)
                return cursor + 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<cursor]))
        return cursor
    }

    /// Windows-1252's characters for 0x80–0x9F, which pages mean when they write `&#150;`.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The character a numeric reference stands for, or nil when XML allows no such character.
    private static func characterReferenceScalar(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x80...0x9F: return windows1252[Int(value - 0x80)]
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return value
        default: return nil
        }
    }
}
