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

    init(tree: MarkupTree) {
        self.tree = tree
        let count = tree.nodes.count
        dead = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        computeStatistics(removingBoilerplate: false)
        markBoilerplate()
        computeStatistics(removingBoilerplate: true)
    }

    // MARK: - Statistics

    private mutating func computeStatistics(removingBoilerplate: Bool) {
        let count = tree.nodes.count
        var inLink = Array(repeating: 0.0, count: count)
        for index in 0..<count {
            let node = tree[index]
            let parent = node.parent
            if parent >= 0 {
                if dead[parent] { dead[index] = true }
                inLink[index] = inLink[parent]
            }
            if node.kind == .element, node.name == "a" {
                let href = node.attribute("href") ?? ""
                inLink[index] = href.hasPrefix("#") ? 0.3 : 1
            }
            if node.kind == .element, TextRenderer.invisibleTags.contains(node.name) { dead[index] = true }
        }
        for index in 0..<count {
            textLength[index] = 0
            linkLength[index] = 0
            commas[index] = 0
            paragraphs[index] = 0
        }
        for index in stride(from: count - 1, through: 0, by: -1) where !dead[index] {
            let node = tree[index]
            if node.kind == .text {
                let (length, commaCount) = Self.measure(node.text)
                textLength[index] = length
                commas[index] = commaCount
                linkLength[index] = Double(length) * inLink[index]
            } else if node.name == "p" {
                paragraphs[index] += 1
            }
            let parent = node.parent
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
                paragraphs[parent] += paragraphs[index]
            }
        }
    }

    /// Folded length and comma count of a text run.
    private static func measure(_ text: String) -> (Int, Int) {
        var length = 0
        var commaCount = 0
        var previousSpace = true
        for scalar in text.unicodeScalars {
            if scalar.isSpaceLike {
                if !previousSpace { length += 1 }
                previousSpace = true
            } else {
                length += 1
                previousSpace = false
                if scalar == "," || scalar == "，" || scalar == "、" || scalar == "،" { commaCount += 1 }
            }
        }
        return (length, commaCount)
    }

    /// The link density of a node: link text over all text.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : linkLength[index] / Double(textLength[index])
    }

    // MARK: - Boilerplate

    /// The lower-cased class and id of an element, joined by a space.
    func label(_ index: Int) -> String {
        let node = tree[index]
        return ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
    }

    private mutating func markBoilerplate() {
        let totalText = max(1, tree.root.map { textLength[$0] } ?? 1)
        // Whether a subtree holds an element that marks the article body; such a subtree is not
        // dropped for a class name alone (blog templates put the post inside a "widget").
        var holdsArticle = Array(repeating: false, count: tree.nodes.count)
        for index in stride(from: tree.nodes.count - 1, through: 0, by: -1) where tree[index].kind == .element {
            if !holdsArticle[index] && isArticleMarker(index) { holdsArticle[index] = true }
            if holdsArticle[index], tree[index].parent >= 0 { holdsArticle[tree[index].parent] = true }
        }
        for index in tree.nodes.indices where tree[index].kind == .element && !dead[index] {
            let node = tree[index]
            let name = node.name
            if name == "body" || name == "html" || name == "article" || name == "main" { continue }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { continue }
            // Never drop the bulk of the page's text on a class name alone.
            let holdsMostText = Double(textLength[index]) > 0.5 * Double(totalText)
                && (paragraphs[index] >= 3 || (textLength[index] >= 500 && linkDensity(index) < 0.3))
            if isHidden(node) && !holdsMostText {
                dead[index] = true
                continue
            }
            if Self.boilerplateTags.contains(name) && !holdsMostText {
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
            let label = label(index)
            // Bylines and date lines are metadata, not text.
            if textLength[index] < 120, paragraphs[index] <= 1, name != "p" || !label.isEmpty,
                Self.metadataPattern.matches(label) || PatternSet.hasToken(label, in: Self.metadataTokens)
                    || node.attribute("itemprop").map({ ["author", "datepublished", "datemodified"].contains($0.lowercased()) }) == true
            {
                dead[index] = true
                continue
            }
            if name == "time", node.parent >= 0, textLength[index] * 10 >= textLength[node.parent] * 8 {
                dead[index] = true
                continue
            }
            let role = node.attribute("role")?.lowercased() ?? ""
            if ["navigation", "menu", "menubar", "complementary", "contentinfo", "banner", "dialog", "alert"].contains(role) {
                dead[index] = true
                continue
            }
            guard label.count > 1 else { continue }
            if PatternSet.hasToken(label, in: Self.adTokens)
                || (textLength[index] < 300 && !holdsArticle[index] && PatternSet.hasToken(label, in: Self.hiddenTokens))
            {
                dead[index] = true
                continue
            }
            if Self.unlikelyPattern.matches(label)
                && !Self.maybePattern.matches(label)
                && !(holdsArticle[index] && !label.contains("comment"))
            {
                dead[index] = true
            }
        }
    }

    /// Class names and attributes that mark an article body.
    static let articleMarkers = PatternSet([
        "hentry", "h-entry", "post-body", "post-content", "entry-content", "article-body", "articlebody", "article-content",
        "story-body", "storybody", "article-text", "articletext", "story-content", "main-article",
    ])

    private func isArticleMarker(_ index: Int) -> Bool {
        let node = tree[index]
        if node.name == "article" || node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
        let label = label(index)
        return Self.articleMarkers.matches(label)
    }

    private func isHidden(_ node: MarkupTree.Node) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: "") {
            if style.contains("display:none") || style.contains("visibility:hidden") { return true }
        }
        return false
    }

    private func hasAncestor(_ index: Int, named names: Set<String>) -> Bool {
        var current = tree[index].parent
        while current >= 0 {
            if names.contains(tree[current].name) { return true }
            current = tree[current].parent
        }
        return false
    }

    // MARK: - Scoring

    /// The class/id weight of Readability's `_getClassWeight`, plus structural bonuses.
    func classWeight(_ index: Int) -> Double {
        let node = tree[index]
        var weight = 0.0
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute)?.lowercased(), !value.isEmpty else { continue }
            if Self.negativePattern.matches(value) { weight -= 25 }
            if Self.positivePattern.matches(value) { weight += 25 }
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { weight += 50 }
        if node.name == "article" || node.name == "main" { weight += 15 }
        if node.attribute("role")?.lowercased() == "main" { weight += 15 }
        return weight
    }

    private func baseScore(_ index: Int) -> Double {
        switch tree[index].name {
        case "div": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }

    /// Whether an element is a paragraph-like scoring unit.
    private func isParagraphLike(_ index: Int) -> Bool {
        let name = tree[index].name
        switch name {
        case "p", "pre", "td", "blockquote": return true
        case "div", "section":
            var child = tree[index].firstChild
            while child >= 0 {
                if tree[child].kind == .element && Self.blockTags.contains(tree[child].name) { return false }
                child = tree[child].nextSibling
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
    func candidateScores() -> [Int: Double] {
        var scores: [Int: Double] = [:]
        for index in tree.nodes.indices where tree[index].kind == .element && !dead[index] {
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
                ancestor = tree[index].parent
            } else {
                guard Self.containerTags.contains(tree[index].name) else { continue }
                var child = tree[index].firstChild
                while child >= 0 {
                    if !dead[child], tree[child].kind == .text || !Self.blockTags.contains(tree[child].name) {
                        length += textLength[child]
                        links += linkLength[child]
                        commaCount += commas[child]
                    }
                    child = tree[child].nextSibling
                }
                ancestor = index
            }
            guard length >= 25 else { continue }
            // Unlike Readability, a unit that is mostly link text (a teaser headline) adds little.
            let score = (1 + Double(commaCount) + Double(min(length / 100, 3))) * (1 - links / Double(length))
            var level = 0
            while ancestor >= 0, level < 5 {
                if scores[ancestor] == nil { scores[ancestor] = baseScore(ancestor) + classWeight(ancestor) }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        return scores
    }

    /// The best candidate and its qualifying siblings, given the candidate scores.
    private func chooseRoots(scores: [Int: Double]) -> [Int] {
        let ranked = scores.map { ($0.key, $0.value * (1 - linkDensity($0.key))) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard var (top, topScore) = ranked.first, topScore > 0 else { return [] }

        // If several of the best candidates share an ancestor, the article spans them: move up.
        // (Ancestors of the best candidate are not alternatives to it: they already contain it.)
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.1 >= 0.75 * topScore && !tree.isAncestor($0.0, of: top) }.map(\.0)
        if alternatives.count >= 3 {
            var ancestor = tree[top].parent
            while ancestor >= 0, tree[ancestor].name != "body" {
                let contained = alternatives.filter { tree.isAncestor(ancestor, of: $0) }.count
                if contained >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }
        // A lone child adds nothing: use the parent.
        while tree[top].parent >= 0, tree[tree[top].parent].name != "body",
            textLength[tree[top].parent] == textLength[top]
        {
            top = tree[top].parent
        }
        topScore = max(topScore, scores[top].map { $0 * (1 - linkDensity(top)) } ?? 0)

        let parent = tree[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = tree[top].attribute("class") ?? ""
        var roots: [Int] = []
        for sibling in tree.elementChildren(of: parent) where !dead[sibling] {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            // Headers hold the headline, byline and lead image; the headline is the title.
            if ["header", "footer", "h1", "figure"].contains(tree[sibling].name) { continue }
            var bonus = 0.0
            if !topClass.isEmpty, tree[sibling].attribute("class") == topClass { bonus += topScore * 0.2 }
            let siblingScore = (scores[sibling] ?? 0) * (1 - linkDensity(sibling))
            if siblingScore + bonus >= threshold {
                roots.append(sibling)
            } else if tree[sibling].name == "p" {
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
                let node = tree[index]
                let parent = node.parent
                var own = KeptCounts()
                if node.kind == .text {
                    if !dead[index] {
                        own.text = textLength[index]
                        own.links = linkLength[index]
                        own.commas = commas[index]
                    }
                } else {
                    switch node.name {
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
                if node.kind == .element, !dead[index], index != mainRoot {
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
        let name = tree[index].name
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
        if tree[index].attribute("role")?.lowercased() == "presentation" { return false }
        let rows = tree.elements(named: "tr", under: index).count
        let headers = tree.elements(named: "th", under: index).count
        return headers > 0 || rows >= 10
    }
}
