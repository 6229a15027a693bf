import Foundation
@testable import ScreeningCore
import XCTest

/// A revision of one list can give an entry of another its country (`InferredCountries`):
/// the entry is then changed though its own list is not, and incremental still equals full.
/// The 1286 list's Institute of High Energy Physics, stored beside a paper of the Chinese
/// Academy's institute of that name, becomes the Entity List's Russian one when that list
/// comes: its hit goes, and comes back when the list goes again.
final class InferredCountryRescanTests: StateStoreTestCase {
    private let record = Record(id: "s2aff:1441", parties: [
        Party(role: "author", name: "Li Wei", affiliations: ["Institute of High Energy Physics, CAS, Beijing, People’s Republic of China"]),
    ])

    /// The hits of a full screen of the record, by id.
    private func fullScreen(_ entities: [ListedEntity]) -> Set<String> {
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer), threshold: Matcher.defaultThreshold)
        return Set(screener.hits(for: record).hits.map(ContentHash.hitID))
    }

    func testAnotherListsEntryOfTheSameNameChangesTheEntrysHits() throws {
        let lists = try TestSupport.usLists()
        let dow = try XCTUnwrap(lists.first { $0.id == "dow-1286:80" })
        let bis = try XCTUnwrap(lists.first { $0.id == "bis-entity-list:2159" })
        XCTAssertEqual(fullScreen([dow]).count, 1, "with no country, the Beijing institute meets the 1286 entry")
        XCTAssertEqual(fullScreen([dow, bis]), [], "as Russia's, neither entry")
        let store = try temporaryStore()
        _ = try rescan(store, [dow], [record])
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), fullScreen([dow]))
        let added = try rescan(store, [dow, bis], [])
        XCTAssertEqual(added.changed, 1, added.line)
        XCTAssertEqual(added.hitsGone, 1, added.line)
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), fullScreen([dow, bis]), added.line)
        let removed = try rescan(store, [dow], [])
        XCTAssertEqual(removed.changed, 1, removed.line)
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), fullScreen([dow]), removed.line)
        let again = try rescan(store, [dow], [])
        XCTAssertEqual(again.changed, 0, again.line)
        XCTAssertEqual(again.hitsNew, 0, again.line)
    }
}
