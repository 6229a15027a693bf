import Foundation
@testable import ScreeningCore
import XCTest

/// Which entries a revision of a registry's links moves (`Rescan.movedInHierarchy`): those
/// whose depth or count of parts changes, and the other holders of their acronyms, which
/// take in no further holders of their own other acronyms. Twenty chains of names (made for
/// this property: a part linked to its parent, a second holder of the part's acronym that
/// also holds another, a third holder of that other one): a walk that grew the set while
/// visiting the acronyms took in a chain's third holder or not by the order it met them,
/// which changes from one process to the next.
final class HierarchyMovesTests: XCTestCase {
    private func organisation(_ id: String, _ name: String, aliases: [String]) -> ListedEntity {
        ListedEntity(id: id, list: "test", kind: .organization, name: name, aliases: aliases, country: "US")
    }

    func testAcronymHoldersAreTakenInFromTheEntriesTheLinksMovedAlone() {
        let letters = Array("ABCDEFGHIJKLMNOPQRST")
        var entities: [ListedEntity] = [], parents: [String: [String]] = [:]
        for letter in letters {
            let (part, other) = ("QX\(letter)", "QY\(letter)")
            entities += [organisation("parent-\(letter)", "Parent Foundation \(letter)", aliases: []),
                         organisation("part-\(letter)", "Part Institute \(letter)", aliases: [part]),
                         organisation("second-\(letter)", "Second Company \(letter)", aliases: [part, other]),
                         organisation("third-\(letter)", "Third Company \(letter)", aliases: [other])]
            parents["part-\(letter)"] = ["parent-\(letter)"]
        }
        let moved = Rescan.movedInHierarchy(storedIDs: entities.map(\.id), storedParents: [:], current: entities,
                                            parents: parents, revised: [])
        XCTAssertEqual(Set(moved.map(\.id)), Set(letters.flatMap { ["parent-\($0)", "part-\($0)", "second-\($0)"] }))
        // The same links kept: nothing moves; an entry revised in content is not counted twice.
        XCTAssertEqual(Rescan.movedInHierarchy(storedIDs: entities.map(\.id), storedParents: parents, current: entities,
                                               parents: parents, revised: []).count, 0)
        XCTAssertFalse(Rescan.movedInHierarchy(storedIDs: entities.map(\.id), storedParents: [:], current: entities,
                                               parents: parents, revised: ["part-A"]).contains { $0.id == "part-A" })
    }
}
