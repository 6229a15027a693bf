@testable import ScreeningCore
import XCTest

/// Which listed Han names are also indexed in their usual short form.
final class HanAbbreviationTests: XCTestCase {
    func testScienceAndTechnologyIsShortened() {
        // METI's kanji names (Japanese 術), and the same in Chinese scripts.
        XCTAssertEqual(HanAbbreviation.shortened("国防科学技術大学"), "国防科技大学")
        XCTAssertEqual(HanAbbreviation.shortened("朝鮮綾羅科学技術交流社"), "朝鮮綾羅科技交流社")
        XCTAssertEqual(HanAbbreviation.shortened("中国科学技术大学"), "中国科技大学")
        XCTAssertEqual(HanAbbreviation.shortened("國立臺灣科學技術大學"), "國立臺灣科技大學")
    }

    func testOtherNamesHaveNoShortForm() {
        XCTAssertNil(HanAbbreviation.shortened("国防科技大学"))
        XCTAssertNil(HanAbbreviation.shortened("中国科学院"))
        XCTAssertNil(HanAbbreviation.shortened("National University of Defense Technology"))
    }

    /// The short form is a spelling of the entry, said so in explanations.
    func testTheShortFormIsAnIndexedSpelling() {
        let entity = ListedEntity(id: "t:1", kind: .organization, name: "National University of Defense Technology", aliases: ["国防科学技術大学"])
        let spellings = IndexedForms.spellings(of: entity)
        XCTAssertEqual(spellings.map(\.text), ["National University of Defense Technology", "国防科学技術大学", "国防科技大学"])
        XCTAssertEqual(spellings.last?.derivation, .hanShortened(of: "国防科学技術大学"))
    }
}
