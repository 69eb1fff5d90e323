/// Finds the news outlets an article relies on and the dates of the cited pieces.
///
/// An outlet (an organisation named like a newspaper or agency, see `AnalysisLexicon.outletHeads`) is cited when
/// a citing verb follows it within a short dated phrase ("the New York Times of Nov. 28 reported",
/// "the Los Angeles Times quoted"), or it follows "according to" or "told". The cited piece's date is a
/// day-precision date in the same sentence written "its <date>" ("in its Nov. 28 edition"),
/// "<outlet> of <date>" or "<outlet>'s <date>".
struct CitationExtractor: Sendable {
    func find(tokens: [AnalysisToken], entities: EntityRecognizer.Result, dates: [MentionedDateMatch]) -> [Citation] {
        var citations: [Citation] = []
        var position: [String: Int] = [:]
        for mention in entities.mentions where mention.cluster >= 0 && entities.isOutlet[mention.cluster] {
            let start = mention.tokens.lowerBound
            let end = mention.tokens.upperBound
            guard tokens[start].paragraph >= 0 else { continue }
            let sentence = tokens[start].sentence
            var cited = false
            var probe = end
            while probe < tokens.count, probe < end + 5, tokens[probe].sentence == sentence {
                if tokens[probe].lexicon.contains(.citingVerb) && tokens[probe].lower != "according" {
                    cited = true
                    break
                }
                probe += 1
            }
            var back = start - 1
            while !cited, back >= 1, back >= start - 6, tokens[back].sentence == sentence {
                if tokens[back].lower == "to", tokens[back - 1].lower == "according" { cited = true }
                back -= 1
            }
            if start >= 1, tokens[start - 1].lower == "told" { cited = true }
            guard cited else { continue }

            var date: String? = nil
            for match in dates where match.date.precision >= .day && tokens[match.tokens.lowerBound].sentence == sentence {
                let before = match.tokens.lowerBound - 1
                guard before >= 0 else { continue }
                let word = tokens[before].lower
                if word == "its" || (before == end && (word == "of" || word == "'s")) || (before == end - 1 && word == "'s")
                    || (before == end && word == "on") {
                    date = match.date.value
                    break
                }
                if before == end, word == "of" { date = match.date.value }
            }
            let name = entities.entities[mention.cluster].name
            if let existing = position[name] {
                if citations[existing].date == nil { citations[existing].date = date }
            } else {
                position[name] = citations.count
                citations.append(Citation(name: name, date: date))
            }
        }
        return citations
    }
}
