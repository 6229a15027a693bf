import Foundation

/// Japanese readings and English names from the EDRDG dictionaries Debian ships
/// (`enamdict`, `edict`, `kanjidic` in /usr/share/edict; CC BY-SA), read at run time when
/// installed. Without them the normalizer still works, with no Japanese readings.
///
/// - ENAMDICT: surnames, given names, places, and organisations with their English names
///   (国防科学技術大学 → National University of Defense Technology).
/// - JMdict (`edict`): ordinary words with readings and glosses (研究所 → research institute).
/// - KANJIDIC: on, kun and name readings of single kanji, for words found in neither.
public final class JapaneseLexicon: Sendable {
    /// The folder the dictionaries were read from.
    public let directory: URL
    let names: EdictFile?
    let words: EdictFile?
    let kanjiReadings: [UInt32: [String]]

    /// Where Debian installs the dictionaries.
    public static let defaultDirectory = URL(fileURLWithPath: "/usr/share/edict")

    /// Which dictionaries were found.
    public var available: [String] {
        var result: [String] = []
        if names != nil { result.append("enamdict") }
        if words != nil { result.append("edict") }
        if !kanjiReadings.isEmpty { result.append("kanjidic") }
        return result
    }

    /// Lets the system take back the pages of ENAMDICT and JMdict read so far.
    func dropResidentPages() {
        names?.dropResidentPages()
        words?.dropResidentPages()
    }

    /// The three dictionaries' file names, in the Debian packages' folder.
    static let namesFile = "enamdict", wordsFile = "edict", kanjiFile = "kanjidic"
    static var fileNames: [String] { [namesFile, wordsFile, kanjiFile] }

    /// Loads whichever of the three dictionaries are in `directory`; nil if none is.
    /// Headwords are indexed by the canonical forms `tables` give.
    public init?(directory: URL = JapaneseLexicon.defaultDirectory, tables: TextTables) {
        self.directory = directory
        // ENAMDICT, the largest, is read on another thread while this one reads the other
        // two: the first Han or kana text waits for all of them.
        let names = BackgroundValue { EdictFile(url: directory.appendingPathComponent(Self.namesFile), tables: tables, skipFullNames: true) }
        words = EdictFile(url: directory.appendingPathComponent(Self.wordsFile), tables: tables)
        kanjiReadings = Self.kanjiReadings(kanjidic: directory.appendingPathComponent(Self.kanjiFile), tables: tables)
        self.names = names.value
        if self.names == nil && words == nil && kanjiReadings.isEmpty { return nil }
    }

    /// KANJIDIC's readings of each kanji (by its canonical form): on, kun, then name readings.
    /// Read on the EUC-JP bytes, a reading decoded when kept: ASCII bytes never occur inside
    /// an EUC-JP character, and a `String` per line and field was most of this load (perf of
    /// `entity-screen normalize` on a Han string).
    private static func kanjiReadings(kanjidic: URL, tables: TextTables) -> [UInt32: [String]] {
        var readings: [UInt32: [String]] = [:]
        guard let decoder = EUCJP.shared, let file = MappedFile(url: kanjidic) else { return readings }
        let b = file.bytes, n = b.count
        var lineEnd = -1
        while lineEnd + 1 < n {
            let lineStart = lineEnd + 1
            lineEnd = lineStart
            while lineEnd < n && b[lineEnd] != 0x0A { lineEnd += 1 }
            let kanji = decoder.decode(b, at: lineStart).scalar
            guard kanji > 0x2E80 else { continue }
            // Katakana fields are on readings, hiragana kun; after "T1" come name readings.
            var on: [String] = [], kun: [String] = [], nanori: [String] = []
            var inNames = false
            var i = lineStart
            while i < lineEnd && b[i] != 0x20 { i += 1 }
            while i < lineEnd {
                while i < lineEnd && b[i] == 0x20 { i += 1 }
                let start = i
                while i < lineEnd && b[i] != 0x20 { i += 1 }
                if i - start == 2 && b[start] == UInt8(ascii: "T") { inNames = b[start + 1] == UInt8(ascii: "1"); continue }
                guard i > start else { continue }
                let first = decoder.decode(b, at: start).scalar
                let isOn = (0x30A1...0x30FA).contains(first)
                guard isOn || Kana.isHiragana(first) else { continue }
                // The reading before its okurigana (after "."), without hyphens.
                var stop = start
                while stop < i && b[stop] != UInt8(ascii: ".") { stop += 1 }
                var utf8 = decoder.utf8(b, from: start, to: stop)
                utf8.removeAll { $0 == UInt8(ascii: "-") }
                if utf8.isEmpty { continue }
                let reading = String(decoding: utf8, as: UTF8.self)
                if isOn { on.append(reading) } else if inNames { nanori.append(reading) } else { kun.append(reading) }
            }
            let key = tables.han(kanji).canonical
            if readings[key] == nil { readings[key] = on + kun + nanori }
        }
        return readings
    }

    /// A word of a segmented kanji run, with its reading and what it is.
    public struct Word: Sendable {
        public var text: String
        /// Reading in kana (empty if none known).
        public var reading: String
        /// English glosses (JMdict) or names (ENAMDICT).
        public var glosses: [String]
        /// ENAMDICT type tags (s, m, f, g, p, o, c, ...), or `n` etc. from JMdict.
        public var tags: [String]
        /// Which dictionary gave it.
        public var source: String
    }

    /// The English name of an organisation written exactly so (ENAMDICT `(o)` and `(c)`).
    public func organisationNames(_ canonicalText: String) -> [String] {
        guard let names else { return [] }
        var result: [String] = []
        for entry in names.entries(canonicalText) where entry.tags.contains("o") || entry.tags.contains("c") {
            for gloss in entry.glosses where !result.contains(gloss) { result.append(gloss) }
        }
        return result
    }

    /// The English of a word written in kana exactly so: JMdict's first gloss for a word of
    /// the language (センター centre, not the surname Senter), else ENAMDICT's name (モスクワ
    /// Moscow, シャリフ Sharif), a gloss without a note in brackets first (Moscow before
    /// "Moskva (Russia)"), the note left out; nil when neither has it. `isName` when it is
    /// ENAMDICT's (マレク Marek): a name another language may spell otherwise (Malek).
    public func english(kana canonicalText: String) -> (english: String, isName: Bool)? {
        if let gloss = jmdictGloss(canonicalText) { return (gloss, false) }
        // An English plural written with ズ, which JMdict lists without (ソリューションズ,
        // Solutions; テクノロジーズ, Technologies).
        if canonicalText.hasSuffix("ズ"), canonicalText.unicodeScalars.count >= 4,
           let gloss = jmdictGloss(String(canonicalText.dropLast())), gloss.allSatisfy(\.isLetter) {
            return (Self.plural(gloss), false)
        }
        guard let names else { return nil }
        let glosses = names.entries(canonicalText).flatMap(\.glosses)
        let chosen = glosses.first { !$0.contains("(") } ?? glosses.first
        return chosen.map(Glossary.withoutParentheses).flatMap { $0.isEmpty ? nil : ($0, true) }
    }

    /// JMdict's first gloss of a word written exactly so, its note in brackets left out.
    private func jmdictGloss(_ canonicalText: String) -> String? {
        jmdictWord(canonicalText)?.glosses.lazy.map(Glossary.withoutParentheses).first { !$0.isEmpty }
    }

    /// An English noun's plural: technology technologies, process processes, solution solutions.
    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        return noun + "s"
    }

    /// A katakana compound no dictionary has whole, split before its longest ending that is
    /// a JMdict word of three kana or more, where either the ending's English is a word
    /// `isDescriptor` accepts (センスタイム | ジャパン Japan, アガト | システム system) or the
    /// rest, of two kana or more, is a name ENAMDICT has and JMdict has not (カザン | ヘリコプター
    /// helicopter, a place's): the rest, to be read, and the ending's English. Nil when there
    /// is no such ending. A compound of two words of the language (オール | パーツ, ハイク |
    /// ビジョン) is a name coined whole, read whole (Allparts, not oar parts), and only JMdict's
    /// words end a compound: a name's own ending (ENAMDICT's ポルト, or JMdict's スキー ski
    /// after カスペル, which no dictionary has) is not split off.
    public func compound(kana scalars: [UInt32], isDescriptor: (String) -> Bool) -> (rest: [UInt32], english: String)? {
        guard scalars.count >= 5 else { return nil }
        for start in 2...(scalars.count - 3) {
            guard let gloss = jmdictGloss(Normalizer.string(Array(scalars[start...]))) else { continue }
            let rest = Array(scalars[..<start]), restText = Normalizer.string(rest)
            if isDescriptor(gloss) || (names?.contains(restText) == true && jmdictWord(restText) == nil) { return (rest, gloss) }
        }
        return nil
    }

    /// Splits a run of canonical Han (or kana) text into dictionary words: the split with
    /// the lowest cost, where a dictionary word costs 1, a single kanji more (so 愛知|県立
    /// beats 愛知県|立), a kanji only KANJIDIC knows more still, and an unknown one most.
    /// Candidates are probed by rolling hash; only the chosen words are parsed.
    public func segment(_ scalars: [UInt32]) -> [Word] {
        let n = scalars.count
        guard n > 0 else { return [] }
        // best[i]: lowest cost of scalars[i...], and the length of its first word.
        var best = [(cost: Double, length: Int)](repeating: (Double.infinity, 0), count: n + 1)
        best[n] = (0, 0)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var hash = TextHash.Stream()
            for length in 1...min(10, n - i) {
                hash.add(scalar: scalars[i + length - 1])
                guard best[i + length].cost.isFinite else { continue }
                let cost: Double
                if contains(hash: hash.value) {
                    cost = length >= 2 ? 1.0 : 1.6
                } else if length == 1 {
                    cost = kanjiReadings[scalars[i]] != nil ? 1.8 : 3
                } else {
                    continue
                }
                if cost + best[i + length].cost < best[i].cost { best[i] = (cost + best[i + length].cost, length) }
            }
        }
        var result: [Word] = []
        var i = 0
        while i < n {
            let length = max(best[i].length, 1)
            let piece = Normalizer.string(Array(scalars[i..<(i + length)]))
            result.append(lookup(piece) ?? kanji(piece, scalars[i])
                          ?? Word(text: piece, reading: "", glosses: [], tags: [], source: ""))
            i += length
        }
        return result
    }

    /// True if either dictionary has a headword with this canonical `TextHash`.
    func contains(hash: UInt64) -> Bool {
        words?.contains(hash: hash) == true || names?.contains(hash: hash) == true
    }

    private func lookup(_ piece: String) -> Word? {
        let hash = TextHash.of(piece)
        // JMdict's common (P) entry first: 市立 is shiritsu before ichiritsu.
        if let words, words.contains(hash: hash) {
            let entries = words.entries(hash: hash)
            if let entry = entries.first(where: { $0.tags.contains("P") }) ?? entries.first, let reading = entry.readings.first {
                return Word(text: piece, reading: reading, glosses: entry.glosses, tags: entry.tags, source: "JMdict")
            }
        }
        if let names, names.contains(hash: hash) {
            // Prefer the commonest kind of name reading: surnames and places, then given names.
            let ranked = names.entries(hash: hash).sorted { rank($0.tags) < rank($1.tags) }
            if let entry = ranked.first, let reading = entry.readings.first {
                return Word(text: piece, reading: reading, glosses: entry.glosses, tags: entry.tags, source: "ENAMDICT")
            }
        }
        return nil
    }

    /// True if JMdict has a word whose canonical form has this `TextHash`.
    func jmdictContains(hash: UInt64) -> Bool { words?.contains(hash: hash) == true }

    /// The JMdict entry for a word written exactly so, if any: the first, or the first that
    /// names a country where another comes before it (イラン, JMdict's castor oil plant before
    /// Iran: organisations' names hold countries).
    public func jmdictWord(_ canonicalText: String) -> Word? {
        guard let words, words.contains(canonicalText) else { return nil }
        let entries = words.entries(canonicalText)
        guard let entry = entries.count > 1 ? entries.first(where: Self.namesCountry) ?? entries.first : entries.first else { return nil }
        return Word(text: canonicalText, reading: entry.readings.first ?? "", glosses: entry.glosses, tags: entry.tags,
                    source: "JMdict")
    }

    /// Whether an entry's first gloss is a country's name (four letters or more: not a
    /// code such as IT).
    private static func namesCountry(_ entry: EdictFile.Entry) -> Bool {
        guard let gloss = entry.glosses.first.map(Glossary.withoutParentheses), gloss.count >= 4 else { return false }
        return CountryNames.code(gloss) != nil
    }

    private func rank(_ tags: [String]) -> Int {
        if tags.contains("p") && tags.contains("s") { return 0 }
        if tags.contains("s") { return 1 }
        if tags.contains("p") { return 2 }
        if tags.contains("m") || tags.contains("f") || tags.contains("g") { return 3 }
        return 4
    }

    private func kanji(_ piece: String, _ scalar: UInt32) -> Word? {
        guard let readings = kanjiReadings[scalar], let first = readings.first else { return nil }
        return Word(text: piece, reading: first, glosses: [], tags: [], source: "KANJIDIC")
    }
}
