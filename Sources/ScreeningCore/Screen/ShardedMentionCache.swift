import Dispatch

/// A `MentionCache` in shards by mention hash, so that a batch's lookups and its new
/// entries are made on every thread, each shard by one. On the one thread that hands a
/// batch's mentions to the matching threads, the lookups (a cache miss or two each, in
/// tables of 100,000 mentions) were the largest part of the time the others waited for it.
/// Eight shards a thread, each taken by whichever thread is free: with one shard a thread,
/// a thread whose core the scheduler had given to the thread reading the next batch held
/// its shard's half of the lookups while the other thread waited.
final class ShardedMentionCache<Value: Sendable>: @unchecked Sendable {
    // Safe to share: within `values(of:)` and `remember(_:for:)` each shard is read and
    // written by one iteration of the parallel loop, and the loop returns before the caller
    // goes on.
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

    /// What is remembered of each of `mentions` (nil for those not held), in order.
    func values(of mentions: [Screener.Mention]) -> [Value?] {
        var found = [Value?](repeating: nil, count: mentions.count)
        found.withUnsafeMutableBufferPointer { found in
            nonisolated(unsafe) let found = found
            forEachShard(of: mentions) { shard, mentions, i in found[i] = shard.value(of: mentions[i]) }
        }
        return found
    }

    /// Remembers `values[k]` for `mentions[k]`, none of them held yet.
    func remember(_ values: [Value], for mentions: [Screener.Mention]) {
        precondition(values.count == mentions.count)
        forEachShard(of: mentions) { shard, mentions, i in shard.remember(values[i], for: mentions[i]) }
    }

    /// Calls `body` with each mention's position and its shard, each shard on one thread,
    /// having read the buckets of the mention twice `lookAhead` places on (`MentionCache.touch(_:)`)
    /// and the entries in them of the mention `lookAhead` places on (`touchEntries(_:)`).
    private func forEachShard(of mentions: [Screener.Mention],
                              _ body: @Sendable (inout MentionCache<Value>, UnsafeBufferPointer<Screener.Mention>, Int) -> Void) {
        let count = shards.count
        let (order, starts) = Self.grouped(mentions, shards: count)
        mentions.withUnsafeBufferPointer { mentions in
            shards.withUnsafeMutableBufferPointer { shards in
                nonisolated(unsafe) let (mentions, shards) = (mentions, shards)
                DispatchQueue.concurrentPerform(iterations: count) { k in
                    let own = order[starts[k]..<starts[k + 1]]
                    var touched: UInt64 = 0
                    for n in own.indices {
                        if n + 2 * Self.lookAhead < own.endIndex { touched ^= shards[k].touch(mentions[own[n + 2 * Self.lookAhead]]) }
                        if n + Self.lookAhead < own.endIndex { touched ^= shards[k].touchEntries(mentions[own[n + Self.lookAhead]]) }
                        body(&shards[k], mentions, own[n])
                    }
                    shards[k].touched ^= touched
                }
            }
        }
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
