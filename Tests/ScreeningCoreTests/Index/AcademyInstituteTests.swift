@testable import ScreeningCore
import XCTest

/// Which listed institutes of the Chinese Academy of Sciences are also indexed without the
/// Academy's name (`AcademyInstitute`): those whose own names hold commas (spellings of the
/// US Entity List and of ones like them).
final class AcademyInstituteTests: XCTestCase {
    func testAnInstituteWithCommasOfItsOwnIsIndexedWithoutTheAcademy() {
        let cases: [(String, String?)] = [
            ("Chinese Academy of Sciences Changchun Institute of Optics, Fine Mechanics, and Physics",
             "Changchun Institute of Optics, Fine Mechanics, and Physics"),
            ("Changchun Institute of Optics, Fine Mechanics, and Physics, CAS", "Changchun Institute of Optics, Fine Mechanics, and Physics"),
            ("Changchun Institute of Optics, Fine Mechanics, and Physics, Chinese Academy of Sciences",
             "Changchun Institute of Optics, Fine Mechanics, and Physics"),
            // No comma of its own: met with the Academy's name in the next segment as listed.
            ("Ningbo Institute of Materials Technology and Engineering, Chinese Academy of Sciences", nil),
            ("Chinese Academy of Sciences Institute of Computing Technology", nil),
            // A kind or a unit first: many institutes' name.
            ("Chinese Academy of Sciences, Institute of Physics", nil),
            ("Chinese Academy of Sciences, Key Laboratory for Quantum Information", nil),
            ("Institute of Optics, Mechanics, and Physics, CAS", nil),
            ("Chinese Academy of Sciences - Center for Excellence in Quantum Information and Quantum Physics", nil),
            // Another academy.
            ("Rzhanov Institute of Semiconductor Physics, Siberian Branch of Russian Academy of Sciences", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(AcademyInstitute.withoutAcademy(listed), expected, listed)
        }
    }
}
