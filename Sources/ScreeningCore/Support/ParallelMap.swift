import Dispatch
import Foundation

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

    /// `map` with a value of its own for each worker thread, which its transforms share
    /// (a memo): `states` holds one per worker, and each is used by one thread at a time.
    /// Workers take chunks in turn as they finish, as `concurrentPerform` hands out
    /// iterations.
    static func map<T: Sendable, R, State: AnyObject & Sendable>(_ items: [T], states: [State],
                                                                 _ transform: @Sendable (State, T) -> R) -> [R] {
        let count = items.count
        guard count > 0, let first = states.first else { return [] }
        let workers = min(states.count, count)
        if workers == 1 { return items.map { transform(first, $0) } }
        let chunk = (count + workers * 32 - 1) / (workers * 32)
        let chunks = ChunkCounter(count: (count + chunk - 1) / chunk)
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk writes its own disjoint slots of the buffer.
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let state = states[worker]
                while let part = chunks.next() {
                    let start = part * chunk
                    for i in start..<min(start + chunk, count) {
                        (base + i).initialize(to: transform(state, items[i]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Hands out the numbers 0..<count, each once, to whichever thread asks.
private final class ChunkCounter: @unchecked Sendable {
    // Every access to `taken` holds `lock`.
    private let lock = NSLock()
    private var taken = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}
