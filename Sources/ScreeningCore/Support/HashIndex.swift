/// An open-addressing table from 64-bit text hashes (`TextHash`) to small integers: the
/// lookups the normalizer's hot loop makes per token, without building a `String` or
/// running Swift's seeded hasher. Immutable once built.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    /// A table sized for `capacity` entries (kept under half full).
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Adds or replaces an entry. Hash 0 is reserved for empty slots and is remapped.
    mutating func insert(_ hash: UInt64, _ value: Int32) {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    /// The value stored for a hash, or nil.
    @inline(__always)
    func lookup(_ hash: UInt64) -> Int32? {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let stored = k[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
