/// What a Unicode scalar is to the normalizer, from the generated `scalar-classes.tsv`.
public enum ScalarClass: UInt8, Sendable {
    /// A Latin-script letter (after folding), e.g. `a`, `é`, fullwidth `Ａ`.
    case latin = 0
    /// A letter of another alphabet or syllabary (Cyrillic, Greek, Hangul, ...).
    case otherLetter
    /// A decimal digit of any script.
    case digit
    /// A Han ideograph (any block, compatibility ideographs included) or 々 〆 〇.
    case han
    /// Hiragana, katakana (full and half width), the prolonged sound mark and voicing marks.
    case kana
    /// Dropped without a trace: combining marks, format characters, controls.
    case drop
    /// Ends a token: whitespace, punctuation and symbols of every script, unassigned.
    case separator

    init(letter: UInt8) {
        switch letter {
        case UInt8(ascii: "L"): self = .latin
        case UInt8(ascii: "O"): self = .otherLetter
        case UInt8(ascii: "N"): self = .digit
        case UInt8(ascii: "H"): self = .han
        case UInt8(ascii: "K"): self = .kana
        case UInt8(ascii: "M"): self = .drop
        default: self = .separator
        }
    }
}
