@testable import ScreeningCore
import XCTest

/// The nouns a text prints only as their adjective (`Verifier.adjectivalWords`), which the
/// matching form folds alike: read as whole words in any case, not inside a longer word,
/// and not when the text prints the noun too.
final class AdjectivalWordsTests: XCTestCase {
    func testTheAdjectiveIsReadAsAWholeWordInAnyCase() {
        XCTAssertEqual(Verifier.adjectivalWords(in: "Xi'an Technological University"), ["technology"])
        XCTAssertEqual(Verifier.adjectivalWords(in: "XI'AN TECHNOLOGICAL UNIVERSITY, XI'AN"), ["technology"])
        XCTAssertEqual(Verifier.adjectivalWords(in: "technological"), ["technology"])
        XCTAssertEqual(Verifier.adjectivalWords(in: "Xi'an University of Technology"), [])
        XCTAssertEqual(Verifier.adjectivalWords(in: "Institute of Biotechnological Research"), [], "inside a longer word")
        XCTAssertEqual(Verifier.adjectivalWords(in: "Technologicals"), [], "a longer word")
        XCTAssertEqual(Verifier.adjectivalWords(in: "Technological Institute of Technology"), [], "the noun printed too")
        XCTAssertEqual(Verifier.adjectivalWords(in: "Tecnológico de Monterrey"), [])
        XCTAssertEqual(Verifier.adjectivalWords(in: ""), [])
    }
}
