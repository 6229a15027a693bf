/// Which of a few aliases of an index a mention's grams could make candidates: the share of
/// each alias's gram weight the grams contain, with the index's own weights and caps, as
/// candidate search computes it. An alias whose share stays below the search's minimum
/// cannot be among the mention's candidates, however the others rank; a rescan uses this
/// to pass over the stored mentions a revised entry cannot meet without ranking them
/// against the whole index.
struct AliasReach: Sendable {
    /// For each gram of the chosen aliases that generates candidates, the chosen aliases
    /// (by their position in `aliases`) holding it: `holders[holderStart[k]..<holderStart[k
    /// + 1]]` for the gram numbered k, found through `gramHolders` (gram → k: a lookup
    /// without Swift's seeded hasher, for hundreds of thousands of mentions). One flat array
    /// of plain values: reading it takes no reference counts, which the worker threads
    /// would bounce between the cores.
    private let holders: [(chosen: Int32, slot: Int32, weight: Double)]
    private let holderStart: [Int32]
    private let gramHolders: HashIndex
    /// The gram weights of each chosen alias, by its position.
    private let totals: [EntityIndex.GramWeights]
    /// One bit per gram of `gramHolders` (by its low bits): most of a mention's grams are
    /// none of them, and a bit test is far cheaper than a lookup.
    private let filter: [UInt64]
    private static let filterBits = 1 << 16

    /// The reach of `aliases` (ids into `index.aliases`) in `partition`.
    init(index: EntityIndex, aliases: [Int32], partition: EntityIndex.Partition) {
        let own = index.postings[partition]!
        var byGram: [UInt64: [(chosen: Int32, slot: Int32, weight: Double)]] = [:]
        for (position, alias) in aliases.enumerated() {
            for gram in Grams.of(index.aliases[Int(alias)].normalized) {
                guard let list = index.searched(gram, in: own) else { continue }
                byGram[gram, default: []].append((Int32(position), Int32(list.slot), list.weight))
            }
        }
        totals = aliases.map { index.aliases[Int($0)].weights }
        let grams = Array(byGram.keys)
        var holders: [(chosen: Int32, slot: Int32, weight: Double)] = []
        var holderStart: [Int32] = [0]
        gramHolders = HashIndex(capacity: grams.count)
        for (k, gram) in grams.enumerated() {
            gramHolders.insert(gram, Int32(k))
            holders += byGram[gram]!
            holderStart.append(Int32(holders.count))
        }
        self.holders = holders
        self.holderStart = holderStart
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for gram in grams {
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
        var matched: [(chosen: Int32, sums: (Double, Double, Double))] = []
        for gram in grams {
            let bit = Int(gram & UInt64(Self.filterBits - 1))
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let k = gramHolders.lookup(gram) else { continue }
            if matched.isEmpty { matched.reserveCapacity(8) }
            for h in Int(holderStart[Int(k)])..<Int(holderStart[Int(k) + 1]) {
                let holder = holders[h]
                var position = 0
                while position < matched.count && matched[position].chosen != holder.chosen { position += 1 }
                if position == matched.count { matched.append((holder.chosen, (0, 0, 0))) }
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
        for (chosen, sums) in matched {
            let containment = EntityIndex.containment(EntityIndex.GramWeights(tokens: sums.0, trigrams: sums.1, bigrams: sums.2),
                                                      of: totals[Int(chosen)])
            if containment >= minimum { best = max(best ?? 0, containment) }
        }
        return best
    }
}
