import Foundation

/// English for the words organisation names are made of, so a Han or kana name can meet a
/// list that has only English names (the US lists have no Chinese script at all).
///
/// Three sources, in order of trust: the project's own vocabulary of organisation words
/// (below: 工业大学 → university of technology, 研究所 → research institute), CC-CEDICT's
/// glosses (`Data/Tables/cedict-glosses.tsv`, CC BY-SA 4.0) with its proper nouns for
/// places (哈尔滨 → Harbin), and JMdict's glosses for Japanese text (via `JapaneseLexicon`).
/// A word none of them knows is read in pinyin, as place names are written in English.
///
/// The table stays as its bytes with a hash index over its keys; candidate words are probed
/// by rolling hash and only the chosen ones are parsed, so the hot loop builds no strings.
public final class Glossary: Sendable {
    /// A CC-CEDICT entry: glosses of the ordinary word and of the proper noun.
    struct Entry: Sendable {
        var word: [String] = []
        var properNoun: [String] = []
        var pinyin: String = ""
    }

    private let bytes: [UInt8]
    /// Per line: byte ranges of key, kind, glosses and pinyin.
    private let lines: [(key: Range<Int>, proper: Bool, glosses: Range<Int>, pinyin: Range<Int>)]
    /// Key hash → first line with that key (a key has at most a W and a P line, adjacent).
    private let index: HashIndex
    private let vocabularyIndex: HashIndex
    private let vocabularyList: [(String, [String])]
    let longestKey: Int
    /// Each proper noun's English (`englishKey`) → the Han keys CC-CEDICT gives it to, made
    /// when a translation first needs to know (`withoutOthersNames`).
    private let properNounOwners: Lazy<[String: [String]]>

    /// Loads `Tables/cedict-glosses.tsv` from the data folder.
    public init(dataDirectory: URL) throws {
        let table = try TableLines(contentsOf: dataDirectory.appendingPathComponent("Tables/cedict-glosses.tsv"))
        var lines: [(key: Range<Int>, proper: Bool, glosses: Range<Int>, pinyin: Range<Int>)] = []
        lines.reserveCapacity(100_000)
        var longest = 4
        let index = HashIndex(capacity: 100_000)
        var previousHash: UInt64 = 0
        table.bytes.withUnsafeBufferPointer { buffer in
            for fields in table where fields.count >= 3 {
                let hash = TextHash.of(bytes: UnsafeBufferPointer(rebasing: buffer[fields[0]]))
                if hash != previousHash || lines.isEmpty { index.insert(hash, Int32(lines.count)) }
                previousHash = hash
                lines.append((fields[0], table.bytes[fields[1]].first == UInt8(ascii: "P"), fields[2],
                              fields.count >= 4 ? fields[3] : fields[2].upperBound..<fields[2].upperBound))
                longest = max(longest, fields[0].count / 3)
            }
        }
        let vocabularyIndex = HashIndex(capacity: Self.vocabulary.count)
        let vocabularyList = Self.vocabulary.sorted { $0.key < $1.key }
        for (position, (key, _)) in vocabularyList.enumerated() {
            vocabularyIndex.insert(TextHash.of(key), Int32(position))
            longest = max(longest, key.unicodeScalars.count)
        }
        // The lines' own storage, shared with `self.lines`, not a filtered copy of its own.
        let bytes = table.bytes, allLines = lines
        self.bytes = bytes
        properNounOwners = Lazy {
            var owners: [String: [String]] = [:]
            for line in allLines where line.proper {
                let han = String(decoding: bytes[line.key], as: UTF8.self)
                for gloss in String(decoding: bytes[line.glosses], as: UTF8.self).split(separator: "|") {
                    // Organisations' names only: the words a translation composes end in a
                    // kind's word (606 of the 21,543 glosses of its proper nouns; all of them
                    // put 2–3 MiB on the ROR index's peak).
                    let key = Self.englishKey(gloss)
                    guard key.split(separator: " ").contains(where: { Self.organisationHeads.contains(String($0)) }) else { continue }
                    owners[key, default: []].append(han)
                }
            }
            return owners
        }
        self.lines = lines
        self.index = index
        self.vocabularyIndex = vocabularyIndex
        self.vocabularyList = vocabularyList
        longestKey = min(longest, 12)
    }

    /// The CC-CEDICT entry of a key hash, parsed (nil if none).
    private func entry(hash: UInt64) -> Entry? {
        guard let first = index.lookup(hash) else { return nil }
        var entry = Entry()
        var line = Int(first)
        let key = lines[line].key
        while line < lines.count && bytes[lines[line].key].elementsEqual(bytes[key]) {
            let glosses = String(decoding: bytes[lines[line].glosses], as: UTF8.self).split(separator: "|").map(String.init)
            if lines[line].proper { entry.properNoun = glosses } else { entry.word = glosses }
            if entry.pinyin.isEmpty { entry.pinyin = String(decoding: bytes[lines[line].pinyin], as: UTF8.self) }
            line += 1
        }
        return entry
    }

    /// Words that make an English name an organisation's (`properNounOwners`).
    private static let organisationHeads: Set<String> = [
        "university", "institute", "college", "academy", "school", "laboratory", "hospital", "center", "centre", "bureau",
        "ministry", "agency", "association", "society", "foundation", "organization", "council", "administration",
        "commission", "company", "corporation", "group", "bank", "factory", "works", "plant",
    ]

    /// An English name as a key: lowercase words of letters and digits, without the little
    /// words names drop or keep at will (of, the, and).
    static func englishKey<S: StringProtocol>(_ english: S) -> String {
        english.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { !["of", "the", "and"].contains($0) }.joined(separator: " ")
    }

    /// `words` without an English rendering of a common word after a proper noun (大连
    /// 工业大学) that, with the noun's English, makes the name CC-CEDICT gives another Han
    /// name: "Dalian University of Technology" is 大连理工大学's, so 大连工业大学 (Dalian
    /// Polytechnic University) is rendered only as "Dalian technical university". A word
    /// keeps its renderings when every one is another's.
    func withoutOthersNames(_ words: [Word]) -> [Word] {
        guard words.count >= 2 else { return words }
        var result = words
        var table: [String: [String]]?
        for i in 1..<words.count where words[i].english.count > 1 && words[i - 1].isProperNoun && !words[i].isProperNoun {
            guard let noun = words[i - 1].english.first else { continue }
            let han = words[i - 1].text + words[i].text
            // Made (or fetched under its lock) once per run, and only for a run that needs it.
            let owners = table ?? properNounOwners.get
            table = owners
            let kept = words[i].english.filter { rendering in
                owners[Self.englishKey(noun + " " + rendering)].map { $0.contains(han) } ?? true
            }
            if !kept.isEmpty && kept.count < words[i].english.count { result[i].english = kept }
        }
        return result
    }

    /// One word of a translated run.
    public struct Word: Sendable, Equatable {
        /// The canonical Han (or kana) text of the word.
        public var text: String
        /// English renderings, best first.
        public var english: [String]
        /// Toneless pinyin syllables of the word joined (CC-CEDICT's, when it has the word).
        public var pinyin: String
        /// Where the English came from: `vocabulary`, `CC-CEDICT`, `CC-CEDICT place`, `JMdict`, `number`, `reading`.
        public var source: String
        /// Whether CC-CEDICT gives the characters as a proper noun (`CC-CEDICT place`; and
        /// JMdict's word for a place, 長崎 Nagasaki, whose English JMdict gives as a noun's).
        public var isProperNoun = false
    }

    /// Which dictionary a DP candidate came from.
    private enum Source { case vocabulary, jmdict, cedict, number, reading }

    /// Splits a canonical Han run into words and gives each its English. The split is the
    /// one with the fewest words over the vocabulary, CC-CEDICT (and JMdict for Japanese
    /// text, whose sense of a word comes first there: 県立 prefectural); a character no
    /// dictionary knows costs more and is read with `reading`, as names and places are
    /// written in English.
    public func translate(_ scalars: [UInt32], japanese: Bool, lexicon: JapaneseLexicon?,
                          reading: (UInt32) -> String) -> [Word] {
        let n = scalars.count
        guard n > 0 else { return [] }
        var best = [(cost: Int, length: Int, source: Source)](repeating: (Int.max, 0, .reading), count: n + 1)
        best[n] = (0, 0, .reading)
        for i in stride(from: n - 1, through: 0, by: -1) {
            if let (_, length) = Self.number(scalars, from: i), best[i + length].cost != Int.max {
                best[i] = (best[i + length].cost + 2, length, .number)
            }
            var hash = TextHash.Stream()
            for length in 1...min(longestKey, n - i) {
                hash.add(scalar: scalars[i + length - 1])
                guard best[i + length].cost != Int.max else { continue }
                let h = hash.value
                let source: Source
                if vocabularyIndex.lookup(h) != nil {
                    source = .vocabulary
                } else if length >= 2 && japanese && lexicon?.jmdictContains(hash: h) == true {
                    source = .jmdict
                } else if length >= 2 && index.lookup(h) != nil {
                    source = .cedict
                } else if length == 1 {
                    source = .reading
                } else {
                    continue
                }
                let cost = best[i + length].cost + (source == .reading ? 3 : 2)
                if cost < best[i].cost { best[i] = (cost, length, source) }
            }
        }
        var words: [Word] = []
        var i = 0
        while i < n {
            let (_, length, source) = best[i]
            let piece = Array(scalars[i..<(i + length)])
            let word = makeWord(piece, source: source, lexicon: lexicon, reading: reading)
            // Characters read one by one join into one word (an unknown name: 绵阳 mianyang).
            if word.source == "reading", let last = words.last, last.source == "reading" {
                words[words.count - 1].text += word.text
                words[words.count - 1].english = [last.english[0] + word.english[0]]
                words[words.count - 1].pinyin += word.pinyin
            } else {
                words.append(word)
            }
            i += max(length, 1)
        }
        return words
    }

    private func makeWord(_ scalars: [UInt32], source: Source, lexicon: JapaneseLexicon?, reading: (UInt32) -> String) -> Word {
        let text = Normalizer.string(scalars)
        let hash = TextHash.of(text)
        switch source {
        case .number:
            let value = Self.number(scalars, from: 0)?.0 ?? 0
            return Word(text: text, english: [String(value)], pinyin: "", source: "number")
        case .vocabulary:
            let english = vocabularyIndex.lookup(hash).map { vocabularyList[Int($0)].1 } ?? []
            return Word(text: text, english: english, pinyin: entry(hash: hash)?.pinyin ?? "", source: "vocabulary")
        case .jmdict:
            let glosses = (lexicon?.jmdictWord(text)?.glosses ?? []).map(Self.withoutParentheses).filter { !$0.isEmpty }
            if !glosses.isEmpty {
                let entry = entry(hash: hash)
                return Word(text: text, english: Array(glosses.prefix(3)), pinyin: entry?.pinyin ?? "", source: "JMdict",
                            isProperNoun: entry.map(Self.isPlace) ?? false)
            }
            return makeWord(scalars, source: .cedict, lexicon: lexicon, reading: reading)
        case .cedict:
            if let entry = entry(hash: hash) {
                if Self.isPlace(entry) {
                    // A proper noun read as English writes it (哈尔滨 → Harbin); an ordinary
                    // gloss that is just the place (中国 china) is as good.
                    return Word(text: text, english: entry.properNoun + entry.word, pinyin: entry.pinyin, source: "CC-CEDICT place",
                                isProperNoun: true)
                }
                if !entry.word.isEmpty {
                    // A verb's "to" (计算 to count) is no word of a name.
                    let glosses = entry.word.map { $0.hasPrefix("to ") && $0.utf8.count > 3 ? String($0.dropFirst(3)) : $0 }
                    return Word(text: text, english: glosses + entry.properNoun, pinyin: entry.pinyin, source: "CC-CEDICT")
                }
            }
            fallthrough
        case .reading:
            let syllables = scalars.map(reading).joined()
            return Word(text: text, english: [syllables], pinyin: syllables, source: "reading")
        }
    }

    /// "Aichi prefecture (Chubu area)" → "Aichi prefecture".
    static func withoutParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { result.append(c) }
        }
        return result.split(separator: " ").joined(separator: " ")
    }

    /// Splits a Han run into dictionary words of at most `longest` characters (longest match).
    func segment(_ scalars: [UInt32], longest: Int) -> [[UInt32]] {
        var words: [[UInt32]] = []
        var i = 0
        while i < scalars.count {
            var length = 1
            var hash = TextHash.Stream()
            for candidate in 1...min(longest, scalars.count - i) {
                hash.add(scalar: scalars[i + candidate - 1])
                if candidate >= 2 && (index.lookup(hash.value) != nil || vocabularyIndex.lookup(hash.value) != nil) {
                    length = candidate
                }
            }
            words.append(Array(scalars[i..<(i + length)]))
            i += length
        }
        return words
    }

    /// The English name of a place CC-CEDICT lists as a proper noun (西安 → Xi'an), read as
    /// a translation reads it; nil for any other text.
    public func placeName(_ text: String) -> String? { placeNames(text)?.first }

    /// Every English name CC-CEDICT gives a place (美国: United States, USA, US); nil for
    /// any other text.
    public func placeNames(_ text: String) -> [String]? {
        guard let entry = entry(hash: TextHash.of(text)), Self.isPlace(entry) else { return nil }
        return entry.properNoun
    }

    /// Whether an entry reads as a place: a proper noun, with at most one ordinary gloss
    /// (中国 china is as good).
    private static func isPlace(_ entry: Entry) -> Bool { !entry.properNoun.isEmpty && entry.word.count <= 1 }

    /// The project's vocabulary's English for a word written exactly so (its first
    /// rendering), if the vocabulary has it: katakana words' too (コンツェルン concern).
    public func vocabularyEnglish(_ text: String) -> String? {
        vocabularyIndex.lookup(TextHash.of(text)).flatMap { vocabularyList[Int($0)].1.first }
    }

    /// Whether `text` is a common word (electronic 电子, river 河川): the project's vocabulary's
    /// or one CC-CEDICT glosses as no proper noun.
    public func isCommonWord(_ text: String) -> Bool {
        let hash = TextHash.of(text)
        if vocabularyIndex.lookup(hash) != nil { return true }
        guard let entry = entry(hash: hash) else { return false }
        return entry.properNoun.isEmpty && !entry.word.isEmpty
    }

    /// CC-CEDICT's reading of a word it lists.
    func pinyin(of scalars: [UInt32]) -> String? {
        var hash = TextHash.Stream()
        for s in scalars { hash.add(scalar: s) }
        guard let reading = entry(hash: hash.value)?.pinyin, !reading.isEmpty else { return nil }
        return reading
    }

    /// A Chinese numeral (第二十 → 20, 〇一二 ... 九十九百) starting at `start`, with its length.
    static func number(_ s: [UInt32], from start: Int) -> (Int, Int)? {
        var i = start
        if i < s.count && s[i] == 0x7B2C { i += 1 }   // 第 "No." is part of the number
        let digitsStart = i
        var total = 0
        var current = 0
        var sawDigit = false
        var previousWasDigit = false
        while i < s.count {
            if let d = digits[s[i]] {
                // Positional digits (二〇二) accumulate; after a unit a digit starts afresh.
                current = previousWasDigit ? current * 10 + d : d
                previousWasDigit = true
            } else if let unit = units[s[i]] {
                total += (current == 0 ? 1 : current) * unit
                current = 0
                previousWasDigit = false
            } else {
                break
            }
            sawDigit = true
            i += 1
        }
        guard sawDigit, i > digitsStart else { return nil }
        // A lone 一 or 十 is usually a word, not a number, unless written with 第.
        if i - digitsStart == 1 && s[start] != 0x7B2C { return nil }
        return (total + current, i - start)
    }

    private static let digits: [UInt32: Int] = [
        0x3007: 0, 0x96F6: 0, 0x4E00: 1, 0x4E8C: 2, 0x4E24: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5,
        0x516D: 6, 0x4E03: 7, 0x516B: 8, 0x4E5D: 9,
    ]
    private static let units: [UInt32: Int] = [0x5341: 10, 0x767E: 100, 0x5343: 1000]

    /// The project's own English for organisation words, keyed by canonical (simplified)
    /// Han, best rendering first. Written for entity-screen, not taken from a dictionary.
    static let vocabulary: [String: [String]] = [
        "大学": ["university"],
        "学院": ["college", "institute", "academy"],
        "工业大学": ["university of technology", "institute of technology", "technical university"],
        "理工大学": ["university of science and technology", "institute of technology", "university of technology"],
        "科技大学": ["university of science and technology"],
        "工科大学": ["university of technology", "institute of technology"],
        "工程大学": ["engineering university"],
        // CC-CEDICT glosses 理工 "science and engineering as academic subjects".
        "理工学院": ["institute of science and technology", "institute of technology"],
        "技术大学": ["university of technology", "technical university"],
        "医科大学": ["medical university"],
        "师范大学": ["normal university"],
        "交通大学": ["jiaotong university", "university of communications"],
        "研究所": ["research institute", "institute"],
        // JMdict's one word for it reads "science institute"; Russia's НИИ, which Japan
        // writes so, are Scientific Research Institutes.
        "科学研究所": ["science research institute", "science institute"],
        "研究院": ["research institute", "academy"],
        "研究中心": ["research center"],
        "科学院": ["academy of sciences"],
        "工程院": ["academy of engineering"],
        "社会科学院": ["academy of social sciences"],
        "实验室": ["laboratory"],
        "重点实验室": ["key laboratory"],
        "国家重点实验室": ["state key laboratory"],
        "医院": ["hospital"],
        "病院": ["hospital"],
        "中心": ["center"],
        "协会": ["association"],
        "学会": ["society"],
        "委员会": ["commission", "committee"],
        "集团": ["group", "corporation"],
        "公司": ["corporation", "company"],
        "总公司": ["corporation"],
        "工厂": ["factory"],
        "厂": ["factory", "plant"],
        "局": ["bureau"],
        "部": ["ministry", "department"],
        "中国": ["china"],
        "国防": ["national defense"],
        "国家": ["national", "state"],
        "国立": ["national"],
        "科学": ["science"],
        "技术": ["technology"],
        "科技": ["science and technology", "technology"],
        "科工": ["science and industry"],
        "工业": ["industry", "industrial"],
        "工程": ["engineering"],
        "电子": ["electronics", "electronic"],
        // As the power companies name themselves (国家电网, State Grid; 南方电网, China
        // Southern Power Grid); CC-CEDICT's "electrical network" read as "electronic network",
        // a Canadian company's listed name.
        "电网": ["power grid", "grid"],
        "信息": ["information"],
        "通信": ["communication"],
        "计算机": ["computer"],
        "计算": ["computing"],
        "物理": ["physics"],
        "化学": ["chemistry"],
        // CC-CEDICT glosses it only as an abbreviation of 化学工业 and 化学工程: 化工学院 read
        // 化 | 工学院 (hua, school of engineering).
        "化工": ["chemical engineering", "chemical industry"],
        "分子": ["molecular"],
        "与": ["and"],
        "材料": ["materials"],
        "机械": ["mechanical", "machinery"],
        // Aviation first, as Russia's aviation plants' English names have it (航空工場,
        // Aviation Plant; 工場's first gloss is plant): one form holds both words then.
        "航空": ["aviation", "aeronautics"],
        // Aerospace first, as China's aerospace groups name themselves (中国航天科技集团, China
        // Aerospace Science and Technology Corporation: the two sequences of renderings gave
        // "astronautics science technology" and "aerospace technology", 0.70).
        "航天": ["aerospace", "astronautics"],
        "航空航天": ["aeronautics and astronautics", "aerospace"],
        "核": ["nuclear"],
        "能源": ["energy"],
        "光学": ["optics"],
        "精密": ["precision"],
        "仪器": ["instrument"],
        "自动化": ["automation"],
        "系统": ["system"],
        "船舶": ["shipbuilding"],
        // China Shipbuilding Industry Corporation (中国船舶重工集团) writes no "heavy".
        "重工": ["heavy industry", "industry"],
        "兵器": ["ordnance"],
        "军事": ["military"],
        "解放军": ["people's liberation army", "pla"],
        "人民解放军": ["people's liberation army", "pla"],
        "导弹": ["missile"],
        "火箭": ["rocket"],
        // The PLA's services and schools as the Pentagon's 1286 list names them (火箭军工程大学,
        // Rocket Force Engineering University; 海军军医大学, Naval Medical University; 火箭军指挥
        // 学院, Rocket Force Command College; 陆军装甲兵学院, Army Academy of Armored Forces;
        // 航天工程大学, Space Engineering University; 空军通信士官学校, Air Force Communication
        // NCO Academy; 陆军炮兵防空兵学院, Army Academy of Artillery and Air Defense; 海军大连
        // 舰艇学院, Dalian Naval Academy): CC-CEDICT reads 军 alone (jun), 军医
        // as "military doctor", 指挥 as "conduct", 装甲 as "vehicle armor", 陆军 "army" and
        // "ground forces" (which took the army's school's second rendering).
        "火箭军": ["rocket force"],
        "陆军": ["army"],
        // The army after the PLA's name is its word's second printing ("liberation army army
        // engineering university" met the Army Engineering University with a word inside).
        "解放军陆军": ["people's liberation army"],
        "人民解放军陆军": ["people's liberation army"],
        "中国人民解放军陆军": ["chinese people's liberation army"],
        "军医大学": ["medical university", "military medical university"],
        "指挥学院": ["command college", "command academy"],
        "装甲兵": ["armored forces"],
        "航天工程大学": ["space engineering university", "aerospace engineering university"],
        "飞行学院": ["flight academy", "flight college"],
        "士官学校": ["nco school", "nco academy"],
        "炮兵": ["artillery"],
        "航空兵": ["aviation"],
        "防空兵": ["air defense"],
        "特种作战": ["special operations"],
        "边海防": ["border and coastal defense"],
        "舰艇学院": ["naval academy"],
        // Russia's defence bodies as METI and MOFA's lists write them in Japanese beside their
        // English (株式会社ブリャンスク自動車工場, Bryansk Automobile Plant; 実験設計局ノヴァトル,
        // Experimental Design Bureau Novator; 学術生産団体オリオン, Scientific Production
        // Association Orion; 深海調査総局, Main Directorate of Deep-Sea Research): JMdict
        // reads 工場 "factory" first, 設計 "plan", 団体 "organization", 学術 "scholarship",
        // 総局 "head office".
        "工场": ["plant", "factory"],
        "修理工场": ["repair plant", "repair factory"],
        "修理": ["repair"],
        "设计局": ["design bureau"],
        "实验设计局": ["experimental design bureau"],
        "特别设计局": ["special design bureau"],
        "中央设计局": ["central design bureau"],
        "团体": ["association", "organization"],
        "生产团体": ["production association"],
        "学术生产团体": ["scientific production association", "research and production association"],
        "学术生产企业": ["scientific production enterprise", "research and production enterprise"],
        "总局": ["main directorate", "general administration"],
        // Katakana words of Russia's bodies' names whose English there is not JMdict's:
        // コンツェルン is a Concern (JMdict: "group of companies"), and アンド joins two
        // words of a name (JMdict has none).
        "コンツェルン": ["concern", "group of companies"],
        // 全 before a country's name is "All-" (全ロシア科学研究所, All-Russian Scientific
        // Research Institute); read "quan" without it.
        "全": ["all"],
        "アンド": ["and"],
        // 名称 after a person's name marks whom a body is named after (ヤコヴレフ名称試験設計局,
        // Experimental Design Bureau named after A.S. Yakovlev; ベリエフ名称航空機会社, Beriev
        // Aircraft Company): no word of the English name, which prints the honoree's name
        // before the body's or after "named after", a name the index also holds without him.
        "名称": [""],
        "卫星": ["satellite"],
        "雷达": ["radar"],
        "半导体": ["semiconductor"],
        "微电子": ["microelectronics"],
        "微系统": ["microsystem"],
        "天文光学": ["astronomical optics"],
        "研究": ["research"],
        "开发": ["development"],
        "大学院": ["graduate school"],
        "研究科": ["graduate school"],
        "学部": ["faculty"],
        // A university's department (物理系); read "xi" without it.
        "系": ["department"],
        "机构": ["organization", "agency"],
        "财团": ["foundation"],
        "工学": ["engineering"],
        "理学": ["science"],
        "医学": ["medicine"],
        "药学": ["pharmaceutical sciences"],
        "东北": ["northeastern", "tohoku"],
        "西北": ["northwestern"],
        "东南": ["southeast"],
        "西南": ["southwest"],
        "中南": ["central south"],
    ]
}
