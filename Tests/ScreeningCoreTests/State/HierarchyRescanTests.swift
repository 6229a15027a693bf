import Foundation
@testable import ScreeningCore
import XCTest

/// A registry's parent links decide hits (`EntityHierarchy`: "Biological Engineering
/// Department, MIT" counts MIT alone because the registry lists MIT's parts), so a rescan
/// matches with them as `screen` does, keeps them, and rescreens the entries a revision
/// moves in the hierarchy though their content stays. Replayed on the ROR registry's
/// organisations in the United States and real Crossref affiliations: links arriving at a
/// store of the fourth schema, made without them; a parent losing its listed parts; a
/// parent's parts losing their links. After each run the open hits equal a full screen's.
final class HierarchyRescanTests: StateStoreTestCase {
    private static let mit = "https://ror.org/042nb2s44", ucla = "https://ror.org/046rm7j60"

    private func run(_ store: StateStore, _ entities: [ListedEntity], _ parents: [String: [String]], records: [Record]) throws -> Rescan.Summary {
        let file = try ExportBanReplay.write(records, name: "records")
        removeAfterwards(file)
        return try Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2)
            .run(entities: entities, parents: parents, listFiles: ["ror"], recordFiles: records.isEmpty ? [] : [file])
    }

    /// The hit ids of a full screen of `records`.
    private func fullScreen(_ entities: [ListedEntity], _ parents: [String: [String]], _ records: [Record]) -> Set<String> {
        let matcher = Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer, threads: 2),
                              normalizer: TestSupport.normalizer, threads: 2, parents: parents)
        let screener = Screener(matcher: matcher)
        return Set(records.flatMap { screener.hits(for: $0).hits.map(ContentHash.hitID) })
    }

    func testRevisionsOfTheHierarchyFindWhatAFullScreenFinds() throws {
        // The registry's organisations in the United States (4,145, a ninth of it, whose
        // whole index a debug build makes in seconds), with their links.
        let loaded = try ListFiles.load([TestSupport.shared("registries/ror-v2-partial.jsonl.gz").path])
        let entities = loaded.entities.filter { $0.country == "US" }
        let ids = Set(entities.map(\.id))
        let parents = loaded.parents.filter { ids.contains($0.key) }
        let records = try ([("mit", "Biological Engineering Department, MIT")]
                           + ExportBanReplay.crossrefAffiliations(1500).enumerated().map { ("crossref:\($0.offset)", $0.element) })
            .map { Record(id: $0.0, kind: "publication", parties: [Party(role: "author", name: "Author", affiliations: [$0.1])]) }
        // MIT's parts leave the list; then UCLA's parts stay listed but lose their links.
        let withoutMITParts = entities.filter { !(parents[$0.id] ?? []).contains(Self.mit) }
        let fewerLinks = parents.filter { !$0.value.contains(Self.ucla) }
        let versions: [(String, [ListedEntity], [String: [String]])] = [
            ("without links", entities, [:]), ("with links", entities, parents),
            ("without MIT's parts", withoutMITParts, parents), ("UCLA's parts unlinked", withoutMITParts, fewerLinks),
        ]
        let path = temporaryStorePath()
        var store = try StateStore(path: path)
        var fullHits: [Set<String>] = []
        for (step, (name, list, links)) in versions.enumerated() {
            if step == 1 {
                // As the fourth schema left it, which kept no links: opened, it takes the fifth.
                try store.db.execute("DROP TABLE entity_parents")
                try store.setMeta("schema", "4")
                store = try StateStore(path: path)
                XCTAssertEqual(try store.meta("schema"), StateSchema.version)
            }
            let summary = try run(store, list, links, records: step == 0 ? records : [])
            let full = fullScreen(list, links, records)
            XCTAssertEqual(Set(try store.hits(statuses: [.new, .open]).map(\.id)), full, "\(name): \(summary.line)")
            fullHits.append(full)
        }
        // Each revision changes what a full screen finds: otherwise the test shows nothing.
        for step in 1..<versions.count {
            XCTAssertNotEqual(fullHits[step], fullHits[step - 1], "\(versions[step].0) changes no hit")
        }
        let mitHit = ContentHash.hitID(recordID: "mit", party: 0, field: .affiliation,
                                       mention: "Biological Engineering Department, MIT", entityID: Self.mit)
        XCTAssertTrue(fullHits[1].contains(mitHit), "MIT counts alone once the registry lists its parts")
        XCTAssertFalse(fullHits[2].contains(mitHit), "nor without them")
        // A run with the same lists again changes nothing.
        let again = try run(store, withoutMITParts, fewerLinks, records: [])
        XCTAssertEqual(again.hitsNew, 0, again.line)
        XCTAssertEqual(again.movedInHierarchy, 0, again.line)
    }
}
