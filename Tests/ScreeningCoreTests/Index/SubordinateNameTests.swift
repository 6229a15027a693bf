@testable import ScreeningCore
import XCTest

/// Which subordinate or group a listed spelling names in so many words (spellings of the US
/// lists), and which bracketed notes of a parent leave the name.
final class SubordinateNameTests: XCTestCase {
    func testTheSubordinateAfterItsParentAndTheGroupBeforeItsSubsidiaries() {
        XCTAssertEqual(SubordinateName.named(in: "China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution: MT Microsystems"),
                       "MT Microsystems")
        XCTAssertNil(SubordinateName.named(in: "China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution:"),
                     "no name after the mark")
        XCTAssertEqual(SubordinateName.named(in: "Tangshan Sanyou Group and its Subsidiaries"), "Tangshan Sanyou Group")
        XCTAssertEqual(SubordinateName.named(in: "Xinjiang Production and Construction Corporation (XPCC) and its subordinates"),
                       "Xinjiang Production and Construction Corporation (XPCC)")
        XCTAssertEqual(SubordinateName.named(in: "Poly Technologies Incorporated (PTI), and its subunits and successors"),
                       "Poly Technologies Incorporated (PTI)")
        XCTAssertNil(SubordinateName.named(in: "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)"))
        XCTAssertNil(SubordinateName.named(in: "Harbin Institute of Technology"))
    }

    /// The subordinate's name is the entry's; the parent's before it is not.
    func testTheIndexHoldsTheSubordinatesName() {
        let listed = "China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution: Hebei Medicines Health"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:409", name: listed))
        XCTAssertTrue(spellings.contains { $0.text == "Hebei Medicines Health" && $0.derivation == .subordinateNamed(of: listed) }, "\(spellings.map(\.text))")
        XCTAssertFalse(spellings.contains { $0.text.hasSuffix("(CETC 13)") || $0.text == "China Electronics Technology Group Corporation 13th Research Institute" },
                       "\(spellings.map(\.text))")
    }

    /// A group named with its subunits: its name without the acronym in brackets too, and a
    /// numbered unit's spellings (`UnitOfParent`) made of the name, not of the note.
    func testTheIndexHoldsTheGroupsNameWithoutItsNote() {
        let listed = "China Aerospace Science and Technology Corporation (CASC) First Academy, and its subunits and successors"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "state-nonproliferation:487", name: listed)).map(\.text)
        for made in ["China Aerospace Science and Technology Corporation (CASC) First Academy",
                     "China Aerospace Science and Technology Corporation First Academy",
                     "First Academy of China Aerospace Science and Technology Corporation", "CASC First Academy", "First Academy of CASC"] {
            XCTAssertTrue(spellings.contains(made), "\(made) in \(spellings)")
        }
        XCTAssertFalse(spellings.contains { $0.contains("successors of") }, "\(spellings)")
    }

    func testANoteOfTheParentInBracketsLeavesTheName() {
        XCTAssertEqual(BracketedName.spellings(of: "Guangzhou Hongyu Technology Co., Ltd. (a subordinate institute of CETC-7)").map(\.text),
                       ["Guangzhou Hongyu Technology Co., Ltd."])
        XCTAssertEqual(BracketedName.spellings(of: "CNOOC Limited (a subsidiary of China National Offshore Oil Corporation").map(\.text),
                       ["CNOOC Limited"])
        XCTAssertEqual(BracketedName.spellings(of: "Center for International Security and Strategy (affiliated with Tsinghua University)").map(\.text),
                       ["Center for International Security and Strategy"])
    }
}
