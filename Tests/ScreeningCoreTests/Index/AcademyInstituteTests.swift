@testable import ScreeningCore
import XCTest

/// Which listed institutes of the Chinese and the Russian Academy of Sciences are also
/// indexed without the Academy's name (`AcademyInstitute`): those opening with a name of
/// their own (spellings of the US Entity List and of ones like them).
final class AcademyInstituteTests: XCTestCase {
    func testAnInstituteWithANameOfItsOwnIsIndexedWithoutTheAcademy() {
        let cases: [(String, String?)] = [
            ("Chinese Academy of Sciences Changchun Institute of Optics, Fine Mechanics, and Physics",
             "Changchun Institute of Optics, Fine Mechanics, and Physics"),
            ("Changchun Institute of Optics, Fine Mechanics, and Physics, CAS", "Changchun Institute of Optics, Fine Mechanics, and Physics"),
            ("Changchun Institute of Optics, Fine Mechanics, and Physics, Chinese Academy of Sciences",
             "Changchun Institute of Optics, Fine Mechanics, and Physics"),
            ("Ningbo Institute of Materials Technology and Engineering, Chinese Academy of Sciences",
             "Ningbo Institute of Materials Technology and Engineering"),
            ("Shaanxi Astronomical Observatory of the Chinese Academy of Sciences", "Shaanxi Astronomical Observatory"),
            // The Russian Academy, after a comma, "of the", "of" or nothing.
            ("Keldysh Institute of Applied Mathematics of the Russian Academy of Sciences", "Keldysh Institute of Applied Mathematics"),
            ("V.A. Trapeznikov Institute of Control Sciences of Russian Academy of Sciences", "V.A. Trapeznikov Institute of Control Sciences"),
            ("A.A. Kharkevich Institute for Information Transmission Problems, Russian Academy of Sciences",
             "A.A. Kharkevich Institute for Information Transmission Problems"),
            ("Rzhanov Institute of Semiconductor Physics, Siberian Branch of Russian Academy of Sciences",
             "Rzhanov Institute of Semiconductor Physics, Siberian Branch"),
            ("Chinese Academy of Sciences Institute of Computing Technology", nil),
            // After a dash or a possessive, and China's Academy of Science in the singular.
            ("China Academy of Science—Shenyang Institute of Automation", "Shenyang Institute of Automation"),
            ("Chinese Academy of Sciences' Shanghai Institute of Microsystem and Information Technology",
             "Shanghai Institute of Microsystem and Information Technology"),
            // A kind, a unit or a legal form first: many institutes' name.
            ("Chinese Academy of Sciences, Institute of Physics", nil),
            ("Chinese Academy of Sciences, Key Laboratory for Quantum Information", nil),
            ("Institute of Optics, Mechanics, and Physics, CAS", nil),
            ("Chinese Academy of Sciences - Center for Excellence in Quantum Information and Quantum Physics", nil),
            ("Institute of Cell Biophysics of the Russian Academy of Sciences", nil),
            ("The Institute of Electronics, Chinese Academy of Sciences", nil),
            ("Federal State Budgetary Institution of Science Institute of Bioorganic Chemistry named after Academicians M.M. Shemyakin and Yu.A. Ovchinnikov, Russian Academy of Sciences", nil),
            ("Scientific Research Institute of System Analysis, Russian Academy of Sciences", nil),
            // Acronyms alone; another academy; none.
            ("IMCB SB RAS", nil),
            ("FSI FSC SRISA Russian Academy of Sciences", nil),
            ("Institute of Molecular Biology, National Academy of Sciences of Armenia", nil),
            ("Russian Academy of Sciences", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(AcademyInstitute.withoutAcademy(listed), expected, listed)
        }
    }

    /// Every institute so listed is also indexed with the Academy's acronym after it, as
    /// papers print it: Institute of Physics, CAS met its entry at 0.27 and under before.
    func testAnInstituteIsIndexedWithItsAcademysAcronym() {
        let cases: [(String, String?)] = [
            ("Chinese Academy of Sciences, Institute of Physics", "Institute of Physics, CAS"),
            ("Chinese Academy of Sciences Institute of Computing Technology", "Institute of Computing Technology, CAS"),
            ("China Academy of Science—Shenyang Institute of Automation", "Shenyang Institute of Automation, CAS"),
            ("Chinese Academy of Sciences, National Time Service Center", "National Time Service Center, CAS"),
            ("The Institute of Electronics, Chinese Academy of Sciences", "Institute of Electronics, CAS"),
            ("Institute of Solid-State Physics of the Russian Academy of Sciences", "Institute of Solid-State Physics, RAS"),
            ("Keldysh Institute of Applied Mathematics of the Russian Academy of Sciences", "Keldysh Institute of Applied Mathematics, RAS"),
            // Already so; acronyms alone; too short; another academy; none.
            ("Changchun Institute of Optics, Fine Mechanics, and Physics, CAS", nil),
            ("IMCB SB RAS", nil),
            ("Chinese Academy of Sciences Laboratory", nil),
            ("Institute of Molecular Biology, National Academy of Sciences of Armenia", nil),
            ("Russian Academy of Sciences", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(AcademyInstitute.withAcademyAcronym(listed), expected, listed)
        }
    }

    /// An institute listed after the Chinese Academy's name is also indexed with the
    /// Academy's name after it, as papers print it in one segment (Institute of Physics of
    /// the Chinese Academy of Sciences met its entry at 0.75, the Academy's words out of
    /// the listed order). Lists' spellings.
    func testAnInstituteListedAfterTheChineseAcademyIsIndexedWithTheAcademyAfterIt() {
        let cases: [(String, String?)] = [
            ("Chinese Academy of Sciences, Institute of Physics", "Institute of Physics of the Chinese Academy of Sciences"),
            ("Chinese Academy of Sciences Institute of Computing Technology", "Institute of Computing Technology of the Chinese Academy of Sciences"),
            ("China Academy of Science—Shenyang Institute of Automation", "Shenyang Institute of Automation of the Chinese Academy of Sciences"),
            // The Academy already after it, or its acronym; too short; the Russian Academy's.
            ("The Institute of Electronics, Chinese Academy of Sciences", nil),
            ("Changchun Institute of Optics, Fine Mechanics, and Physics, CAS", nil),
            ("Chinese Academy of Sciences Laboratory", nil),
            ("Institute of Solid-State Physics of the Russian Academy of Sciences", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(AcademyInstitute.withAcademyAfter(listed), expected, listed)
        }
    }
}
