import Foundation

/// One value per alias of an index, made either for all aliases at once (a screen verifies
/// most of them sooner or later) or for each when first asked for, from any thread (a
/// rescan of a list revision verifies a few thousand of the lists' tens of thousands, and
/// making them all was a third of its index build).
final class AliasTable<Value: Sendable>: @unchecked Sendable {
    /// Every value, when made at once; empty when made on demand.
    private let all: [Value]
    /// The values made so far, on demand (guarded by `lock`).
    private var made: [Value?]
    private let lock = NSLock()
    private let make: @Sendable (Int) -> Value

    /// A table of `count` values of `make`: all made now (on `threads` threads), or each
    /// when first asked for.
    init(count: Int, onDemand: Bool, threads: Int, make: @escaping @Sendable (Int) -> Value) {
        self.make = make
        all = onDemand ? [] : ParallelMap.map(Array(0..<count), threads: threads, make)
        made = onDemand ? [Value?](repeating: nil, count: count) : []
    }

    /// A table of values made already.
    init(values: [Value]) {
        all = values
        made = []
        make = { _ in fatalError("every value is made") }
    }

    /// `body` of the alias's value, read in place when all were made at once: the
    /// subscript's copy retains and releases every array and string in the value, and
    /// the worker threads that read one shared value bounce those counts between cores.
    /// (The value is given by address: handed over as a value, it was still copied.)
    func withValue<Result>(_ alias: Int, _ body: (UnsafePointer<Value>) -> Result) -> Result {
        if !all.isEmpty { return all.withUnsafeBufferPointer { body($0.baseAddress! + alias) } }
        return withUnsafePointer(to: self[alias], body)
    }

    subscript(alias: Int) -> Value {
        if !all.isEmpty { return all[alias] }
        lock.lock()
        let known = made[alias]
        lock.unlock()
        if let known { return known }
        // Made outside the lock: another thread may make the same value meanwhile, and
        // the first stored wins (both are equal).
        let value = make(alias)
        lock.lock()
        defer { lock.unlock() }
        if let stored = made[alias] { return stored }
        made[alias] = value
        return value
    }
}
