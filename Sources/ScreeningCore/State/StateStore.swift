import Foundation

// State/ owns the rescan state store (`entity-screen rescan`, `review`, `report`):
// SQLiteDatabase (connection, statements, over the CSQLite shim), StateSchema (the tables),
// StateMigration (older stores brought up to it), ContentHash (stable hashes of entities
// and records, hit ids), StateStore (opening, hits, reviews), Rescan (one incremental run;
// RecordIngest its records, StoredMentionKeys how it finds their mentions stored,
// PackedMentionRows and StoredGramsChunk the stored mentions' keys and grams its scan
// reads, KeptIndexForms the entries' index forms its index is built from,
// HierarchyChanges the registry's parent links it keeps and the entries they move),
// EntityDiff (what a list revision did), Shard (which shard of N a record belongs to).

/// The rescan state store: one SQLite file holding the current list version, the records
/// and their mentions, the hits with their status, and the review decisions. Used from one
/// thread; the matching inside a rescan runs in parallel.
public final class StateStore {
    let db: SQLiteDatabase
    public let path: String

    /// Opens the store, creating it (and its tables) when absent. A run that was killed
    /// leaves its transaction uncommitted, with the pages it changed saved in the rollback
    /// journal; opening rolls it back.
    public init(path: String) throws {
        self.path = path
        db = try SQLiteDatabase(path: path)
        try db.execute(StateSchema.sql)
        if let version = try meta("schema") {
            try StateMigration.migrate(db, from: version)
        } else {
            try setMeta("schema", StateSchema.version)
        }
    }

    func meta(_ key: String) throws -> String? {
        try db.query("SELECT value FROM meta WHERE key = ?", [.text(key)]) { $0.text(0) }.first
    }

    func setMeta(_ key: String, _ value: String) throws {
        try db.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   [.text(key), .text(value)])
    }

    /// The number of the last completed run (0 before the first).
    public func latestRun() throws -> Int {
        try db.query("SELECT COALESCE(MAX(run), 0) FROM runs") { $0.int(0) }.first ?? 0
    }

    /// The threshold the store's hits were found at, once a run has set it.
    public func threshold() throws -> Double? {
        try meta("threshold").flatMap(Double.init)
    }

    /// Start times of every run, by number.
    func runTimes() throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try db.query("SELECT run, started FROM runs") { ($0.int(0), $0.text(1)) })
    }

    /// The current list version's entities, by id, with their content hashes.
    public func entityHashes() throws -> [String: UInt64] {
        Dictionary(uniqueKeysWithValues: try db.query("SELECT id, hash FROM entities") { ($0.text(0), $0.hash(1)) })
    }

    /// The current list version's entities as stored.
    public func entities() throws -> [ListedEntity] {
        let decoder = JSONDecoder()
        return try db.query("SELECT json FROM entities ORDER BY id") { try decoder.decode(ListedEntity.self, from: Data($0.text(0).utf8)) }
    }

    // MARK: hits and reviews

    /// Hits with the given statuses (all when empty) whose status changed at or after
    /// `since` (an ISO 8601 date or time, compared as text), ordered by record, party,
    /// field, mention and entity.
    public func hits(statuses: [StoredHit.Status] = [], since: String? = nil) throws -> [StoredHit] {
        let times = try runTimes()
        let latest = try latestRun()
        let reviews = try latestReviews()
        var sql = "SELECT id, record_id, party, role, field, mention, entity_id, entity_name, list, alias, score, explanation, status, first_seen, last_seen, status_run FROM hits"
        var conditions: [String] = []
        var values: [SQLiteValue] = []
        if !statuses.isEmpty { conditions.append("status IN (\(statuses.map { "'\($0.rawValue)'" }.joined(separator: ",")))") }
        if let since {
            conditions.append("status_run IN (SELECT run FROM runs WHERE started >= ?)")
            values.append(.text(since))
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY record_id, party, field, mention, entity_id"
        return try db.query(sql, values) { row in
            let status = StoredHit.Status(rawValue: row.text(12)) ?? .open
            let hit = Hit(recordID: row.text(1), party: row.int(2), role: row.text(3), field: Hit.Field(rawValue: row.text(4)) ?? .affiliation,
                          mention: row.text(5), entityID: row.text(6), entityName: row.text(7), list: row.text(8), alias: row.text(9),
                          score: row.double(10), explanation: row.text(11))
            let lastSeen = status == .gone ? row.int(14) : latest
            return StoredHit(id: row.text(0), hit: hit, status: status, firstSeen: times[row.int(13)] ?? "",
                             lastSeen: times[lastSeen] ?? "", review: reviews[row.text(0)])
        }
    }

    /// The latest decision on each reviewed hit.
    func latestReviews() throws -> [String: StoredHit.Review] {
        var result: [String: StoredHit.Review] = [:]
        // rowid order is insertion order, so the last row per hit wins.
        for (id, review) in try db.query("SELECT hit_id, decision, note, reviewer, decided_at FROM reviews ORDER BY rowid", row: {
            ($0.text(0), StoredHit.Review(decision: $0.text(1), note: $0.text(2), reviewer: $0.text(3), decidedAt: $0.text(4)))
        }) { result[id] = review }
        return result
    }

    /// Review decisions a reviewer may record.
    public enum Decision: String, Sendable, CaseIterable {
        case dismissed, confirmed
    }

    /// What `review` could not do.
    public enum ReviewError: Error, CustomStringConvertible {
        case noSuchHit(String)
        public var description: String {
            switch self {
            case .noSuchHit(let id): "no hit \(id) in the store (see `entity-screen report`)"
            }
        }
    }

    /// Records a decision on a hit, with the evidence (the entity's and the record's content
    /// hashes) it was made on: a dismissed hit stays quiet until that evidence changes.
    public func review(hitID: String, decision: Decision, note: String, reviewer: String, at date: Date = Date()) throws {
        try db.transaction {
            guard let evidence = try db.query("SELECT entity_hash, record_hash FROM hits WHERE id = ?", [.text(hitID)], row: {
                ($0.hash(0), $0.hash(1))
            }).first else { throw ReviewError.noSuchHit(hitID) }
            try db.run("INSERT INTO reviews (hit_id, decided_at, decision, note, reviewer, entity_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [.text(hitID), .text(Self.timestamp(date)), .text(decision.rawValue), .text(note), .text(reviewer),
                        .hash(evidence.0), .hash(evidence.1)])
        }
    }

    /// A canonical text of the store's content (entities, records, places, hits with their
    /// statuses, reviews; run times left out), for tests that compare two stores.
    public func contentDigest() throws -> String {
        var lines: [String] = []
        lines += try db.query("SELECT id, hash FROM entities ORDER BY id") { "entity \($0.text(0)) \($0.hash(1))" }
        lines += try db.query("SELECT id, hash, first_run, changed_run FROM records ORDER BY id") {
            "record \($0.text(0)) \($0.hash(1)) \($0.int(2)) \($0.int(3))"
        }
        let mentions = Dictionary(uniqueKeysWithValues: try db.query("SELECT id, text, as_person, country FROM mentions") {
            (Int64($0.int(0)), "\($0.text(1)) \($0.int(2)) \($0.text(3))")
        })
        for (id, places) in try db.query("SELECT id, places, roles FROM records ORDER BY id", row: { ($0.text(0), StoredPlaces(words: $0.integers(1), roles: $0.text(2))) }) {
            for (ordinal, place) in places.places.enumerated() {
                lines.append("place \(id) \(ordinal) \(place.party) \(place.role) \(place.field.rawValue) \(mentions[place.mentionID] ?? "?")")
            }
        }
        lines += try db.query("SELECT id, status, first_seen, last_seen, status_run, score, entity_hash, record_hash FROM hits ORDER BY id") {
            "hit \($0.text(0)) \($0.text(1)) \($0.int(2)) \($0.int(3)) \($0.int(4)) \($0.double(5)) \($0.hash(6)) \($0.hash(7))"
        }
        lines += try db.query("SELECT hit_id, decision, note, reviewer FROM reviews ORDER BY rowid") {
            "review \($0.text(0)) \($0.text(1)) \($0.text(2)) \($0.text(3))"
        }
        lines += try db.query("SELECT run, list_files, entities, added, changed, removed, records_new, records_changed, hits_new, hits_gone FROM runs ORDER BY run") {
            row in "run \(row.int(0)) \(row.text(1)) \((2...9).map { String(row.int($0)) }.joined(separator: " "))"
        }
        return lines.joined(separator: "\n")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
