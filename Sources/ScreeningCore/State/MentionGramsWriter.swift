/// Stores the grams of new mentions in the `mention_grams` table: packed many mentions to a
/// row (see `StoredGramsChunk` for the layout), so that a rescan reads a million stored
/// mentions in a few hundred rows instead of a million. Mentions are never deleted, so
/// rows only grow: the last row is topped up while it holds fewer than `mentionsPerRow`
/// (so a row holds at most twice that).
struct MentionGramsWriter {
    /// Mentions packed into one row: a few hundred KiB of grams.
    static let mentionsPerRow = 4096

    /// New mentions not yet written, packed as in a row.
    private var pending: [UInt64] = []
    private var pendingFirstID: Int64?
    private var pendingCount = 0

    /// Queues a new mention's grams. Ids must come in increasing order (SQLite's rowids of
    /// one connection's inserts do).
    mutating func add(id: Int64, asPerson: Bool, grams: [UInt64]) {
        if pendingFirstID == nil { pendingFirstID = id }
        StoredGramsChunk.pack(id: id, asPerson: asPerson, grams: grams, into: &pending)
        pendingCount += 1
    }

    /// Writes the queued mentions once a row's worth has gathered (or always, when `all`).
    mutating func flush(to db: SQLiteDatabase, all: Bool = false) throws {
        guard let firstID = pendingFirstID, all || pendingCount >= Self.mentionsPerRow else { return }
        // The last row, while it has room: a nightly run adds a few mentions, not thousands.
        let last = try db.query("SELECT first_id, mentions, data FROM mention_grams ORDER BY first_id DESC LIMIT 1") {
            (id: $0.int(0), count: $0.int(1), data: $0.integers(2))
        }.first
        if let last, last.count < Self.mentionsPerRow {
            try db.run("UPDATE mention_grams SET mentions = ?, data = ? WHERE first_id = ?",
                       [.int(last.count + pendingCount), .integers(last.data + pending), .int(last.id)])
        } else {
            try db.run("INSERT INTO mention_grams (first_id, mentions, data) VALUES (?, ?, ?)",
                       [.int(Int(firstID)), .int(pendingCount), .integers(pending)])
        }
        pending.removeAll(keepingCapacity: true)
        pendingFirstID = nil
        pendingCount = 0
    }
}
