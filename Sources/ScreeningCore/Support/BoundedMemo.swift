/// The values already made for the strings one thread has looked at (words, family names),
/// so that a string that comes back costs one lookup instead of its making. Lent to one
/// thread at a time through a `ThreadAffinePool`, never shared (for the words' facts, a memo
/// under a lock, shared by both threads, did fewer instructions but ran slower, the lock's
/// cache line passing between the cores at every word). Bounded: once `capacity` strings
/// are held it starts afresh, so that it holds the strings of what the thread does now (a
/// screen's records) rather than of what it did first (the words of the lists it indexed).
///
/// An open-addressing table by a seeded hash of the string's bytes (`SeededByteHash`): a
/// dictionary keyed by `String` ran Swift's hasher at every word, which showed in profiles
/// of bulk screening. A string met in two canonically equivalent spellings is made once
/// for each (a dictionary of strings would have given the first one's value to both).
final class BoundedMemo<Value> {
    let capacity: Int
    // One stored property, read or changed once a call: each access to a class's stored
    // property is checked for exclusivity at run time.
    private var table = Table()

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value of `key`, made by `make` the first time. (Inlined, so that `make` is too:
    /// passed to a call, a maker's captures, the phonetic rules, were copied and retained
    /// at every word.)
    @inline(__always)
    func value(of key: String, make: (String) -> Value) -> Value {
        var hash = SeededByteHash()
        hash.combine(key)
        if let found = table.value(of: key, hash: hash.value) { return found }
        // Made outside the table's access: a maker may use this memo too.
        let made = make(key)
        table.insert(key, hash: hash.value, made, capacity: capacity)
        return made
    }

    private struct Table {
        var keys: [String] = []
        var hashes: [Int] = []
        var values: [Value] = []
        /// 0 for an empty bucket, else an entry's position + 1; under half full.
        var buckets = [Int32](repeating: 0, count: 64)

        /// Mutating though it changes nothing: so it is called on the table in place, where
        /// a read of the class's property copied the table, retaining its arrays.
        mutating func value(of key: String, hash: Int) -> Value? {
            let mask = buckets.count - 1
            var b = hash & mask
            while true {
                let entry = Int(buckets[b])
                if entry == 0 { return nil }
                if hashes[entry - 1] == hash && keys[entry - 1] == key { return values[entry - 1] }
                b = (b + 1) & mask
            }
        }

        /// Adds a key not held, first emptying the table when it holds `capacity`.
        mutating func insert(_ key: String, hash: Int, _ value: Value, capacity: Int) {
            if keys.count >= capacity {
                keys.removeAll(keepingCapacity: true)
                hashes.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                for b in buckets.indices { buckets[b] = 0 }
            }
            if 2 * (keys.count + 1) > buckets.count {
                buckets = [Int32](repeating: 0, count: buckets.count * 2)
                for (position, hash) in hashes.enumerated() { place(hash, Int32(position + 1)) }
            }
            keys.append(key)
            hashes.append(hash)
            values.append(value)
            place(hash, Int32(keys.count))
        }

        private mutating func place(_ hash: Int, _ entry: Int32) {
            let mask = buckets.count - 1
            var b = hash & mask
            while buckets[b] != 0 { b = (b + 1) & mask }
            buckets[b] = entry
        }
    }
}
