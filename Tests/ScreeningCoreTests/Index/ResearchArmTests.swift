import Foundation
@testable import ScreeningCore
import XCTest

/// Names that join an institution to its research arm, from the partial ROR registry, are
/// also indexed without it (`ResearchArm`); the Crossref gold prints Wageningen University
/// & Research as Wageningen University, which scored 0.63.
final class ResearchArmTests: XCTestCase {
    func testTheNameIsAlsoIndexedWithoutItsResearchArm() {
        let cases: [(String, String?)] = [
            ("Wageningen University & Research", "Wageningen University"),
            ("Wageningen University & Research centre", "Wageningen University"),
            ("SRM Medical College Hospital and Research Centre", "SRM Medical College Hospital"),
            ("Basavatarakam Indo American Cancer Hospital and Research Institute", "Basavatarakam Indo American Cancer Hospital"),
            // What is left names no institution's kind: another organisation, or none.
            ("Institute of Pharmaceutical Education and Research", nil),
            ("Standing Committee on Language Education and Research", nil),
            // Nothing to leave out.
            ("Wageningen Marine Research", nil),
            ("Research Institute of Wageningen", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(ResearchArm.withoutResearchArm(listed), expected, listed)
        }
    }
}
