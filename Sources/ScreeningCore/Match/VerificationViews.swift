/// The token sequences verification compares, and what it knows of each token.

/// A token with what comparing it needs, computed once: its weight and phonetic keys.
struct TokenInfo: Sendable {
    let text: String
    let japanese: String?
    let chinese: String?
    let weight: Double
    /// An organisation-kind or generic unit word (department, institute, key, state, ...).
    let isGeneric: Bool
    let isDigits: Bool
    /// A word of the organisation vocabulary (university, technology, advanced, ...).
    let isVocabulary: Bool
    /// A word naming a kind of organisation (university, institute; `OrganisationKinds.latin`).
    let isKind: Bool
}

/// What the comparison's hot loop reads of a token, without strings: copying it retains
/// nothing. Hashes of the text and phonetic keys (0 for none) tell most pairs of words
/// apart; equal ones are confirmed on the strings.
struct TokenFacts: Sendable {
    let weight: Double
    let textHash: UInt64
    let japaneseHash: UInt64
    let chineseHash: UInt64
    /// Length in UTF-8 bytes, and the first byte (typos keep the first letter).
    let length: Int32
    let firstByte: UInt8
    let isGeneric: Bool
    let isDigits: Bool
    let isKind: Bool

    init(_ token: TokenInfo) {
        weight = token.weight
        textHash = Grams.hash(.token, token.text)
        japaneseHash = token.japanese.map { Grams.hash(.token, $0) } ?? 0
        chineseHash = token.chinese.map { Grams.hash(.token, $0) } ?? 0
        length = Int32(token.text.utf8.count)
        firstByte = token.text.utf8.first ?? 0
        isGeneric = token.isGeneric
        isDigits = token.isDigits
        isKind = token.isKind
    }
}

/// A token sequence to compare: a segment, two adjacent segments, or a whole-text form.
struct View: Sendable {
    let name: String
    let tokens: [TokenInfo]
    /// `tokens`' facts, in the same order.
    let facts: [TokenFacts]
    /// True for a segment (or two): words outside the matched name count against it.
    let isSegment: Bool
    /// True for two segments joined: their order is the printer's, not the name's.
    var isPair = false
    /// The mention's last segment this view holds (nil for an alias or a whole-text form).
    var lastSegment: Int? = nil

    init(name: String, tokens: [TokenInfo], isSegment: Bool, isPair: Bool = false, lastSegment: Int? = nil) {
        self.name = name
        self.tokens = tokens
        facts = tokens.map(TokenFacts.init)
        self.isSegment = isSegment
        self.isPair = isPair
        self.lastSegment = lastSegment
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
