import Foundation

/// A second opinion on the type of each name `EntityRecognizer` groups, other than known organisations, world
/// regions, countries and states: person, organisation, location or no name at all.
///
/// A linear multi-class model over sparse hashed features (Collins, "Discriminative Training Methods for Hidden
/// Markov Models", EMNLP 2002: the averaged perceptron). A name's features are what the rules concluded and
/// why (their type, their cue counts, the gazetteer's and the word lists' facts), the words of its fullest form
/// (first, last, the last word's ending, the word lists they are in, a given name first, a census surname last) and
/// the words around its mentions (the word
/// before and the two after each of its first mentions: "coach", "said", ", a", "-based"). The rules' type
/// stands unless the model prefers another by more than the margin the trainer chose on held-out batches, so the
/// model mends what the rules' hand weights get wrong on unseen pages (a town typed as a person, a team as
/// its country) without undoing what they get right.
///
/// The weights are `Resources/name-typer.tsv`, trained offline by `deploy/data-tools/train-name-typer.py` from
/// the features `newsmill name-features` prints and the gold folders' hand-annotated entities; see
/// docs/extraction.md. Without the file the rules' types stand.
struct NameTyper: Sendable {
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
    let weights: [UInt64: SIMD4<Float>]
    /// How much higher than the rules' type another type must score to replace it.
    let margin: Float
    /// How much higher than the rules' type "no name" must score to drop the name.
    let dropMargin: Float
    /// Whether the model may make a name the rules drop a location (else it only retypes or drops the names they
    /// type). Never a person or organisation: such a name may then be taken for a quote's speaker, and on held-out
    /// batches those rescues named more wrong speakers than right ones (docs/extraction.md, "Twenty-fifth pass").
    let typesDroppedPlaces: Bool

    /// The shipped model, loaded once per process (empty when the file is missing or unreadable).
    static let shared: NameTyper = {
        guard let url = Gazetteer.bundledFileURL(named: "name-typer.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return NameTyper(weights: [:], margin: 0, dropMargin: 0, typesDroppedPlaces: false) }
        return NameTyper(tsv: text)
    }()

    init(weights: [UInt64: SIMD4<Float>], margin: Float, dropMargin: Float, typesDroppedPlaces: Bool) {
        self.weights = weights
        self.margin = margin
        self.dropMargin = dropMargin
        self.typesDroppedPlaces = typesDroppedPlaces
    }

    /// Reads "margin TAB value", "drop-margin TAB value", "types-dropped-places TAB 0 or 1" and "feature-hex TAB none TAB person TAB organization TAB location" lines; lines
    /// starting with "#" are comments.
    init(tsv: String) {
        var weights: [UInt64: SIMD4<Float>] = [:]
        var margin: Float = 0
        var dropMargin: Float = 0
        var typesDroppedPlaces = false
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t")).map { String(decoding: $0, as: UTF8.self) }
            if fields.count == 2, fields[0] == "margin", let value = Float(fields[1]) {
                margin = value
            } else if fields.count == 2, fields[0] == "drop-margin", let value = Float(fields[1]) {
                dropMargin = value
            } else if fields.count == 2, fields[0] == "types-dropped-places" {
                typesDroppedPlaces = fields[1] == "1"
            } else if fields.count == 5, let feature = UInt64(fields[0], radix: 16) {
                let lanes = fields[1...].compactMap { Float($0) }
                if lanes.count == 4 { weights[feature] = SIMD4(lanes[0], lanes[1], lanes[2], lanes[3]) }
            }
        }
        self.weights = weights
        self.margin = margin
        self.dropMargin = dropMargin
        self.typesDroppedPlaces = typesDroppedPlaces
    }

    /// Whether there is no model (the rules' types stand).
    var isEmpty: Bool { weights.isEmpty }

    /// The label scores of a name's features.
    func scores(_ features: [UInt64]) -> SIMD4<Float> {
        var total = SIMD4<Float>(repeating: 0)
        for feature in features {
            if let lanes = weights[feature] { total += lanes }
        }
        return total
    }

    /// The type to give a name: the rules' type, unless another type scores more than `margin` above it, or "no
    /// name" more than `dropMargin`; a name the rules drop stays dropped unless `typesDroppedPlaces` and the model
    /// makes it a location.
    func type(rule: EntityType?, features: [UInt64]) -> EntityType? {
        guard rule != nil || typesDroppedPlaces else { return nil }
        let total = scores(features)
        let ruleLabel = Label(rule)
        var best = ruleLabel
        for label in Label.allCases where total[label.rawValue] > total[best.rawValue] { best = label }
        guard best != ruleLabel, total[best.rawValue] - total[ruleLabel.rawValue] > (best == .none ? dropMargin : margin),
              rule != nil || best == .location else {
            return rule
        }
        return best.type
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in lower.utf8.suffix(3) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        add(.lastWordEnding, hash, String(decoding: lower.utf8.suffix(3), as: UTF8.self))
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
