import Foundation
@testable import ScreeningCore
import XCTest

/// An acronym alone counts beside an organisation of its country named in another segment,
/// when that organisation scores the default threshold, whatever the store's is
/// (`Matcher.verify`). A revision that adds either one changes a stored mention's hits
/// though neither was a hit before: incremental still equals full. (A two-entry list, the
/// property alone: "University Aix Marseille" scores 0.90 for Aix-Marseille Université,
/// under this store's threshold of 0.95.)
final class AcronymPartnerRescanTests: StateStoreTestCase {
    private let university = ListedEntity(id: "test:amu", list: "test", kind: .organization, name: "Aix-Marseille Université",
                                          aliases: ["Aix-Marseille University"], country: "FR")
    private let centre = ListedEntity(id: "test:cnrs", list: "test", kind: .organization, name: "Centre National de la Recherche Scientifique",
                                      aliases: ["CNRS"], country: "FR")
    private let record = Record(id: "r1", parties: [Party(role: "author", name: "Marie Curie", affiliations: ["University Aix Marseille, CNRS"])])

    private func run(_ store: StateStore, _ entities: [ListedEntity], records: [Record]) throws -> Rescan.Summary {
        let file = try ExportBanReplay.write(records, name: "records")
        removeAfterwards(file)
        return try Rescan(store: store, normalizer: TestSupport.normalizer, threshold: 0.95, threads: 2)
            .run(entities: entities, listFiles: ["list"], recordFiles: records.isEmpty ? [] : [file])
    }

    /// The hits of a full screen of the record at the store's threshold, by id.
    private func fullScreen(_ entities: [ListedEntity]) -> Set<String> {
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer), threshold: 0.95)
        return Set(screener.hits(for: record).hits.map(ContentHash.hitID))
    }

    func testAddingTheAcronymsEntryOrItsPartnerFindsWhatAFullScreenFinds() throws {
        let both = [university, centre]
        XCTAssertEqual(fullScreen([university]), [], "the university alone scores under the threshold")
        XCTAssertEqual(fullScreen(both).count, 1, "the acronym counts beside it")
        for first in [[university], [centre]] {
            let store = try temporaryStore()
            _ = try run(store, first, records: [record])
            XCTAssertEqual(try store.hits(statuses: [.new, .open]).count, 0)
            let summary = try run(store, both, records: [])
            XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), fullScreen(both), "\(first[0].name) first: \(summary.line)")
        }
    }
}
