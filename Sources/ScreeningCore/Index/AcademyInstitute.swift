/// An institute of the Chinese or the Russian Academy of Sciences listed with the Academy's
/// name (the Entity List's "Chinese Academy of Sciences Changchun Institute of Optics, Fine
/// Mechanics, and Physics", "Changchun Institute of Optics, Fine Mechanics, and Physics, CAS",
/// "Keldysh Institute of Applied Mathematics of the Russian Academy of Sciences"). Papers
/// print the institute's name, then the Academy's in a segment of its own (Changchun
/// Institute of Optics, Fine Mechanics and Physics, Chinese Academy of Sciences, Changchun
/// 130033, China), abbreviated (P.P. Shirshov Institute of Oceanology RAS), or not at all
/// (Keldysh Institute of Applied Mathematics, Moscow, Russia). Where the institute's commas
/// took the two segments a view may join, no view held both names: that institute met its
/// entry at 0.56, and another listed entity's historic name at 0.93; without the Academy,
/// the Keldysh Institute met its entry at 0.20, and the V.A. Trapeznikov Institute of Control
/// Sciences at 0.47. The index holds the institute's name alone too
/// (`IndexedForms.spellings(of:)`, of the name without its brackets when they hold the
/// acronyms: A.A. Kharkevich Institute for Information Transmission Problems (IITP), Russian
/// Academy of Sciences (RAS)), when it opens with a name of its own (a city, a person), not
/// a kind: Institute of Physics is many institutes'.
enum AcademyInstitute {
    /// The institute's name in `text`: "Chinese Academy of Sciences X", "X, CAS", or X then
    /// the Chinese or the Russian Academy of Sciences after a comma, "of the", "of" or a
    /// space, when X's first word is no kind or unit word and X is no acronyms alone (IMCB SB
    /// of IMCB SB RAS); nil otherwise.
    static func withoutAcademy(_ text: String) -> String? {
        // Most spellings end in neither academy: nothing to look at (compared as bytes, since
        // every index build asks it of each spelling).
        let bytes = text.utf8
        guard bytes.count > 24, bytes.starts(with: chinese.utf8) || bytes.reversed().starts(with: "Academy of Sciences".utf8.reversed())
                || bytes.reversed().starts(with: ", CAS".utf8.reversed()) else { return nil }
        var institute: Substring?
        if text.hasPrefix(chinese + " ") {
            institute = text.dropFirst(chinese.count + 1)
        } else if text.hasSuffix(", CAS") {
            institute = text.dropLast(5)
        } else if let academy = [chinese, russian].first(where: text.hasSuffix) {
            let before = text.dropLast(academy.count)
            institute = [", ", " of the ", " of ", " "].first(where: before.hasSuffix).map { before.dropLast($0.count) }
        }
        guard let institute, let first = institute.split(separator: " ").first, first.first?.isUppercase == true,
              !notOwnNames.contains(first.lowercased()), !BracketedName.isAcronym(String(institute)) else { return nil }
        return String(institute)
    }

    private static let chinese = "Chinese Academy of Sciences"
    private static let russian = "Russian Academy of Sciences"
    /// Words that open a kind or a unit rather than a name of the institute's own.
    private static let notOwnNames: Set<String> = OrganisationKinds.latin.union(OrganisationKinds.generic)
        .union(["the", "-", "federal", "scientific", "special", "central", "joint"])
}
