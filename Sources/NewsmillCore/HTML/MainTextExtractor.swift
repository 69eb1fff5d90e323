/// Finds the main text of an HTML page.
///
/// The approach follows Mozilla Readability (`Readability.js`, `_grabArticle`): boilerplate elements
/// are dropped by tag and by class/id signals; every paragraph-like block scores its ancestors
/// (1 point + 1 per comma + 1 per 100 characters, up to 3; parents get the full score, grandparents
/// half, further ancestors a third per level); candidate scores start from a tag and class/id weight
/// and are scaled by (1 - link density). The best candidate is taken together with siblings that
/// score at least a fifth of it or look like prose, and its content is cleaned conditionally
/// (link- or image-heavy lists, tables and divs are dropped). All passes walk the flat pre-order
/// node array, so deep nesting costs no recursion.
struct MainTextExtractor {
    let tree: MarkupTree
    /// Nodes dropped with their subtree (boilerplate, invisible or hidden elements, or a dropped ancestor).
    private(set) var dead: [Bool]
    /// Folded text length of each node's live subtree.
    private(set) var textLength: [Int]
    /// Folded text length inside links in each node's live subtree (in-page links weigh 0.3).
    private(set) var linkLength: [Double]
    /// Commas in each node's live subtree.
    private(set) var commas: [Int]
    /// `<p>` elements in each node's live subtree.
    private(set) var paragraphs: [Int]
    /// Which class/id signals each element's `class` and `id` attributes carry.
    private let labels: ElementLabels
    /// Folded length and comma count of each text node (measured once, used by both statistics passes).
    private let textMeasures: [(length: Int, commas: Int)]

    /// Class/id fragments of boilerplate blocks (Readability's `unlikelyCandidates`, extended).
    static let unlikelyPattern = PatternSet([
        "nav", "menu", "footer", "comment", "share", "sharing", "social", "related", "promo", "advert", "cookie",
        "newsletter", "subscribe", "breadcrumb", "sidebar", "widget", "banner", "combx", "disqus", "extra", "foot",
        "masthead", "popup", "modal", "outbrain", "taboola", "sponsor", "recommend", "pagination", "pager",
        "signup", "sign-up", "login", "toolbar", "skip-link", "print-only", "rss", "shoutbox",
        "also-read", "read-more", "readmore", "more-stories", "most-popular", "trending", "tags", "tag-list",
    ])
    /// Class/id fragments of small metadata elements (bylines, date lines, captions, credits).
    static let metadataPattern = PatternSet(["byline", "author", "dateline", "timestamp", "caption", "credit"])
    /// Whole class/id words of small metadata elements.
    static let metadataTokens: Set<String> = ["date", "dates", "time", "meta", "published", "pubdate", "updated"]
    /// Class/id fragments that keep a block despite an unlikely fragment (Readability's `okMaybeItsACandidate`).
    static let maybePattern = PatternSet(["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post", "text"])
    /// Whole class/id words of elements hidden by the page's style sheet (pop-ups, screen-reader text).
    static let hiddenTokens: Set<String> = ["hidden", "hide", "invisible", "sr", "visuallyhidden", "screenreader", "offscreen"]
    /// Whole class/id words of advertisement slots.
    static let adTokens: Set<String> = ["ad", "ads", "advertisement", "adv", "dfp", "gpt"]
    /// Class/id fragments that raise a candidate's weight by 25.
    static let positivePattern = PatternSet([
        "article", "body", "content", "entry", "hentry", "h-entry", "post", "text", "blog", "story",
        "prose", "rich-text", "richtext",
    ])
    /// Class/id fragments that lower a candidate's weight by 25.
    static let negativePattern = PatternSet([
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget", "byline", "author", "caption", "credit", "teaser", "newsletter",
    ])
    /// Tags dropped outright (besides `TextRenderer.invisibleTags`).
    static let boilerplateTags: Set<String> = ["nav", "aside", "footer", "menu", "dialog", "figcaption"]
    /// Block-level tags: a `<div>` without any of these inside is treated as a paragraph.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "ul", "ol", "dl", "h1", "h2", "h3",
        "h4", "h5", "h6", "figure", "header", "footer", "aside", "nav", "form", "address", "hr",
    ]

    /// Containers whose loose inline text counts as a paragraph.
    static let containerTags: Set<String> = ["div", "section", "article", "main", "td", "center", "body"]

    /// Scores `tree`; `labels` are its elements' class/id signals when the caller already has them.
    init(tree: MarkupTree, labels: ElementLabels? = nil) {
        self.tree = tree
        let count = tree.nodes.count
        dead = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        self.labels = labels ?? ElementLabels(tree)
        // Text in invisible elements (scripts, style sheets) is never counted: no need to measure it.
        textMeasures = tree.nodes.indices.map { index in
            guard tree.nodes[index].kind == .text else { return (0, 0) }
            let parent = tree.nodes[index].parent
            guard parent < 0 || !tree.nodes[parent].traits.contains(.invisible) else { return (0, 0) }
            return Self.measure(tree.nodes[index].text)
        }
        computeStatistics(removingBoilerplate: false)
        markBoilerplate()
        computeStatistics(removingBoilerplate: true)
    }

    // MARK: - Statistics

    private mutating func computeStatistics(removingBoilerplate: Bool) {
        let count = tree.nodes.count
        var inLink = Array(repeating: 0.0, count: count)
        // Fields are read through `tree.nodes[index]` (no copy of the whole node in these hot loops).
        for index in 0..<count {
            let parent = tree.nodes[index].parent
            if parent >= 0 {
                if dead[parent] { dead[index] = true }
                inLink[index] = inLink[parent]
            }
            guard tree.nodes[index].kind == .element else { continue }
            if tree.nodes[index].traits.contains(.link) {
                let href = tree.nodes[index].attribute("href") ?? ""
                inLink[index] = href.hasPrefix("#") ? 0.3 : 1
            }
            if tree.nodes[index].traits.contains(.invisible) { dead[index] = true }
        }
        for index in 0..<count {
            textLength[index] = 0
            linkLength[index] = 0
            commas[index] = 0
            paragraphs[index] = 0
        }
        for index in stride(from: count - 1, through: 0, by: -1) where !dead[index] {
            if tree.nodes[index].kind == .text {
                let (length, commaCount) = textMeasures[index]
                textLength[index] = length
                commas[index] = commaCount
                linkLength[index] = Double(length) * inLink[index]
            } else if tree.nodes[index].name == "p" {
                paragraphs[index] += 1
            }
            let parent = tree.nodes[index].parent
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
                paragraphs[parent] += paragraphs[index]
            }
        }
    }

    /// Folded length and comma count of a text run.
    private static func measure(_ text: String) -> (length: Int, commas: Int) {
        var length = 0
        var commaCount = 0
        var previousSpace = true
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte < 0x80 {
                    // ASCII fast path: no scalar decoding.
                    position += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        if !previousSpace { length += 1 }
                        previousSpace = true
                    } else {
                        length += 1
                        previousSpace = false
                        if byte == UInt8(ascii: ",") { commaCount += 1 }
                    }
                    continue
                }
                let (scalar, width) = UTF8Scalars.decode(bytes, at: position)
                position += width
                if scalar.isSpaceLike {
                    if !previousSpace { length += 1 }
                    previousSpace = true
                } else {
                    length += 1
                    previousSpace = false
                    if scalar == "，" || scalar == "、" || scalar == "،" { commaCount += 1 }
                }
            }
        }
        return (length, commaCount)
    }

    /// The link density of a node: link text over all text.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : linkLength[index] / Double(textLength[index])
    }

    // MARK: - Boilerplate

    /// The class/id signals of an element: those of its class and of its id together (no pattern
    /// contains a space, so matching "class id" as one label finds exactly the union).
    func signals(_ index: Int) -> LabelSignals {
        labels.signals(index)
    }

    private mutating func markBoilerplate() {
        let totalText = max(1, tree.root.map { textLength[$0] } ?? 1)
        // Whether a subtree holds an element that marks the article body; such a subtree is not
        // dropped for a class name alone (blog templates put the post inside a "widget").
        var holdsArticle = Array(repeating: false, count: tree.nodes.count)
        for index in stride(from: tree.nodes.count - 1, through: 0, by: -1) where tree.nodes[index].kind == .element {
            if !holdsArticle[index] && isArticleMarker(index) { holdsArticle[index] = true }
            if holdsArticle[index], tree.nodes[index].parent >= 0 { holdsArticle[tree.nodes[index].parent] = true }
        }
        markTagLists()
        for index in tree.nodes.indices where tree.nodes[index].kind == .element && !dead[index] {
            let name = tree.nodes[index].name
            if name == "body" || name == "html" || name == "main" { continue }
            // A block of teasers under a "related" heading is never the article, whatever its size.
            if !tree.nodes[index].traits.isDisjoint(with: [.container, .list]), opensWithRelatedContentHeading(index) {
                dead[index] = true
                continue
            }
            if name == "article" { continue }
            if tree.nodes[index].attribute("itemprop", equalsIgnoringCase: "articlebody") { continue }
            // Never drop the bulk of the page's text on a class name alone.
            let holdsMostText = Double(textLength[index]) > 0.5 * Double(totalText)
                && (paragraphs[index] >= 3 || (textLength[index] >= 500 && linkDensity(index) < 0.3))
            if isHidden(index) && !holdsMostText {
                dead[index] = true
                continue
            }
            if tree.nodes[index].traits.contains(.boilerplate) && !holdsMostText {
                dead[index] = true
                continue
            }
            if name == "header" && !hasAncestor(index, named: ["article", "main"]) && !holdsMostText {
                dead[index] = true
                continue
            }
            if name == "form" && paragraphs[index] < 3 && (textLength[index] < 500 || linkDensity(index) > 0.5) {
                dead[index] = true
                continue
            }
            if holdsMostText || name == "a" { continue }
            let signals = signals(index)
            // Bylines and date lines are metadata, not text.
            if textLength[index] < 120, paragraphs[index] <= 1,
                signals.contains(.metadata) || signals.contains(.metadataToken)
                    || tree.nodes[index].attribute("itemprop").map({ ["author", "datepublished", "datemodified"].contains($0.lowercased()) }) == true
            {
                dead[index] = true
                continue
            }
            if name == "time", tree.nodes[index].parent >= 0, textLength[index] * 10 >= textLength[tree.nodes[index].parent] * 8 {
                dead[index] = true
                continue
            }
            if let role = tree.nodes[index].attribute("role"), Self.boilerplateRoles.contains(role.lowercased()) {
                dead[index] = true
                continue
            }
            guard !signals.isEmpty else { continue }
            if signals.contains(.adToken)
                || (textLength[index] < 300 && !holdsArticle[index] && signals.contains(.hiddenToken))
            {
                dead[index] = true
                continue
            }
            if signals.contains(.unlikely)
                && !signals.contains(.maybe)
                && !(holdsArticle[index] && !signals.contains(.comment))
            {
                dead[index] = true
            }
        }
    }

    /// ARIA roles of navigation and other furniture.
    static let boilerplateRoles: Set<String> = ["navigation", "menu", "menubar", "complementary", "contentinfo", "banner", "dialog", "alert"]

    /// Class names and attributes that mark an article body.
    static let articleMarkers = PatternSet([
        "hentry", "h-entry", "post-body", "post-content", "entry-content", "article-body", "articlebody", "article-content",
        "story-body", "storybody", "article-text", "articletext", "story-content", "main-article",
    ])

    private func isArticleMarker(_ index: Int) -> Bool {
        if signals(index).contains(.articleMarker) || tree.nodes[index].name == "article" { return true }
        return !tree.nodes[index].attributes.isEmpty && tree.nodes[index].attribute("itemprop", equalsIgnoringCase: "articlebody")
    }

    /// Inline styles that hide an element.
    static let hiddenStylePattern = PatternSet(["display:none", "visibility:hidden"])

    /// Marks tag lists as boilerplate: an element whose text is mostly tag links (the rel-tag
    /// microformat, microformats.org/wiki/rel-tag; WordPress writes `rel="category tag"`), such as
    /// "Tags: a, b, c" or "Filed under: X". Tag links inside prose are left alone.
    private mutating func markTagLists() {
        var tagText: [Int: Int] = [:]
        for index in tree.nodes.indices where tree.nodes[index].traits.contains(.link) {
            guard let rel = tree.nodes[index].attribute("rel"), rel.lowercased().split(separator: " ").contains("tag") else { continue }
            let parent = tree.nodes[index].parent
            if parent >= 0 { tagText[parent, default: 0] += textLength[index] }
        }
        for (parent, length) in tagText where length * 2 >= textLength[parent] {
            let name = tree.nodes[parent].name
            if name != "body" && name != "html" && name != "article" && name != "main" { dead[parent] = true }
        }
    }

    private func isHidden(_ index: Int) -> Bool {
        guard !tree.nodes[index].attributes.isEmpty else { return false }
        if tree.nodes[index].attribute("hidden") != nil { return true }
        if tree.nodes[index].attribute("aria-hidden", equalsIgnoringCase: "true") { return true }
        if let style = tree.nodes[index].attribute("style") {
            // Without spaces and lower-cased, as CSS allows "Display : none".
            let compact = String(decoding: style.utf8.lazy.filter { $0 != 0x20 }.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            if Self.hiddenStylePattern.matches(compact) { return true }
        }
        return false
    }

    private func hasAncestor(_ index: Int, named names: Set<String>) -> Bool {
        var current = tree.nodes[index].parent
        while current >= 0 {
            if names.contains(tree.nodes[current].name) { return true }
            current = tree.nodes[current].parent
        }
        return false
    }

    // MARK: - Scoring

    /// The class/id weight of Readability's `_getClassWeight`, plus structural bonuses.
    func classWeight(_ index: Int) -> Double {
        var weight = 0.0
        for signals in [labels.classSignals[index], labels.idSignals[index]] {
            if signals.contains(.negative) { weight -= 25 }
            if signals.contains(.positive) { weight += 25 }
        }
        if tree.nodes[index].attribute("itemprop", equalsIgnoringCase: "articlebody") { weight += 50 }
        if tree.nodes[index].name == "article" || tree.nodes[index].name == "main" { weight += 15 }
        if tree.nodes[index].attribute("role", equalsIgnoringCase: "main") { weight += 15 }
        return weight
    }

    private func baseScore(_ index: Int) -> Double {
        switch tree.nodes[index].name {
        case "div": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }

    /// Whether an element is a paragraph-like scoring unit.
    private func isParagraphLike(_ index: Int) -> Bool {
        let name = tree.nodes[index].name
        switch name {
        case "p", "pre", "td", "blockquote": return true
        case "div", "section":
            var child = tree.nodes[index].firstChild
            while child >= 0 {
                if tree.nodes[child].traits.contains(.block) { return false }
                child = tree.nodes[child].nextSibling
            }
            return true
        default: return false
        }
    }

    /// The indices of the top-level nodes holding the main text, in document order; empty when none.
    func mainContentRoots() -> [Int] {
        let scores = candidateScores()
        return chooseRoots(scores: scores)
    }

    /// Readability content scores of the candidate containers, before link-density scaling.
    func candidateScores() -> CandidateScores {
        var scores = CandidateScores(count: tree.nodes.count)
        for index in tree.nodes.indices where tree.nodes[index].kind == .element && !dead[index] {
            // A scoring unit is a paragraph-like element, or the loose inline text directly inside a
            // container (Readability wraps such runs in a <p>; the container is then their parent).
            var length = 0
            var links = 0.0
            var commaCount = 0
            var ancestor: Int
            if isParagraphLike(index) {
                length = textLength[index]
                links = linkLength[index]
                commaCount = commas[index]
                ancestor = tree.nodes[index].parent
            } else {
                guard tree.nodes[index].traits.contains(.container) else { continue }
                var child = tree.nodes[index].firstChild
                while child >= 0 {
                    if !dead[child], !tree.nodes[child].traits.contains(.block) {
                        length += textLength[child]
                        links += linkLength[child]
                        commaCount += commas[child]
                    }
                    child = tree.nodes[child].nextSibling
                }
                ancestor = index
            }
            guard length >= 25 else { continue }
            // Unlike Readability, a unit that is mostly link text (a teaser headline) adds little.
            let score = (1 + Double(commaCount) + Double(min(length / 100, 3))) * (1 - links / Double(length))
            var level = 0
            while ancestor >= 0, level < 5 {
                if scores[ancestor] == nil { scores.add(ancestor, initial: baseScore(ancestor) + classWeight(ancestor)) }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores.increase(ancestor, by: score / divider)
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        return scores
    }

    /// The best candidate and its qualifying siblings, given the candidate scores.
    private func chooseRoots(scores: CandidateScores) -> [Int] {
        let ranked = scores.candidates.map { ($0, scores.values[$0] * (1 - linkDensity($0))) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard var (top, topScore) = ranked.first, topScore > 0 else { return [] }

        // If several of the best candidates share an ancestor, the article spans them: move up.
        // (Ancestors of the best candidate are not alternatives to it: they already contain it.)
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.1 >= 0.75 * topScore && !tree.isAncestor($0.0, of: top) }.map(\.0)
        if alternatives.count >= 3 {
            var ancestor = tree.nodes[top].parent
            while ancestor >= 0, tree.nodes[ancestor].name != "body" {
                let contained = alternatives.filter { tree.isAncestor(ancestor, of: $0) }.count
                if contained >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree.nodes[ancestor].parent
            }
        }
        // A lone child adds nothing: use the parent.
        while tree.nodes[top].parent >= 0, tree[tree.nodes[top].parent].name != "body",
            textLength[tree.nodes[top].parent] == textLength[top]
        {
            top = tree.nodes[top].parent
        }
        topScore = max(topScore, scores[top].map { $0 * (1 - linkDensity(top)) } ?? 0)

        let parent = tree.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].attribute("class") ?? ""
        var roots: [Int] = []
        for sibling in tree.elementChildren(of: parent) where !dead[sibling] {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            // Headers hold the headline, byline and lead image; the headline is the title.
            if ["header", "footer", "h1", "figure"].contains(tree.nodes[sibling].name) { continue }
            var bonus = 0.0
            if !topClass.isEmpty, tree.nodes[sibling].attribute("class") == topClass { bonus += topScore * 0.2 }
            let siblingScore = (scores[sibling] ?? 0) * (1 - linkDensity(sibling))
            if siblingScore + bonus >= threshold {
                roots.append(sibling)
            } else if tree.nodes[sibling].name == "p" {
                let length = textLength[sibling]
                let density = linkDensity(sibling)
                let text = tree.text(of: sibling)
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0, length <= 80, density == 0, text.last.map({ ".!?…".contains($0) }) == true {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    /// Headings of "related content" blocks (teasers of other articles), lower-cased, in the languages
    /// the stop-word detector knows and a few more; matched after trailing dots, ellipses and colons.
    static let relatedContentHeadings: Set<String> = [
        "related", "related articles", "related stories", "related posts", "related content", "related news",
        "you may also like", "you might also like", "you may be interested in", "recommended", "recommended for you",
        "more stories", "more from this author", "read next", "see also", "also read", "read also",
        "você pode gostar", "você também pode gostar", "veja também", "leia também", "posts relacionados",
        "artigos relacionados", "notícias relacionadas", "relacionados",
        "te puede interesar", "también te puede interesar", "artículos relacionados", "noticias relacionadas",
        "lee también", "te recomendamos",
        "à lire aussi", "lire aussi", "vous aimerez aussi", "vous aimerez aussi lire", "articles similaires",
        "sur le même sujet", "articles liés",
        "lesen sie auch", "das könnte sie auch interessieren", "mehr zum thema", "ähnliche artikel", "verwandte artikel",
        "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
        "lees ook", "gerelateerde artikelen", "läs också", "relaterade artiklar", "læs også", "relaterede artikler",
        "les også", "relaterte artikler", "czytaj także", "czytaj też", "zobacz też", "podobne artykuły",
        "читайте также", "похожие статьи", "смотрите также", "baca juga", "artikel terkait", "berita terkait",
        "ilgili haberler", "関連記事", "おすすめ記事", "관련기사", "관련 기사", "相关文章", "相关阅读", "相關文章",
    ]

    /// Whether a block lists other articles: its first child with text is a heading that announces
    /// related content ("You may also like", "Você pode gostar...", `<h3 class="related-title">`), and
    /// it holds no `h1` (the headline of the article itself).
    func opensWithRelatedContentHeading(_ index: Int) -> Bool {
        guard textLength[index] > 0 else { return false }
        var child = tree.nodes[index].firstChild
        while child >= 0, textLength[child] == 0 || tree.nodes[child].kind != .element {
            // Loose text before the first element: not a heading block.
            if tree.nodes[child].kind == .text, textLength[child] > 0 { return false }
            child = tree.nodes[child].nextSibling
        }
        // A heading is short, and not a link (a list of teaser links starts with one).
        guard child >= 0, textLength[child] <= 60, !tree.nodes[child].traits.contains(.link) else { return false }
        let isHeading = tree.nodes[child].traits.contains(.heading)
        var matches = false
        if isHeading, let label = tree.nodes[child].attribute("class"), label.lowercased().containsBytes("related") {
            matches = true
        } else if let heading = headingKey(child) {
            matches = Self.relatedHeadingKeys.contains(heading)
        }
        return matches && !tree.subtree(of: index).contains { tree.nodes[$0].name == "h1" }
    }

    /// The text under `index` as a lookup key for `relatedHeadingKeys`: white space folded and
    /// trimmed, trailing dots, colons and ellipses dropped, ASCII lower-cased, as UTF-8 bytes (nil
    /// beyond 240 bytes). Built on bytes: most blocks' first child is checked, so no `String` is made.
    private func headingKey(_ index: Int) -> [UInt8]? {
        var key: [UInt8] = []
        key.reserveCapacity(64)
        var pendingSpace = false
        for position in tree.subtree(of: index) where tree.nodes[position].kind == .text {
            var text = tree.nodes[position].text
            let fits = text.withUTF8 { bytes in
                for byte in bytes {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = !key.isEmpty
                        continue
                    }
                    if pendingSpace { key.append(0x20) }
                    pendingSpace = false
                    key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    if key.count > 240 { return false }
                }
                return true
            }
            if !fits { return nil }
        }
        while let last = key.last {
            if last == 0x2E || last == 0x3A || last == 0x20 {
                key.removeLast()
            } else if key.count >= 3, key[key.count - 3] == 0xE2, key[key.count - 2] == 0x80, last == 0xA6 {
                key.removeLast(3)
            } else {
                break
            }
        }
        return key
    }

    /// `relatedContentHeadings` as `headingKey` makes them: as listed, with the first letter upper-case,
    /// and all upper-case (the key lower-cases ASCII only).
    private static let relatedHeadingKeys: Set<[UInt8]> = {
        var keys: Set<[UInt8]> = []
        for phrase in relatedContentHeadings {
            let capitalized = phrase.prefix(1).uppercased() + phrase.dropFirst()
            for form in [phrase, capitalized, phrase.uppercased()] {
                keys.insert(form.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            }
        }
        return keys
    }()

    /// Candidate scores indexed by node, with the candidates listed in the order they were scored.
    struct CandidateScores {
        /// The score of each node (meaningful for candidates only).
        private(set) var values: [Double]
        /// Whether each node is a candidate.
        private var isCandidate: [Bool]
        /// The candidates, in the order they were first scored.
        private(set) var candidates: [Int] = []

        init(count: Int) {
            values = Array(repeating: 0, count: count)
            isCandidate = Array(repeating: false, count: count)
        }

        /// The score of `index`, or nil when it is not a candidate.
        subscript(index: Int) -> Double? { isCandidate[index] ? values[index] : nil }

        /// Makes `index` a candidate with an initial score.
        mutating func add(_ index: Int, initial: Double) {
            isCandidate[index] = true
            values[index] = initial
            candidates.append(index)
        }

        /// Adds `amount` to a candidate's score.
        mutating func increase(_ index: Int, by amount: Double) {
            values[index] += amount
        }
    }

    // MARK: - Conditional cleaning

    /// Counts gathered over the kept part of a subtree during conditional cleaning.
    struct KeptCounts {
        var text = 0
        var links = 0.0
        var commas = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var embeds = 0

        mutating func add(_ other: KeptCounts) {
            text += other.text
            links += other.links
            commas += other.commas
            paragraphs += other.paragraphs
            images += other.images
            listItems += other.listItems
            inputs += other.inputs
            embeds += other.embeds
        }

        var linkDensity: Double { text == 0 ? 0 : links / Double(text) }
    }

    /// Which nodes inside `roots` to leave out (Readability's `_cleanConditionally`), decided
    /// bottom-up so that a container is judged on what is left of it once the link lists, share
    /// bars and image strips inside it are gone. The largest root (the best candidate) is always
    /// kept; the siblings added to it are judged like any block.
    func conditionallyRemoved(roots: [Int]) -> [Bool] {
        let mainRoot = roots.max { textLength[$0] < textLength[$1] } ?? -1
        var removed = Array(repeating: false, count: tree.nodes.count)
        var counts = Array(repeating: KeptCounts(), count: tree.nodes.count)
        var allCounts = counts
        for root in roots {
            let range = tree.subtree(of: root)
            for index in range.reversed() {
                let parent = tree.nodes[index].parent
                let isElement = tree.nodes[index].kind == .element
                var own = KeptCounts()
                if !isElement {
                    if !dead[index] {
                        own.text = textLength[index]
                        own.links = linkLength[index]
                        own.commas = commas[index]
                    }
                } else {
                    switch tree.nodes[index].name {
                    case "img": own.images = 1
                    case "li": own.listItems = 1
                    case "p": own.paragraphs = 1
                    case "input", "select", "textarea", "button": own.inputs = 1
                    case "iframe", "embed", "object", "video": own.embeds = 1
                    default: break
                    }
                }
                counts[index].add(own)
                allCounts[index].add(own)
                if index != root, parent >= 0 { allCounts[parent].add(allCounts[index]) }
                if isElement, !dead[index], index != mainRoot {
                    // A block holding most of its root's text is the text itself, unless it is mostly links.
                    let holdsMost = index != root && counts[index].text * 2 >= textLength[root] && counts[index].linkDensity <= 0.5
                    // Judged both on what is left of it and on all of it (a link list with a caption left over).
                    if !holdsMost, shouldRemove(index, counts: counts[index]) || shouldRemove(index, counts: allCounts[index]) {
                        removed[index] = true
                        continue
                    }
                }
                if index != root, parent >= 0 { counts[parent].add(counts[index]) }
            }
        }
        return removed
    }

    /// Readability's conditional-cleaning rules for one element, given its kept counts.
    private func shouldRemove(_ index: Int, counts: KeptCounts) -> Bool {
        let name = tree.nodes[index].name
        // The headline is the article's title, not part of its text.
        if name == "h1" { return true }
        if ["h2", "h3", "h4", "h5", "h6"].contains(name) {
            return classWeight(index) < 0 || counts.linkDensity > 0.33
        }
        guard ["table", "ul", "ol", "div", "section", "form", "figure", "dl"].contains(name) else {
            if name == "p" || name == "li" {
                return counts.text > 0 && counts.linkDensity > 0.6 && counts.text < 200
            }
            return false
        }
        if name == "table", isDataTable(index) { return false }
        let weight = classWeight(index)
        if weight < 0 && counts.paragraphs == 0 { return true }
        guard counts.commas < 10 else { return false }
        let isList = name == "ul" || name == "ol"
        if counts.images > 1 && Double(counts.paragraphs) / Double(counts.images) < 0.5 && !hasAncestor(index, named: ["figure"]) {
            return true
        }
        if !isList && counts.listItems - 100 > counts.paragraphs { return true }
        if counts.inputs > 0 && counts.inputs > counts.paragraphs / 3 { return true }
        if !isList && counts.text < 25 && (counts.images == 0 || counts.images > 2) && name != "figure" { return true }
        if weight < 25 && counts.linkDensity > 0.2 { return true }
        if weight >= 25 && counts.linkDensity > 0.5 { return true }
        if (counts.embeds == 1 && counts.text < 75) || counts.embeds > 1 { return true }
        return false
    }

    private func isDataTable(_ index: Int) -> Bool {
        if tree.nodes[index].attribute("role", equalsIgnoringCase: "presentation") { return false }
        let rows = tree.elements(named: "tr", under: index).count
        let headers = tree.elements(named: "th", under: index).count
        return headers > 0 || rows >= 10
    }
}

/// The class/id signals of one `class` or `id` value, as bits, so each value is matched against
/// the pattern lists once (by `LabelMatcher`) and the passes test bits.
struct LabelSignals: OptionSet, Sendable {
    let rawValue: UInt16

    /// A fragment of `MainTextExtractor.unlikelyPattern`.
    static let unlikely = LabelSignals(rawValue: 1 << 0)
    /// A fragment of `MainTextExtractor.maybePattern`.
    static let maybe = LabelSignals(rawValue: 1 << 1)
    /// A fragment of `MainTextExtractor.metadataPattern`.
    static let metadata = LabelSignals(rawValue: 1 << 2)
    /// A word of `MainTextExtractor.metadataTokens`.
    static let metadataToken = LabelSignals(rawValue: 1 << 3)
    /// A word of `MainTextExtractor.hiddenTokens`.
    static let hiddenToken = LabelSignals(rawValue: 1 << 4)
    /// A word of `MainTextExtractor.adTokens`.
    static let adToken = LabelSignals(rawValue: 1 << 5)
    /// A fragment of `MainTextExtractor.positivePattern`.
    static let positive = LabelSignals(rawValue: 1 << 6)
    /// A fragment of `MainTextExtractor.negativePattern`.
    static let negative = LabelSignals(rawValue: 1 << 7)
    /// A fragment of `MainTextExtractor.articleMarkers`.
    static let articleMarker = LabelSignals(rawValue: 1 << 8)
    /// The fragment "comment".
    static let comment = LabelSignals(rawValue: 1 << 9)
    /// A byline fragment ("byline", "author-name", "authorname"; `HTMLMetadataReader.bylineCandidates`).
    static let bylineFragment = LabelSignals(rawValue: 1 << 10)
    /// The fragment "author".
    static let authorFragment = LabelSignals(rawValue: 1 << 11)
    /// The fragment "authority" (which contains "author" but names no author).
    static let authorityFragment = LabelSignals(rawValue: 1 << 12)

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }
}

/// The class/id signals of every element of one tree: `LabelMatcher.shared` run once over each
/// element's `class` and `id` value, shared by the main-text extractor and the metadata reader.
struct ElementLabels: Sendable {
    /// Each element's `class` signals, by node index (empty for text and attribute-less elements).
    let classSignals: [LabelSignals]
    /// Each element's `id` signals, by node index.
    let idSignals: [LabelSignals]

    /// Matches every element's class and id of `tree`.
    init(_ tree: MarkupTree) {
        func lookup(_ value: String?) -> LabelSignals {
            guard let value, !value.isEmpty else { return [] }
            return LabelMatcher.shared.signals(of: value)
        }
        var classes = Array(repeating: LabelSignals(), count: tree.nodes.count)
        var ids = classes
        for index in tree.nodes.indices where tree.nodes[index].kind == .element && !tree.nodes[index].attributes.isEmpty {
            classes[index] = lookup(tree.nodes[index].attribute("class"))
            ids[index] = lookup(tree.nodes[index].attribute("id"))
        }
        classSignals = classes
        idSignals = ids
    }

    /// The signals of an element's class and id together (no pattern contains a space, so matching
    /// "class id" as one label would find exactly this union).
    func signals(_ index: Int) -> LabelSignals {
        classSignals[index].union(idSignals[index])
    }
}

/// Matches a class or id value against every fragment and word list of `MainTextExtractor` in one
/// pass over its bytes: fragments through an Aho–Corasick automaton (Aho and Corasick, "Efficient
/// string matching", CACM 18(6), 1975), with its failure links folded into a full transition table,
/// so each byte costs one table step; whole words by length. The value is lower-cased on the fly
/// (ASCII only; every pattern is ASCII).
struct LabelMatcher: Sendable {
    /// The matcher for `MainTextExtractor`'s lists and `HTMLMetadataReader`'s byline fragments.
    static let shared = LabelMatcher(
        fragments: [
            (MainTextExtractor.unlikelyPattern.patterns, .unlikely), (MainTextExtractor.maybePattern.patterns, .maybe),
            (MainTextExtractor.metadataPattern.patterns, .metadata), (MainTextExtractor.positivePattern.patterns, .positive),
            (MainTextExtractor.negativePattern.patterns, .negative), (MainTextExtractor.articleMarkers.patterns, .articleMarker),
            ([Array("comment".utf8)], .comment), (HTMLMetadataReader.bylinePattern.patterns, .bylineFragment),
            (HTMLMetadataReader.authorPattern.patterns, .authorFragment),
            (HTMLMetadataReader.authorityPattern.patterns, .authorityFragment),
        ],
        words: [
            (MainTextExtractor.metadataTokens, .metadataToken), (MainTextExtractor.hiddenTokens, .hiddenToken),
            (MainTextExtractor.adTokens, .adToken),
        ]
    )

    /// The automaton's symbol for each (lower-cased) byte: 0 for bytes no fragment uses.
    private var symbol: [UInt8] = Array(repeating: 0, count: 256)
    /// How many symbols there are (the width of a row of `transitions`).
    private var symbolCount = 1
    /// The next state for (state, symbol), at `state * symbolCount + symbol`; state 0 is the root.
    private var transitions: [Int32] = []
    /// The signals of the fragments that end in each state (its own and those along its failure links).
    private var outputs: [LabelSignals] = []
    /// Whole words (with their signal) by length.
    private var wordsByLength: [[([UInt8], LabelSignals)]] = Array(repeating: [], count: 17)

    init(fragments fragmentLists: [([[UInt8]], LabelSignals)], words: [(Set<String>, LabelSignals)]) {
        let patterns = fragmentLists.flatMap { list in list.0.filter { !$0.isEmpty }.map { ($0, list.1) } }
        for (pattern, _) in patterns {
            for byte in pattern where symbol[Int(byte)] == 0 {
                symbol[Int(byte)] = UInt8(symbolCount)
                symbolCount += 1
            }
        }
        // The trie: -1 marks a missing edge until the failure links fill it in.
        var edges: [[Int32]] = [Array(repeating: -1, count: symbolCount)]
        outputs = [[]]
        for (pattern, signal) in patterns {
            var state = 0
            for byte in pattern {
                let next = Int(symbol[Int(byte)])
                if edges[state][next] < 0 {
                    edges[state][next] = Int32(edges.count)
                    edges.append(Array(repeating: -1, count: symbolCount))
                    outputs.append([])
                }
                state = Int(edges[state][next])
            }
            outputs[state].insert(signal)
        }
        // Breadth first: a missing edge goes where the failure state's edge goes.
        var failure = Array(repeating: 0, count: edges.count)
        var queue: [Int] = []
        for next in 0..<symbolCount {
            if edges[0][next] < 0 {
                edges[0][next] = 0
            } else {
                queue.append(Int(edges[0][next]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state].formUnion(outputs[failure[state]])
            for next in 0..<symbolCount {
                let child = Int(edges[state][next])
                if child < 0 {
                    edges[state][next] = edges[failure[state]][next]
                } else {
                    failure[child] = Int(edges[failure[state]][next])
                    queue.append(child)
                }
            }
        }
        transitions = edges.flatMap { $0 }
        for (tokens, signal) in words {
            for token in tokens where token.utf8.count < wordsByLength.count {
                wordsByLength[token.utf8.count].append((Array(token.utf8), signal))
            }
        }
    }

    /// The signals of `label`.
    func signals(of label: String) -> LabelSignals {
        var label = label
        return label.withUTF8 { bytes in
            symbol.withUnsafeBufferPointer { symbol in
                transitions.withUnsafeBufferPointer { transitions in
                    outputs.withUnsafeBufferPointer { outputs in
                        signals(of: bytes, symbol: symbol, transitions: transitions, outputs: outputs)
                    }
                }
            }
        }
    }

    private func signals(
        of bytes: UnsafeBufferPointer<UInt8>, symbol: UnsafeBufferPointer<UInt8>, transitions: UnsafeBufferPointer<Int32>,
        outputs: UnsafeBufferPointer<LabelSignals>
    ) -> LabelSignals {
        @inline(__always) func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        @inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var result: LabelSignals = []
        var wordStart = 0
        var state = 0
        for position in 0...bytes.count {
            // Whole words: maximal runs of ASCII letters and digits.
            if position == bytes.count || !isWordByte(bytes[position]) {
                let length = position - wordStart
                if length > 0, length < wordsByLength.count {
                    for (word, signal) in wordsByLength[length] where !result.contains(signal) {
                        var offset = 0
                        while offset < length && lower(bytes[wordStart + offset]) == word[offset] { offset += 1 }
                        if offset == length { result.insert(signal) }
                    }
                }
                wordStart = position + 1
            }
            guard position < bytes.count else { break }
            // Fragments ending here.
            state = Int(transitions[state * symbolCount + Int(symbol[Int(lower(bytes[position]))])])
            result.formUnion(outputs[state])
        }
        return result
    }
}
