import Foundation
@testable import ScreeningCore
import XCTest

/// A stored mention in katakana meets an added entry's English name by its reading
/// (`LoanWordCandidates`), which shares no grams with it: the rescan finds it by the loan-word
/// grams the mention was stored with, and incremental equals full. MOFA's 株式会社アルマズ
/// and its English name, Almaz JSC, listed alone; OOO Planar, a name of the same consonants,
/// stays unhit throughout.
final class KatakanaReadingRescanTests: StateStoreTestCase {
    private let record = Record(id: "gazette:1", parties: [Party(role: "applicant", name: "-", affiliations: ["株式会社アルマズ"])])

    private func fullScreen(_ entities: [ListedEntity]) -> Set<String> {
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer), threshold: Matcher.defaultThreshold)
        return Set(screener.hits(for: record).hits.map(ContentHash.hitID))
    }

    func testAnAddedEnglishNameMeetsAStoredKatakanaName() throws {
        try TestSupport.requireJapaneseLexicon()
        let path = try TestSupport.shared("lists/meti-export-ban/russia-export-prohibition___index.yml").path
        let listed = try ListFiles.load([path]).entities
        func english(_ id: String) throws -> ListedEntity {
            let entity = try XCTUnwrap(listed.first { $0.id == id })
            return ListedEntity(id: entity.id, list: "english-names", kind: entity.kind, name: entity.name, country: entity.country)
        }
        let (almaz, planar) = (try english("jp.mofa.russia.134"), try english("jp.mofa.russia.86"))
        XCTAssertEqual(fullScreen([planar]), [])
        XCTAssertEqual(fullScreen([planar, almaz]).count, 1)
        let store = try temporaryStore()
        _ = try rescan(store, [planar], [record])
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), [])
        let added = try rescan(store, [planar, almaz], [])
        XCTAssertEqual(added.hitsNew, 1, added.line)
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), fullScreen([planar, almaz]), added.line)
        let removed = try rescan(store, [planar], [])
        XCTAssertEqual(removed.hitsGone, 1, removed.line)
        XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), [], removed.line)
        let again = try rescan(store, [planar], [])
        XCTAssertEqual(again.hitsNew, 0, again.line)
    }
}
