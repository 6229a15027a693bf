import Foundation
import ScreeningCore
import XCTest

/// Hit statuses across runs and reviewers' decisions, on the real export-ban list and
/// records naming its entries.
final class ReviewStatusTests: StateStoreTestCase {
    func testSecondRunWithTheSameInputsReportsNothingNew() throws {
        let entities = try ExportBanReplay.publishedIndex()
        let records = ExportBanReplay.records(first: 0, count: 20, entities: entities, crossref: try ExportBanReplay.crossrefAffiliations(20))
        let store = try temporaryStore()
        let first = try rescan(store, entities, records)
        XCTAssertGreaterThan(first.hitsNew, 0)
        XCTAssertEqual(try store.hits(statuses: [.new]).count, first.hitsNew)
        let before = try store.hits().map(\.id)
        let second = try rescan(store, entities, records)
        XCTAssertEqual(second.hitsNew, 0)
        XCTAssertEqual(second.hitsGone, 0)
        XCTAssertEqual(second.added + second.changed + second.removed + second.recordsNew + second.recordsChanged, 0)
        XCTAssertEqual(try store.hits().map(\.id), before)
        XCTAssertEqual(Set(try store.hits().map(\.status)), [.open])
    }

    func testADismissedHitStaysQuietUntilItsEvidenceChanges() throws {
        let all = try ExportBanReplay.publishedIndex()
        let records = ExportBanReplay.records(first: 0, count: 12, entities: all, crossref: try ExportBanReplay.crossrefAffiliations(12))
        let store = try temporaryStore()
        _ = try rescan(store, all, records)
        let target = try XCTUnwrap(try store.hits().first { $0.hit.recordID == "replay:2" })
        let entityID = target.hit.entityID
        try store.review(hitID: target.id, decision: .dismissed, note: "another company of the same name", reviewer: "K. Sato")
        XCTAssertEqual(try store.hits().first { $0.id == target.id }?.review?.decision, "dismissed")

        // The entry is removed: the hit is gone.
        let without = all.filter { $0.id != entityID }
        XCTAssertGreaterThan(try rescan(store, without, []).hitsGone, 0)
        XCTAssertEqual(try store.hits().first { $0.id == target.id }?.status, .gone)
        XCTAssertTrue(try store.hits(statuses: [.gone]).contains { $0.id == target.id })

        // The same entry comes back: the hit is open again, not new, since it was dismissed on this evidence.
        _ = try rescan(store, all, [])
        let back = try XCTUnwrap(try store.hits().first { $0.id == target.id })
        XCTAssertEqual(back.status, .open)
        XCTAssertEqual(back.review?.note, "another company of the same name")
        XCTAssertFalse(try store.hits(statuses: [.new]).contains { $0.id == target.id })

        // The entry is revised (here its remarks, a property check): the evidence changed, the hit is new again.
        let revised = ExportBanReplay.revising(all, id: entityID)
        let summary = try rescan(store, revised, [])
        XCTAssertEqual(summary.changed, 1)
        XCTAssertEqual(try store.hits().first { $0.id == target.id }?.status, .new)
    }

    func testAChangedRecordReplacesItsHits() throws {
        let (store, all, records) = try storeWithReplayRecords(12)
        let first = try XCTUnwrap(try store.hits().first { $0.hit.party == 0 }).hit.recordID
        let before = try store.hits().filter { $0.hit.recordID == first && $0.hit.party == 0 }
        // The record now names another entry.
        var changed = try XCTUnwrap(records.first { $0.id == first })
        changed.parties[0].affiliations = [all[200].name]
        let summary = try rescan(store, all, [changed])
        XCTAssertEqual(summary.recordsChanged, 1)
        XCTAssertEqual(summary.recordsNew, 0)
        for hit in before { XCTAssertEqual(try store.hits().first { $0.id == hit.id }?.status, .gone, hit.hit.entityID) }
        XCTAssertTrue(try store.hits(statuses: [.new]).contains { $0.hit.recordID == first && $0.hit.entityID == all[200].id })
    }

    func testARevisionFindsTheLastAuthorOfALongAuthorList() throws {
        // Places are stored many to a statement: the 70th author's affiliation must still be
        // found when an entry it names joins the list.
        let all = try ExportBanReplay.publishedIndex()
        let entity = all[100]
        let crossref = try ExportBanReplay.crossrefAffiliations(69)
        let parties = crossref.enumerated().map { Party(role: "author", name: "Author \($0.offset)", affiliations: [$0.element]) }
            + [Party(role: "author", name: "Last Author", affiliations: ["\(entity.name), Moscow, Russia"])]
        let record = Record(id: "long-list", kind: "publication", parties: parties)
        let store = try temporaryStore()
        _ = try rescan(store, all.filter { $0.id != entity.id }, [record])
        XCTAssertFalse(try store.hits().contains { $0.hit.entityID == entity.id })
        _ = try rescan(store, all, [])
        let found = try store.hits(statuses: [.new]).filter { $0.hit.entityID == entity.id }
        XCTAssertEqual(found.map(\.hit.party), [69])
        XCTAssertEqual(found.map(\.hit.recordID), ["long-list"])
    }

    func testReviewOfAnUnknownHitFails() throws {
        let store = try temporaryStore()
        XCTAssertThrowsError(try store.review(hitID: "0000000000000000", decision: .confirmed, note: "", reviewer: "x"))
    }

    func testHitIDsAreStableAndDistinguishTheirParts() {
        let a = ContentHash.hitID(recordID: "doi:10.1/x", party: 0, field: .affiliation, mention: "Rubin", entityID: "jp.mofa.russia.202")
        XCTAssertEqual(a, ContentHash.hitID(recordID: "doi:10.1/x", party: 0, field: .affiliation, mention: "Rubin", entityID: "jp.mofa.russia.202"))
        XCTAssertEqual(a.count, 16)
        XCTAssertNotEqual(a, ContentHash.hitID(recordID: "doi:10.1/x", party: 1, field: .affiliation, mention: "Rubin", entityID: "jp.mofa.russia.202"))
        XCTAssertNotEqual(a, ContentHash.hitID(recordID: "doi:10.1/x", party: 0, field: .name, mention: "Rubin", entityID: "jp.mofa.russia.202"))
    }
}
