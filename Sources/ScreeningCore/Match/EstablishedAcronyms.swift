extension Matcher {
    /// Per alias, how many loaded organisations belong to its entity (ROR's parent links,
    /// `EntityHierarchy`) when the alias is an acronym (`aliasAcronyms`) that the lists give
    /// to no other entity with parts of its own: UCLA, MIT of Massachusetts rather than of
    /// Melbourne or Mien Dong, CNRS of France rather than of Lebanon. 0 for every other alias.
    /// Such an acronym is the one the registry's parts print ("MIT Sea Grant", "UCL Queen
    /// Square Institute of Neurology"), and counts alone where the text shows no country and
    /// names no organisation beside it (`countsAlone`, `verify(organisation:...)`). A list
    /// without a hierarchy (every sanctions list) has none. Chosen on the development gold:
    /// of the rules tried (a holder with at least one, two, three or five parts; the others
    /// with none, or with fewer), this one put the most of Crossref's covered strings right
    /// (Benchmarks/HISTORY.md). Also returns, for each such acronym, every entity holding it.
    static func establishedAcronyms(_ acronyms: [Substring?], index: EntityIndex, hierarchy: EntityHierarchy)
        -> (members: [Int], holders: [Substring: [Int32]]) {
        var established = [Int](repeating: 0, count: acronyms.count)
        guard !hierarchy.memberCounts.isEmpty else { return (established, [:]) }
        // The entities holding each acronym, with their members.
        var holders: [Substring: [Int32: Int]] = [:]
        for (a, acronym) in acronyms.enumerated() {
            guard let acronym else { continue }
            let e = index.aliases[a].entity
            holders[acronym, default: [:]][e] = hierarchy.members(of: Int(e))
        }
        let holderWithParts = holders.compactMapValues { entities -> (entity: Int32, members: Int)? in
            let withParts = entities.filter { $0.value > 0 }
            guard withParts.count == 1, let only = withParts.first else { return nil }
            return (only.key, only.value)
        }
        for (a, acronym) in acronyms.enumerated() {
            guard let acronym, let holder = holderWithParts[acronym], holder.entity == index.aliases[a].entity else { continue }
            established[a] = holder.members
        }
        return (established, holders.filter { holderWithParts[$0.key] != nil }.mapValues { Array($0.keys) })
    }

    /// Whether acronym alias `a`, printed in a text that shows no country and names no
    /// organisation beside it, counts alone there: its entity is the only holder with parts
    /// (`establishedAcronymMembers`), the text does not print it as a university's first word,
    /// and it prints no other holder's seat (CNRS, Beirut is Lebanon's).
    func countsAlone(_ a: Int, in mention: NormalizedText) -> Bool {
        guard establishedAcronymMembers[a] > 0, let acronym = aliasAcronyms[a], !Self.opensInstitutionName(acronym, in: mention) else { return false }
        let e = index.aliases[a].entity
        return !(establishedAcronymHolders[acronym] ?? []).contains { $0 != e && printsSeat(of: Int($0), mention) }
    }

    /// Whether the text prints the acronym as the first word of a university's name (HSE
    /// University, the Higher School of Economics, not the Health and Safety Executive):
    /// there it is that name's word, and counts alone for no entry. Not before an
    /// institute's or a college's: those are the parts it holds (UCL Institute of
    /// Neurology, NYU College of Dentistry).
    static func opensInstitutionName(_ acronym: Substring, in mention: NormalizedText) -> Bool {
        let word = acronym.lowercased(), tokens = mention.tokens
        return tokens.indices.dropLast().contains { k in
            tokens[k].text == word && tokens[k + 1].segment == tokens[k].segment && universityWords.contains(tokens[k + 1].text)
        }
    }

    static let universityWords: Set<String> = ["university", "polytechnic"]
}
