/// Which aliases have an order twin: another entity's alias of the same words in another
/// order (Miami University in Ohio and University of Miami in Florida; Newcastle University
/// in England and University of Newcastle in Australia). A name without one that a mention
/// prints with its kind word at the other end (Purdue University for Université de Purdue,
/// University of Aarhus for Aarhus University) is the same name in another language's
/// order, and costs less than a reordering that may make another name (`Verifier.compare`).
enum WordOrderTwins {
    /// For each alias of `index`, whether it has an order twin among its Latin matching
    /// forms. Only aliases with a kind word are compared: the lesser cost is for a moved
    /// kind word alone.
    static func aliases(in index: EntityIndex) -> [Bool] {
        var orders: [String: [(entity: Int32, words: [String])]] = [:]
        var keys = [String?](repeating: nil, count: index.aliases.count)
        for a in index.aliases.indices {
            let tokens = index.normalized(alias: a).tokens
            guard tokens.count >= 2, tokens.allSatisfy({ $0.script == .latin }),
                  tokens.contains(where: { OrganisationKinds.movesAcrossLanguages.contains($0.text) }) else { continue }
            let words = tokens.map(\.text)
            let key = words.sorted().joined(separator: " ")
            keys[a] = key
            orders[key, default: []].append((index.aliases[a].entity, words))
        }
        return index.aliases.indices.map { a in
            guard let key = keys[a], let spellings = orders[key], spellings.count > 1 else { return false }
            let entity = index.aliases[a].entity, words = index.normalized(alias: a).tokens.map(\.text)
            return spellings.contains { $0.entity != entity && $0.words != words }
        }
    }
}
