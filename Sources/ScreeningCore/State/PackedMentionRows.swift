/// Writes what the store keeps per mention in a table of packed rows (`mention_grams`: the
/// grams, `StoredGramsChunk`; `mention_keys`: the keys, `StoredMentionKeys`), many mentions
/// to a row, so that a run reads a million stored mentions' grams or keys in a few hundred
/// rows instead of a million. Mentions are never deleted, so rows only grow: the last row is topped up
/// while it holds fewer than `mentionsPerRow` (so a row holds at most twice that).
struct PackedMentionRows {
    /// Mentions packed into one row: a few hundred KiB of grams.
    static let mentionsPerRow = 4096

    /// The table: `first_id INTEGER PRIMARY KEY, mentions INTEGER, data BLOB`.
    let table: String
    /// New mentions not yet written, packed as in a row.
    private var pending: [UInt64] = []
    private var pendingFirstID: Int64?
    private var pendingCount = 0

    init(table: String) { self.table = table }

    /// Queues a new mention's grams (see `StoredGramsChunk` for the packing). Ids must come
    /// in increasing order, as a run stores mentions.
    mutating func add(id: Int64, asPerson: Bool, grams: [UInt64]) {
        add(id: id) { StoredGramsChunk.pack(id: id, asPerson: asPerson, grams: grams, into: &$0) }
    }

    /// Queues a new mention's key: its id and key, two words.
    mutating func add(id: Int64, key: UInt64) {
        add(id: id) { $0 += [UInt64(bitPattern: id), key] }
    }

    private mutating func add(id: Int64, packing: (inout [UInt64]) -> Void) {
        if pendingFirstID == nil { pendingFirstID = id }
        packing(&pending)
        pendingCount += 1
    }

    /// Writes the queued mentions once a row's worth has gathered (or always, when `all`).
    mutating func flush(to db: SQLiteDatabase, all: Bool = false) throws {
        guard let firstID = pendingFirstID, all || pendingCount >= Self.mentionsPerRow else { return }
        // The last row, while it has room: a nightly run adds a few mentions, not thousands.
        // (Its data is read only then: a large run fills row after row.)
        let last = try db.query("SELECT first_id, mentions FROM \(table) ORDER BY first_id DESC LIMIT 1") {
            (id: $0.int(0), count: $0.int(1))
        }.first
        if let last, last.count < Self.mentionsPerRow {
            let data = try db.query("SELECT data FROM \(table) WHERE first_id = ?", [.int(last.id)]) { $0.integers(0) }[0]
            try db.run("UPDATE \(table) SET mentions = ?, data = ? WHERE first_id = ?",
                       [.int(last.count + pendingCount), .integers(data + pending), .int(last.id)])
        } else {
            try db.run("INSERT INTO \(table) (first_id, mentions, data) VALUES (?, ?, ?)",
                       [.int(Int(firstID)), .int(pendingCount), .integers(pending)])
        }
        pending.removeAll(keepingCapacity: true)
        pendingFirstID = nil
        pendingCount = 0
    }
}
