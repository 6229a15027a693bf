extension EntityIndex.Partition {
    /// The partitions an entity's spellings are indexed in: persons for a person entry,
    /// organisations for an organisation; an entry of unknown kind stands among
    /// organisations, and among persons too when its name is written as a person's is on
    /// the lists ("Acety, Edwin": family name, comma, given names; "Abdul Qadeer Khan",
    /// "MIKHAIL VINOGRADOV": two to four words; no legal form, no organisation word), so
    /// that an author of that name meets it. The US lists give no kind: 731 of the State
    /// Department's statutory debarment list's 779 entries read so, and most of the Denied
    /// Persons List's.
    public static func of(_ entity: ListedEntity, normalizer: Normalizer) -> [EntityIndex.Partition] {
        switch entity.kind {
        case .person: return [.persons]
        case .organization: return [.organisations]
        // Read without an address it runs on into, without another name it gives after
        // a mark (Man, Cho Yan Nathan; a.k.a Nathan Man), as its first party when it names
        // several and that one is written "family, given" (Dominguez, Carlos; Elint, S.A.,
        // ...), not "Fuchu Prison; Union Kogyo Co., Ltd.", and without what its brackets
        // hold (Aleksey Budnev (Russian individual); Ch'oe Ch'o'l-min (a.k.a Choe Chol Min)
        // (DPRK individual)).
        case .unknown:
            let own = BracketedName.ownName(ListedAddress.withoutAddress(entity.name) ?? entity.name)
            let first = entity.name.contains(";") ? ListedParties.parties(in: own).first : nil
            let party = first.flatMap { $0.contains(",") ? $0 : nil } ?? own
            let name = BracketedName.spellings(of: party).first { if case .bracketsLeftOut = $0.derivation { true } else { false } }?.text ?? party
            return isWrittenAsPerson(name, normalizer: normalizer) ? [.organisations, .persons] : [.organisations]
        }
    }

    /// `Family, Given` in Latin letters: a family name of one to three words and given names
    /// of one to four (Assaf, Mahmoud Abdel-Ghani Mohammad; Yeboah, Master A. Ohene Kwesi),
    /// an initial may follow, and a generational suffix stand anywhere (Andrade, Jr., Ramon;
    /// Kocurek, III, Louis J.; `Normalizer.withoutGenerationalSuffix`); no digits, and nothing
    /// the normalizer reads as a legal form or an organisation word.
    static func isWrittenAsPerson(_ written: String, normalizer: Normalizer) -> Bool {
        let name = Normalizer.withoutGenerationalSuffix(written)
        guard name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " ,.-'".unicodeScalars.contains($0) }),
              name.unicodeScalars.allSatisfy({ $0.value < 0x2E80 }) else { return false }
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard isGivenThenFamily(name) else { return false }
        } else {
            guard parts.count == 2 else { return false }
            let words = parts.prefix(2).map { $0.split(whereSeparator: { $0 == " " || $0 == "-" }) }
            guard (1...3).contains(words[0].count), (1...4).contains(words[1].count) else { return false }
        }
        let normalized = normalizer.normalize(name, options: [])
        guard normalized.legalForms.isEmpty, !normalized.tokens.isEmpty else { return false }
        return !normalized.tokens.contains { Self.organisationWords.contains($0.text) }
    }

    /// A name without a comma that reads as a person's, given names first (the US lists
    /// write most so): two to four words, none of them a word that joins the words of an
    /// organisation's name (Artisanal Small Mines and Co; Bureau of Industry) rather than a
    /// person's; legal forms and organisation words are looked for after.
    private static func isGivenThenFamily(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (2...4).contains(words.count) && !words.contains { Self.joiningWords.contains($0.lowercased()) }
    }

    /// Words that join an organisation's words, not a person's: the stop words of
    /// organisation names (`OrganisationTerms.stopWords`, für as printed too) but a
    /// person's particles and names (de, du, an).
    private static let joiningWords: Set<String> = Set(OrganisationTerms.stopWords.split(separator: " ").map(String.init))
        .subtracting(["de", "du", "an"]).union(["für"])

    /// The canonical organisation words (university, institute, ...) and the words legal
    /// forms are made of, as the matching form writes them, but their single letters (the
    /// S, P and A of S.p.A.): in a name they are initials (Smith, Wayne P.; Johnson, Edward
    /// A.), and a legal form spelt in them is found as one.
    private static let organisationWords: Set<String> = {
        var words = Set(OrganisationTerms.wordClasses.map(\.0))
        for form in OrganisationTerms.latinLegalForms { words.formUnion(form.filter { $0.count > 1 }) }
        return words
    }()
}
