import ScreeningCore
import XCTest

/// English for organisation words, so Han and kana names meet English-only lists.
final class TranslationTests: XCTestCase {
    func testOrganisationWordsTranslate() {
        XCTAssertTrue(forms("工业大学", .translation).contains("university technology"), "\(forms("工业大学", .translation))")
        XCTAssertTrue(forms("工业大学", .translation).contains("technical university"), "\(forms("工业大学", .translation))")
        XCTAssertEqual(forms("研究所", .translation).first, "research institute")
        XCTAssertEqual(forms("科学院", .translation).first, "academy science")
        XCTAssertEqual(forms("医科大学", .translation).first, "medical university")
        XCTAssertEqual(forms("協会", .translation).first, "association")
    }

    func testPlaceNamesByReading() {
        XCTAssertEqual(forms("哈尔滨", .translation).first, "harbin")
        XCTAssertEqual(forms("四川", .translation).first, "sichuan")
        XCTAssertTrue(forms("関西", .translation).contains("kansai"), "\(forms("関西", .translation))")
    }

    func testHanNamesMeetEnglishListNames() {
        assertMeet("四川大学", "Sichuan University")
        assertMeet("哈尔滨工业大学", "Harbin Institute of Technology")
        assertMeet("哈爾浜工業大学", "Harbin Inst Technol")
        assertMeet("中国科学院", "Chinese Academy of Sciences")
        assertMeet("北京航空航天大学", "Beijing University of Aeronautics and Astronautics")
    }

    func testNumberedInstitutesTranslateTheirNumber() {
        // METI lists CETC's institutes by number: 第二十研究所 is the 20th Research Institute.
        let translations = forms("中国電子科技集団公司第二十研究所", .translation)
        XCTAssertTrue(translations.contains { $0.hasSuffix("20 research institute") }, "\(translations)")
        XCTAssertTrue(key("CETC 20th Research Institute").hasSuffix("20 research institute"))
    }

    func testNearMissInstitutionsStayApart() {
        assertDoNotMeet("哈尔滨工程大学", "Harbin Institute of Technology")
        assertDoNotMeet("哈尔滨工业大学", "Harbin Engineering University")
        assertDoNotMeet("University of Science and Technology of China", "University of Electronic Science and Technology of China")
    }
}
