@testable import ScreeningCore
import XCTest

/// A person's name is cut into parts at commas and at white space. ASCII names are cut at
/// their bytes, everything else by Character: both must give the same parts, on the real
/// names of the US lists (persons among them) and on ASCII text with every kind of white
/// space.
final class PersonNamePartsTests: XCTestCase {
    private func assertSameParts(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Normalizer.asciiParts(of: text) { $0 == UInt8(ascii: ",") },
                       text.split(whereSeparator: { $0 == "," }).map(String.init), "commas in \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(Normalizer.asciiParts(of: text, separatedBy: Normalizer.isASCIIWhitespace),
                       text.split(whereSeparator: \.isWhitespace).map(String.init), "spaces in \(text.debugDescription)", file: file, line: line)
    }

    func testRealListedNamesCutAsByCharacter() throws {
        let folder = try TestSupport.shared("lists/us")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        let entities = try ListFiles.load(files.map { folder.appendingPathComponent($0).path }).entities
        let names = entities.flatMap { [$0.name] + $0.aliases }.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        XCTAssertGreaterThan(names.count, 10000, "the US lists hold tens of thousands of ASCII names")
        for name in names { assertSameParts(name) }
        // Names written Family, Given are among them.
        XCTAssertTrue(names.contains { $0.contains(",") })
    }

    func testASCIIWhiteSpaceOfEveryKindCutsAsByCharacter() {
        let pieces = ["Tanaka", "Taro", "T.", "O'Brien", "Xiao-Ming", ",", " ", "  ", "\t", "\r\n", "\n", "\u{0B}", "\u{0C}", "\r", ", ", "Jr"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            assertSameParts(text)
        }
        assertSameParts("")
        assertSameParts("Zhang,\r\nXiaoming")
    }

    /// The byte path is taken for ASCII names only: names with other characters keep the
    /// Character path (ideographic comma, middle dot, ideographic space).
    func testNonASCIINamesKeepTheirSeparators() {
        let normalizer = TestSupport.normalizer
        XCTAssertEqual(normalizer.personName("Zhang、Xiaoming").readings.first?.how, "comma")
        XCTAssertEqual(normalizer.personName("Tōru　Tanaka").agreement(with: normalizer.personName("Toru Tanaka")), .full)
        XCTAssertEqual(normalizer.personName("Tanaka, Taro").agreement(with: normalizer.personName("Taro Tanaka")), .full)
    }
}
