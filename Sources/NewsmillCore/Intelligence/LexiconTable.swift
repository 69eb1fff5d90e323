extension AnalysisLexicon {
    /// Word lists a lowercase token can be in, as bits: the tokenizer looks each token up once in
    /// `AnalysisLexicon.table` and the extractors test these bits instead of hashing strings.
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt64

        static let commonWord = Lists(rawValue: 1 << 0)
        static let title = Lists(rawValue: 1 << 1)
        static let roleNoun = Lists(rawValue: 1 << 2)
        static let speechVerb = Lists(rawValue: 1 << 3)
        static let citingVerb = Lists(rawValue: 1 << 4)
        static let demonym = Lists(rawValue: 1 << 5)
        static let organizationHead = Lists(rawValue: 1 << 6)
        static let irregularPlural = Lists(rawValue: 1 << 7)
        static let connectorHead = Lists(rawValue: 1 << 8)
        static let locationHead = Lists(rawValue: 1 << 9)
        static let knownOrganization = Lists(rawValue: 1 << 10)
        static let knownOutlet = Lists(rawValue: 1 << 11)
        static let outletHead = Lists(rawValue: 1 << 12)
        static let nameParticle = Lists(rawValue: 1 << 13)
        static let personOpener = Lists(rawValue: 1 << 14)
        static let givenName = Lists(rawValue: 1 << 15)
        static let irregularPastTense = Lists(rawValue: 1 << 16)
        static let corporateSuffix = Lists(rawValue: 1 << 17)
        static let futureCue = Lists(rawValue: 1 << 18)
        static let month = Lists(rawValue: 1 << 19)
        static let weekday = Lists(rawValue: 1 << 20)
        static let numberWord = Lists(rawValue: 1 << 21)
        static let scale = Lists(rawValue: 1 << 22)
        static let eventVerb = Lists(rawValue: 1 << 23)
        static let unitStop = Lists(rawValue: 1 << 24)
        static let neverFinal = Lists(rawValue: 1 << 25)
        static let monthContext = Lists(rawValue: 1 << 26)
        static let yearContext = Lists(rawValue: 1 << 27)
        static let relativeDateWord = Lists(rawValue: 1 << 28)
        static let auxiliary = Lists(rawValue: 1 << 29)
        static let totalNoun = Lists(rawValue: 1 << 30)
        static let institutionWord = Lists(rawValue: 1 << 31)
        static let outletNoun = Lists(rawValue: 1 << 32)
        /// Punctuation that `QuoteExtractor` reads as a quotation mark.
        static let quotationMark = Lists(rawValue: 1 << 33)
        /// Last words of the qualifiers before a number ("than" of "more than", "about").
        static let qualifierEnd = Lists(rawValue: 1 << 34)
        /// `Gazetteer.demonyms` (the word lists' demonyms and those derived from country names).
        static let gazetteerDemonym = Lists(rawValue: 1 << 35)
        /// A gazetteer demonym with a plural "s" ("iraqis").
        static let gazetteerDemonymPlural = Lists(rawValue: 1 << 36)
        /// `AnalysisTokenizer.abbreviations` (words that take their period).
        static let abbreviation = Lists(rawValue: 1 << 37)
        /// `AnalysisLexicon.organizationCueNouns`.
        static let organizationCueNoun = Lists(rawValue: 1 << 38)
        /// `AnalysisLexicon.organizationTrailers`.
        static let organizationTrailer = Lists(rawValue: 1 << 39)
        /// `AnalysisLexicon.placeNouns`.
        static let placeNoun = Lists(rawValue: 1 << 40)
        /// `EntityRecognizer.titleModifiers`.
        static let titleModifier = Lists(rawValue: 1 << 41)
        /// `EntityRecognizer.ministryWords`.
        static let ministryWord = Lists(rawValue: 1 << 42)
        /// `EntityRecognizer.trailingOffices`.
        static let trailingOffice = Lists(rawValue: 1 << 43)
        /// `EntityRecognizer.trailingConnectors` ("of", "for", "the", "&").
        static let trailingConnector = Lists(rawValue: 1 << 44)
        /// `EntityRecognizer.generationalSuffixes` ("jr.", "iii").
        static let generationalSuffix = Lists(rawValue: 1 << 45)
        /// `EntityRecognizer.locativePrepositions` ("in", "near", "from").
        static let locativePreposition = Lists(rawValue: 1 << 46)
        /// `EntityRecognizer.articles` ("a", "an", "the").
        static let article = Lists(rawValue: 1 << 47)
        /// `EntityRecognizer.commonWordGivenNames` ("will").
        static let commonWordGivenName = Lists(rawValue: 1 << 48)
        /// `AnalysisLexicon.worldRegions` ("middle east", "the balkans").
        static let worldRegion = Lists(rawValue: 1 << 49)
        /// `AnalysisLexicon.phrasalSpeechVerbs` ("weighed" of "weighed in"); the tokenizer adds
        /// `speechVerb` when the particle follows.
        static let phrasalSpeechVerb = Lists(rawValue: 1 << 50)
        /// `AnalysisLexicon.facilityHeads` ("street", "airport").
        static let facilityHead = Lists(rawValue: 1 << 51)
        /// `AnalysisTokenizer.capitalizedAbbreviations` ("ill" of "Ill.").
        static let capitalizedAbbreviation = Lists(rawValue: 1 << 52)
        /// `EntityRecognizer.sportsSideNeighbours`: the words `readsAsSportsSide` asks about beside a name.
        static let sportsSideNeighbour = Lists(rawValue: 1 << 53)
        /// Not a list: the token is an ASCII word or number with no lowercase letter ("BBC", "2019"; set by the
        /// tokenizer, so a test for capitals reads a bit).
        static let noLowercase = Lists(rawValue: 1 << 61)
        /// Not a list: the token's text has a non-ASCII scalar (set by the tokenizer; such tokens are
        /// compared as strings where canonical equivalence could matter).
        static let nonASCII = Lists(rawValue: 1 << 62)
        /// Not a list: the token's text contains "-" (set by the tokenizer, so compounds like
        /// "twenty-five" are found without scanning every word).
        static let hyphenated = Lists(rawValue: 1 << 63)
    }

    /// Every list with its bit (the sets stay the reference; the bits are derived from them). The
    /// gazetteer adds its demonyms and builds the table the tokenizer uses (`Gazetteer.lexicon`).
    static var listsByBit: [(Lists, [String])] {
        [
            (.commonWord, Array(commonWords)), (.title, Array(titles)), (.roleNoun, Array(roleNouns)),
            (.speechVerb, Array(speechVerbs)), (.citingVerb, Array(citingVerbs)), (.demonym, Array(demonyms)),
            (.organizationHead, Array(organizationHeads)), (.irregularPlural, Array(irregularPlurals)),
            (.connectorHead, Array(connectorHeads)), (.locationHead, Array(locationHeads)),
            (.knownOrganization, Array(knownOrganizations)), (.knownOutlet, Array(knownOutlets)),
            (.outletHead, Array(outletHeads)), (.nameParticle, Array(nameParticles)),
            (.personOpener, Array(personOpeners)), (.givenName, Array(givenNames)),
            (.irregularPastTense, Array(irregularPastTenses)), (.corporateSuffix, Array(corporateSuffixes)),
            (.futureCue, Array(futureCues)), (.month, Array(months.keys)), (.weekday, Array(weekdays.keys)),
            (.numberWord, Array(numberWords.keys)), (.scale, Array(scales.keys)), (.eventVerb, Array(eventVerbs.keys)),
            (.unitStop, Array(unitStops)), (.neverFinal, Array(AnalysisTokenizer.neverFinal)),
            (.monthContext, Array(RelativeDateResolver.monthContext)), (.yearContext, Array(RelativeDateResolver.yearContext)),
            (.relativeDateWord, Array(RelativeDateResolver.relativeWords)), (.auxiliary, Array(QuantityExtractor.auxiliaries)),
            (.totalNoun, Array(QuantityExtractor.totalNouns)), (.institutionWord, Array(EntityRecognizer.institutionWords)),
            (.outletNoun, Array(EntityRecognizer.outletNouns)), (.quotationMark, QuoteExtractor.quotationMarks),
            (.qualifierEnd, qualifiers.compactMap { $0.split(separator: " ").last.map(String.init) }),
            (.abbreviation, Array(AnalysisTokenizer.abbreviations)),
            (.capitalizedAbbreviation, Array(AnalysisTokenizer.capitalizedAbbreviations)),
            (.organizationCueNoun, Array(organizationCueNouns)), (.organizationTrailer, Array(organizationTrailers)),
            (.placeNoun, Array(placeNouns)), (.titleModifier, Array(EntityRecognizer.titleModifiers)),
            (.ministryWord, Array(EntityRecognizer.ministryWords)), (.trailingOffice, Array(EntityRecognizer.trailingOffices)),
            (.trailingConnector, Array(EntityRecognizer.trailingConnectors)),
            (.generationalSuffix, Array(EntityRecognizer.generationalSuffixes)),
            (.locativePreposition, Array(EntityRecognizer.locativePrepositions)),
            (.article, Array(EntityRecognizer.articles)),
            (.commonWordGivenName, Array(EntityRecognizer.commonWordGivenNames)),
            (.worldRegion, Array(worldRegions)),
            (.phrasalSpeechVerb, Array(phrasalSpeechVerbs.keys)), (.facilityHead, Array(facilityHeads)),
            (.sportsSideNeighbour, Array(EntityRecognizer.sportsSideNeighbours)),
        ]
    }
}

/// An open-addressing hash table from a word's UTF-8 bytes to the word lists it is in, probed with the
/// word's 64-bit FNV-1a hash (which the tokenizer computes anyway for `SimHash`).
///
/// Entries compare by bytes. Every list entry is ASCII or has only scalars without canonical
/// decompositions (’), so byte equality here agrees with `Set<String>` membership for lowercase tokens.
struct LexiconTable: Sendable {
    /// One entry (32 bytes, so a slot never straddles two cache lines of the mapped array): its hash,
    /// its first eight bytes in the slot itself (most words are no longer, so comparing them reads
    /// nothing else) and where all its bytes are in `keys`.
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        /// The key's first eight bytes, the first in the lowest byte, zero-padded (`prefix(of:)`).
        var keyPrefix: UInt64 = 0
        var keyStart: Int32 = 0
        var keyLength: Int32 = -1
        var lists: AnalysisLexicon.Lists = []
    }

    private let slots: [Slot]
    private let keys: [UInt8]
    private let mask: Int
    /// Every entry's hash, four bits per slot: most words are in no list, and the filter says so without
    /// touching the much larger slots.
    private let filter: HashBitFilter

    init(_ lists: [(AnalysisLexicon.Lists, [String])]) {
        var capacity = 16
        while capacity < lists.reduce(0, { $0 + $1.1.count }) * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Slot](repeating: Slot(), count: capacity)
        var keys: [UInt8] = []
        var filter = HashBitFilter(minimumBits: capacity * 4)
        for (bit, words) in lists {
            for word in words {
                var word = word
                word.withUTF8 { bytes in
                    // An entry with a capital never matches a lowercase token, so it needs no slot.
                    if bytes.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) { return }
                    let hash = SimHash.fnv1a(bytes)
                    filter.insert(hash)
                    var slot = Self.slotIndex(hash, mask: mask)
                    while slots[slot].keyLength >= 0 {
                        let start = Int(slots[slot].keyStart)
                        if slots[slot].hash == hash, Int(slots[slot].keyLength) == bytes.count,
                           keys[start..<(start + bytes.count)].elementsEqual(bytes) {
                            slots[slot].lists.insert(bit)
                            return
                        }
                        slot = (slot + 1) & mask
                    }
                    slots[slot] = Slot(
                        hash: hash, keyPrefix: Self.prefix(of: bytes), keyStart: Int32(keys.count), keyLength: Int32(bytes.count),
                        lists: bit
                    )
                    keys.append(contentsOf: bytes)
                }
            }
        }
        self.slots = slots
        self.keys = keys
        self.mask = mask
        self.filter = filter
    }

    @inline(__always)
    private static func slotIndex(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 40) & mask
    }

    /// A word's first eight bytes with ASCII A-Z lowercased, the first in the lowest byte, zero-padded.
    @inline(__always)
    private static func prefix(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for offset in 0..<min(word.count, 8) {
            prefix |= UInt64(AnalysisTokenizer.asciiLowercased(word[offset])) << UInt64(8 * offset)
        }
        return prefix
    }

    /// The lists a word is in, given its UTF-8 bytes with ASCII A-Z read as lowercase (other bytes as
    /// they are) and the FNV-1a hash of those lowercased bytes.
    func lists(ofASCIILowercased word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> AnalysisLexicon.Lists {
        guard filter.mayContain(hash) else { return [] }
        return slots.withUnsafeBufferPointer { slots in
            let slot = Self.slotIndex(hash, mask: mask)
            return probe(word, hash: hash, from: slot, firstEntry: slots[slot], in: slots)
        }
    }

    /// A word for the batch look-up `lists(of:in:)`: its bytes in a text (ASCII A-Z read as lowercase,
    /// other bytes as they are) and the FNV-1a hash of those lowercased bytes.
    struct Query: Sendable {
        var start: Int32
        var end: Int32
        var hash: UInt64
    }

    /// The lists of many words of `text`, in the order of `queries`: the answers of
    /// `lists(ofASCIILowercased:hash:)` one by one, found faster.
    ///
    /// The table is much larger than the caches and the words' slots lie at random in it, so each
    /// look-up on its own waits for a cache miss. Here a first pass reads every word's filter bit and,
    /// for a word the filter admits, its first slot, with no branch on what it reads, so those loads are
    /// in flight together and their misses overlap; a second pass finishes each admitted word's probe
    /// from the slot copied in the first.
    func lists(of queries: [Query], in text: UnsafeBufferPointer<UInt8>) -> [AnalysisLexicon.Lists] {
        let count = queries.count
        guard count > 0 else { return [] }
        return slots.withUnsafeBufferPointer { slots in
            queries.withUnsafeBufferPointer { queries in
                var admitted = [Bool](repeating: false, count: count)
                var firstEntries = [Slot](repeating: Slot(), count: count)
                admitted.withUnsafeMutableBufferPointer { admitted in
                    firstEntries.withUnsafeMutableBufferPointer { firstEntries in
                        for position in 0..<count {
                            let hash = queries[position].hash
                            let mayContain = filter.mayContain(hash)
                            admitted[position] = mayContain
                            // A word the filter rules out reads slot 0 instead (any slot would do; this one
                            // stays in cache), so only admitted words load from the large array.
                            firstEntries[position] = slots[mayContain ? Self.slotIndex(hash, mask: mask) : 0]
                        }
                    }
                }
                return [AnalysisLexicon.Lists](unsafeUninitializedCapacity: count) { results, initialized in
                    for position in 0..<count {
                        let query = queries[position]
                        var lists: AnalysisLexicon.Lists = []
                        if admitted[position] {
                            let word = UnsafeBufferPointer(rebasing: text[Int(query.start)..<Int(query.end)])
                            lists = probe(word, hash: query.hash, from: Self.slotIndex(query.hash, mask: mask),
                                          firstEntry: firstEntries[position], in: slots)
                        }
                        results.initializeElement(at: position, to: lists)
                    }
                    initialized = count
                }
            }
        }
    }

    /// Probes for `word` from `slot`, whose entry is `firstEntry` (already read), on through the
    /// following slots until the word or an empty slot. A key's first eight bytes are compared in the
    /// slot; `keys` is read only for longer words.
    @inline(__always)
    private func probe(
        _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, from slot: Int, firstEntry: Slot, in slots: UnsafeBufferPointer<Slot>
    ) -> AnalysisLexicon.Lists {
        let wordPrefix = Self.prefix(of: word)
        var slot = slot
        var entry = firstEntry
        while true {
            if entry.keyLength < 0 { return [] }
            if entry.hash == hash, Int(entry.keyLength) == word.count, entry.keyPrefix == wordPrefix,
               word.count <= 8 || restEqual(word, keyStart: Int(entry.keyStart)) {
                return entry.lists
            }
            slot = (slot + 1) & mask
            entry = slots[slot]
        }
    }

    /// Whether the bytes of `word` after its eighth, ASCII A-Z read as lowercase, equal those of the key
    /// starting at `keyStart` (of the same length).
    private func restEqual(_ word: UnsafeBufferPointer<UInt8>, keyStart: Int) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            for offset in 8..<word.count where keys[keyStart + offset] != AnalysisTokenizer.asciiLowercased(word[offset]) {
                return false
            }
            return true
        }
    }
}
