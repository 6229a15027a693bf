import Dispatch

/// Order-preserving parallel map over chunks with `DispatchQueue.concurrentPerform`.
enum ParallelMap {
    static func map<T: Sendable, R>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > 0 else { return [] }
        let workers = max(1, min(threads, count))
        if workers == 1 { return items.map(transform) }
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration writes its own disjoint slots of the buffer.
            nonisolated(unsafe) let base = buffer.baseAddress!
            let chunk = (count + workers * 32 - 1) / (workers * 32)
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
                let start = part * chunk
                for i in start..<min(start + chunk, count) {
                    (base + i).initialize(to: transform(items[i]))
                }
            }
            initialized = count
        }
    }

    /// `first` and `second` run at once on two threads (in turn on one): two steps that
    /// share nothing and run on one thread each.
    static func both<A, B>(threads: Int, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        guard threads > 1 else { return (first(), second()) }
        let results = Pair<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { results.first = first() } else { results.second = second() }
        }
        return (results.first!, results.second!)
    }

    /// The two results of `both`, each written by one iteration and read after both.
    private final class Pair<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
