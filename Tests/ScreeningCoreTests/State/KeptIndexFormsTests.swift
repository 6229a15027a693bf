import Foundation
@testable import ScreeningCore
import XCTest

/// A rescan keeps the index forms of every current entry, under the normalizer's identity
/// and the entry's content hash, and makes anew those of entries added, changed, or kept
/// under another identity (an upgraded program, regenerated tables); the batches it
/// appends are written again as one before superseded forms outnumber the current ones.
/// On the real export-ban list with records naming its entries.
final class KeptIndexFormsTests: StateStoreTestCase {
    /// Asserts the store keeps the forms `IndexedForms.of` makes of each of `entities`,
    /// and returns how many the batches hold.
    @discardableResult
    private func assertKeepsTheFormsOf(_ entities: [ListedEntity], _ store: StateStore, _ step: String,
                                       file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let normalizer = TestSupport.normalizer
        let kept = try KeptIndexForms(store: store, identity: normalizer.formsIdentity)
        for entity in entities {
            XCTAssertEqual(kept.forms[entity.id]?.hash, ContentHash.of(entity), "\(step): \(entity.id)", file: file, line: line)
            XCTAssertEqual(kept.forms[entity.id]?.forms, IndexedForms.of(entity, normalizer: normalizer).forms, "\(step): \(entity.id)", file: file, line: line)
            let spellings = IndexedForms.spellings(of: entity)
            XCTAssertEqual(kept.forms[entity.id]?.spellings?.map(\.text), spellings.map(\.text), "\(step): \(entity.id)", file: file, line: line)
            XCTAssertEqual(kept.forms[entity.id]?.spellings?.map(\.derivation), spellings.map(\.derivation), "\(step): \(entity.id)", file: file, line: line)
        }
        XCTAssertLessThanOrEqual(kept.stored, 2 * entities.count + 20, step, file: file, line: line)
        return kept.stored
    }

    func testARescanKeepsTheFormsOfTheCurrentEntriesAndRemakesStaleOnes() throws {
        let normalizer = TestSupport.normalizer
        let identity = try XCTUnwrap(normalizer.formsIdentity, "the project's normalizer has an identity")
        XCTAssertEqual(try Normalizer.standard().formsIdentity, identity, "the same files, the same identity")
        let all = try ExportBanReplay.publishedIndex()
        let base = Array(all.dropLast(20))
        let records = ExportBanReplay.records(first: 0, count: 30, entities: all, crossref: try ExportBanReplay.crossrefAffiliations(30))
        let file = try ExportBanReplay.write(records, name: "kept-forms")
        removeAfterwards(file)
        let store = try temporaryStore()
        func rescan(_ entities: [ListedEntity], records: [String] = []) throws -> Rescan.Summary {
            try Rescan(store: store, normalizer: normalizer, threads: 2).run(entities: entities, listFiles: ["test"], recordFiles: records)
        }

        _ = try rescan(base, records: [file])
        XCTAssertEqual(try assertKeepsTheFormsOf(base, store, "the first run"), base.count)

        // Revisions that add, change and remove entries: their forms are made and kept over
        // the earlier ones, a batch a run, until the batches are written again as one.
        var current = base
        var counts: [Int] = []
        for step in 0..<6 {
            current.removeFirst()
            current.append(all[base.count + step])
            for k in stride(from: step, to: current.count, by: 5) { current[k].aliases.append("Alias \(step)") }
            let summary = try rescan(current)
            XCTAssertEqual([summary.added, summary.removed], [1, 1], "revision \(step)")
            XCTAssertGreaterThan(summary.changed, 100, "revision \(step)")
            counts.append(try assertKeepsTheFormsOf(current, store, "revision \(step)"))
        }
        XCTAssertTrue(zip(counts, counts.dropFirst()).contains { $1 < $0 }, "the batches were written again as one: \(counts)")

        // Forms kept under another identity are not used, and are made anew.
        try store.setMeta("forms_identity", "another program")
        XCTAssertTrue(try KeptIndexForms(store: store, identity: identity).forms.isEmpty)
        current.append(all.last!)
        XCTAssertEqual(try rescan(current).added, 1)
        XCTAssertEqual(try store.meta("forms_identity"), identity)
        XCTAssertEqual(try assertKeepsTheFormsOf(current, store, "after another identity"), current.count)

        // Batches kept without spellings (by a store of schema 5): the next run that builds
        // the index keeps every entry's, forms and spellings written again as one batch.
        try store.db.run("UPDATE entity_forms SET spellings = ''")
        XCTAssertTrue(try KeptIndexForms(store: store, identity: identity).forms.values.allSatisfy { $0.spellings == nil })
        current.append(all[all.count - 2])
        XCTAssertEqual(try rescan(current).added, 1)
        XCTAssertEqual(try assertKeepsTheFormsOf(current, store, "after batches without spellings"), current.count)

        // A normalizer of unknown identity keeps nothing.
        XCTAssertTrue(try KeptIndexForms(store: store, identity: nil).forms.isEmpty)
    }

    /// Ids are read back on the line feed's byte: an id holding one, even inside "\r\n" (one
    /// Character), is not kept, and the ids after it keep their own forms.
    func testAnIdHoldingALineFeedIsNotKeptAndTheOthersAre() throws {
        let normalizer = TestSupport.normalizer
        var entities = Array(try ExportBanReplay.publishedIndex().prefix(4))
        entities[1].id = "line\r\nbreak"
        entities[2].id = "ÉCOLE-2"
        // Records, so that the run builds its index (and keeps the forms it made).
        let file = try ExportBanReplay.write(ExportBanReplay.records(first: 0, count: 3, entities: entities,
                                                                     crossref: try ExportBanReplay.crossrefAffiliations(3)),
                                             name: "kept-forms-ids")
        removeAfterwards(file)
        let store = try temporaryStore()
        _ = try Rescan(store: store, normalizer: normalizer, threads: 2).run(entities: entities, listFiles: ["test"], recordFiles: [file])
        let kept = try KeptIndexForms(store: store, identity: normalizer.formsIdentity)
        XCTAssertNil(kept.forms[entities[1].id])
        var others = entities
        others.remove(at: 1)
        XCTAssertEqual(try assertKeepsTheFormsOf(others, store, "the ids beside it"), others.count)
    }
}
