import Foundation

/// The index forms (`IndexedForms`) of the listed entities, kept in the store under the
/// normalizer's identity (`Normalizer.formsIdentity`), each with the content hash of the
/// entry it was made from: a rescan builds its index from them and normalizes only the
/// entries a revision added or changed (normalizing every spelling was most of a
/// revision's index build).
///
/// The entries' spellings (`IndexedForms.spellings(of:)`) are kept beside their forms
/// (`KeptSpellings`): made anew for every entry, they were a third of a revision's index
/// build.
///
/// Each run that made forms appends them as one row of `entity_forms` (a batch: the ids in
/// one text, the hashes and packed forms in one blob, the spellings in another text); a
/// later batch's forms of an id stand over an earlier one's. One row per entry instead
/// would put a revision's few entries on as many pages across the table, each written
/// twice by the commit. Once the batches hold more than twice as many forms as there are
/// entries, they are written again as one.
struct KeptIndexForms {
    /// The forms by entity id, each with the content hash of the entry it was made from, and
    /// the entry's spellings when kept.
    var forms: [String: (hash: UInt64, forms: IndexedForms, spellings: [IndexedForms.Spelling]?)] = [:]
    /// The forms the batches hold, superseded ones included.
    var stored = 0

    /// Ids are joined by a line feed in a batch's text (an id holding one is not kept).
    private static let separator = "\n", separatorByte = UInt8(ascii: "\n")
    private static let identityKey = "forms_identity"

    /// The forms kept in `store` under `identity`: none when they were made under another,
    /// or `identity` is nil.
    init(store: StateStore, identity: String?) throws {
        guard let identity, try store.meta(Self.identityKey) == identity else { return }
        try store.db.forEachRow("SELECT ids, data, spellings FROM entity_forms ORDER BY batch") { row in
            // Split on the byte: split into Characters (where "\r\n" is one), the ids of
            // thousands of entries took a third of the reading.
            let ids = row.text(0).utf8.split(separator: Self.separatorByte, omittingEmptySubsequences: false)
            let spellings = KeptSpellings.groups(in: row.text(2), count: ids.count)
            forms.reserveCapacity(forms.count + ids.count)
            // Read in SQLite's buffer: copied whole into an array first, the blob of every
            // entry's forms (megabytes) came on fresh pages each rescan, and the copy with the
            // kernel zeroing them was a fifth of the index phase's samples.
            row.withBlob(1) { blob in
                let count = blob.count / 8
                func word(_ index: Int) -> UInt64 { blob.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self) }
                var position = 0
                for (id, spellings) in zip(ids, spellings) {
                    // Each: the hash, the packed forms' length, the packed forms.
                    guard position + 2 <= count, word(position + 1) <= UInt64(count - position - 2) else { return }
                    let length = Int(word(position + 1))
                    let packed = [UInt64](unsafeUninitializedCapacity: length) { words, initialized in
                        if length > 0 { _ = memcpy(words.baseAddress!, blob.baseAddress! + (position + 2) * 8, length * 8) }
                        initialized = length
                    }
                    if let kept = IndexedForms(packed: packed) { forms[String(Substring(id))] = (word(position), kept, spellings) }
                    position += 2 + length
                    stored += 1
                }
            }
        }
    }

    /// Appends the forms and spellings of `entities` (in order, with their content `hashes`,
    /// `forms` and `spellings`) that `made` marks as made in this run, under `identity`
    /// (nothing when it is nil), or writes them all as the only batch when the batches were
    /// made under another identity, or would hold more than twice as many forms as there are
    /// entities, or every entity's were made.
    func keep(entities: [ListedEntity], hashes: [UInt64], forms: [IndexedForms], spellings: [[IndexedForms.Spelling]], made: [Bool],
              in store: StateStore, identity: String?) throws {
        let madeCount = made.reduce(0) { $0 + ($1 ? 1 : 0) }
        guard let identity, madeCount > 0 else { return }
        var all = false
        if try store.meta(Self.identityKey) != identity || stored + madeCount > 2 * entities.count || madeCount == entities.count {
            try store.db.run("DELETE FROM entity_forms")
            try store.setMeta(Self.identityKey, identity)
            all = true
        }
        var ids: [String] = [], data: [UInt64] = [], groups = ""
        for k in entities.indices where (all || made[k]) && !entities[k].id.utf8.contains(Self.separatorByte) {
            ids.append(entities[k].id)
            data += [hashes[k], UInt64(forms[k].packed.count)]
            data += forms[k].packed
            groups += KeptSpellings.group(of: spellings[k])
        }
        try store.db.run("INSERT INTO entity_forms (ids, data, spellings) VALUES (?, ?, ?)",
                         [.text(ids.joined(separator: Self.separator)), .integers(data), .text(groups)])
    }
}

extension Rescan {
    /// The index over `entities`, from the kept forms and spellings of those whose entry is
    /// unchanged (`hashes`: their current content hashes, in order), the others' made now;
    /// returns every entity's forms and spellings, and which were made (forms or spellings).
    /// `inferredCountries`: made over `entities` already (`EntityIndex.inferredCountries`).
    static func index(of entities: [ListedEntity], kept: KeptIndexForms, hashes: [UInt64], normalizer: Normalizer, threads: Int,
                      inferredCountries: InferredCountries? = nil)
        -> (index: EntityIndex, forms: [IndexedForms], spellings: [[IndexedForms.Spelling]], made: [Bool]) {
        let keptEntries = entities.indices.map { k in kept.forms[entities[k].id].flatMap { $0.hash == hashes[k] ? $0 : nil } }
        let unspelt = entities.indices.filter { keptEntries[$0]?.spellings == nil }
        var spellings = keptEntries.map { $0?.spellings ?? [] }
        for (k, made) in zip(unspelt, ParallelMap.map(unspelt, threads: threads) { IndexedForms.spellings(of: entities[$0]) }) {
            spellings[k] = made
        }
        // Kept forms of as many spellings as the entry has now.
        let found: [IndexedForms?] = entities.indices.map { k in
            keptEntries[k].flatMap { $0.forms.spellingCount == spellings[k].count ? $0.forms : nil }
        }
        let missing = entities.indices.filter { found[$0] == nil }
        let spelt = spellings
        let made = ParallelMap.map(missing, threads: threads) { IndexedForms.of(entities[$0], spellings: spelt[$0], normalizer: normalizer).forms }
        var forms = found
        for (position, k) in missing.enumerated() { forms[k] = made[position] }
        let all = forms.map { $0! }
        let index = EntityIndex(entities: entities, spellings: spellings, forms: all, normalizer: normalizer, threads: threads,
                                inferredCountries: inferredCountries)
        return (index, all, spellings, entities.indices.map { found[$0] == nil || keptEntries[$0]?.spellings == nil })
    }
}
