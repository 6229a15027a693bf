/// The normalizer's single pass over a string's scalars: classifies and folds each scalar
/// with the per-code-point tables and cuts the text into pieces (Latin words, Han runs,
/// kana runs, runs of other scripts) and segments (split at commas, semicolons, brackets
/// and spaced dashes), numbering the clauses its conjunctions open.
///
/// In direct mode it writes the matching form's tokens itself, without pieces, for the
/// common text that needs nothing else: ASCII words, none of which may be part of a legal
/// form or start a phrase. Anything more sets `bailed` and stops the scan; the caller then
/// scans again with pieces.
struct Scanner {
    let tables: TextTables
    let terms: OrganisationTermIndex
    let explain: Bool
    let direct: Bool
    /// Drops French and Italian elided articles (`Elision`); person names keep them (D'Angelo).
    let elides: Bool
    /// Parts a segment after a footnote's number (`FootnoteNumber`) where the text may have
    /// one, which is asked of the text only when a number between words is met (rarely).
    let partsAtFootnotes: Bool
    private var source = ""
    private var footnotesInSource: Bool?
    var pieces: [Piece] = []
    var scripts: Scripts = []
    var hanFlags: HanFlags = []
    var rules: [RuleFiring] = []
    var controls = 0
    /// Some word may start or end a legal form, or start a phrase: the later passes that
    /// look for them are skipped when no word can (most affiliations).
    var mayHaveLegalForm = false
    var mayHavePhrase = false
    var replacementCharacters = 0
    /// Direct mode: the matching form's tokens, and whether the text needed more than it gives.
    var tokens: [Token] = []
    private(set) var bailed = false

    private var latin: [UInt8] = []
    private var runScalars: [UInt32] = []
    /// The kana run holds hiragana (`Piece.hasHiragana`).
    private var runHasHiragana = false
    private var run: Token.Script?
    private var segment = 0
    private var segmentHasPieces = false
    private var boundaryPending = false
    /// A conjunction was read: the next piece opens a clause (`Token.clause`).
    private var conjunctionPending = false
    private var clause: Int32 = 0
    private var apostrophePending = false
    /// The word before the pending apostrophe is an elided article, dropped if a vowel follows.
    private var elisionPending = false
    private var elisions: [String] = []
    /// Direct mode: a stop word was dropped since the last token (`Token.followsStopWord`).
    private var stopWordDropped = false
    private var folds: [String] = []
    private let expectedPieces: Int

    init(tables: TextTables, terms: OrganisationTermIndex = .shared, explain: Bool, direct: Bool = false, expectedPieces: Int = 8,
         elides: Bool = true, partsAtFootnotes: Bool = true) {
        self.partsAtFootnotes = partsAtFootnotes
        self.tables = tables
        self.terms = terms
        self.explain = explain
        self.direct = direct && !explain
        self.elides = elides
        self.expectedPieces = max(expectedPieces, 4)
        // Direct mode reserves at its first token: a scan that bails at once allocates nothing.
        if !self.direct { pieces.reserveCapacity(self.expectedPieces) }
    }

    mutating func run(_ text: String) {
        source = text
        footnotesInSource = nil
        var text = text
        text.withUTF8 { bytes in
            Self.asciiWordBytes.withUnsafeBufferPointer { folded in
                let n = bytes.count
                var i = 0
                while i < n {
                    let b0 = bytes[i]
                    if b0 < 0x80 {
                        // Fast path: a whole ASCII word that ends cleanly becomes a piece in one step.
                        if run == nil && folded[Int(b0)] != 0 {
                            var hash = TextHash.Stream()
                            var j = i
                            while j < n {
                                let f = folded[Int(bytes[j])]
                                if f == 0 { break }
                                hash.add(f)
                                j &+= 1
                            }
                            let next = j < n ? bytes[j] : 0x20
                            if next < 0x80 && next != 0x27 && next != 0x60 {
                                emitASCIIWord(UnsafeBufferPointer(rebasing: bytes[i..<j]), hash: hash.value, folded: folded)
                                if bailed { return }
                                i = j
                                continue
                            }
                            // A word that does not end cleanly (Queen's, Tōkyō): pieces are needed.
                            if direct { bailed = true; return }
                        }
                        // A space between words: nothing to close (most separators).
                        if b0 == 0x20 && run == nil {
                            apostrophePending = false
                            elisionPending = false
                        } else {
                            scanASCII(b0)
                            if b0 == 0x26 || b0 == 0x2D { joinOrPart(b0, bytes, i) }
                        }
                        i += 1
                        continue
                    }
                    if direct { bailed = true; return }
                    if (b0 == 0xE2 || b0 == 0xEF) && Self.isSpacedDash(bytes, i) {
                        flush()
                        boundaryPending = true
                        i += 3
                        continue
                    }
                    // Swift strings hold valid UTF-8: decode one scalar.
                    let cp: UInt32
                    if b0 < 0xE0 {
                        cp = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        cp = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        cp = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                            | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    scanScalar(cp)
                }
            }
        }
        if bailed { return }
        flush()
        if explain && !folds.isEmpty { rules.insert(RuleFiring(rule: "fold", detail: folds.joined(separator: " ")), at: 0) }
        if explain && !elisions.isEmpty { rules.append(RuleFiring(rule: "elision", detail: elisions.joined(separator: " "))) }
    }

    private mutating func scanScalar(_ cp: UInt32) {
        if cp == 0xFFFD { replacementCharacters += 1 }
        if Self.isBoundary(cp) { flush(); boundaryPending = true; return }
        if Self.isApostrophe(cp) { apostrophe(); return }
        let cls = tables.scalarClass(cp)
        if cls == .drop {
            if Self.isControlOrFormat(cp) { controls += 1 }
            return
        }
        // Most Han and kana fold to themselves: already classified, and no boundary.
        if tables.foldsToItself(cp) { scanClassified(cp, cls); return }
        var foldedAny = false
        tables.fold(cp) { f in
            if f != cp { foldedAny = true }
            scanFolded(f)
        }
        if explain && foldedAny && folds.count < 40 {
            var target: [UInt32] = []
            tables.fold(cp) { target.append($0) }
            folds.append("\(Normalizer.string([cp]))→\(Normalizer.string(target))")
        }
    }

    /// ASCII letters and digits lowercased, every other byte 0: one load classifies and
    /// folds a byte of a word.
    static let asciiWordBytes: [UInt8] = (0..<256).map { b in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b | 0x20)
        default: return 0
        }
    }

    /// A piece from an ASCII word whose folded bytes hash to `hash`.
    private mutating func emitASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, folded: UnsafeBufferPointer<UInt8>) {
        openPiece()
        var length = bytes.count
        var value = hash
        // Only a word that starts with a digit can be a number (or an ordinal).
        var isDigits = (bytes[0] &- 0x30) < 10
        if isDigits { for b in bytes where (b &- 0x30) >= 10 { isDigits = false; break } }
        // 20th → 20: an ordinal is its number.
        if !isDigits && length >= 3 && (bytes[0] &- 0x30) < 10 {
            let a = folded[Int(bytes[length - 2])], b = folded[Int(bytes[length - 1])]
            let ordinal = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
            if ordinal && bytes[0..<(length - 2)].allSatisfy({ ($0 &- 0x30) < 10 }) {
                length -= 2
                isDigits = true
                value = TextHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[0..<length]))
            }
        }
        let role = isDigits ? nil : noteTerms(value)
        if !isDigits { partAfterFootnote(firstByte: bytes[0], word: explain ? Self.string(bytes, length: length, folded: folded) : "") }
        if direct {
            if mayHaveLegalForm || mayHavePhrase { bailed = true; return }
            scripts.insert(isDigits ? .digits : .latin)
            if tokens.capacity == 0 { tokens.reserveCapacity(expectedPieces) }
            if let role, role < 0 { stopWordDropped = true; return }
            // "No." or "Nr." right before a number is its sign, not a word (as in
            // `Normalizer.matchingTokens`, the path of texts with phrases or legal forms).
            if isDigits, !stopWordDropped, let last = tokens.last, last.segment == segment, last.text == "no" || last.text == "nr" {
                stopWordDropped = last.followsStopWord
                tokens.removeLast()
            }
            let text = role.map { terms.replacements[Int($0)] } ?? Self.string(bytes, length: length, folded: folded)
            tokens.append(Token(text: text, script: isDigits ? .digits : .latin, segment: segment, clause: clause,
                                followsStopWord: stopWordDropped))
            stopWordDropped = false
            return
        }
        // A word the terms replace or drop needs no string of its own (unless explaining).
        let text: String
        if let role, role >= 0, !explain {
            text = terms.replacements[Int(role)]
        } else if role != nil && !explain {
            text = ""
        } else {
            text = Self.string(bytes, length: length, folded: folded)
        }
        scripts.insert(isDigits ? .digits : .latin)
        pieces.append(Piece(script: isDigits ? .digits : .latin, text: text, hash: value, scalars: [], segment: segment,
                            role: role, clause: clause))
    }

    /// Opens a segment at the word starting with `firstByte` when a footnote's number stands
    /// before it (`FootnoteNumber`); `word` is the word, made only when explaining.
    @inline(__always)
    private mutating func partAfterFootnote(firstByte: UInt8, word: String) {
        guard FootnoteNumber.opensAfter(firstByte), followsFootnoteNumber() else { return }
        segment += 1
        if explain { rules.append(RuleFiring(rule: "footnote-number", detail: "a segment after it, before “\(word)”")) }
    }

    /// Whether the last two pieces (tokens in direct mode) of the segment are a word and a
    /// footnote's number (`FootnoteNumber`), in a text that may have one.
    /// Called for every word: the number's script is looked at first, before any string.
    @inline(__always)
    private mutating func followsFootnoteNumber() -> Bool {
        if direct {
            let n = tokens.count
            guard n >= 2, tokens[n - 1].script == .digits else { return false }
            guard FootnoteNumber.isNumber(tokens[n - 1].text, .digits), tokens[n - 1].segment == segment,
                  tokens[n - 2].script == .latin, tokens[n - 2].segment == segment else { return false }
        } else {
            let n = pieces.count
            guard n >= 2, pieces[n - 1].script == .digits else { return false }
            guard FootnoteNumber.isNumber(pieces[n - 1].text, .digits), pieces[n - 1].segment == segment,
                  pieces[n - 2].script == .latin, pieces[n - 2].segment == segment else { return false }
        }
        return footnotesMayPart()
    }

    @inline(never)
    private mutating func footnotesMayPart() -> Bool {
        guard partsAtFootnotes else { return false }
        if footnotesInSource == nil { footnotesInSource = FootnoteNumber.mayPart(source) }
        return footnotesInSource!
    }

    /// A piece begins: it opens the segment or clause a separator or conjunction left pending.
    @inline(__always)
    private mutating func openPiece() {
        if boundaryPending && segmentHasPieces { segment += 1 }
        boundaryPending = false
        segmentHasPieces = true
        if conjunctionPending { clause &+= 1; conjunctionPending = false }
    }

    /// The first `length` bytes of a word, folded.
    @inline(__always)
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, length: Int, folded: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            for k in 0..<length { buffer[k] = folded[Int(bytes[k])] }
            return length
        }
    }

    /// Notes whether a word may be part of a legal form or start a phrase, and returns its
    /// organisation-term role (`Piece.role`), all from one table probe.
    @inline(__always)
    private mutating func noteTerms(_ hash: UInt64) -> Int32? {
        guard let packed = terms.words.lookup(hash) else { return nil }
        let facts = OrganisationTermIndex.WordFacts(packed: packed)
        if facts.mayBeLegalForm { mayHaveLegalForm = true }
        if facts.mayStartPhrase { mayHavePhrase = true }
        if facts.isConjunction { conjunctionPending = true }
        return facts.role
    }

    @inline(__always)
    private mutating func scanASCII(_ b: UInt8) {
        switch b {
        case 0x61...0x7A, 0x30...0x39:
            appendLatin(b, digit: b <= 0x39)
        case 0x41...0x5A:
            appendLatin(b | 0x20, digit: false)
        case 0x27, 0x60:
            apostrophe()
        case 0x2C, 0x3B, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x7C, 0x3A, 0x0A, 0x0D:
            flush()
            boundaryPending = true
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F:
            controls += 1
            flush()
        default:
            flush()
        }
    }

    /// A folded scalar, classified again (a fold can change script: ｶ → カ, ㈱ → (株)).
    private mutating func scanFolded(_ f: UInt32) {
        if f < 0x80 {
            scanASCII(UInt8(f))
            if f == 0x26 { conjunctionPending = true }  // ＆
            return
        }
        if Self.isBoundary(f) { flush(); boundaryPending = true; return }
        scanClassified(f, tables.scalarClass(f))
    }

    /// A folded scalar of class `cls`, neither ASCII nor a boundary.
    private mutating func scanClassified(_ f: UInt32, _ cls: ScalarClass) {
        switch cls {
        case .latin, .digit:
            if run != .latin && run != .digits { flush() }
            apostrophePending = false
            elisionPending = false
            if run == nil { startPiece(.latin) }
            Self.appendUTF8(f, to: &latin)
            scripts.insert(.latin)
        case .han:
            if run != .han { flush(); startPiece(.han) }
            hanFlags.formUnion(tables.hanFlags(f))
            scripts.insert(.han)
            runScalars.append(f)
        case .kana:
            if run != .kana { flush(); startPiece(.kana) }
            scripts.insert(.kana)
            if Kana.isVoicingMark(f) {
                if let last = runScalars.last, let composed = Kana.compose(last, f) {
                    runScalars[runScalars.count - 1] = Kana.katakana(composed)
                }
                return
            }
            if Kana.katakana(f) != f { runHasHiragana = true }
            runScalars.append(Kana.katakana(f))
        case .otherLetter:
            if run != .other { flush(); startPiece(.other) }
            scripts.insert(.other)
            runScalars.append(f)
        case .drop:
            if Self.isControlOrFormat(f) { controls += 1 }
        case .separator:
            flush()
        }
    }

    @inline(__always)
    private mutating func appendLatin(_ b: UInt8, digit: Bool) {
        if run != .latin && run != .digits { flush(); startPiece(digit ? .digits : .latin) }
        if !digit { run = .latin }
        if apostrophePending {
            apostrophePending = false
            if elisionPending { dropElidedArticle(before: b) }
        }
        latin.append(b)
    }

    /// An apostrophe inside a Latin word joins it (Shin'ichi, O'Brien); elsewhere it separates.
    private mutating func apostrophe() {
        if run == .latin && !apostrophePending {
            apostrophePending = true
            elisionPending = elides && Elision.isArticle(latin)
        } else {
            flush()
        }
    }

    private mutating func startPiece(_ script: Token.Script) {
        run = script
        if script != .latin && script != .digits && runScalars.capacity == 0 { runScalars.reserveCapacity(32) }
        openPiece()
    }

    /// The elided article before the apostrophe goes when the word it is elided before starts
    /// with a vowel or h, as elision requires (l'École, dell'Università, d'Avignon); before
    /// a consonant the apostrophe joins as any other (D'Souza).
    @inline(never)
    private mutating func dropElidedArticle(before b: UInt8) {
        elisionPending = false
        guard Elision.startsElidedWord(b) else { return }
        if explain { elisions.append(String(decoding: latin, as: UTF8.self) + "’") }
        latin.removeAll(keepingCapacity: true)
    }

    private mutating func flush() {
        apostrophePending = false
        elisionPending = false
        guard let script = run else { return }
        run = nil
        switch script {
        case .latin, .digits:
            guard !latin.isEmpty else { return }
            Self.foldOrdinal(&latin)
            let isDigits = latin.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            if !isDigits { scripts.insert(.latin) } else { scripts.insert(.digits) }
            if !isDigits { partAfterFootnote(firstByte: latin[0], word: explain ? String(decoding: latin, as: UTF8.self) : "") }
            let hash = latin.withUnsafeBufferPointer { TextHash.of(bytes: $0) }
            let termRole = noteTerms(hash)
            let role = isDigits ? nil : termRole
            pieces.append(Piece(script: isDigits ? .digits : .latin, text: String(decoding: latin, as: UTF8.self),
                                hash: hash, scalars: [], segment: segment, role: role, clause: clause))
            latin.removeAll(keepingCapacity: true)
        case .han, .kana, .other:
            guard !runScalars.isEmpty else { return }
            pieces.append(Piece(script: script, text: "", hash: 0, scalars: runScalars, segment: segment, clause: clause,
                                hasHiragana: runHasHiragana))
            runScalars.removeAll(keepingCapacity: true)
            runHasHiragana = false
        }
    }

    /// 20th → 20, 1st → 1: ordinals are numbered units (第二十研究所, 20th Research Institute).
    @inline(__always)
    static func foldOrdinal(_ word: inout [UInt8]) {
        let n = word.count
        guard n >= 3, word[0] >= 0x30 && word[0] <= 0x39 else { return }
        let a = word[n - 2], b = word[n - 1]
        let ordinal = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
        guard ordinal else { return }
        for k in 0..<(n - 2) where word[k] < 0x30 || word[k] > 0x39 { return }
        word.removeLast(2)
    }

    /// An ampersand joins like "and"; a hyphen with a space each side parts like a comma
    /// (University of Zurich - Institute of ...), and unspaced joins a name's words
    /// (Paris-Saclay). Out of line, as `isSpacedDash`.
    @inline(never)
    private mutating func joinOrPart(_ b: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) {
        if b == 0x26 {
            conjunctionPending = true
        } else if Self.isSpaced(bytes, i, width: 1) {
            boundaryPending = true
        }
    }

    /// An en dash, em dash or full-width hyphen at `i` with a space each side: it parts
    /// like a spaced hyphen. Kept out of line, so that the scan's loop stays small enough
    /// to take `scanASCII` in.
    @inline(never)
    static func isSpacedDash(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 2 < bytes.count else { return false }
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        let dash = bytes[i] == 0xE2 ? b1 == 0x80 && (b2 == 0x93 || b2 == 0x94) : b1 == 0xBC && b2 == 0x8D
        return dash && isSpaced(bytes, i, width: 3)
    }

    /// The dashes that part an affiliation when a space stands each side of them, and those
    /// spaces (a full-width spelling parts as its ASCII one). The scan tests their UTF-8
    /// bytes (`isSpaced`, `isSpacedDash`); `MentionHighlight` tests the scalars.
    static let partingDashes: Set<UInt32> = [0x2D, 0x2013, 0x2014, 0xFF0D]
    static let partingSpaces: Set<UInt32> = [0x20, 0xA0, 0x3000]

    /// Whether the `width` bytes at `i` have a space of `partingSpaces` right before and
    /// right after them.
    static func isSpaced(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, width: Int) -> Bool {
        let n = bytes.count, j = i + width
        let before = i >= 1 && bytes[i - 1] == 0x20 || i >= 2 && bytes[i - 2] == 0xC2 && bytes[i - 1] == 0xA0
            || i >= 3 && bytes[i - 3] == 0xE3 && bytes[i - 2] == 0x80 && bytes[i - 1] == 0x80
        guard before, j < n else { return false }
        return bytes[j] == 0x20 || j + 1 < n && bytes[j] == 0xC2 && bytes[j + 1] == 0xA0
            || j + 2 < n && bytes[j] == 0xE3 && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x80
    }

    /// Punctuation that separates the parts of an affiliation (department, organisation,
    /// street, city, country), in every script's form.
    @inline(__always)
    static func isBoundary(_ cp: UInt32) -> Bool {
        // Han and kana (and most of the BMP) lie between the boundaries below: one test.
        if cp >= 0x3020 && cp < 0xFE50 { return false }
        switch cp {
        case 0x2C, 0x3B, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x7C, 0x3A, 0x0A, 0x0D,
             0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF08, 0xFF09, 0xFF3B, 0xFF3D, 0xFF0F, 0xFF1A,
             0x3008...0x3011, 0x3014...0x301B, 0xFF64, 0xFF61, 0x2028, 0x2029, 0xFE50, 0xFE51:
            return true
        default:
            return false
        }
    }

    static func appendUTF8(_ cp: UInt32, to bytes: inout [UInt8]) {
        switch cp {
        case 0..<0x80:
            bytes.append(UInt8(cp))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (cp >> 6)))
            bytes.append(UInt8(0x80 | (cp & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (cp >> 12)))
            bytes.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (cp & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (cp >> 18)))
            bytes.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (cp & 0x3F)))
        }
    }

    @inline(__always)
    static func isApostrophe(_ cp: UInt32) -> Bool {
        cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4 || cp == 0xFF07
    }

    static func isControlOrFormat(_ cp: UInt32) -> Bool {
        cp < 0x20 || (0x7F...0x9F).contains(cp) || (0x200B...0x200F).contains(cp) || cp == 0xFEFF
            || (0x202A...0x202E).contains(cp) || (0x2060...0x206F).contains(cp)
    }
}
