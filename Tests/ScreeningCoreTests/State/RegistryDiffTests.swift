import Foundation
import ScreeningCore
import XCTest

/// A registry's revision can move an entry without touching its names: `lists diff` shows a
/// parent link gained or lost as a change in `parents`, with the parents named, since
/// matching reads the links (`EntityHierarchy`). On the ROR registry, one of MIT's parts
/// unlinked.
final class RegistryDiffTests: XCTestCase {
    func testAParentLinkLostIsAChangeInParents() throws {
        let loaded = try ListFiles.load([TestSupport.shared("registries/ror-v2-partial.jsonl.gz").path])
        let mit = "https://ror.org/042nb2s44"
        let part = try XCTUnwrap(loaded.entities.first { loaded.parents[$0.id]?.contains(mit) == true })
        var revised = loaded.parents
        revised[part.id] = revised[part.id]?.filter { $0 != mit }
        let diff = EntityDiff(old: loaded.entities, new: loaded.entities, oldParents: loaded.parents, newParents: revised)
        XCTAssertEqual(diff.changed.map(\.new.id), [part.id])
        XCTAssertEqual(diff.changed.first?.fields, ["parents"])
        XCTAssertTrue(diff.readable.contains("parents: \(mit) (Massachusetts Institute of Technology)"), diff.readable)
        XCTAssertTrue(diff.readable.contains("→ (none)"), diff.readable)
        XCTAssertTrue(EntityDiff(old: loaded.entities, new: loaded.entities, oldParents: loaded.parents, newParents: loaded.parents).isEmpty)
        // Without links given, as for every other format, the same lists differ in nothing.
        XCTAssertTrue(EntityDiff(old: loaded.entities, new: loaded.entities).isEmpty)
    }
}
