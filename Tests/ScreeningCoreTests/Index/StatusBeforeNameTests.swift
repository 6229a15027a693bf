@testable import ScreeningCore
import XCTest

/// Russian institutions' statuses written before their names, as the US lists give them,
/// are also indexed without (`StatusBeforeName`): papers print Boreskov Institute of
/// Catalysis, which met the Entity List's Federal Research Center Boreskov Institute of
/// Catalysis at 0.44.
final class StatusBeforeNameTests: XCTestCase {
    func testTheNameIsAlsoIndexedWithoutItsStatus() {
        let cases: [(String, String?)] = [
            ("Federal Research Center Boreskov Institute of Catalysis", "Boreskov Institute of Catalysis"),
            ("National Research Center Kurchatov Institute", "Kurchatov Institute"),
            // After the legal form that opens the name, which stays (the normalizer folds it).
            ("Federal State Institution Federal Scientific Center Scientific Research Institute for System Analysis of the Russian Academy of Sciences",
             "Federal State Institution Scientific Research Institute for System Analysis of the Russian Academy of Sciences"),
            ("Federal State Budgetary Institution of Science Federal Research Center Pushchino Scientific Center for Biology, Russian Academy of Sciences",
             "Federal State Budgetary Institution of Science Pushchino Scientific Center for Biology, Russian Academy of Sciences"),
            // The centre is so by name: what follows is joined to it, or no name of its own.
            ("National Research Center for Parallel Computer Engineering and Technology", nil),
            ("State Research Center of the Russian Federation FGUP Central Scientific Research Institute of Chemistry and Mechanics", nil),
            ("Federal State Budgetary Institution National Research Center Institute n.a. N.E. Zhukovsky", nil),
            ("Federal Research Center Krasnoyarsk", nil),
            // Elsewhere in the name it is no status before it.
            ("Krylov State Research Center", nil),
            ("Petersburg Nuclear Physics Institute of National Research Center Kurchatov Institute", nil),
        ]
        for (listed, expected) in cases {
            XCTAssertEqual(StatusBeforeName.withoutStatus(listed), expected, listed)
        }
    }
}
