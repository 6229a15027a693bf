@testable import ScreeningCore
import XCTest

/// Which listed names lose their namesake's initials (`NamesakeInitials`): spellings of the
/// US lists, and names that only look alike.
final class NamesakeInitialsTests: XCTestCase {
    func testTheNamesakesInitialsLeaveTheName() {
        let cases: [(String, String?)] = [
            ("A.A. Kharkevich Institute for Information Transmission Problems", "Kharkevich Institute for Information Transmission Problems"),
            ("V.A. Trapeznikov Institute of Control Sciences", "Trapeznikov Institute of Control Sciences"),
            ("A.M. Isayev Chemical Engineering Design Bureau", "Isayev Chemical Engineering Design Bureau"),
            ("R.Ye. Alekseyev Central Design Bureau for Hydrofoil Ships", "Alekseyev Central Design Bureau for Hydrofoil Ships"),
            ("A. Lyulki Experimental-Design Bureau", "Lyulki Experimental-Design Bureau"),
            ("D. Mendeleyev University of Chemical Technology of Russia", "Mendeleyev University of Chemical Technology of Russia"),
            ("V.A. Degtyarev Plant", "Degtyarev Plant"),
            // A person, a company named by its letters, a title, a saint: no namesake's initials.
            ("J. Robert Shubert", nil),
            ("A.Q. Khan", nil),
            ("U.H.L. Company", nil),
            ("Dr. A.Q. Khan Research Laboratories", nil),
            ("St. Petersburg Naval Design Bureau Almaz", nil),
            ("A.C. International", nil),
            ("Keldysh Institute of Applied Mathematics", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(NamesakeInitials.withoutInitials(listed), expected, listed)
        }
    }

    /// Made of the name without its academy too, and said in the hit's explanation.
    func testTheIndexHoldsTheNameWithoutInitialsOrAcademy() {
        let listed = "A.A. Kharkevich Institute for Information Transmission Problems (IITP), Russian Academy of Sciences (RAS)"
        let spellings = IndexedForms.spellings(of: ListedEntity(id: "bis-entity-list:1858", name: listed))
        XCTAssertTrue(spellings.contains { $0.text == "A.A. Kharkevich Institute for Information Transmission Problems" && $0.derivation == .academyLeftOut(of: listed) },
                      "\(spellings.map(\.text))")
        XCTAssertTrue(spellings.contains { $0.text == "Kharkevich Institute for Information Transmission Problems" && $0.derivation == .initialsLeftOut(of: listed) },
                      "\(spellings.map(\.text))")
        XCTAssertEqual(spellings.filter { $0.text == "Kharkevich Institute for Information Transmission Problems" }.count, 1)
    }
}
