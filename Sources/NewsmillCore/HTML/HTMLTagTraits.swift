/// What the extractor and the renderer need to know about an element name, as bits.
///
/// Computed once per distinct element name when a tree is built (`LibXML`'s name cache), so the
/// per-node passes test a bit instead of hashing the name into several `Set<String>`s.
struct HTMLTagTraits: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// Never visible text (`TextRenderer.invisibleTags`).
    static let invisible = HTMLTagTraits(rawValue: 1 << 0)
    /// Starts a paragraph (`TextRenderer.paragraphTags`).
    static let paragraph = HTMLTagTraits(rawValue: 1 << 1)
    /// Starts a line (`TextRenderer.lineTags`).
    static let line = HTMLTagTraits(rawValue: 1 << 2)
    /// Dropped as boilerplate (`MainTextExtractor.boilerplateTags`).
    static let boilerplate = HTMLTagTraits(rawValue: 1 << 3)
    /// A block element (`MainTextExtractor.blockTags`).
    static let block = HTMLTagTraits(rawValue: 1 << 4)
    /// A container whose loose text counts as a paragraph (`MainTextExtractor.containerTags`).
    static let container = HTMLTagTraits(rawValue: 1 << 5)
    /// A table cell (`td`, `th`).
    static let cell = HTMLTagTraits(rawValue: 1 << 6)
    /// A link (`a`).
    static let link = HTMLTagTraits(rawValue: 1 << 7)
    /// A heading (`h1` ... `h6`).
    static let heading = HTMLTagTraits(rawValue: 1 << 8)
    /// A list (`ul`, `ol`).
    static let list = HTMLTagTraits(rawValue: 1 << 9)

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The traits of a lower-case element name.
    init(name: String) {
        var traits: HTMLTagTraits = []
        if TextRenderer.invisibleTags.contains(name) { traits.insert(.invisible) }
        if TextRenderer.paragraphTags.contains(name) { traits.insert(.paragraph) }
        if TextRenderer.lineTags.contains(name) { traits.insert(.line) }
        if MainTextExtractor.boilerplateTags.contains(name) { traits.insert(.boilerplate) }
        if MainTextExtractor.blockTags.contains(name) { traits.insert(.block) }
        if MainTextExtractor.containerTags.contains(name) { traits.insert(.container) }
        if name == "td" || name == "th" { traits.insert(.cell) }
        if name == "a" { traits.insert(.link) }
        if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(name) { traits.insert(.heading) }
        if name == "ul" || name == "ol" { traits.insert(.list) }
        self = traits
    }
}
