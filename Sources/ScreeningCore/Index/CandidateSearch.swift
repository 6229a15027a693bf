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
        let own = postings(partition)
        let accumulator = scratch.take()
        defer { scratch.give(back: accumulator) }
        for gram in grams {
            guard let list = searched(gram, in: own) else { continue }
            accumulator.add(own.ids, list.range, list.slot, list.weight)
        }
        return Self.ranked(accumulator, limit: limit, minimumContainment: minimumContainment).best
    }

    /// Drains `accumulator` into the `limit` best candidates holding at least
    /// `minimumContainment`, best first (more when more are held whole), calling `visit` with
    /// every alias holding that minimum. `cut` is true when one of those was left out for
    /// want of room.
    @inline(__always)
    static func ranked(_ accumulator: CandidateScratch, limit: Int, minimumContainment: Double,
                       visit: (Candidate) -> Void = { _ in }) -> (best: [Candidate], cut: Bool) {
        // Keep the best in order as they come: far fewer comparisons than sorting every
        // alias that shares a gram. Aliases the mention holds whole rank first and all stay,
        // up to `wholeLimit`: in a long affiliation against a registry, twenty short names
        // held whole (Ministry of Education, eight times over) must not push out the one
        // the affiliation names (Nanjing University).
        var best: [Candidate] = []
        var capacity = limit, whole = 0, cut = false
        best.reserveCapacity(limit + 1)
        // A hair below the minimum, multiplied out, lets through every alias at it (sums
        // divided may differ in the last bits); the division decides.
        accumulator.drain(holdingMoreThan: minimumContainment - 1e-9) { alias, matched, total in
            let containment = containment(matched, of: total)
            guard containment >= minimumContainment else { return }
            let candidate = Candidate(alias: alias, containment: containment,
                                      matchedWeight: matched.tokens + matched.trigrams + matched.bigrams)
            visit(candidate)
            if containment >= wholeContainment {
                whole += 1
                capacity = max(limit, min(whole, wholeLimit))
            }
            if best.count >= capacity, let last = best.last, !ranks(candidate, before: last) {
                cut = true
                return
            }
            var position = best.count
            while position > 0 && ranks(candidate, before: best[position - 1]) { position -= 1 }
            best.insert(candidate, at: position)
            if best.count > capacity {
                best.removeLast()
                cut = true
            }
        }
        return (best, cut)
    }

    /// Whether at least `limit` aliases of `partition` that `isChosen` does not mark hold
    /// more than `containment` of their gram weight among `grams`: then none of the chosen,
    /// holding at most that, is among the first `limit` candidates (see
    /// `candidates(grams:among:limit:minimumContainment:)`), however the search ranks the
    /// rest. A rescan asks this of the entries a revision added, `containment` the best of
    /// them (`AliasReach`). Postings are read shortest first, those of words and Han or
    /// kana bigrams before those of trigrams, and reading stops at the `limit`th alias
    /// above: the long postings of common words are seldom read. An alias crosses once its
    /// sums so far hold more, as sums only grow.
    func outnumbers(grams: [UInt64], among partition: Partition, limit: Int, above containment: Double,
                    isChosen: [Bool]) -> Bool {
        let own = postings(partition)
        var lists = grams.compactMap { searched($0, in: own) }
        // Trigrams lift a containment by half of what they hold beyond the words (none
        // alone lifts an alias past one half), so aliases cross on their words: read first,
        // they halved the postings the rescan benchmark's outnumbered searches read.
        lists.sort { ($0.slot == 1 ? 1 : 0, $0.range.count) < ($1.slot == 1 ? 1 : 0, $1.range.count) }
        let accumulator = scratch.take()
        defer {
            accumulator.reset()
            scratch.give(back: accumulator)
        }
        // A hair above: sums added in another order may differ in the last bits.
        let bar = containment + 1e-9
        var found = 0
        let ids = own.ids
        for list in lists {
            for k in list.range where accumulator.add(ids[k], list.slot, list.weight, crossing: bar) && !isChosen[Int(ids[k])] {
                found += 1
                if found >= limit { return true }
            }
        }
        return false
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

    /// An alias's containment: the share of its gram weight that a mention's grams hold
    /// (`matched` of `total`, per kind). Its whole words count in full; its trigrams lift
    /// that by half of what they hold more (a misspelt word), so that trigrams alone, the
    /// letters of a short name inside another word (NUS in Corvinus), hold no name whole;
    /// Han and kana bigrams count on their own.
    @inline(__always)
    static func containment(_ matched: GramWeights, of total: GramWeights) -> Double {
        containment(matched.tokens, matched.trigrams, matched.bigrams, of: total.tokens, total.trigrams, total.bigrams)
    }

    /// `containment(_:of:)` on the sums themselves, as a search's scratch holds them.
    @inline(__always)
    static func containment(_ tokens: Double, _ trigrams: Double, _ bigrams: Double,
                            of totalTokens: Double, _ totalTrigrams: Double, _ totalBigrams: Double) -> Double {
        let words = share(tokens, totalTokens), letters = share(trigrams, totalTrigrams)
        return max(letters > words ? (words + letters) / 2 : words, share(bigrams, totalBigrams))
    }

    @inline(__always)
    private static func share(_ matched: Double, _ total: Double) -> Double {
        total > 0 ? min(1, matched / total) : 0
    }
}
