/// The script class of a mention, for evaluation breakdowns, from the scripts the
/// normalizer reports (digits are ignored).
public enum MentionScript: String, Sendable, Hashable, CaseIterable {
    /// Latin letters only.
    case latin
    /// Han characters only (Chinese, or Japanese written without kana).
    case han
    /// Kana, with or without Han: Japanese text.
    case kana
    /// Latin together with Han or kana, or any script beside another the classes above do
    /// not name.
    case mixed
    /// A script other than Latin, Han and kana alone (Cyrillic, Hangul, ...).
    case other
    /// No letters at all, or no text (the record or party was not found).
    case none

    /// The class of a text's scripts.
    public init(_ scripts: Scripts) {
        let letters = scripts.subtracting(.digits)
        switch letters {
        case []: self = .none
        case .latin: self = .latin
        case .han: self = .han
        case .kana, [.kana, .han]: self = .kana
        case .other: self = .other
        default: self = .mixed
        }
    }

    /// The class of `text` as `normalizer` sees it.
    public init(of text: String, normalizer: Normalizer) {
        self.init(normalizer.normalize(text, options: []).scripts)
    }
}
