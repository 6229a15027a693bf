import Foundation

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

    /// `text` without the city its organisation is seated in, when it ends in it (Hebrew
    /// University of Jerusalem, Goethe University Frankfurt for the seat Frankfurt am Main,
    /// Radboud University Nijmegen), with the words that joined it (of, at, a comma) left out
    /// too. Nil when the text does not end in the city, when what is left would be one
    /// word (University of Chicago), or when it holds no word of its own (`holdsOwnWord`).
    /// Whether the rest names the organisation alone is the matcher's question
    /// (`ambiguous(in:threads:)`), as for `withoutPlace(_:)`.
    static func withoutSeat(_ text: String, seat: String) -> String? {
        let city = seat.split(separator: " ", omittingEmptySubsequences: true)
        guard let cityEnd = city.last else { return nil }
        // Frankfurt am Main is printed Frankfurt, Newcastle upon Tyne Newcastle.
        let spoken = city.count > 1 && city[1].first?.isLowercase == true ? [city[0]] : city
        // Most spellings do not end in their city: the first letter of their last word
        // tells, by its bytes (every spelling of the registry is asked, at every index build).
        guard mayEnd(text, with: cityEnd) || mayEnd(text, with: spoken[spoken.count - 1]) else { return nil }
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > spoken.count else { return nil }
        var cut: Int?
        for form in Set([city, spoken]) where words.count > form.count {
            let tail = words.suffix(form.count)
            if zip(tail, form).allSatisfy({ sameWord($0.0, $0.1) }) { cut = words.count - form.count; break }
        }
        guard let cut else { return nil }
        words.removeSubrange(cut...)
        while let last = words.last, joiningWords.contains(last.lowercased()) { words.removeLast() }
        guard let last = words.last else { return nil }
        if last.hasSuffix(",") || last.hasSuffix("-") { words[words.count - 1] = last.dropLast() }
        guard words.count >= 2 || (words.count == 1 && isCompound(words[0])), !words.last!.isEmpty,
              holdsOwnWord(words) else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether a name holds a word that few organisations' names hold (fewer than
    /// `Matcher.commonWordNames` by the registry's table): Hebrew University does, People's
    /// Hospital (of Rizhao) and Christian Medical College (Vellore) do not; only their city
    /// tells those apart, though the lists may hold no other of them. Left out of the index
    /// rather than refused by the matcher, so that they take no candidate's place from the
    /// names that are meant. The words are the printed ones, folded: one the table never
    /// saw is a printed form its matching form differs from (Medicine, for medical), not a
    /// rare word, as the table counts every word of the registry's names.
    private static func holdsOwnWord(_ words: [Substring]) -> Bool {
        guard let weights = try? WordWeights.standard() else { return false }
        return words.contains { word in
            CaseAndAccentFolding.folded(word)
                .split(whereSeparator: { !$0.isLetter }).contains { (1..<Matcher.commonWordNames).contains(weights.namesHolding(String($0))) }
        }
    }

    /// Whether the last word of `text` may be `word`: false only when both begin with ASCII
    /// letters that differ in more than case.
    private static func mayEnd(_ text: String, with word: Substring) -> Bool {
        let bytes = text.utf8
        let start = bytes.lastIndex(of: UInt8(ascii: " ")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard start < bytes.endIndex, let other = word.utf8.first else { return false }
        let (a, b) = (bytes[start], other)
        guard a < 0x80, b < 0x80, (a | 0x20) >= 0x61, (a | 0x20) <= 0x7A, (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A else { return true }
        return a | 0x20 == b | 0x20
    }

    /// Whether two words are one, whatever their case and accents (Zürich, Zurich), and
    /// whatever punctuation ends the text's (London.).
    private static func sameWord(_ printed: Substring, _ city: Substring) -> Bool {
        let printed = printed.last.map { ".,)".contains($0) } == true ? printed.dropLast() : printed
        return printed.compare(city, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }

    /// Words that join a name to its city.
    private static let joiningWords: Set<String> = ["of", "in", "at", "zu", "de", "di", "du", "do", "da", "del", "della", "-", "–"]

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
    /// name). Such a spelling says nothing of which entity is meant; the same entry on
    /// another list, of the same name, is no other entity. A name that goes on
    /// with an institution's word names a unit of it, not a rival (Washington University
    /// Musculoskeletal Research Center). A name without its seat's city is also ambiguous
    /// when it begins with another entity's name (University of Arizona College of
    /// Medicine of its Phoenix college, beside the University of Arizona). Those names are found
    /// among the spelling's own candidates, so that only they are normalized where the
    /// index makes its forms on demand (a rescan). The spellings are searched on `threads`
    /// threads (on one, the ROR registry's took 46 ms).
    static func ambiguous(in index: EntityIndex, threads: Int) -> [Bool] {
        var result = [Bool](repeating: false, count: index.aliases.count)
        let shortened = index.aliases.indices.filter {
            switch index.aliases[$0].derivation {
            case .placeLeftOut, .seatLeftOut, .honoreeLeftOut, .researchArmLeftOut, .statusLeftOut: true
            default: false
            }
        }
        let found = ParallelMap.map(shortened, threads: threads) { a in
            let normalized = index.normalized(alias: a), own = normalized.key, entity = index.aliases[a].entity
            let ownFirst = normalized.tokens.first?.text ?? ""
            let seat = if case .seatLeftOut = index.aliases[a].derivation { true } else { false }
            return index.candidates(grams: Grams.of(normalized), among: .organisations, limit: ambiguityReach,
                                    minimumContainment: 0.1).contains { candidate in
                // Nor is the same entry on another list, of the same name (Federal Research
                // Center Boreskov Institute of Catalysis on the Entity List and the 1260H list).
                let otherEntity = index.aliases[Int(candidate.alias)].entity
                guard otherEntity != entity, index.entities[Int(otherEntity)].name != index.entities[Int(entity)].name else { return false }
                // Either name begins with the other only where either first word begins
                // with the other's: tested before the other's words are joined, which
                // cost a registry's matcher set-up a twentieth of its instructions.
                let otherNormalized = index.normalized(alias: Int(candidate.alias))
                let otherFirst = otherNormalized.tokens.first?.text ?? ""
                guard otherFirst.hasPrefix(ownFirst) || ownFirst.hasPrefix(otherFirst) else { return false }
                let other = otherNormalized.key
                // A name that is another's and more, once its city is left out, is a site
                // of that other (German Cancer Research Center (DKFZ) Dresden).
                if seat, own.hasPrefix(other), own.dropFirst(other.count).first == " " { return true }
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
