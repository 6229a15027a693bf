import ScreeningCore
import XCTest

/// Readings for cross-script comparison: pinyin, Hepburn, Japanese readings of kanji.
final class ReadingTests: XCTestCase {
    func testHanReadsInTonelessJoinablePinyin() {
        XCTAssertEqual(forms("哈尔滨", .pinyin), ["haerbin"])
        XCTAssertEqual(forms("四川大学", .pinyin), ["sichuan daxue"])
        XCTAssertEqual(forms("哈爾濱工業大學", .pinyin), ["haerbin gongye daxue"])
        // A word's own reading beats the characters' commonest ones (银行 is yinhang, not yinxing).
        XCTAssertEqual(forms("中国银行", .pinyin), ["zhongguo yinhang"])
        // Place names are read as English writes them: 哈尔滨 meets Harbin.
        assertMeet("哈尔滨", "Harbin")
    }

    func testKanaReadsInHepburnWithALooseFormForLoanWords() {
        XCTAssertEqual(forms("ハルビン", .hepburn), ["harubin"])
        XCTAssertEqual(forms("ハルビン", .hepburnLoose), ["harbin"])
        assertMeet("ハルビン", "Harbin")
        XCTAssertEqual(forms("シャッチョウ", .hepburn), ["shatchou"])
        XCTAssertEqual(forms("コーヒー", .hepburn), ["koohii"])
        XCTAssertEqual(forms("ファーウェイ", .hepburn), ["faawei"])
        XCTAssertEqual(forms("きょうと", .hepburn), ["kyouto"])
        XCTAssertEqual(forms("しんいち", .hepburn), ["shinichi"])
        // Hiragana is a Japanese word, whose vowels stay (つくば tsukuba, not tskba).
        XCTAssertEqual(forms("つくば", .hepburnLoose), ["tsukuba"])
        // Beside Han, kana romanized alone would be a part taken for the whole: the readings
        // and translations read such a name (平壌情報センター is not "sentaa").
        XCTAssertEqual(forms("産業技術総合研究所, つくば", .hepburnLoose), [])
        XCTAssertEqual(forms("平壌情報センター", .hepburn) + forms("平壌情報センター", .hepburnLoose), [])
    }

    func testJapaneseNamesReadFromENAMDICT() throws {
        try TestSupport.requireJapaneseLexicon()
        XCTAssertEqual(forms("田中太郎", .japaneseReading), ["tanaka tarou"])
        let tanaka = TestSupport.normalizer.personName("田中太郎")
        XCTAssertEqual(tanaka.agreement(with: TestSupport.normalizer.personName("Taro Tanaka")), .full)
        XCTAssertEqual(tanaka.agreement(with: TestSupport.normalizer.personName("TANAKA, Tarou")), .full)
        XCTAssertEqual(tanaka.agreement(with: TestSupport.normalizer.personName("T. Tanaka")), .initials)
    }

    func testJapaneseOrganisationNamesReadAndTranslated() throws {
        try TestSupport.requireJapaneseLexicon()
        assertMeet("国防科学技術大学", "kokubo kagaku gijutsu daigaku")
        // ENAMDICT knows the organisation's English name and offers it as a translation.
        XCTAssertTrue(forms("国防科学技術大学", .translation).contains("national university defense technology"),
                      "\(forms("国防科学技術大学", .translation))")
        assertMeet("国防科学技術大学", "National University of Defense Technology")
    }

    /// Kana make a text Japanese, and a Chinese place inside it that Japanese does not read
    /// (深圳: 圳) is read in pinyin: ハルビン工業大学（深圳） had no Japanese reading at all,
    /// and met METI's 哈爾浜工業大学 (read harubin kougyoudaigaku) at 0.28 only by its
    /// translation. A text of Han alone with such a character is Chinese and has none.
    func testAChinesePlaceInAJapaneseTextIsReadInPinyin() throws {
        try TestSupport.requireJapaneseLexicon()
        XCTAssertEqual(forms("ハルビン工業大学（深圳）", .japaneseReading), ["harubin kougyoudaigaku shenzhen"])
        XCTAssertEqual(forms("哈尔滨工业大学（深圳）", .japaneseReading), [])
    }

    /// On NII KAKEN's 2,264 Japanese research institutions: the Japanese reading of each
    /// name (from the dictionaries) against KAKEN's own katakana reading, by phonetic key.
    func testReadingsAgreeWithKAKENOnRealInstitutionNames() throws {
        try TestSupport.requireJapaneseLexicon()
        let url = try TestSupport.shared("registries/kaken-institutions.csv")
        var total = 0
        var agreed = 0
        var misses: [String] = []
        for line in try TestSupport.lines(url).dropFirst() where !line.hasPrefix("#") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6, !fields[3].isEmpty, !fields[5].isEmpty else { continue }
            total += 1
            let name = normalized(fields[3])
            let yomi = normalized(fields[5])
            let readingKeys = Set(name.forms(.phoneticJapanese).map { $0.tokens.joined() })
            let yomiKeys = Set(yomi.forms(.phoneticJapanese).map { $0.tokens.joined() })
            if !readingKeys.isDisjoint(with: yomiKeys) { agreed += 1 } else if misses.count < 10 {
                misses.append("\(fields[3]) \(readingKeys.sorted()) vs \(fields[5]) \(yomiKeys.sorted())")
            }
        }
        let rate = Double(agreed) / Double(max(total, 1))
        print("KAKEN readings: \(agreed) of \(total) agree (\(String(format: "%.1f", rate * 100))%); first misses:\n  "
              + misses.joined(separator: "\n  "))
        XCTAssertGreaterThan(total, 2_000)
        XCTAssertGreaterThan(rate, 0.60, "reading agreement fell to \(rate)")
    }
}
