extension Normalizer {
    /// Adds the readings (pinyin, Japanese, Hepburn) and translations of a text's Han and
    /// kana pieces. Latin pieces keep their matching tokens in every form, so a mixed
    /// string stays one comparable sequence.
    func addAlternativeForms(_ pieces: [Piece], matching: (tokens: [Token], firstToken: [Int]), into result: inout NormalizedText,
                             options: NormalizeOptions, rules: inout [RuleFiring]) {
        guard result.scripts.contains(.han) || result.scripts.contains(.kana) else { return }
        let explain = options.contains(.explain)
        let japanese = result.isEvidentlyJapanese
        var pinyin: [String] = []
        var japaneseReading: [String] = []
        var hepburn: [String] = []
        var loose: [String] = []
        var translation: [String] = []
        var alternative: [String] = []
        // The translation with a province or city named without its qualifier (江苏省
        // Jiangsu Province, as English names print it: Jiangsu Academy of Agricultural
        // Sciences): a form only when a place so glossed was met.
        var unqualified: [String] = []
        var hasQualifiedPlace = false
        // Where in `translation` a katakana name ENAMDICT spells its own way (マレク Marek)
        // stands, and its reading: another language may transcribe it otherwise (Malek Ashtar
        // University), and the reading's loan-word key meets either spelling. The translation
        // with them read is a form only when such a name was met and not every word is read.
        var namesRead: [(at: Int, reading: String)] = []
        // The alternative with a research unit's kind word first, as English names it
        // (物理研究所 Institute of Physics): a form only when a piece was so reordered.
        var englishOrder: [String] = []
        var reordered = false
        // What each element of `translation` (and of `alternative` and `unqualified`, made
        // word for word alike) opens: a word, or a segment too.
        var elementOpenings: [Form.Opening] = []
        // And what kind of word each element is (`Form.OpenedWord`).
        var elementWords: [Form.OpenedWord] = []
        var previousSegment: Int?
        func opening(_ piece: Piece) -> Form.Opening {
            defer { previousSegment = piece.segment }
            return previousSegment == piece.segment ? .word : .segment
        }
        var sources = Set<String>()
        var hasHan = false
        let hasHanPiece = pieces.contains { $0.script == .han }
        let hasKanaPiece = pieces.contains { $0.script == .kana }
        var canJapanese = lexicon != nil
        // Whether a text without Han has a katakana word JMdict or ENAMDICT gives English
        // for (ウルトラン・エレクトロニック・コンポネンツ, Ultran Electronic Components):
        // then it has a translation too.
        var translatedKana = false

        for (index, piece) in pieces.enumerated() {
            let kept = matching.tokens[matching.firstToken[index]..<matching.firstToken[index + 1]].map(\.text)
            switch piece.script {
            case .han:
                hasHan = true
                let words = glossary.map { glossary in
                    glossary.withoutOthersNames(glossary.translate(Self.withoutInnerLimited(piece.scalars), japanese: japanese, lexicon: lexicon) { cp in
                        self.tables.pinyin(cp).first ?? ""
                    })
                } ?? piece.scalars.map { cp in
                    Glossary.Word(text: Self.string([cp]), english: [tables.pinyin(cp).first ?? ""],
                                  pinyin: tables.pinyin(cp).first ?? "", source: "reading")
                }
                for (w, word) in words.enumerated() {
                    pinyin.append(contentsOf: pinyinWords(word))
                    translation.append(word.english.first ?? word.pinyin)
                    elementOpenings.append(w == 0 ? opening(piece) : .word)
                    elementWords.append(Self.openedWord(word))
                    if let place = Self.unqualifiedPlace(word) {
                        unqualified.append(place)
                        hasQualifiedPlace = true
                    } else {
                        unqualified.append(word.english.first ?? word.pinyin)
                    }
                    alternative.append(word.english.last ?? word.pinyin)
                    sources.insert(word.source)
                }
                if let english = Self.unitFirst(words) {
                    englishOrder.append(contentsOf: english)
                    reordered = true
                } else {
                    englishOrder.append(contentsOf: words.map { $0.english.last ?? $0.pinyin })
                }
                if explain {
                    let detail = words.map { "\($0.text)=\($0.english.first ?? "")[\($0.source)]" }.joined(separator: " ")
                    rules.append(RuleFiring(rule: "translate", detail: detail))
                }
                if let lexicon {
                    let segmented = lexicon.segment(piece.scalars)
                    let readable = !segmented.contains(where: { $0.reading.isEmpty })
                    if readable {
                        japaneseReading.append(contentsOf: segmented.map {
                            Kana.hepburn($0.reading.unicodeScalars.map(\.value))
                        })
                    } else if hasKanaPiece {
                        // Kana make the text Japanese, and a Chinese place Japanese does not
                        // read is read as Chinese is (ハルビン工業大学（深圳）: shenzhen).
                        japaneseReading.append(contentsOf: words.flatMap(pinyinWords))
                    } else {
                        // A character Japanese does not read makes a text of Han alone Chinese.
                        canJapanese = false
                    }
                    if explain {
                        let detail = readable || !hasKanaPiece
                            ? segmented.map { "\($0.text)=\($0.reading)[\($0.source)]" }.joined(separator: " ")
                            : "\(piece.string)=\(words.flatMap(pinyinWords).joined(separator: " "))[pinyin]"
                        rules.append(RuleFiring(rule: "japanese-reading", detail: detail))
                    }
                }
            case .kana:
                let roman = Kana.hepburn(piece.scalars)
                pinyin.append(roman)
                japaneseReading.append(roman)
                hepburn.append(roman)
                // Vowels dropped from katakana only, where Japanese adds them to foreign words
                // (ハルビン harbin); a Japanese word in hiragana keeps them (つくば is tsukuba,
                // not tskba, an acronym on the Entity List).
                let katakana = !piece.hasHiragana && piece.scalars.count >= 2
                loose.append(katakana ? Self.looseHepburn(roman) : roman)
                // A word in katakana (モスクワ物理工科大学, シャリフ工科大学, 情報センター,
                // エレクトロニック・コンポネンツ) is English in the translation as JMdict or
                // ENAMDICT gives it: Moscow, not mosukuwa. Not hiragana, a particle (の
                // "indicates possessive") or a Japanese word's ending.
                // The project's vocabulary first (コンツェルン concern, not "group of companies").
                let vocabulary = katakana ? glossary?.vocabularyEnglish(piece.string) : nil
                let dictionary = vocabulary == nil && katakana ? lexicon?.english(kana: piece.string) : nil
                let english = vocabulary ?? dictionary?.english
                // A compound no dictionary has whole is English at its end where the end is a
                // word that describes a body (センスタイムジャパン: sensutaimu Japan) or follows
                // a name (カザンヘリコプター: kazan helicopter).
                let compound = katakana && english == nil ? lexicon?.compound(kana: piece.scalars, isDescriptor: describesABody) : nil
                let translated = compound.map { [Kana.hepburn($0.rest), $0.english] } ?? [english ?? roman]
                if vocabulary != nil { sources.insert("vocabulary") } else if english != nil || compound != nil { sources.insert("JMdict/ENAMDICT") }
                if (english != nil || compound != nil) && !hasHanPiece { translatedKana = true }
                translation.append(contentsOf: translated)
                elementOpenings.append(contentsOf: [opening(piece)] + Array(repeating: .word, count: translated.count - 1))
                elementWords.append(contentsOf: repeatElement(.other, count: translated.count))
                unqualified.append(contentsOf: translated)
                if compound == nil && dictionary?.isName == true { namesRead.append((translation.count - 1, roman)) }
                alternative.append(contentsOf: translated)
                englishOrder.append(contentsOf: translated)
            default:
                pinyin.append(contentsOf: kept)
                japaneseReading.append(contentsOf: kept)
                hepburn.append(contentsOf: kept)
                loose.append(contentsOf: kept)
                translation.append(contentsOf: kept)
                if !kept.isEmpty {
                    elementOpenings.append(contentsOf: [opening(piece)] + Array(repeating: .word, count: kept.count - 1))
                    elementWords.append(contentsOf: repeatElement(.other, count: kept.count))
                }
                unqualified.append(contentsOf: kept)
                alternative.append(contentsOf: kept)
                englishOrder.append(contentsOf: kept)
            }
        }

        func add(_ kind: FormKind, _ tokens: [String], _ source: String,
                 openings: [Form.Opening] = [], openedWords: [Form.OpenedWord] = []) {
            let cleaned = tokens.flatMap { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
            guard !cleaned.isEmpty, !result.forms.contains(where: { $0.kind == kind && $0.tokens == cleaned }) else { return }
            let known = cleaned == tokens
            result.forms.append(Form(kind: kind, tokens: cleaned, source: source, openings: known ? openings : [],
                                     openedWords: known ? openedWords : []))
        }
        // The translation's tokens with what each opens: each element's English in the
        // matching form's shape, which must add up to the whole's (a legal form or an
        // abbreviation across two words would not: then the openings are not known).
        func translated(_ elements: [String]) -> (tokens: [String], openings: [Form.Opening], openedWords: [Form.OpenedWord]) {
            let tokens = englishTokens(elements.joined(separator: " "))
            guard elements.count == elementOpenings.count else { return (tokens, [], []) }
            var openings: [Form.Opening] = []
            var openedWords: [Form.OpenedWord] = []
            var pending = Form.Opening.nothing
            var joined: [String] = []
            for (k, (element, opens)) in zip(elements, elementOpenings).enumerated() {
                pending = max(pending, opens)
                let own = englishTokens(element)
                guard !own.isEmpty else { continue }
                joined.append(contentsOf: own)
                openings.append(pending)
                openings.append(contentsOf: repeatElement(.nothing, count: own.count - 1))
                openedWords.append(elementWords[k])
                openedWords.append(contentsOf: repeatElement(.other, count: own.count - 1))
                pending = .nothing
            }
            return joined == tokens ? (tokens, openings, openedWords) : (tokens, [], [])
        }
        if options.contains(.readings) {
            if hasHan { add(.pinyin, pinyin, "pinyin") }
            if hasHan && canJapanese { add(.japaneseReading, japaneseReading, "ENAMDICT/JMdict/KANJIDIC") }
            // Romanized kana alone, as Hepburn writes it: beside Han the kana are part of a
            // name, and "sentaa" alone (the センター of 平壌情報センター, Pyongyang Informatics
            // Centre) met every Japanese centre's name. The readings above cover such names.
            if result.scripts.contains(.kana) && !hasHan {
                add(.hepburn, hepburn, "Hepburn")
                add(.hepburnLoose, loose, "Hepburn, loan-word vowels dropped")
            }
        }
        if options.contains(.translations) {
            // A whole organisation name ENAMDICT knows (国防科学技術大学) comes first.
            if let lexicon {
                let hanText = pieces.filter { $0.script == .han }.map(\.string).joined()
                for name in lexicon.organisationNames(hanText).prefix(2) {
                    add(.translation, englishTokens(name), Form.dictionaryNameSource)
                }
            }
            let source = sources.sorted().joined(separator: "+")
            if hasHan || translatedKana {
                let first = translated(translation), other = translated(alternative)
                add(.translation, first.tokens, source, openings: first.openings, openedWords: first.openedWords)
                add(.translation, other.tokens, source, openings: other.openings, openedWords: other.openedWords)
                if hasQualifiedPlace {
                    let unqualified = translated(unqualified)
                    add(.translation, unqualified.tokens, source + ", place unqualified", openings: unqualified.openings,
                        openedWords: unqualified.openedWords)
                }
                var withNamesRead = translation
                for (at, reading) in namesRead { withNamesRead[at] = reading }
                // Not where every word is read: that is the Hepburn form (モスクワ alone).
                if !namesRead.isEmpty && withNamesRead != hepburn {
                    let read = translated(withNamesRead)
                    add(.translation, read.tokens, source + ", names read", openings: read.openings, openedWords: read.openedWords)
                }
            }
            if reordered { add(.translation, englishTokens(englishOrder.joined(separator: " ")), source + ", unit's kind first") }
        }
    }

    /// What kind of word a translated word is, by the dictionary that gave its English.
    static func openedWord(_ word: Glossary.Word) -> Form.OpenedWord {
        if word.isProperNoun { return .properNoun }
        switch word.source {
        case "CC-CEDICT", "vocabulary", "JMdict": return .common
        default: return .other
        }
    }

    /// The name of a province or city (a place word ending in 省 or 市) without the
    /// "Province" or "City" its CC-CEDICT gloss adds, which English names of its
    /// institutions mostly leave out (Zhejiang Cancer Hospital, 浙江省肿瘤医院); nil for any
    /// other word, and for a place glossed without it (广东省 Guangdong).
    static func unqualifiedPlace(_ word: Glossary.Word) -> String? {
        guard word.source == "CC-CEDICT place", let english = word.english.first,
              let last = word.text.unicodeScalars.last, last == "省" || last == "市" else { return nil }
        for qualifier in [" Province", " City"] where english.hasSuffix(qualifier) && english.count > qualifier.count {
            return String(english.dropLast(qualifier.count))
        }
        return nil
    }

    /// The English of a Han run that ends in a research unit's kind word after words naming
    /// its field (中国科学院 物理 研究所), with the kind word put before them as English names
    /// such units (Chinese Academy of Sciences Institute of Physics; 计算技术研究所 Institute
    /// of Computing Technology), where Chinese and Japanese print it last; nil for any
    /// other run. The field runs back to the organisation or place named before it, or to
    /// the start of the run.
    static func unitFirst(_ words: [Glossary.Word]) -> [String]? {
        guard words.count >= 2, let kind = unitKinds[words[words.count - 1].text] else { return nil }
        var start = words.count - 1
        while start > 0 && !namesOrganisationOrPlace(words[start - 1]) { start -= 1 }
        // A numbered institute (第二十研究所) is the 20th Research Institute in English too.
        guard start < words.count - 1, !words[start..<(words.count - 1)].contains(where: { $0.source == "number" }) else { return nil }
        // A province or city as the English names of its units print it (Zhejiang
        // Institute of Subtropical Crops, 浙江省亚热带作物研究所).
        let english = { (word: Glossary.Word) in unqualifiedPlace(word) ?? word.english.last ?? word.pinyin }
        return words[..<start].map(english) + [kind, "of"] + words[start..<(words.count - 1)].map(english)
    }

    /// The kind words of research units, as English names them first.
    private static let unitKinds = ["研究所": "institute", "研究院": "academy", "实验室": "laboratory",
                                    "重点实验室": "key laboratory", "国家重点实验室": "state key laboratory", "研究中心": "research center"]

    /// Whether a glossary word names an organisation or a place (中国科学院, 哈尔滨, a name read
    /// in pinyin): a unit's field does not run back past it.
    private static func namesOrganisationOrPlace(_ word: Glossary.Word) -> Bool {
        if word.source == "CC-CEDICT place" || word.source == "reading" { return true }
        return word.english.contains { english in
            english.split(separator: " ").contains { organisationHeads.contains(String($0)) }
        }
    }

    private static let organisationHeads: Set<String> = ["academy", "university", "college", "institute", "group", "corporation",
                                                         "company", "ministry", "bureau", "laboratory", "hospital", "factory"]

    /// A Han run with a company's "limited" left out where more of the name follows the
    /// company (中国电子科技集团有限公司第三十八研究所, CETC's 38th institute as it prints itself
    /// since the group became a limited company): translated, "limited company" went into the
    /// unit's English name, which the lists write with the group's Corporation alone (0.61
    /// against the Entity List's CETC 38th Research Institute; 0.87 with 公司, as without
    /// "limited"). A legal form that ends the run is cut off before.
    static func withoutInnerLimited(_ scalars: [UInt32]) -> [UInt32] {
        // Each form holds 有 (U+6709); most runs have none.
        guard scalars.count > 4, scalars.contains(0x6709) else { return scalars }
        var result = scalars
        for limited in innerLimited {
            var k = 0
            while k + limited.count < result.count {
                if result[k..<(k + limited.count)].elementsEqual(limited) {
                    result.replaceSubrange(k..<(k + limited.count), with: companyScalars)
                    k += companyScalars.count
                } else {
                    k += 1
                }
            }
        }
        return result
    }

    private static let innerLimited: [[UInt32]] = OrganisationTerms.hanLimitedCompanyForms.map { $0.unicodeScalars.map(\.value) }
    private static let companyScalars: [UInt32] = "公司".unicodeScalars.map(\.value)

    /// English text in the matching form's shape (folded, abbreviations, stop words).
    func englishTokens(_ english: String) -> [String] {
        normalize(english, options: []).tokens.map(\.text)
    }

    /// The pinyin of a glossary word as words of at most three characters (a whole name
    /// that CC-CEDICT lists, 哈尔滨工业大学, reads as haerbin gongye daxue, not one token),
    /// each with its own reading where CC-CEDICT has the word (银行 yinhang).
    func pinyinWords(_ word: Glossary.Word) -> [String] {
        let scalars = word.text.unicodeScalars.map(\.value)
        guard scalars.count > 2, let glossary else {
            return [word.pinyin.isEmpty ? Self.pinyin(of: word.text, tables: tables) : word.pinyin]
        }
        return glossary.segment(scalars, longest: 3).map {
            glossary.pinyin(of: $0) ?? $0.map { tables.pinyin($0).first ?? "" }.joined()
        }
    }

    /// Per-character pinyin of a Han word, syllables joined.
    static func pinyin(of text: String, tables: TextTables) -> String {
        text.unicodeScalars.map { tables.pinyin($0.value).first ?? "" }.joined()
    }

    /// Hepburn without the vowels Japanese adds after foreign consonants (harubin → harbin):
    /// a `u` (or `o` after t, d) between consonants, and at the end after a consonant cluster.
    static func looseHepburn(_ roman: String) -> String {
        let b = Array(roman.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }
        for (i, c) in b.enumerated() {
            let previous: UInt8 = i > 0 ? b[i - 1] : 0
            let next: UInt8 = i + 1 < b.count ? b[i + 1] : 0
            let epenthetic = (c == UInt8(ascii: "u") && previous != 0 && !isVowel(previous) && previous != UInt8(ascii: "y")
                                && previous != UInt8(ascii: "n") && next != 0 && !isVowel(next) && next != UInt8(ascii: "n"))
                || (c == UInt8(ascii: "o") && (previous == UInt8(ascii: "t") || previous == UInt8(ascii: "d"))
                    && next != 0 && !isVowel(next) && next != UInt8(ascii: "n"))
            if epenthetic && i > 1 { continue }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Adds the phonetic keys of the matching form and of the romanized forms. A word's
    /// keys come from this thread's memo (`tokenKeys`) once made: names repeat their words
    /// across a co-author network (Wang, Suzuki), and a word's two keys take some four
    /// thousand instructions.
    func addPhoneticKeys(into result: inout NormalizedText) {
        let memo = tokenKeys.take()
        defer { tokenKeys.give(back: memo) }
        let phonetic = self.phonetic
        // Nil for a word of the vocabulary or one that does not start with a letter: no keys.
        func keys(of token: String) -> TokenPhoneticKeys? {
            guard let first = token.utf8.first, first >= 0x61 && first <= 0x7A else { return nil }
            return memo.value(of: token) {
                Self.vocabularyWords.contains($0) ? nil : TokenPhoneticKeys(japanese: phonetic.japanese($0), chinese: phonetic.chineseKey($0))
            }
        }
        // Japanese romanization rules make no sense on pinyin, nor Chinese ones on Japanese readings.
        // `unlessSameAsSource`: a key form with the very words of its source adds nothing to
        // it (its grams are the source's, and it meets what the source meets), so it is left
        // out; a reading's own form is still given its key form, which readings are compared by.
        func add(_ tokens: [String], source: String, japanese: Bool, chinese: Bool, unlessSameAsSource: Bool = false) {
            let found = tokens.map(keys(of:))
            if japanese {
                let key = zip(tokens, found).map { token, keys in keys?.japanese ?? token }
                if !(unlessSameAsSource && key == tokens) {
                    appendUnique(Form(kind: .phoneticJapanese, tokens: key, source: source), to: &result)
                }
            }
            if chinese, found.contains(where: { $0?.chinese != nil }) {
                let key = zip(tokens, found).map { token, keys in keys?.chinese ?? token }
                if !(unlessSameAsSource && key == tokens) {
                    appendUnique(Form(kind: .phoneticChinese, tokens: key, source: source), to: &result)
                }
            }
        }
        // Most names' words key to themselves (Author 123-0, Wei Zhang): then neither key form
        // would be kept, and its arrays are not made.
        if result.tokens.contains(where: { $0.script == .latin || $0.script == .other }),
           result.tokens.contains(where: { token in
               keys(of: token.text).map { $0.japanese != token.text || ($0.chinese.map { $0 != token.text } ?? false) } ?? false
           }) {
            add(result.tokens.map(\.text), source: "matching form", japanese: true, chinese: true, unlessSameAsSource: true)
        }
        // The forms as they were before any key was added.
        for form in result.forms where form.kind == .japaneseReading || form.kind == .hepburn || form.kind == .pinyin {
            add(form.tokens, source: form.kind.rawValue, japanese: form.kind != .pinyin, chinese: form.kind == .pinyin)
        }
        // A translation's romanized names (清华大学 Tsinghua University) keyed as a listed
        // name's are: its keys are part of the listed name's grams, and a translation
        // without them held a third of Tsinghua University's, which generic names (National
        // University) outranked among the candidates.
        for form in result.forms where form.kind == .translation {
            add(form.tokens, source: form.kind.rawValue, japanese: true, chinese: true, unlessSameAsSource: true)
        }
    }

    private func appendUnique(_ form: Form, to result: inout NormalizedText) {
        if !result.forms.contains(where: { $0.kind == form.kind && $0.tokens == form.tokens }) { result.forms.append(form) }
    }

    /// Words of the organisation vocabulary are English, not romanized names: no keys for them.
    static let vocabularyWords: Set<String> = Set(OrganisationTerms.wordClasses.map(\.0))

    /// Whether an English gloss describes a body, as the ending of a company's name in
    /// katakana does: a country (ジャパン Japan) or words of organisation names alone
    /// (システム system, テクノロジー technology), not any word (スキー ski, タイム time).
    func describesABody(_ gloss: String) -> Bool {
        let words = gloss.lowercased().split(separator: " ")
        if words.count == 1, CountryEvidence.names[String(words[0])] != nil { return true }
        return !words.isEmpty && words.allSatisfy { terms.words.lookup(TextHash.of(String($0))) != nil }
    }
}
