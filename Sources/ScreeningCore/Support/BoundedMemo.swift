/// The values already made for the strings one thread has looked at (words, family names),
/// so that a string that comes back costs one lookup instead of its making. Lent to one
/// thread at a time through a `ThreadAffinePool`, never shared (for the words' facts, a memo
/// under a lock, shared by both threads, did fewer instructions but ran slower, the lock's
/// cache line passing between the cores at every word). Bounded: once `capacity` strings
/// are held it starts afresh, so that it holds the strings of what the thread does now (a
/// screen's records) rather than of what it did first (the words of the lists it indexed).
final class BoundedMemo<Value> {
    private var known: [String: Value] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value of `key`, made by `make` the first time.
    func value(of key: String, make: (String) -> Value) -> Value {
        if let found = known[key] { return found }
        let made = make(key)
        if known.count >= capacity { known.removeAll(keepingCapacity: true) }
        known[key] = made
        return made
    }
}
