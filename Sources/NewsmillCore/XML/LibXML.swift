import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thin, safe layer over libxml2's HTML and XML parsers.
///
/// Pages are parsed by our own `HTMLParser`, which builds the same trees several times faster;
/// libxml2's HTML parser stays here as the reference it is tested against (`HTMLParserTests`), read
/// through libxml2's SAX interface straight into a `MarkupTree` (`HTMLTreeBuilder`). XML parses own their `xmlDoc` for the duration of one call, copy it into a `MarkupTree` and free
/// it before returning. Either way no libxml2 pointer escapes.
/// Parsing never loads external DTDs or substitutes entities (no `XML_PARSE_NOENT`,
/// `XML_PARSE_DTDLOAD`), never touches the network (`*_PARSE_NONET`), keeps libxml2's default
/// size limits (no `XML_PARSE_HUGE`) and reports nothing on stderr (`*_PARSE_NOERROR`/`NOWARNING`).
public enum LibXML {
    /// The result of parsing XML: the tree (when anything could be recovered) and diagnostics.
    public struct XMLParseResult: Sendable {
        /// The recovered tree, or nil when libxml2 produced no root element.
        public var tree: MarkupTree?
        /// Whether the input was well-formed XML (false when libxml2 had to recover).
        public var wellFormed: Bool
        /// libxml2's first error message, trimmed, when there was one.
        public var errorMessage: String?
    }

    /// Thread-safe one-time initialisation of libxml2's global state (required before parsing
    /// from several threads at once; a `static let` initialiser runs exactly once, atomically).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML bytes (already UTF-8; a stale `<meta charset>` is ignored) into a tree with
    /// lower-case element names with libxml2's HTML parser: the reference `HTMLParser` is checked
    /// against. Returns nil when libxml2 produced no root element.
    ///
    /// NUL bytes are removed first: libxml2 2.9 takes a NUL in character data for the end of the
    /// input and would drop the rest of the page, while HTML's tree builder ignores them
    /// (WHATWG HTML, 13.2.6.4.7 "in body": a U+0000 character token is a parse error; ignore it).
    public static func parseHTML(_ bytes: [UInt8]) -> MarkupTree? {
        _ = initialized
        let hasNUL = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        let bytes = hasNUL ? bytes.filter { $0 != 0 } : bytes
        guard !bytes.isEmpty else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        )
        let builder = HTMLTreeBuilder()
        // The parser (and its copies of the input) is freed before the tree's strings are made.
        guard parseHTML(bytes, options: options, into: builder) else { return nil }
        return builder.finish()
    }

    /// Runs libxml2's HTML parser over `bytes`, reporting to `builder`; false when libxml2 could not
    /// create a parser.
    private static func parseHTML(_ bytes: [UInt8], options: Int32, into builder: HTMLTreeBuilder) -> Bool {
        guard let context = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(context) }
        // The tree is built from SAX events straight into `MarkupTree`'s flat arrays: libxml2
        // builds no DOM of its own (no node, property and text allocations). libxml2 passes the parser
        // context to every callback; `_private` is reserved for the caller ("libxml won't touch it").
        HTMLTreeBuilder.install(in: context)
        context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                // Returns the DOM, which is nil: there is no startDocument handler to create one.
                let document = htmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
                if let document { xmlFreeDoc(document) }
            }
        }
        withExtendedLifetime(builder) {}
        return true
    }

    /// Parses XML bytes (already UTF-8; the XML declaration's encoding is ignored), recovering
    /// from errors. Entities are not substituted, so entity-expansion bombs stay small.
    public static func parseXML(_ bytes: [UInt8]) -> XMLParseResult {
        _ = initialized
        guard !bytes.isEmpty else { return XMLParseResult(tree: nil, wellFormed: false, errorMessage: "empty document") }
        guard let context = xmlNewParserCtxt() else {
            return XMLParseResult(tree: nil, wellFormed: false, errorMessage: "cannot create parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        )
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        let wellFormed = context.pointee.wellFormed != 0
        var message: String?
        if let error = xmlCtxtGetLastError(context), let text = error.pointee.message {
            message = String(cString: text).trimmingWhitespace()
        }
        guard let document else {
            return XMLParseResult(tree: nil, wellFormed: false, errorMessage: message ?? "no document")
        }
        defer { xmlFreeDoc(document) }
        let tree = importTree(document, lowercaseNames: false)
        return XMLParseResult(tree: tree, wellFormed: wellFormed, errorMessage: message)
    }

    /// The code point of an HTML 4 named character entity ("eacute" -> 233), from libxml2's table.
    public static func htmlEntityCodePoint(_ name: String) -> UInt32? {
        guard let entity = htmlEntityLookup(name) else { return nil }
        return entity.pointee.value
    }

    /// Rewrites HTML named entities that XML does not define (`&eacute;`, `&nbsp;`) as numeric
    /// character references, as real-world feeds use them without declaring them. The five XML
    /// entities and any name libxml2 does not know as HTML (a DTD's own entities) are left alone.
    public static func numericHTMLEntities(in bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
        let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            // A name of ASCII letters and digits (at most 10) followed by ';'.
            var end = index + 1
            while end < bytes.count, end - index <= 10,
                (0x30...0x39).contains(bytes[end]) || (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end])
            {
                end += 1
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 {
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if !xmlEntities.contains(name), let codePoint = htmlEntityCodePoint(name) {
                    output.append(contentsOf: Array("&#\(codePoint);".utf8))
                    index = end + 1
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// Copies the element and text nodes under the document's root element into a `MarkupTree`,
    /// iteratively (deeply nested input must not overflow the stack). Entity references are not
    /// followed: their children are the entity's declaration, and following them would expand it.
    ///
    /// Element and attribute names are converted to `String` once per distinct name pointer: libxml2
    /// interns names in the parser's dictionary, and every pointer stays valid (and names the same
    /// bytes) until the document is freed, so the cache cannot confuse two names.
    private static func importTree(_ document: xmlDocPtr, lowercaseNames: Bool) -> MarkupTree? {
        guard let rootElement = xmlDocGetRootElement(document) else { return nil }
        var names = NameCache(lowercase: lowercaseNames)
        var builder = MarkupTreeBuilder()
        // Stack of (libxml node, parent index in the tree, depth), processed in pre-order.
        var stack: [(UnsafeMutablePointer<xmlNode>, Int, Int)] = [(rootElement, -1, 0)]
        while let (pointer, parent, depth) = stack.popLast() {
            let node = pointer.pointee
            var newNode: MarkupTree.Node
            switch node.type {
            case XML_ELEMENT_NODE:
                let (name, traits) = names.element(node.name)
                newNode = MarkupTree.Node(
                    kind: .element, name: name, namespaceURI: node.ns?.pointee.href.map { String(cString: $0) },
                    attributes: attributes(of: pointer, names: &names), text: "", parent: parent,
                    firstChild: -1, nextSibling: -1, depth: depth, traits: traits
                )
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.content else { continue }
                newNode = MarkupTree.Node(
                    kind: .text, name: "", namespaceURI: nil, attributes: [], text: String(cString: content),
                    parent: parent, firstChild: -1, nextSibling: -1, depth: depth
                )
            default:
                continue
            }
            let isElement = newNode.kind == .element
            let index = builder.append(newNode)
            if isElement {
                // Children pushed last-first, so they pop in document order.
                var child = node.last
                while let current = child {
                    stack.append((current, index, depth + 1))
                    child = current.pointee.prev
                }
            }
        }
        return builder.finish()
    }

    /// Element and attribute names already converted, keyed by libxml2's (interned) name pointer.
    fileprivate struct NameCache {
        let lowercase: Bool
        var strings: [UnsafePointer<xmlChar>: (String, HTMLTagTraits)] = [:]

        init(lowercase: Bool) {
            self.lowercase = lowercase
        }

        /// The name at `pointer`.
        mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
            element(pointer).name
        }

        /// The name at `pointer` and its HTML traits.
        mutating func element(_ pointer: UnsafePointer<xmlChar>?) -> (name: String, traits: HTMLTagTraits) {
            guard let pointer else { return ("", []) }
            if let known = strings[pointer] { return known }
            var name = String(cString: pointer)
            if lowercase { name = name.lowercased() }
            let entry = (name, HTMLTagTraits(name: name))
            strings[pointer] = entry
            return entry
        }
    }

    /// The attributes of an element as (local name, value) pairs; namespaced attributes keep
    /// their prefix (`xml:lang`, `rdf:about`) so callers can tell them apart.
    private static func attributes(of element: UnsafeMutablePointer<xmlNode>, names: inout NameCache) -> [(name: String, value: String)] {
        var attribute = element.pointee.properties
        guard attribute != nil else { return [] }
        var result: [(name: String, value: String)] = []
        while let current = attribute {
            var name = names.name(current.pointee.name)
            if let prefix = current.pointee.ns?.pointee.prefix {
                name = names.name(prefix) + ":" + name
            }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content {
                    if value.isEmpty { value = String(cString: content) } else { value += String(cString: content) }
                }
                child = text.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}

/// Builds a `MarkupTree` from libxml2's HTML SAX events (start tag, end tag, character data).
///
/// libxml2's HTML parser does all of HTML's error recovery (implied and auto-closed elements) on
/// its own element stack and reports the result as balanced start/end events, so the tree built
/// here is the one libxml2's DOM builder would make. Text arrives in chunks and is gathered in one
/// byte arena; adjacent chunks in the same parent become one text node (as `xmlSAX2Characters`
/// merges them). Whitespace libxml2 reports as ignorable is dropped, as its DOM builder does.
/// Events after the root element has closed are ignored (the DOM importer only read the root).
private final class HTMLTreeBuilder {
    /// All state lives in one struct so each callback makes one exclusive access, not one per field.
    private var state = HTMLTreeState()

    /// Points the parser's SAX handler at this class's callbacks (and nothing else).
    static func install(in context: htmlParserCtxtPtr) {
        guard let handler = context.pointee.sax else { return }
        handler.pointee = htmlSAXHandler()
        handler.pointee.startElement = { context, name, attributes in
            HTMLTreeBuilder.from(context)?.state.startElement(name, attributes)
        }
        handler.pointee.endElement = { context, _ in
            HTMLTreeBuilder.from(context)?.state.endElement()
        }
        handler.pointee.characters = { context, characters, length in
            HTMLTreeBuilder.from(context)?.state.characters(characters, length)
        }
        handler.pointee.cdataBlock = { context, characters, length in
            HTMLTreeBuilder.from(context)?.state.characters(characters, length)
        }
    }

    /// The builder stored in the parser context's `_private`.
    private static func from(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let builder = parser.pointee._private else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(builder).takeUnretainedValue()
    }

    /// The tree, or nil when no element was reported.
    func finish() -> MarkupTree? {
        state.finish()
    }
}

/// The tree under construction (see `HTMLTreeBuilder`).
private struct HTMLTreeState {
    private var names = LibXML.NameCache(lowercase: true)
    private var builder = MarkupTreeBuilder()
    private var openElements: [Int] = []
    private var rootClosed = false

    mutating func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard !rootClosed else { return }
        var pairs: [(name: String, value: String)] = []
        if var attribute = attributes {
            // A NULL-terminated list of name, value pairs; the value is NULL for `<p hidden>`.
            while let attributeName = attribute.pointee {
                let value = attribute.successor().pointee.map { String(cString: $0) } ?? ""
                pairs.append((names.name(attributeName), value))
                attribute = attribute.advanced(by: 2)
            }
        }
        let (elementName, traits) = names.element(name)
        let index = builder.append(MarkupTree.Node(
            kind: .element, name: elementName, namespaceURI: nil, attributes: pairs, text: "",
            parent: openElements.last ?? -1, firstChild: -1, nextSibling: -1, depth: openElements.count, traits: traits
        ))
        openElements.append(index)
    }

    mutating func endElement() {
        guard !openElements.isEmpty else { return }
        openElements.removeLast()
        if openElements.isEmpty { rootClosed = true }
    }

    mutating func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let characters, length > 0, let parent = openElements.last else { return }
        builder.appendText(UnsafeBufferPointer(start: characters, count: Int(length)), parent: parent, depth: openElements.count)
    }

    /// The tree, or nil when no element was reported.
    mutating func finish() -> MarkupTree? {
        builder.finish()
    }
}
