import XCTest
@testable import ScreeningCore

final class OwnAcronymTests: XCTestCase {
    /// The Entity List's entry for the Chinese Academy of Engineering Physics, as it writes
    /// the academy's acronym: only inside another alias.
    func testAnAcronymOfTheEntitysNameInsideAnotherAlias() {
        let alias = "Southwest Institute of Nuclear Physics and Chemistry (a.k.a., China Academy of Engineering Physics (CAEP)'s 902 Institute)"
        let names = ["Chinese Academy of Engineering Physics", "Ninth Academy", alias]
        let found = OwnAcronym.inside(names)
        XCTAssertEqual(found.map(\.acronym), ["CAEP"])
        XCTAssertEqual(found.first?.listed, alias)
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:472", kind: .organization, name: names[0],
                                                                aliases: Array(names.dropFirst())))
        XCTAssertEqual(spellings.filter { $0.text == "CAEP" }.map(\.derivation), [.acronymInBrackets(of: alias)])
    }

    func testNotAnotherNamesAcronymNorOneTheNamesGive() {
        // The group's acronym before its unit: the group's name is none of the entity's.
        XCTAssertEqual(OwnAcronym.inside(["China State Shipbuilding Corporation, Limited (CSSC) 7th Research Academy"]).map(\.acronym), [])
        // Ending the name: `BracketedName` indexes it; listed alone: the list's own.
        XCTAssertEqual(OwnAcronym.inside(["National University of Defense Technology (NUDT)"]).map(\.acronym), [])
        XCTAssertEqual(OwnAcronym.inside(["Harbin Institute of Technology", "HIT", "Harbin Institute of Technology (HIT) Shenzhen"]).map(\.acronym), [])
        XCTAssertEqual(OwnAcronym.inside(["Harbin Institute of Technology", "Harbin Institute of Technology (HIT) Shenzhen"]).map(\.acronym), ["HIT"])
        // Initials that are not the name's.
        XCTAssertEqual(OwnAcronym.inside(["Harbin Institute of Technology", "Harbin Institute of Technology (XYZ) Shenzhen"]).map(\.acronym), [])
    }
}
