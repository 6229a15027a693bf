/// An institute of the Chinese Academy of Sciences listed with the Academy's name, whose own
/// name holds commas (the Entity List's "Chinese Academy of Sciences Changchun Institute of
/// Optics, Fine Mechanics, and Physics" and "Changchun Institute of Optics, Fine Mechanics,
/// and Physics, CAS"). Papers print the institute's name, then the Academy's in a segment
/// of its own (Changchun Institute of Optics, Fine Mechanics and Physics, Chinese Academy of
/// Sciences, Changchun 130033, China): the institute's commas already take the two
/// segments a view may join, and no view held both names. That institute met its entry at
/// 0.56, and another listed entity's historic name at 0.93. The index holds the institute's
/// name alone too (`IndexedForms.spellings(of:)`), when it opens with a name of its own (a
/// city), not a kind: Institute of Physics is many institutes', and a name without commas
/// is met with the Academy's in the next segment as it is.
enum AcademyInstitute {
    /// The institute's name in `text`, "Chinese Academy of Sciences X" or "X, CAS" (or ",
    /// Chinese Academy of Sciences"), when X holds a comma and its first word is no kind
    /// or unit word; nil otherwise.
    static func withoutAcademy(_ text: String) -> String? {
        // Most spellings hold no comma: nothing to look at.
        guard text.utf8.count > 24, text.utf8.contains(UInt8(ascii: ",")) else { return nil }
        var institute: Substring?
        if text.hasPrefix(academy + " ") {
            institute = text.dropFirst(academy.count + 1)
        } else if let suffix = [", " + academy, ", CAS"].first(where: text.hasSuffix) {
            institute = text.dropLast(suffix.count)
        }
        guard let institute, institute.contains(","), let first = institute.split(separator: " ").first,
              first.first?.isUppercase == true, !notOwnNames.contains(first.lowercased()) else { return nil }
        return String(institute)
    }

    private static let academy = "Chinese Academy of Sciences"
    /// Words that open a kind or a unit rather than a name of the institute's own.
    private static let notOwnNames: Set<String> = OrganisationKinds.latin.union(OrganisationKinds.generic)
        .union(["the", "-", "federal", "scientific", "special", "central", "joint"])
}
