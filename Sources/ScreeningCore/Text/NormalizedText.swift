/// The scripts a text was written in.
public struct Scripts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let latin = Scripts(rawValue: 1)
    public static let han = Scripts(rawValue: 2)
    public static let kana = Scripts(rawValue: 4)
    public static let other = Scripts(rawValue: 8)
    public static let digits = Scripts(rawValue: 16)

    /// Names of the scripts present, for display.
    public var names: [String] {
        var result: [String] = []
        if contains(.latin) { result.append("latin") }
        if contains(.han) { result.append("han") }
        if contains(.kana) { result.append("kana") }
        if contains(.other) { result.append("other") }
        if contains(.digits) { result.append("digits") }
        return result
    }
}

/// One token of the matching form.
public struct Token: Sendable, Hashable {
    /// The kind of characters the token is made of.
    public enum Script: UInt8, Sendable, Hashable {
        case latin, digits, han, kana, other
    }

    /// The comparable text: folded Latin (abbreviations expanded), canonical Han, katakana.
    public var text: String
    public var script: Script
    /// A stop word was dropped right before it: "Beirut" in American University of Beirut
    /// Medical Center goes on with the name before it, where "Warren" in Brown University
    /// Warren Alpert Medical School opens another. Declared here, it fits the padding.
    public var followsStopWord: Bool
    /// Counts the conjunctions (and, et, und, &, at) before the token: tokens of one segment
    /// with different clauses were joined by one, and may name two organisations (Oslo
    /// University Hospital and University of Oslo). Declared here, it fits the padding.
    public var clause: Int32
    /// Index of the segment (a part of the string between commas, semicolons, brackets,
    /// spaced dashes).
    public var segment: Int

    public init(text: String, script: Script, segment: Int, clause: Int32 = 0, followsStopWord: Bool = false) {
        self.text = text
        self.script = script
        self.followsStopWord = followsStopWord
        self.clause = clause
        self.segment = segment
    }
}

/// Which alternative spelling a form is.
public enum FormKind: String, Sendable, Hashable, CaseIterable {
    /// Han read in pinyin, syllables of a word joined (哈尔滨工业大学 → haerbin gongye daxue).
    case pinyin
    /// Kana read in Hepburn (ハルビン → harubin).
    case hepburn
    /// Kana read with the vowels Japanese adds to foreign consonants dropped (ハルビン → harbin).
    case hepburnLoose = "hepburn-loose"
    /// Kanji read in Japanese from ENAMDICT, JMdict and KANJIDIC (田中太郎 → tanaka tarou).
    case japaneseReading = "japanese-reading"
    /// English words glossed from Han or kana words (哈尔滨工业大学 → harbin technical university).
    case translation
    /// Phonetic key of the Latin tokens and readings, Japanese romanization variants folded.
    case phoneticJapanese = "phonetic-ja"
    /// Phonetic key of tokens that read as Chinese syllables (Wade-Giles and pinyin folded).
    case phoneticChinese = "phonetic-zh"
}

/// An alternative spelling of the whole text, as tokens in the same shape as the matching form.
public struct Form: Sendable, Hashable {
    public var kind: FormKind
    public var tokens: [String]
    /// Where it came from (e.g. `ENAMDICT (o)`, `CC-CEDICT`), for explanations.
    public var source: String
    /// The source of a translation that is an organisation's English name a dictionary
    /// gives for the whole text (ENAMDICT's 京都女子大学: Kyoto Women's University).
    public static let dictionaryNameSource = "ENAMDICT (o)"
    /// For a translation, what each token opens: the English of one Han word can be several
    /// tokens (理工大学: university science technology), and the Han text's commas part it
    /// as a Latin text's do. Empty when not known (other forms; a translation whose words'
    /// tokens did not add up to the whole's).
    public var openings: [Opening]
    /// For a translation whose openings are known, what kind of word each token that opens a
    /// word opens (`OpenedWord`); `.other` for the rest. Empty when the openings are.
    public var openedWords: [OpenedWord]

    /// What a token of a translation opens.
    public enum Opening: UInt8, Sendable, Hashable, Comparable {
        /// Nothing: it goes on with the English of the word before it.
        case nothing
        /// The English of another word of the text (a Han word, a kana run, a Latin token).
        case word
        /// Another segment of the text, and a word.
        case segment

        public static func < (a: Opening, b: Opening) -> Bool { a.rawValue < b.rawValue }
    }

    /// What a translation's word is in the dictionary that gave its English: a proper noun
    /// (CC-CEDICT's, a place's or an organisation's it gives whole: 青岛 Qingdao, 清华大学
    /// Tsinghua University), a common word (CC-CEDICT's, JMdict's or the project's
    /// vocabulary's: 城市 city, 学院 college), or anything else (a reading, a number, kana,
    /// Latin).
    public enum OpenedWord: UInt8, Sendable, Hashable {
        case other, properNoun, common
    }

    public init(kind: FormKind, tokens: [String], source: String, openings: [Opening] = [], openedWords: [OpenedWord] = []) {
        self.kind = kind
        self.tokens = tokens
        self.source = source
        self.openings = openings.count == tokens.count ? openings : []
        self.openedWords = openings.count == tokens.count && openedWords.count == tokens.count ? openedWords : []
    }

    /// Each segment's range of tokens, when the openings are known and part the form in two or
    /// more; empty otherwise.
    public var segmentRanges: [Range<Int>] {
        var starts = openings.indices.filter { openings[$0] == .segment }
        guard starts.count >= 2 else { return [] }
        if starts[0] != 0 { starts.insert(0, at: 0) }
        return zip(starts, starts.dropFirst() + [tokens.count]).map { $0..<$1 }
    }

    /// The tokens joined by spaces.
    public var text: String { tokens.joined(separator: " ") }
}

/// A rule the normalizer applied, for the `normalize` command and hit explanations.
public struct RuleFiring: Sendable, Hashable {
    public var rule: String
    public var detail: String

    public init(rule: String, detail: String) {
        self.rule = rule
        self.detail = detail
    }
}

/// Everything the normalizer makes of one string.
public struct NormalizedText: Sendable {
    /// The input, with invalid code units replaced by U+FFFD.
    public var original: String
    /// The matching form: folded, canonical tokens without legal forms or stop words.
    public var tokens: [Token] = []
    /// Legal forms removed from the matching form, as printed (for display).
    public var legalForms: [String] = []
    /// Whether a removed legal form is a company's: not a Japanese public or non-profit
    /// corporation's (国立大学法人, 公益財団法人), which a text of common words does not make
    /// a company's name.
    public var printsCompanyForm: Bool { legalForms.contains { !OrganisationTerms.isJapaneseCorporationForm($0) } }
    /// Alternative spellings: readings, translations, phonetic keys.
    public var forms: [Form] = []
    /// Scripts that occurred.
    public var scripts: Scripts = []
    /// What the Han characters' forms say (simplified-only, Japanese-only, ...).
    public var hanFlags: HanFlags = []
    /// Rules that fired (collected only when asked for).
    public var rules: [RuleFiring] = []
    /// Problems with the input that were repaired (invalid code units, control characters).
    public var problems: [String] = []

    public init(original: String) { self.original = original }

    /// The matching form as one string.
    public var key: String { tokens.map(\.text).joined(separator: " ") }

    /// The forms of one kind.
    public func forms(_ kind: FormKind) -> [Form] { forms.filter { $0.kind == kind } }

    /// True when the Han text is evidently Japanese (kana, or Japanese-only kanji forms).
    public var isEvidentlyJapanese: Bool { scripts.contains(.kana) || hanFlags.contains(.japaneseOnly) }

    /// True when the Han text is evidently mainland Chinese (simplified-only forms, no kana).
    public var isEvidentlyChinese: Bool { hanFlags.contains(.simplifiedOnly) && !scripts.contains(.kana) }
}
