@testable import ScreeningCore
import XCTest

/// The scan's chunk of stored mentions gives back each mention's grams as stored, whatever
/// their number (none included), from one shared buffer.
final class StoredGramsChunkTests: XCTestCase {
    func testGramsComeBackAsStoredByPosition() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE mentions (id INTEGER PRIMARY KEY, as_person INTEGER NOT NULL, grams BLOB NOT NULL)")
        let stored: [(asPerson: Bool, grams: [UInt64])] = [
            (false, [3, 1, 2]), (true, []), (false, [UInt64.max, 0, 42, 1 << 63]), (true, [7]),
        ]
        for (id, mention) in stored.enumerated() {
            try db.run("INSERT INTO mentions (id, as_person, grams) VALUES (?, ?, ?)",
                       [.int(id + 1), .int(mention.asPerson ? 1 : 0), .integers(mention.grams)])
        }
        var chunk = StoredGramsChunk()
        try db.forEachRow("SELECT id, as_person, grams FROM mentions ORDER BY id") {
            chunk.append(id: Int64($0.int(0)), asPerson: $0.int(1) != 0, gramsIn: $0, column: 2)
        }
        XCTAssertEqual(chunk.count, stored.count)
        XCTAssertEqual(chunk.ids, [1, 2, 3, 4])
        XCTAssertEqual(chunk.asPerson, stored.map(\.asPerson))
        for (position, mention) in stored.enumerated() {
            XCTAssertEqual(Array(chunk.grams(at: position)), mention.grams, "mention \(position)")
        }
    }
}
