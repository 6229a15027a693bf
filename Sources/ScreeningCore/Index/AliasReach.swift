/// Which of a few aliases of an index a mention's grams could make candidates: the share of
/// each alias's gram weight the grams contain, with the index's own weights and caps, as
/// candidate search computes it. An alias whose share stays below the search's minimum
/// cannot be among the mention's candidates, however the others rank; a rescan uses this
/// to pass over the stored mentions a revised entry cannot meet without ranking them
/// against the whole index.
struct AliasReach: Sendable {
    /// For each gram of the chosen aliases that generates candidates: (alias, kind slot,
    /// weight) per alias holding it, found through `gramHolders` (gram → index here: a
    /// lookup without Swift's seeded hasher, for hundreds of thousands of mentions).
    private let holders: [[(alias: Int32, slot: Int, weight: Double)]]
    private let gramHolders: HashIndex
    private let index: EntityIndex
    /// One bit per gram of `byGram` (by its low bits): most of a mention's grams are none of
    /// them, and a bit test is far cheaper than a dictionary lookup.
    private let filter: [UInt64]
    private static let filterBits = 1 << 16

    /// The reach of `aliases` (ids into `index.aliases`) in `partition`.
    init(index: EntityIndex, aliases: [Int32], partition: EntityIndex.Partition) {
        self.index = index
        let own = index.postings[partition]!
        var byGram: [UInt64: [(alias: Int32, slot: Int, weight: Double)]] = [:]
        for alias in aliases {
            for gram in Grams.of(index.aliases[Int(alias)].normalized) {
                guard let list = index.searched(gram, in: own) else { continue }
                byGram[gram, default: []].append((alias, list.slot, list.weight))
            }
        }
        let grams = Array(byGram.keys)
        holders = grams.map { byGram[$0]! }
        gramHolders = HashIndex(capacity: grams.count)
        for (k, gram) in grams.enumerated() { gramHolders.insert(gram, Int32(k)) }
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for gram in byGram.keys {
            let bit = Int(gram & UInt64(Self.filterBits - 1))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    /// The greatest containment (share of gram weight of one kind, as candidate search
    /// computes it) among the aliases holding at least `minimumContainment` among `grams`,
    /// or nil when none does.
    func bestContainment(_ grams: UnsafeBufferPointer<UInt64>, minimumContainment: Double) -> Double? {
        // The few aliases a mention's grams touch, in a list searched in place: a dictionary
        // here cost an allocation for each of hundreds of thousands of mentions.
        var matched: [(alias: Int32, sums: (Double, Double, Double))] = []
        for gram in grams {
            let bit = Int(gram & UInt64(Self.filterBits - 1))
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let k = gramHolders.lookup(gram) else { continue }
            if matched.isEmpty { matched.reserveCapacity(8) }
            for holder in holders[Int(k)] {
                var position = 0
                while position < matched.count && matched[position].alias != holder.alias { position += 1 }
                if position == matched.count { matched.append((holder.alias, (0, 0, 0))) }
                switch holder.slot {
                case 0: matched[position].sums.0 += holder.weight
                case 1: matched[position].sums.1 += holder.weight
                default: matched[position].sums.2 += holder.weight
                }
            }
        }
        var best: Double?
        // A hair below: sums added in another order may differ in the last bits.
        let minimum = minimumContainment - 1e-9
        for (alias, sums) in matched {
            let containment = EntityIndex.containment(EntityIndex.GramWeights(tokens: sums.0, trigrams: sums.1, bigrams: sums.2),
                                                      of: index.aliases[Int(alias)].weights)
            if containment >= minimum { best = max(best ?? 0, containment) }
        }
        return best
    }
}
