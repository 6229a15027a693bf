/// Brings a store made by an earlier version of the schema up to `StateSchema.version`, in
/// one transaction (a migration killed halfway leaves the store as it was), and refuses a
/// store made by a later version.
enum StateMigration {
    /// Why a store cannot be opened.
    enum MigrationError: Error, CustomStringConvertible {
        case newerSchema(String)
        var description: String {
            switch self {
            case .newerSchema(let version):
                "the state store has schema version \(version), newer than this entity-screen's \(StateSchema.version): use a newer entity-screen"
            }
        }
    }

    /// Migrates the store's tables (created by `StateSchema.sql` already) from the version
    /// in its meta table, if older.
    static func migrate(_ db: SQLiteDatabase, from version: String) throws {
        guard version != StateSchema.version else { return }
        guard let from = Int(version), from >= 1, from < Int(StateSchema.version)! else { throw MigrationError.newerSchema(version) }
        try db.transaction {
            if from < 2 { try moveGramsOutOfMentions(db) }
            if from < 3 { try packPlacesIntoRecords(db) }
            if from < 4 { try keyMentionsAndNoteHitsMentions(db) }
            // 4 → 5: `entity_parents` is made by the schema's own statements, empty: the
            // store's hits were found without links, and the next run with a registry's
            // links rescreens the entries they place (HierarchyChanges).
            // 5 → 6: the kept forms' batches hold no spellings (an empty text); the next run
            // that builds the index keeps every entry's (KeptIndexForms).
            if from < 6 {
                let columns = Set(try db.query("SELECT name FROM pragma_table_info('entity_forms')") { $0.text(0) })
                if !columns.contains("spellings") { try db.execute("ALTER TABLE entity_forms ADD COLUMN spellings TEXT NOT NULL DEFAULT ''") }
            }
            try db.run("UPDATE meta SET value = ? WHERE key = 'schema'", [.text(StateSchema.version)])
        }
        // The old columns' and tables' pages are free now: give them back (once; itself all
        // or nothing). 4 → 5 and 5 → 6 free none.
        if from < 4 { try db.execute("VACUUM") }
    }

    /// 1 → 2: each mention's grams blob becomes its packing in `mention_grams`, in id order.
    private static func moveGramsOutOfMentions(_ db: SQLiteDatabase) throws {
        var writer = PackedMentionRows(table: "mention_grams")
        try db.forEachRow("SELECT id, as_person, grams FROM mentions ORDER BY id") {
            writer.add(id: Int64($0.int(0)), asPerson: $0.int(1) != 0, grams: $0.integers(2))
            try writer.flush(to: db)
        }
        try writer.flush(to: db, all: true)
        try db.execute("ALTER TABLE mentions DROP COLUMN grams")
    }

    /// 2 → 3: each record's rows in `places` become its packed places (`StoredPlaces`), and
    /// `place_batches` rows (`PlaceIndex`) of 2,048 records name the records of each mention.
    private static func packPlacesIntoRecords(_ db: SQLiteDatabase) throws {
        let columns = Set(try db.query("SELECT name FROM pragma_table_info('records')") { $0.text(0) })
        if !columns.contains("places") { try db.execute("ALTER TABLE records ADD COLUMN places BLOB NOT NULL DEFAULT x''") }
        if !columns.contains("roles") { try db.execute("ALTER TABLE records ADD COLUMN roles TEXT NOT NULL DEFAULT ''") }
        let hasPlaces = try db.query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'places'") { $0.int(0) }[0] > 0
        guard hasPlaces else { return }
        var batch = PlaceIndex.BatchWriter(), batchCount = 0
        var current: (id: String, places: [StoredPlaces.Place])?
        func store(_ record: (id: String, places: [StoredPlaces.Place])) throws {
            let packed = try StoredPlaces(record.places).packed()
            try db.run("UPDATE records SET places = ?, roles = ? WHERE id = ?", [.integers(packed.words), .text(packed.roles), .text(record.id)])
            batch.add(recordID: record.id, mentionIDs: record.places.map(\.mentionID))
            batchCount += 1
            if batchCount == 2048 {
                try batch.write(to: db)
                batchCount = 0
            }
        }
        try db.forEachRow("SELECT record_id, party, role, field, mention_id FROM places ORDER BY record_id, ordinal") { row in
            let id = row.text(0)
            let place = StoredPlaces.Place(party: row.int(1), role: row.text(2), field: Hit.Field(rawValue: row.text(3)) ?? .affiliation,
                                           mentionID: Int64(row.int(4)))
            if current?.id != id {
                if let done = current { try store(done) }
                current = (id, [])
            }
            current!.places.append(place)
        }
        if let done = current { try store(done) }
        try batch.write(to: db)
        try db.execute("DROP TABLE places")
    }

    /// 3 → 4: the mentions' table made anew without its unique index over their texts, each
    /// mention's key written to `mention_keys` (`StoredMentionKeys`), and each hit's mention
    /// found through its record's places (the one of the hit's party and field with the
    /// hit's text) and noted in `hits.mention_id`.
    private static func keyMentionsAndNoteHitsMentions(_ db: SQLiteDatabase) throws {
        try db.execute("""
            CREATE TABLE mentions_keyed (id INTEGER PRIMARY KEY, text TEXT NOT NULL, as_person INTEGER NOT NULL, country TEXT NOT NULL);
            INSERT INTO mentions_keyed SELECT id, text, as_person, country FROM mentions ORDER BY id;
            DROP TABLE mentions;
            ALTER TABLE mentions_keyed RENAME TO mentions;
            DELETE FROM mention_keys;
            """)
        var keys = PackedMentionRows(table: "mention_keys")
        try db.forEachRow("SELECT id, text, as_person, country FROM mentions ORDER BY id") {
            let (id, mention) = Rescan.mentionRow($0)
            keys.add(id: id, key: StoredMentionKeys.key(of: mention))
            try keys.flush(to: db)
        }
        try keys.flush(to: db, all: true)
        let columns = Set(try db.query("SELECT name FROM pragma_table_info('hits')") { $0.text(0) })
        if !columns.contains("mention_id") { try db.execute("ALTER TABLE hits ADD COLUMN mention_id INTEGER NOT NULL DEFAULT 0") }
        let hits = try db.query("SELECT id, record_id, party, field, mention FROM hits ORDER BY record_id") {
            (id: $0.text(0), recordID: $0.text(1), party: $0.int(2), field: $0.text(3), mention: $0.text(4))
        }
        var records = RecordPlacesReader(db: db)
        for hit in hits {
            let places = try records.record(hit.recordID)?.places.places.filter { $0.party == hit.party && $0.field.rawValue == hit.field } ?? []
            let texts = Dictionary(try db.query("SELECT id, text FROM mentions WHERE id IN (\(places.map { String($0.mentionID) }.joined(separator: ",")))") {
                (Int64($0.int(0)), $0.text(1))
            }, uniquingKeysWith: { first, _ in first })
            guard let place = places.first(where: { texts[$0.mentionID] == hit.mention }) else { continue }
            try db.run("UPDATE hits SET mention_id = ? WHERE id = ?", [.int(place.mentionID), .text(hit.id)])
        }
    }
}
