/// Loan-word keys: the consonants a foreign name keeps when Japanese writes it in katakana.
///
/// Japan writes a foreign organisation's name as it sounds (MOFA's アルマズ for Russia's
/// Almaz, ヤロスラヴリ for Yaroslavl, クラナーク for Kranark), and Hepburn romanizes that
/// with the vowels Japanese adds (arumazu, yarosuravuri, kuranaaku), which no listed English
/// spelling shares grams with. What the two keep alike is their consonants, once the sounds
/// Japanese does not tell apart are folded (l and r, v and b, f and h, s, z and j, c and k):
/// Almaz and arumazu both key to `rms`, Yaroslavl and yarosuravuri to `rsrbr`. A vowel-less
/// key is coarse, so it meets only a katakana reading (`isKanaReading`) with a Latin word,
/// never two Latin words, and a key of one or two consonants only a close spelling
/// (`meeting(reading:latin:)`).
public enum LoanWordKey {
    /// The fewest consonants a key holds: a word of vowels alone has none.
    public static let minimumConsonants = 1
    /// Keys of fewer consonants (ファーウェイ and Huawei: `h`) say little: their words meet
    /// only at `closeSpelling` or above.
    public static let fewConsonants = 3
    public static let closeSpelling = 0.8
    /// Each thread's keys of the Latin words and of the readings it has met (`meeting`).
    private static let latinKeysMemo = ThreadAffinePool { BoundedMemo<[String]>(capacity: 50_000) }
    private static let readingKeyMemo = ThreadAffinePool { BoundedMemo<String?>(capacity: 50_000) }

    /// How a katakana reading meets a Latin word, in [0.35, 0.95]: nil when their keys differ,
    /// or when a key of few consonants comes with spellings less alike than `closeSpelling`;
    /// else 0.35 + 0.6 × their similarity (consonants alone 0.35, the same spelling folded
    /// 0.95), so a one-word name reaches 0.8 only when its spelling is three-quarters the
    /// reading's.
    public static func meeting(reading: String, latin: String) -> Double? {
        // The verifier asks this of every reading's word and listed word it aligns, again and
        // again for the same words: each thread keeps the keys it has made (made afresh, the
        // keys were most of screening katakana text in a profile).
        guard let key = readingKeyMemo.with({ $0.value(of: reading, make: key(ofReading:)) }),
              latinKeysMemo.with({ $0.value(of: latin, make: keys(ofLatin:)) }).contains(key) else { return nil }
        let similarity = similarity(reading: reading, latin: latin)
        if key.utf8.count < fewConsonants && similarity < closeSpelling { return nil }
        return 0.35 + 0.6 * similarity
    }

    /// The keys of a Latin word: its consonants folded, and, when it has an r before a
    /// consonant or at the end, the same without those r's, which a katakana reading writes as
    /// a long vowel (Kranark, クラナーク: `krnk`) as often as with ル (Irkut, イルクート:
    /// `rkt`); and when it has a v before a consonant or at the end, the same with an f, as
    /// Russian sounds it (Beriev, ベリエフ: `brh`). Empty for a word with anything but ASCII
    /// letters, or too few consonants.
    public static func keys(ofLatin word: String) -> [String] {
        var keys: [String] = []
        for (dropR, devoiceV) in [(false, false), (true, false), (false, true), (true, true)] {
            if let key = skeleton(word.utf8, dropPreconsonantalR: dropR, devoiceFinalV: devoiceV),
               key.count >= minimumConsonants, !keys.contains(key) {
                keys.append(key)
            }
        }
        return keys
    }

    /// The key of a katakana reading (Hepburn, as `Kana.hepburn` writes it); nil for too few
    /// consonants.
    public static func key(ofReading reading: String) -> String? {
        guard let key = skeleton(reading.utf8, dropPreconsonantalR: false, devoiceFinalV: false), key.count >= minimumConsonants else { return nil }
        return key
    }

    /// How alike a katakana reading and a Latin word it keys as (`keys(ofLatin:)`) are
    /// spelt, in [0, 1]: one less their edit distance over the longer's length, both with
    /// the sounds Japanese does not tell apart folded and the reading without the vowels
    /// Japanese adds after a consonant (arumazu, Almaz: armas both, 1; papiron, Papilon: 1;
    /// papiron, Planar: 0.29). Keys alone meet too much: this ranks and thresholds them.
    public static func similarity(reading: String, latin: String) -> Double {
        let a = folded(Array(reading.utf8), reading: true)
        let spelt = similarity(folded: a, latin: folded(Array(latin.utf8), reading: false))
        // An English word may end in a silent e that makes its vowel long (time, タイム).
        guard let english = withSilentE(Array(latin.utf8)) else { return spelt }
        return max(spelt, similarity(folded: a, latin: folded(english, reading: false)))
    }

    /// The sound of a Latin word that ends in a vowel, a consonant and a silent e (time,
    /// sensetime): the e dropped and the vowel long as katakana writes it (taim, as タイム;
    /// gate, geit, as ゲイト; tone, ton, as トーン; tube, tyub, as チューブ); nil for any other word.
    private static func withSilentE(_ word: [UInt8]) -> [UInt8]? {
        let n = word.count
        guard n >= 4, word[n - 1] == ascii("e"), !isVowel(word[n - 2]), word[n - 2] != ascii("y"), word[n - 2] != ascii("w"),
              !isVowel(word[n - 4]) else { return nil }
        let long: [UInt8]
        switch word[n - 3] {
        case ascii("a"): long = [ascii("e"), ascii("i")]
        case ascii("i"): long = [ascii("a"), ascii("i")]
        case ascii("o"): long = [ascii("o")]
        case ascii("u"): long = [ascii("y"), ascii("u")]
        default: return nil
        }
        return Array(word[..<(n - 3)]) + long + [word[n - 2]]
    }

    /// `similarity(reading:latin:)` of a folded reading and a folded Latin word.
    private static func similarity(folded a: [UInt8], latin b: [UInt8]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 0 }
        // Bounded by the longer length, which no distance exceeds: always a value.
        let distance = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in EditDistance.bounded(x, y, limit: longer) } }
        // A word's first sound is the one katakana keeps best (アシックス is not Izix, ジャムコ
        // not Samco): unlike, it counts twice.
        let onset = sameOnset(reading: a, latin: b) ? 0 : 1
        return max(0, 1 - Double((distance ?? longer) + onset) / Double(longer))
    }

    /// Whether a folded reading and a folded Latin word start with the same sound: the same
    /// letter, or as katakana writes English spellings: an i that sounds アイ (Itrek,
    /// アイトレック), a u that sounds ユ (Ubigraph, ユビグラフ), a ch that sounds ク (Chem, ケム).
    private static func sameOnset(reading a: [UInt8], latin b: [UInt8]) -> Bool {
        guard let first = a.first, let other = b.first else { return false }
        if first == other { return true }
        let second = a.count > 1 ? a[1] : 0
        return (first == ascii("a") && second == ascii("i") && other == ascii("i"))
            || (first == ascii("i") && second == ascii("u") && other == ascii("u"))
            || (first == ascii("k") && other == ascii("C"))
    }

    private static func folded(_ word: [UInt8], reading: Bool) -> [UInt8] {
        func at(_ k: Int) -> UInt8 { k >= 0 && k < word.count ? word[k] : 0 }
        var letters: [UInt8] = []
        var i = 0
        while i < word.count {
            let c = word[i], next = at(i + 1)
            if next == ascii("h"), let sound = digraphs[c] { letters.append(sound); i += 2; continue }
            if c == ascii("c") && next == ascii("k") { letters.append(ascii("k")); i += 2; continue }
            // A reading's u between or after consonants (not after n or y), and o after t or d.
            if reading && i > 1 && !isVowel(at(i - 1)) && at(i - 1) != ascii("n") && at(i - 1) != ascii("y")
                && (next == 0 || !isVowel(next) && next != ascii("n") && next != ascii("y"))
                && (c == ascii("u") || c == ascii("o") && (at(i - 1) == ascii("t") || at(i - 1) == ascii("d"))) {
                i += 1; continue
            }
            // A Latin word's v after a vowel and before a consonant or the end sounds f in
            // Russian (Beriev, ベリエフ).
            if !reading && c == ascii("v") && i > 0 && isVowel(at(i - 1)) && (next == 0 || !isVowel(next) && next != ascii("y")) {
                letters.append(ascii("h")); i += 1; continue
            }
            // English -sion and -tion sound ジョン after a vowel (vision, ビジョン) and ション
            // otherwise (mission, station): their i is no vowel of the reading's.
            if !reading && (c == ascii("s") || c == ascii("t")) && next == ascii("i") && at(i + 2) == ascii("o") && at(i + 3) == ascii("n") {
                letters.append(c == ascii("s") && i > 0 && isVowel(at(i - 1)) ? ascii("j") : ascii("s")); i += 2; continue
            }
            // z before i sounds ジ (Zixis, ジクシス), which the reading writes ji.
            if !reading && c == ascii("z") && (next == ascii("i") || next == ascii("y")) { letters.append(ascii("j")); i += 1; continue }
            // x sounds ks (Lexus, レクサス).
            if !reading && c == ascii("x") { letters += [ascii("k"), ascii("s")]; i += 1; continue }
            letters.append(letterFolds[Int(c)] ?? c)
            i += 1
        }
        var out: [UInt8] = []
        for c in letters where out.last != c { out.append(c) }
        return out
    }

    /// Digraphs as one letter: ch (ち, a sound of its own), sh, kh, ph, th, zh (じ).
    private static let digraphs: [UInt8: UInt8] = [ascii("c"): ascii("C"), ascii("s"): ascii("s"), ascii("k"): ascii("h"),
                                                   ascii("p"): ascii("h"), ascii("t"): ascii("s"), ascii("z"): ascii("j")]
    /// What katakana does not tell apart: l and r, v and b, c and k (q), z and s, f and h,
    /// y and i, w and u. Unlike the key's, j stays apart from s (ジャムコ is Jamco, not Samco).
    private static let letterFolds: [Int: UInt8] = [
        Int(ascii("l")): ascii("r"), Int(ascii("v")): ascii("b"), Int(ascii("c")): ascii("k"), Int(ascii("q")): ascii("k"),
        Int(ascii("z")): ascii("s"), Int(ascii("f")): ascii("h"), Int(ascii("y")): ascii("i"), Int(ascii("w")): ascii("u"),
    ]

    /// The gram of a key (`Grams.Kind.loanWord`): a mention's readings carry theirs, so a
    /// rescan finds the stored mentions an added entry's Latin words may meet.
    public static func gram(_ key: String) -> UInt64 { Grams.hash(.loanWord, key) }

    /// Whether a word reads as Hepburn romanization of kana, syllable by syllable (arumazu,
    /// yarosuravuri, tekunorojii): how a mention's readings are told from its translated
    /// English words (shipbuilding, factory) and Latin words kept as printed.
    public static func isKanaReading(_ word: String) -> Bool {
        let b = Array(word.utf8)
        guard !b.isEmpty else { return false }
        var i = 0
        func at(_ k: Int) -> UInt8 { k < b.count ? b[k] : 0 }
        while i < b.count {
            let c = b[i]
            if isVowel(c) { i += 1; continue }
            // The syllabic n: before a consonant, or at the end.
            if c == ascii("n"), i + 1 == b.count || (!isVowel(at(i + 1)) && at(i + 1) != ascii("y")) { i += 1; continue }
            // A doubled consonant (ッ): kk, ss, pp, tt, and tch.
            if c == at(i + 1) && c != ascii("n") && !isVowel(c) { i += 1 }
            else if c == ascii("t") && at(i + 1) == ascii("c") && at(i + 2) == ascii("h") { i += 1 }
            // The onset: ch, sh, ts, or one consonant, then y or not, then a vowel.
            let two = (b[i], at(i + 1))
            if two == (ascii("c"), ascii("h")) || two == (ascii("s"), ascii("h")) || two == (ascii("t"), ascii("s")) {
                i += 2
            } else if onsets.contains(b[i]) {
                i += 1
            } else {
                return false
            }
            if at(i) == ascii("y") { i += 1 }
            guard isVowel(at(i)) else { return false }
            i += 1
        }
        return true
    }

    /// The folded consonants of a word; nil for a word with anything but ASCII lowercase letters.
    static func skeleton(_ word: String.UTF8View, dropPreconsonantalR: Bool, devoiceFinalV: Bool) -> String? {
        let b = Array(word)
        guard !b.isEmpty, b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        func at(_ k: Int) -> UInt8 { k >= 0 && k < b.count ? b[k] : 0 }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        func emit(_ c: UInt8) { if out.last != c { out.append(c) } }
        var i = 0
        while i < b.count {
            let c = b[i], next = at(i + 1)
            switch c {
            case ascii("c"):
                if next == ascii("h") { emit(ascii("k")); i += 2; continue }
                if next == ascii("k") { emit(ascii("k")); i += 2; continue }
                emit(next == ascii("e") || next == ascii("i") || next == ascii("y") ? ascii("s") : ascii("k"))
            case ascii("s"):
                emit(ascii("s"))
                if next == ascii("h") { i += 2; continue }
            case ascii("z"), ascii("j"):
                emit(ascii("s"))
                if next == ascii("h") { i += 2; continue }
            case ascii("k"):
                if next == ascii("h") { emit(ascii("h")); i += 2; continue }
                emit(ascii("k"))
            case ascii("p"):
                if next == ascii("h") { emit(ascii("h")); i += 2; continue }
                emit(ascii("p"))
            case ascii("t"):
                if next == ascii("h") { emit(ascii("s")); i += 2; continue }
                emit(ascii("t"))
            case ascii("q"): emit(ascii("k"))
            case ascii("x"): emit(ascii("k")); emit(ascii("s"))
            case ascii("f"): emit(ascii("h"))
            case ascii("h"):
                // After a consonant it only marks how the consonant sounds.
                if i == 0 || isVowel(at(i - 1)) || at(i - 1) == ascii("y") || at(i - 1) == ascii("w") { emit(ascii("h")) }
            case ascii("v"):
                emit(devoiceFinalV && i > 0 && isVowel(at(i - 1)) && (next == 0 || !(isVowel(next) || next == ascii("y")))
                     ? ascii("h") : ascii("b"))
            case ascii("l"), ascii("r"):
                let drop = dropPreconsonantalR && c == ascii("r") && i > 0 && isVowel(at(i - 1))
                    && (next == 0 || !(isVowel(next) || next == ascii("y")))
                if !drop { emit(ascii("r")) }
            case ascii("m"):
                emit(next == ascii("b") || next == ascii("p") ? ascii("n") : ascii("m"))
            case ascii("w"), ascii("y"), ascii("a"), ascii("e"), ascii("i"), ascii("o"), ascii("u"):
                break
            default:
                emit(c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let onsets: Set<UInt8> = Set("kgsztdnhbpmyrwfvj".utf8)

    @inline(__always) private static func ascii(_ s: Unicode.Scalar) -> UInt8 { UInt8(s.value) }

    @inline(__always) private static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
    }
}

extension NormalizedText {
    /// The words of the text's Hepburn form and translation that read katakana
    /// (`LoanWordKey.isKanaReading`), with their loan-word keys: empty for a text without
    /// kana, and for words of the organisation vocabulary, which are English.
    public var loanWordReadings: [(word: String, key: String)] {
        guard scripts.contains(.kana) else { return [] }
        var readings: [(word: String, key: String)] = []
        for form in forms where form.kind == .hepburn || form.kind == .translation {
            for word in form.tokens where !readings.contains(where: { $0.word == word }) && LoanWordKey.isKanaReading(word)
                && !Normalizer.vocabularyWords.contains(word) {
                if let key = LoanWordKey.key(ofReading: word) { readings.append((word, key)) }
            }
        }
        return readings
    }
}
