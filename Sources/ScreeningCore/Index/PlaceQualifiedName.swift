/// A university's name that ends in the place it stands in (Washington University in St.
/// Louis; The University of Texas Medical Branch at Galveston; Humboldt-Universität zu
/// Berlin; Ludwig-Maximilians-Universität München), which affiliations often print without
/// it (Washington University School of Medicine; University of Texas Medical Branch;
/// Ludwig-Maximilians-University). The index holds the name without the place too
/// (`IndexedForms.spellings(of:)`); the matcher verifies that spelling only when no other
/// entity's name is those words or begins with them (`ambiguous(in:threads:)`), since
/// University of North Carolina is as much Charlotte's as Chapel Hill's.
enum PlaceQualifiedName {
    /// `text` without its place, when it is a name of a university, college or school
    /// followed by "in", "at" or "zu" and a place: one to three capitalized words, none of
    /// them an institution's (Defense Key Laboratory ... at Xidian University is a
    /// laboratory named with its host); or a German university's name followed by one
    /// capitalized word, its city. Nil for any other text, and when the name would be one
    /// word (Universität Hamburg).
    static func withoutPlace(_ text: String) -> String? {
        // Most spellings hold none of the words: a byte search first, as every listed
        // spelling is asked at every index build and rescan (Foundation's search cost a
        // tenth of a build).
        guard text.utf8.count > 8 else { return nil }
        let (preposition, german) = marks(text)
        guard preposition || german else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if preposition, let cut = words.lastIndex(where: { $0 == "at" || $0 == "in" || $0 == "zu" }) {
            let name = words[..<cut], place = words[(cut + 1)...]
            if (1...3).contains(place.count), name.count >= 2 || isCompound(name.first!),
               place.allSatisfy({ $0.first?.isUppercase ?? false }),
               !place.contains(where: { institutionWords.contains($0.lowercased()) }),
               name.contains(where: isSchoolWord) {
                return name.joined(separator: " ")
            }
        }
        // Ludwig-Maximilians-Universität München, Westfälische Wilhelms-Universität Münster.
        if german, words.count >= 2, words.last!.first?.isUppercase ?? false, words[words.count - 2].lowercased().hasSuffix("universität") {
            let name = words.dropLast()
            if name.count >= 2 || isCompound(name.first!) { return name.joined(separator: " ") }
        }
        return nil
    }

    /// Whether " at ", " in " or " zu " stands in `text`, and whether "ät " does (a German
    /// university's name followed by more), by its bytes.
    private static func marks(_ text: String) -> (preposition: Bool, german: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var preposition = false, german = false
            guard bytes.count >= 4 else { return (false, false) }
            for k in 0..<(bytes.count - 3) {
                if bytes[k] == 0x20 && bytes[k + 3] == 0x20 {
                    let (a, b) = (bytes[k + 1], bytes[k + 2])
                    if (a == 0x61 && b == 0x74) || (a == 0x69 && b == 0x6E) || (a == 0x7A && b == 0x75) { preposition = true }
                } else if bytes[k] == 0xC3 && bytes[k + 1] == 0xA4 && bytes[k + 2] == 0x74 && bytes[k + 3] == 0x20 {
                    german = true
                }
            }
            return (preposition, german)
        }
    }

    /// A university's, college's or school's word, in English or German (Universität, and
    /// a name joined to it: Humboldt-Universität).
    private static func isSchoolWord(_ word: Substring) -> Bool {
        let lowered = word.lowercased()
        return schoolWords.contains(lowered) || lowered.hasSuffix("universität") || lowered.hasSuffix("hochschule")
    }

    /// A word of two or more joined by hyphens (Ludwig-Maximilians-Universität).
    private static func isCompound(_ word: Substring) -> Bool { word.dropFirst().dropLast().contains("-") }

    /// Words that make the name before the place a university's, college's or school's.
    private static let schoolWords: Set<String> = ["university", "college", "school"]
    /// Words that make the part after "in" or "at" another institution rather than a place,
    /// and the words after a name another's name begins with a unit of it (as listed and
    /// in the matching form).
    private static let institutionWords: Set<String> = [
        "university", "college", "school", "institute", "academy", "hospital", "center", "centre", "laboratory",
        "corporation", "company", "ministry", "department", "faculty", "clinic", "program", "programme",
    ]
}

extension PlaceQualifiedName {
    /// For each alias of `index`, whether it is a name without its place that another
    /// entity's name is, or begins with, in the index's matching form: American University
    /// (of American University in Cairo, and another university's name); University of
    /// Texas (of every campus named at its city); Purdue University (of Purdue University in
    /// Indianapolis, where Purdue University West Lafayette is the one the words alone
    /// name). Such a spelling says nothing of which entity is meant. A name that goes on
    /// with an institution's word names a unit of it, not a rival (Washington University
    /// Musculoskeletal Research Center). Those names are found
    /// among the spelling's own candidates, so that only they are normalized where the
    /// index makes its forms on demand (a rescan). The spellings are searched on `threads`
    /// threads (on one, the ROR registry's took 46 ms).
    static func ambiguous(in index: EntityIndex, threads: Int) -> [Bool] {
        var result = [Bool](repeating: false, count: index.aliases.count)
        let shortened = index.aliases.indices.filter {
            if case .placeLeftOut = index.aliases[$0].derivation { return true }
            return false
        }
        let found = ParallelMap.map(shortened, threads: threads) { a in
            let normalized = index.normalized(alias: a), own = normalized.key, entity = index.aliases[a].entity
            return index.candidates(grams: Grams.of(normalized), among: .organisations, limit: ambiguityReach,
                                    minimumContainment: 0.1).contains { candidate in
                guard index.aliases[Int(candidate.alias)].entity != entity else { return false }
                let other = index.normalized(alias: Int(candidate.alias)).key
                guard other.hasPrefix(own) else { return false }
                let rest = other.dropFirst(own.count)
                return rest.isEmpty || (rest.first == " " && !rest.split(separator: " ").contains { institutionWords.contains(String($0)) })
            }
        }
        for (a, isAmbiguous) in zip(shortened, found) { result[a] = isAmbiguous }
        return result
    }

    /// How many candidates are looked among for other entities' names: those that begin
    /// with the spelling hold a share of their weight that falls as their other words
    /// grow, so more are looked at than a match verifies.
    private static let ambiguityReach = 200
}
