import Foundation

/// libFuzzer entry point for the whole extraction core: each input is a document of unknown kind,
/// as an archive member would arrive at a worker. `Extractor.extract` detects its format (HTML, XML
/// feeds, JSON Feed, JSON Lines and CSV exports, plain text), decodes its charset, extracts every
/// article and runs article intelligence on them. The first byte picks a declared content type, so
/// the paths that trust a declared type (a WARC record's, an export chunk's) are fuzzed too. A crash,
/// a sanitizer report or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 1 else { return 0 }
    let declaredTypes: [String?] = [
        nil, "text/html; charset=windows-1252", "application/rss+xml", "application/jsonl", "text/csv", "text/plain; charset=utf-8",
    ]
    let declared = declaredTypes[Int(data[0]) % declaredTypes.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: count - 1))
    let document = Document(locator: SourceLocator(path: "fuzz"), bytes: bytes, declaredContentType: declared, url: "https://example.com/2024/01/02/page")
    _ = fuzzExtractor.extract(document)
    return 0
}

/// One extractor for every input, as a worker keeps one.
private let fuzzExtractor = Extractor(options: ExtractionOptions(maxDocumentBytes: 1 << 20))
