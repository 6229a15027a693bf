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

    /// `value(of:make:)` for the string of UTF-8 `bytes`, made into a string only the first
    /// time: a name's parts are looked up without a string made for each.
    @inline(__always)
    func value(ofBytes bytes: UnsafeBufferPointer<UInt8>, make: (String) -> Value) -> Value {
        var hash = SeededByteHash()
        hash.combine(UnsafeRawBufferPointer(bytes))
        if let found = table.value(ofBytes: bytes, hash: hash.value) { return found }
        let key = String(decoding: bytes, as: UTF8.self)
        let made = make(key)
        table.insert(key, hash: hash.value, made, capacity: capacity)
        return made
    }

    private struct Table {
        var keys: [String] = []
        var hashes: [Int] = []
        var values: [Value] = []
        var buckets = PositionBuckets(capacity: 32)

        /// Mutating though it changes nothing: so it is called on the table in place, where
        /// a read of the class's property copied the table, retaining its arrays.
        mutating func value(of key: String, hash: Int) -> Value? {
            buckets.position(of: hash) { self.hashes[$0] == hash && self.keys[$0] == key }.map { values[$0] }
        }

        /// `value(of:hash:)` for the key of these UTF-8 bytes.
        mutating func value(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Value? {
            buckets.position(of: hash) { position in
                guard self.hashes[position] == hash else { return false }
                var key = self.keys[position]
                return key.withUTF8 { $0.elementsEqual(bytes) }
            }.map { values[$0] }
        }

        /// Adds a key not held, first emptying the table when it holds `capacity`.
        mutating func insert(_ key: String, hash: Int, _ value: Value, capacity: Int) {
            if keys.count >= capacity {
                keys.removeAll(keepingCapacity: true)
                hashes.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                buckets.removeAll()
            }
            keys.append(key)
            hashes.append(hash)
            values.append(value)
            let hashes = self.hashes
            buckets.add(position: keys.count - 1, hash: hash) { hashes[$0] }
        }
    }
}
