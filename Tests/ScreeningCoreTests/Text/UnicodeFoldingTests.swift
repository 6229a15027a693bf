import ScreeningCore
import XCTest

/// NFKC width, case, diacritics, punctuation of every script, and broken input.
final class UnicodeFoldingTests: XCTestCase {
    func testHalfWidthKatakanaComposesItsVoicingMarks() {
        let result = normalized("ｶﾌﾞｼｷｶﾞｲｼｬ", .all)
        XCTAssertEqual(result.key, "カブシキガイシャ")
        XCTAssertEqual(result.scripts, .kana)
        XCTAssertEqual(result.forms(.hepburn).first?.text, "kabushikigaisha")
        XCTAssertTrue(result.rules.contains { $0.rule == "fold" })
    }

    func testFullWidthLatinFolds() {
        XCTAssertEqual(key("Ｈａｒｂｉｎ"), "harbin")
        XCTAssertEqual(key("ＨＡＲＢＩＮ　ＩＮＳＴ．　ＴＥＣＨＮＯＬ．"), "harbin institute technology")
    }

    /// ASCII words take the scanner's fast path, their full-width spellings the per-scalar
    /// one: on every ASCII affiliation of the Crossref gold file both give the same form.
    func testFullWidthSpellingsOfRealAffiliationsNormalizeAlike() throws {
        let gold = try GoldAffiliations(path: try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv").path)
        let ascii = gold.affiliations.map(\.text).filter { text in text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        XCTAssertGreaterThan(ascii.count, 10_000)
        var differing: [String] = []
        for text in ascii {
            let wide = String(String.UnicodeScalarView(text.unicodeScalars.map { u in
                u.value == 0x20 ? "\u{3000}" : Unicode.Scalar(u.value + 0xFEE0)!
            }))
            let (narrow, widened) = (normalized(text), normalized(wide))
            if narrow.tokens != widened.tokens || narrow.legalForms != widened.legalForms { differing.append(text) }
        }
        XCTAssertEqual(differing.count, 0, "first: \(differing.prefix(3))")
    }

    func testCaseAndDiacritics() {
        XCTAssertEqual(key("Tōkyō"), "tokyo")
        XCTAssertEqual(key("TŌKYŌ Daigaku"), "tokyo daigaku")
        XCTAssertEqual(key("Universität Zürich"), "university zurich")
        XCTAssertEqual(key("Straße Łódź Ærøskøbing"), "strasse lodz aeroskobing")
        XCTAssertEqual(key("Instituto Tecnológico de São Paulo"), "institute tecnologico sao paulo")
    }

    func testPunctuationAndSpacesOfEveryScript() {
        XCTAssertEqual(key("東京大学、工学部"), "东京大学 工学部")
        XCTAssertEqual(key("哈尔滨，黑龙江"), "哈尔滨 黑龙江")
        XCTAssertEqual(key("サイバー・セキュリティ"), "サイバー セキュリティ")
        XCTAssertEqual(key("東京　大学"), "东京 大学")
        XCTAssertEqual(key("  Harbin\u{00A0}\u{2003}Institute\t\nof  Technology  "), "harbin institute technology")
        // Commas, semicolons and brackets of every script start a new segment.
        let segments = Set(normalized("工学部、東京大学（日本）").tokens.map(\.segment))
        XCTAssertEqual(segments.count, 3)
    }

    func testInvalidUTF8IsRepairedAndReported() {
        let bytes: [UInt8] = Array("Harbin ".utf8) + [0xFF, 0xC3] + Array(" Institute".utf8)
        let result = TestSupport.normalizer.normalize(bytes: bytes)
        XCTAssertEqual(result.key, "harbin institute")
        XCTAssertTrue(result.problems.first?.contains("invalid UTF-8") ?? false, "\(result.problems)")
    }

    func testUnpairedSurrogatesAreRepairedAndReported() {
        let units: [UInt16] = Array("Tohoku".utf16) + [0xD800] + Array(" Univ".utf16) + [0xDC00]
        let result = TestSupport.normalizer.normalize(utf16: units)
        XCTAssertEqual(result.key, "tohoku university")
        XCTAssertTrue(result.problems.first?.contains("unpaired surrogate: 2") ?? false, "\(result.problems)")
    }

    func testControlAndFormatCharactersAreRemoved() {
        let result = normalized("Har\u{200B}bin\u{0000} Inst\u{FEFF}itute\u{0007}")
        XCTAssertEqual(result.key, "harbin institute")
        XCTAssertFalse(result.problems.isEmpty)
    }

    func testEmptyAndSeparatorOnlyStrings() {
        XCTAssertEqual(normalized("").tokens.count, 0)
        XCTAssertEqual(normalized(" ,.;・、　").tokens.count, 0)
    }

    func testHugeInputIsTruncatedWithAReason() {
        let huge = String(repeating: "Harbin Institute of Technology ", count: 40_000)   // 1.2 MB
        let result = normalized(huge, [])
        XCTAssertTrue(result.problems.contains { $0.contains("truncated") })
        XCTAssertEqual(Array(result.tokens.prefix(3)).map(\.text), ["harbin", "institute", "technology"])
    }

    func testRandomBytesNeverCrashAndAlwaysGiveValidForms() {
        var generator = SplitMix(seed: 20261122)
        let alphabet: [[UInt8]] = ["a", "Z", " ", ",", "'", "-", "é", "ｶ", "ﾞ", "哈", "爾", "ー", "ッ", "㈱", "\u{0}", "\u{200B}", "Ω", "한"]
            .map { Array($0.utf8) }
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            let length = Int(generator.next() % 64)
            for _ in 0..<length {
                if generator.next() % 3 == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: generator.next()))
                } else {
                    bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            let result = TestSupport.normalizer.normalize(bytes: bytes)
            for token in result.tokens {
                XCTAssertFalse(token.text.isEmpty, "round \(round): empty token from \(bytes)")
                XCTAssertFalse(token.text.contains(" "), "round \(round): token with a space from \(bytes)")
            }
            // Normalizing the matching form again changes nothing (idempotence).
            let again = TestSupport.normalizer.normalize(result.key, options: [])
            if !result.tokens.contains(where: { $0.script == .other }) {
                XCTAssertEqual(again.key, result.key, "round \(round): not idempotent for \(bytes)")
            }
        }
    }
}

/// A small deterministic random generator for property tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
