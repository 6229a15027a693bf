@testable import ScreeningCore
import XCTest

/// The stored mentions' grams, packed many to a `mention_grams` row, come back as written:
/// every mention's id, person flag and grams (none included), across rows topped up by
/// later runs, with the other partition passed over; and a cut-short row is reported.
final class StoredGramsChunkTests: XCTestCase {
    private func database() throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE mention_grams (first_id INTEGER PRIMARY KEY, mentions INTEGER NOT NULL, data BLOB NOT NULL)")
        return db
    }

    private func readAll(_ db: SQLiteDatabase, keep: @escaping (Bool) -> Bool = { _ in true }) throws -> StoredGramsChunk {
        var chunk = StoredGramsChunk()
        try db.forEachRow("SELECT data FROM mention_grams ORDER BY first_id") { XCTAssertTrue(chunk.append(packedIn: $0, column: 0, keep: keep)) }
        return chunk
    }

    func testGramsComeBackAsWrittenAcrossRowsAndFlushes() throws {
        let db = try database()
        var stored: [(id: Int64, asPerson: Bool, grams: [UInt64])] = []
        var writer = PackedMentionRows(table: "mention_grams")
        // Three runs: one filling more than a row, two small ones topping the last row up.
        for (run, count) in [PackedMentionRows.mentionsPerRow + 100, 7, 3].enumerated() {
            for k in 0..<count {
                let id = Int64(stored.count + 1)
                let grams: [UInt64] = k % 5 == 0 ? [] : (0..<(k % 9)).map { UInt64(run) << 60 | UInt64(k * 31 + $0) | (k % 7 == 0 ? 1 << 63 : 0) }
                stored.append((id, k % 3 == 0, grams))
                writer.add(id: id, asPerson: k % 3 == 0, grams: grams)
                try writer.flush(to: db)
            }
            try writer.flush(to: db, all: true)
        }
        let rows = try db.query("SELECT first_id, mentions FROM mention_grams ORDER BY first_id") { ($0.int(0), $0.int(1)) }
        XCTAssertEqual(rows.map(\.1).reduce(0, +), stored.count)
        XCTAssertTrue(rows.allSatisfy { $0.1 <= 2 * PackedMentionRows.mentionsPerRow }, "\(rows)")
        XCTAssertEqual(rows.count, 2, "the small runs top the last row up: \(rows)")

        let chunk = try readAll(db)
        XCTAssertEqual(chunk.ids, stored.map(\.id))
        XCTAssertEqual(chunk.asPerson, stored.map(\.asPerson))
        for (position, mention) in stored.enumerated() {
            XCTAssertEqual(Array(chunk.grams(at: position)), mention.grams, "mention \(mention.id)")
        }
        chunk.withGrams { grams in
            for (position, mention) in stored.enumerated() where position % 97 == 0 {
                XCTAssertEqual(Array(grams(position).grams), mention.grams, "mention \(mention.id) in place")
                XCTAssertEqual(grams(position).isPerson, mention.asPerson)
            }
        }

        let organisations = try readAll(db) { !$0 }
        XCTAssertEqual(organisations.ids, stored.filter { !$0.asPerson }.map(\.id))
        for (position, mention) in stored.filter({ !$0.asPerson }).enumerated() {
            XCTAssertEqual(Array(organisations.grams(at: position)), mention.grams)
        }
    }

    /// A rescan's scan empties a tested chunk and fills it again: what it reads then is what
    /// a fresh chunk reads, nothing of the fill before left over.
    func testAnEmptiedChunkRefillsAsAFreshOne() throws {
        let db = try database()
        var writer = PackedMentionRows(table: "mention_grams")
        for id in 1...Int64(PackedMentionRows.mentionsPerRow + 300) {
            writer.add(id: id, asPerson: id % 4 == 0, grams: (0..<UInt64(id % 11)).map { UInt64(id) << 8 | $0 })
            try writer.flush(to: db)
        }
        try writer.flush(to: db, all: true)
        var rows: [StoredGramsChunk] = []
        var refilled = StoredGramsChunk()
        try db.forEachRow("SELECT data FROM mention_grams ORDER BY first_id") { row in
            var fresh = StoredGramsChunk()
            XCTAssertTrue(fresh.append(packedIn: row, column: 0))
            rows.append(fresh)
            refilled.removeAll()
            XCTAssertTrue(refilled.append(packedIn: row, column: 0))
            XCTAssertTrue(refilled.ids == fresh.ids, "ids: \(refilled.count) read, \(fresh.count) in the row")
            XCTAssertTrue(refilled.asPerson == fresh.asPerson, "person flags differ")
            for position in 0..<fresh.count { XCTAssertEqual(refilled.grams(at: position), fresh.grams(at: position)) }
        }
        XCTAssertEqual(rows.count, 2, "two rows, so the second fill follows a first")
        XCTAssertNotEqual(rows[0].ids, rows[1].ids)
    }

    func testACutShortRowIsReported() throws {
        let db = try database()
        var packed: [UInt64] = []
        StoredGramsChunk.pack(id: 1, asPerson: false, grams: [1, 2, 3], into: &packed)
        StoredGramsChunk.pack(id: 2, asPerson: true, grams: [4, 5, 6, 7], into: &packed)
        try db.run("INSERT INTO mention_grams VALUES (1, 2, ?)", [.integers(Array(packed.dropLast(2)))])
        var chunk = StoredGramsChunk()
        var complete = true
        try db.forEachRow("SELECT data FROM mention_grams") { complete = chunk.append(packedIn: $0, column: 0) }
        XCTAssertFalse(complete)
        XCTAssertEqual(chunk.ids, [1], "the mention before the damage is kept")
        XCTAssertEqual(Array(chunk.grams(at: 0)), [1, 2, 3])
    }
}
