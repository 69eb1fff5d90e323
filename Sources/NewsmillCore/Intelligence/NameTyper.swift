import Foundation

/// A second opinion on the type of each name `EntityRecognizer` groups, other than known organisations, world
/// regions, countries and states: person, organisation, location or no name at all.
///
/// A linear multi-class model over sparse hashed features (Collins, "Discriminative Training Methods for Hidden
/// Markov Models", EMNLP 2002: the averaged perceptron). A name's features are what the rules concluded and
/// why (their type, their cue counts, the gazetteer's and the word lists' facts), the words of its fullest form
/// (first, last, the last word's ending, the word lists they are in, a given name first, a census surname last) and
/// the words around its mentions (the word before and the two after each of its first three mentions: "coach",
/// "said", ", a"). The rules' type stands unless the model prefers another by more than a margin the trainer
/// chose by cross-validation, so the model mends what the rules' hand weights get wrong on unseen pages (a town
/// typed as a person, a heading word taken for a body) without undoing what they get right. A name the rules drop
/// may get a person's or an organisation's type when the model puts it further above "no name" than that type's
/// rescue margin (`rescueMargins`; places are not rescued: they lowered the intelligence gold's locations).
///
/// The weights are `Resources/name-typer.tsv`, trained offline by `deploy/data-tools/train-name-typer.py` from
/// the features `newsmill name-features` prints and the gold folders' hand-annotated entities; see
/// docs/extraction.md. Without the file the rules' types stand.
///
/// A class, so a copy of a value holding it (`EntityRecognizer`, made and copied per article) retains one
/// reference instead of each of its tables' arrays.
final class NameTyper: Sendable {
    /// The model's classes, in the order of a weight vector's lanes.
    enum Label: Int, CaseIterable, Sendable {
        case none = 0, person, organization, location

        /// The label of an entity type (nil: no name).
        init(_ type: EntityType?) {
            switch type {
            case .person?: self = .person
            case .organization?: self = .organization
            case .location?: self = .location
            case nil: self = .none
            }
        }

        /// The entity type of the label (nil for `.none`).
        var type: EntityType? {
            switch self {
            case .none: return nil
            case .person: return .person
            case .organization: return .organization
            case .location: return .location
            }
        }
    }

    /// The weights of each feature, one lane per label.
    let weights: FeatureWeights
    /// How much higher than the rules' type another type must score to replace it.
    let margin: Float
    /// How much higher than the rules' type "no name" must score to drop the name.
    let dropMargin: Float
    /// The types the model may give a name the rules drop, each with how much higher than "no name" it must score
    /// to be given (empty: the model only retypes or drops the names the rules type).
    let rescueMargins: [Label: Float]

    /// The shipped model, loaded once per process (empty when the file is missing or unreadable). The file is read
    /// as bytes: validating it as UTF-8 text first cost a fifth of the load, and the parse reads bytes anyway. The
    /// bytes are mapped from the file (as the gazetteer's are), not copied into fresh memory, for the one pass.
    static let shared: NameTyper = {
        guard let url = Gazetteer.bundledFileURL(named: "name-typer.tsv"),
              let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            return NameTyper(weights: [:], margin: 0, dropMargin: 0)
        }
        return NameTyper(model: data.withUnsafeBytes { Model(tsv: $0.bindMemory(to: UInt8.self)) })
    }()

    init(weights: [UInt64: SIMD4<Float>], margin: Float, dropMargin: Float, rescueMargins: [Label: Float] = [:]) {
        self.weights = FeatureWeights(weights)
        self.margin = margin
        self.dropMargin = dropMargin
        self.rescueMargins = rescueMargins
    }

    /// Reads "margin TAB value", "drop-margin TAB value", "types-dropped TAB type:margin,..." (types person,
    /// organization, location; a type without a margin has 0; the older "types-dropped-places TAB 1" is
    /// "location:0") and "feature-hex TAB none TAB person TAB organization TAB location" lines; lines starting with
    /// "#" are comments.
    convenience init(tsv: String) {
        var text = tsv
        self.init(model: text.withUTF8 { Model(tsv: $0) })
    }

    private init(model: Model) {
        self.weights = FeatureWeights(pairs: model.pairs)
        self.margin = model.margin
        self.dropMargin = model.dropMargin
        self.rescueMargins = model.rescueMargins
    }

    /// What a weights file holds, as `init(tsv:)` reads it.
    private struct Model {
        var pairs: [(UInt64, SIMD4<Float>)] = []
        var margin: Float = 0
        var dropMargin: Float = 0
        var rescueMargins: [Label: Float] = [:]

        /// The model of the file's bytes. The weight lines (tens of thousands) are read in one pass over the
        /// bytes, each line found by `memchr` and its fields parsed in place: splitting the text into an array
        /// of lines and each line into an array of fields cost several times the parse.
        init(tsv bytes: UnsafeBufferPointer<UInt8>) {
            // A weight line has some 47 bytes.
            pairs.reserveCapacity(bytes.count / 40)
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes.firstOffset(of: UInt8(ascii: "\n"), from: lineStart, to: bytes.count)
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                let firstEnd = NameTyper.fieldEnd(from: 0, in: line)
                guard firstEnd < line.count else { continue }
                let first = UnsafeBufferPointer(rebasing: line[..<firstEnd])
                let rest = UnsafeBufferPointer(rebasing: line[(firstEnd + 1)...])
                if let lanes = NameTyper.lanes(rest) {
                    if let feature = NameTyper.hexadecimal(first) { pairs.append((feature, lanes)) }
                } else if !rest.contains(UInt8(ascii: "\t")) {
                    setting(String(decoding: first, as: UTF8.self), String(decoding: rest, as: UTF8.self))
                }
            }
        }

        /// Reads a "key TAB value" line.
        private mutating func setting(_ key: String, _ value: String) {
            switch key {
            case "margin": margin = Float(value) ?? margin
            case "drop-margin": dropMargin = Float(value) ?? dropMargin
            case "types-dropped-places": if value == "1" { rescueMargins[.location] = 0 }
            case "types-dropped":
                for entry in value.split(separator: ",") {
                    let parts = entry.split(separator: ":", maxSplits: 1)
                    guard let type = EntityType(rawValue: String(parts[0])) else { continue }
                    rescueMargins[Label(type)] = parts.count == 2 ? Float(parts[1]) ?? 0 : 0
                }
            default: break
            }
        }
    }

    /// The four weights of a weight line's fields after the feature's (exactly four tab-separated decimals), or nil.
    private static func lanes(_ fields: UnsafeBufferPointer<UInt8>) -> SIMD4<Float>? {
        var lanes = SIMD4<Float>(repeating: 0)
        var start = 0
        for lane in 0..<4 {
            // The last lane ends the line; the others end at a tab.
            guard let field = decimal(inFieldOf: fields, from: start), (field.end == fields.count) == (lane == 3) else { return nil }
            lanes[lane] = field.value
            start = field.end + 1
        }
        return lanes
    }

    /// The offset of the first tab from `start` in a line's bytes, or the line's end (a loop: the fields are a few
    /// bytes long, shorter than a call to `memchr` costs).
    @inline(__always)
    private static func fieldEnd(from start: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        while end < line.count, line[end] != UInt8(ascii: "\t") { end += 1 }
        return end
    }

    /// A hexadecimal number of 1 to 16 digits, or nil. A digit's value is computed without a branch on its
    /// kind: the identifiers' digits are random, and a branch on "0-9 or a-f" was mispredicted for a third of them.
    private static func hexadecimal(_ digits: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var value: UInt64 = 0
        // 1 while every digit is valid (a number, not a `Bool`, so the test is no branch either).
        var valid: UInt8 = 1
        for byte in digits {
            let isDecimal: UInt8 = byte &- UInt8(ascii: "0") < 10 ? 1 : 0
            let isLetter: UInt8 = (byte | 0x20) &- UInt8(ascii: "a") < 6 ? 1 : 0
            valid &= isDecimal | isLetter
            // "0"-"9" are 0x30-0x39, "A"-"F" 0x41-0x46 and "a"-"f" 0x61-0x66: the low four bits, plus 9 for a letter.
            value = value << 4 | UInt64(byte & 0x0F &+ 9 &* (byte >> 6))
        }
        return valid == 1 ? value : nil
    }

    /// The decimal number written as the trainer writes it ("-0.8819", "12", "3.5") that fills the field starting at
    /// `start` (up to the next tab or the end of `line`), and where the field ends; nil when the field is no such
    /// number (at most 15 digits, at most one point). Read in the one pass that finds the field's end: the whole
    /// part's digits, then the point and the fraction's, each in a loop of its own (one test per digit).
    private static func decimal(inFieldOf line: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Float, end: Int)? {
        var index = start
        let negative = index < line.count && line[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var scale: Int64 = 1
        var digits = 0
        while index < line.count, line[index] &- UInt8(ascii: "0") < 10 {
            guard digits < 15 else { return nil }
            whole = whole * 10 + Int64(line[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        if index < line.count, line[index] == UInt8(ascii: ".") {
            index += 1
            while index < line.count, line[index] &- UInt8(ascii: "0") < 10 {
                guard digits < 15 else { return nil }
                fraction = fraction * 10 + Int64(line[index] - UInt8(ascii: "0"))
                scale *= 10
                digits += 1
                index += 1
            }
        }
        guard index == line.count || line[index] == UInt8(ascii: "\t"), digits > 0 else { return nil }
        let value = Double(whole) + Double(fraction) / Double(scale)
        return (Float(negative ? -value : value), index)
    }

    /// Whether there is no model (the rules' types stand).
    var isEmpty: Bool { weights.count == 0 }

    /// The label scores of a name's features.
    func scores(_ features: [UInt64]) -> SIMD4<Float> {
        var total = SIMD4<Float>(repeating: 0)
        for feature in features {
            if let lanes = weights[feature] { total += lanes }
        }
        return total
    }

    /// The type to give a name: the rules' type, unless another type scores more than `margin` above it, or "no
    /// name" more than `dropMargin`; a name the rules drop stays dropped unless the model's best type is one of
    /// `rescueMargins` and scores more than its margin above "no name".
    func type(rule: EntityType?, features: [UInt64]) -> EntityType? {
        guard rule != nil || !rescueMargins.isEmpty else { return nil }
        let total = scores(features)
        let ruleLabel = Label(rule)
        var best = ruleLabel
        for label in Label.allCases where total[label.rawValue] > total[best.rawValue] { best = label }
        guard best != ruleLabel else { return rule }
        if rule == nil {
            guard let rescueMargin = rescueMargins[best] else { return nil }
            return total[best.rawValue] - total[ruleLabel.rawValue] > rescueMargin ? best.type : nil
        }
        return total[best.rawValue] - total[ruleLabel.rawValue] > (best == .none ? dropMargin : margin) ? best.type : rule
    }
}

/// The typer's weights in an open-addressing table keyed by feature identifier: the identifiers are already
/// mixed hashes, so their low bits pick the slot, and a look-up (one per feature of every name) costs a few
/// instructions instead of a `Dictionary`'s hashing.
struct FeatureWeights: Sendable {
    /// One slot: a feature's identifier (0: empty) and its weights side by side, 32 bytes, so a look-up reads one
    /// cache line (the identifiers and the weights in two arrays cost two misses per feature).
    private struct Slot {
        var identifier: UInt64 = 0
        var lanes = SIMD4<Float>(repeating: 0)
    }

    /// The slots; a power of two long, at most half full.
    private let slots: [Slot]
    /// The number of features.
    let count: Int

    /// The table of a dictionary's weights.
    init(_ weights: [UInt64: SIMD4<Float>]) {
        // Sorted, so the table's layout does not depend on the dictionary's order.
        self.init(pairs: weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The table of (identifier, weights) pairs; a later pair for the same identifier replaces an earlier one.
    init(pairs: [(UInt64, SIMD4<Float>)]) {
        var size = 16
        while size < pairs.count * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        var count = 0
        for (identifier, weight) in pairs where identifier != 0 {
            var slot = Int(truncatingIfNeeded: identifier) & (size - 1)
            while slots[slot].identifier != 0, slots[slot].identifier != identifier { slot = (slot + 1) & (size - 1) }
            if slots[slot].identifier == 0 { count += 1 }
            slots[slot] = Slot(identifier: identifier, lanes: weight)
        }
        self.slots = slots
        self.count = count
    }

    /// The weights of a feature, or nil when the model has none for it.
    subscript(identifier: UInt64) -> SIMD4<Float>? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: identifier) & mask
            while true {
                let stored = slots[slot].identifier
                if stored == identifier { return slots[slot].lanes }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// The features of one name for `NameTyper`, as hashed identifiers and, when asked (for training), readable names.
struct NameTypingFeatures {
    /// The kinds of feature; a feature's identifier hashes its kind with its value.
    enum Template: UInt64 {
        case bias = 1, ruleType, personCues, organizationCues, locationCues, ruleAndCues, knownOrganization, worldRegion,
             acronym, placeKind, wordCount, firstWord, lastWord, lastWordEnding, firstWordList, lastWordList,
             wordBefore, wordAfter, secondWordAfter, formCount, mentionCount, allCapitals, titleOnly, ruleAndWordCount, givenNameFirst,
             surnameLast
    }

    /// The features' identifiers.
    private(set) var identifiers: [UInt64] = []
    /// The features' readable names, or nil when not asked for.
    private(set) var names: [String]?

    /// No features yet; `named` keeps readable names beside the identifiers.
    init(named: Bool) {
        names = named ? [] : nil
        identifiers.reserveCapacity(40)
    }

    /// Forgets the features, keeping the storage for the next name's.
    mutating func removeAll() {
        identifiers.removeAll(keepingCapacity: true)
        if names != nil { names = [] }
    }

    /// The identifier of a feature: its template and value mixed (SplitMix64's finaliser), so values that are
    /// already hashes (a word's `lowerHash`) and small numbers both spread over the 64 bits.
    static func identifier(_ template: Template, _ value: UInt64) -> UInt64 {
        var mixed = (template.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// Adds a feature; `describe` gives its value's readable form, asked only when names are kept.
    mutating func add(_ template: Template, _ value: UInt64, _ describe: @autoclosure () -> String) {
        identifiers.append(Self.identifier(template, value))
        names?.append("\(template)=\(describe())")
    }

    /// Adds a feature unless it is already there (a word seen around two mentions counts once).
    mutating func addOnce(_ template: Template, _ value: UInt64, _ describe: @autoclosure () -> String) {
        let identifier = Self.identifier(template, value)
        guard !identifiers.contains(identifier) else { return }
        identifiers.append(identifier)
        names?.append("\(template)=\(describe())")
    }

    /// Adds a feature valued by a small number.
    mutating func add(_ template: Template, number: Int) {
        add(template, UInt64(truncatingIfNeeded: number), String(number))
    }

    /// Adds one feature per word list `lists` holds.
    mutating func add(_ template: Template, lists: AnalysisLexicon.Lists) {
        var bits = lists.rawValue
        while bits != 0 {
            add(template, number: bits.trailingZeroBitCount)
            bits &= bits &- 1
        }
    }

    /// Adds the hash of a lowercase word's last three bytes (its ending: "-ton", "-ers", "-ia").
    mutating func addEnding(of lower: String) {
        add(.lastWordEnding, SimHash.fnv1a(lower.utf8.suffix(3)), String(decoding: lower.utf8.suffix(3), as: UTF8.self))
    }
}

/// One name as `newsmill name-features` prints it: its forms, the rules' type and its features (training data
/// for `NameTyper`).
public struct NameTypingExample: Sendable, Codable {
    /// The fullest form.
    public var name: String
    /// Every form of the name.
    public var forms: [String]
    /// The rules' type ("person", "organization", "location") or nil (the rules drop the name).
    public var ruleType: String?
    /// The features' identifiers, 16 hexadecimal digits each.
    public var features: [String]
    /// The features' readable names.
    public var featureNames: [String]
}
