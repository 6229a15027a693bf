import Foundation
@testable import ScreeningCore
import XCTest

/// The place index only grows: a changed record is still named, in its old batch's row,
/// for the mentions it no longer holds. A revision that touches such a mention must not
/// put hits back on the changed record (the record's own row says where its mentions are).
final class PlaceIndexTests: StateStoreTestCase {
    /// Each record holding a mention is named once (a mention twice in a record too), in the
    /// order the batches were written; an empty batch writes no row; ids absent or asked
    /// twice change nothing.
    func testTheIndexNamesEachRecordOfAMentionOnceAcrossBatches() throws {
        let store = try temporaryStore()
        var batch = PlaceIndex.BatchWriter()
        batch.add(recordID: "a", mentionIDs: [5, 7, 5])
        batch.add(recordID: "bé", mentionIDs: [7])
        batch.add(recordID: "", mentionIDs: [])
        try batch.write(to: store.db)
        batch.add(recordID: "c", mentionIDs: [1, 7, 1 << 30])
        try batch.write(to: store.db)
        try batch.write(to: store.db)
        XCTAssertEqual(try store.db.query("SELECT COUNT(*) FROM place_batches") { $0.int(0) }, [2])
        XCTAssertEqual(try PlaceIndex.candidateRecords(of: [7, 5, 9, 1, 7, 1 << 30], in: store.db),
                       [7: ["a", "bé", "c"], 5: ["a"], 1: ["c"], 1 << 30: ["c"]])
        XCTAssertEqual(try PlaceIndex.candidateRecords(of: [Int64](), in: store.db), [:])
    }

    func testARevisionDoesNotFindAMentionAtARecordThatDroppedIt() throws {
        let (store, all, records) = try storeWithReplayRecords(12)
        let dropped = try XCTUnwrap(try store.hits().first { $0.hit.field == .affiliation && $0.hit.party == 0 }).hit
        let before = try XCTUnwrap(records.first { $0.id == dropped.recordID })
        // A second record keeps the mention stored (and hit) after the first drops it.
        var keeper = before
        keeper.id = "replay:keeper"
        _ = try rescan(store, all, [keeper])
        var after = before
        after.parties[0].affiliations = ["Department of Physics, University of Tokyo, Tokyo, Japan"]
        _ = try rescan(store, all, [after])
        XCTAssertFalse(try store.hits(statuses: [.new, .open]).contains { $0.hit.recordID == before.id && $0.hit.mention == dropped.mention })

        // The entry the dropped mention hit is revised: its hits are made again at every place
        // of the mention — the keeper's, not the changed record's.
        let revised = ExportBanReplay.revising(all, id: dropped.entityID)
        let summary = try rescan(store, revised, [])
        XCTAssertEqual(summary.changed, 1)
        let open = try store.hits(statuses: [.new, .open])
        XCTAssertTrue(open.contains { $0.hit.recordID == keeper.id && $0.hit.entityID == dropped.entityID && $0.status == .new })
        XCTAssertFalse(open.contains { $0.hit.recordID == before.id && $0.hit.mention == dropped.mention })
    }
}
