import Foundation
@testable import ScreeningCore
import XCTest

/// Dotted initials, two or more in a row, are one word as printed without the full stops,
/// so the spellings a list and a paper choose meet: The University of Texas MD Anderson
/// Cancer Center (ROR) printed M.D. Anderson or M. D. Anderson (S2AFF's strings), U.S. Army
/// Research Institute of Environmental Medicine (ROR) printed US Army (Crossref's).
final class DottedInitialsTests: XCTestCase {
    func testDottedInitialsAreOneWordAsPrintedWithout() {
        for spelling in ["M.D. Anderson Cancer Center", "M. D. Anderson Cancer Center", "M.D.Anderson Cancer Center",
                         "Ｍ．Ｄ． Anderson Cancer Center", "MD Anderson Cancer Center"] {
            XCTAssertEqual(key(spelling), "md anderson cancer center", spelling)
        }
        XCTAssertEqual(key("U.S. Army Research Institute of Environmental Medicine"), key("US Army Research Institute of Environmental Medicine"))
        XCTAssertEqual(key("Ryazan State Medical University named after Academician I.P. Pavlov"),
                       key("Ryazan State Medical University named after Academician IP Pavlov"))
        // The normalizer's account says what it joined.
        let explained = TestSupport.normalizer.normalize("University of Texas—M. D. Anderson", options: [.explain])
        XCTAssertTrue(explained.rules.contains { $0.rule == "initials" && $0.detail == "M. D.→MD" }, "\(explained.rules)")
    }

    /// One initial is no run (J. Smith, Harbin Inst. of Technology), nor are a word's letters
    /// after a lower-case one (Ph.D.), and a dotted legal form is met as it is undotted.
    func testWhatIsNoRunIsLeftAlone() {
        XCTAssertEqual(key("J. Smith"), "j smith")
        XCTAssertEqual(key("Ph.D. Program in Neuroscience"), key("Ph D Program in Neuroscience"))
        XCTAssertNil(DottedInitials.joined("Harbin Inst. of Technology, Dept. of Physics"))
        XCTAssertNil(DottedInitials.joined("Université Paris-Saclay"))
        XCTAssertEqual(normalized("Toshiba K.K.").legalForms, ["kk"])
        XCTAssertEqual(key("Toshiba K.K."), key("Toshiba KK"))
    }

    /// Joining is done once for all: a joined text holds no run left to join, and keeps
    /// every character but the runs' full stops and the spaces in and after them, on strings
    /// made of capitals with and without full stops, spaces and other characters (seeded, so
    /// repeatable).
    func testJoiningLeavesNoRunAndKeepsTheRest() {
        let pieces = ["A.", "B. ", "Z", "Ａ．", ".", " ", "a", "é", "東", ",", "-"]
        var generator = SplitMix(seed: 20261205)
        var joinedCount = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard let joined = DottedInitials.joined(text) else { continue }
            joinedCount += 1
            XCTAssertNil(DottedInitials.joined(joined.text), "\(text) → \(joined.text)")
            XCTAssertFalse(joined.runs.isEmpty, text)
            XCTAssertEqual(Self.lettersAndMarks(joined.text), Self.lettersAndMarks(text), text)
        }
        // Enough of the strings hold a run for the test to say something.
        XCTAssertGreaterThan(joinedCount, 1_000)
    }

    /// Whether a text holds a run is read from its bytes eight at a time before any scalar is
    /// decoded; on longer strings, whose runs fall at every offset within those eight bytes
    /// (after one-, two- and three-byte characters), a text is joined exactly when a plain
    /// pattern over its characters finds a run (seeded, so repeatable).
    func testEveryRunIsFoundWhereverItFallsInTheBytes() throws {
        let pieces = ["A.", "B. ", "Z", "Ａ．", ".", " ", "a", "é", "東", ",", "-", "Ab", "AB"]
        let run = try NSRegularExpression(pattern: "(?<!\\p{L})[A-ZＡ-Ｚ][.．](?: ?[A-ZＡ-Ｚ][.．])+")
        var generator = SplitMix(seed: 20261207)
        var runs = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = run.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            XCTAssertEqual(DottedInitials.joined(text) != nil, expected, text)
            if expected { runs += 1 }
        }
        XCTAssertGreaterThan(runs, 1_000)
        XCTAssertLessThan(runs, 4_900)
    }

    /// The text without full stops and spaces, full-width capitals as ASCII ones.
    private static func lettersAndMarks(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where ![0x2E, 0xFF0E, 0x20].contains(scalar.value) {
            let isFullWidthCapital = (0xFF21...0xFF3A).contains(scalar.value)
            kept.append(isFullWidthCapital ? Unicode.Scalar(scalar.value - 0xFF21 + 0x41)! : scalar)
        }
        return String(kept)
    }

    /// The rest of the text is copied as it was, whatever its script.
    func testTheRestOfTheTextIsKept() throws {
        let joined = try XCTUnwrap(DottedInitials.joined("東京, B.P. Konstantinov Petersburg Nuclear Physics Institute; A. B. C."))
        XCTAssertEqual(joined.text, "東京, BP Konstantinov Petersburg Nuclear Physics Institute; ABC")
        XCTAssertEqual(joined.runs, ["B.P.→BP", "A. B. C.→ABC"])
    }
}

