@testable import ScreeningCore
import XCTest

/// Which listed spellings run on into an address, and the name before it (spellings of the
/// US Entity List).
final class ListedAddressTests: XCTestCase {
    func testTheNameBeforeAnAddress() {
        let cases: [(listed: String, name: String?)] = [
            ("China Ship Research and Development Academy. No. 2 Shuangquan Baojia, Chaoyang District, Beijing, China",
             "China Ship Research and Development Academy"),
            // No word of an address: a number and a name may be an institute's.
            ("Transsphere Oy Ltd., 20 Nuolitie, Vantaa, Finland 01740", nil),
            ("BellHuawei Technologies LLC. 5 Dzerzhinsky Ave., Minsk, 220036, Belarus", "BellHuawei Technologies LLC"),
            ("Sergei Nikoleivich Sanev, 5A North Street, Saransk, Republic of Mordovia, Russia 43006; and 53 Sherbakovskaya Street, Building 3, Office 509",
             "Sergei Nikoleivich Sanev"),
            ("Kamensk-Uralsky Metallurgical Works J.S. Co. 5 Zavodskaya St.", "Kamensk-Uralsky Metallurgical Works J.S. Co"),
            // A floor's number with its letter (9F) opens the address as a house number does.
            ("Enrich Ever Technologies Co., 9F No. 38 Ming-Fu 13th Street, Taoyuan, Taiwan", "Enrich Ever Technologies Co."),
            // Numbered institutes are no address.
            ("China Aerospace Science and Industry Corporation (CASIC) 3rd Academy, 31 Research Institute", nil),
            ("CASC 5th Academy, 503 Institute", nil),
            ("China Electronic Technology Group Corporation No. 11 Research Institute", nil),
            ("Zhejiang Province No. 4 Prison", nil),
            ("No. 9 Plant", nil),
            ("Harbin Institute of Technology", nil),
        ]
        for (listed, name) in cases { XCTAssertEqual(ListedAddress.withoutAddress(listed), name, listed) }
    }

    /// An entry of unknown kind written as a person's before its address is read as one.
    func testAPersonBeforeAnAddressIsAPerson() {
        let entity = ListedEntity(id: "bis-entity-list:2740", name: "Sergei Nikoleivich Sanev, 5A North Street, Saransk, Republic of Mordovia, Russia 43006")
        XCTAssertEqual(EntityIndex.Partition.of(entity, normalizer: TestSupport.normalizer), [.organisations, .persons])
        XCTAssertEqual(IndexedForms.spellings(of: entity).map(\.derivation),
                       [nil, .addressLeftOut(of: entity.name)])
    }
}
