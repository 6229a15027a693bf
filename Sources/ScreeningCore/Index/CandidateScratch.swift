import Foundation

/// Per-alias accumulators for one candidate search: dense arrays indexed by alias id, and
/// the list of aliases touched so only those are read and reset. Reused across searches
/// (a pool hands one to each concurrent caller), so a search allocates nothing in its loop.
final class CandidateScratch {
    /// Six per alias: the sums of tokens, trigrams and bigrams matched, then the alias's
    /// totals of each. Totals sit beside the sums so that reading an alias's containment
    /// touches the memory its sums already brought in (from the index's alias records it
    /// was a cache miss per touched alias, a quarter of the search's time).
    private let slots: UnsafeMutablePointer<Double>
    private let touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0
    private static let stride = 6

    init(totals: [EntityIndex.GramWeights]) {
        let count = max(1, totals.count)
        slots = .allocate(capacity: count * Self.stride)
        slots.initialize(repeating: 0, count: count * Self.stride)
        for (alias, total) in totals.enumerated() {
            let base = slots + alias * Self.stride
            base[3] = total.tokens; base[4] = total.trigrams; base[5] = total.bigrams
        }
        touched = .allocate(capacity: count)
    }

    deinit {
        slots.deallocate()
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
        let base = slots + Int(alias) * Self.stride
        // An alias is touched when any of its sums first becomes non-zero; weights are
        // positive, so all three being zero means untouched.
        if base[0] == 0 && base[1] == 0 && base[2] == 0 {
            touched[touchedCount] = alias
            touchedCount += 1
        }
        base[slot] += weight
    }

    /// Calls `body` with each touched alias, its sums and its totals, then resets the sums.
    func drain(_ body: (Int32, EntityIndex.GramWeights, EntityIndex.GramWeights) -> Void) {
        for k in 0..<touchedCount {
            let alias = touched[k]
            let base = slots + Int(alias) * Self.stride
            body(alias, EntityIndex.GramWeights(tokens: base[0], trigrams: base[1], bigrams: base[2]),
                 EntityIndex.GramWeights(tokens: base[3], trigrams: base[4], bigrams: base[5]))
            base[0] = 0; base[1] = 0; base[2] = 0
        }
        touchedCount = 0
    }

    /// Scratch accumulators for the index's concurrent callers.
    final class Pool: @unchecked Sendable {
        private let totals: [EntityIndex.GramWeights]
        private var free: [CandidateScratch] = []
        private let lock = NSLock()

        /// A pool for an index whose aliases have these gram weight totals.
        init(totals: [EntityIndex.GramWeights]) { self.totals = totals }

        func take() -> CandidateScratch {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? CandidateScratch(totals: totals)
        }

        func give(back scratch: CandidateScratch) {
            lock.lock()
            free.append(scratch)
            lock.unlock()
        }
    }
}
