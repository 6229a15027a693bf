import Foundation

/// Per-alias accumulators for one candidate search: dense arrays indexed by alias id, and
/// the list of aliases touched so only those are read and reset. Reused across searches
/// (a pool hands one to each concurrent caller), so a search allocates nothing in its loop.
final class CandidateScratch {
    /// Sums per alias, three per alias: tokens, trigrams, bigrams.
    private let sums: UnsafeMutablePointer<Double>
    private let touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0

    init(aliasCount: Int) {
        sums = .allocate(capacity: max(1, aliasCount) * 3)
        sums.initialize(repeating: 0, count: max(1, aliasCount) * 3)
        touched = .allocate(capacity: max(1, aliasCount))
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

    /// Calls `body` with each touched alias and its sums, then resets them.
    func drain(_ body: (Int32, EntityIndex.GramWeights) -> Void) {
        for k in 0..<touchedCount {
            let alias = touched[k]
            let base = sums + Int(alias) * 3
            body(alias, EntityIndex.GramWeights(tokens: base[0], trigrams: base[1], bigrams: base[2]))
            base[0] = 0; base[1] = 0; base[2] = 0
        }
        touchedCount = 0
    }

    /// Scratch accumulators for the index's concurrent callers.
    final class Pool: @unchecked Sendable {
        private let aliasCount: Int
        private var free: [CandidateScratch] = []
        private let lock = NSLock()

        init(aliasCount: Int) { self.aliasCount = aliasCount }

        func take() -> CandidateScratch {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? CandidateScratch(aliasCount: aliasCount)
        }

        func give(back scratch: CandidateScratch) {
            lock.lock()
            free.append(scratch)
            lock.unlock()
        }
    }
}
