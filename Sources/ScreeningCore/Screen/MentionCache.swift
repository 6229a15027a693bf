/// What a run already knows of the mentions it has screened (their matches; in a rescan
/// also their stored id), so a name or affiliation that comes back, as they do across a
/// co-author network, is not matched again. Bounded: when it holds `capacity` mentions it
/// starts afresh, so memory stays flat however long the run.
struct MentionCache<Value> {
    private var stored: [Screener.Mention: Value] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// What is remembered of a mention, or nil when it has not been screened yet.
    func value(of mention: Screener.Mention) -> Value? {
        stored[mention]
    }

    /// Remembers a mention, emptying the cache first when it is full.
    mutating func remember(_ value: Value, for mention: Screener.Mention) {
        if stored.count >= capacity { stored.removeAll(keepingCapacity: true) }
        stored[mention] = value
    }
}
