/// A token as the scanner cut it, before legal forms, abbreviations and stop words.
struct Piece: Sendable {
    var script: Token.Script
    /// Folded lowercase text for Latin and digits.
    var text: String
    /// `TextHash` of `text` (Latin and digits), for table lookups without hashing again.
    var hash: UInt64
    /// Scalars for Han (canonical after the context pass), kana (katakana) and other scripts.
    var scalars: [UInt32]
    /// Index of the segment (between commas, semicolons, brackets, spaced dashes, ...).
    var segment: Int
    /// Removed as (part of) a legal form.
    var removed = false
    /// The organisation-term role of a Latin word, looked up once by the scanner: nil none,
    /// -1 a stop word, else an index into `OrganisationTermIndex.replacements`.
    var role: Int32? = nil
    /// The conjunctions before it (`Token.clause`).
    var clause: Int32 = 0
    /// For kana: some of it was written in hiragana (folded to katakana in `scalars`), so it
    /// is a Japanese word (つくば), not a foreign one spelt in katakana.
    var hasHiragana = false

    /// The piece as a string, whatever its script.
    var string: String {
        switch script {
        case .latin, .digits: return text
        default: return Normalizer.string(scalars)
        }
    }
}
