/// Which aliases have an order twin: another entity's alias of the same words in another
/// order (Miami University in Ohio and University of Miami in Florida; Newcastle University
/// in England and University of Newcastle in Australia). A name without one that a mention
/// prints with its kind word at the other end (Purdue University for Université de Purdue,
/// University of Aarhus for Aarhus University) is the same name in another language's
/// order, and costs less than a reordering that may make another name (`Verifier.compare`).
enum WordOrderTwins {
    /// For each alias of `index`, whether it has an order twin among its Latin matching
    /// forms. Only aliases with a kind word that moves across languages are compared: the
    /// lesser cost is for that word moved alone. Spellings are compared by hashes of their
    /// words, in any order and in order: a collision of two makes the cost the greater one.
    /// The aliases `leavingOut` marks are nobody's twin: a short form the matcher does not
    /// verify, since other names share it (Purdue University, of Purdue University in
    /// Indianapolis, which Purdue University System and Purdue University West Lafayette
    /// begin with), names no other organisation so printed.
    static func aliases(in index: EntityIndex, leavingOut: [Bool] = []) -> [Bool] {
        var orders: [UInt64: [(entity: Int32, order: UInt64)]] = [:]
        var spellings = [(words: UInt64, order: UInt64)?](repeating: nil, count: index.aliases.count)
        for a in index.aliases.indices where a >= leavingOut.count || !leavingOut[a] {
            let tokens = index.normalized(alias: a).tokens
            // Most aliases of a sanctions list have none of the words: they are told apart
            // by comparing strings (small ones compare in place), before any hashing.
            guard tokens.count >= 2, tokens.contains(where: { OrganisationKinds.movesAcrossLanguages.contains($0.text) }),
                  tokens.allSatisfy({ $0.script == .latin }) else { continue }
            var words: UInt64 = 0, order: UInt64 = 0
            for token in tokens {
                let hash = Grams.hash(.token, token.text)
                words &+= hash
                order = order &* 0x100000001B3 &+ hash
            }
            spellings[a] = (words, order)
            orders[words, default: []].append((index.aliases[a].entity, order))
        }
        return index.aliases.indices.map { a in
            guard let (words, order) = spellings[a], let others = orders[words], others.count > 1 else { return false }
            let entity = index.aliases[a].entity
            return others.contains { $0.entity != entity && $0.order != order }
        }
    }
}
