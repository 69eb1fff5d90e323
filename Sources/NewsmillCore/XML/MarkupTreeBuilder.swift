/// A `MarkupTree` being built in document order, shared by the parsers that build one: elements are
/// appended as the last child of their parent, and text is gathered in one byte arena, adjacent chunks
/// in the same parent becoming one text node, and turned into `String`s once at the end.
struct MarkupTreeBuilder {
    /// The nodes so far, in document order.
    private(set) var nodes: [MarkupTree.Node] = []
    /// Each node's last child so far, or -1.
    private var lastChild: [Int] = []
    /// Text bytes of all text nodes, and each text node's (node, start, end) in it.
    private var arena: [UInt8] = []
    private var textRanges: [(node: Int, start: Int, end: Int)] = []

    /// A builder with room for about `nodeCount` nodes and `textBytes` bytes of text.
    init(nodeCount: Int = 0, textBytes: Int = 0) {
        nodes.reserveCapacity(nodeCount)
        lastChild.reserveCapacity(nodeCount)
        arena.reserveCapacity(textBytes)
    }

    /// Appends `node` as the last child of its parent; returns its index.
    mutating func append(_ node: consuming MarkupTree.Node) -> Int {
        let index = nodes.count
        let parent = node.parent
        nodes.append(node)
        lastChild.append(-1)
        if parent >= 0 {
            if lastChild[parent] >= 0 {
                nodes[lastChild[parent]].nextSibling = index
            } else {
                nodes[parent].firstChild = index
            }
            lastChild[parent] = index
        }
        return index
    }

    /// Appends text to `parent` (a node at `depth - 1`), continuing the text node just made when nothing
    /// came between (same parent, still the last node).
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, parent: Int, depth: Int) {
        guard !bytes.isEmpty else { return }
        let start = arena.count
        arena.append(contentsOf: bytes)
        if let last = textRanges.last, last.node == nodes.count - 1, nodes[last.node].parent == parent {
            textRanges[textRanges.count - 1].end = arena.count
            return
        }
        let index = append(MarkupTree.Node(
            kind: .text, name: "", namespaceURI: nil, attributes: [], text: "",
            parent: parent, firstChild: -1, nextSibling: -1, depth: depth
        ))
        textRanges.append((index, start, arena.count))
    }

    /// The tree, or nil when nothing was built.
    mutating func finish() -> MarkupTree? {
        guard !nodes.isEmpty else { return nil }
        arena.withUnsafeBufferPointer { bytes in
            for range in textRanges {
                nodes[range.node].text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), as: UTF8.self)
            }
        }
        arena = []
        return MarkupTree(nodes: nodes)
    }
}
