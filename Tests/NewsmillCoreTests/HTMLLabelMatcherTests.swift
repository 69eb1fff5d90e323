import XCTest

@testable import NewsmillCore

/// `LabelMatcher` must find exactly what matching each list separately on the lower-cased value finds.
final class HTMLLabelMatcherTests: XCTestCase {
    /// The reference: every list on its own, fragments as substrings, words split at non-alphanumerics.
    private func expectedSignals(_ label: String) -> LabelSignals {
        let lowered = label.lowercased()
        let words = Set(lowered.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init))
        var signals: LabelSignals = []
        let fragmentLists: [(PatternSet, LabelSignals)] = [
            (MainTextExtractor.unlikelyPattern, .unlikely), (MainTextExtractor.maybePattern, .maybe),
            (MainTextExtractor.metadataPattern, .metadata), (MainTextExtractor.positivePattern, .positive),
            (MainTextExtractor.negativePattern, .negative), (MainTextExtractor.articleMarkers, .articleMarker),
            (PatternSet(["comment"]), .comment), (HTMLMetadataReader.bylinePattern, .bylineFragment),
            (HTMLMetadataReader.authorPattern, .authorFragment), (HTMLMetadataReader.authorityPattern, .authorityFragment),
        ]
        for (patterns, signal) in fragmentLists where patterns.matches(lowered) { signals.insert(signal) }
        if !words.isDisjoint(with: MainTextExtractor.metadataTokens) { signals.insert(.metadataToken) }
        if !words.isDisjoint(with: MainTextExtractor.hiddenTokens) { signals.insert(.hiddenToken) }
        if !words.isDisjoint(with: MainTextExtractor.adTokens) { signals.insert(.adToken) }
        return signals
    }

    func testMatchesEachListSeparately() {
        let labels = [
            "", "x", "Article-Body main", "site-NAV menu__item", "post-meta byline", "sr-only", "ad", "ads-slot",
            "header advert", "comment-list", "COMMENTS", "entry-content hentry", "share-bar social", "date",
            "updated-date", "load", "footer-foot", "visuallyhidden", "meta", "metadata", "dfp_ad-top", "gpt",
            "related-posts widget", "story-body__inner", "caption credit", "read-more", "élément nav", "navé",
            "a b c d e f", "tags tag-list", "print-only", "Sign-Up", "rich-text prose", "Author-Name", "authority-box",
            "article-author", "AuthorName byline",
        ]
        for label in labels {
            XCTAssertEqual(LabelMatcher.shared.signals(of: label), expectedSignals(label), label)
        }
    }

    func testSpecificSignals() {
        XCTAssertTrue(LabelMatcher.shared.signals(of: "Site-Nav").contains(.unlikely))
        XCTAssertTrue(LabelMatcher.shared.signals(of: "top ad").contains(.adToken))
        XCTAssertFalse(LabelMatcher.shared.signals(of: "loaded head").contains(.adToken))
        XCTAssertEqual(LabelMatcher.shared.signals(of: "plain"), [])
    }
}
