import Foundation
import ScreeningCore
import XCTest

/// The MOFA export-ban lists name their Russian entries in Japanese: against them, Japanese
/// research institutions' names (KAKEN's) must not hit by a common word the entry's name
/// holds, and each entry's name must still find it.
final class ExportBanJapaneseNamesTests: XCTestCase {
    nonisolated(unsafe) private static var shared: Matcher?

    private func matcher() throws -> Matcher {
        if let matcher = Self.shared { return matcher }
        let loaded = try ListFiles.load([try TestSupport.shared("lists/meti-export-ban/russia-export-prohibition___index.yml").path])
        let matcher = Matcher(index: EntityIndex(entities: loaded.entities, normalizer: TestSupport.normalizer),
                              normalizer: TestSupport.normalizer)
        Self.shared = matcher
        return matcher
    }

    private func hitIDs(_ text: String) throws -> [String] {
        try matcher().match(affiliation: text).map(\.entity.id)
    }

    /// 有限会社センター (LLC Center) and 株式会社科学研究 ("scientific research") are common
    /// words once the legal form goes: met as a whole segment only, characters and readings.
    func testACompanyNamedByCommonWordsIsMetOnlyWhole() throws {
        XCTAssertEqual(try hitIDs("国際日本文化研究センター"), [])
        XCTAssertEqual(try hitIDs("核融合科学研究所"), [])
        XCTAssertEqual(try hitIDs("大阪市立環境科学研究センター"), [])
        XCTAssertEqual(try hitIDs("有限会社センター"), ["jp.mofa.russia.70"])
        XCTAssertEqual(try hitIDs("株式会社科学研究"), ["jp.mofa.russia.99"])
    }

    /// A katakana name that goes on in Han words ending in an institution's kind opens that
    /// institution's name: KAKEN's 株式会社プラズマ理工学研究所 is no JSC Plasma (1.00 before),
    /// as プラズマ研究所 was not.
    func testAKatakanaNameGoingOnIntoAnInstitutionsNameIsThatInstitution() throws {
        XCTAssertEqual(try hitIDs("株式会社プラズマ理工学研究所"), [])
        XCTAssertEqual(try hitIDs("プラズマ研究所"), [])
        XCTAssertEqual(try hitIDs("株式会社プラズマ"), ["jp.mofa.russia.393"])
    }

    /// 株式会社 is written so only in Japan, and says a text names a Japanese company; but
    /// MOFA writes its Russian joint-stock companies so too, and its own spelling of one
    /// (株式会社プラズマ, JSC Plasma) is not against its Russian seat.
    func testAJapaneseCompanyFormTheListedNameHoldsIsNoEvidenceAgainstIt() throws {
        XCTAssertEqual(try hitIDs("株式会社プラズマ"), ["jp.mofa.russia.393"])
        XCTAssertEqual(try hitIDs("有限会社センター"), ["jp.mofa.russia.70"])
    }

    /// An alias of a Latin word and katakana (VXI システム, NM テック, 有限会社 RSB グループ):
    /// the katakana alone are not the name; and katakana inside a longer katakana word are
    /// not met (テック in プライムテック), whole or by their character pairs (ルビン, JSC
    /// Rubin, in ハルビン工科大学, Harbin's institute of technology: 1.00 before).
    func testKanaBesideALatinWordOrInsideALongerWordIsNotTheName() throws {
        XCTAssertEqual(try hitIDs("ハルビン工科大学"), [])
        XCTAssertTrue(try hitIDs("株式会社ルビン").contains("jp.mofa.russia.202"))
        XCTAssertEqual(try hitIDs("防衛大学校(電気情報学群及びシステム工学群)"), [])
        XCTAssertEqual(try hitIDs("株式会社日立製作所(研究開発グループ)"), [])
        XCTAssertEqual(try hitIDs("プライムテック株式会社(先進技術開発チーム)"), [])
        XCTAssertEqual(try hitIDs("VXI システム"), ["jp.mofa.russia.494"])
        XCTAssertEqual(try hitIDs("NM テック"), ["jp.mofa.russia.77"])
    }

    /// A name in katakana (カント, the enterprise Kant) is printed in katakana by a text in
    /// Japanese script: a kanji name read alike (関東, Kantō) is another name.
    func testAKatakanaNameIsNotAKanjiNameReadAlike() throws {
        XCTAssertEqual(try hitIDs("関東学院大学"), [])
        XCTAssertEqual(try hitIDs("カント"), ["jp.mofa.russia.156"])
        XCTAssertEqual(try hitIDs("エンジニアリングセンター「モスエレクトロンプロエクト」"), ["jp.mofa.russia.271"])
    }
}
