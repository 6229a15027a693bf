/// ScreeningCore: everything entity-screen knows about names, lists and records.
///
/// Modules (folders):
/// - `Text`: the normalizer. Turns any name or affiliation, in Latin, Han or kana, into
///   comparable forms (folded tokens, canonical Han, readings, translations, phonetic keys)
///   with the rules that fired. The index and the matcher see only these forms, so both
///   sides of a comparison are always the same shape.
/// - `Model`: the canonical formats of `FORMATS.md` (listed entities, records, hits).
/// - `IO`: streaming readers (files, gzip, zip, xlsx, JSON Lines, CSV) and importers
///   (METI's End User List, ROR), with problems reported per file and line.
/// - `Import`: source formats in, canonical values out, streaming: records (PubMed/MEDLINE
///   and USPTO XML through a small safe XML reader, OpenAlex, Crossref, mapped CSV) behind
///   `RecordSource`, recognised by `RecordFiles.open`; lists (the US Consolidated Screening
///   List, OpenSanctions, mapped CSV) read by `ListFiles.load`.
/// - `Index`: the n-gram index over every spelling of every listed entity, built from each
///   entity's index forms (`IndexedForms`), made by the normalizer or kept by a store.
/// - `Match`: verification and scoring of the index's candidates, with explanations.
/// - `Screen`: the parallel, order-keeping screening pipeline.
/// - `Report`: what the pipeline writes through (`HitSink`): JSON Lines, CSV for Excel, and
///   the self-contained HTML report with its ja/en labels, highlighting and the
///   per-researcher due-diligence view.
/// - `Evaluate`: gold data (the gold-dev CSVs, gold JSON Lines) and their converters,
///   screening compared with a gold file per mention, precision/recall with the threshold
///   sweep, and the precision-recall plot.
/// - `Enrich`: ROR enrichment: list entries linked to ROR records, the names it adds and
///   where each comes from.
/// - `State`: the rescan state store (SQLite): list versions, records and their mentions,
///   hits with their status, reviews, the entries' kept index forms; incremental runs and
///   shards.
/// - `Support`: locating the data tables, hash tables and a seeded byte hash, parallel
///   map, lazy values, per-alias tables made on demand, per-thread pools, and releasing on
///   another thread.
public enum ScreeningCore {
    /// The version of the tool and its canonical formats.
    public static let version = "0.1.0"
}
