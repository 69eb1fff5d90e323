import Foundation

/// libFuzzer entry point for the HTML path of `NewsmillCore`.
///
/// Each input is treated as the bytes of a page: it goes through the same steps as
/// `Extractor` for an HTML document (charset decoding to UTF-8, `HTMLParser`, metadata,
/// main-text extraction, rendering and clean-up), and through `plainText(fromFragment:)` as a
/// feed item's content would, and once more with a tiny element budget. A crash, a sanitizer report
/// or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLPage(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let decoded = CharsetDecoder.decode(bytes, declaredContentType: nil, kind: .html)
    let locator = SourceLocator(path: "fuzz.html")
    _ = HTMLArticleReader.read(html: decoded.utf8, url: "https://example.com/2024/01/02/page", locator: locator)
    _ = HTMLArticleReader.plainText(fromFragment: decoded.string)
    // Again with an element budget small enough for fuzzed pages to cross it (past it the parser
    // keeps text in an overflow element; see `HTMLParser.maximumElements`).
    if let tree = HTMLParser.parse(decoded.utf8, detail: .articleReading, elementLimit: 1 + count % 16) {
        _ = HTMLArticleReader.mainText(of: tree)
    }
    return 0
}
