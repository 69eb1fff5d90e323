#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte-level XML parser for the well-formed documents almost every feed is, building the same
/// `MarkupTree` that `LibXML.parseXML` builds, without libxml2's document or its copy.
///
/// It reads UTF-8 bytes once, front to back, and understands exactly this subset of XML 1.0 (fifth
/// edition) with Namespaces in XML 1.0:
/// - an XML declaration (2.8) with version 1.0, an optional `encoding` (UTF-8 or a common label
///   libxml2 ignores for input already in UTF-8) and `standalone`;
/// - comments (2.5), processing instructions (2.6) and white space in the prolog and after the root;
/// - a document type declaration without an internal subset (2.8; `<!DOCTYPE rss PUBLIC "..." "...">`),
///   which libxml2 does not load either (no `XML_PARSE_DTDLOAD`);
/// - elements and attributes with ASCII names (2.3, 3.1), namespace declarations and prefixes;
/// - character data (2.4) and CDATA sections (2.7), merged into one text node per run as libxml2's
///   SAX2 builder merges them (with `XML_PARSE_NOCDATA`, CDATA is plain text), with line ends
///   normalised (2.11) and attribute values normalised (3.3.3);
/// - the five predefined entity references and character references (4.1, 4.6).
///
/// Anything else returns nil, and the caller falls back to libxml2, whose recovery and error reports
/// then apply: a DOCTYPE with an internal subset (entity declarations, billion laughs), any other
/// entity reference, a well-formedness or namespace error (mismatched or unclosed tags, a duplicate
/// attribute, `]]>` in text, `--` in a comment, an undeclared prefix), invalid UTF-8 or a character
/// XML forbids (2.2), a non-ASCII name, a byte order mark, and input near libxml2's default limits
/// (nesting depth, text, name and attribute lengths). So a tree from this parser always stands for
/// a well-formed document, which libxml2 would have read into the same tree.
enum XMLFastParser {
    /// The tree of `bytes` (UTF-8, as given to `LibXML.parseXML`), or nil when the document is
    /// outside the subset this parser reads (see the type's description).
    static func parse(_ bytes: [UInt8]) -> MarkupTree? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> MarkupTree? in
            ByteClass.table.withUnsafeBufferPointer { table -> MarkupTree? in
                guard let base = buffer.baseAddress, let classes = table.baseAddress else { return nil }
                var parser = FastXMLTreeBuilder(base: base, count: buffer.count, classes: classes)
                return try? parser.parseDocument()
            }
        }
    }

    /// Nesting deeper than this is left to libxml2 (whose own limit without `XML_PARSE_HUGE` is 256).
    static let maximumDepth = 200
    /// Longer text nodes, attribute values, comments and PIs are left to libxml2 (limit 10,000,000 bytes).
    static let maximumTextLength = 4_000_000
    /// Longer names are left to libxml2 (limit 50,000 bytes).
    static let maximumNameLength = 1_000

    /// Bit flags per byte value: which scanning loops stop at the byte (`stops*`) and which name
    /// characters it is. Every byte of 0x80 and above and every C0 control stops every loop, so the
    /// loops only validate UTF-8 and reject forbidden characters where they stop.
    enum ByteClass {
        /// Character data (2.4): `<`, `&`, `]` (for `]]>`), CR (2.11).
        static let stopsText: UInt8 = 1 << 0
        /// CDATA sections (2.7): `]`, CR.
        static let stopsCDATA: UInt8 = 1 << 1
        /// Attribute values (3.1, 3.3.3): `<`, `&`, both quotes, TAB, LF, CR.
        static let stopsAttribute: UInt8 = 1 << 2
        /// Comments (2.5): `-`.
        static let stopsComment: UInt8 = 1 << 3
        /// Processing instructions (2.6): `?`.
        static let stopsInstruction: UInt8 = 1 << 4
        /// ASCII `NameStartChar` other than `:` (2.3; the colon separates a prefix).
        static let nameStart: UInt8 = 1 << 5
        /// ASCII `NameChar` other than `:`.
        static let nameCharacter: UInt8 = 1 << 6

        static let table: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
            let byte = UInt8(value)
            let allStops = stopsText | stopsCDATA | stopsAttribute | stopsComment | stopsInstruction
            if byte >= 0x80 || (byte < 0x20 && byte != 0x09 && byte != 0x0A) { return allStops }
            var flags: UInt8 = 0
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "&"): flags |= stopsText | stopsAttribute
            case UInt8(ascii: "]"): flags |= stopsText | stopsCDATA
            case UInt8(ascii: "\""), UInt8(ascii: "'"), 0x09, 0x0A: flags |= stopsAttribute
            case UInt8(ascii: "-"): flags |= stopsComment
            case UInt8(ascii: "?"): flags |= stopsInstruction
            default: break
            }
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_") {
                flags |= nameStart | nameCharacter
            }
            if (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                flags |= nameCharacter
            }
            return flags
        }
    }
}

/// Thrown when the document is outside the subset `XMLFastParser` reads; the caller uses libxml2.
fileprivate struct NotHandledByFastParser: Error {}

/// The single pass of `XMLFastParser` (see there for the subset it reads).
fileprivate struct FastXMLTreeBuilder {
    fileprivate typealias Failure = NotHandledByFastParser

    /// An open element: its node, its last child so far, and its qualified name in the input (to
    /// match the end tag).
    private struct OpenElement {
        var node: Int
        var lastChild = -1
        var nameStart: Int
        var nameLength: Int
        /// `bindings.count` before the element's own namespace declarations.
        var bindingsBefore: Int
    }

    /// A namespace declaration in scope: the prefix's name id (`defaultPrefix` for `xmlns=`) and
    /// the URI (nil when `xmlns=""` undeclares the default namespace).
    private struct NamespaceBinding {
        var prefix: Int
        var uri: String?
    }

    /// An attribute of the start tag being read.
    private struct PendingAttribute {
        var nameStart: Int
        var nameEnd: Int
        /// The colon's index, or -1.
        var colon: Int
        var value: String
    }

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let classes: UnsafePointer<UInt8>
    private var position = 0

    private var nodes: [MarkupTree.Node] = []
    private var openElements: [OpenElement] = []
    private var bindings: [NamespaceBinding] = []
    private var names = InternedNames(foldingCase: false)
    private var attributes: [PendingAttribute] = []
    private var attributeBuffer: [UInt8] = []

    /// The text node being gathered in the current element: either still one range of the input
    /// (`pendingStart..<pendingEnd`) or, once it is not, copied into `textBuffer`.
    private var hasPendingText = false
    private var pendingInBuffer = false
    private var pendingStart = 0
    private var pendingEnd = 0
    private var textBuffer: [UInt8] = []
    /// The bytes of all text nodes shorter than 60 bytes (see `flushText`).
    private var shortTextBytes = 0

    private static let defaultPrefix = -1
    private static let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"
    private static let xmlnsNamespaceURI = "http://www.w3.org/2000/xmlns/"
    private let xmlPrefix: Int
    private let xmlnsPrefix: Int

    fileprivate init(base: UnsafePointer<UInt8>, count: Int, classes: UnsafePointer<UInt8>) {
        self.base = base
        self.count = count
        self.classes = classes
        var names = InternedNames(foldingCase: false)
        xmlPrefix = names.intern(Array("xml".utf8))
        xmlnsPrefix = names.intern(Array("xmlns".utf8))
        self.names = names
        // Growing the node array by doubling copies it several times and touches every copy's pages;
        // a generous reservation (one node per 32 input bytes) is mostly never touched at all.
        let expectedNodes = count / 32 + 16
        nodes.reserveCapacity(expectedNodes)
    }

    // MARK: Document (2.1, 2.8)

    /// document ::= prolog element Misc*
    fileprivate mutating func parseDocument() throws(Failure) -> MarkupTree {
        if hasPrefix("<?xml", at: 0), isSpace(byte(at: 5)) { try parseXMLDeclaration() }
        var sawDoctype = false
        // prolog ::= XMLDecl? Misc* (doctypedecl Misc*)?
        while true {
            skipSpaces()
            guard position < count, base[position] == UInt8(ascii: "<") else { throw Failure() }
            if hasPrefix("<!--", at: position) {
                try parseComment()
            } else if hasPrefix("<?", at: position) {
                try parseProcessingInstruction()
            } else if hasPrefix("<!DOCTYPE", at: position), !sawDoctype {
                try parseDoctype()
                sawDoctype = true
            } else {
                break
            }
        }
        try parseContent()
        // Misc* after the root element.
        while true {
            skipSpaces()
            if position >= count { break }
            if hasPrefix("<!--", at: position) {
                try parseComment()
            } else if hasPrefix("<?", at: position) {
                try parseProcessingInstruction()
            } else {
                throw Failure()
            }
        }
        guard !nodes.isEmpty, names.byteCount <= XMLFastParser.maximumTextLength else { throw Failure() }
        return MarkupTree(nodes: nodes)
    }

    /// XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>' with version 1.0 and, when an
    /// encoding is named, one of `ignoredEncodingLabels` (the bytes are UTF-8 already).
    private mutating func parseXMLDeclaration() throws(Failure) {
        position = 5
        var seen = 0
        while true {
            let hadSpace = skipSpaces()
            if hasPrefix("?>", at: position) {
                position += 2
                break
            }
            guard hadSpace else { throw Failure() }
            let nameStart = position
            while position < count, classes[Int(base[position])] & XMLFastParser.ByteClass.nameCharacter != 0 { position += 1 }
            let name = String(decoding: UnsafeBufferPointer(start: base + nameStart, count: position - nameStart), as: UTF8.self)
            skipSpaces()
            guard byte(at: position) == UInt8(ascii: "=") else { throw Failure() }
            position += 1
            skipSpaces()
            let quote = byte(at: position)
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Failure() }
            let valueStart = position + 1
            var valueEnd = valueStart
            while valueEnd < count, base[valueEnd] != quote, valueEnd - valueStart < 64 {
                let character = base[valueEnd]
                guard character >= 0x20, character < 0x80 else { throw Failure() }
                valueEnd += 1
            }
            guard byte(at: valueEnd) == quote else { throw Failure() }
            let value = String(decoding: UnsafeBufferPointer(start: base + valueStart, count: valueEnd - valueStart), as: UTF8.self)
            position = valueEnd + 1
            switch (seen, name) {
            case (0, "version"):
                guard value == "1.0" else { throw Failure() }
                seen = 1
            case (1, "encoding"):
                guard Self.ignoredEncodingLabels.contains(value.lowercased()) else { throw Failure() }
                seen = 2
            case (1, "standalone"), (2, "standalone"):
                guard value == "yes" || value == "no" else { throw Failure() }
                seen = 3
            default:
                throw Failure()
            }
        }
        guard seen >= 1 else { throw Failure() }
    }

    /// Encoding labels libxml2 knows and, given the bytes as UTF-8 (`xmlCtxtReadMemory`'s encoding
    /// argument), ignores; an unknown label is an error there, so other labels are left to it.
    private static let ignoredEncodingLabels: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "iso-8859-15", "windows-1252",
    ]

    /// doctypedecl ::= '<!DOCTYPE' S Name (S ExternalID)? S? '>' -- only without an internal subset
    /// (`[...]`), whose declarations this parser does not read.
    private mutating func parseDoctype() throws(Failure) {
        position += 9
        guard skipSpaces() else { throw Failure() }
        position = try scanQualifiedName().end
        let hadSpace = skipSpaces()
        if hasPrefix("SYSTEM", at: position) || hasPrefix("PUBLIC", at: position) {
            guard hadSpace else { throw Failure() }
            let isPublic = base[position] == UInt8(ascii: "P")
            position += 6
            guard skipSpaces() else { throw Failure() }
            if isPublic {
                try skipQuotedLiteral(publicIdentifier: true)
                guard skipSpaces() else { throw Failure() }
            }
            try skipQuotedLiteral(publicIdentifier: false)
            skipSpaces()
        }
        guard byte(at: position) == UInt8(ascii: ">") else { throw Failure() }
        position += 1
    }

    /// SystemLiteral or PubidLiteral (2.3): quoted, with only `PubidChar`s in a public identifier.
    private mutating func skipQuotedLiteral(publicIdentifier: Bool) throws(Failure) {
        let quote = byte(at: position)
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Failure() }
        position += 1
        while position < count, base[position] != quote {
            let character = base[position]
            if publicIdentifier {
                guard Self.isPublicIdentifierCharacter(character) else { throw Failure() }
            } else {
                guard character >= 0x20, character < 0x80 else { throw Failure() }
            }
            position += 1
        }
        guard position < count else { throw Failure() }
        position += 1
    }

    /// PubidChar ::= #x20 | #xD | #xA | [a-zA-Z0-9] | [-'()+,./:=?;!*#@$_%]
    private static func isPublicIdentifierCharacter(_ character: UInt8) -> Bool {
        if (0x30...0x39).contains(character) || (0x41...0x5A).contains(character) || (0x61...0x7A).contains(character) {
            return true
        }
        return character == 0x20 || character == 0x0D || character == 0x0A || "-'()+,./:=?;!*#@$_%".utf8.contains(character)
    }

    // MARK: Content (3.1, 2.4)

    /// element and its content, iteratively: start tags, end tags, character data, references,
    /// CDATA sections, comments and processing instructions until the root element is closed.
    private mutating func parseContent() throws(Failure) {
        guard byte(at: position) == UInt8(ascii: "<") else { throw Failure() }
        try parseStartTag()
        while !openElements.isEmpty {
            guard position < count else { throw Failure() }
            let current = base[position]
            if current == UInt8(ascii: "<") {
                let next = byte(at: position + 1)
                if next == UInt8(ascii: "/") {
                    try parseEndTag()
                } else if next == UInt8(ascii: "!") {
                    if hasPrefix("<![CDATA[", at: position) {
                        try parseCDATASection()
                    } else if hasPrefix("<!--", at: position) {
                        try flushText()
                        try parseComment()
                    } else {
                        throw Failure()
                    }
                } else if next == UInt8(ascii: "?") {
                    try flushText()
                    try parseProcessingInstruction()
                } else {
                    try parseStartTag()
                }
            } else if current == UInt8(ascii: "&") {
                appendCodePoint(try parseReference())
            } else {
                try parseCharacterData()
            }
        }
    }

    /// CharData ::= [^<&]* - ([^<&]* ']]>' [^<&]*), with CR LF and lone CR read as LF (2.11).
    private mutating func parseCharacterData() throws(Failure) {
        var index = position
        while true {
            let stop = try skipPlainCharacters(from: index, stopping: XMLFastParser.ByteClass.stopsText, words: .text)
            guard stop < count else {
                appendRange(position, stop)
                position = stop
                return
            }
            switch base[stop] {
            case UInt8(ascii: "]"):
                if byte(at: stop + 1) == UInt8(ascii: "]"), byte(at: stop + 2) == UInt8(ascii: ">") { throw Failure() }
                index = stop + 1
            case 0x0D:
                appendCarriageReturn(at: stop)
                index = position
            default:
                appendRange(position, stop)
                position = stop
                return
            }
        }
    }

    /// Appends the text before the CR at `index` and a line feed for the CR (or CR LF); moves past
    /// the CR. Before an LF the CR is simply left out (the LF starts the next range).
    private mutating func appendCarriageReturn(at index: Int) {
        appendRange(position, index)
        if byte(at: index + 1) != 0x0A { appendCodePoint(0x0A) }
        position = index + 1
    }

    /// CDSect ::= '<![CDATA[' CData ']]>' -- character data without markup; libxml2 with
    /// `XML_PARSE_NOCDATA` reports it as characters, so it joins the surrounding text node (and an
    /// empty section still opens one, as libxml2 creates an empty text node for it).
    private mutating func parseCDATASection() throws(Failure) {
        position += 9
        if !hasPendingText {
            hasPendingText = true
            pendingInBuffer = false
            pendingStart = position
            pendingEnd = position
        }
        var index = position
        while true {
            let stop = try skipPlainCharacters(from: index, stopping: XMLFastParser.ByteClass.stopsCDATA, words: .cdata)
            guard stop < count else { throw Failure() }
            if base[stop] == 0x0D {
                appendCarriageReturn(at: stop)
                index = position
                continue
            }
            if byte(at: stop + 1) == UInt8(ascii: "]"), byte(at: stop + 2) == UInt8(ascii: ">") {
                appendRange(position, stop)
                position = stop + 3
                return
            }
            index = stop + 1
        }
    }

    /// Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->'
    private mutating func parseComment() throws(Failure) {
        let start = position
        var index = position + 4
        while true {
            let stop = try skipPlainCharacters(from: index, stopping: XMLFastParser.ByteClass.stopsComment, words: .comment)
            guard stop < count, stop - start <= XMLFastParser.maximumTextLength else { throw Failure() }
            if base[stop] == UInt8(ascii: "-"), byte(at: stop + 1) == UInt8(ascii: "-") {
                guard byte(at: stop + 2) == UInt8(ascii: ">") else { throw Failure() }
                position = stop + 3
                return
            }
            index = stop + 1
        }
    }

    /// PI ::= '<?' PITarget (S (Char* - (Char* '?>' Char*)))? '?>', where the target is not `xml`
    /// in any case (PITarget, 2.6) and has no colon (Namespaces in XML, section 7).
    private mutating func parseProcessingInstruction() throws(Failure) {
        let start = position
        position += 2
        let nameStart = position
        let (nameEnd, colon) = try scanQualifiedName()
        guard colon < 0 else { throw Failure() }
        if nameEnd - nameStart == 3 {
            let first = base[nameStart] | 0x20, second = base[nameStart + 1] | 0x20, third = base[nameStart + 2] | 0x20
            if first == UInt8(ascii: "x"), second == UInt8(ascii: "m"), third == UInt8(ascii: "l") { throw Failure() }
        }
        position = nameEnd
        if hasPrefix("?>", at: position) {
            position += 2
            return
        }
        guard skipSpaces() else { throw Failure() }
        var index = position
        while true {
            let stop = try skipPlainCharacters(from: index, stopping: XMLFastParser.ByteClass.stopsInstruction, words: .instruction)
            guard stop < count, stop - start <= XMLFastParser.maximumTextLength else { throw Failure() }
            if base[stop] == UInt8(ascii: "?"), byte(at: stop + 1) == UInt8(ascii: ">") {
                position = stop + 2
                return
            }
            index = stop + 1
        }
    }

    // MARK: Tags (3.1) and namespaces

    /// STag ::= '<' Name (S Attribute)* S? '>' and EmptyElemTag ::= '<' Name (S Attribute)* S? '/>'.
    /// Namespace declarations (`xmlns`, `xmlns:p`) are taken out of the attributes and bound for
    /// the element and its descendants; the element and prefixed attributes are then resolved.
    private mutating func parseStartTag() throws(Failure) {
        try flushText()
        guard openElements.count < XMLFastParser.maximumDepth else { throw Failure() }
        position += 1
        let nameStart = position
        let (nameEnd, nameColon) = try scanQualifiedName()
        position = nameEnd
        let bindingsBefore = bindings.count
        attributes.removeAll(keepingCapacity: true)
        var selfClosing = false
        while true {
            let hadSpace = skipSpaces()
            let current = byte(at: position)
            if current == UInt8(ascii: ">") {
                position += 1
                break
            }
            if current == UInt8(ascii: "/") {
                guard byte(at: position + 1) == UInt8(ascii: ">") else { throw Failure() }
                position += 2
                selfClosing = true
                break
            }
            guard hadSpace else { throw Failure() }
            try parseAttribute(bindingsBefore: bindingsBefore)
        }

        // The element's namespace: its prefix's binding, or the default namespace.
        let namespaceURI: String?
        if nameColon >= 0 {
            let prefix = names.intern(base + nameStart, nameColon - nameStart)
            guard prefix != xmlnsPrefix, prefix != xmlPrefix, let uri = binding(of: prefix) else { throw Failure() }
            namespaceURI = uri
        } else {
            namespaceURI = binding(of: Self.defaultPrefix) ?? nil
        }
        let localStart = nameColon >= 0 ? nameColon + 1 : nameStart
        let localName = names.intern(base + localStart, nameEnd - localStart)

        let parent = openElements.last?.node ?? -1
        let index = appendNode(MarkupTree.Node(
            kind: .element, name: names.strings[localName], namespaceURI: namespaceURI,
            attributes: try resolvedAttributes(), text: "", parent: parent, firstChild: -1, nextSibling: -1,
            depth: openElements.count, traits: names.traits[localName]
        ))
        if selfClosing {
            bindings.removeSubrange(bindingsBefore...)
        } else {
            openElements.append(OpenElement(node: index, nameStart: nameStart, nameLength: nameEnd - nameStart, bindingsBefore: bindingsBefore))
        }
    }

    /// Attribute ::= Name Eq AttValue; a namespace declaration is bound at once (a second declaration
    /// of the same prefix on one element is a duplicate attribute).
    private mutating func parseAttribute(bindingsBefore: Int) throws(Failure) {
        let nameStart = position
        let (nameEnd, colon) = try scanQualifiedName()
        position = nameEnd
        skipSpaces()
        guard byte(at: position) == UInt8(ascii: "=") else { throw Failure() }
        position += 1
        skipSpaces()
        let (value, isVerbatim) = try parseAttributeValue()
        let isDefaultDeclaration = colon < 0 && nameEnd - nameStart == 5 && hasPrefix("xmlns", at: nameStart)
        let isPrefixDeclaration = colon - nameStart == 5 && hasPrefix("xmlns", at: nameStart)
        guard isDefaultDeclaration || isPrefixDeclaration else {
            attributes.append(PendingAttribute(nameStart: nameStart, nameEnd: nameEnd, colon: colon, value: value))
            return
        }
        // Declarations whose value libxml2 keeps differently (references, white space) or rejects
        // (the reserved URIs, an empty prefixed declaration) are left to it.
        guard isVerbatim, value != Self.xmlNamespaceURI, value != Self.xmlnsNamespaceURI,
            !value.utf8.contains(where: { $0 == 0x20 })
        else { throw Failure() }
        let prefix: Int
        if isDefaultDeclaration {
            prefix = Self.defaultPrefix
        } else {
            prefix = names.intern(base + colon + 1, nameEnd - colon - 1)
            guard prefix != xmlPrefix, prefix != xmlnsPrefix, !value.isEmpty else { throw Failure() }
        }
        for existing in bindings[bindingsBefore...] where existing.prefix == prefix { throw Failure() }
        bindings.append(NamespaceBinding(prefix: prefix, uri: value.isEmpty ? nil : value))
    }

    /// The start tag's attributes as (name, value), prefixed names kept whole (`xml:lang`), after
    /// checking every prefix is bound and no attribute appears twice (3.1 "Unique Att Spec", and
    /// Namespaces in XML 6.3: not twice with the same local name and namespace).
    private mutating func resolvedAttributes() throws(Failure) -> [(name: String, value: String)] {
        guard !attributes.isEmpty else { return [] }
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(attributes.count)
        var localNames: [Int] = []
        var namespaceURIs: [String?] = []
        for attribute in attributes {
            let localStart = attribute.colon >= 0 ? attribute.colon + 1 : attribute.nameStart
            let localName = names.intern(base + localStart, attribute.nameEnd - localStart)
            var namespaceURI: String?
            if attribute.colon >= 0 {
                let prefix = names.intern(base + attribute.nameStart, attribute.colon - attribute.nameStart)
                if prefix == xmlPrefix {
                    namespaceURI = Self.xmlNamespaceURI
                } else {
                    guard let bound = binding(of: prefix), let uri = bound else { throw Failure() }
                    namespaceURI = uri
                }
            }
            for (index, other) in localNames.enumerated() where other == localName {
                // Same local name: a duplicate when both are unprefixed or both in one namespace.
                if namespaceURIs[index] == namespaceURI { throw Failure() }
            }
            localNames.append(localName)
            namespaceURIs.append(namespaceURI)
            let qualifiedName = attribute.colon >= 0 ? names.intern(base + attribute.nameStart, attribute.nameEnd - attribute.nameStart) : localName
            result.append((names.strings[qualifiedName], attribute.value))
        }
        return result
    }

    /// The URI bound to `prefix` in scope: nil when the prefix is not declared, `.some(nil)` when
    /// the default namespace is undeclared (`xmlns=""`).
    private func binding(of prefix: Int) -> String?? {
        var index = bindings.count - 1
        while index >= 0 {
            if bindings[index].prefix == prefix { return .some(bindings[index].uri) }
            index -= 1
        }
        return nil
    }

    /// ETag ::= '</' Name S? '>', naming the innermost open element exactly.
    private mutating func parseEndTag() throws(Failure) {
        try flushText()
        guard let open = openElements.popLast() else { throw Failure() }
        let nameStart = position + 2
        guard nameStart + open.nameLength <= count,
            memcmp(base + nameStart, base + open.nameStart, open.nameLength) == 0
        else { throw Failure() }
        position = nameStart + open.nameLength
        // The name must end here (not `</itemx>` for `<item>`).
        let after = byte(at: position)
        guard after == UInt8(ascii: ">") || isSpace(after) else { throw Failure() }
        skipSpaces()
        guard byte(at: position) == UInt8(ascii: ">") else { throw Failure() }
        position += 1
        bindings.removeSubrange(open.bindingsBefore...)
    }

    /// A QName (Namespaces in XML 1.0, section 4) of ASCII name characters at `position`: its end
    /// and the colon's index (-1 without a prefix). Non-ASCII names are left to libxml2.
    private func scanQualifiedName() throws(Failure) -> (end: Int, colon: Int) {
        let start = position
        guard start < count, classes[Int(base[start])] & XMLFastParser.ByteClass.nameStart != 0 else { throw Failure() }
        var index = start + 1
        var colon = -1
        while index < count {
            let character = base[index]
            if classes[Int(character)] & XMLFastParser.ByteClass.nameCharacter != 0 {
                index += 1
            } else if character == UInt8(ascii: ":") {
                guard colon < 0 else { throw Failure() }
                colon = index
                index += 1
                // The local part must start with a NameStartChar.
                guard index < count, classes[Int(base[index])] & XMLFastParser.ByteClass.nameStart != 0 else { throw Failure() }
            } else {
                break
            }
        }
        guard index < count, base[index] < 0x80, index - start <= XMLFastParser.maximumNameLength else { throw Failure() }
        return (index, colon)
    }

    /// AttValue (3.1) normalised as 3.3.3 requires for CDATA attributes (all attributes, without a
    /// DTD): references replaced, each TAB, LF, CR or CR LF a space; `<` is not allowed. `verbatim`
    /// is true when the value is the input's bytes unchanged (no reference, no white space but spaces).
    private mutating func parseAttributeValue() throws(Failure) -> (value: String, verbatim: Bool) {
        let quote = byte(at: position)
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Failure() }
        position += 1
        let valueStart = position
        var inBuffer = false
        var rangeStart = position
        var index = position
        while true {
            let stop = try skipPlainCharacters(from: index, stopping: XMLFastParser.ByteClass.stopsAttribute, words: .attribute)
            guard stop < count, stop - valueStart <= XMLFastParser.maximumTextLength else { throw Failure() }
            let character = base[stop]
            if character == quote {
                position = stop + 1
                if !inBuffer {
                    return (String(decoding: UnsafeBufferPointer(start: base + valueStart, count: stop - valueStart), as: UTF8.self), true)
                }
                attributeBuffer.append(contentsOf: UnsafeBufferPointer(start: base + rangeStart, count: stop - rangeStart))
                return (String(decoding: attributeBuffer, as: UTF8.self), false)
            }
            switch character {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index = stop + 1
                continue
            case UInt8(ascii: "<"):
                throw Failure()
            default:
                break
            }
            if !inBuffer {
                inBuffer = true
                attributeBuffer.removeAll(keepingCapacity: true)
            }
            attributeBuffer.append(contentsOf: UnsafeBufferPointer(start: base + rangeStart, count: stop - rangeStart))
            if character == UInt8(ascii: "&") {
                position = stop
                UTF8Scalars.append(try parseReference(), to: &attributeBuffer)
                index = position
            } else {
                attributeBuffer.append(0x20)
                index = character == 0x0D && byte(at: stop + 1) == 0x0A ? stop + 2 : stop + 1
            }
            rangeStart = index
        }
    }

    /// Reference ::= EntityRef | CharRef (4.1): one of the five predefined entities (4.6) or a
    /// character reference to a `Char` (2.2); any other entity is left to libxml2. Returns the code
    /// point and moves past the `;`.
    private mutating func parseReference() throws(Failure) -> UInt32 {
        var index = position + 1
        if byte(at: index) == UInt8(ascii: "#") {
            index += 1
            let hexadecimal = byte(at: index) == UInt8(ascii: "x")
            if hexadecimal { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < count {
                let character = base[index]
                let digit: UInt32
                switch character {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(character - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: digit = UInt32(character - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: digit = UInt32(character - UInt8(ascii: "A") + 10)
                default: digit = 16
                }
                if digit == 16 { break }
                value = min(value * (hexadecimal ? 16 : 10) + digit, 0x110000)
                index += 1
            }
            guard index > digitsStart, byte(at: index) == UInt8(ascii: ";"), Self.isXMLCharacter(value) else { throw Failure() }
            position = index + 1
            return value
        }
        // The five names, told apart by their first byte (past the end reads as 0, matching nothing).
        let value: UInt32
        let length: Int
        switch byte(at: index) {
        case UInt8(ascii: "l") where byte(at: index + 1) == UInt8(ascii: "t") && byte(at: index + 2) == UInt8(ascii: ";"):
            (value, length) = (0x3C, 3)
        case UInt8(ascii: "g") where byte(at: index + 1) == UInt8(ascii: "t") && byte(at: index + 2) == UInt8(ascii: ";"):
            (value, length) = (0x3E, 3)
        case UInt8(ascii: "a") where hasPrefix("amp;", at: index):
            (value, length) = (0x26, 4)
        case UInt8(ascii: "a") where hasPrefix("apos;", at: index):
            (value, length) = (0x27, 5)
        case UInt8(ascii: "q") where hasPrefix("quot;", at: index):
            (value, length) = (0x22, 5)
        default:
            throw Failure()
        }
        position = index + length
        return value
    }

    /// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (2.2)
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    // MARK: Scanning

    /// The index of the first byte at or after `start` that stops the loop for `mask` and is an
    /// allowed ASCII character, or `count`. Multi-byte UTF-8 sequences are validated and skipped;
    /// malformed UTF-8, C0 controls other than TAB, LF and CR, surrogates and U+FFFE/U+FFFF (not
    /// `Char`s, 2.2) throw.
    ///
    /// Runs of eight plain bytes are skipped a word at a time (`StopWords`), then the byte loop
    /// decides at the first word that may hold a stop.
    private func skipPlainCharacters(from start: Int, stopping mask: UInt8, words stops: StopWords) throws(Failure) -> Int {
        var index = start
        while index < count {
            while index + 8 <= count, stops.allPlain(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let character = base[index]
            if classes[Int(character)] & mask == 0 {
                index += 1
                continue
            }
            if character >= 0x80 {
                let length = utf8SequenceLength(at: index)
                guard length > 0 else { throw Failure() }
                index += length
                continue
            }
            guard character >= 0x20 || character == 0x09 || character == 0x0A || character == 0x0D else { throw Failure() }
            return index
        }
        return count
    }

    /// The length of the well-formed UTF-8 sequence (Unicode table 3-7) of an XML `Char` at `index`,
    /// or 0.
    private func utf8SequenceLength(at index: Int) -> Int {
        let first = base[index]
        func continuation(_ offset: Int) -> UInt8? {
            guard index + offset < count else { return nil }
            let byte = base[index + offset]
            return byte & 0xC0 == 0x80 ? byte : nil
        }
        switch first {
        case 0xC2...0xDF:
            return continuation(1) == nil ? 0 : 2
        case 0xE0...0xEF:
            guard let second = continuation(1), let third = continuation(2) else { return 0 }
            if first == 0xE0 && second < 0xA0 { return 0 }
            // Surrogates (U+D800-U+DFFF) are not characters.
            if first == 0xED && second > 0x9F { return 0 }
            // U+FFFE and U+FFFF are not XML characters.
            if first == 0xEF && second == 0xBF && third >= 0xBE { return 0 }
            return 3
        case 0xF0...0xF4:
            guard let second = continuation(1), continuation(2) != nil, continuation(3) != nil else { return 0 }
            if first == 0xF0 && second < 0x90 { return 0 }
            if first == 0xF4 && second > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }

    /// Skips S (2.3: space, TAB, CR, LF); whether there was any.
    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < count, isSpace(base[position]) { position += 1 }
        return position > start
    }

    private func isSpace(_ character: UInt8) -> Bool {
        character == 0x20 || character == 0x0A || character == 0x09 || character == 0x0D
    }

    /// The byte at `index`, or 0 past the end (0 never starts anything this parser accepts).
    private func byte(at index: Int) -> UInt8 {
        index < count ? base[index] : 0
    }

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index >= 0, index + length <= count else { return false }
        return memcmp(base + index, prefix.utf8Start, length) == 0
    }

    // MARK: Tree

    /// Appends `node` (taken, not copied: no retain of its strings) and links it to its parent,
    /// which is always the innermost open element (or none, for the root).
    private mutating func appendNode(_ node: consuming MarkupTree.Node) -> Int {
        let index = nodes.count
        let hasParent = node.parent >= 0
        nodes.append(node)
        if hasParent {
            let top = openElements.count - 1
            let previous = openElements[top].lastChild
            if previous >= 0 {
                nodes[previous].nextSibling = index
            } else {
                nodes[openElements[top].node].firstChild = index
            }
            openElements[top].lastChild = index
        }
        return index
    }

    /// Adds the input bytes `start..<end` to the pending text node (opening one if needed).
    private mutating func appendRange(_ start: Int, _ end: Int) {
        guard end > start else { return }
        if !hasPendingText {
            hasPendingText = true
            pendingInBuffer = false
            pendingStart = start
            pendingEnd = end
        } else if !pendingInBuffer {
            if pendingEnd == start || pendingStart == pendingEnd {
                if pendingStart == pendingEnd { pendingStart = start }
                pendingEnd = end
            } else {
                moveTextToBuffer()
                textBuffer.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
            }
        } else {
            textBuffer.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
        }
    }

    /// Adds one decoded character (a reference, or LF for CR) to the pending text node.
    private mutating func appendCodePoint(_ value: UInt32) {
        if !hasPendingText {
            hasPendingText = true
            pendingInBuffer = true
            textBuffer.removeAll(keepingCapacity: true)
        } else if !pendingInBuffer {
            moveTextToBuffer()
        }
        UTF8Scalars.append(value, to: &textBuffer)
    }

    private mutating func moveTextToBuffer() {
        textBuffer.removeAll(keepingCapacity: true)
        textBuffer.append(contentsOf: UnsafeBufferPointer(start: base + pendingStart, count: pendingEnd - pendingStart))
        pendingInBuffer = true
    }

    /// Ends the pending text node: one `String` for the whole run, a child of the current element.
    /// A text node longer than `maximumTextLength` is left to libxml2 (which truncates one past its
    /// own limit), and so is a document whose short text nodes could fill libxml2's dictionary of
    /// interned strings (it interns short and blank-led text nodes, up to 10,000,000 bytes).
    private mutating func flushText() throws(Failure) {
        guard hasPendingText else { return }
        hasPendingText = false
        guard let parent = openElements.last?.node else { return }
        let length = pendingInBuffer ? textBuffer.count : pendingEnd - pendingStart
        guard length <= XMLFastParser.maximumTextLength else { throw Failure() }
        if length < 60 {
            shortTextBytes += length
            guard shortTextBytes <= XMLFastParser.maximumTextLength else { throw Failure() }
        }
        let text: String
        if pendingInBuffer {
            text = String(decoding: textBuffer, as: UTF8.self)
        } else {
            text = String(decoding: UnsafeBufferPointer(start: base + pendingStart, count: pendingEnd - pendingStart), as: UTF8.self)
        }
        _ = appendNode(MarkupTree.Node(
            kind: .text, name: "", namespaceURI: nil, attributes: [], text: text, parent: parent,
            firstChild: -1, nextSibling: -1, depth: openElements.count
        ))
    }
}

/// The ASCII bytes from 0x20 up that stop one of `FastXMLTreeBuilder`'s scanning loops (as in
/// `XMLFastParser.ByteClass`), each repeated in all eight bytes of a word, to test eight input bytes
/// at once with the "has a zero byte" and "has a byte less than n" bit tricks (exact as yes/no
/// answers): a word with no byte of 0x80 and up, none below 0x20 and none of the stops is plain.
private struct StopWords {
    private let first, second, third, fourth: UInt64

    /// Up to four stop bytes (missing ones repeat the first).
    private init(_ stops: StaticString) {
        let bytes = UnsafeBufferPointer(start: stops.utf8Start, count: stops.utf8CodeUnitCount)
        func word(_ index: Int) -> UInt64 { UInt64(bytes[index < bytes.count ? index : 0]) &* 0x0101_0101_0101_0101 }
        first = word(0)
        second = word(1)
        third = word(2)
        fourth = word(3)
    }

    static let text = StopWords("<&]")
    static let cdata = StopWords("]")
    static let attribute = StopWords("<&\"'")
    static let comment = StopWords("-")
    static let instruction = StopWords("?")

    /// Whether none of the eight bytes of `word` can stop the loop.
    @inline(__always)
    func allPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & highs
        let flags = (word & highs) | belowSpace | zeroByte(word ^ first) | zeroByte(word ^ second)
            | zeroByte(word ^ third) | zeroByte(word ^ fourth)
        return flags == 0
    }
}
