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
}
