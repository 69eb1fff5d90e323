import Foundation

/// libFuzzer entry point comparing `XMLFastParser` with libxml2 on raw bytes: whenever the fast
/// parser returns a tree, libxml2 must call the document well-formed and build the identical tree
/// (`XMLFastParserTests` makes the same check on fixed inputs). A crash, a sanitizer report or a
/// failed precondition (a tree that differs) is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedXML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let fast = XMLFastParser.parse(bytes) else { return 0 }
    let reference = LibXML.parseXML(bytes)
    precondition(reference.wellFormed, "the fast parser read a document libxml2 calls ill-formed: \(reference.errorMessage ?? "")")
    guard let expected = reference.tree else { preconditionFailure("libxml2 built no tree") }
    precondition(fast.nodes.count == expected.nodes.count, "\(fast.nodes.count) nodes instead of \(expected.nodes.count)")
    for index in expected.nodes.indices {
        let got = fast.nodes[index], want = expected.nodes[index]
        let same = got.kind == want.kind && got.name == want.name && got.namespaceURI == want.namespaceURI
            && got.text == want.text && got.parent == want.parent && got.firstChild == want.firstChild
            && got.nextSibling == want.nextSibling && got.depth == want.depth && got.traits == want.traits
            && got.attributes.map(\.name) == want.attributes.map(\.name) && got.attributes.map(\.value) == want.attributes.map(\.value)
        precondition(same, "node \(index) is \(got) instead of \(want)")
    }
    return 0
}
