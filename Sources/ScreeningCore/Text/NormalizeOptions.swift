/// Which forms `Normalizer.normalize` computes beyond the matching form.
public struct NormalizeOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Pinyin, Hepburn and Japanese readings of Han and kana.
    public static let readings = NormalizeOptions(rawValue: 1)
    /// English translations of Han and kana words.
    public static let translations = NormalizeOptions(rawValue: 2)
    /// Phonetic keys (Japanese and Chinese romanization variants).
    public static let phonetic = NormalizeOptions(rawValue: 4)
    /// Record every rule that fired (slower; for `normalize` and explanations).
    public static let explain = NormalizeOptions(rawValue: 8)

    /// Every form, without the rule trace.
    public static let allForms: NormalizeOptions = [.readings, .translations, .phonetic]
    /// Every form and the rule trace.
    public static let all: NormalizeOptions = [.readings, .translations, .phonetic, .explain]
}
