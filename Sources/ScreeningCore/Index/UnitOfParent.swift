import Foundation

/// A listed unit written after its parent group, numbered (China Electronics Technology
/// Group Corporation 13th Research Institute; China State Shipbuilding Corporation, Limited
/// (CSSC) 710th Research Institute), which papers print the other way round, the unit
/// first: The 13th Research Institute of China Electronics Technology Group Corporation;
/// 710th Research Institute, China State Shipbuilding Corporation. Printed so, the
/// parent's legal form ends the affiliation and is read as one, while the listed name
/// keeps it among its words, and the dozens of units of one group crowded the one meant
/// out of the candidates. The index holds the unit-first order too
/// (`IndexedForms.spellings(of:)`).
enum UnitOfParent {
    /// "U of P" for a spelling "P U" (brackets already left out: `BracketedName`), where P
    /// ends in a group's or company's word (Corporation, Group, Company, Limited, Co., Ltd.)
    /// and holds a word of its own, and U opens with a number (13th, 702, No. 11) and names
    /// a unit (Research Institute, Academy, Factory, Plant, ...). Nil otherwise.
    static func unitFirst(_ text: String) -> String? {
        // Most spellings hold no digit: nothing to look at.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 4 else { return nil }
        for k in 2..<words.count {
            let opensWithNumber = words[k].first?.isASCIIDigit == true
                || (["No.", "No"].contains(words[k]) && k + 1 < words.count && words[k + 1].first?.isASCIIDigit == true)
            guard opensWithNumber else { continue }
            let before = words[k - 1].trimmingCharacters(in: [","]).lowercased()
            guard groupWords.contains(before) else { return nil }
            let unit = words[k...].joined(separator: " ")
            let parent = words[..<k].joined(separator: " ").replacingOccurrences(of: ",", with: "")
            guard !unit.contains(":"), words[k...].contains(where: isUnitKind),
                  words[..<k].contains(where: { !legalWords.contains($0.trimmingCharacters(in: [",", "."]).lowercased()) }) else { return nil }
            return unit + " of " + parent
        }
        return nil
    }

    /// Whether a word names a unit, as printed (Institute, Academy's, Factory,).
    private static func isUnitKind(_ word: Substring) -> Bool {
        var word = word.lowercased().trimmingCharacters(in: [",", "."])
        if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
        return unitKinds.contains(word)
    }

    private static let groupWords: Set<String> = ["corporation", "corp.", "corp", "group", "company", "co.", "co", "limited", "ltd.", "ltd"]
    private static let unitKinds: Set<String> = ["institute", "academy", "factory", "plant", "department", "laboratory", "center", "centre", "bureau"]
    /// The words of a parent that is only a legal form (Open Joint Stock Company 140 Repair Plant).
    private static let legalWords: Set<String> = groupWords.union(["open", "closed", "public", "joint", "stock", "joint-stock", "jsc", "ojsc",
                                                                    "pjsc", "cjsc", "llc", "ooo", "ao", "pao", "oao", "zao"])
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
