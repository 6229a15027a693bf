import Foundation
@testable import ScreeningCore
import XCTest

/// A revision matches again every stored mention with open hits, whichever entries they
/// are of: the candidate search's gram weights move with every revision, so an entry the
/// revision left alone can leave a mention's candidates (on the real export-ban list, its
/// Tactical Missiles Corporation JSC crowded out by 35 subsidiaries; `RescanReplayTests`
/// replays the revisions). Here an open hit no full screen finds stands for such a hit.
final class UnrevisedEntryHitsTests: StateStoreTestCase {
    func testARevisionDropsAHitOfAnUnrevisedEntryThatAFullScreenNoLongerFinds() throws {
        let (store, list, records) = try storeWithReplayRecords(30)
        let hits = try store.hits(statuses: [.new, .open])
        let real = try XCTUnwrap(hits.first { $0.hit.field == .affiliation })
        // The same mention and record, hit by an entry that no full screen finds for it.
        let hitEntities = Set(hits.filter { $0.hit.mention == real.hit.mention }.map(\.hit.entityID))
        let other = try XCTUnwrap(list.first { !hitEntities.contains($0.id) && $0.kind == .organization })
        var stale = real.hit
        stale.entityID = other.id
        let staleID = ContentHash.hitID(stale)
        try store.db.run("""
            INSERT INTO hits (id, record_id, party, role, field, mention, entity_id, entity_name, list, alias, score, explanation,
                              status, first_seen, last_seen, status_run, entity_hash, record_hash)
            SELECT ?, record_id, party, role, field, mention, ?, ?, list, alias, score, explanation,
                   'open', first_seen, last_seen, status_run, entity_hash, record_hash FROM hits WHERE id = ?
            """, [.text(staleID), .text(other.id), .text(other.name), .text(real.id)])

        // A revision that adds one entry no stored mention is near, leaving `other` alone.
        let added = ListedEntity(id: "test:unrelated", list: "test", kind: .organization, name: "Qxzvy Wjbkf Holdings", country: "NZ")
        let summary = try rescan(store, list + [added], [])
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(try store.hits().first { $0.id == staleID }?.status, .gone, summary.line)
        XCTAssertEqual(summary.hitsGone, 1, summary.line)

        // The store's open hits are a full screen's with the revised list.
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: list + [added], normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer))
        let full = Set(records.flatMap { screener.hits(for: $0).hits.map(ContentHash.hitID) })
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), full)
    }
}
