import Foundation

/// A Russian institution's status written before its name, at the start or after its legal
/// form: Federal Research Center Boreskov Institute of Catalysis; National Research Center
/// Kurchatov Institute; Federal State Institution Federal Scientific Center Scientific
/// Research Institute for System Analysis of the Russian Academy of Sciences. Papers print
/// the name without it (Boreskov Institute of Catalysis SB RAS, Novosibirsk), and the
/// status's words they lacked kept the entry at 0.44 and under. The index holds the name
/// without the status too (`IndexedForms.spellings(of:)`), when what follows is a name of its
/// own: two words or more, holding an institution's kind word, not opening with one
/// (Institute n.a. N.E. Zhukovsky would name a city's every institute) nor with a joining
/// word (the National Research Center for Parallel Computer Engineering and Technology,
/// the State Research Center of the Russian Federation are such centres by name). Like a
/// name without its place, the matcher verifies it only when no other entity's name is
/// those words or begins with them (`PlaceQualifiedName.ambiguous(in:threads:)`).
enum StatusBeforeName {
    /// `text` without the status that opens its name; nil when it has none so placed, or
    /// what follows is no name of its own.
    static func withoutStatus(_ text: String) -> String? {
        // Most spellings hold no status: a look at their bytes first, as every listed
        // spelling is asked at every index build and rescan. Statuses and legal forms open
        // with F, N or S (federal, national, state; FSBI, FGUP).
        guard text.utf8.count > 24, let opening = text.utf8.first, [UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "s")].contains(opening | 0x20),
              SevenLetterWindow.holds(text.utf8, anyOf: markers) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let lowered = words.map { $0.lowercased() }
        // The status stands first, or right after the legal form that opens the name.
        var starts = [0]
        for form in OrganisationTerms.russianStateInstitutionForms where lowered.starts(with: form) { starts.append(form.count) }
        for start in starts {
            guard let status = statuses.first(where: { lowered.dropFirst(start).starts(with: $0) }) else { continue }
            let name = words[(start + status.count)...].drop { $0 == "-" || $0 == "–" || $0 == "—" }
            let nameLowered = name.map { $0.lowercased().trimmingCharacters(in: quotes) }
            guard name.count >= 2, let first = nameLowered.first, !first.isEmpty, !joiningWords.contains(first),
                  !OrganisationKinds.latin.contains(first), nameLowered.contains(where: OrganisationKinds.latin.contains)
            else { continue }
            return (words[..<start] + name).joined(separator: " ")
        }
        return nil
    }

    /// The statuses, by their words in lower case: federal, national or state, research or
    /// scientific, centre in either spelling.
    private static let statuses: [[String]] = ["federal", "national", "state"].flatMap { level in
        ["research", "scientific"].flatMap { field in ["center", "centre"].map { [level, field, $0] } }
    }

    private static let joiningWords: Set<String> = ["of", "for", "the", "and", "on", "in"]
    private static let quotes = CharacterSet(charactersIn: "\"'“”«»„")
    /// "esearch" and "ientifi", in either case: each status holds one.
    private static let markers = [SevenLetterWindow.packed("esearch"), SevenLetterWindow.packed("ientifi")]
}
