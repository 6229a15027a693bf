/// The token sequences verification compares, and what it knows of each token.

/// A word with what comparing it needs, computed once (`Verifier.info`).
struct TokenInfo: Sendable {
    let text: String
    let facts: TokenFacts
}

/// What comparing a word needs, without strings, so that the comparison's hot loop copies
/// it without reference counting: its weight, what kind of word it is, and hashes of its
/// text and phonetic keys. Unequal text hashes tell most pairs of words apart (equal ones
/// are confirmed on the text); phonetic keys are compared by their 56-bit hashes alone, as
/// grams are, and are not kept.
struct TokenFacts: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        /// An organisation-kind or generic unit word (department, institute, key, state, ...).
        static let generic = Flags(rawValue: 1)
        /// A word naming a kind of organisation (university, institute; `OrganisationKinds.latin`).
        static let kind = Flags(rawValue: 2)
        static let digits = Flags(rawValue: 4)
        /// A word of the organisation vocabulary (university, technology, advanced, ...).
        static let vocabulary = Flags(rawValue: 8)
        /// A word that opens a sub-unit (school, faculty, department; `OrganisationKinds.subUnit`).
        static let subUnit = Flags(rawValue: 16)
        /// A word that ends or opens a part of an institution printed with its name (center,
        /// hospital; `OrganisationKinds.institutionPart`).
        static let institutionPart = Flags(rawValue: 32)
        /// A kind word of an institution that has parts (university, academy;
        /// `OrganisationKinds.institutions`).
        static let institution = Flags(rawValue: 64)
        /// In a mention, a word a dropped stop word joins to the one before it
        /// (`Token.followsStopWord`); set per place, not per word.
        static let followsStopWord = Flags(rawValue: 128)
        /// In a mention, such a word when the stop word is no conjunction (of, for, in; not
        /// and, at): it goes on with the name before it (University of Science and
        /// Technology), where one after "at" names a place or another organisation.
        static let continuesName = Flags(rawValue: 256)
        /// In a mention, a place a segment ends in after "at" (or another conjunction) that
        /// the text prints again in a later segment: the city of a campus (Harbin Institute
        /// of Technology at Weihai, Weihai 264209, China; `Verifier.markCampusPlaces`).
        static let campusPlace = Flags(rawValue: 512)
        /// A kind word languages print at either end of a name that a place or a person
        /// makes (Universität Heidelberg, Heidelberg University; Hôpital Necker, Necker
        /// Hospital; `OrganisationKinds.movesAcrossLanguages`).
        static let movesAcrossLanguages = Flags(rawValue: 1024)
        /// An article or preposition of a Romance language that names keep as a word, since
        /// it is also a name (DES, Di; `OrganisationKinds.articles`).
        static let article = Flags(rawValue: 2048)
        /// A Chinese romanization only pinyin writes (q, x, zh, z, c but in ch and tz;
        /// `Verifier.isPinyinOnly`): two such words that differ are two syllables, though
        /// their phonetic keys merge the aspiration Wade-Giles leaves unmarked.
        static let pinyinOnly = Flags(rawValue: 4096)
        /// A Chinese province's name (`Verifier.chineseProvinceNames`): two of them never
        /// meet as a typo (Shaanxi and Shanxi are one letter apart).
        static let chineseProvince = Flags(rawValue: 8192)
        /// A word of a company's legal form (Corporation, Limited, Co., Ltd.;
        /// `OrganisationKinds.companyForms`).
        static let companyForm = Flags(rawValue: 16384)
        /// In a mention's translation, a word that opens the English of another Han word
        /// (`Form.openings`): 四川大学 化学 学院, sichuan university | chemistry | college.
        /// No word of a translation whose words are not known has it.
        static let opensTranslatedWord = Flags(rawValue: 32768)
        /// Such a word that opens the English of a common word (`Form.OpenedWord`): 青岛
        /// 城市 学院, qingdao | city | college, but not qingdao, a place's proper noun.
        static let opensTranslatedCommonWord = Flags(rawValue: 1 << 16)
        /// The first word of a mention's translation that is an organisation's English name
        /// a dictionary gives for the whole text (`Form.dictionaryNameSource`).
        static let opensDictionaryName = Flags(rawValue: 1 << 17)
        /// In a mention of mixed case, a word of three to six letters it prints in capitals
        /// (PLA, CASIC): an acronym, which names an organisation (`Verifier.capitalWords`).
        static let printedInCapitals = Flags(rawValue: 1 << 18)
        /// A word the text prints only as an adjective the matching form folds into its noun
        /// (Technological for technology; `Verifier.adjectivalWords`).
        static let printedAsAdjective = Flags(rawValue: 1 << 19)
        /// In a mention's Hepburn form or translation, a word that reads katakana
        /// (`NormalizedText.loanWordReadings`): it meets a Latin word of the same loan-word
        /// key (`LoanWordKey`), arumazu Almaz. Set per place, not per word.
        static let katakanaReading = Flags(rawValue: 1 << 20)
    }

    let weight: Double
    let textHash: UInt64
    /// Hashes of the Japanese and Chinese phonetic keys (0 for none).
    let japaneseKey: UInt64
    let chineseKey: UInt64
    /// Length in UTF-8 bytes, and the first byte (typos keep the first letter). Sixteen bits
    /// of length keep the facts in 40 bytes beside 32 of flags.
    let length: Int16
    let firstByte: UInt8
    private(set) var flags: Flags

    init(text: String, weight: Double, flags: Flags, japanese: String?, chinese: String?) {
        self.weight = weight
        self.flags = flags
        textHash = Grams.hash(.token, text)
        japaneseKey = japanese.map { Grams.hash(.token, $0) } ?? 0
        chineseKey = chinese.map { Grams.hash(.token, $0) } ?? 0
        length = Int16(clamping: text.utf8.count)
        firstByte = text.utf8.first ?? 0
    }

    /// One or two letters: an initial, or two run together (T. H. Chan, TH Chan), which
    /// names a person a school is named for rather than another organisation.
    var isInitials: Bool { length <= 2 && !flags.contains(.digits) }

    /// The same facts with `extra` flags too.
    func adding(_ extra: Flags) -> TokenFacts {
        var copy = self
        copy.flags.formUnion(extra)
        return copy
    }
}

/// A token sequence to compare: a segment, two adjacent segments, or a whole-text form.
/// A class: verification passes views by the hundreds of thousands, and a copy of a struct
/// holding a name and two arrays retained and released all three, on views the worker
/// threads share; a reference is one count. Its positions and counts are held in 32 bits:
/// a registry's aliases have some 120,000 views, and the object took 176 bytes, now 144.
final class View: Sendable {
    let name: String
    /// The words, as compared.
    let words: [String]
    /// Each word's facts, in the same order.
    let facts: [TokenFacts]
    /// True for a segment (or two): words outside the matched name count against it.
    let isSegment: Bool
    /// True for two segments joined: their order is the printer's, not the name's.
    let isPair: Bool
    /// True for a mention's translation from Han or kana: its words stand in the order of
    /// the characters they translate, head last (新疆财经大学, xinjiang finance economics
    /// university), not in an English name's.
    let isTranslation: Bool
    /// True for a mention's segments joined, two (`isPair`) or three about a short one.
    let spansSegments: Bool
    /// The mention's last segment this view holds (nil for an alias or a whole-text form).
    var lastSegment: Int? { narrowLastSegment < 0 ? nil : Int(narrowLastSegment) }
    private let narrowLastSegment: Int32
    /// The last part of that segment it holds (`Match.Placement.lastPart`).
    var lastPart: Int { Int(narrowLastPart) }
    private let narrowLastPart: Int32
    /// True for a view of an entity's primary name (false for its other aliases and a mention).
    let isPrimaryName: Bool
    /// True for a mention's segment that names what the organisation before it is a member
    /// of (`Verifier.takeMemberships`), and for a pair of segments ending in one.
    let inMembership: Bool
    /// For an alias's view, which of the index's aliases it is (`Verifier.orderTwins`); -1
    /// for a mention's.
    let alias: Int32
    /// In two joined segments, the first one's words after its first run of sub-unit words
    /// (Graduate School [of Science]): a sub-unit's own words, which a name met across the
    /// two may not take unless it names a sub-unit itself. Empty otherwise, and where those words
    /// hold an institution's or its part's word: then an institution's name may be among
    /// them, printed without a comma (Department of Computer Science and Engineering
    /// National Institute of Technology, Rourkela).
    var subUnitTail: Range<Int> { Int(narrowSubUnitTail.lower)..<Int(narrowSubUnitTail.upper) }
    private let narrowSubUnitTail: (lower: Int32, upper: Int32)
    /// How many of the tokens are the first segment's: for two joined segments of a
    /// mention, and for a name printed with a comma of its own (University of California,
    /// Davis: 2), which a pair of segments may print at the same place. 0 otherwise.
    var firstSegmentCount: Int { Int(narrowFirstSegmentCount) }
    private let narrowFirstSegmentCount: Int32
    /// The words' length in Characters, with a space between two: counted once here, not
    /// for every verification it wins (Character counting walks grapheme breaks).
    var length: Int { Int(narrowLength) }
    private let narrowLength: Int32
    /// Which words it could meet (`WordSignature`).
    let signature: WordSignature
    /// Whether its last word is "university" (the school rule of `Verifier.compare`).
    let endsWithUniversity: Bool
    /// For an alias's view, whether it is the primary name of a society whose institutes the
    /// loaded entities name as members (Max Planck Society), which an institute named by
    /// its words stands for (`Verifier.compare`); false otherwise.
    let namesSocietyOfInstitutes: Bool
    /// For an alias's view, whether it is an acronym or a name of capitals alone
    /// (`AcronymAlias`: CAU, RIKEN), printed with its seat's city on either side (CAU Kiel,
    /// Kiel CAU); false otherwise.
    let isAcronym: Bool
    /// For an alias's view, whether it is the acronym of an organisation with parts listed,
    /// whose parts' names it opens or closes (UCL Genetics Institute, WUR Plant Breeding,
    /// David Geffen School of Medicine at UCLA): the other words of its segment are a part's
    /// (`Verifier.compare`); false otherwise.
    let opensPartNames: Bool
    /// For an alias's view, whether its entity's name prints a company's legal form (JSC,
    /// Co., Ltd.): a university of its words is another organisation (`Verifier.compare`).
    let namesCompany: Bool
    /// For an alias's view, how many of its last words name its entity's listed country
    /// (Huawei Technologies Japan K.K., JP: 1), which a text that states that country need
    /// not print (`Verifier.compare`); 0 otherwise.
    let countryWordsAtEnd: UInt8

    /// `firstSegmentCount`: for two joined segments, or a name in two segments, how many of
    /// the tokens are the first's.
    init(name: String, tokens: [TokenInfo], isSegment: Bool, isPair: Bool = false, spansSegments: Bool = false, isTranslation: Bool = false,
         firstSegmentCount: Int = 0, lastSegment: Int? = nil, lastPart: Int = 0, isPrimaryName: Bool = false,
         inMembership: Bool = false, alias: Int32 = -1, namesSocietyOfInstitutes: Bool = false, isAcronym: Bool = false,
         opensPartNames: Bool = false, namesCompany: Bool = false, countryWordsAtEnd: Int = 0) {
        self.name = name
        self.countryWordsAtEnd = UInt8(clamping: countryWordsAtEnd)
        self.namesCompany = namesCompany
        self.isTranslation = isTranslation
        self.namesSocietyOfInstitutes = namesSocietyOfInstitutes
        self.isAcronym = isAcronym
        self.opensPartNames = opensPartNames
        narrowFirstSegmentCount = Int32(firstSegmentCount)
        words = tokens.map(\.text)
        facts = tokens.map(\.facts)
        // After the first run of sub-unit words (Graduate School).
        var opening = tokens.prefix(firstSegmentCount).firstIndex { $0.facts.flags.contains(.subUnit) }
        while let k = opening, k + 1 < firstSegmentCount, tokens[k + 1].facts.flags.contains(.subUnit) { opening = k + 1 }
        let tail = isPair ? opening.map { ($0 + 1)..<firstSegmentCount } ?? 0..<0 : 0..<0
        let namesInstitution = tokens[tail].contains { !$0.facts.flags.isDisjoint(with: [.institution, .institutionPart]) }
        let subUnitTail = namesInstitution ? 0..<0 : tail
        narrowSubUnitTail = (Int32(subUnitTail.lowerBound), Int32(subUnitTail.upperBound))
        self.isSegment = isSegment
        self.isPair = isPair
        self.spansSegments = spansSegments || isPair
        narrowLastSegment = lastSegment.map(Int32.init) ?? -1
        narrowLastPart = Int32(lastPart)
        self.isPrimaryName = isPrimaryName
        self.inMembership = inMembership
        self.alias = alias
        // An ASCII word's Characters are its bytes.
        narrowLength = Int32(clamping: words.reduce(words.count - 1) { $0 + ($1.utf8.allSatisfy { $0 < 0x80 } ? $1.utf8.count : $1.count) })
        signature = WordSignature(facts)
        endsWithUniversity = words.last == "university"
    }
}

/// Which of a mention view's tokens an alias's words have taken: bits for up to 64 tokens
/// (no allocation per comparison), an array beyond.
struct TakenTokens {
    private var bits: UInt64 = 0
    private var overflow: [Bool]

    init(count: Int) { overflow = count > 64 ? [Bool](repeating: false, count: count) : [] }

    subscript(k: Int) -> Bool {
        get { overflow.isEmpty ? bits & (1 << UInt64(k)) != 0 : overflow[k] }
        set {
            if !overflow.isEmpty { overflow[k] = newValue }
            else if newValue { bits |= 1 << UInt64(k) } else { bits &= ~(1 << UInt64(k)) }
        }
    }
}
