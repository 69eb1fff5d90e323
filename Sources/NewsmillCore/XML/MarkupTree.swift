/// A parsed HTML or XML document copied out of libxml2 into plain Swift values.
///
/// libxml2's tree is walked once, iteratively, right after parsing and then freed, so no libxml2
/// pointer outlives its document and every later pass (scoring, rendering, feed mapping) is safe,
/// `Sendable` Swift. Nodes live in one flat array and refer to each other by index.
public struct MarkupTree: Sendable {
    /// The kind of a node.
    public enum NodeKind: UInt8, Sendable {
        /// An element (`<p>`, `<item>`, ...).
        case element
        /// Character data (text or CDATA).
        case text
    }

    /// One node of the tree.
    ///
    /// Stored fields are declared largest first and the links kept as 32-bit integers (Swift lays a
    /// struct out in declaration order): 80 bytes a node instead of 112, which is most of a large
    /// page's memory.
    public struct Node: Sendable {
        /// The element's local name (lower-cased for HTML); empty for text.
        public var name: String
        /// The text of a text node; empty for elements.
        public var text: String
        /// The element's namespace URI, if any (XML only).
        public var namespaceURI: String?
        /// Element or text.
        public var kind: NodeKind
        /// The HTML traits of the element's name (empty for text), set when the tree is built.
        var traits: HTMLTagTraits = []
        /// The element's attributes as (local name, value) pairs, in document order.
        public var attributes: [(name: String, value: String)]
        private var parentIndex: Int32
        private var firstChildIndex: Int32
        private var nextSiblingIndex: Int32
        private var depthValue: Int32

        /// The parent's index, or -1 for the root.
        public var parent: Int {
            get { Int(parentIndex) }
            set { parentIndex = Int32(truncatingIfNeeded: newValue) }
        }
        /// The first child's index, or -1.
        public var firstChild: Int {
            get { Int(firstChildIndex) }
            set { firstChildIndex = Int32(truncatingIfNeeded: newValue) }
        }
        /// The next sibling's index, or -1.
        public var nextSibling: Int {
            get { Int(nextSiblingIndex) }
            set { nextSiblingIndex = Int32(truncatingIfNeeded: newValue) }
        }
        /// Depth below the root element (root = 0).
        public var depth: Int {
            get { Int(depthValue) }
            set { depthValue = Int32(truncatingIfNeeded: newValue) }
        }

        /// A node; indices are positions in the tree's `nodes`, of which there are fewer than 2^31
        /// (inputs are bounded far below that; indices are stored without an overflow check).
        init(
            kind: NodeKind, name: String, namespaceURI: String?, attributes: [(name: String, value: String)], text: String,
            parent: Int, firstChild: Int, nextSibling: Int, depth: Int, traits: HTMLTagTraits = []
        ) {
            self.name = name
            self.text = text
            self.namespaceURI = namespaceURI
            self.kind = kind
            self.traits = traits
            self.attributes = attributes
            self.parentIndex = Int32(truncatingIfNeeded: parent)
            self.firstChildIndex = Int32(truncatingIfNeeded: firstChild)
            self.nextSiblingIndex = Int32(truncatingIfNeeded: nextSibling)
            self.depthValue = Int32(truncatingIfNeeded: depth)
        }

        /// The value of the attribute `name` (case-insensitive for HTML names, which are lower-case).
        public func attribute(_ name: String) -> String? {
            // Lengths first: unequal names mostly differ in length, and `==` on two different
            // strings takes Swift's slow comparison path.
            let length = name.utf8.count
            for attribute in attributes where attribute.name.utf8.count == length && attribute.name == name { return attribute.value }
            return nil
        }

        /// Whether the attribute `name` is `value`, ignoring ASCII case (`value` in lower case);
        /// allocates nothing, unlike `attribute(name)?.lowercased() == value`.
        public func attribute(_ name: String, equalsIgnoringCase value: String) -> Bool {
            guard let actual = attribute(name), actual.utf8.count == value.utf8.count else { return false }
            for (byte, expected) in zip(actual.utf8, value.utf8) {
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lowered != expected { return false }
            }
            return true
        }
    }

    /// All nodes in document order (pre-order); index 0 is the root element when the tree is not empty.
    public private(set) var nodes: [Node]

    /// Creates a tree from nodes already linked (used by the libxml2 importer and tests).
    init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// The root element's index, or nil for an empty tree.
    public var root: Int? { nodes.isEmpty ? nil : 0 }

    /// The node at `index`.
    public subscript(index: Int) -> Node { nodes[index] }

    /// The indices of the children of `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].nextSibling
        }
        return result
    }

    /// The element children of `index`.
    public func elementChildren(of index: Int) -> [Int] {
        children(of: index).filter { nodes[$0].kind == .element }
    }

    /// The index one past the last descendant of `index` (nodes are stored in pre-order).
    public func subtreeEnd(of index: Int) -> Int {
        var current = index
        while current >= 0 {
            let next = nodes[current].nextSibling
            if next >= 0 { return next }
            current = nodes[current].parent
        }
        return nodes.count
    }

    /// The indices of `index` and all its descendants, in document order.
    public func subtree(of index: Int) -> Range<Int> {
        index..<subtreeEnd(of: index)
    }

    /// All elements named `name` (local name) in document order.
    public func elements(named name: String, under start: Int? = nil) -> [Int] {
        let range = start.map { subtree(of: $0) } ?? 0..<nodes.count
        let length = name.utf8.count
        return range.filter { nodes[$0].kind == .element && nodes[$0].name.utf8.count == length && nodes[$0].name == name }
    }

    /// Whether `ancestor` is `index` or one of its ancestors.
    public func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }

    /// The concatenated text of `index` and its descendants, exactly as in the source.
    public func rawText(of index: Int) -> String {
        var result = ""
        for position in subtree(of: index) where nodes[position].kind == .text {
            result += nodes[position].text
        }
        return result
    }

    /// The text of `index` with runs of white space folded to one space and the ends trimmed.
    public func text(of index: Int) -> String {
        ArticleIdentity.foldWhitespace(rawText(of: index))
    }
}
