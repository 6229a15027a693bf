@testable import ScreeningCore
import XCTest

/// A store written by the first schema (each mention's grams in its own row) opens as the
/// current one, its grams moved into `mention_grams` unchanged; a store of a later schema
/// is refused with a message saying so.
final class StateMigrationTests: XCTestCase {
    private var path = ""

    override func setUp() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("migration-\(UUID().uuidString).sqlite").path
    }

    override func tearDown() {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The first schema's meta and mentions tables, as its stores hold them.
    private func writeFirstSchemaStore(_ mentions: [(text: String, asPerson: Bool, grams: [UInt64])]) throws {
        let db = try SQLiteDatabase(path: path)
        try db.execute("""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta VALUES ('schema', '1');
            CREATE TABLE mentions (
                id INTEGER PRIMARY KEY, text TEXT NOT NULL, as_person INTEGER NOT NULL, country TEXT NOT NULL, grams BLOB NOT NULL,
                UNIQUE (text, as_person, country));
            """)
        for mention in mentions {
            try db.run("INSERT INTO mentions (text, as_person, country, grams) VALUES (?, ?, '', ?)",
                       [.text(mention.text), .int(mention.asPerson ? 1 : 0), .integers(mention.grams)])
        }
    }

    func testFirstSchemaGramsMoveIntoPackedRows() throws {
        let normalizer = TestSupport.normalizer
        let texts = ["Harbin Institute of Technology, Harbin, China", "Wang Wei", "Department of Physics, University of Tokyo", "", "北京航空航天大学"]
        let mentions = texts.enumerated().map { k, text in
            (text: text, asPerson: k == 1, grams: Grams.of(normalizer.normalize(text, options: .allForms)))
        }
        try writeFirstSchemaStore(mentions)
        let store = try StateStore(path: path)
        XCTAssertEqual(try store.meta("schema"), StateSchema.version)
        let columns = try store.db.query("SELECT name FROM pragma_table_info('mentions')") { $0.text(0) }
        XCTAssertFalse(columns.contains("grams"), "\(columns)")
        var chunk = StoredGramsChunk()
        try store.db.forEachRow("SELECT data FROM mention_grams ORDER BY first_id") { XCTAssertTrue(chunk.append(packedIn: $0, column: 0)) }
        XCTAssertEqual(chunk.ids, Array(1...Int64(texts.count)))
        XCTAssertEqual(chunk.asPerson, mentions.map(\.asPerson))
        for (position, mention) in mentions.enumerated() {
            XCTAssertEqual(Array(chunk.grams(at: position)), mention.grams, mention.text)
        }
        XCTAssertEqual(try store.db.query("SELECT text FROM mentions ORDER BY id") { $0.text(0) }, texts)
    }

    /// The page size applies while a store is empty, and at the VACUUM after a migration,
    /// which writes the store anew: a new store takes 16 KiB pages, and so does an older
    /// one migrated (its own were 4 KiB).
    func testANewStoreAndAMigratedOneTakeLargePages() throws {
        XCTAssertEqual(try StateStore(path: path).db.query("PRAGMA page_size") { $0.int(0) }, [16384])
        tearDown()
        try writeFirstSchemaStore([(text: "Wang Wei", asPerson: true, grams: [1, 2, 3])])
        XCTAssertEqual(try SQLiteDatabase(path: path).query("PRAGMA page_size") { $0.int(0) }, [4096])
        XCTAssertEqual(try StateStore(path: path).db.query("PRAGMA page_size") { $0.int(0) }, [16384])
    }

    /// Stores kept a write-ahead log until 2026-12-05: one opens with the rollback journal,
    /// its committed runs kept and the log gone once closed.
    func testAStoreMadeWithAWriteAheadLogTurnsToTheRollbackJournal() throws {
        do {
            let store = try StateStore(path: path)
            XCTAssertEqual(try store.db.query("PRAGMA journal_mode") { $0.text(0) }, ["delete"])
            XCTAssertEqual(try store.db.query("PRAGMA journal_mode = WAL") { $0.text(0) }, ["wal"])
            try store.setMeta("kept", "yes")
        }
        do {
            let store = try StateStore(path: path)
            XCTAssertEqual(try store.db.query("PRAGMA journal_mode") { $0.text(0) }, ["delete"])
            XCTAssertEqual(try store.meta("kept"), "yes")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Schema 5 kept no spellings beside the entities' forms: a store of it opens with the
    /// column, its batches' texts empty (`KeptIndexForms` reads them as not kept).
    func testAFifthSchemaStoreGainsTheSpellingsColumn() throws {
        do {
            let store = try StateStore(path: path)
            try store.db.run("INSERT INTO entity_forms (ids, data) VALUES ('a', x'')")
            try store.db.execute("ALTER TABLE entity_forms DROP COLUMN spellings")
            try store.setMeta("schema", "5")
        }
        let store = try StateStore(path: path)
        XCTAssertEqual(try store.meta("schema"), StateSchema.version)
        XCTAssertEqual(try store.db.query("SELECT ids, spellings FROM entity_forms") { [$0.text(0), $0.text(1)] }, [["a", ""]])
    }

    func testALaterSchemaIsRefused() throws {
        _ = try StateStore(path: path)
        try StateStore(path: path).setMeta("schema", "99")
        XCTAssertThrowsError(try StateStore(path: path)) { error in
            XCTAssertTrue("\(error)".contains("schema version 99"), "\(error)")
        }
    }
}
