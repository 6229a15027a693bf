import ScreeningCore
import XCTest

/// Loan-word keys on the MOFA export-ban lists' own pairs of a Russian entity's English name
/// and its katakana (read in Hepburn as `Kana.hepburn` gives it).
final class LoanWordKeyTests: XCTestCase {
    private func meets(_ reading: String, _ latin: String) -> Bool {
        guard let key = LoanWordKey.key(ofReading: reading) else { return false }
        return LoanWordKey.keys(ofLatin: latin).contains(key)
    }

    func testAReadingMeetsTheLatinSpellingItTranscribes() {
        XCTAssertTrue(meets("arumazu", "almaz"))                // アルマズ, Almaz JSC
        XCTAssertTrue(meets("yarosuravuri", "yaroslavl"))       // ヤロスラヴリ造船工場
        XCTAssertTrue(meets("voenterekomu", "voentelecom"))     // ヴォエンテレコム
        XCTAssertTrue(meets("zuvuyoozudachika", "zvezdochka"))  // ズヴョーズダチカ
        XCTAssertTrue(meets("motoviriha", "motovilikha"))       // モトヴィリハ
        XCTAssertTrue(meets("rosutoverutoru", "rostvertol"))    // ロストヴェルトル
    }

    /// An r before a consonant is a long vowel in one transcription (クラナーク, Kranark) and
    /// ル in another (イルクート, Irkut): a Latin word keys both ways.
    func testAnRBeforeAConsonantMayBeALongVowel() {
        XCTAssertTrue(meets("kuranaaku", "kranark"))
        XCTAssertTrue(meets("irukuuto", "irkut"))
        XCTAssertEqual(LoanWordKey.keys(ofLatin: "kranark"), ["krnrk", "krnk"])
    }

    /// A v before a consonant or at the end sounds f in Russian: ベリエフ is Beriev, and the
    /// word keys with its v too (Voentelecom's first v stays b).
    func testAFinalVMayBeAnF() {
        XCTAssertTrue(meets("beriefu", "beriev"))
        XCTAssertEqual(LoanWordKey.keys(ofLatin: "beriev"), ["brb", "brh"])
        XCTAssertEqual(LoanWordKey.similarity(reading: "beriefu", latin: "beriev"), 1)
    }

    /// A key of one or two consonants says little: its words meet only when spelt closely
    /// (ファーウェイ, faawei: Huawei, both `h`, 0.83 alike; ナイス, naisu: not NAZ, 0.75).
    func testAShortKeyNeedsACloseSpelling() {
        XCTAssertEqual(LoanWordKey.key(ofReading: "faawei"), "h")
        XCTAssertEqual(LoanWordKey.keys(ofLatin: "huawei"), ["h"])
        XCTAssertEqual(LoanWordKey.meeting(reading: "faawei", latin: "huawei") ?? 0, 0.85, accuracy: 0.001)
        XCTAssertEqual(LoanWordKey.key(ofReading: "naisu"), "ns")
        XCTAssertEqual(LoanWordKey.keys(ofLatin: "naz"), ["ns"])
        XCTAssertNil(LoanWordKey.meeting(reading: "naisu", latin: "naz"))
        // A key of three consonants meets whatever the spelling, at a low score.
        XCTAssertEqual(LoanWordKey.meeting(reading: "papiron", latin: "planar") ?? 0, 0.35 + 0.6 * LoanWordKey.similarity(reading: "papiron", latin: "planar"), accuracy: 1e-9)
    }

    /// Similarity ranks what keys alone cannot tell apart: パピロン is Papilon, not Planar.
    func testSimilarityTellsApartWordsOfOneKey() {
        XCTAssertTrue(meets("papiron", "papilon"))
        XCTAssertTrue(meets("papiron", "planar"))
        XCTAssertEqual(LoanWordKey.similarity(reading: "papiron", latin: "papilon"), 1)
        XCTAssertEqual(LoanWordKey.similarity(reading: "arumazu", latin: "almaz"), 1)
        XCTAssertLessThan(LoanWordKey.similarity(reading: "papiron", latin: "planar"), 0.5)
        // ジャムコ is Jamco, not Samco: j is a sound of its own.
        XCTAssertGreaterThan(LoanWordKey.similarity(reading: "jamuko", latin: "jamco"),
                             LoanWordKey.similarity(reading: "jamuko", latin: "samco"))
    }

    /// English spellings as katakana writes them: -sion after a vowel as ジョン (Hikvision,
    /// ハイクビジョン), x as クス (Zixis, ジクシス; Lexus, レクサス), zi as ジ, a silent e's long
    /// vowel (SenseTime, センスタイム; Enegate, エネゲート).
    func testEnglishSpellingsAsKatakanaSoundsThem() {
        XCTAssertGreaterThanOrEqual(LoanWordKey.meeting(reading: "sensutaimu", latin: "sensetime") ?? 0, 0.8)
        XCTAssertGreaterThanOrEqual(LoanWordKey.meeting(reading: "enegeeto", latin: "enegate") ?? 0, 0.8)
        XCTAssertEqual(LoanWordKey.similarity(reading: "taimu", latin: "time"), 1)
        XCTAssertGreaterThanOrEqual(LoanWordKey.meeting(reading: "haikubijon", latin: "hikvision") ?? 0, 0.8)
        XCTAssertEqual(LoanWordKey.similarity(reading: "jikushisu", latin: "zixis"), 1)
        XCTAssertGreaterThanOrEqual(LoanWordKey.meeting(reading: "rekusasu", latin: "lexus") ?? 0, 0.8)
        XCTAssertGreaterThan(LoanWordKey.similarity(reading: "misshon", latin: "mission"), LoanWordKey.similarity(reading: "misshon", latin: "mision"))
    }

    /// A word's first sound counts twice: アシックス is not Izix, ジャムコ not Samco, オハラ not
    /// Hara; but an English i may sound アイ (Itrek), a u ユ (Ubigraph) and a ch ク (Chem).
    func testTheFirstSoundCountsTwice() {
        XCTAssertLessThan(LoanWordKey.meeting(reading: "ashikkusu", latin: "izix") ?? 0, 0.8)
        XCTAssertLessThan(LoanWordKey.meeting(reading: "jamuko", latin: "samco") ?? 0, 0.8)
        XCTAssertLessThan(LoanWordKey.meeting(reading: "ohara", latin: "hara") ?? 0, 0.8)
        for (reading, latin) in [("aitorekku", "itrek"), ("yubigurafu", "ubigraph"), ("kemuinfonabi", "cheminfonavi")] {
            XCTAssertGreaterThanOrEqual(LoanWordKey.meeting(reading: reading, latin: latin) ?? 0, 0.8, latin)
        }
    }

    /// Readings are told from English words by their syllables.
    func testAKanaReadingIsHepburnSyllables() {
        for reading in ["arumazu", "yarosuravuri", "tekunorojii", "kuranaaku", "matchi", "shinbun", "sensutaimu"] {
            XCTAssertTrue(LoanWordKey.isKanaReading(reading), reading)
        }
        for word in ["shipbuilding", "factory", "almaz", "kranark", "plant", "institute"] {
            XCTAssertFalse(LoanWordKey.isKanaReading(word), word)
        }
    }
}
