/// Which words a view could meet, as 256 bits: for each of its words, a bit for its text,
/// one for each of its phonetic keys, and (for a word long enough for a typo to be
/// forgiven) one for its first letter: every way `Verifier.tokenScore` lets two words meet
/// shares one of these. A word none of whose bits a view holds meets none of its words;
/// verification bounds a pairing's score by the alias's words that may meet before it
/// aligns them (most pairings of an alias with a mention's segments have few in common).
struct WordSignature: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Whether the view holds a katakana reading, which may meet any word but the
    /// vocabulary's by its loan-word key (`Verifier.tokenScore`).
    private var readsKatakana = false

    /// The signature of a view's words.
    init(_ facts: [TokenFacts]) {
        for word in facts { insert(word) }
    }

    mutating func insert(_ word: TokenFacts) {
        Self.forEachKey(of: word) { set($0) }
        if word.flags.contains(.katakanaReading) { readsKatakana = true }
    }

    /// Lets every word but the vocabulary's meet, as a view holding a katakana reading does.
    mutating func admitKatakanaReadings() { readsKatakana = true }

    /// Whether `word` may meet one of the view's words (false: it meets none).
    func mayMeet(_ word: TokenFacts) -> Bool {
        if readsKatakana && !word.flags.contains(.vocabulary) { return true }
        var found = false
        Self.forEachKey(of: word) { if !found && has($0) { found = true } }
        return found
    }

    /// The keys a word meets another by. A typo keeps the first letter and is forgiven
    /// only in words of seven bytes or more, two at most apart: both of five or more.
    @inline(__always)
    private static func forEachKey(of word: TokenFacts, _ body: (UInt64) -> Void) {
        body(word.textHash)
        if word.japaneseKey != 0 { body(word.japaneseKey) }
        if word.chineseKey != 0 { body(word.chineseKey) }
        if word.length >= 5 && !word.flags.contains(.digits) { body(TextHash.mix(0x7970_6F00 | UInt64(word.firstByte))) }
    }

    @inline(__always)
    private mutating func set(_ key: UInt64) {
        let bit = UInt64(1) << (key & 63)
        switch (key >> 6) & 3 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inline(__always)
    private func has(_ key: UInt64) -> Bool {
        let bit = UInt64(1) << (key & 63)
        switch (key >> 6) & 3 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}
