import ScreeningCore
import XCTest

/// Romanization variants of Japanese and Chinese names collapse in the phonetic keys.
final class PhoneticKeyTests: XCTestCase {
    private var keys: PhoneticKeys { PhoneticKeys(pinyinSyllables: TestSupport.normalizer.tables.pinyinSyllables) }

    private func assertSameJapaneseKey(_ spellings: [String], file: StaticString = #filePath, line: UInt = #line) {
        let folded = spellings.map { key($0) }   // diacritics and apostrophes go first
        let result = Set(folded.map { keys.japanese($0) })
        XCTAssertEqual(result.count, 1, "\(spellings) → \(result)", file: file, line: line)
    }

    private func assertSameChineseKey(_ spellings: [String], file: StaticString = #filePath, line: UInt = #line) {
        let result = spellings.map { keys.chinese(key($0))?.key }
        XCTAssertEqual(Set(result).count, 1, "\(spellings) → \(result)", file: file, line: line)
        XCTAssertNotNil(result.first ?? nil, file: file, line: line)
    }

    func testJapaneseLongVowels() {
        assertSameJapaneseKey(["Ōno", "Ohno", "Oono", "Ono"])
        assertSameJapaneseKey(["Kōtarō", "Kotaro", "Koutarou"])
        assertSameJapaneseKey(["Yūki", "Yuuki", "Yuki"])
        assertSameJapaneseKey(["Tōkyō", "Toukyou", "Tokyo"])
    }

    func testHepburnAndKunrei() {
        assertSameJapaneseKey(["shi", "si"])
        assertSameJapaneseKey(["chi", "ti"])
        assertSameJapaneseKey(["tsu", "tu"])
        assertSameJapaneseKey(["fu", "hu"])
        assertSameJapaneseKey(["ji", "zi"])
        assertSameJapaneseKey(["sha", "sya"])
        assertSameJapaneseKey(["Fujita", "Huzita"])
        assertSameJapaneseKey(["Tsuchiya", "Tutiya"])
    }

    func testSyllabicN() {
        assertSameJapaneseKey(["Shin'ichi", "Shinichi", "Sinniti"])
        assertSameJapaneseKey(["Shimbashi", "Shinbashi"])
    }

    func testWadeGilesAndPostalSpellings() {
        assertSameChineseKey(["Chang", "Zhang"])
        assertSameChineseKey(["Hsu", "Xu"])
        assertSameChineseKey(["Tsai", "Cai"])
        assertSameChineseKey(["Chou", "Zhou"])
        assertSameChineseKey(["Tsinghua", "Qinghua"])
        assertSameChineseKey(["Hsiung", "Xiong"])
    }

    func testGivenNamesWrittenInParts() {
        let forms = ["Xiao-Ming Zhang", "Xiaoming Zhang", "Xiao Ming Zhang", "ZHANG, Xiao-Ming", "Zhang Xiaoming",
                     "Chang Hsiao-ming", "张小明"]
        let names = forms.map { TestSupport.normalizer.personName($0) }
        for (name, spelling) in zip(names.dropFirst(), forms.dropFirst()) {
            XCTAssertEqual(names[0].agreement(with: name), .full, "Xiao-Ming Zhang vs \(spelling): \(name.fullKeys)")
        }
        XCTAssertEqual(names[0].agreement(with: TestSupport.normalizer.personName("X. Zhang")), .initials)
        XCTAssertNil(names[0].agreement(with: TestSupport.normalizer.personName("Xiaohong Zhang")))
    }

    func testTsinghuaMeetsQinghuaAsAnOrganisation() {
        assertMeet("Tsinghua University", "Qinghua University")
    }
}
