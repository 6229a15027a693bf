@testable import ScreeningCore
import XCTest

/// Which parties a listed spelling names together (spellings of the US lists and names of
/// the ROR registry), and which commas are not a list of parties.
final class ListedPartiesTests: XCTestCase {
    func testPartiesJoinedBySemicolons() {
        XCTAssertEqual(ListedParties.parties(in: "Fuchu Prison; Union Kogyo Co., Ltd."), ["Fuchu Prison", "Union Kogyo Co., Ltd."])
        XCTAssertEqual(ListedParties.parties(in: "Research Institute “Gidpropridor”; Central Research Institute “Gidropribor”"),
                       ["Research Institute “Gidpropridor”", "Central Research Institute “Gidropribor”"])
        // A note of where it is leaves the party.
        XCTAssertEqual(ListedParties.parties(in: "Nanhu Tree Farm, Zhejiang Sanmei Tea Co., Ltd.; Imaizumi Tea Manufacturing & Trading Co., Ltd. (of Nagoya, Japan)"),
                       ["Nanhu Tree Farm, Zhejiang Sanmei Tea Co., Ltd.", "Imaizumi Tea Manufacturing & Trading Co., Ltd."])
        // One word is no name of its own, unless an acronym; a note in brackets is none.
        XCTAssertEqual(ListedParties.parties(in: "Joint-Stock Company Ravenstvo; Equality"), ["Joint-Stock Company Ravenstvo"])
        XCTAssertEqual(ListedParties.parties(in: "IRGC Air Force; IRGCAF"), ["IRGC Air Force", "IRGCAF"])
        XCTAssertEqual(ListedParties.parties(in: "Southwest Institute of Structural Mechanics; (all of preceding located in or near Mianyang, Sichuan Province)"),
                       ["Southwest Institute of Structural Mechanics"])
        XCTAssertEqual(ListedParties.parties(in: "Engineering Research Laboratories (ERL);—Institute of Industrial Control Systems (IICS)"),
                       ["Engineering Research Laboratories (ERL)", "Institute of Industrial Control Systems (IICS)"])
        // A stray semicolon parts nothing; a semicolon in brackets is the brackets'.
        XCTAssertEqual(ListedParties.parties(in: "Joint Stock Company Ship Repair Center 'Zvezdochka;'"), [])
        XCTAssertEqual(ListedParties.parties(in: "Harbin Institute of Technology (HIT; Harbin)"), [])
    }

    func testPartiesListedWithCommasAndAnd() {
        XCTAssertEqual(ListedParties.parties(in: "Kumar Carpet Pvt., Singhe Carpet Pvt., Ltd., Norsang Carpet Industries Pvt., Ltd., Annapurna Carpet, Everest Carpet, Valley Carpet, and K.K. Carpet Industries; Kathmandu."),
                       ["Kumar Carpet Pvt., Singhe Carpet Pvt., Ltd., Norsang Carpet Industries Pvt., Ltd., Annapurna Carpet, Everest Carpet, Valley Carpet, and K.K. Carpet Industries",
                        "Kumar Carpet Pvt.", "Singhe Carpet Pvt., Ltd.", "Norsang Carpet Industries Pvt., Ltd.", "Annapurna Carpet", "Everest Carpet",
                        "Valley Carpet", "K.K. Carpet Industries"])
        XCTAssertEqual(ListedParties.parties(in: "Dominguez, Carlos; Elint, S.A., Spain Night Vision, S.A., and SNV, S.A"),
                       ["Dominguez, Carlos", "Elint, S.A., Spain Night Vision, S.A., and SNV, S.A", "Elint, S.A.", "Spain Night Vision, S.A.", "SNV, S.A"])
        XCTAssertEqual(ListedParties.parties(in: "LIMMT (Dalian) Economic and Trade Organization, and Liaoning Industry & Trade Co., Ltd."),
                       ["LIMMT (Dalian) Economic and Trade Organization", "Liaoning Industry & Trade Co., Ltd."])
    }

    /// Commas that part a name's fields, a person's name or a note are no list of parties.
    func testCommasOfOneName() {
        for name in ["Changchun Institute of Optics, Fine Mechanics, and Physics",
                     "Inner Mongolia Hengzheng Group Baoanzhao Agriculture, Industry, and Trade Co., Ltd.",
                     "Spanish Society of Preventive Medicine, Public Health, and Health Management",
                     "Michigan Department of Environment, Great Lakes, and Energy",
                     "Imaging, Innovative Radiotherapy, and Systems Medicine",
                     "Lavery III, Henry L., and Security Assistance International, Inc.",
                     "China Aerospace Science and Technology Corporation (CASC) First Academy, and its subunits and successors",
                     "Hoshine Silicon Industry (Shanshan) Co., Ltd., and Subsidiaries",
                     "Harbin Institute of Technology"] {
            XCTAssertEqual(ListedParties.parties(in: name), [], name)
        }
        // An address's semicolons part addresses (`ListedAddress`).
        XCTAssertEqual(ListedParties.parties(in: "M.A.G. Tech, 5762 Royalmount Ave, Montreal, QC, H4P 1K5, Canada; and 5440 Queen Mart St, Office 103, Montreal, Canada"), [])
    }

    /// The index holds each party, with its acronym in brackets left out too, as made from
    /// the listed spelling; the entry of a person and companies is a person's too.
    func testTheIndexHoldsEachParty() {
        let listed = "Engineering Research Laboratories (ERL);—Institute of Industrial Control Systems (IICS)"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:1655", name: "Abdul Qader Khan Research Laboratories", aliases: [listed]))
        for party in ["Engineering Research Laboratories", "Institute of Industrial Control Systems"] {
            XCTAssertTrue(spellings.contains { $0.text == party && $0.derivation == .partyNamed(of: listed) }, "\(party) in \(spellings.map(\.text))")
        }
        let mixed = ListedEntity(id: "state-debarred-admin:3", name: "Dominguez, Carlos; Elint, S.A., Spain Night Vision, S.A., and SNV, S.A")
        XCTAssertEqual(EntityIndex.Partition.of(mixed, normalizer: TestSupport.normalizer), [.organisations, .persons])
        let companies = ListedEntity(id: "cbp-wro:22", name: "Fuchu Prison; Union Kogyo Co., Ltd.")
        XCTAssertEqual(EntityIndex.Partition.of(companies, normalizer: TestSupport.normalizer), [.organisations])
    }
}
