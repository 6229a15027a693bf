import Foundation
@testable import ScreeningCore
import XCTest

/// A store whose mentions were normalized and matched by another build of the program: the
/// first run of this build makes every stored mention's grams again and matches it against
/// the whole index, so its open hits are a full screen's (a revision in the same run
/// included), and the runs after it do not. On the real export-ban list with records naming
/// its entries and real Crossref affiliations.
final class StoredMentionRematchTests: StateStoreTestCase {
    /// Every stored mention's id, person flag and grams, in id order.
    private func storedGrams(_ store: StateStore) throws -> [String] {
        var chunk = StoredGramsChunk()
        try store.db.forEachRow("SELECT data FROM mention_grams ORDER BY first_id") { row in
            XCTAssertTrue(chunk.append(packedIn: row, column: 0))
        }
        return (0..<chunk.count).map { "\(chunk.id(at: $0)) \(chunk.isPerson(at: $0)) \(Array(chunk.grams(at: $0)))" }
    }

    private func openHits(_ store: StateStore) throws -> [String: Double] {
        Dictionary(uniqueKeysWithValues: try store.hits(statuses: [.new, .open]).map { ($0.id, $0.hit.score) })
    }

    func testAStoreMadeByAnotherBuildIsMatchedAgainOnce() throws {
        let normalizer = TestSupport.normalizer
        let identity = try XCTUnwrap(normalizer.formsIdentity, "the project's normalizer has an identity")
        let all = try ExportBanReplay.publishedIndex()
        let before = Array(all.dropLast(40))
        let records = ExportBanReplay.records(first: 0, count: 80, entities: all, crossref: try ExportBanReplay.crossrefAffiliations(80))
        let file = try ExportBanReplay.write(records, name: "rematch")
        removeAfterwards(file)
        func rescan(_ store: StateStore, _ entities: [ListedEntity], records: [String] = []) throws -> Rescan.Summary {
            try Rescan(store: store, normalizer: normalizer, threads: 2).run(entities: entities, listFiles: ["test"], recordFiles: records)
        }

        // The reference: this build ingests the records with the revised lists.
        let reference = try temporaryStore()
        _ = try rescan(reference, all, records: [file])
        XCTAssertEqual(try reference.meta(Rescan.mentionsIdentityKey), identity)
        let expectedHits = try openHits(reference)
        XCTAssertFalse(expectedHits.isEmpty)

        // A store another build made with the earlier lists: its grams and hits stand for
        // what an older normalizer and matcher made (here: nothing at all).
        let store = try temporaryStore()
        _ = try rescan(store, before, records: [file])
        let mentions = try store.db.query("SELECT COUNT(*) FROM mentions") { $0.int(0) }[0]
        try store.setMeta(Rescan.mentionsIdentityKey, "another program")
        try store.db.run("UPDATE mention_grams SET data = x''")
        try store.db.run("DELETE FROM hits")
        XCTAssertTrue(try storedGrams(store).isEmpty)

        // This build's first run, with the revision: every stored mention matched again.
        let first = try rescan(store, all)
        XCTAssertEqual(first.added, 40)
        XCTAssertEqual(first.storedMentionsRescreened, mentions, first.line)
        XCTAssertTrue(first.storedMentionsRemade && first.line.contains("made by another build"), first.line)
        XCTAssertEqual(try storedGrams(store), try storedGrams(reference), "the grams this build makes")
        XCTAssertEqual(try openHits(store), expectedHits, "a full screen's hits")
        XCTAssertEqual(try store.meta(Rescan.mentionsIdentityKey), identity)

        // The next run trusts them: nothing looked at, nothing new.
        let second = try rescan(store, all)
        XCTAssertEqual([second.storedMentionsRescreened, second.hitsNew], [0, 0], second.line)
        XCTAssertFalse(second.storedMentionsRemade)
        XCTAssertEqual(try openHits(store), expectedHits)
    }
}
