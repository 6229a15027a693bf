/// The matches of mentions already screened in a run, so a name or affiliation that comes
/// back (as they do across a co-author network) is not matched again. Bounded: when it holds
/// `capacity` mentions it starts afresh, so memory stays flat however long the run.
struct MentionCache {
    private var stored: [Screener.Mention: [Match]] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The matches remembered for a mention, or nil when it has not been screened yet.
    func matches(of mention: Screener.Mention) -> [Match]? {
        stored[mention]
    }

    /// Remembers a mention's matches, emptying the cache first when it is full.
    mutating func remember(_ matches: [Match], for mention: Screener.Mention) {
        if stored.count >= capacity { stored.removeAll(keepingCapacity: true) }
        stored[mention] = matches
    }
}
