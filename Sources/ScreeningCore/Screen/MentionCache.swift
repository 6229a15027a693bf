/// What a run already knows of the mentions it has screened (their matches; in a rescan
/// also their stored id), so a name or affiliation that comes back, as they do across a
/// co-author network, is not matched again. Bounded: it holds at most `capacity` mentions,
/// so memory stays flat however long the run.
///
/// In two generations: mentions go into the newer one; when it holds half the capacity,
/// it becomes the older one and the one before is dropped; a mention found in the older
/// one is copied back into the newer. So the mentions that keep coming back (a department's
/// affiliation) stay, and those met once (most names in a large network) leave. Emptied
/// whole when full, as it was before, one run's distinct names pushed the affiliations
/// out every 200,000 mentions, and each was matched again.
struct MentionCache<Value> {
    private var newer: MentionTable<Value>
    private var older = MentionTable<Value>(keepingMentions: false)
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(2, capacity)
        newer = MentionTable(capacity: min(self.capacity / 2, 4096), keepingMentions: false)
    }

    /// How many entries it holds (at most `capacity`; a mention brought back from the older
    /// generation is held in both until that one is dropped).
    var count: Int { newer.count + older.count }

    /// What is remembered of a mention, or nil when it has not been screened yet (or was
    /// forgotten).
    mutating func value(of mention: Screener.Mention) -> Value? {
        if let value = newer.value(of: mention) { return value }
        guard let value = older.value(of: mention) else { return nil }
        remember(value, for: mention)
        return value
    }

    /// Reads the buckets `mention` would be looked up in, and returns them mixed: a batch's
    /// lookups read those of the mention several places on before each, so that its cache
    /// misses overlap the work between (in bulk screening, lookups in tables of 100,000
    /// mentions stalled on their first probe: the lookups' share of a one-thread run's
    /// samples 7.0% -> 3.8%). What is returned only keeps the reads from being optimised away.
    func touch(_ mention: Screener.Mention) -> UInt64 {
        newer.bucket(of: mention.hashCode) ^ older.bucket(of: mention.hashCode)
    }

    /// Reads the key and the first byte of the entry each generation's first bucket for
    /// `mention` holds, when its tag is the mention's: a second look ahead, nearer, once
    /// `touch(_:)` has brought the buckets in, so that a mention found (an affiliation that
    /// comes back) does not then wait on its key and its bytes in turn.
    func touchEntries(_ mention: Screener.Mention) -> UInt64 {
        newer.entryTouched(by: mention.hashCode) ^ older.entryTouched(by: mention.hashCode)
    }

    /// Where the touches' readings end up (never read).
    var touched: UInt64 = 0

    /// Remembers a mention not yet held by the newer generation, the older generation dropped
    /// first when the newer is full.
    mutating func remember(_ value: Value, for mention: Screener.Mention) {
        if newer.count >= capacity / 2 {
            older = newer
            newer = MentionTable(capacity: capacity / 2, keepingMentions: false)
        }
        assert(newer.index(of: mention) == nil, "a mention remembered twice")
        newer.append(mention, value)
    }
}
