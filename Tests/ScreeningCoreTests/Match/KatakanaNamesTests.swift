import Foundation
@testable import ScreeningCore
import XCTest

/// A foreign organisation's name in katakana against a list that names it in English only,
/// as a Japanese paper or patent gazette names a Russian company the US lists hold. The MOFA
/// export-ban lists give each entry both: their English names become the list here, their
/// Japanese names the mentions (`Benchmarks/mofa_katakana.py` measures the same: 265 of 631).
final class KatakanaNamesTests: XCTestCase {
    nonisolated(unsafe) private static var loaded: (matcher: Matcher, japanese: [(id: String, name: String)])?

    /// The English-only matcher, and each entry's Japanese name.
    private func exportBan() throws -> (matcher: Matcher, japanese: [(id: String, name: String)]) {
        if let loaded = Self.loaded { return loaded }
        try TestSupport.requireJapaneseLexicon()
        var english: [ListedEntity] = [], japanese: [(id: String, name: String)] = []
        for list in ["russia", "belarus", "third-country"] {
            let path = try TestSupport.shared("lists/meti-export-ban/\(list)-export-prohibition___index.yml").path
            for entity in try ListFiles.load([path]).entities {
                func isLatin(_ text: String) -> Bool { text.unicodeScalars.allSatisfy { $0.value < 0x3000 } }
                let latin = entity.aliases.filter(isLatin)
                // The Japanese name is the first alias (`METIExportBanList`).
                guard isLatin(entity.name), let name = entity.aliases.first, !isLatin(name) else { continue }
                english.append(ListedEntity(id: entity.id, list: "english-names", kind: entity.kind, name: entity.name,
                                            aliases: latin, country: entity.country))
                japanese.append((entity.id, name))
            }
        }
        let matcher = Matcher(index: EntityIndex(entities: english, normalizer: TestSupport.normalizer), normalizer: TestSupport.normalizer)
        Self.loaded = (matcher, japanese)
        return (matcher, japanese)
    }

    private func hits(_ text: String) throws -> [Match] { try exportBan().matcher.match(affiliation: text) }

    func testAKatakanaNameMeetsTheEnglishNameItTranscribes() throws {
        // One consonant, and the spellings close: ファーウェイ is Huawei (the 1260H list's).
        let huawei = try TestSupport.usLists().filter { $0.id == "dow-1260h:55" }
        XCTAssertEqual(huawei.count, 1)
        let matcher = Matcher(index: EntityIndex(entities: huawei, normalizer: TestSupport.normalizer), normalizer: TestSupport.normalizer)
        XCTAssertEqual(matcher.match(affiliation: "ファーウェイ").map(\.entity.id), ["dow-1260h:55"])
        let almaz = try hits("株式会社アルマズ")
        XCTAssertEqual(almaz.map(\.entity.id), ["jp.mofa.russia.134"])
        XCTAssertTrue(almaz[0].explanation.contains("almaz≈arumazu (katakana reading)"), almaz[0].explanation)
        XCTAssertEqual(try hits("ヤロスラヴリ造船工場").map(\.entity.id), ["jp.mofa.russia.127"])
        XCTAssertEqual(try hits("株式会社ヴォエンテレコム").map(\.entity.id), ["jp.mofa.russia.266"])
    }

    /// パピロン shares its consonants with Planar too: the spelling decides (Papilon's two
    /// entries, not OOO Planar).
    func testTheSpellingDecidesBetweenNamesOfOneKey() throws {
        let papilon = try hits("株式会社パピロン")
        XCTAssertEqual(Set(papilon.map(\.entity.id)), ["jp.mofa.russia.359"])
        // Met as its reading (0.95), not as a typo one letter off (0.85).
        XCTAssertEqual(papilon.first?.score ?? 0, 0.95, accuracy: 0.001)
        XCTAssertTrue(papilon.first?.explanation.contains("papilon≈papiron (katakana reading)") ?? false)
    }

    /// A katakana compound no dictionary has whole ends in English where its ending is a word
    /// of organisation names or a country (アガトシステム: agato system, Agat-System's entry;
    /// センスタイムジャパン: sensutaimu Japan) or follows a name (カザンヘリコプター: kazan
    /// helicopter); a name's own ending is no such word (カスペルスキー keeps its reading, not
    /// "ski"), nor is a name coined of two words (オールパーツ, Allparts, not "oar parts").
    func testACompoundEndsInTheWordThatDescribesTheBody() throws {
        let normalizer = TestSupport.normalizer
        func translation(_ text: String) -> [String] {
            normalizer.normalize(text, options: .allForms).forms.first { $0.kind == .translation }?.tokens ?? []
        }
        XCTAssertEqual(translation("アガトシステム"), ["agato", "system"])
        XCTAssertEqual(translation("センスタイムジャパン"), ["sensutaimu", "japan"])
        XCTAssertEqual(translation("カザンヘリコプター"), ["kazan", "helicopter"])
        XCTAssertFalse(translation("カスペルスキー").contains("ski"))
        XCTAssertFalse(translation("オールパーツ").contains("parts"))
        XCTAssertEqual(try hits("アガトシステム").first?.entity.name, "Agat-System")
        // The project's vocabulary before JMdict's English: コンツェルン is a Concern.
        XCTAssertEqual(translation("株式会社カラシニコフ・コンツェルン"), ["kalashnikov", "concern"])
        // An English plural in katakana, which JMdict lists without its ズ.
        XCTAssertEqual(translation("RG ソリューションズ有限会社"), ["rg", "solutions"])
        XCTAssertEqual(JapaneseLexicon.plural("technology"), "technologies")
    }

    /// A Japanese company's form beside a katakana name is no evidence of Japan (MOFA writes
    /// Russia's joint-stock companies so); beside a name in Latin letters, kanji or hiragana it is.
    func testAJapaneseFormBesideKatakanaIsNoEvidenceOfJapan() {
        let normalizer = TestSupport.normalizer
        XCTAssertNil(CountryEvidence.country(of: normalizer.normalize("株式会社アルマズ", options: .allForms), stated: nil))
        XCTAssertEqual(CountryEvidence.country(of: normalizer.normalize("株式会社JCU", options: .allForms), stated: nil)?.code, "JP")
        XCTAssertEqual(CountryEvidence.country(of: normalizer.normalize("天馬株式会社", options: .allForms), stated: nil)?.code, "JP")
        XCTAssertEqual(CountryEvidence.country(of: normalizer.normalize("株式会社きもと", options: .allForms), stated: nil)?.code, "JP")
    }

    /// MOFA's forms of Russian companies (公開株式会社, 連邦国家単一企業) are legal forms, as
    /// their English (Public Joint Stock Company, Federal State Unitary Enterprise) are.
    func testRussianCompanyFormsInJapaneseAreLegalForms() {
        let normalizer = TestSupport.normalizer
        for (text, form) in [("公開株式会社ガンマ", "公开株式会社"), ("非公開株式会社ガンマ", "非公开株式会社"),
                             ("連邦国家単一企業ガンマ", "连邦国家单一企业"), ("有限責任会社ガンマ", "有限责任会社")] {
            XCTAssertEqual(normalizer.normalize(text, options: .allForms).legalForms, [form], text)
        }
        XCTAssertEqual(normalizer.normalize("Non-public Joint Stock Company Gamma", options: .allForms).tokens.map(\.text), ["gamma"])
    }

    /// Every entry's Japanese name against the English names: 271 of 631 find their own entry
    /// (265 before a katakana name ENAMDICT spells its own way was read too beside Han:
    /// トゥーラ兵器工場, Tula Arms Plant, which ENAMDICT writes Toulat; 22 before katakana met Latin words, a Japanese form beside katakana stopped counting
    /// against Russia, and Russia's bodies' words got their English: 工場 plant, 設計局
    /// design bureau, 学術生産団体 scientific production association, 名称 none; 226 before
    /// x sounded クス: ドゥクス Dux, ジクシス Zixis; 228 before a compound's ending was
    /// English: アガトシステム, フォルステクノロジー, カザンヘリコプター; 235 before 航空 read
    /// "aviation" first, as Russia's aviation plants' English names have it; 243 before
    /// 科学研究所 was a scientific research institute, not JMdict's "science institute"; 248
    /// before コンツェルン was a Concern, not "group of companies", and アンド "and"; 259
    /// before a plural's ズ (ソリューションズ, Solutions) and 全 (全ロシア, All-Russian) read).
    /// Eighteen hit another:
    /// Serniya Engineering's Serniya, an alias of OOO Sertal, the Kazan Helicopter Plant for
    /// PJSC Kazan Helicopters, and sixteen as before: Irkut's, Eleron's and United Aircraft's entries listed twice, GosNIIMash's
    /// two, Vympel's and Soyuz's namesakes, Ilyushin's Aviation Complex for its branch, JSC
    /// Avtomatika for JSC Concern Avtomatika, AO Papilon for Papilon Systems LLC, Trust
    /// Logistics inside Trust Logistics Group, the Closed Joint Stock Company Special Design
    /// Bureau inside two special design bureaus' names, and two by an acronym or a translated
    /// word (VNIIR, 新技術).
    func testEachJapaneseNameAgainstTheEnglishNames() throws {
        let (matcher, japanese) = try exportBan()
        let screener = Screener(matcher: matcher, threshold: Matcher.defaultThreshold)
        var found = 0, others: [String] = []
        for (id, name) in japanese {
            let record = Record(id: id, parties: [Party(role: "author", name: "-", affiliations: [name])])
            let hits = screener.hits(for: record).hits
            if hits.contains(where: { $0.entityID == id }) { found += 1 }
            others += hits.filter { $0.entityID != id }.map { "\(name) → \($0.entityName)" }
        }
        XCTAssertEqual(japanese.count, 631)
        XCTAssertEqual(found, 271)
        XCTAssertLessThanOrEqual(others.count, 18, others.joined(separator: "\n"))
    }
}
