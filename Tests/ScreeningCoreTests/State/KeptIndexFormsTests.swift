import Foundation
@testable import ScreeningCore
import XCTest

/// A rescan keeps the index forms of every current entry, under the normalizer's identity
/// and the entry's content hash, and makes anew those of entries added, changed, kept
/// under another hash (an older program changed the entry) or under another identity (an
/// upgraded program, regenerated tables); a removed entry's go. On the real export-ban
/// list with records naming its entries.
final class KeptIndexFormsTests: XCTestCase {
    private var temporaries: [String] = []

    override func tearDown() {
        for path in temporaries { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    }

    /// Asserts the store keeps exactly the forms `IndexedForms.of` makes of `entities`.
    private func assertKeepsTheFormsOf(_ entities: [ListedEntity], _ store: StateStore, _ step: String,
                                       file: StaticString = #filePath, line: UInt = #line) throws {
        let normalizer = TestSupport.normalizer
        let kept = try store.keptForms(identity: normalizer.formsIdentity)
        XCTAssertEqual(Set(kept.keys), Set(entities.map(\.id)), step, file: file, line: line)
        for entity in entities {
            XCTAssertEqual(kept[entity.id]?.hash, ContentHash.of(entity), "\(step): \(entity.id)", file: file, line: line)
            XCTAssertEqual(kept[entity.id]?.forms, IndexedForms.of(entity, normalizer: normalizer).forms, "\(step): \(entity.id)", file: file, line: line)
        }
    }

    func testARescanKeepsTheFormsOfTheCurrentEntriesAndRemakesStaleOnes() throws {
        let normalizer = TestSupport.normalizer
        let identity = try XCTUnwrap(normalizer.formsIdentity, "the project's normalizer has an identity")
        XCTAssertEqual(try Normalizer.standard().formsIdentity, identity, "the same files, the same identity")
        let all = try ExportBanReplay.publishedIndex()
        let base = Array(all.dropLast(20))
        let records = ExportBanReplay.records(first: 0, count: 30, entities: all, crossref: try ExportBanReplay.crossrefAffiliations(30))
        let file = try ExportBanReplay.write(records, name: "kept-forms")
        temporaries.append(file)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString).sqlite").path
        temporaries.append(path)
        let store = try StateStore(path: path)
        func rescan(_ entities: [ListedEntity], records: [String] = []) throws -> Rescan.Summary {
            try Rescan(store: store, normalizer: normalizer, threads: 2).run(entities: entities, listFiles: ["test"], recordFiles: records)
        }

        _ = try rescan(base, records: [file])
        try assertKeepsTheFormsOf(base, store, "the first run")

        // An entry kept under another hash (as if an older program had changed it), then a
        // revision that adds twenty entries and removes one: the index is built again.
        let stale = base[3].id
        try store.db.run("UPDATE entity_forms SET hash = 1 WHERE id = ?", [.text(stale)])
        let revised = Array(all.dropFirst(1))
        let summary = try rescan(revised)
        XCTAssertEqual(summary.added, 20)
        XCTAssertEqual(summary.removed, 1)
        try assertKeepsTheFormsOf(revised, store, "after a revision")

        // Forms kept under another identity are not used, and are made anew.
        try store.setMeta("forms_identity", "another program")
        XCTAssertTrue(try store.keptForms(identity: identity).isEmpty)
        XCTAssertEqual(try rescan(all).added, 1)
        XCTAssertEqual(try store.meta("forms_identity"), identity)
        try assertKeepsTheFormsOf(all, store, "after another identity")

        // A normalizer of unknown identity keeps nothing.
        XCTAssertTrue(try store.keptForms(identity: nil).isEmpty)
    }
}
