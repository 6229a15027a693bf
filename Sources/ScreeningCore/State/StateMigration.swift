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
        guard version == "1" else { throw MigrationError.newerSchema(version) }
        try db.transaction {
            try moveGramsOutOfMentions(db)
            try db.run("UPDATE meta SET value = ? WHERE key = 'schema'", [.text(StateSchema.version)])
        }
        // The old column's pages are free now: give them back (once; itself all or nothing).
        try db.execute("VACUUM")
    }

    /// 1 → 2: each mention's grams blob becomes its packing in `mention_grams`, in id order.
    private static func moveGramsOutOfMentions(_ db: SQLiteDatabase) throws {
        var writer = MentionGramsWriter()
        try db.forEachRow("SELECT id, as_person, grams FROM mentions ORDER BY id") {
            writer.add(id: Int64($0.int(0)), asPerson: $0.int(1) != 0, grams: $0.integers(2))
            try writer.flush(to: db)
        }
        try writer.flush(to: db, all: true)
        try db.execute("ALTER TABLE mentions DROP COLUMN grams")
    }
}
