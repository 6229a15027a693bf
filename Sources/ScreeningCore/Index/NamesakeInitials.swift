import Foundation

/// A listed organisation named after a person written with the person's initials first
/// (A.A. Kharkevich Institute for Information Transmission Problems, V.A. Trapeznikov
/// Institute of Control Sciences, A.M. Isayev Chemical Engineering Design Bureau on the
/// Entity List). Papers often print the surname alone (Kharkevich Institute for
/// Information Transmission Problems RAS, Moscow), and the initials' letters, a rare word
/// the text then lacks, kept that name below the threshold: a shorter alias with the
/// surname as a word beside it scored 0.74. The index holds the name without the initials
/// too (`IndexedForms.spellings(of:)`).
enum NamesakeInitials {
    /// `text` without the one to three initials that open it (A., A.A., R.Ye.), when a
    /// capitalised surname follows and the rest holds an organisation's kind word (Institute,
    /// Bureau, Plant, Laboratories): not a person's name (J. Robert Shubert), not a company
    /// named by its letters alone (U.H.L. Company), not a title or a saint (Dr., St.).
    static func withoutInitials(_ text: String) -> String? {
        guard let first = text.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
              text.utf8.dropFirst().prefix(3).contains(UInt8(ascii: ".")) else { return nil }
        var words = text.split(separator: " ", omittingEmptySubsequences: true)[...]
        var initials = 0
        while let word = words.first, initials < 3, isInitials(word) {
            words = words.dropFirst()
            initials += 1
        }
        guard initials > 0, words.count >= 2, let surname = words.first, surname.first?.isUppercase == true,
              surname.filter(\.isLetter).count >= 3, !surname.contains("."),
              !OrganisationKinds.latin.contains(surname.lowercased()),
              words.dropFirst().contains(where: isKindWord) else { return nil }
        return words.joined(separator: " ")
    }

    /// One word of initials: capitals each followed by a full stop, a capital's lower-case
    /// second letter allowed (A., A.A., R.Ye.), not an abbreviation such as Dr. or St.
    private static func isInitials(_ word: Substring) -> Bool {
        guard word.hasSuffix("."), !notInitials.contains(String(word)) else { return false }
        let letters = word.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        return (1...3).contains(letters.count) && letters.allSatisfy { letter in
            guard let head = letter.first, head.isUppercase, letter.count <= 2 else { return false }
            return letter.dropFirst().allSatisfy(\.isLowercase)
        }
    }

    private static let notInitials: Set<String> = ["Dr.", "St.", "Mr.", "Ms.", "Mt.", "No.", "Co.", "Jr.", "Sr."]

    private static func isKindWord(_ word: Substring) -> Bool {
        let lowered = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return OrganisationKinds.latin.contains(lowered) || lowered.hasSuffix("s") && OrganisationKinds.latin.contains(String(lowered.dropLast()))
            || lowered == "laboratories" || lowered == "centre" || lowered.hasSuffix("-design")
    }
}
