import Foundation
@testable import ScreeningCore
import XCTest

/// Folding by bytes gives what Foundation's folding gives: on every ASCII character alone,
/// on random ASCII strings (seeded, so repeatable), and on text that is not ASCII, which
/// Foundation still folds.
final class CaseAndAccentFoldingTests: XCTestCase {
    private func foundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    func testASCIIFoldsAsFoundationFoldsIt() {
        for value in 0..<128 {
            let text = String(UnicodeScalar(UInt8(value)))
            XCTAssertEqual(CaseAndAccentFolding.folded(text), foundation(text), "U+\(String(value, radix: 16))")
        }
        var generator = SplitMix(seed: 20261207)
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...30, using: &generator)).map { _ in
                Character(UnicodeScalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
            })
            XCTAssertEqual(CaseAndAccentFolding.folded(text), foundation(text), text)
            XCTAssertEqual(CaseAndAccentFolding.folded(text.dropFirst()), foundation(String(text.dropFirst())), text)
            XCTAssertEqual(CaseAndAccentFolding.foldedWords(text), foundationWords(text), text)
        }
        XCTAssertEqual(CaseAndAccentFolding.foldedWords("Aero Systems,\r\nInc."), ["aero", "systems", "inc"])
    }

    private func foundationWords(_ text: String) -> [Substring] {
        foundation(text).split { !$0.isLetter && !$0.isNumber }
    }

    func testOtherTextIsFoldedByFoundation() {
        for text in ["Zürich", "ÉCOLE Polytechnique", "Łódź University of Technology", "Straße", "東京大学", "ＡＢＣ", "São Paulo-SP"] {
            XCTAssertEqual(CaseAndAccentFolding.folded(text), foundation(text), text)
            XCTAssertEqual(CaseAndAccentFolding.foldedWords(text), foundationWords(text), text)
        }
        XCTAssertEqual(CaseAndAccentFolding.folded("Zürich"), "zurich")
    }
}
