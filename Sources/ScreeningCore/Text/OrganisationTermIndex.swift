/// `OrganisationTerms` as hash tables, for the normalizer's per-token lookups.
final class OrganisationTermIndex: Sendable {
    /// A multi-token pattern (legal form or phrase) as token hashes, with what it stands for.
    struct Pattern: Sendable {
        var hashes: [UInt64]
        var text: String
        var replacement: [String]
    }

    /// The canonical words organisation terms are replaced by (`WordFacts.role` indexes it).
    let replacements: [String]
    /// Last-token hash → legal forms ending with that token.
    let legalSuffixes: HashIndex
    /// First-token hash → legal forms written first starting with that token.
    let legalPrefixes: HashIndex
    /// First-token hash → phrases starting with that token.
    let phrases: HashIndex
    let groups: [[Pattern]]
    let longestLegalForm: Int
    /// Token hash → all the scanner asks of a word in one probe (`WordFacts`): its role,
    /// and whether `legalSuffixes`, `legalPrefixes` or `phrases` may have it.
    let words: HashIndex

    /// What one probe of `words` tells of a Latin word.
    struct WordFacts {
        let packed: Int32
        /// nil none, -1 a stop word, else an index into `replacements`.
        var role: Int32? { let r = packed & 0xFFFF; return r == 0 ? nil : r - 2 }
        /// It may start or end a legal form.
        var mayBeLegalForm: Bool { packed & (1 << 16) != 0 }
        /// It may start a phrase.
        var mayStartPhrase: Bool { packed & (1 << 17) != 0 }
        /// It joins two names (`OrganisationTerms.conjunctions`).
        var isConjunction: Bool { packed & (1 << 18) != 0 }
    }

    static let shared = OrganisationTermIndex()

    private init() {
        var replacements: [String] = []
        var facts: [UInt64: Int32] = [:]
        for (word, role) in OrganisationTerms.roles.sorted(by: { $0.key < $1.key }) {
            switch role {
            case .word(let canonical):
                facts[TextHash.of(word)] = Int32(replacements.count) + 2
                replacements.append(canonical)
            case .stopWord:
                facts[TextHash.of(word)] = 1
            }
        }
        // The canonical words themselves: a role that keeps the word spares the scanner a
        // string of its own for the commonest words of affiliations.
        for (canonical, _) in OrganisationTerms.wordClasses where facts[TextHash.of(canonical)] == nil {
            facts[TextHash.of(canonical)] = Int32(replacements.count) + 2
            replacements.append(canonical)
        }
        precondition(replacements.count < 0xFFFF - 2, "word roles must fit 16 bits")
        self.replacements = replacements

        var groups: [[Pattern]] = []
        func index(_ patterns: [Pattern], by key: ([UInt64]) -> UInt64) -> HashIndex {
            var byKey: [UInt64: [Pattern]] = [:]
            for pattern in patterns { byKey[key(pattern.hashes), default: []].append(pattern) }
            let table = HashIndex(capacity: byKey.count)
            for (hash, list) in byKey.sorted(by: { $0.key < $1.key }) {
                table.insert(hash, Int32(groups.count))
                groups.append(list.sorted { $0.hashes.count > $1.hashes.count })
            }
            return table
        }
        func pattern(_ words: [String], _ replacement: [String] = []) -> Pattern {
            Pattern(hashes: words.map { TextHash.of($0) }, text: words.joined(separator: " "), replacement: replacement)
        }
        legalSuffixes = index(OrganisationTerms.latinLegalForms.map { pattern($0) }) { $0.last! }
        legalPrefixes = index(OrganisationTerms.latinLegalPrefixes.map { pattern($0) }) { $0.first! }
        phrases = index(OrganisationTerms.phrases.map { pattern($0.key, $0.value) }) { $0.first! }
        self.groups = groups
        longestLegalForm = OrganisationTerms.latinLegalForms.map(\.count).max() ?? 1
        for form in OrganisationTerms.latinLegalForms { facts[TextHash.of(form.last!), default: 0] |= 1 << 16 }
        for form in OrganisationTerms.latinLegalPrefixes { facts[TextHash.of(form.first!), default: 0] |= 1 << 16 }
        for phrase in OrganisationTerms.phrases.keys { facts[TextHash.of(phrase.first!), default: 0] |= 1 << 17 }
        for word in OrganisationTerms.conjunctions { facts[TextHash.of(word), default: 0] |= 1 << 18 }
        let words = HashIndex(capacity: facts.count)
        for (hash, value) in facts { words.insert(hash, value) }
        self.words = words
    }
}
