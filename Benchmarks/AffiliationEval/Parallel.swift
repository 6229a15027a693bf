import Foundation

/// Order-kept parallel map: the items are cut into chunks (four per thread, so a slow chunk
/// does not leave the other threads idle) run by `DispatchQueue.concurrentPerform`.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        let chunk = (items.count + workers * 4 - 1) / (workers * 4)
        let chunks = (items.count + chunk - 1) / chunk
        let results = Results<R>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            let range = (part * chunk)..<min(items.count, (part + 1) * chunk)
            results.set(part, range.map { transform(items[$0]) })
        }
        return results.joined()
    }

    /// One slot per chunk, written once each under a lock.
    private final class Results<R: Sendable>: @unchecked Sendable {
        private var parts: [[R]]
        private let lock = NSLock()
        init(count: Int) { parts = Array(repeating: [], count: count) }
        func set(_ index: Int, _ values: [R]) { lock.withLock { parts[index] = values } }
        func joined() -> [R] { lock.withLock { parts.flatMap { $0 } } }
    }
}
