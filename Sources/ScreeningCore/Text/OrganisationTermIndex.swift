/// `OrganisationTerms` as hash tables, for the normalizer's per-token lookups.
final class OrganisationTermIndex: Sendable {
    /// A multi-token pattern (legal form or phrase) as token hashes, with what it stands for.
    struct Pattern: Sendable {
        var hashes: [UInt64]
        var text: String
        var replacement: [String]
    }

    /// Token hash → index into `replacements` (a canonical word) or -1 (a stop word).
    let roles: HashIndex
    let replacements: [String]
    /// Last-token hash → legal forms ending with that token.
    let legalSuffixes: HashIndex
    /// First-token hash → legal forms written first starting with that token.
    let legalPrefixes: HashIndex
    /// First-token hash → phrases starting with that token.
    let phrases: HashIndex
    let groups: [[Pattern]]
    let longestLegalForm: Int

    static let shared = OrganisationTermIndex()

    private init() {
        let roles = HashIndex(capacity: OrganisationTerms.roles.count)
        var replacements: [String] = []
        for (word, role) in OrganisationTerms.roles.sorted(by: { $0.key < $1.key }) {
            switch role {
            case .word(let canonical):
                roles.insert(TextHash.of(word), Int32(replacements.count))
                replacements.append(canonical)
            case .stopWord:
                roles.insert(TextHash.of(word), -1)
            }
        }
        self.roles = roles
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
    }
}
