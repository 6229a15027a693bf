import ScreeningCore
import XCTest

/// Traditional, simplified and Japanese shinjitai forms fold to one canonical form; the
/// forms themselves are kept as evidence of where the text came from.
final class HanVariantTests: XCTestCase {
    func testHarbinInstituteOfTechnologyInEveryForm() {
        XCTAssertEqual(key("哈爾浜工業大学"), "哈尔滨工业大学")   // as METI prints it
        XCTAssertEqual(key("哈尔滨工业大学"), "哈尔滨工业大学")
        XCTAssertEqual(key("哈爾濱工業大學"), "哈尔滨工业大学")
    }

    func testCETCInJapaneseAndSimplifiedForms() {
        // 公司 is a legal form, stripped from the matching form and kept for display.
        let japanese = normalized("中国電子科技集団公司")
        let simplified = normalized("中国电子科技集团公司")
        XCTAssertEqual(japanese.key, simplified.key)
        XCTAssertEqual(japanese.key, "中国电子科技")
        XCTAssertEqual(japanese.legalForms, ["集团公司"])
    }

    func testCompatibilityIdeographsFold() {
        XCTAssertEqual(key("\u{F900}"), key("\u{8C48}"))
    }

    func testScriptEvidenceTellsTohokuFromNortheastern() {
        let shenyang = normalized("东北大学")     // Northeastern University, Shenyang
        let sendai = normalized("東北大学")       // Tohoku University, Sendai
        XCTAssertEqual(shenyang.key, sendai.key)  // the same characters once folded ...
        XCTAssertTrue(shenyang.hanFlags.contains(.simplifiedOnly))   // ... but the evidence differs
        XCTAssertTrue(shenyang.isEvidentlyChinese)
        XCTAssertFalse(sendai.hanFlags.contains(.simplifiedOnly))
        XCTAssertTrue(sendai.hanFlags.contains(.traditional))
        XCTAssertTrue(normalized("東北大学大学院工学研究科、仙台市").hanFlags.contains(.traditional))
        XCTAssertTrue(normalized("横浜国立大学").isEvidentlyJapanese)            // 浜 is Japanese-only
        XCTAssertTrue(normalized("東京大学").hanFlags.isDisjoint(with: [.simplifiedOnly, .japaneseOnly]))
        XCTAssertTrue(normalized("とうきょう大学").isEvidentlyJapanese)
    }

    func testAmbiguousJapaneseFormsFoldByContext() {
        // 芸 is Chinese yún and Japanese shinjitai of 藝 (艺): Japanese only with Japanese evidence.
        XCTAssertEqual(key("林芸"), "林芸")
        XCTAssertEqual(key("芸術のまち"), "艺术 ノマチ")
        XCTAssertEqual(key("横浜芸術大学"), key("横濱藝術大學"))
    }

    func testKanaFoldsToKatakana() {
        XCTAssertEqual(key("はるびん"), "ハルビン")
        XCTAssertEqual(key("ﾊﾙﾋﾞﾝ"), "ハルビン")
    }
}
