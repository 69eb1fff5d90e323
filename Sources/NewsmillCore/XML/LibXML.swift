import CLibXML2

/// A thin, safe layer over libxml2's HTML and XML parsers.
///
/// Each parse owns its `xmlDoc` for the duration of one call: the tree is copied into a
/// `MarkupTree` and the document is freed before returning, so no libxml2 pointer escapes.
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
    /// lower-case element names. Returns nil when libxml2 produced no root element.
    public static func parseHTML(_ bytes: [UInt8]) -> MarkupTree? {
        _ = initialized
        guard !bytes.isEmpty else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        )
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return importTree(document, lowercaseNames: true)
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
    private static func importTree(_ document: xmlDocPtr, lowercaseNames: Bool) -> MarkupTree? {
        guard let rootElement = xmlDocGetRootElement(document) else { return nil }
        var nodes: [MarkupTree.Node] = []
        var lastChild: [Int] = []
        // Stack of (libxml node, parent index in `nodes`, depth), processed in pre-order.
        var stack: [(UnsafeMutablePointer<xmlNode>, Int, Int)] = [(rootElement, -1, 0)]
        while let (pointer, parent, depth) = stack.popLast() {
            let node = pointer.pointee
            var newNode: MarkupTree.Node
            switch node.type {
            case XML_ELEMENT_NODE:
                var name = node.name.map { String(cString: $0) } ?? ""
                if lowercaseNames { name = name.lowercased() }
                newNode = MarkupTree.Node(
                    kind: .element, name: name, namespaceURI: node.ns?.pointee.href.map { String(cString: $0) },
                    attributes: attributes(of: pointer, lowercaseNames: lowercaseNames), text: "", parent: parent,
                    firstChild: -1, nextSibling: -1, depth: depth
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
            let index = nodes.count
            nodes.append(newNode)
            lastChild.append(-1)
            if parent >= 0 {
                if lastChild[parent] >= 0 {
                    nodes[lastChild[parent]].nextSibling = index
                } else {
                    nodes[parent].firstChild = index
                }
                lastChild[parent] = index
            }
            if newNode.kind == .element {
                var children: [UnsafeMutablePointer<xmlNode>] = []
                var child = node.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                for child in children.reversed() { stack.append((child, index, depth + 1)) }
            }
        }
        return nodes.isEmpty ? nil : MarkupTree(nodes: nodes)
    }

    /// The attributes of an element as (local name, value) pairs; namespaced attributes keep
    /// their prefix (`xml:lang`, `rdf:about`) so callers can tell them apart.
    private static func attributes(of element: UnsafeMutablePointer<xmlNode>, lowercaseNames: Bool) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            var name = current.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = current.pointee.ns?.pointee.prefix {
                name = String(cString: prefix) + ":" + name
            }
            if lowercaseNames { name = name.lowercased() }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}
