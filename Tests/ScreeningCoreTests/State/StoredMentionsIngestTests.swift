import Foundation
@testable import ScreeningCore
import XCTest

/// New records whose mentions an earlier run stored: those without open hits are not matched
/// again (they match nothing, since every run keeps the stored mentions' hits those of the
/// current lists), those with open hits are, and the store's hits stay a full screen's.
final class StoredMentionsIngestTests: StateStoreTestCase {
    func testNewRecordsReuseStoredMentionsWithoutHitsAndMatchTheRest() throws {
        let (store, list, records) = try storeWithReplayRecords(30)
        // The same parties under new ids, and one party whose affiliation no run has stored.
        var again = records.map { record -> Record in
            var copy = record
            copy.id = "again-" + record.id
            return copy
        }
        again[0].parties.append(Party(role: "author", name: "Tanaka Hanako", affiliations: ["Institute of Oceanography, Qxzvy University"]))
        let places = again.flatMap(Screener.places(of:)).map(\.mention)
        let distinct = Set(places)
        let withHits = Set(try store.hits(statuses: [.new, .open]).map(\.hit.mention))
        let newMentions = distinct.filter { $0.text == "Tanaka Hanako" || $0.text.contains("Qxzvy") }
        XCTAssertEqual(newMentions.count, 2)
        let storedWithoutHits = distinct.subtracting(newMentions).filter { !withHits.contains($0.text) }
        XCTAssertFalse(storedWithoutHits.isEmpty)
        XCTAssertLessThan(storedWithoutHits.count, distinct.count - newMentions.count, "some stored mentions have hits")

        let summary = try rescan(store, list, again)
        XCTAssertEqual(summary.recordsNew, again.count, summary.line)
        XCTAssertEqual(summary.recordMentionsStored, storedWithoutHits.count, summary.line)
        XCTAssertEqual(summary.recordMentionsMatched, distinct.count - storedWithoutHits.count, summary.line)

        // The store's open hits are a full screen's of every record.
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: list, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer))
        let full = Set((records + again).flatMap { screener.hits(for: $0).hits.map(ContentHash.hitID) })
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), full)
        XCTAssertFalse(try store.hits(statuses: [.new]).filter { $0.hit.recordID.hasPrefix("again-") }.isEmpty, "the new records' hits are new")
    }

    /// A mention this run stored, forgotten by its bounded cache and met again, is matched
    /// again: what the store says of mentions stored before the run does not hold for it
    /// (its hits may not be written yet). Tiny batches and cache make every mention leave.
    func testAMentionThisRunStoredAndForgotIsMatchedAgain() throws {
        let list = try ExportBanReplay.publishedIndex()
        let records = ExportBanReplay.records(first: 0, count: 30, entities: list, crossref: try ExportBanReplay.crossrefAffiliations(30))
        let again = records.map { record -> Record in
            var copy = record
            copy.id = "again-" + record.id
            return copy
        }
        let file = try ExportBanReplay.write(records + again, name: "records")
        removeAfterwards(file)
        let store = try temporaryStore()
        var rescan = Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2)
        rescan.batchSize = 2
        rescan.mentionCacheCapacity = 2
        let summary = try rescan.run(entities: list, listFiles: ["list"], recordFiles: [file])
        XCTAssertEqual(summary.recordMentionsStored, 0, summary.line)

        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: list, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer))
        let full = Set((records + again).flatMap { screener.hits(for: $0).hits.map(ContentHash.hitID) })
        XCTAssertFalse(full.isEmpty)
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), full)
    }
}
