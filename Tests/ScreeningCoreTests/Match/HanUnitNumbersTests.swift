@testable import ScreeningCore
import XCTest

/// Which numbers of units a Han name holds (`Verifier.unitNumbers`): a numbered unit with
/// another number is another unit, however many characters the names share.
final class HanUnitNumbersTests: XCTestCase {
    func testTheNumbersOfUnitsAndNoOtherNumerals() {
        let cases: [(String, Set<String>)] = [
            ("中国电子科技集团公司第十三研究所", ["十三"]),
            ("中国船舶重工集团公司第七一〇研究所", ["七一〇"]),
            ("中国电科十四所", ["十四"]),
            ("航天科工第5研究院", ["5"]),
            // Numerals of a name, not of a unit.
            ("三菱电机株式会社", []),
            ("九州大学", []),
            ("中国一汽", []),
        ]
        for (name, numbers) in cases {
            XCTAssertEqual(Verifier.unitNumbers(Array(name.unicodeScalars)), numbers, name)
        }
    }
}
