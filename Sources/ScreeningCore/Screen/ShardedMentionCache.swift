import Dispatch

/// A `MentionCache` in shards by mention hash, so that a batch's mentions are looked up,
/// matched when not held and remembered on every thread, each shard by one. On the one
/// thread that hands a batch's mentions to the matching threads, the lookups (a cache miss
/// or two each, in tables of 100,000 mentions) were the largest part of the time the others
/// waited for it; done apart from the matching, they and the remembering were two more
/// rounds per batch in which a thread waited for the other's last shard.
/// Eight shards a thread, each taken by whichever thread is free: with one shard a thread,
/// a thread whose core the scheduler had given to other work held its shard's half of the
/// batch while the other thread waited.
final class ShardedMentionCache<Value: Sendable>: @unchecked Sendable {
    // Safe to share: within `values(of:alongside:making:)` each shard is read and written
    // by one iteration of the parallel loop, and the loop returns before the caller goes on.
    private var shards: [MentionCache<Value>]

    /// A cache of `capacity` mentions in all, for `threads` threads (one shard for one
    /// thread, else `shardsPerThread` a thread).
    init(capacity: Int, threads: Int) {
        let count = threads > 1 ? threads * Self.shardsPerThread : 1
        shards = (0..<count).map { _ in MentionCache(capacity: max(2, capacity / count)) }
    }

    /// Shards a thread, when there are several threads.
    static var shardsPerThread: Int { 8 }

    /// How many entries the shards hold (at most the capacity).
    var count: Int { shards.reduce(0) { $0 + $1.count } }

    /// The value of each of `mentions` (distinct), in order: what is remembered, else
    /// `make(mention)`, remembered then. `alongside` runs once, on one of the threads, while
    /// the other goes through the shards and the first free joins it: work of the caller's
    /// that would otherwise need a third thread (a screen reads its next batch there).
    func values(of mentions: [Screener.Mention], alongside: @Sendable () -> Void = {},
                making make: @Sendable (Screener.Mention) -> Value) -> [Value] {
        [Value](unsafeUninitializedCapacity: mentions.count) { buffer, initialized in
            // Each mention is in one shard, so each slot is written once, by its shard's iteration.
            nonisolated(unsafe) let found = buffer.baseAddress!
            forEachShard(of: mentions, alongside: alongside) { shard, mentions, own in
                var missing: [Int] = []
                Self.visit(own, of: mentions, in: &shard) { shard, i in
                    if let known = shard.value(of: mentions[i]) { (found + i).initialize(to: known) } else { missing.append(i) }
                }
                // Made after the shard's lookups, not between them, so that the lookups run
                // back to back, each reading ahead for the next (a match in between would
                // read much of the index before the buckets read ahead are used).
                for i in missing { (found + i).initialize(to: make(mentions[i])) }
                Self.visit(missing, of: mentions, in: &shard) { shard, i in shard.remember(found[i], for: mentions[i]) }
            }
            initialized = mentions.count
        }
    }

    /// Calls `body` with each shard and its mentions' positions, each shard on one thread;
    /// `alongside` is the loop's first iteration (before the shards, on one thread alone).
    private func forEachShard(of mentions: [Screener.Mention], alongside: @Sendable () -> Void,
                              _ body: @Sendable (inout MentionCache<Value>, UnsafeBufferPointer<Screener.Mention>, ArraySlice<Int>) -> Void) {
        let count = shards.count
        let (order, starts) = Self.grouped(mentions, shards: count)
        mentions.withUnsafeBufferPointer { mentions in
            shards.withUnsafeMutableBufferPointer { shards in
                nonisolated(unsafe) let (mentions, shards) = (mentions, shards)
                guard count > 1 else {
                    alongside()
                    body(&shards[0], mentions, order[...])
                    return
                }
                DispatchQueue.concurrentPerform(iterations: count + 1) { part in
                    if part == 0 { alongside() } else { body(&shards[part - 1], mentions, order[starts[part - 1]..<starts[part]]) }
                }
            }
        }
    }

    /// Calls `body` with the shard and each of `positions` in turn, having read the buckets
    /// of the mention twice `lookAhead` places on (`MentionCache.touch(_:)`) and the entries
    /// in them of the mention `lookAhead` places on (`touchEntries(_:)`).
    private static func visit<Positions: RandomAccessCollection<Int>>(
        _ positions: Positions, of mentions: UnsafeBufferPointer<Screener.Mention>, in shard: inout MentionCache<Value>,
        _ body: (inout MentionCache<Value>, Int) -> Void
    ) where Positions.Index == Int {
        var touched: UInt64 = 0
        for n in positions.indices {
            if n + 2 * lookAhead < positions.endIndex { touched ^= shard.touch(mentions[positions[n + 2 * lookAhead]]) }
            if n + lookAhead < positions.endIndex { touched ^= shard.touchEntries(mentions[positions[n + lookAhead]]) }
            body(&shard, positions[n])
        }
        shard.touched ^= touched
    }

    /// The mentions' positions grouped by shard, in order within each, and where each
    /// shard's group starts (`starts[count]` is the end).
    private static func grouped(_ mentions: [Screener.Mention], shards count: Int) -> (order: [Int], starts: [Int]) {
        guard count > 1 else { return (Array(mentions.indices), [0, mentions.count]) }
        let shardOf = mentions.map { shard(of: $0, count) }
        var starts = [Int](repeating: 0, count: count + 1)
        for k in shardOf { starts[k + 1] += 1 }
        for k in 0..<count { starts[k + 1] += starts[k] }
        var next = starts
        var order = [Int](repeating: 0, count: mentions.count)
        for (i, k) in shardOf.enumerated() {
            order[next[k]] = i
            next[k] += 1
        }
        return (order, starts)
    }

    /// How many mentions ahead `forEachShard` reads the entries in the buckets of (the
    /// buckets themselves twice as far ahead).
    private static var lookAhead: Int { 8 }

    /// A mention's shard, from hash bits the tables do not probe by (they take the low ones).
    @inline(__always)
    private static func shard(of mention: Screener.Mention, _ count: Int) -> Int {
        count == 1 ? 0 : Int((UInt64(truncatingIfNeeded: mention.hashCode) >> 40) & 0xFFFF) % count
    }
}
