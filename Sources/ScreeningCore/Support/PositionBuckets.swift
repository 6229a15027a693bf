/// The buckets of an open-addressing table whose entries live in the owner's own arrays:
/// each bucket holds an entry's position with the high half of its hash as a tag, probed
/// linearly and kept under half full. The tables keyed by text (`MentionTable`,
/// `BoundedMemo`) share it and compare their own keys; `HashIndex` is for keys that are
/// their hash.
struct PositionBuckets {
    /// 0 for an empty bucket, else the hash's high 32 bits and the entry's position + 1.
    private var buckets: [UInt64]
    private var mask: Int

    /// Buckets for `capacity` entries before they grow.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        buckets = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The position of the first entry under `hash` whose tag is the hash's and for which
    /// `isKey` is true, or nil.
    @inline(__always)
    func position(of hash: Int, where isKey: (Int) -> Bool) -> Int? {
        let tag = Self.tag(hash)
        return buckets.withUnsafeBufferPointer { buckets in
            var b = hash & mask
            while true {
                let bucket = buckets[b]
                if bucket == 0 { return nil }
                if bucket >> 32 == tag, isKey(Int(truncatingIfNeeded: bucket & 0xFFFF_FFFF) - 1) {
                    return Int(truncatingIfNeeded: bucket & 0xFFFF_FFFF) - 1
                }
                b = (b + 1) & mask
            }
        }
    }

    /// The first bucket `hash` is probed at, as stored (for reading ahead).
    @inline(__always)
    func first(of hash: Int) -> UInt64 {
        buckets.withUnsafeBufferPointer { $0[hash & mask] }
    }

    /// The position in the first bucket `hash` is probed at when that bucket's tag is the
    /// hash's, else nil (for reading an entry ahead).
    @inline(__always)
    func likelyPosition(of hash: Int) -> Int? {
        let bucket = first(of: hash)
        guard bucket != 0, bucket >> 32 == Self.tag(hash) else { return nil }
        return Int(truncatingIfNeeded: bucket & 0xFFFF_FFFF) - 1
    }

    /// Places the entry at `position` (the owner's count before it, every entry before it
    /// placed) under `hash`, first doubling the buckets when they would be half full, every
    /// entry placed again by the hash `hashOf` gives for its position.
    mutating func add(position: Int, hash: Int, rehashing hashOf: (Int) -> Int) {
        if 2 * (position + 1) > buckets.count {
            buckets = Array(repeating: 0, count: buckets.count * 2)
            mask = buckets.count - 1
            for old in 0..<position { place(hash: hashOf(old), position: old) }
        }
        place(hash: hash, position: position)
    }

    /// Empties every bucket, keeping their number.
    mutating func removeAll() {
        buckets.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    private mutating func place(hash: Int, position: Int) {
        let entry = Self.tag(hash) << 32 | UInt64(position + 1)
        let mask = self.mask
        buckets.withUnsafeMutableBufferPointer { buckets in
            var b = hash & mask
            while buckets[b] != 0 { b = (b + 1) & mask }
            buckets[b] = entry
        }
    }

    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: hash) >> 32
    }
}
