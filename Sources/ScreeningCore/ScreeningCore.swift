/// ScreeningCore: everything entity-screen knows about names, lists and records.
///
/// Modules (folders):
/// - `Text`: the normalizer. Turns any name or affiliation, in Latin, Han or kana, into
///   comparable forms (folded tokens, canonical Han, readings, translations, phonetic keys)
///   with the rules that fired. The index and the matcher see only these forms, so both
///   sides of a comparison are always the same shape.
/// - `Model`: the canonical formats of `FORMATS.md` (listed entities, records, hits).
/// - `Support`: locating the project's data tables and small shared utilities.
public enum ScreeningCore {
    /// The version of the tool and its canonical formats.
    public static let version = "0.1.0"
}
