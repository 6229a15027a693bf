import Foundation

/// Per-alias accumulators for one candidate search: dense arrays indexed by alias id, and
/// the list of aliases touched so only those are read and reset. Reused across searches
/// (a pool hands one to each concurrent caller), so a search allocates nothing in its loop.
final class CandidateScratch {
    /// Three sums per alias: tokens, trigrams, bigrams matched.
    private let sums: UnsafeMutablePointer<Double>
    /// Three totals per alias, the same for every scratch of an index: read contiguously
    /// rather than from the index's alias records (a cache miss per touched alias, a
    /// quarter of the search's time).
    private let totals: UnsafePointer<Double>
    /// Per alias, whether an outnumbering search (`add(_:_:_:crossing:)`) counted it already.
    private let crossed: UnsafeMutablePointer<Bool>
    private let touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0

    /// A scratch over `totals` (three per alias, owned by the pool).
    init(totals: UnsafePointer<Double>, aliasCount: Int) {
        let count = max(1, aliasCount)
        sums = .allocate(capacity: count * 3)
        sums.initialize(repeating: 0, count: count * 3)
        crossed = .allocate(capacity: count)
        crossed.initialize(repeating: false, count: count)
        self.totals = totals
        touched = .allocate(capacity: count + 1)
    }

    deinit {
        sums.deallocate()
        crossed.deallocate()
        touched.deallocate()
    }

    /// Which of the three sums a gram's weight goes to.
    @inline(__always)
    static func slot(of gram: UInt64) -> Int {
        switch Grams.kind(of: gram) {
        case .token, .loanWord: 0
        case .trigram: 1
        case .hanBigram, .kanaBigram: 2
        }
    }

    /// Adds `weight` to the `slot` sum of each alias of `ids[range]` (a gram's postings).
    @inline(__always)
    func add(_ ids: UnsafeBufferPointer<Int32>, _ range: Range<Int>, _ slot: Int, _ weight: Double) {
        // The count kept in a register, not in the object, through the loop.
        let (sums, touched) = (self.sums, self.touched)
        var count = touchedCount
        for k in range {
            let alias = ids[k]
            let base = sums + Int(alias) * 3
            // An alias is touched when any of its sums first becomes non-zero; weights are
            // positive, so a zero total means untouched. Written without a branch (the
            // slot past the last is overwritten until an alias is new): whether a
            // posting's alias is new to the search cannot be predicted.
            touched[count] = alias
            count &+= base[0] + base[1] + base[2] == 0 ? 1 : 0
            base[slot] += weight
        }
        touchedCount = count
    }

    /// `add`, and true when this weight lifts the alias's containment (`EntityIndex.containment`)
    /// above `bar` (below 1): it only grows as weights are added, so each alias crosses once,
    /// and one that has is not weighed again.
    @inline(__always)
    func add(_ alias: Int32, _ slot: Int, _ weight: Double, crossing bar: Double) -> Bool {
        let base = sums + Int(alias) * 3
        if base[0] == 0 && base[1] == 0 && base[2] == 0 {
            touched[touchedCount] = alias
            touchedCount += 1
        }
        base[slot] += weight
        guard !crossed[Int(alias)], Self.holds(base, totals + Int(alias) * 3, above: bar) else { return false }
        crossed[Int(alias)] = true
        return true
    }

    /// Whether sums hold more than `bar` (below 1) of their totals, as `EntityIndex.containment`
    /// measures it (short of its cap at 1, which no bar below 1 needs), multiplied out: this
    /// runs for every posting an outnumbering search reads,
    /// and with divisions there the rescan benchmark's scan took 0.11–0.13 s against 0.09 s
    /// (runs one after the other).
    @inline(__always)
    private static func holds(_ sums: UnsafeMutablePointer<Double>, _ totals: UnsafePointer<Double>, above bar: Double) -> Bool {
        let (words, letters, han) = (sums[0], sums[1], sums[2])
        let (allWords, allLetters, allHan) = (totals[0], totals[1], totals[2])
        if allHan > 0 && han > bar * allHan { return true }
        if allWords > 0 && words > bar * allWords { return true }
        guard allLetters > 0 else { return false }
        // Words and letters averaged: words / allWords + letters / allLetters > 2 bar.
        return allWords > 0 ? words * allLetters + letters * allWords > 2 * bar * allWords * allLetters
            : letters > 2 * bar * allLetters
    }

    /// Resets the sums of the touched aliases without reading them.
    func reset() {
        for k in 0..<touchedCount {
            let base = sums + Int(touched[k]) * 3
            base[0] = 0; base[1] = 0; base[2] = 0
            crossed[Int(touched[k])] = false
        }
        touchedCount = 0
    }

    /// Calls `body` with each touched alias whose sums hold more than `bar` (below 1) of its
    /// totals, with its sums and totals, then resets the sums of all. Most aliases a search
    /// touches share a trigram or two and hold far less than any minimum: weighed multiplied
    /// out, they cost no divisions.
    func drain(holdingMoreThan bar: Double, _ body: (Int32, EntityIndex.GramWeights, EntityIndex.GramWeights) -> Void) {
        for k in 0..<touchedCount {
            let alias = touched[k]
            let base = sums + Int(alias) * 3, total = totals + Int(alias) * 3
            if Self.holds(base, total, above: bar) {
                body(alias, EntityIndex.GramWeights(tokens: base[0], trigrams: base[1], bigrams: base[2]),
                     EntityIndex.GramWeights(tokens: total[0], trigrams: total[1], bigrams: total[2]))
            }
            base[0] = 0; base[1] = 0; base[2] = 0
        }
        touchedCount = 0
    }

    /// Scratch accumulators for the index's concurrent callers, each thread given back the
    /// scratch it used last (`ThreadAffinePool`): handed to whichever thread asked, a
    /// scratch went back and forth between the cores, and each search first fetched its
    /// sums from the other core's cache (the search took two fifths more processor time on
    /// two threads than on one).
    final class Pool: @unchecked Sendable {
        private let totals: UnsafeMutablePointer<Double>
        private let scratches: ThreadAffinePool<CandidateScratch>

        /// A pool for an index whose aliases have these gram weight totals.
        init(totals: [EntityIndex.GramWeights]) {
            let aliasCount = totals.count
            let pointer = UnsafeMutablePointer<Double>.allocate(capacity: max(1, totals.count) * 3)
            for (alias, total) in totals.enumerated() {
                let base = pointer + alias * 3
                base[0] = total.tokens; base[1] = total.trigrams; base[2] = total.bigrams
            }
            self.totals = pointer
            scratches = ThreadAffinePool { CandidateScratch(totals: pointer, aliasCount: aliasCount) }
        }

        deinit { totals.deallocate() }

        func take() -> CandidateScratch { scratches.take() }

        func give(back scratch: CandidateScratch) { scratches.give(back: scratch) }
    }
}
