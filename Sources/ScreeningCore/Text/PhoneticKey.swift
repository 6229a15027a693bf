/// Phonetic keys: one spelling for the many ways a Japanese or Chinese name is romanized.
///
/// Two keys, because the two languages' variants pull in different directions (Japanese
/// `ou` is a long o; pinyin `zhou` is a syllable):
/// - the Japanese key folds Kunrei-shiki to Hepburn (si→shi, ti→chi, tu→tsu, hu→fu,
///   zi→ji, sya→sha), long vowels (ō, ou, oo, oh → o; uu → u) and the syllabic n
///   (Shin'ichi, Shinichi, Sinniti → shinichi);
/// - the Chinese key reads Wade-Giles and postal spellings as pinyin (hs→x, ts→z or j
///   before i, -ung→-ong, -ieh→-ie, -ih→-i) and merges aspirated with unaspirated initials
///   (zh/ch, j/q, z/c, b/p, d/t, g/k), which unromanized Wade-Giles cannot tell apart, so
///   Chang = Zhang, Hsu = Xu, Tsai = Cai, Chou = Zhou, Tsinghua = Qinghua. It exists only
///   for a token that splits wholly into pinyin syllables.
public struct PhoneticKeys: Sendable {
    /// Hashes (`TextHash`) of the toneless pinyin syllables, probed by rolling hash.
    let syllables: HashIndex
    let longestSyllable: Int
    /// By letter (a = 0): whether some syllable starts with it, and whether some ends with it.
    private let canStart: [Bool]
    private let canEnd: [Bool]
    /// By pair of letters (26 × first + second): whether they can stand side by side in a
    /// string of syllables, inside one or across the seam of two.
    private let canFollow: [Bool]

    /// Builds the Chinese key's syllable inventory from the toneless pinyin syllables.
    public init(pinyinSyllables: Set<String>) {
        let table = HashIndex(capacity: pinyinSyllables.count)
        var longest = 1
        var starts = [Bool](repeating: false, count: 26), ends = starts
        var inside = [Bool](repeating: false, count: 26 * 26)
        for s in pinyinSyllables where !s.isEmpty && s.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            table.insert(TextHash.of(s), 1)
            longest = max(longest, s.utf8.count)
            let letters = s.utf8.map { Int($0) - 0x61 }
            starts[letters.first!] = true
            ends[letters.last!] = true
            for (a, b) in zip(letters, letters.dropFirst()) { inside[a * 26 + b] = true }
        }
        syllables = table
        longestSyllable = longest
        canStart = starts
        canEnd = ends
        canFollow = (0..<(26 * 26)).map { inside[$0] || ends[$0 / 26] && starts[$0 % 26] }
    }

    /// The Japanese key of a lowercase ASCII token; the token itself when no Japanese
    /// romanization writes it so (`mayBeJapanese`).
    public func japanese(_ token: String) -> String {
        guard Self.mayBeJapanese(token.utf8) else { return token }
        var b = Array(token.utf8)
        b = Self.rewrite(b, kunreiToHepburn)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            let next: UInt8 = i + 1 < b.count ? b[i + 1] : 0
            if let last = out.last {
                // Long vowels: oo, ou, uu, aa, ii, ee collapse; oh before a consonant or the end.
                if Self.isVowel(c) && c == last { i += 1; continue }
                if c == UInt8(ascii: "u") && last == UInt8(ascii: "o") { i += 1; continue }
                if c == UInt8(ascii: "h") && last == UInt8(ascii: "o") && (next == 0 || !Self.isVowel(next) && next != UInt8(ascii: "y")) {
                    i += 1; continue
                }
                // Syllabic n written nn or n' (the apostrophe is gone by now).
                if c == UInt8(ascii: "n") && last == UInt8(ascii: "n") { i += 1; continue }
            }
            // m before a labial is the syllabic n (Shimbashi = Shinbashi).
            if c == UInt8(ascii: "m") && (next == UInt8(ascii: "b") || next == UInt8(ascii: "p")) && !out.isEmpty {
                out.append(UInt8(ascii: "n")); i += 1; continue
            }
            out.append(c)
            i += 1
        }
        return out.elementsEqual(token.utf8) ? token : String(decoding: out, as: UTF8.self)
    }

    /// Whether a token can be a Japanese word romanized (Hepburn or Kunrei): none writes l,
    /// q, v, x, zh, or c but in ch. Without it, the Kunrei reading of hu as fu made pinyin's
    /// Huzhou University Fuzhou University (0.96), two cities' universities.
    static func mayBeJapanese(_ token: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for c in token {
            switch c {
            case UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "v"), UInt8(ascii: "x"): return false
            case UInt8(ascii: "h") where previous == UInt8(ascii: "z"): return false
            case UInt8(ascii: "h") where previous == UInt8(ascii: "c"): break
            default: if previous == UInt8(ascii: "c") { return false }
            }
            previous = c
        }
        return previous != UInt8(ascii: "c")
    }

    /// The Chinese key of a lowercase ASCII token, with its syllables; nil unless the token
    /// (after reading Wade-Giles and postal spellings) splits wholly into pinyin syllables.
    public func chinese(_ token: String) -> (key: String, syllables: [String])? {
        guard let last = token.utf8.last, Self.canEndSyllable(last) else { return nil }
        let b = Array(token.utf8)
        guard !b.isEmpty, b.count <= 40, b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var source = b
        var lengths = syllableLengths(b)
        if lengths == nil {
            source = Self.rewrite(b, wadeGilesToPinyin)
            lengths = syllableLengths(source)
        }
        if let lengths {
            var parts: [[UInt8]] = []
            var i = 0
            for length in lengths {
                parts.append(Array(source[i..<(i + length)]))
                i += length
            }
            var key: [UInt8] = []
            for part in parts { Self.appendMergingAspiration(part[...], to: &key) }
            return (String(decoding: key, as: UTF8.self), parts.map { String(decoding: $0, as: UTF8.self) })
        }
        return nil
    }

    /// The Chinese key alone (no syllable strings): the form the hot paths use.
    public func chineseKey(_ token: String) -> String? {
        // Every pinyin (and Wade-Giles) syllable ends in a vowel, n, g or r: most English
        // words are turned away by their last letter before any syllable is looked up.
        guard let last = token.utf8.last, Self.canEndSyllable(last) else { return nil }
        let b = Array(token.utf8)
        guard b.count <= 40, b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var source = b
        var lengths = syllableLengths(b)
        if lengths == nil {
            source = Self.rewrite(b, wadeGilesToPinyin)
            lengths = syllableLengths(source)
        }
        guard let lengths else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(source.count)
        var i = 0
        for length in lengths {
            Self.appendMergingAspiration(source[i..<(i + length)], to: &key)
            i += length
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Splits into pinyin syllables, preferring the split with the fewest syllables.
    public func split(_ b: [UInt8]) -> [[UInt8]]? {
        guard let lengths = syllableLengths(b) else { return nil }
        var parts: [[UInt8]] = []
        var i = 0
        for length in lengths {
            parts.append(Array(b[i..<(i + length)]))
            i += length
        }
        return parts
    }

    /// The lengths of the fewest-syllable split, or nil if there is none.
    func syllableLengths(_ b: [UInt8]) -> [Int]? {
        couldSplit(b) ? splitLengths(b) : nil
    }

    /// False when no split into syllables can exist: a letter no syllable starts or ends
    /// with at either end, or two side by side that no syllable and no seam of two hold
    /// (science: sc). Many English words fail here, before the search looks up a syllable.
    func couldSplit(_ b: [UInt8]) -> Bool {
        guard let first = b.first, let last = b.last else { return false }
        func letter(_ c: UInt8) -> Int? { c >= 0x61 && c <= 0x7A ? Int(c) - 0x61 : nil }
        guard let f = letter(first), canStart[f], let l = letter(last), canEnd[l] else { return false }
        var previous = f
        for c in b.dropFirst() {
            guard let next = letter(c), canFollow[previous * 26 + next] else { return false }
            previous = next
        }
        return true
    }

    /// `syllableLengths` by the search alone.
    func splitLengths(_ b: [UInt8]) -> [Int]? {
        let n = b.count
        guard n > 0, n <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: (count: Int, length: Int).self, capacity: n + 1) { best in
            best[n] = (0, 0)
            for i in stride(from: n - 1, through: 0, by: -1) {
                best[i] = (Int.max, 0)
                var hash = TextHash.Stream()
                for length in 1...min(longestSyllable, n - i) {
                    hash.add(b[i + length - 1])
                    let rest = best[i + length].count
                    if rest != Int.max && rest + 1 < best[i].count && syllables.lookup(hash.value) != nil {
                        best[i] = (rest + 1, length)
                    }
                }
            }
            guard best[0].count != Int.max else { return nil }
            var lengths: [Int] = []
            var i = 0
            while i < n {
                lengths.append(best[i].length)
                i += best[i].length
            }
            return lengths
        }
    }

    @inline(__always)
    static func canEndSyllable(_ c: UInt8) -> Bool {
        isVowel(c) || c == UInt8(ascii: "n") || c == UInt8(ascii: "g") || c == UInt8(ascii: "r") || c == UInt8(ascii: "v")
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
    }

    /// Appends a syllable with one initial per aspiration pair, so unmarked Wade-Giles meets
    /// pinyin (in place: a syllable's own array, made for every syllable of every key, was
    /// a good part of the key's cost).
    private static func appendMergingAspiration(_ s: ArraySlice<UInt8>, to key: inout [UInt8]) {
        guard let first = s.first else { return }
        if first == UInt8(ascii: "c") && s.count >= 2 && s[s.startIndex + 1] == UInt8(ascii: "h") {
            key.append(UInt8(ascii: "z"))
            key.append(contentsOf: s.dropFirst())
            return
        }
        switch first {
        case UInt8(ascii: "q"): key.append(UInt8(ascii: "j"))
        case UInt8(ascii: "c"): key.append(UInt8(ascii: "z"))
        case UInt8(ascii: "p"): key.append(UInt8(ascii: "b"))
        case UInt8(ascii: "t"): key.append(UInt8(ascii: "d"))
        case UInt8(ascii: "k"): key.append(UInt8(ascii: "g"))
        default: key.append(first)
        }
        key.append(contentsOf: s.dropFirst())
    }

    /// Applies (pattern, replacement, condition-on-next-byte) rules left to right, longest first.
    /// A rewrite rule: pattern, replacement, and whether it applies only before (true) or
    /// not before (false) an i or y.
    typealias Rule = (pattern: [UInt8], replacement: [UInt8], beforeI: Bool?)

    /// Rules grouped by their pattern's first letter, longest first.
    struct Rules: Sendable {
        let byFirst: [[Rule]]
        let firstLetters: [Bool]
    }

    private static func rewrite(_ b: [UInt8], _ rules: Rules) -> [UInt8] {
        // Most tokens hold no letter any rule starts with: nothing to copy.
        guard b.contains(where: { rules.firstLetters[Int($0)] }) else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 4)
        var i = 0
        outer: while i < b.count {
            for rule in rules.byFirst[Int(b[i])] where b.count - i >= rule.pattern.count {
                var matches = true
                for k in 0..<rule.pattern.count where b[i + k] != rule.pattern[k] { matches = false; break }
                guard matches else { continue }
                if let beforeI = rule.beforeI {
                    let next = i + rule.pattern.count < b.count ? b[i + rule.pattern.count] : 0
                    if (next == UInt8(ascii: "i") || next == UInt8(ascii: "y")) != beforeI { continue }
                }
                out.append(contentsOf: rule.replacement)
                i += rule.pattern.count
                continue outer
            }
            out.append(b[i])
            i += 1
        }
        return out
    }

    private static func rules(_ pairs: [(String, String, Bool?)]) -> Rules {
        var byFirst = [[Rule]](repeating: [], count: 256)
        var firstLetters = [Bool](repeating: false, count: 256)
        for (pattern, replacement, beforeI) in pairs.sorted(by: { $0.0.count > $1.0.count }) where pattern != replacement {
            let first = Int(pattern.utf8.first!)
            byFirst[first].append((Array(pattern.utf8), Array(replacement.utf8), beforeI))
            firstLetters[first] = true
        }
        return Rules(byFirst: byFirst, firstLetters: firstLetters)
    }

    private let kunreiToHepburn = PhoneticKeys.rules([
        ("sya", "sha", nil), ("syu", "shu", nil), ("syo", "sho", nil),
        ("tya", "cha", nil), ("tyu", "chu", nil), ("tyo", "cho", nil),
        ("zya", "ja", nil), ("zyu", "ju", nil), ("zyo", "jo", nil),
        ("jya", "ja", nil), ("jyu", "ju", nil), ("jyo", "jo", nil),
        ("shi", "shi", nil), ("chi", "chi", nil), ("tsu", "tsu", nil),
        ("si", "shi", nil), ("ti", "chi", nil), ("tu", "tsu", nil), ("hu", "fu", nil),
        ("zi", "ji", nil), ("di", "ji", nil), ("du", "zu", nil),
    ])

    private let wadeGilesToPinyin = PhoneticKeys.rules([
        ("hs", "x", nil), ("tz", "z", nil), ("ts", "j", true), ("ts", "z", false),
        ("ung", "ong", nil), ("ieh", "ie", nil), ("ien", "ian", nil), ("uei", "ui", nil),
        ("ih", "i", nil), ("eh", "e", nil),
    ])
}

/// A word's two phonetic keys, as `PhoneticKeys` makes them: the Japanese key, and the
/// Chinese one when the word splits wholly into pinyin syllables.
struct TokenPhoneticKeys {
    let japanese: String
    let chinese: String?
}
