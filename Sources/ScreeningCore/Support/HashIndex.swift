/// An open-addressing table from 64-bit text hashes (`TextHash`) to small integers: the
/// lookups the normalizer's hot loop makes per token, without building a `String` or
/// running Swift's seeded hasher. Filled while being built, then only read; its storage is
/// raw memory so that a lookup costs no reference counting.
final class HashIndex: @unchecked Sendable {
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<Int32>
    private let mask: Int

    /// A table sized for `capacity` entries (kept under half full).
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        values = .allocate(capacity: size)
        values.initialize(repeating: -1, count: size)
        mask = size - 1
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    /// Adds or replaces an entry (only while the table is being built, before it is shared).
    /// Hash 0 is reserved for empty slots and is remapped.
    func insert(_ hash: UInt64, _ value: Int32) {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    /// The value stored for a hash; when there is none, stores `value` and returns it (only
    /// while the table is being built).
    func value(for hash: UInt64, insertingIfAbsent value: Int32) -> Int32 {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 {
                keys[slot] = key
                values[slot] = value
                return value
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for a hash, or nil.
    @inline(__always)
    func lookup(_ hash: UInt64) -> Int32? {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
