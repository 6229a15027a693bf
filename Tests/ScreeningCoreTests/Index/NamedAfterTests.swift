import Foundation
@testable import ScreeningCore
import XCTest

/// Names that say whom their organisation is named after, from the partial ROR registry and
/// the US Entity List, are also indexed without the honoree (`NamedAfter`).
final class NamedAfterTests: XCTestCase {
    func testTheNameIsAlsoIndexedWithoutItsHonoree() {
        let cases: [(String, String?)] = [
            ("Ryazan State Medical University named after Academician I.P. Pavlov", "Ryazan State Medical University"),
            ("Vladimir State University named after Alexander and Nikolay Stoletov", "Vladimir State University"),
            ("Ural Federal University named after the first President of Russia B.N. Yeltsin", "Ural Federal University"),
            ("Institute of Bioorganic Chemistry named after Academicians M.M. Shemyakin and Yu.A. Ovchinnikov of the Russian Academy of Sciences",
             "Institute of Bioorganic Chemistry of the Russian Academy of Sciences"),
            ("Khakassian State University named after N.F. Katanov", "Khakassian State University"),
            // No word of its own left: it would meet every design bureau and research institute.
            ("Design Bureau Named After A.S. Yakovlev", nil),
            ("Federal State Budgetary Institution of Science Institute of Bioorganic Chemistry named after Academicians M.M. Shemyakin and Yu.A. Ovchinnikov, Russian Academy of Sciences",
             "Federal State Budgetary Institution of Science Institute of Bioorganic Chemistry, Russian Academy of Sciences"),
            ("Institute of Physics Named After P.N. Lebedev of the Russian Academy of Sciences", nil),
            ("Central Scientific-Research Radiotechnical Institute named after Academic A. I. Berg", "Central Scientific-Research Radiotechnical Institute"),
            // METI's End User List prints it in title case too.
            ("Joint Stock Company Machine-Building Engineering Office Fakel Named After Akademika P.D. Grushina",
             "Joint Stock Company Machine-Building Engineering Office Fakel"),
            ("RYAZAN STATE MEDICAL UNIVERSITY NAMED AFTER ACADEMICIAN I.P. PAVLOV", "RYAZAN STATE MEDICAL UNIVERSITY"),
            // Nothing to leave out.
            ("Moscow Institute of Physics and Technology", nil),
            ("Afterglow Research Institute", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(NamedAfter.withoutHonoree(listed), expected, listed)
        }
    }
}
