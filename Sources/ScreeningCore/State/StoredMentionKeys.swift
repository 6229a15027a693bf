/// The stored mentions' keys in memory, to find a record's mention among them without an
/// index in the store: a stable 64-bit hash of the mention (`key(of:)`) to the ids stored
/// under it, in an open-addressing table probed linearly and kept under half full. Two
/// mentions may share a key, so a lookup gives every id under it and the caller compares
/// the stored rows (`Rescan.storedMentionID`). SQLite's unique index over the mentions'
/// texts was most of what storing a mention cost (Python's sqlite3, the rescan benchmark's
/// 313,326 new mentions: 0.46 s with it, 0.18 s without): each new entry landed on a
/// random page of an index of millions.
struct StoredMentionKeys {
    /// 0 for an empty slot (a key of 0 is stored as 1).
    private var keys: [UInt64]
    private var ids: [Int64]
    private var mask: Int
    private(set) var count = 0

    /// A table for `capacity` mentions before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = Array(repeating: 0, count: size)
        ids = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The stable key of a mention: its text, whether a person's, and its country (none
    /// and an empty one alike, as the store keeps them).
    static func key(of mention: Screener.Mention) -> UInt64 {
        var hash = TextHash.Stream()
        hash.add(mention.text)
        hash.add(0x1F)
        hash.add(mention.asPerson ? 1 : 0)
        hash.add(0x1F)
        hash.add(mention.country ?? "")
        return hash.value
    }

    /// Records that the mention stored under `id` has `key`.
    mutating func insert(_ key: UInt64, id: Int64) {
        if 2 * (count + 1) > keys.count { grow() }
        let stored = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: stored) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = stored
        ids[slot] = id
        count += 1
    }

    /// The ids stored under `key` (almost always none or one).
    func ids(of key: UInt64) -> [Int64] {
        let stored = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: stored) & mask
        var found: [Int64] = []
        while keys[slot] != 0 {
            if keys[slot] == stored { found.append(ids[slot]) }
            slot = (slot + 1) & mask
        }
        return found
    }

    private mutating func grow() {
        let (oldKeys, oldIDs) = (keys, ids)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        ids = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, id) in zip(oldKeys, oldIDs) where key != 0 { insert(key, id: id) }
    }
}

extension StoredMentionKeys {
    /// The keys of every mention the store holds, from `mention_keys`.
    init(readFrom db: SQLiteDatabase) throws {
        let stored = try db.query("SELECT COALESCE(SUM(mentions), 0) FROM mention_keys") { $0.int(0) }[0]
        // Room for a large run's new mentions before the table grows.
        self.init(capacity: stored + stored / 2)
        try db.forEachRow("SELECT data FROM mention_keys") { row in
            row.withBlob(0) { bytes in
                for offset in stride(from: 0, to: bytes.count - 15, by: 16) {
                    insert(bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self),
                           id: Int64(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                }
            }
        }
    }
}
