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
/// a kind: Institute of Physics is many institutes'. It holds the institute's name with the
/// Academy's acronym after it too, as papers print it (Institute of Physics, CAS), which
/// had met no entry that spells the Academy out.
enum AcademyInstitute {
    /// The institute's name in `text` (`split`), when its first word is no kind or unit
    /// word; nil otherwise.
    static func withoutAcademy(_ text: String) -> String? {
        guard let (institute, _) = split(text), let first = institute.split(separator: " ").first, first.first?.isUppercase == true,
              !notOwnNames.contains(first.lowercased()) else { return nil }
        return String(institute)
    }

    /// The institute's name in `text` (as `withoutAcademy` finds it) with the Academy's
    /// acronym after a comma, as papers print it: Institute of Physics, CAS of "Chinese
    /// Academy of Sciences, Institute of Physics"; Institute of Solid-State Physics, RAS of
    /// "... of the Russian Academy of Sciences"; Shenyang Institute of Automation, CAS of
    /// "China Academy of Science—Shenyang Institute of Automation". With the acronym, an
    /// institute whose name opens with a kind is no other academy's (those met their entry
    /// at 0.30 and under printed so). Nil for none, for a name of two words or less, and for
    /// `text` itself.
    static func withAcademyAcronym(_ text: String) -> String? {
        guard let (found, academy) = split(text), let institute = namedInstitute(found) else { return nil }
        let abbreviated = institute + ", " + academy
        return abbreviated == text ? nil : abbreviated
    }

    /// The institute's name in `text` with the Academy's name after it, where `text` opens
    /// with the Chinese Academy's: Institute of Physics of the Chinese Academy of Sciences of
    /// "Chinese Academy of Sciences, Institute of Physics", as papers print it in one segment
    /// (it met its entry at 0.75, the Academy's words out of the listed order). Nil for a
    /// name that does not open with the Academy's, and for a name of two words or less.
    static func withAcademyAfter(_ text: String) -> String? {
        guard text.hasPrefix("Chin"), let (found, academy) = split(text), academy == "CAS", let institute = namedInstitute(found) else { return nil }
        return institute + " of the " + chinese
    }

    /// The institute's name `split` found, without an opening "The", when it is a name of
    /// three words or more that opens with a capital; nil otherwise.
    private static func namedInstitute(_ found: Substring) -> Substring? {
        let institute = found.hasPrefix("The ") ? found.dropFirst(4) : found
        return institute.split(separator: " ").count > 2 && institute.first?.isUppercase == true ? institute : nil
    }

    /// The institute's name in `text` and the acronym of its Academy: "Chinese Academy of
    /// Sciences" (or "China Academy of Science") then the institute after a space, a comma, a
    /// dash or a possessive; the institute then ", CAS"; the institute then the Chinese or the
    /// Russian Academy of Sciences after a comma, "of the", "of" or a space. Nil for none,
    /// and for acronyms alone (IMCB SB of IMCB SB RAS).
    private static func split(_ text: String) -> (institute: Substring, academy: String)? {
        // Most spellings hold neither academy at either end: nothing to look at (compared as
        // bytes, since every index build asks it of each spelling).
        let bytes = text.utf8
        guard bytes.count > 24, bytes.starts(with: "Chin".utf8) || bytes.reversed().starts(with: "Academy of Sciences".utf8.reversed())
                || bytes.reversed().starts(with: ", CAS".utf8.reversed()) else { return nil }
        var found: (Substring, String)?
        if let opening = [chinese, "China Academy of Science"].first(where: text.hasPrefix) {
            let rest = text.dropFirst(opening.count)
            if let separator = [" - ", " – ", "—", ", ", "'s ", "’s ", "' ", " "].first(where: rest.hasPrefix) {
                found = (rest.dropFirst(separator.count), "CAS")
            }
        } else if text.hasSuffix(", CAS") {
            found = (text.dropLast(5), "CAS")
        } else if let academy = [chinese, russian].first(where: text.hasSuffix) {
            let before = text.dropLast(academy.count)
            found = [", ", " of the ", " of ", " "].first(where: before.hasSuffix).map { (before.dropLast($0.count), academy == chinese ? "CAS" : "RAS") }
        }
        guard let found, !found.0.isEmpty, !BracketedName.isAcronym(String(found.0)) else { return nil }
        return found
    }

    private static let chinese = "Chinese Academy of Sciences"
    private static let russian = "Russian Academy of Sciences"
    /// Words that open a kind or a unit rather than a name of the institute's own.
    private static let notOwnNames: Set<String> = OrganisationKinds.latin.union(OrganisationKinds.generic)
        .union(["the", "-", "federal", "scientific", "special", "central", "joint"])
}
