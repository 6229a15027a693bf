/// Candidate generation: the aliases whose gram weight a mention's grams contain most.
extension EntityIndex {
    /// The `limit` aliases of `partition` whose gram weight the mention's grams contain most,
    /// best first (more when more than `limit` are held whole: up to `wholeLimit` of those),
    /// touching only the postings of the mention's grams (over-frequent ones skipped).
    public func candidates(for mention: NormalizedText, among partition: Partition = .organisations,
                           limit: Int = 10, minimumContainment: Double = 0.2) -> [Candidate] {
        candidates(grams: Grams.of(mention), among: partition, limit: limit, minimumContainment: minimumContainment)
    }

    /// Candidates for a mention's grams (see `Grams.of`).
    public func candidates(grams: [UInt64], among partition: Partition = .organisations,
                           limit: Int = 10, minimumContainment: Double = 0.2) -> [Candidate] {
        let own = postings[partition]!
        let accumulator = scratch.take()
        defer { scratch.give(back: accumulator) }
        own.ids.withUnsafeBufferPointer { ids in
            for gram in grams {
                guard let list = searched(gram, in: own) else { continue }
                for k in list.range { accumulator.add(ids[k], list.slot, list.weight) }
            }
        }
        // Keep the best in order as they come: far fewer comparisons than sorting every
        // alias that shares a gram. Aliases the mention holds whole rank first and all stay,
        // up to `wholeLimit`: in a long affiliation against a registry, twenty short names
        // held whole (Ministry of Education, eight times over) must not push out the one
        // the affiliation names (Nanjing University).
        var best: [Candidate] = []
        var capacity = limit, whole = 0
        best.reserveCapacity(limit + 1)
        accumulator.drain { alias, matched, total in
            let containment = Self.containment(matched, of: total)
            guard containment >= minimumContainment else { return }
            let candidate = Candidate(alias: alias, containment: containment,
                                      matchedWeight: matched.tokens + matched.trigrams + matched.bigrams)
            if containment >= Self.wholeContainment {
                whole += 1
                capacity = max(limit, min(whole, Self.wholeLimit))
            }
            if best.count >= capacity, let last = best.last, !Self.ranks(candidate, before: last) { return }
            var position = best.count
            while position > 0 && Self.ranks(candidate, before: best[position - 1]) { position -= 1 }
            best.insert(candidate, at: position)
            if best.count > capacity { best.removeLast() }
        }
        return best
    }

    /// True when at least `count` aliases of `partition` (other than those `isExcluded`
    /// marks) hold more than `containment` of their gram weight of one kind among `grams`.
    /// Each of them ranks before every alias holding `containment` or less, so none of those
    /// is among the mention's first `count` candidates (nor among more: the aliases held
    /// whole that widen a search's limit rank before them too, when `containment` is below
    /// whole). A rescan asks this of the entries a revision added. Postings are read
    /// shortest first and reading stops at the `count`th: the long postings of common words
    /// are seldom read.
    func outnumbered(grams: [UInt64], among partition: Partition, count: Int, above containment: Double,
                     isExcluded: [Bool]) -> Bool {
        let own = postings[partition]!
        var lists = grams.compactMap { searched($0, in: own) }
        lists.sort { $0.range.count < $1.range.count }
        let accumulator = scratch.take()
        defer {
            accumulator.reset()
            scratch.give(back: accumulator)
        }
        // A hair above: sums added in another order may differ in the last bits.
        let bar = containment + 1e-9
        var found = 0
        return own.ids.withUnsafeBufferPointer { ids in
            for list in lists {
                for k in list.range where accumulator.add(ids[k], list.slot, list.weight, crossing: bar) && !isExcluded[Int(ids[k])] {
                    found += 1
                    if found >= count { return true }
                }
            }
            return false
        }
    }

    /// The containment of an alias held whole (a hair below 1: sums in another order may
    /// differ in the last bits), and how many such aliases a search keeps beyond its limit.
    static let wholeContainment = 1 - 1e-9
    static let wholeLimit = 100

    /// Higher containment first, then more weight matched, then the lower alias id.
    @inline(__always)
    static func ranks(_ a: Candidate, before b: Candidate) -> Bool {
        (a.containment, a.matchedWeight, -a.alias) > (b.containment, b.matchedWeight, -b.alias)
    }

    /// The postings a search reads for a gram in a partition (`own`): its range in `ids`,
    /// its weight and which sum it adds to; nil when the gram is not indexed there or is
    /// too frequent to read (`cap`).
    @inline(__always)
    func searched(_ gram: UInt64, in own: Postings) -> (range: Range<Int>, weight: Double, slot: Int)? {
        guard let row = rows.lookup(gram) else { return nil }
        let start = Int(own.start[Int(row)]), end = Int(own.start[Int(row) + 1])
        guard start < end, end - start <= Self.cap(postingCap, gram) else { return nil }
        return (start..<end, Double(idf[Int(row)]), CandidateScratch.slot(of: gram))
    }

    /// An alias's containment: the largest share of its gram weight of one kind that a
    /// mention's grams hold (`matched` of `total`, per kind).
    @inline(__always)
    static func containment(_ matched: GramWeights, of total: GramWeights) -> Double {
        max(share(matched.tokens, total.tokens), share(matched.trigrams, total.trigrams), share(matched.bigrams, total.bigrams))
    }

    private static func share(_ matched: Double, _ total: Double) -> Double {
        total > 0 ? min(1, matched / total) : 0
    }
}
