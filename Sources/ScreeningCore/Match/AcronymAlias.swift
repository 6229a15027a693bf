/// The acronym a listed alias is, which counts only with evidence (`Matcher.aliasAcronyms`):
/// the alias itself ("CETC"; initials with their dots, "Y.A.S."), or its one word that is not
/// a legal form, first or last ("UMG LLC", "USC LTD", "UEC (Pvt.) Ltd.", "OOO OMG", "Y.A.S.
/// Co. Ltd." in the US lists). Matching strips the
/// legal form, and the acronym left is as ambiguous as one listed alone: to most
/// affiliations USC is the University of Southern California and UEC Tokyo's University of
/// Electro-Communications, not the Russian and Pakistani companies.
enum AcronymAlias {
    /// The acronym `text` is, alone or beside a legal form, or nil.
    static func acronym(of text: String) -> Substring? {
        if isAcronymWord(text[...]) { return text[...] }
        // Bytes first: every alias is asked at every matcher set-up, and few begin or end
        // with a word of capitals.
        let utf8 = text.utf8
        guard let firstSpace = utf8.firstIndex(of: UInt8(ascii: " ")),
              let lastSpace = utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        var first = text[..<firstSpace]
        if first.last == "," { first.removeLast() }
        if isAcronymWord(first), isLegalForms(text[firstSpace...]) { return first }
        let last = text[utf8.index(after: lastSpace)...]
        if isAcronymWord(last), isLegalForms(text[..<lastSpace]) { return last }
        return nil
    }

    /// An acronym (`Matcher.isAcronym`), or two to six capitals each with its dot ("Y.A.S.",
    /// "U.H.L."): "Yas Hospital" does not print the Iranian company's initials.
    private static func isAcronymWord(_ word: Substring) -> Bool {
        if Matcher.isAcronym(word) { return true }
        let count = word.utf8.count
        guard (4...12).contains(count), count % 2 == 0 || count >= 5 else { return false }
        var k = 0
        for byte in word.utf8 {
            guard k % 2 == 0 ? (65...90).contains(byte) : byte == UInt8(ascii: ".") else { return false }
            k += 1
        }
        return true
    }

    /// Whether `text` prints `acronym` (a word in capitals) with a legal form beside it in
    /// its segment: after it ("ZTE Corp.", "UEC (Pvt.) Ltd.", "NSO Group Technologies") or
    /// before it ("OOO OMG"). Not any legal form of the text: "Boulder, CO" is Colorado.
    static func printedWithLegalForm(_ acronym: Substring, in text: String) -> Bool {
        let separators: Set<Character> = [",", ";", "/", "|"]
        var search = text.startIndex..<text.endIndex
        while let found = text.range(of: acronym, range: search) {
            search = found.upperBound..<text.endIndex
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            guard !(before?.isLetter ?? false), !(before?.isNumber ?? false),
                  !(after?.isLetter ?? false), !(after?.isNumber ?? false) else { continue }
            // After it in its segment, or in the next when nothing else stands between
            // ("NIO, Inc.", "KPSK, OOO").
            var following = text[found.upperBound...].prefix { !separators.contains($0) }
            if words(following).isEmpty, following.endIndex < text.endIndex, text[following.endIndex] == "," {
                following = text[text.index(after: following.endIndex)...].prefix { !separators.contains($0) }
            }
            if startsWithLegalForm(words(following)) { return true }
            // Before it: a legal form written first (OOO, JSC), or legal forms only ("JSC
            // Corporation MIHT"), so that "Object Management Group (OMG)" is not one.
            let segmentStart = text[..<found.lowerBound].lastIndex(where: separators.contains).map(text.index(after:)) ?? text.startIndex
            let preceding = words(text[segmentStart..<found.lowerBound])
            if !preceding.isEmpty && (endsWithLegalPrefix(preceding) || isLegalForms(preceding[...])) { return true }
        }
        return false
    }

    private static func words(_ text: Substring) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func startsWithLegalForm(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return latinLegalFormsByFirstWord[first]?.contains { words.starts(with: $0) } ?? false
    }

    /// The Latin legal forms by their first word: words are compared only with the forms
    /// that begin with their first (every alias is asked at every matcher set-up, and going
    /// through all the forms took a registry's set-up a twentieth of its instructions).
    private static let latinLegalFormsByFirstWord = Dictionary(grouping: OrganisationTerms.latinLegalForms.filter { !$0.isEmpty },
                                                               by: { $0[0] })

    private static func endsWithLegalPrefix(_ words: [String]) -> Bool {
        OrganisationTerms.latinLegalPrefixes.contains { words.reversed().starts(with: $0.reversed()) }
    }

    /// Whether `text` is one legal form after another ("(Pvt.) Ltd."; "Co., Ltd."), read as
    /// the normalizer's folded words.
    private static func isLegalForms(_ text: Substring) -> Bool {
        // The longest ("Group Holdings Co., Ltd.") fit in this: longer texts are names.
        guard text.utf8.count <= 28 else { return false }
        // A Han form as Japan's lists print it beside an acronym (MOFA's 公共株式会社 NII);
        // not in a text of ASCII alone.
        if !text.utf8.allSatisfy({ $0 < 0x80 }) && hanLegalForms.contains(text.trimmingCharacters(in: .whitespaces)) { return true }
        let words = words(text)
        return !words.isEmpty && isLegalForms(words[...])
    }

    /// The Han legal forms, canonical and as Japan spells those that differ.
    private static let hanLegalForms = Set(OrganisationTerms.hanLegalPrefixes + OrganisationTerms.hanLegalSuffixes
                                           + OrganisationTerms.japaneseSpellingsOfHanLegalForms)

    private static func isLegalForms(_ words: ArraySlice<String>) -> Bool {
        guard let first = words.first else { return true }
        return latinLegalFormsByFirstWord[first]?.contains { form in
            words.starts(with: form) && isLegalForms(words.dropFirst(form.count))
        } ?? false
    }
}
