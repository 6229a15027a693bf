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
    private let touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0

    /// A scratch over `totals` (three per alias, owned by the pool).
    init(totals: UnsafePointer<Double>, aliasCount: Int) {
        let count = max(1, aliasCount)
        sums = .allocate(capacity: count * 3)
        sums.initialize(repeating: 0, count: count * 3)
        self.totals = totals
        touched = .allocate(capacity: count)
    }

    deinit {
        sums.deallocate()
        touched.deallocate()
    }

    /// Which of the three sums a gram's weight goes to.
    @inline(__always)
    static func slot(of gram: UInt64) -> Int {
        switch Grams.kind(of: gram) {
        case .token: 0
        case .trigram: 1
        case .hanBigram, .kanaBigram: 2
        }
    }

    @inline(__always)
    func add(_ alias: Int32, _ slot: Int, _ weight: Double) {
        let base = sums + Int(alias) * 3
        // An alias is touched when any of its sums first becomes non-zero; weights are
        // positive, so all three being zero means untouched.
        if base[0] == 0 && base[1] == 0 && base[2] == 0 {
            touched[touchedCount] = alias
            touchedCount += 1
        }
        base[slot] += weight
    }

    /// `add`, and true when this weight lifts the alias's containment (`EntityIndex.containment`)
    /// above `bar`: it only grows as weights are added, so each alias crosses once.
    @inline(__always)
    func add(_ alias: Int32, _ slot: Int, _ weight: Double, crossing bar: Double) -> Bool {
        let base = sums + Int(alias) * 3, total = totals + Int(alias) * 3
        if base[0] == 0 && base[1] == 0 && base[2] == 0 {
            touched[touchedCount] = alias
            touchedCount += 1
        }
        let before = EntityIndex.containment(base[0], base[1], base[2], of: total[0], total[1], total[2])
        base[slot] += weight
        guard before <= bar else { return false }
        return EntityIndex.containment(base[0], base[1], base[2], of: total[0], total[1], total[2]) > bar
    }

    /// Resets the sums of the touched aliases without reading them.
    func reset() {
        for k in 0..<touchedCount {
            let base = sums + Int(touched[k]) * 3
            base[0] = 0; base[1] = 0; base[2] = 0
        }
        touchedCount = 0
    }

    /// Calls `body` with each touched alias, its sums and its totals, then resets the sums.
    func drain(_ body: (Int32, EntityIndex.GramWeights, EntityIndex.GramWeights) -> Void) {
        for k in 0..<touchedCount {
            let alias = touched[k]
            let base = sums + Int(alias) * 3, total = totals + Int(alias) * 3
            body(alias, EntityIndex.GramWeights(tokens: base[0], trigrams: base[1], bigrams: base[2]),
                 EntityIndex.GramWeights(tokens: total[0], trigrams: total[1], bigrams: total[2]))
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
