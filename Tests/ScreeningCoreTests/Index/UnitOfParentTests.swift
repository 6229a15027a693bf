@testable import ScreeningCore
import XCTest

/// Which listed numbered units of a group are also indexed unit first (spellings of the US
/// Entity List, brackets left out as the index leaves them).
final class UnitOfParentTests: XCTestCase {
    func testANumberedUnitAfterItsGroupComesFirst() {
        XCTAssertEqual(UnitOfParent.unitFirst("China Electronics Technology Group Corporation 13th Research Institute"),
                       "13th Research Institute of China Electronics Technology Group Corporation")
        XCTAssertEqual(UnitOfParent.unitFirst("China State Shipbuilding Corporation, Limited 710th Research Institute"),
                       "710th Research Institute of China State Shipbuilding Corporation Limited")
        XCTAssertEqual(UnitOfParent.unitFirst("China Electronic Technology Group Corporation No. 11 Research Institute"),
                       "No. 11 Research Institute of China Electronic Technology Group Corporation")
        XCTAssertEqual(UnitOfParent.unitFirst("China Aerospace Science and Technology Corporation 8th Academy"),
                       "8th Academy of China Aerospace Science and Technology Corporation")
    }

    func testOtherNamesStayAsListed() {
        // The parent is only a legal form.
        XCTAssertNil(UnitOfParent.unitFirst("Open Joint Stock Company 140 Repair Plant"))
        // No group's word before the number, or no unit after it.
        XCTAssertNil(UnitOfParent.unitFirst("Liyang No. 28 System Equipment Co., Ltd."))
        XCTAssertNil(UnitOfParent.unitFirst("Zhejiang Province No. 4 Prison"))
        XCTAssertNil(UnitOfParent.unitFirst("Beijing Aerospace Group 3 Holdings"))
        // A subordinate named after the unit is the subordinate's entry (`SubordinateName`).
        XCTAssertNil(UnitOfParent.unitFirst("China Electronics Technology Group Corporation 13th Research Institute subordinate institution: Envoltek"))
        XCTAssertNil(UnitOfParent.unitFirst("Harbin Institute of Technology"))
    }

    func testTheIndexHoldsTheUnitFirst() {
        let listed = "China Electronics Technology Group Corporation 38th Research Institute (CETC 38)"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:424", kind: .organization, name: listed))
        XCTAssertEqual(spellings.last?.text, "38th Research Institute of China Electronics Technology Group Corporation")
        XCTAssertEqual(spellings.last?.derivation, .unitFirst(of: listed))
    }
}
