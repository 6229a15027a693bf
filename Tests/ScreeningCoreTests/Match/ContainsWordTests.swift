@testable import ScreeningCore
import XCTest

/// Whether a listed name is printed as listed in a mention (a whole word, case kept or
/// not) is searched by bytes in ASCII text and by Foundation otherwise: both must agree,
/// on real Crossref affiliations with their own words and spans cut from them (words cut
/// in the middle, other cases) and the US lists' names as the words looked for.
final class ContainsWordTests: XCTestCase {
    private func assertAgree(_ word: String, _ text: String, found: inout Int, compared: inout Int,
                             file: StaticString = #filePath, line: UInt = #line) {
        for caseInsensitive in [false, true] {
            guard let ascii = Matcher.asciiContainsWord(word, in: text, caseInsensitive: caseInsensitive) else { continue }
            let foundation = Matcher.foundationContainsWord(word, in: text, caseInsensitive: caseInsensitive)
            XCTAssertEqual(ascii, foundation, "\(word.debugDescription) in \(text.debugDescription), case insensitive: \(caseInsensitive)",
                           file: file, line: line)
            compared += 1
            if ascii { found += 1 }
        }
    }

    func testBytesAndFoundationAgreeOnRealAffiliationsAndNames() throws {
        let affiliations = try ExportBanReplay.crossrefAffiliations(1500)
        let folder = try TestSupport.shared("lists/us")
        let names = try ListFiles.load(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0).path }).entities.map(\.name)
        var generator = SystemRandomNumberGenerator()
        var (found, compared) = (0, 0)
        for text in affiliations {
            let bytes = Array(text.utf8)
            var words = text.split(separator: " ").map(String.init)
            words += words.map { $0.uppercased() } + words.map { $0.lowercased() }
            for _ in 0..<4 where bytes.count > 2 {
                let start = Int.random(in: 0..<(bytes.count - 1), using: &generator)
                let end = Int.random(in: (start + 1)...min(bytes.count, start + 30), using: &generator)
                words.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
            words += (0..<3).map { _ in names.randomElement(using: &generator)! }
            for word in words { assertAgree(word, text, found: &found, compared: &compared) }
        }
        XCTAssertGreaterThan(compared, 30000, "most of these texts are ASCII")
        XCTAssertGreaterThan(found, 10000, "many of the words stand in the texts")
        XCTAssertGreaterThan(compared - found, 10000, "many do not")
    }

    /// Where the bytes rule a word out (`Matcher.mayHoldBytes`), Foundation's search, case
    /// kept or not, finds it nowhere either: on texts of letters, characters that fold or
    /// decompose to ASCII letters (the Kelvin sign, ß, ligatures, İ), marks, soft hyphens,
    /// Han and the words themselves cut up, and on the real affiliations not in ASCII
    /// (seeded, so repeatable).
    func testWhatTheBytesRuleOutFoundationDoesNotFind() throws {
        let words = ["technological", "university", "Technology", "harbin", "college", "Kit", "mist", "Institute", "Tōkyō"]
        let pieces = ["tech", "no", "logical", "TECHNO", "LOGICAL", "Univer", "sity", "harb", "in", "col", "lege", "ki", "t", "mi", "st",
                      "\u{212A}", "ß", "ﬁ", "ﬆ", "ﬅ", "İ", "\u{301}", "\u{AD}", "\u{200B}", "é", "ō", "東", " ", ",", "-"]
        var generator = SplitMix(seed: 20261207)
        var texts = (0..<3_000).map { _ in
            (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        texts += try ExportBanReplay.crossrefAffiliations(1500).filter { !$0.utf8.allSatisfy { $0 < 0x80 } }
        var ruledOut = 0
        for text in texts {
            for word in words where !Matcher.mayHoldBytes(of: word, in: text) {
                ruledOut += 1
                XCTAssertNil(text.range(of: word, options: [.caseInsensitive]), "\(word) in \(text.debugDescription)")
                XCTAssertNil(text.range(of: word), "\(word) in \(text.debugDescription)")
            }
        }
        XCTAssertGreaterThan(ruledOut, 10_000)
        XCTAssertTrue(Matcher.mayHoldBytes(of: "technological", in: "Xi’an TECHNOLOGICAL University"))
        XCTAssertFalse(Matcher.mayHoldBytes(of: "technological", in: "Xi’an Technology University"))
        XCTAssertTrue(Matcher.mayHoldBytes(of: "kit", in: "\u{212A}IT"), "the Kelvin sign is a k to Foundation")
    }

    func testEdgeCases() {
        var (found, compared) = (0, 0)
        for (word, text) in [("", "Harbin"), ("Harbin", ""), ("HIT", "HIT"), ("hit", "HIT-2"), ("IT", "HIT IT"), ("Inst", "Inst."),
                             ("aa", "aaa aa"), ("ab", "abab ab"), ("Univ", "2Univ"), ("a\r", "a\r\nb"), ("Tech", "Tech\r\n")] {
            assertAgree(word, text, found: &found, compared: &compared)
        }
        XCTAssertEqual(Matcher.containsWord("IT", in: "HIT IT"), true)
        XCTAssertEqual(Matcher.containsWord("Harbin", in: "Harbin Institute of Technology"), true)
        XCTAssertEqual(Matcher.containsWord("harbin", in: "HARBIN INST TECHNOL", caseInsensitive: true), true)
        XCTAssertEqual(Matcher.containsWord("Harbin", in: "Harbinger"), false)
        XCTAssertNil(Matcher.asciiContainsWord("Tōkyō", in: "Tōkyō University", caseInsensitive: false))
        XCTAssertNil(Matcher.asciiContainsWord("a\r", in: "a\r\nb", caseInsensitive: false))
    }
}
