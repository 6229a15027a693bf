/// Kana: folding hiragana and katakana to one form, composing voicing marks left apart
/// by half-width text (ｶﾞ), and Hepburn romanization for cross-script comparison.
public enum Kana {
    /// Whether a scalar is a hiragana letter (ぁ to ゖ).
    @inline(__always)
    public static func isHiragana(_ cp: UInt32) -> Bool { (0x3041...0x3096).contains(cp) }

    /// Katakana for a hiragana scalar (the canonical kana form); other scalars unchanged.
    @inline(__always)
    public static func katakana(_ cp: UInt32) -> UInt32 {
        isHiragana(cp) || (0x309D...0x309E).contains(cp) ? cp + 0x60 : cp
    }

    /// True for the combining and spacing voicing marks (゛゜ and U+3099, U+309A).
    @inline(__always)
    public static func isVoicingMark(_ cp: UInt32) -> Bool { (0x3099...0x309C).contains(cp) }

    /// The kana that `base` becomes with voicing mark `mark`, or nil if it has none.
    public static func compose(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        let k = katakana(base)
        let semi = mark == 0x309A || mark == 0x309C
        let row: UInt32
        switch k {
        case 0x30AB...0x30C2 where (k - 0x30AB) % 2 == 0: row = k    // カ..ヂ rows: voiced is +1
        case 0x30C4, 0x30C6, 0x30C8: row = k                          // ツ テ ト
        case 0x30CF...0x30DD where (k - 0x30CF) % 3 == 0: row = k    // ハ ヒ フ ヘ ホ: +1, +2
        case 0x30A6: return semi ? nil : 0x30F4                        // ウ → ヴ
        default: return nil
        }
        let isHa = (0x30CF...0x30DD).contains(row)
        if semi && !isHa { return nil }
        let composed = row + (semi ? 2 : 1)
        return base == k ? composed : composed - 0x60
    }

    /// Hepburn romanization of a run of katakana (hiragana is folded first), lowercase.
    /// `ー` lengthens the previous vowel (written doubled, which the phonetic key folds);
    /// `ッ` doubles the next consonant (`tch` before `ch`); `ン` is `n`.
    public static func hepburn(_ scalars: [UInt32]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count * 3)
        var geminate = false
        var i = 0
        let ks = scalars.map(katakana)
        while i < ks.count {
            let k = ks[i]
            if k == 0x30C3 { geminate = true; i += 1; continue }      // ッ
            if k == 0x30FC {                                          // ー
                if let last = out.last, isVowel(last) { out.append(last) }
                i += 1; continue
            }
            if k == 0x30FD || k == 0x30FE {                           // ヽ ヾ repeat the previous kana
                if i > 0, let previous = syllable(ks[i - 1]) { append(previous, to: &out, geminate: &geminate) }
                i += 1; continue
            }
            var text = syllable(k) ?? ""
            // A small kana after an i-row or u-row kana forms a combined sound (キャ kya, ファ fa).
            if i + 1 < ks.count, let small = smallKana[ks[i + 1]], !text.isEmpty {
                text = combine(text, small)
                i += 1
            }
            append(text, to: &out, geminate: &geminate)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "i") || b == UInt8(ascii: "u")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "o")
    }

    private static func append(_ text: String, to out: inout [UInt8], geminate: inout Bool) {
        if geminate, let first = text.utf8.first, !isVowel(first) {
            out.append(text.hasPrefix("ch") ? UInt8(ascii: "t") : first)
        }
        geminate = false
        out.append(contentsOf: text.utf8)
    }

    private static func combine(_ base: String, _ small: String) -> String {
        // base ends in i (ki, shi, chi, ji) + ya/yu/yo → kya, sha, cha, ja; or a loanword vowel.
        if small.hasPrefix("y") {
            if base == "shi" || base == "chi" || base == "ji" { return String(base.dropLast()) + small.dropFirst() }
            if base.hasSuffix("i") { return String(base.dropLast()) + small }
            return base + small
        }
        // ファ fa, ティ ti, ディ di, ウィ wi, ヴァ va, シェ she, チェ che, ジェ je, ツァ tsa, トゥ tu
        switch base {
        case "fu", "vu", "tsu": return String(base.dropLast()) + small
        case "u": return "w" + small
        case "te", "de": return String(base.dropLast()) + small
        case "to", "do": return String(base.dropLast()) + small
        case "shi", "chi", "ji": return String(base.dropLast()) + small
        default:
            if base.count >= 2 { return String(base.dropLast()) + small }
            return base + small
        }
    }

    private static let smallKana: [UInt32: String] = [
        0x30E3: "ya", 0x30E5: "yu", 0x30E7: "yo",
        0x30A1: "a", 0x30A3: "i", 0x30A5: "u", 0x30A7: "e", 0x30A9: "o",
    ]

    /// The Hepburn syllable of one katakana scalar (nil for marks and unknown scalars).
    static func syllable(_ k: UInt32) -> String? { syllables[k] }

    private static let syllables: [UInt32: String] = {
        let rows: [(String, String)] = [
            ("アイウエオ", "a i u e o"), ("カキクケコ", "ka ki ku ke ko"), ("ガギグゲゴ", "ga gi gu ge go"),
            ("サシスセソ", "sa shi su se so"), ("ザジズゼゾ", "za ji zu ze zo"),
            ("タチツテト", "ta chi tsu te to"), ("ダヂヅデド", "da ji zu de do"),
            ("ナニヌネノ", "na ni nu ne no"), ("ハヒフヘホ", "ha hi fu he ho"),
            ("バビブベボ", "ba bi bu be bo"), ("パピプペポ", "pa pi pu pe po"),
            ("マミムメモ", "ma mi mu me mo"), ("ヤユヨ", "ya yu yo"), ("ラリルレロ", "ra ri ru re ro"),
            ("ワヰヱヲン", "wa i e o n"), ("ヴ", "vu"), ("ァィゥェォ", "a i u e o"), ("ャュョ", "ya yu yo"),
            ("ヮヵヶ", "wa ka ke"), ("ヷヸヹヺ", "va vi ve vo"),
        ]
        var table: [UInt32: String] = [:]
        for (kana, romaji) in rows {
            for (scalar, text) in zip(kana.unicodeScalars, romaji.split(separator: " ")) {
                table[scalar.value] = String(text)
            }
        }
        return table
    }()
}
