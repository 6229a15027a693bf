import Foundation

/// A name that says whom its organisation is named after (Ryazan State Medical University
/// named after Academician I.P. Pavlov; the Entity List's Central Scientific-Research
/// Radiotechnical Institute named after Academic A. I. Berg), which papers often print
/// without it (Ryazan State Medical University). The index holds the name without the
/// honoree too (`IndexedForms.spellings(of:)`); like a name without its place, the matcher
/// verifies it only when no other entity's name is those words or begins with them
/// (`PlaceQualifiedName.ambiguous(in:threads:)`).
enum NamedAfter {
    /// `text` without "named after" and the honoree's name, which runs to the end, or to an
    /// "of" or a comma after which the name goes on with its parent's, kept (of the Russian
    /// Academy of Sciences; ", Russian Academy of Sciences"). Nil when the text names no
    /// honoree, when what is left before would be one word, and when it holds no word of its
    /// own (Design Bureau named after A.S. Yakovlev: `isOwnWord`), which would meet every
    /// design bureau.
    static func withoutHonoree(_ text: String) -> String? {
        // Most spellings do not say it: a byte search first, as every listed spelling is
        // asked at every index build and rescan.
        guard text.utf8.count > 16, mayHoldAfter(text.utf8) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let named = words.indices.dropLast().first(where: {
            words[$0].lowercased() == "named" && words[$0 + 1].lowercased() == "after"
        }) else { return nil }
        var name = Array(words[..<named])
        if let last = name.last, last.hasSuffix(",") { name[name.count - 1] = last.dropLast() }
        guard name.count >= 2, !name.last!.isEmpty else { return nil }
        // The honoree: at least one word, then up to an "of" or past a comma. What follows is
        // kept when it names an organisation (of the Russian Academy of Sciences; after
        // Ovchinnikov, Russian Academy of Sciences), not when it goes on with the honoree
        // (the first President of Russia B.N. Yeltsin).
        var end = named + 3
        while end < words.count && words[end] != "of" && !words[end - 1].hasSuffix(",") { end += 1 }
        var rest = Array(words[min(end, words.count)...])
        if !rest.contains(where: { parentWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) { rest = [] }
        if let last = rest.last, last.hasSuffix("\u{201D}") || last.hasSuffix("\"") { rest[rest.count - 1] = last.dropLast() }
        if !rest.isEmpty && end < words.count && words[end - 1].hasSuffix(",") { name[name.count - 1] += "," }
        let short = name + rest
        guard short.contains(where: isOwnWord) else { return nil }
        return short.joined(separator: " ")
    }

    /// Whether a printed word is one that few organisations' names hold (fewer than
    /// `Matcher.commonWordNames` by the registry's table), read as the normalizer reads it:
    /// a variant or abbreviation as the word it stands for (Medicine as medical), and a word
    /// the table leaves out as one of a single name (Ryazan, Radiotechnical). Stop words and
    /// words of one or two letters are no name's own. `PlaceQualifiedName.holdsOwnWord`, for
    /// names without their seat's city, reads the printed word as it is, so there a word the
    /// table never saw may be a variant and is not counted as rare: that rule was measured
    /// so on the gold (2026-12-04), and is left as it was.
    private static func isOwnWord(_ printed: Substring) -> Bool {
        guard let weights = try? WordWeights.standard() else { return false }
        let terms = OrganisationTermIndex.shared
        return CaseAndAccentFolding.folded(printed)
            .split(whereSeparator: { !$0.isLetter }).contains { part in
                guard part.count >= 3 else { return false }
                var word = String(part)
                if let packed = terms.words.lookup(TextHash.of(word)), let role = OrganisationTermIndex.WordFacts(packed: packed).role {
                    guard role >= 0 else { return false }
                    word = terms.replacements[Int(role)]
                }
                return weights.namesHolding(word) < Matcher.commonWordNames
            }
    }

    /// Words of an organisation a name goes on with after its honoree.
    private static let parentWords: Set<String> = ["academy", "ministry", "sciences", "university", "institute", "branch", "federation"]

    /// Whether the bytes hold "fter" in either case (after, After, AFTER).
    private static func mayHoldAfter(_ bytes: String.UTF8View) -> Bool {
        var window: UInt32 = 0
        for byte in bytes {
            // Letters to lower case; other bytes may fold onto a letter, which only lets a
            // rare string through to the word test.
            window = window << 8 | UInt32(byte | 0x20)
            if window == 0x6674_6572 { return true } // "fter"
        }
        return false
    }
}
