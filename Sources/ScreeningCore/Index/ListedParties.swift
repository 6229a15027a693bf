import Foundation

/// A listed spelling that names several parties in one entry: the lists join them with
/// semicolons (CBP's Withhold Release Orders: "Fuchu Prison; Union Kogyo Co., Ltd.", a prison
/// and the Japanese company it supplied) or list them with commas and a last "and" ("Kumar
/// Carpet Pvt., Singhe Carpet Pvt., Ltd., ..., and K.K. Carpet Industries; Kathmandu.";
/// "Elint, S.A., Spain Night Vision, S.A., and SNV, S.A"). A partner printing one of them
/// held too little of the whole spelling's words to meet it ("Union Kogyo Co., Ltd." met its
/// entry at 0.14), so the index holds each party on its own too
/// (`IndexedForms.spellings(of:)`), and an entry of unknown kind whose first party is
/// written as a person's is read as a person's (`EntityIndex.Partition.of(_:normalizer:)`).
enum ListedParties {
    /// The parties `text` names beyond itself, in order: each part between semicolons
    /// outside brackets that is a name (`isName`: two words or more with letters, or an
    /// acronym; not a note in brackets, not a note of whose the entry is), and each party of
    /// a part that lists them with commas and "and" (`listedWithCommas`). Empty when `text`
    /// names one party, or runs on into an address (`ListedAddress`: its semicolons part
    /// addresses).
    static func parties(in text: String) -> [String] {
        guard mayNameSeveral(text), ListedAddress.withoutAddress(text) == nil else { return [] }
        var result: [String] = []
        func add(_ party: String) {
            if party != text, !result.contains(party) { result.append(party) }
        }
        let parts = split(text, at: ";").map(tidy)
        // Not a name the list merely ends with a stray semicolon (Joint Stock Company Ship
        // Repair Center 'Zvezdochka;'): the parts besides must hold letters.
        let several = parts.filter { $0.contains(where: \.isLetter) }.count > 1
        for part in parts {
            if several, isName(part) || BracketedName.isIndexableAcronym(part) { add(part) }
            listedWithCommas(part).forEach(add)
        }
        return result
    }

    /// The parties a text lists with commas and a last ", and" (the lists' serial comma),
    /// a legal form after a comma kept with the name before it (Singhe Carpet Pvt., Ltd.);
    /// empty unless every one of them is a name whose words each hold two letters or more,
    /// the first holds no word that fields follow (of, for, ...) and one ends in a legal form.
    /// So a name whose commas part its fields (Changchun Institute of Optics, Fine Mechanics,
    /// and Physics; the registry's Spanish Society of Preventive Medicine, Public Health, and
    /// Health Management, and a hundred more), a person's "family, given" (Lavery III, Henry
    /// L., and Security Assistance International, Inc.) or a note (..., and its subunits and
    /// successors) is not cut.
    static func listedWithCommas(_ text: String) -> [String] {
        guard text.contains(", and ") else { return [] }
        var parties: [String] = []
        for piece in split(text, at: ",").map(tidy) {
            let piece = withoutLeadingAnd(piece)
            if let last = parties.last, isLegalForm(piece) {
                parties[parties.count - 1] = last + ", " + piece
            } else {
                parties.append(piece)
            }
        }
        guard parties.count > 1, parties.allSatisfy({ isName($0) && wordsHoldTwoLetters($0) }),
              !parties[0].split(separator: " ").contains(where: { fieldsFollow.contains($0.lowercased()) }),
              parties.contains(where: endsInLegalForm) else { return [] }
        return parties
    }

    /// Two words or more with letters, not opening with a bracket or with a note of whose
    /// the entry is or what else it covers (its subsidiaries, all of the preceding).
    private static func isName(_ part: String) -> Bool {
        guard let first = part.first, first != "(" else { return false }
        let words = part.split(separator: " ")
        guard words.filter({ $0.contains(where: \.isLetter) }).count >= 2 else { return false }
        return !noteOpenings.contains(words[0].lowercased())
    }

    private static let noteOpenings: Set<String> = ["its", "their", "all", "any", "subsidiaries", "successors", "and"]

    private static func wordsHoldTwoLetters(_ name: String) -> Bool {
        name.split(separator: " ").allSatisfy { word in word.filter(\.isLetter).count >= 2 || !word.contains(where: \.isLetter) }
    }

    private static let fieldsFollow: Set<String> = ["of", "for", "in", "on", "at", "to"]

    /// A legal form alone (Ltd., S.A, Pvt. Ltd.), as `OrganisationTerms.latinLegalForms` writes them.
    private static func isLegalForm(_ piece: String) -> Bool {
        let words = lowercasedWords(piece)
        return !words.isEmpty && OrganisationTerms.latinLegalForms.contains(words)
    }

    private static func endsInLegalForm(_ party: String) -> Bool {
        let words = lowercasedWords(party)
        return OrganisationTerms.latinLegalForms.contains { form in words.count > form.count && words.suffix(form.count).elementsEqual(form) }
    }

    private static func lowercasedWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," }).map(String.init)
    }

    private static func withoutLeadingAnd(_ piece: String) -> String {
        piece.lowercased().hasPrefix("and ") ? tidy(String(piece.dropFirst(4))) : piece
    }

    /// `text` cut at `separator` where it stands outside round brackets.
    private static func split(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case separator where depth == 0:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    /// Without spaces, dashes or stray quotes at the ends, a note in brackets of where it is
    /// (Imaizumi Tea Manufacturing & Trading Co., Ltd. (of Nagoya, Japan)), nor a full stop
    /// ending the list (K.K. Carpet Industries; Kathmandu.) but an abbreviation's (Ltd., S.A.).
    private static func tidy(_ part: String) -> String {
        var trimmed = part.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "—–-'")))
        if trimmed.hasSuffix(")"), let open = trimmed.range(of: " (of ", options: .backwards) {
            trimmed = String(trimmed[..<open.lowerBound])
        }
        if trimmed.hasSuffix("."), let word = trimmed.split(separator: " ").last, word.filter(\.isLetter).count > 3,
           !word.dropLast().contains(".") {
            trimmed.removeLast()
        }
        return trimmed
    }

    /// A cheap test first, one pass over the bytes: most spellings hold neither a semicolon
    /// nor ", and " (every index build asks it of each of the registry's 119,000 spellings).
    private static func mayNameSeveral(_ text: String) -> Bool {
        var afterComma = 0 // how much of ", and " the last bytes were
        for byte in text.utf8 {
            if byte == UInt8(ascii: ";") { return true }
            switch (afterComma, byte) {
            case (_, UInt8(ascii: ",")): afterComma = 1
            case (1, UInt8(ascii: " ")), (2, UInt8(ascii: "a")), (3, UInt8(ascii: "n")), (4, UInt8(ascii: "d")): afterComma += 1
            case (5, UInt8(ascii: " ")): return true
            default: afterComma = 0
            }
        }
        return false
    }
}
