@testable import ScreeningCore
import XCTest

/// Depths in a registry's hierarchy, and ties ranked by them. Synthetic entities: the
/// properties (chains, cycles, links leaving the loaded lists) rather than quality; the
/// registry's own case is in `RegistryMatchingTests`.
final class EntityHierarchyTests: XCTestCase {
    private func entities(_ ids: [String]) -> [ListedEntity] { ids.map { ListedEntity(id: $0, name: "Same Name") } }

    func testDepthCountsLoadedAncestorsThroughParentsOfParents() {
        let hierarchy = EntityHierarchy(entities: entities(["unit", "faculty", "university", "alone"]),
                                        parents: ["unit": ["faculty"], "faculty": ["university", "not-loaded"]])
        XCTAssertEqual((0..<4).map { hierarchy.depth(of: $0) }, [2, 1, 0, 0])
    }

    func testTheLongestPathCountsWhenAnEntityHasTwoParents() {
        let hierarchy = EntityHierarchy(entities: entities(["lab", "institute", "academy", "ministry"]),
                                        parents: ["lab": ["ministry", "institute"], "institute": ["academy"], "academy": ["ministry"]])
        XCTAssertEqual((0..<4).map { hierarchy.depth(of: $0) }, [3, 2, 1, 0])
    }

    func testACycleOfLinksEndsTheCount() {
        let hierarchy = EntityHierarchy(entities: entities(["a", "b", "c"]), parents: ["a": ["b"], "b": ["c"], "c": ["a"]])
        let depths = (0..<3).map { hierarchy.depth(of: $0) }
        XCTAssertTrue(depths.allSatisfy { (0...2).contains($0) }, "\(depths)")
        XCTAssertEqual(Set(depths).count, 3, "\(depths)")
    }

    /// Where a cycle is cut depends on the ids and links alone, not on the lists' order: a
    /// rescan compares the hierarchy its store kept with the lists' (`HierarchyChanges`),
    /// and a walk in the lists' order took an unchanged cycle for a moved one.
    func testACycleIsCutTheSameWhateverTheOrder() {
        let parents = ["a": ["b"], "b": ["c", "d"], "c": ["a"], "d": [String]()]
        let orders = [["a", "b", "c", "d"], ["d", "c", "b", "a"], ["c", "a", "d", "b"], ["b", "d", "a", "c"]]
        let depths = orders.map { ids in
            let hierarchy = EntityHierarchy(entities: entities(ids), parents: parents)
            return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, hierarchy.depth(of: $0.offset)) })
        }
        for (order, found) in zip(orders, depths) { XCTAssertEqual(found, depths[0], "\(order)") }
    }

    func testNoParentsGivesDepthZero() {
        XCTAssertEqual(EntityHierarchy(entities: entities(["a", "b"]), parents: [:]).depth(of: 1), 0)
        XCTAssertEqual(EntityHierarchy().depth(of: 5), 0)
    }

    /// Depth decides only a tie that everything before it leaves: the entity id comes after.
    func testTheShallowerEntityRanksFirstOnAnOtherwiseFullTie() {
        let child = Match.Placement(lastSegment: 0, aliasLength: 37, printedAsListed: true, primaryName: true, depth: 1)
        let parent = Match.Placement(lastSegment: 0, aliasLength: 37, printedAsListed: true, primaryName: true, depth: 0)
        XCTAssertTrue(Match.ranks(1, parent, "z-parent", above: 1, child, "a-child"))
        XCTAssertFalse(Match.ranks(1, child, "a-child", above: 1, parent, "z-parent"))
        // A higher score or a later segment still comes first.
        XCTAssertTrue(Match.ranks(1, child, "a-child", above: 0.9, parent, "z-parent"))
        let laterChild = Match.Placement(lastSegment: 1, aliasLength: 37, printedAsListed: true, primaryName: true, depth: 1)
        XCTAssertTrue(Match.ranks(1, laterChild, "a-child", above: 1, parent, "z-parent"))
    }
}
