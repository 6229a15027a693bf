import Foundation
import ScreeningCore
import XCTest

/// The place index only grows: a changed record is still named, in its old batch's row,
/// for the mentions it no longer holds. A revision that touches such a mention must not
/// put hits back on the changed record (the record's own row says where its mentions are).
final class PlaceIndexTests: StateStoreTestCase {
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
