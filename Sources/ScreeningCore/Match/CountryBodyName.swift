/// A body named by what it does, in the words names are made of and nothing else, but for
/// its country's name: the Entity List's Ministry of Defence (Burma), the nonproliferation
/// list's Ministry of Defense (Syria) and 27th Scientific Center (Russia). Its words are too
/// little to meet it inside a longer segment (`Verifier.aliasViews` gives such a name no
/// view), and several countries' bodies are listed under one name; a segment that prints
/// the name and nothing else, in a text whose country is its entry's, names it. Without a
/// country in the text (the Ministry of Defence of a British author) it is not met.
enum CountryBodyName {
    /// The words of alias `a` to meet whole, its country's name in brackets left out, when
    /// it is such a name of an entry with a country: two to six words, each a kind, generic or
    /// vocabulary word or digits (one at least not digits), and no legal form. Nil otherwise.
    static func words(of a: Int, index: EntityIndex) -> [String]? {
        // Word by word first, without allocating: a registry has a hundred thousand aliases,
        // and few are such names. (Seven words with a country's name, which may go.)
        let normalized = index.normalized(alias: a)
        guard normalized.legalForms.isEmpty, (2...7).contains(normalized.tokens.count), normalized.tokens.allSatisfy({ token in
            (token.script == .latin || token.script == .digits)
                && (isDigits(token.text) || isVocabulary(token.text) || CountryEvidence.names[token.text] != nil)
        }) else { return nil }
        // The lists' own spellings only: one made from another (a place left out) is not
        // what the list prints.
        guard index.aliases[a].derivation == nil,
              let country = index.country(of: Int(index.aliases[a].entity))?.uppercased(), !country.isEmpty else { return nil }
        let listed = index.aliases[a].text
        let bracketed = bracketedCountryWord(in: listed, country: country)
        let words = normalized.tokens.map(\.text).filter { $0 != bracketed }
        guard (2...6).contains(words.count), words.contains(where: { !isDigits($0) }),
              words.allSatisfy({ isDigits($0) || isVocabulary($0) }),
              Matcher.printedWords(of: listed, leaving: stopWords.union(bracketed.map { [$0] } ?? [])).count == words.count else { return nil }
        return words
    }

    /// The country's name the listed text gives in brackets (Ministry of Defense (Syria)),
    /// folded: only there is it no word of the name, which is the body's wherever it is
    /// printed (Iran University of Medical Sciences is not any university of medical
    /// sciences in Iran).
    private static func bracketedCountryWord(in text: String, country: String) -> String? {
        guard let open = text.lastIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let inside = CaseAndAccentFolding.folded(text[text.index(after: open)..<close])
            .trimmingCharacters(in: .whitespaces)
        return CountryEvidence.names[inside] == country ? inside : nil
    }

    /// Stop words, which the listed text prints and the matching form does not: every other
    /// printed word counts, so a place the normalizer leaves out of the matching form (at
    /// Xi'an) is a word of the name, which the bodies of names' vocabulary do not hold.
    private static let stopWords = Set(OrganisationTerms.stopWords.split(separator: " ").map(String.init))

    private static func isDigits(_ word: String) -> Bool { word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    private static func isVocabulary(_ word: String) -> Bool {
        !(OrganisationKinds.flags[word] ?? []).isDisjoint(with: [.kind, .generic]) || Normalizer.vocabularyWords.contains(word)
    }

    /// The verification of such a name (`words`, of an entry in `country`) against a mention
    /// whose country is `evidence`: 1 where a segment prints exactly the words (a unit's
    /// number too, which here is the name's: 27th), and the evidence is the country; 0 else.
    static func verification(_ words: [String], country: String, in mention: NormalizedText,
                             evidence: (code: String, why: String, word: String?)) -> Verification? {
        guard evidence.code == country.uppercased(),
              let segment = Matcher.wholeSegment(printing: words, in: mention, keepingNumbers: true) else { return nil }
        let form = words.joined(separator: " ")
        return Verification(score: 1, placement: Match.Placement(lastSegment: segment, aliasLength: form.count),
                            describe: { "alias matching form “\(form)”, names' vocabulary only, met the whole of segment \(segment + 1) in a text of its entry's country, \(evidence.why)" })
    }
}
