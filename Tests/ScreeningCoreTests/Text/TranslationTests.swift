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

    /// Chinese prints a research unit's kind word after its field (物理研究所), English
    /// before it (Institute of Physics): a translation in English order is given too.
    func testAResearchUnitsKindWordComesFirstInEnglish() {
        let physics = forms("中国科学院物理研究所", .translation)
        XCTAssertTrue(physics.contains("chinese academy science institute physics"), "\(physics)")
        XCTAssertTrue(forms("中国科学院计算技术研究所", .translation).contains("chinese academy science institute computer technology"))
        assertMeet("中国科学院物理研究所", "Chinese Academy of Sciences, Institute of Physics")
        // A university has no field to reorder, and a numbered institute keeps its order.
        XCTAssertFalse(forms("中国科学院大学", .translation).contains { $0.contains("of") }, "\(forms("中国科学院大学", .translation))")
        let numbered = forms("中国電子科技集団公司第二十研究所", .translation)
        XCTAssertFalse(numbered.contains { $0.hasSuffix("institute 20") }, "\(numbered)")
    }

    /// A place's earlier names, which CC-CEDICT glosses after its own (沈阳: Shenyang; old
    /// names include Fengtian ...), are no English for it (the generator drops them): they
    /// had made the unit-first form of 中国科学院沈阳自动化研究所 "... old names include
    /// fengtian institute automation", and it met the Shenyang Institute of Automation at 0.63.
    func testAPlacesEarlierNamesAreNoEnglishForIt() {
        let translations = forms("中国科学院沈阳自动化研究所", .translation)
        XCTAssertTrue(translations.contains("chinese academy science shenyang institute automation"), "\(translations)")
        XCTAssertFalse(translations.contains { $0.contains("old") || $0.contains("fengtian") }, "\(translations)")
        assertMeet("中国科学院沈阳自动化研究所", "Chinese Academy of Sciences - Shenyang Institute of Automation")
        XCTAssertEqual(forms("开封", .translation), ["kaifeng"])
    }

    /// CC-CEDICT glosses half of China's provinces with "Province" (江苏省 Jiangsu Province,
    /// 广东省 Guangdong), which the English names of their institutions mostly leave out: a
    /// translation without it is given too (the registry's names, `cross_script.py`).
    func testAProvinceIsAlsoNamedWithoutItsQualifier() throws {
        let jiangsu = forms("江苏省农业科学院", .translation)
        XCTAssertTrue(jiangsu.contains("jiangsu province agriculture academy science"), "\(jiangsu)")
        XCTAssertTrue(jiangsu.contains("jiangsu agriculture academy science"), "\(jiangsu)")
        XCTAssertTrue(forms("浙江省亚热带作物研究所", .translation).contains("zhejiang institute subtropical crop"))
        XCTAssertFalse(forms("广东省人民医院", .translation).contains { $0.contains("province") }, "\(forms("广东省人民医院", .translation))")
        let entities = [
            ListedEntity(id: "t:jaas", kind: .organization, name: "Jiangsu Academy of Agricultural Sciences", country: "CN"),
            ListedEntity(id: "t:has", kind: .organization, name: "Heilongjiang Academy of Sciences", country: "CN"),
            ListedEntity(id: "t:caas", kind: .organization, name: "Chinese Academy of Agricultural Sciences", country: "CN"),
            ListedEntity(id: "t:jsu", kind: .organization, name: "Jiangsu University", country: "CN"),
        ]
        assertEachHitsOnly([("江苏省农业科学院", "t:jaas"), ("黑龙江省科学院", "t:has"), ("中国农业科学院", "t:caas")],
                           in: matcher(over: entities))
    }

    /// A translation's romanized names are keyed as a listed name's are, so that the
    /// translation holds every gram of the English name: with a third of Tsinghua
    /// University's, 清华大学 found it among no candidates of the registry's Latin names,
    /// where National University and the like held all of theirs (`cross_script.py`).
    func testATranslationHoldsEveryGramOfTheEnglishName() {
        for (text, name) in [("清华大学", "Tsinghua University"), ("北京大学", "Peking University")] {
            let listed = Set(Grams.of(normalized(name))), translated = Set(Grams.of(normalized(text)))
            XCTAssertTrue(listed.filter { Grams.kind(of: $0) == .token }.isSubset(of: translated),
                          "\(text): \(normalized(text).forms.map(\.text)); \(name): \(normalized(name).forms.map(\.text))")
        }
    }

    /// CC-CEDICT glosses a verb with "to" (研制 to manufacture), which no name prints.
    func testAVerbsToIsLeftOut() {
        XCTAssertEqual(forms("研制", .translation).first, "manufacture")
    }

    /// A foreign name in katakana beside Han words is English in the translation as
    /// ENAMDICT gives it (シャリフ Sharif, モスクワ Moscow), not its Hepburn reading.
    func testAKatakanaNameBesideHanWordsIsTranslated() throws {
        try TestSupport.requireJapaneseLexicon()
        assertMeet("シャリフ工科大学", "Sharif University of Technology")
        let moscow = forms("モスクワ物理工科大学", .translation)
        XCTAssertTrue(moscow.contains { $0.hasPrefix("moscow ") }, "\(moscow)")
        // Alone, katakana is still read, and looked up too (ウルトラン・エレクトロニック・
        // コンポネンツ, Ultran Electronic Components): the reading stays a form of its own.
        XCTAssertEqual(forms("モスクワ", .hepburn), ["mosukuwa"])
        XCTAssertEqual(forms("モスクワ", .translation), ["moscow"])
        XCTAssertEqual(forms("ウルトラン・エレクトロニック・コンポネンツ", .translation), ["urutoran electronic konponentsu"])
        // Beside Han, a name ENAMDICT spells its own way is read in one more translation
        // (マレク Marek, as Malek Ashtar University's Malek): its reading's loan-word key meets
        // either spelling. Not where every word is read (モスクワ alone: its Hepburn form).
        XCTAssertEqual(forms("マレク・アシュタール工科大学", .translation).last, "mareku ashutaaru university technology")
        XCTAssertTrue(forms("マレク・アシュタール工科大学", .translation).contains("marek ashutaaru university technology"))
    }

    /// A katakana word JMdict lists under two senses, a country's second (イラン: the castor
    /// oil plant, then Iran), is the country in a name: イラン原子力庁 had been translated
    /// "castor oil plant atomic energy ...".
    func testAKatakanaCountryIsTheCountryBeforeAHomographsSense() throws {
        try TestSupport.requireJapaneseLexicon()
        let translations = forms("イラン原子力庁", .translation)
        XCTAssertTrue(translations.allSatisfy { $0.hasPrefix("iran atomic energy") || $0.hasPrefix("iran nuclear power") }, "\(translations)")
        XCTAssertEqual(forms("イラン", .translation), ["iran"])
    }

    /// A common word's later senses that name something (CC-CEDICT's 基地 "al-Qaeda", 天马
    /// "Pegasus") are left out of the table: a translation's alternative takes a word's last
    /// sense, and 未来科技教育基地 (a science education base) met METI's Al Qa'ida at 0.88.
    func testACommonWordsNamingSenseIsNoTranslation() {
        for (text, name) in [("未来科技教育基地", "qaeda"), ("天马株式会社", "pegasus")] {
            let translations = forms(text, .translation)
            XCTAssertFalse(translations.contains { $0.contains(name) }, "\(translations)")
        }
        XCTAssertTrue(forms("基地", .translation).contains("base"), "\(forms("基地", .translation))")
    }

    /// A translation knows which of its tokens render one Han word (理工大学: university
    /// science technology) and where the text's commas part it, as a Latin text's segments:
    /// the matcher reads a field after a kind word as the name's own only within one word.
    func testATranslationKnowsItsHanWordsAndSegments() throws {
        let department = try XCTUnwrap(normalized("四川大学化学学院，成都").forms(.translation).first)
        XCTAssertEqual(department.tokens, ["sichuan", "university", "chemistry", "college", "chengdu"])
        XCTAssertEqual(department.openings, [.segment, .nothing, .word, .word, .segment])
        XCTAssertEqual(department.segmentRanges, [0..<4, 4..<5])
        let polytechnic = try XCTUnwrap(normalized("河南理工大学").forms(.translation).first)
        XCTAssertEqual(polytechnic.tokens, ["henan", "university", "science", "technology"])
        XCTAssertEqual(polytechnic.openings, [.segment, .word, .nothing, .nothing])
        XCTAssertEqual(polytechnic.segmentRanges, [])
        // Latin words in the text are words of their own.
        let mixed = try XCTUnwrap(normalized("Sichuan University 化学学院").forms(.translation).first)
        XCTAssertEqual(mixed.openings, [.segment, .word, .word, .word], "\(mixed.tokens)")
        XCTAssertEqual(mixed.openedWords, [.other, .other, .common, .common])
        // And what kind of word each is: a place's or a name's proper noun, a common word.
        let cityCollege = try XCTUnwrap(normalized("青岛城市学院").forms(.translation).first)
        XCTAssertEqual(cityCollege.tokens, ["qingdao", "city", "college"])
        XCTAssertEqual(cityCollege.openedWords, [.properNoun, .common, .common])
        let tsinghua = try XCTUnwrap(normalized("北京清华大学").forms(.translation).first)
        XCTAssertEqual(tsinghua.openedWords.first, .properNoun, "\(tsinghua.tokens)")
        XCTAssertEqual(tsinghua.openedWords.last, .other, "\(tsinghua.tokens)")
    }

    /// A place's later sense that is the country it stands for (CC-CEDICT's 北京 "PRC", 唐山
    /// "China") is left out of the table: a translation's alternative reads it, and
    /// 北京联合大学, Beijing Union University, read China Alliance University.
    func testAPlaceIsNotTheCountryItStandsFor() {
        let translations = forms("北京联合大学", .translation)
        XCTAssertTrue(translations.contains { $0.hasPrefix("beijing") }, "\(translations)")
        XCTAssertFalse(translations.contains { $0.contains("china") || $0.contains("prc") }, "\(translations)")
    }

    /// The power companies' 电网 is a grid, as they name themselves (国家电网, State Grid),
    /// not CC-CEDICT's "electrical network": 国家电网公司 had met the Entity List's Canadian
    /// Electronic Network Inc. ("Electronic Network") at 1.00.
    func testAPowerGridIsAGrid() {
        let translations = forms("国家电网公司", .translation)
        XCTAssertTrue(translations.contains("state grid"), "\(translations)")
        XCTAssertFalse(translations.contains { $0.contains("electronic network") }, "\(translations)")
    }

    func testNearMissInstitutionsStayApart() {
        assertDoNotMeet("哈尔滨工程大学", "Harbin Institute of Technology")
        assertDoNotMeet("哈尔滨工业大学", "Harbin Engineering University")
        assertDoNotMeet("University of Science and Technology of China", "University of Electronic Science and Technology of China")
    }
}
