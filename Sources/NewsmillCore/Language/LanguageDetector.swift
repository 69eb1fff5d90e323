import CCLD2

/// Guesses the language of an article's text (ISO 639-1), quickly and conservatively.
///
/// First **CLD2** (Google's Compact Language Detector 2, Debian's libcld2: a naive-Bayes model over
/// character quadgrams and script-specific unigrams, 83 languages) reads the first 4 KiB; its answer is
/// taken when CLD2 calls it reliable and at least half the text is in that language. Otherwise (short,
/// mixed or unusual text) the word and script method below decides, on the first 4 KiB:
/// 1. **Script.** Letters are counted by Unicode block. When most letters belong to one non-Latin
///    script, the script answers: Han with kana is `ja`, Han alone `zh`, Hangul `ko`, Arabic `ar`, Greek
///    `el`, Hebrew `he`, Thai `th`, Devanagari `hi`; Cyrillic is `uk` when the Ukrainian letters і ї є ґ are
///    frequent, else `ru`.
/// 2. **Stop words.** For Latin-script text each word is looked up in a table of the 40–60 most frequent
///    function words of en, de, fr, es, it, pt, nl, sv, da, no and pl (one table, one lookup per word, a
///    bit set of the languages using the word). The language with the most hits wins when it has at
///    least 4 hits, covers at least a tenth of the words and leads the runner-up by 2 hits and 5 %.
///    Function words make up 30–50 % of running text in these languages and differ between close pairs
///    (da "af/hvad/mig/blev" against no "av/hva/meg/ble"), so a paragraph is enough.
///
/// Otherwise the answer is nil.
///
/// CLD2 reads letter sequences, so English prose around a long list of Welsh ward names, or around quotations in
/// Tagalog, can come out as Welsh or Tagalog. Names and quotations bring no English function words: when CLD2
/// names another language but English function words make up at least 15% of the words (English running text
/// has 25–50%) and at least twice any other table language's, the text is English.
public enum LanguageDetector {
    /// The ISO 639-1 code of the language of `text`, or nil when unsure.
    public static func detect(_ text: String) -> String? {
        guard let statistical = detectStatistically(text) else { return detectByScriptAndStopWords(text) }
        if statistical != "en", FunctionWordTally(text).isClearlyEnglish { return "en" }
        return statistical
    }

    /// CLD2's answer when it is reliable and covers at least half the text (its first `sampleBytes`).
    static func detectStatistically(_ text: String, sampleBytes: Int = statisticalSampleBytes) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.isEmpty, let base = bytes.baseAddress else { return nil }
            var length = min(bytes.count, sampleBytes)
            // Cut at a scalar boundary: CLD2 wants valid UTF-8.
            while length < bytes.count, bytes[length] & 0xC0 == 0x80 { length -= 1 }
            let result = base.withMemoryRebound(to: CChar.self, capacity: length) { ccld2_detect($0, Int32(length), 1) }
            guard result.reliable != 0, result.percent >= 50, let code = result.code else { return nil }
            return cld2Code(String(cString: code))
        }
    }

    /// An ISO 639-1 code for a CLD2 language code (`zh-Hant` is `zh`, the old `iw`/`in`/`ji`/`jw` are
    /// `he`/`id`/`yi`/`jv`), nil for `un` (unknown) and for codes that are not two letters.
    static func cld2Code(_ code: String) -> String? {
        let primary = code.split(separator: "-").first.map(String.init) ?? code
        switch primary {
        case "un", "xx": return nil
        case "iw": return "he"
        case "in": return "id"
        case "ji": return "yi"
        case "jw": return "jv"
        default: return normalize(primary)
        }
    }

    /// The word and script method (see the type's comment).
    static func detectByScriptAndStopWords(_ text: String) -> String? {
        let tally = FunctionWordTally(text)
        if let byScript = tally.scripts.language() { return byScript }
        guard tally.scripts.latin * 2 > tally.scripts.total else { return nil }
        let (bestIndex, best, second) = tally.leader
        guard bestIndex >= 0, best >= 4, best * 10 >= tally.words, best - second >= 2, best * 100 >= second * 105 else { return nil }
        return stopWordLanguages[bestIndex]
    }

    /// Letters by script and function words by language over a text's first `sampleBytes`.
    struct FunctionWordTally {
        /// Letters by script.
        let scripts: ScriptCounts
        /// Hits per language of `stopWordLanguages`.
        let scores: [Int]
        /// Words read.
        let words: Int

        /// The leading language's index (-1 when no word hit), its hits and the runner-up's.
        var leader: (index: Int, best: Int, second: Int) {
            var best = 0
            var second = 0
            var bestIndex = -1
            for (index, score) in scores.enumerated() {
                if score > best {
                    second = best
                    best = score
                    bestIndex = index
                } else if score > second {
                    second = score
                }
            }
            return (bestIndex, best, second)
        }

        /// Whether English function words are at least 15% of the words (and ten or more) and at least twice
        /// any other language's (see the type's comment).
        var isClearlyEnglish: Bool {
            let (index, best, second) = leader
            return index >= 0 && LanguageDetector.stopWordLanguages[index] == "en" && best >= 10 && best * 100 >= words * 15
                && best >= second * 2
        }

        init(_ text: String) {
            let sampleBytes = LanguageDetector.sampleBytes
            var scripts = ScriptCounts()
            var scores = [Int](repeating: 0, count: LanguageDetector.stopWordLanguages.count)
            var words = 0
            // The current word, lower-cased, as UTF-8; ASCII is handled byte by byte, other scalars through
            // their Unicode properties (the costly path, rare in Latin-script text).
            var token = [UInt8]()
            token.reserveCapacity(32)
            func finishToken() {
                guard !token.isEmpty else { return }
                words += 1
                if token.count <= LanguageDetector.maxStopWordBytes, let mask = LanguageDetector.stopWords[String(decoding: token, as: UTF8.self)] {
                    for index in 0..<LanguageDetector.stopWordLanguages.count where mask & (1 << index) != 0 { scores[index] += 1 }
                }
                token.removeAll(keepingCapacity: true)
            }
            var consumed = 0
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    consumed += 1
                    if consumed > sampleBytes { break }
                    let byte = UInt8(value)
                    if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) {
                        scripts.countLatin()
                        token.append(byte | 0x20)
                    } else if byte == 0x27 && !token.isEmpty {
                        token.append(byte)
                    } else {
                        finishToken()
                    }
                    continue
                }
                consumed += value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                if consumed > sampleBytes { break }
                if scalar.properties.isAlphabetic {
                    scripts.count(scalar)
                    if scalar.properties.isUppercase {
                        token.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                    } else {
                        token.append(contentsOf: String(scalar).utf8)
                    }
                } else {
                    finishToken()
                }
            }
            finishToken()
            self.scripts = scripts
            self.scores = scores
            self.words = words
        }
    }

    /// The ISO 639-1 code for a declared language tag (`en-US`, `EN`, `eng`, `pt_BR`), or nil when the
    /// tag is not a language code.
    public static func normalize(_ tag: String) -> String? {
        let primary = tag.trimmingWhitespace().lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        if primary.count == 2 { return primary == "nb" || primary == "nn" ? "no" : primary }
        if primary.count == 3 { return threeLetterCodes[primary] }
        return nil
    }

    private static let sampleBytes = 4096
    private static let statisticalSampleBytes = 4_096

    private static let threeLetterCodes: [String: String] = [
        "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "por": "pt",
        "nld": "nl", "dut": "nl", "swe": "sv", "dan": "da", "nor": "no", "nob": "no", "nno": "no", "pol": "pl",
        "rus": "ru", "ukr": "uk", "zho": "zh", "chi": "zh", "jpn": "ja", "kor": "ko", "ara": "ar", "ell": "el",
        "gre": "el", "heb": "he", "tha": "th", "hin": "hi", "fin": "fi", "tur": "tr",
    ]

    /// The languages of the stop-word table, in bit order.
    private static let stopWordLanguages = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl"]

    /// The most frequent function words of each language (lower case).
    private static let stopWordLists: [String: String] = [
        "en": "the and of to in is that for it was on with as are by this be at from have has not but they his he which were been their an or said will would who its had after there she her we you than also about",
        "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis wurde wurden seine ihre",
        "fr": "le la les de des et un une du en est que qui dans pour pas au sur par plus ne se ce il elle sont avec ont été aux cette mais ou nous vous leur lui son sa ses était être fait comme tout",
        "es": "el la de que y en los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha porque esta entre cuando muy sin sobre también hasta hay donde desde está han",
        "it": "il di che e la per un una in del della non sono da con si le dei nel alla anche come più ma ha gli è al lo delle questo nella essere dal hanno sua suo stato tra degli nelle alle",
        "pt": "o a de que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando muito nos já também foi pelo pela até isso está são tem ser",
        "nl": "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij maar door uit wordt werd heeft naar nog dan wel kan worden dit hij ze zij over meer",
        "sv": "och i att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan man när år under också efter eller nu hade skulle vara blev detta vid mot hon han",
        "da": "og i at det en til er som på de med for af den har ikke et var men om fra kan han hun der sig efter også eller nu blev skal vil være havde mod meget ud hvad mig dig nogen hvor disse vores",
        "no": "og i det er på til en som at for med av de har ikke den et var men om fra kan han hun seg etter også eller nå ble skal vil være hadde mot mye ut hva meg deg noen hvor disse vår bare sier",
        "pl": "i w na z się nie do to że jest o jak a po co ale od tak przez za dla jego już ich czy lub był była być tylko został może które który która także oraz jednak przy bardzo",
    ]

    /// The longest stop word in UTF-8 bytes; longer words are not looked up.
    private static let maxStopWordBytes = 16

    /// Word -> bit set of the languages whose list holds it.
    private static let stopWords: [String: UInt16] = {
        var table: [String: UInt16] = [:]
        for (index, language) in stopWordLanguages.enumerated() {
            for word in stopWordLists[language, default: ""].split(separator: " ") {
                table[String(word), default: 0] |= 1 << index
            }
        }
        return table
    }()

    /// Letter counts per script.
    struct ScriptCounts {
        var total = 0
        var latin = 0
        var cyrillic = 0
        var ukrainian = 0
        var greek = 0
        var arabic = 0
        var hebrew = 0
        var thai = 0
        var devanagari = 0
        var han = 0
        var kana = 0
        var hangul = 0

        mutating func countLatin() {
            total += 1
            latin += 1
        }

        mutating func count(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            total += 1
            switch value {
            case 0x41...0x24F, 0x1E00...0x1EFF: latin += 1
            case 0x400...0x4FF:
                cyrillic += 1
                if value == 0x456 || value == 0x457 || value == 0x454 || value == 0x491 { ukrainian += 1 }
            case 0x370...0x3FF, 0x1F00...0x1FFF: greek += 1
            case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x590...0x5FF: hebrew += 1
            case 0xE00...0xE7F: thai += 1
            case 0x900...0x97F: devanagari += 1
            case 0x3040...0x30FF, 0x31F0...0x31FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: han += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
            default: break
            }
        }

        /// The language a dominant non-Latin script names, if any.
        func language() -> String? {
            guard total >= 10 else { return nil }
            let cjk = han + kana
            if cjk * 2 > total { return kana * 20 >= cjk ? "ja" : "zh" }
            if hangul * 2 > total { return "ko" }
            if cyrillic * 2 > total { return ukrainian * 100 >= cyrillic ? "uk" : "ru" }
            if greek * 2 > total { return "el" }
            if arabic * 2 > total { return "ar" }
            if hebrew * 2 > total { return "he" }
            if thai * 2 > total { return "th" }
            if devanagari * 2 > total { return "hi" }
            return nil
        }
    }
}
