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
        // Most spellings hold no number: nothing to look at.
        guard mayHoldNumber(text) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 4 else { return nil }
        for k in 2..<words.count {
            guard opensWithNumber(words[k...]) else { continue }
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

    /// "A U" and "U of A" for a spelling "P (A) U", where A is the acronym of a parent
    /// group P in brackets and U a numbered unit (China State Shipbuilding Corporation,
    /// Limited (CSSC) 710th Research Institute: CSSC 710th Research Institute and 710th
    /// Research Institute of CSSC), as papers name a unit of a group they name by its
    /// acronym (The 54th Research Institute of CETC). Empty otherwise.
    static func withParentAcronym(_ text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "(")), mayHoldNumber(text), let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return [] }
        let acronym = String(text[text.index(after: open)..<close])
        let unitWords = text[text.index(after: close)...].split(separator: " ")
        guard BracketedName.isAcronym(acronym), let before = text[..<open].split(separator: " ").last, endsGroupName(before),
              opensWithNumber(unitWords[...]), unitWords.contains(where: isUnitKind), !unitWords.contains(where: { $0.contains(":") || $0.contains("(") }) else { return [] }
        let unit = unitWords.joined(separator: " ")
        return [acronym + " " + unit, unit + " of " + acronym]
    }

    /// "U of A", "A U" and "A N" for a spelling "P U (A N)" or "P N (A N) ...", where the
    /// brackets hold the group's acronym with the unit's number N, which opens U (China
    /// Electronics Technology Group Corporation 38th Research Institute (CETC 38): 38th
    /// Research Institute of CETC, CETC 38th Research Institute, CETC 38), as papers name the
    /// group's units. Empty otherwise.
    static func withNumberedAcronym(_ text: String) -> [String] {
        guard let close = text.lastIndex(of: ")"), let open = text[..<close].lastIndex(of: "(") else { return [] }
        let inside = text[text.index(after: open)..<close]
        guard let split = inside.firstIndex(where: { $0 == " " || $0 == "-" || $0.isASCIIDigit }) else { return [] }
        let acronym = String(inside[..<split])
        let number = inside[split...].drop { $0 == " " || $0 == "-" }
        guard BracketedName.isAcronym(acronym), !number.isEmpty, number.allSatisfy(\.isASCIIDigit) else { return [] }
        let rest = (text[..<open] + " " + text[text.index(after: close)...]).split(separator: " ")
        guard let k = rest.indices.first(where: { k in
            k >= 2 && rest[k].hasPrefix(number) && (rest[k].count == number.count || ["st", "nd", "rd", "th"].contains(String(rest[k].dropFirst(number.count))))
                && endsGroupName(rest[k - 1])
        }) else { return [] }
        let unitWords = rest[k...].map { $0.trimmingCharacters(in: [","]) }
        guard unitWords.contains(where: { isUnitKind(Substring($0)) }), !unitWords.contains(where: { $0.contains(":") }) else { return [] }
        let unit = unitWords.joined(separator: " ")
        return [unit + " of " + acronym, acronym + " " + unit, acronym + " " + number]
    }

    /// The unit U and the acronym A of a spelling "U of P (A)" whose brackets end it and hold
    /// the acronym of its parent group P, not of its own name: U a numbered unit (10th
    /// Research Institute of China Electronic Technology Group Corp (CETC)). A names the
    /// group, which papers print after the unit (The 10th Research Institute of CETC), so
    /// `BracketedName` does not index it alone and `withGroupAcronym(_:acronyms:)` makes
    /// "U of A". Nil otherwise.
    static func groupAcronymInBrackets(_ text: String) -> (unit: String, acronym: String)? {
        guard text.utf8.last == UInt8(ascii: ")"), mayHoldNumber(text), let open = text.lastIndex(of: "(") else { return nil }
        let acronym = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        // Digits make it the unit's own code (CETC54), not the group's.
        guard Matcher.isAcronym(acronym), !acronym.contains(where: \.isNumber), let (unit, parent) = numberedUnitOf(text[..<open]),
              AcronymInitials.abbreviate(acronym, parent), !AcronymInitials.abbreviate(acronym, unit) else { return nil }
        return (String(unit), acronym)
    }

    /// "U of A" for a spelling "U of P", U a numbered unit, for each acronym A of
    /// `acronyms` that abbreviates P: the acronyms of groups its entity's names give
    /// (CETC of CETC 28, the Entity List's name for China Electronics Technology Group
    /// Corporation No. 28 Institute, gives The 28th Research Institute of China Electronics
    /// Technology Group Corporation as The 28th Research Institute of CETC). Empty otherwise.
    /// `acronyms` are asked for only then: most spellings are no such unit's.
    static func withGroupAcronym(_ text: String, acronyms: @autoclosure () -> [String]) -> [String] {
        guard let (unit, parent) = numberedUnitOf(Substring(text)) else { return [] }
        return acronyms().filter { AcronymInitials.abbreviate($0, parent) && !AcronymInitials.abbreviate($0, unit) }.map { unit + " of " + $0 }
    }

    /// The acronyms of parent groups that an entity's names give with a unit's number
    /// (CETC of CETC 28, CETC28, CETC 10th Research Institute, (CETC-7)) or hold in brackets
    /// after a numbered unit (`groupAcronymInBrackets(_:)`), for
    /// `withGroupAcronym(_:acronyms:)`, which keeps those that abbreviate the group.
    static func groupAcronyms(in names: [String]) -> [String] {
        var found: [String] = []
        // By their bytes first: a digit, or brackets ending the name (an ordinal's unit).
        for name in names where name.utf8.last == UInt8(ascii: ")") || name.utf8.contains(where: { (48...57).contains($0) }) {
            let words = name.split(whereSeparator: { " -()".contains($0) })
            for (k, word) in words.enumerated() {
                let letters = word.prefix { $0.isASCII && $0.isUppercase }
                guard letters.count >= 3, letters.count <= 6 else { continue }
                let digits = word.dropFirst(letters.count)
                if digits.isEmpty ? k + 1 < words.count && words[k + 1].first?.isASCIIDigit == true : digits.allSatisfy(\.isASCIIDigit) {
                    found.append(String(letters))
                }
            }
            if let (_, acronym) = groupAcronymInBrackets(name) { found.append(acronym) }
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// U and P of "U of P" (a leading "The" left out, brackets and commas trimmed from P),
    /// where U opens with a unit's number and holds a unit's kind word.
    private static func numberedUnitOf(_ text: Substring) -> (unit: Substring, parent: Substring)? {
        guard let of = text.range(of: " of ") else { return nil }
        var unit = text[..<of.lowerBound]
        if unit.hasPrefix("The ") { unit = unit.dropFirst(4) }
        let unitWords = unit.split(separator: " ")
        let parent = text[of.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        guard opensWithNumber(unitWords[...]), unitWords.contains(where: isUnitKind), !parent.isEmpty else { return nil }
        return (unit, Substring(parent))
    }

    /// Whether the words open with a unit's number: digits (13th, 702), "No." and digits,
    /// or an ordinal spelt out (First Academy, Fourth Academy).
    private static func opensWithNumber(_ words: ArraySlice<Substring>) -> Bool {
        guard let first = words.first else { return false }
        if first.first?.isASCIIDigit == true || ordinals.contains(String(first)) { return true }
        return ["No.", "No"].contains(first) && words.dropFirst().first?.first?.isASCIIDigit == true
    }

    /// Ordinals as the lists write them in names, capitalized.
    private static let ordinals: Set<String> = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
    private static let ordinalBytes = ordinals.map { Array($0.utf8) }

    /// Whether `text` holds a digit or a word that is an ordinal (`ordinals`), told from its
    /// bytes: an index asks this of every spelling, and a registry's are a hundred thousand.
    static func mayHoldNumber(_ text: String) -> Bool {
        // One pass over the contiguous bytes (a native string's own; a bridged one's copy).
        var text = text
        return text.withUTF8 { bytes in
            var wordStart = true
            for index in bytes.indices {
                let byte = bytes[index]
                if byte &- UInt8(ascii: "0") < 10 { return true }
                if wordStart {
                    switch byte {
                    case UInt8(ascii: "F"), UInt8(ascii: "S"), UInt8(ascii: "T"), UInt8(ascii: "E"), UInt8(ascii: "N"):
                        let word = bytes[index...].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ",") }
                        if ordinalBytes.contains(where: { $0.elementsEqual(word) }) { return true }
                    default: break
                    }
                }
                wordStart = byte == UInt8(ascii: " ")
            }
            return false
        }
    }

    /// Whether a printed word ends a group's name before its acronym or unit (Corporation,
    /// Limited., Co., Ltd.,), its commas and full stops aside.
    private static func endsGroupName(_ word: Substring) -> Bool {
        groupWords.contains(word.trimmingCharacters(in: [",", "."]).lowercased())
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
