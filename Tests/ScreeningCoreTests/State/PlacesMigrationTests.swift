import Foundation
@testable import ScreeningCore
import XCTest

/// A store of the second schema (a row per place in `places`, indexed by mention) opens as
/// the current one and goes on as a store made by the current schema would: the same
/// content, and the same results from a revision that changes and removes entries with
/// hits (whose mentions are found through the migrated places). Also: a record's places
/// come back from their packing as they went in.
final class PlacesMigrationTests: StateStoreTestCase {
    /// Rewrites a current store as the second schema held it.
    private func downgradeToSecondSchema(_ path: String) throws {
        let db = try SQLiteDatabase(path: path)
        try db.execute("""
            CREATE TABLE places (
                record_id TEXT NOT NULL, ordinal INTEGER NOT NULL, party INTEGER NOT NULL, role TEXT NOT NULL,
                field TEXT NOT NULL, mention_id INTEGER NOT NULL, PRIMARY KEY (record_id, ordinal)) WITHOUT ROWID;
            CREATE INDEX places_by_mention ON places (mention_id);
            """)
        let records = try db.query("SELECT id, places, roles FROM records") { ($0.text(0), StoredPlaces(words: $0.integers(1), roles: $0.text(2))) }
        for (id, places) in records {
            for (ordinal, place) in places.places.enumerated() {
                try db.run("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)", [.text(id), .int(ordinal), .int(place.party), .text(place.role),
                                                                            .text(place.field.rawValue), .int(place.mentionID)])
            }
        }
        try db.execute("""
            ALTER TABLE records DROP COLUMN places;
            ALTER TABLE records DROP COLUMN roles;
            DROP TABLE place_batches;
            UPDATE meta SET value = '2' WHERE key = 'schema';
            """)
    }

    func testASecondSchemaStoreGoesOnAsACurrentOne() throws {
        let (made, migrated, all, records) = try twoStoresWithReplayRecords(40)
        try downgradeToSecondSchema(migrated)
        let placeRows = try SQLiteDatabase(path: migrated).query("SELECT COUNT(*) FROM places") { $0.int(0) }[0]
        XCTAssertEqual(placeRows, try StateStore(path: made).db.query("SELECT places FROM records") { $0.integers(0).count }.reduce(0, +))
        XCTAssertGreaterThanOrEqual(placeRows, records.count * 2, "each record has a name and an affiliation or more")

        let store = try StateStore(path: migrated)
        XCTAssertEqual(try store.meta("schema"), StateSchema.version)
        XCTAssertEqual(try store.db.query("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('places', 'places_by_mention')") { $0.int(0) }, [0])
        XCTAssertEqual(try store.contentDigest(), try StateStore(path: made).contentDigest())

        // A revision: one entry with hits changed, another removed.
        let withHits = Array(Set(try StateStore(path: made).hits().map(\.hit.entityID))).sorted()
        XCTAssertGreaterThanOrEqual(withHits.count, 2)
        let revised = ExportBanReplay.revising(all.filter { $0.id != withHits[1] }, id: withHits[0])
        let summaries = try [made, migrated].map { try rescan(try StateStore(path: $0), revised, []) }
        XCTAssertEqual(summaries[0].changed, 1)
        XCTAssertGreaterThan(summaries[0].hitsNew, 0, "the changed entry's hits are new again")
        XCTAssertGreaterThan(summaries[0].hitsGone, 0, "the removed entry's hits are gone")
        assertSameSummary(summaries[1], as: summaries[0])
        XCTAssertEqual(try StateStore(path: migrated).contentDigest(), try StateStore(path: made).contentDigest())
    }

    func testPlacesComeBackFromTheirPacking() throws {
        let places = [
            StoredPlaces.Place(party: 0, role: "author", field: .name, mentionID: 1),
            StoredPlaces.Place(party: 0, role: "author", field: .affiliation, mentionID: (1 << 36) - 1),
            StoredPlaces.Place(party: (1 << 20) - 1, role: "", field: .affiliation, mentionID: 7),
            StoredPlaces.Place(party: 3, role: "line\nbreak \\n and \\", field: .name, mentionID: 7),
            StoredPlaces.Place(party: 4, role: "ends in a return\r", field: .name, mentionID: 8),
            StoredPlaces.Place(party: 5, role: "inventor", field: .affiliation, mentionID: 9),
        ]
        let packed = try StoredPlaces(places).packed()
        XCTAssertEqual(packed.words.count, places.count)
        XCTAssertEqual(StoredPlaces(words: packed.words, roles: packed.roles).places, places)
        XCTAssertEqual(packed.words.map(StoredPlaces.mentionID(of:)), places.map(\.mentionID))
        XCTAssertEqual(StoredPlaces(words: [], roles: "").places, [])
        XCTAssertThrowsError(try StoredPlaces([StoredPlaces.Place(party: 1 << 20, role: "", field: .name, mentionID: 1)]).packed())
        XCTAssertThrowsError(try StoredPlaces([StoredPlaces.Place(party: 0, role: "", field: .name, mentionID: 1 << 36)]).packed())
    }
}
