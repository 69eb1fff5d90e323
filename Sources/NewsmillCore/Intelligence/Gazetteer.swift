import Foundation

/// A place in the bundled gazetteer.
struct GazetteerPlace: Sendable, Hashable {
    /// What kind of place it is.
    /// `town`: a place of 1,000+ people from `towns.tsv`, found only by `Gazetteer.town(named:)`.
    enum Kind: Sendable, Hashable { case country, state, city, town, ambiguous }

    var kind: Kind
    /// ISO 3166-1 alpha-2 code; nil when the name is ambiguous.
    var countryCode: String?
    var latitude: Double?
    var longitude: Double?
}

/// Place names derived from GeoNames (CC BY 4.0) and ISO 3166-2 by `deploy/data-tools/build-gazetteer.py`:
/// countries (with common English aliases), US states, other countries' first-level subdivisions and cities
/// of 15,000+ people, one line per name, ambiguity already resolved by the script (see its header for the
/// rules).
///
/// Towns of 1,000+ people that it does not name come from a second file, `Resources/towns.tsv`
/// (`deploy/data-tools/build-towns.py`), and are asked for only where other evidence already points to a
/// place (`town(named:)`).
///
/// Loaded once from the bundled `Resources/gazetteer.tsv` and `towns.tsv`; immutable afterwards, so shared freely.
/// A class, so a copy of a value holding it (`EntityRecognizer`, made and copied per article) retains one
/// reference instead of each of its tables' arrays.
final class Gazetteer: Sendable {
    /// Places by exact name.
    let places: PlaceTable
    /// Towns by exact name (kind `town`), none of them in `places`.
    let towns: PlaceTable
    /// Demonyms derived from country names ("iraqi", "lebanese"), lowercase, plus `AnalysisLexicon.demonyms`.
    let demonyms: Set<String>
    /// Why loading failed, when it did (the analyzer then works without places).
    let loadError: String?
    /// The word lists of `AnalysisLexicon` and these demonyms, for the tokenizer.
    let lexicon: LexiconTable
    /// The names in `places` that are countries (a small set that stays in cache).
    let countryNames: Set<String>
    /// The last words of the countries named by several words with a demonym's ending, lowercase ("lankan" of
    /// "Sri Lanka", "zealander" of "New Zealand"): a token not in it ends no such demonym.
    let demonymEndingsOfCountriesOfSeveralWords: WordSet
    /// The endings a demonym puts on a country's name ("Lanka" -> "Lankan", "Zealand" -> "Zealander").
    static let demonymSuffixes = ["n", "an", "er", "ese", "i", "ian", "ean"]
    /// The FNV-1a hashes of the bytes of `countryNames`, for `certainlyNotCountry(asciiName:)`; nil when a
    /// country name could equal an ASCII string with other bytes (`mayEqualASCIIText`), which no bundled
    /// name does.
    private let countryNameHashes: HashBitFilter?

    /// The gazetteer bundled with the module, loaded on first use.
    static let shared: Gazetteer = Gazetteer.loadBundled()

    /// Creates a gazetteer from the TSV text (see the build script for the format and `PlaceTable` for
    /// how it is read).
    convenience init(tsv: String, towns: String = "", loadError: String? = nil) {
        self.init(tsvBytes: Data(tsv.utf8), townsBytes: Data(towns.utf8), loadError: loadError)
    }

    /// Creates a gazetteer from the TSVs' UTF-8 bytes, used as they are.
    init(tsvBytes: Data, townsBytes: Data = Data(), loadError: String? = nil) {
        let places = PlaceTable(tsv: tsvBytes)
        towns = PlaceTable(tsv: townsBytes)
        let countryNames = places.countryLineNames.compactMap { name in
            !name.contains(" ") && !name.contains(".") ? name.lowercased() : nil
        }
        self.places = places
        let countryNameSet = places.countryNames()
        self.countryNames = countryNameSet
        var countryNameHashes = HashBitFilter(minimumBits: countryNameSet.count * 16)
        var hashable = true
        for name in countryNameSet {
            if AnalysisTokenizer.mayEqualASCIIText(name) { hashable = false }
            countryNameHashes.insert(SimHash.fnv1a(name.utf8))
        }
        self.countryNameHashes = hashable ? countryNameHashes : nil
        var endings: [String] = []
        for name in countryNameSet where name.contains(" ") {
            guard let last = name.split(separator: " ").last?.lowercased() else { continue }
            endings += Gazetteer.demonymSuffixes.map { last + $0 }
        }
        demonymEndingsOfCountriesOfSeveralWords = WordSet(endings)
        let demonyms = Gazetteer.deriveDemonyms(countryNames: countryNames, places: places)
        self.demonyms = demonyms
        self.loadError = loadError
        lexicon = LexiconTable(AnalysisLexicon.listsByBit + [
            (.gazetteerDemonym, Array(demonyms)), (.gazetteerDemonymPlural, demonyms.map { $0 + "s" }),
        ])
    }

    /// Powers of ten that are exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// `Double(text)` for a field: plain decimals of up to 15 digits ("36.9101", "-4.5") directly, as an
    /// exact integer divided by an exact power of ten (one correctly rounded operation, so the same value
    /// `Double(String)` gives); anything else through `Double(String)`.
    static func parseDouble(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        var position = 0
        var negative = false
        if position < field.count, field[position] == UInt8(ascii: "-") || field[position] == UInt8(ascii: "+") {
            negative = field[position] == UInt8(ascii: "-")
            position += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while position < field.count {
            let byte = field[position]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                // Wrapping: more than 15 digits take the fallback below anyway.
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits &+= 1
                if seenPoint { fractionDigits &+= 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            position += 1
        }
        guard position == field.count, digits > 0, digits <= 15 else {
            return Double(String(decoding: field, as: UTF8.self))
        }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// Whether `place(named:)` finds a country. Looks in `countryNames` first; the large table is
    /// consulted only when a fallback form ("The ...", capitals) is a country and the name as written
    /// might shadow it.
    func isCountry(named name: String) -> Bool {
        if countryNames.contains(name) { return true }
        let fallback: String
        if name.hasPrefix("The ") || name.hasPrefix("the ") {
            fallback = String(name.dropFirst(4))
        } else if !name.utf8.contains(where: { $0 &- UInt8(ascii: "a") < 26 }), name.count >= 4,
                  name.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) {
            fallback = Self.titled(name)
        } else {
            return false
        }
        return countryNames.contains(fallback) && !places.contains(named: name)
    }

    /// True only when `isCountry(named:)` is false for the ASCII name with these bytes: a name that does not
    /// start with "The " or "the " and has a lowercase letter is a country only when it is in
    /// `countryNames`, and an ASCII string is there only with its own bytes, which the filter rules out
    /// for most names without making the string or hashing it with SipHash. False when it cannot tell.
    func certainlyNotCountry(asciiName name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let countryNameHashes else { return false }
        if name.count >= 4, name[1] == UInt8(ascii: "h"), name[2] == UInt8(ascii: "e"), name[3] == UInt8(ascii: " "),
           name[0] == UInt8(ascii: "T") || name[0] == UInt8(ascii: "t") {
            return false
        }
        guard name.contains(where: { $0 &- UInt8(ascii: "a") < 26 }) else { return false }
        return !countryNameHashes.mayContain(SimHash.fnv1a(name))
    }

    /// "NEW YORK" -> "New York".
    private static func titled(_ name: String) -> String {
        name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// For each name, true only when `place(named:)` finds nothing for it: it is ASCII with a lowercase
    /// letter and without a leading "The " or "the " (so no other form of it is looked up) and the place
    /// table's bit filter rules it out. False where it cannot tell. The names are hashed first and the
    /// filter read for all of them in a second loop of independent loads, so its cache misses (one per
    /// name when read alone) overlap.
    func certainlyNoPlace(named names: [String]) -> [Bool] {
        /// Per name: the FNV-1a hash of its bytes, or nil when the filter cannot answer for it.
        let hashes = names.map { name -> UInt64? in
            var screen = NameScreen()
            for byte in name.utf8 { screen.add(byte) }
            return screen.screenedHash
        }
        return hashes.map { hash in hash.map { !places.mayContainName(hash: $0) } ?? false }
    }

    /// Reads a name's UTF-8 bytes as the place table's bit filter is asked about it: their FNV-1a hash, and whether the
    /// filter's answer is the look-up's (`lookUp`): for a name that is ASCII, has a lowercase letter and opens with no
    /// "The " or "the ", the look-up tries no other form. (`certainlyNoPlace` and `mayNamePlace(joining:)`.)
    private struct NameScreen {
        private(set) var hash = SimHash.fnv1aOffsetBasis
        private(set) var isASCII = true
        private var hasLowercase = false
        private var count = 0
        /// The first four bytes, the first in the highest byte.
        private var opening: UInt32 = 0

        mutating func add(_ byte: UInt8) {
            if byte >= 0x80 { isASCII = false }
            if byte &- UInt8(ascii: "a") < 26 { hasLowercase = true }
            if count < 4 { opening = opening << 8 | UInt32(byte) }
            count += 1
            hash = SimHash.fnv1a(continuing: hash, byte: byte)
        }

        /// The hash when the filter's answer is the look-up's, else nil.
        var screenedHash: UInt64? {
            // "The " and "the " as four bytes.
            let opensWithThe = count >= 4 && (opening == 0x5468_6520 || opening == 0x7468_6520)
            return isASCII && hasLowercase && !opensWithThe ? hash : nil
        }
    }

    /// `certainlyNoPlace(named:)` for one name.
    func certainlyNoPlace(named name: String) -> Bool {
        certainlyNoPlace(named: [name])[0]
    }

    /// Looks a name up as written, then with "The " dropped.
    func place(named name: String) -> GazetteerPlace? {
        Self.lookUp(name) { places.place(named: $0) }
    }

    /// `place(named:)`'s kind, without parsing the rest of the place's line.
    func placeKind(named name: String) -> GazetteerPlace.Kind? {
        Self.lookUp(name) { places.kind(named: $0) }
    }

    /// Whether `place(named:)` finds a place for this name, without reading the place's line.
    func knowsPlace(named name: String) -> Bool {
        Self.lookUp(name) { places.contains(named: $0) ? true : nil } ?? false
    }

    /// `knowsPlace(named:)` of the words' texts joined by single spaces (`EntityRecognizer.joinedTexts`), without making
    /// that string when the place table's bit filter rules the name out (`mayNamePlace(joining:)`).
    func knowsPlace(joining words: ArraySlice<AnalysisToken>) -> Bool {
        mayNamePlace(joining: words) && knowsPlace(named: Self.joinedTexts(words))
    }

    /// `placeKind(named:)` of the words' texts joined by single spaces, screened as `knowsPlace(joining:)` is.
    func placeKind(joining words: ArraySlice<AnalysisToken>) -> GazetteerPlace.Kind? {
        mayNamePlace(joining: words) ? placeKind(named: Self.joinedTexts(words)) : nil
    }

    /// False only when no form the look-up tries (`lookUp`) of the words' joined texts is a place: the bytes of the text
    /// they make are read as `NameScreen` reads a name's, with no string made; true where the filter cannot answer.
    private func mayNamePlace(joining words: ArraySlice<AnalysisToken>) -> Bool {
        var screen = NameScreen()
        for position in words.indices {
            if position > words.startIndex { screen.add(UInt8(ascii: " ")) }
            for byte in words[position].text.utf8 { screen.add(byte) }
            // (Non-ASCII text is not screened: no need to read on.)
            if !screen.isASCII { return true }
        }
        return screen.screenedHash.map { places.mayContainName(hash: $0) } ?? true
    }

    /// The words' texts joined by single spaces; a single word's own text.
    private static func joinedTexts(_ words: ArraySlice<AnalysisToken>) -> String {
        words.count == 1 ? words[words.startIndex].text : EntityRecognizer.joinedTexts(words)
    }

    /// `find` of the name as written, then with "The " dropped, then, for a name in capitals, in title case.
    @inline(__always)
    private static func lookUp<Found>(_ name: String, _ find: (String) -> Found?) -> Found? {
        if let found = find(name) { return found }
        if name.hasPrefix("The ") || name.hasPrefix("the ") { return find(String(name.dropFirst(4))) }
        // Datelines write places in capitals ("WASHINGTON", "NEW YORK"). A lowercase ASCII letter rules
        // that out before the (slower) character count.
        if name.utf8.contains(where: { $0 &- UInt8(ascii: "a") < 26 }) { return nil }
        if name.count >= 4, name.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) {
            return find(titled(name))
        }
        return nil
    }

    /// The town of 1,000+ people with exactly this name (kind `town`), if the gazetteer has no place of it.
    func town(named name: String) -> GazetteerPlace? {
        towns.place(named: name)
    }

    /// Whether this name is a place of the gazetteer or a town of its second file.
    func knowsPlaceOrTown(named name: String) -> Bool {
        knowsPlace(named: name) || towns.contains(named: name)
    }

    /// `isDemonym(_:)` of the lowercase form of `tokens[index]`, from its word-list bits when it is ASCII (the bits
    /// come from `lexicon`, which holds exactly the demonyms and their "-s" plurals). The token is read in place:
    /// passed whole, it was copied, strings and all, on each call from `EntityRecognizer`'s large functions.
    func isDemonym(tokenAt index: Int, in tokens: [AnalysisToken]) -> Bool {
        let lists = tokens[index].lexicon
        if lists.contains(.nonASCII) { return isDemonym(tokens[index].lower) }
        return !lists.isDisjoint(with: [.gazetteerDemonym, .gazetteerDemonymPlural])
    }

    /// Whether a lowercased word is a demonym or group adjective (plural "-s" folded).
    func isDemonym(_ lower: String) -> Bool {
        if demonyms.contains(lower) { return true }
        if lower.hasSuffix("s"), demonyms.contains(String(lower.dropLast())) { return true }
        return false
    }

    /// Country adjectives by suffixing stems of single-word country names: Iraq -> Iraqi, Syria -> Syrian,
    /// Lebanon -> Lebanese, Italy -> Italian, Turkey -> Turkish. Over-generation ("Iraqese") is harmless
    /// except where a made word is a name: words that are themselves place names are excluded, and so are
    /// words that are, or whose "-s" plural is, a given name or a census surname (Cameroon -> "Cameron",
    /// France -> "Franci", plural "Francis"; Albania -> "Albanese"). The result starts from
    /// `AnalysisLexicon.demonyms`, so a name that list has stays a demonym ("german", "kenyan").
    private static func deriveDemonyms(countryNames: [String], places: PlaceTable) -> Set<String> {
        var result = AnalysisLexicon.demonyms
        let suffixes = ["i", "an", "ian", "ese", "ish", "ic", "ean", "n", "er", "ite"]
        result.reserveCapacity(result.count + countryNames.count * 3 * suffixes.count)
        var word: [UInt8] = []
        for country in countryNames {
            let countryBytes = Array(country.utf8)
            // ASCII without a carriage return: each character is one byte, so the same words are made on
            // bytes, capitalised by upper-casing the first byte (what `uppercased()` does to an ASCII letter).
            if countryBytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
                guard countryBytes.count >= 4 else { continue }
                for cut in stride(from: countryBytes.count, through: max(4, countryBytes.count - 2), by: -1) {
                    for suffix in suffixes {
                        word.removeAll(keepingCapacity: true)
                        word.append(contentsOf: countryBytes[0..<cut])
                        word.append(contentsOf: suffix.utf8)
                        if word == countryBytes { continue }
                        let first = word[0]
                        word[0] = first &- UInt8(ascii: "a") < 26 ? first - 0x20 : first
                        let isPlace = word.withUnsafeBufferPointer { places.contains(namedBytes: $0) }
                        word[0] = first
                        if isPlace { continue }
                        let made = String(decoding: word, as: UTF8.self)
                        if isPersonsName(made) { continue }
                        result.insert(made)
                    }
                }
                continue
            }
            let scalars = Array(country)
            let shortest = max(4, scalars.count - 2)
            guard scalars.count >= 4 else { continue }
            for cut in stride(from: scalars.count, through: shortest, by: -1) {
                let stem = String(scalars[0..<cut])
                for suffix in suffixes {
                    let word = stem + suffix
                    if word == country { continue }
                    let capitalized = word.prefix(1).uppercased() + word.dropFirst()
                    if places.contains(named: capitalized) { continue }
                    if isPersonsName(word) { continue }
                    result.insert(word)
                }
            }
        }
        return result
    }

    /// Whether a lowercase word or its "-s" plural is a given name or a census surname.
    private static func isPersonsName(_ word: String) -> Bool {
        let plural = word + "s"
        return AnalysisLexicon.isGivenName(word) || AnalysisLexicon.surnames.contains(word)
            || AnalysisLexicon.isGivenName(plural) || AnalysisLexicon.surnames.contains(plural)
    }

    private static func loadBundled() -> Gazetteer {
        guard let url = bundledFileURL(named: "gazetteer.tsv") else {
            return Gazetteer(tsv: "", loadError: "gazetteer.tsv was not found (looked in $NEWSMILL_DATA_DIR, beside the executable and in the build folder)")
        }
        do {
            // Mapped, not read: the load reads each page once, and the look-ups later touch few of them.
            let data = try Data(contentsOf: url, options: .alwaysMapped)
            guard let townsURL = bundledFileURL(named: "towns.tsv") else {
                return Gazetteer(tsvBytes: data, loadError: "towns.tsv was not found beside gazetteer.tsv")
            }
            return Gazetteer(tsvBytes: data, townsBytes: try Data(contentsOf: townsURL, options: .alwaysMapped))
        } catch {
            return Gazetteer(tsv: "", loadError: "the gazetteer could not be read: \(error)")
        }
    }

    /// Where the shipped data file `name` is: `$NEWSMILL_DATA_DIR`, else the resource bundle beside the
    /// executable (as installed, e.g. in the Docker image, or in SwiftPM's build folder), else the source
    /// checkout this file was compiled from. SwiftPM's generated `Bundle.module` stops the process when its
    /// bundle is missing, so a copied binary would crash; looking ourselves lets analysis go on without the
    /// gazetteer and say why instead.
    static func bundledFileURL(named name: String) -> URL? {
        let bundleName = "Newsmill_NewsmillCore.resources"
        var candidates: [URL] = []
        if let directory = ProcessInfo.processInfo.environment["NEWSMILL_DATA_DIR"], !directory.isEmpty {
            candidates.append(URL(fileURLWithPath: directory))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for directory in [Bundle.main.bundleURL, executable.deletingLastPathComponent()] {
            candidates.append(directory.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
            candidates.append(directory.appendingPathComponent(bundleName))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        for directory in candidates {
            let file = directory.appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: file.path) { return file }
        }
        return nil
    }
}
