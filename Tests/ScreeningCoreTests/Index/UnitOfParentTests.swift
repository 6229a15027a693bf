@testable import ScreeningCore
import XCTest

/// Which listed numbered units of a group are also indexed unit first (spellings of the US
/// Entity List, brackets left out as the index leaves them).
final class UnitOfParentTests: XCTestCase {
    func testANumberedUnitAfterItsGroupComesFirst() {
        let cases: [(listed: String, unitFirst: String?)] = [
            ("China Electronics Technology Group Corporation 13th Research Institute",
             "13th Research Institute of China Electronics Technology Group Corporation"),
            ("China State Shipbuilding Corporation, Limited 710th Research Institute",
             "710th Research Institute of China State Shipbuilding Corporation Limited"),
            ("China Electronic Technology Group Corporation No. 11 Research Institute",
             "No. 11 Research Institute of China Electronic Technology Group Corporation"),
            ("China Aerospace Science and Technology Corporation 8th Academy", "8th Academy of China Aerospace Science and Technology Corporation"),
            ("China Aerospace Science and Technology Corporation First Academy", "First Academy of China Aerospace Science and Technology Corporation"),
            // An ordinal is one only capitalized as a name's word, after the group.
            ("China Aerospace Science and Technology Corporation first Academy", nil),
            ("First Affiliated Hospital of Zhengzhou University", nil),
            // The parent is only a legal form.
            ("Open Joint Stock Company 140 Repair Plant", nil),
            // No group's word before the number, or no unit after it.
            ("Liyang No. 28 System Equipment Co., Ltd.", nil),
            ("Zhejiang Province No. 4 Prison", nil),
            ("Beijing Aerospace Group 3 Holdings", nil),
            // A subordinate named after the unit is the subordinate's entry (`SubordinateName`).
            ("China Electronics Technology Group Corporation 13th Research Institute subordinate institution: Envoltek", nil),
            ("Harbin Institute of Technology", nil),
        ]
        for (listed, unitFirst) in cases { XCTAssertEqual(UnitOfParent.unitFirst(listed), unitFirst, listed) }
    }

    func testAUnitNamedWithItsGroupsAcronym() {
        XCTAssertEqual(UnitOfParent.withParentAcronym("China State Shipbuilding Corporation, Limited (CSSC) 710th Research Institute"),
                       ["CSSC 710th Research Institute", "710th Research Institute of CSSC"])
        XCTAssertEqual(UnitOfParent.withParentAcronym("China Aerospace Science and Industry Corporation (CASIC) Fourth Academy"),
                       ["CASIC Fourth Academy", "Fourth Academy of CASIC"])
        XCTAssertEqual(UnitOfParent.withParentAcronym("China Shipbuilding Industry Group Co., Ltd. (CSIC) 750th Test Center"),
                       ["CSIC 750th Test Center", "750th Test Center of CSIC"])
        // No group's word before the acronym, no number or no unit after it, or no acronym.
        for listed in ["Molecular Electronics Research Institute (MERI) 2 Main Street", "Poly Technologies Incorporated (PTI)",
                       "Islamic Revolutionary Guard Corps (IRGC) Aerospace Force", "China Aerospace Science and Industry Corporation (CASIC) 3 Holdings",
                       "China Electronics Technology Group Corporation 38th Research Institute (CETC 38)",
                       "Moore Thread Intelligent Technology (Beijing) Co., Ltd."] {
            XCTAssertEqual(UnitOfParent.withParentAcronym(listed), [], listed)
        }
    }

    func testAUnitNamedWithItsGroupsAcronymAndNumber() {
        XCTAssertEqual(UnitOfParent.withNumberedAcronym("China Electronics Technology Group Corporation 38th Research Institute (CETC 38)"),
                       ["38th Research Institute of CETC", "CETC 38th Research Institute", "CETC 38"])
        XCTAssertEqual(UnitOfParent.withNumberedAcronym("China Electronics Technology Group Corporation 55th Research Institute (CETC55)"),
                       ["55th Research Institute of CETC", "CETC 55th Research Institute", "CETC 55"])
        XCTAssertEqual(UnitOfParent.withNumberedAcronym("China Electronics Technology Group Corporation 29 (CETC 29) Research Institute"),
                       ["29 Research Institute of CETC", "CETC 29 Research Institute", "CETC 29"])
        XCTAssertEqual(UnitOfParent.withNumberedAcronym("China Electronics Technology Group Corporation, 7th Research Institute (CETC-7)"),
                       ["7th Research Institute of CETC", "CETC 7th Research Institute", "CETC 7"])
        // Another number in the brackets, no unit, or no acronym.
        for listed in ["China Electronics Technology Group Corporation 38th Research Institute (CETC 14)",
                       "China Electronics Technology Group Corporation 38 Holdings (CETC 38)",
                       "Molecular Electronics Research Institute (MERI)"] {
            XCTAssertEqual(UnitOfParent.withNumberedAcronym(listed), [], listed)
        }
        // A subordinate's spelling repeats its unit's brackets, and gives no spelling of the unit.
        let subordinate = "China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution: MT Microsystems"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:414", kind: .organization, name: subordinate)).map(\.text)
        XCTAssertFalse(spellings.contains("CETC 13"), "\(spellings)")
    }

    func testAUnitNamedWithItsGroupsAcronymInBracketsAfterIt() {
        let tenth = "10th Research Institute of China Electronic Technology Group Corp (CETC)"
        XCTAssertEqual(UnitOfParent.groupAcronymInBrackets(tenth)?.unit, "10th Research Institute")
        XCTAssertEqual(UnitOfParent.groupAcronymInBrackets(tenth)?.acronym, "CETC")
        // The acronym of the whole name, or of no name there; no number; no unit.
        for listed in ["Institute of Industrial Control Systems (IICS)", "National University of Defense Technology (NUDT)",
                       "10th Research Institute of China Electronic Technology Group Corp (XYZ)",
                       "Research Institute of China Electronic Technology Group Corp (CETC)",
                       "10th Holdings of China Electronic Technology Group Corp (CETC)"] {
            XCTAssertNil(UnitOfParent.groupAcronymInBrackets(listed), listed)
        }
        // Indexed with the group's acronym after the unit, and the acronym not alone.
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:1049", kind: .organization,
                                                                name: "Southwest Research Institute of Electronics Technology",
                                                                aliases: [tenth, "CETC 10th Research Institute"]))
        XCTAssertEqual(spellings.first { $0.text == "10th Research Institute of CETC" }?.derivation, .parentAcronym(of: tenth), "\(spellings.map(\.text))")
        XCTAssertFalse(spellings.contains { $0.text == "CETC" }, "\(spellings.map(\.text))")
    }

    func testAUnitNamedWithTheGroupsAcronymItsOtherNamesGive() {
        let names = ["China Electronics Technology Group Corporation No. 28 Institute",
                     "The 28th Research Institute of China Electronics Technology Group Corporation", "CETC 28", "CETC28"]
        XCTAssertEqual(UnitOfParent.groupAcronyms(in: names), ["CETC"])
        XCTAssertEqual(UnitOfParent.withGroupAcronym(names[1], acronyms: ["CETC"]), ["28th Research Institute of CETC"])
        XCTAssertEqual(UnitOfParent.withGroupAcronym(names[1], acronyms: ["CASIC"]), [])
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:433", kind: .organization, name: names[0],
                                                                aliases: Array(names.dropFirst()))).map(\.text)
        XCTAssertTrue(spellings.contains("28th Research Institute of CETC"), "\(spellings)")
        XCTAssertTrue(spellings.contains("No. 28 Institute of CETC"), "\(spellings)")
        XCTAssertEqual(spellings.filter { $0 == "28th Research Institute of CETC" }.count, 1, "\(spellings)")
    }

    func testTheIndexHoldsTheUnitFirst() {
        let listed = "China Electronics Technology Group Corporation 38th Research Institute (CETC 38)"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:424", kind: .organization, name: listed))
        let unitFirst = spellings.first { $0.text == "38th Research Institute of China Electronics Technology Group Corporation" }
        XCTAssertEqual(unitFirst?.derivation, .unitFirst(of: listed), "\(spellings.map(\.text))")
        XCTAssertEqual(spellings.first { $0.text == "CETC 38" }?.derivation, .parentAcronym(of: listed))
    }
}
