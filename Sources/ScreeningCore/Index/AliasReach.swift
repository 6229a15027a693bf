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
    /// The chosen aliases (ids into the index's aliases), by position.
    private let aliases: [Int32]
    /// One bit per gram of `gramHolders` (by its low bits): most of a mention's grams are
    /// none of them, and a bit test is far cheaper than a lookup.
    private let filter: [UInt64]
    private static let filterBits = 1 << 16

    /// The reach of `aliases` (ids into `index.aliases`) in `partition`.
    init(index: EntityIndex, aliases: [Int32], partition: EntityIndex.Partition) {
        let own = index.postings(partition)
        var byGram: [UInt64: [(chosen: Int32, slot: Int32, weight: Double)]] = [:]
        for (position, alias) in aliases.enumerated() {
            for gram in Grams.of(index.normalized(alias: Int(alias))) {
                guard let list = index.searched(gram, in: own) else { continue }
                byGram[gram, default: []].append((Int32(position), Int32(list.slot), list.weight))
            }
        }
        totals = aliases.map { index.aliases[Int($0)].weights }
        self.aliases = aliases
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

    /// The chosen aliases holding at least `minimumContainment` (`EntityIndex.containment`,
    /// as candidate search computes it) among `grams`, and the greatest
    /// containment among them; nil when none does.
    func reached(_ grams: UnsafeBufferPointer<UInt64>, minimumContainment: Double) -> (best: Double, aliases: [Int32])? {
        // The few aliases a mention's grams touch, in a list searched in place and kept on the
        // stack: a dictionary, then an array, cost an allocation for each of hundreds of
        // thousands of mentions. A mention touching more aliases than it has room for (rare:
        // the chosen aliases are a revision's few) takes the array.
        withUnsafeTemporaryAllocation(of: (chosen: Int32, sums: (Double, Double, Double)).self, capacity: 16) { room in
            var matched = TouchedAliases(room: room)
            for gram in grams {
                let bit = Int(gram & UInt64(Self.filterBits - 1))
                guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let k = gramHolders.lookup(gram) else { continue }
                for h in Int(holderStart[Int(k)])..<Int(holderStart[Int(k) + 1]) {
                    let holder = holders[h]
                    matched.add(holder.chosen, slot: holder.slot, holder.weight)
                }
            }
            var best = 0.0, reaching: [Int32] = []
            // A hair below: sums added in another order may differ in the last bits.
            let minimum = minimumContainment - 1e-9
            matched.forEach { chosen, sums in
                let containment = EntityIndex.containment(EntityIndex.GramWeights(tokens: sums.0, trigrams: sums.1, bigrams: sums.2),
                                                          of: totals[Int(chosen)])
                guard containment >= minimum else { return }
                best = max(best, containment)
                reaching.append(aliases[Int(chosen)])
            }
            return reaching.isEmpty ? nil : (best, reaching)
        }
    }

    /// The chosen aliases one mention's grams touch, with their sums of each kind: in the
    /// room given while it lasts, then in an array.
    private struct TouchedAliases {
        typealias Entry = (chosen: Int32, sums: (Double, Double, Double))
        let room: UnsafeMutableBufferPointer<Entry>
        var count = 0
        var overflow: [Entry] = []

        init(room: UnsafeMutableBufferPointer<Entry>) { self.room = room }

        mutating func add(_ chosen: Int32, slot: Int32, _ weight: Double) {
            var position = 0
            while position < count && room[position].chosen != chosen { position += 1 }
            if position < count {
                Self.add(&room[position].sums, slot, weight)
                return
            }
            if count < room.count {
                room[count] = (chosen, (0, 0, 0))
                Self.add(&room[count].sums, slot, weight)
                count += 1
                return
            }
            var spilled = 0
            while spilled < overflow.count && overflow[spilled].chosen != chosen { spilled += 1 }
            if spilled == overflow.count { overflow.append((chosen, (0, 0, 0))) }
            Self.add(&overflow[spilled].sums, slot, weight)
        }

        func forEach(_ body: (Int32, (Double, Double, Double)) -> Void) {
            for entry in room[..<count] { body(entry.chosen, entry.sums) }
            for entry in overflow { body(entry.chosen, entry.sums) }
        }

        private static func add(_ sums: inout (Double, Double, Double), _ slot: Int32, _ weight: Double) {
            switch slot {
            case 0: sums.0 += weight
            case 1: sums.1 += weight
            default: sums.2 += weight
            }
        }
    }
}
