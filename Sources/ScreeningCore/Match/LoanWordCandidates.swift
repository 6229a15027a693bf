/// The organisations' aliases a katakana reading may spell: by the loan-word keys
/// (`LoanWordKey`) of their Latin words. Candidate search cannot find them, since a reading
/// shares no grams with the English spelling (arumazu, Almaz), so a mention with readings
/// adds these to its candidates, and verification decides. Every alias holding a key is
/// one, however many do, so that a rescan's stored mentions meet an added entry's aliases
/// exactly as a full screen's do (`reach(of:in:)`).
struct LoanWordCandidates: Sendable {
    /// Key gram → the aliases (ids into the index's aliases) holding it, each once.
    private let holders: [UInt64: [Int32]]

    /// Over every alias of `index`, read on `threads` threads (a rescan's index normalizes
    /// its aliases when first asked).
    init(index: EntityIndex, threads: Int) {
        let gramsOf = ParallelMap.map(Array(index.aliases.indices), threads: threads) { Self.grams(ofAlias: $0, in: index) }
        var holders: [UInt64: [Int32]] = [:]
        for (a, grams) in gramsOf.enumerated() {
            for gram in grams { holders[gram, default: []].append(Int32(a)) }
        }
        self.holders = holders
    }

    /// The aliases holding any of `grams` (a mention's grams: its readings' keys are among
    /// them, `Grams.of(_:loanWords:)`), in id order, each once.
    func aliases(for grams: [UInt64]) -> [Int32] {
        var found: [Int32] = []
        for gram in Grams.loanWords(in: grams) {
            found += holders[gram] ?? []
        }
        return Array(Set(found)).sorted()
    }

    /// The loan-word key grams of some aliases of `index` (ids), with the aliases holding
    /// each: what a rescan's stored mentions are tested against for a revision's entries.
    static func reach(of aliases: [Int32], in index: EntityIndex) -> [UInt64: [Int32]] {
        var reach: [UInt64: [Int32]] = [:]
        for a in aliases {
            for gram in grams(ofAlias: Int(a), in: index) { reach[gram, default: []].append(a) }
        }
        return reach
    }

    /// The loan-word key grams of an alias of `index`: none for a person's (a person's name
    /// is romanized, not transcribed, and meets persons' entries by its readings).
    private static func grams(ofAlias a: Int, in index: EntityIndex) -> Set<UInt64> {
        guard index.entities[Int(index.aliases[a].entity)].kind != .person else { return [] }
        return grams(of: index.normalized(alias: a), listed: index.aliases[a].text)
    }

    /// The loan-word key grams of an alias's Latin words (`listed`: the alias as listed), but
    /// the vocabulary's, which a mention translates (テクノロジー, technology), and acronyms
    /// (CIATEQ, SUSTech), which katakana spells letter by letter (シーテック is C-Tech or
    /// Sitech, not SUSTech).
    static func grams(of alias: NormalizedText, listed: String) -> Set<UInt64> {
        var grams = Set<UInt64>()
        let acronyms = acronymWords(in: listed)
        for token in alias.tokens where token.script == .latin && !Normalizer.vocabularyWords.contains(token.text)
            && !acronyms.contains(token.text) {
            for key in LoanWordKey.keys(ofLatin: token.text) { grams.insert(LoanWordKey.gram(key)) }
        }
        return grams
    }

    /// The words of a listed spelling that spell letters, not sounds, lowercased: capitals
    /// inside a word with small letters too (SUSTech, TecMinho), and words of four capitals
    /// or fewer (JCU, NITI). Longer words in capitals are names read as words (ELPROM,
    /// URALELEMENT, as MOFA's エルプロム, ウラルエレメント).
    static func acronymWords(in listed: String) -> Set<String> {
        var words = Set<String>()
        for word in listed.split(whereSeparator: { !$0.isLetter }) {
            let inner = word.dropFirst().contains { $0.isUppercase }
            let small = word.contains { $0.isLowercase }
            if inner && small || !small && word.count <= 4 { words.insert(word.lowercased()) }
        }
        return words
    }
}
