import Foundation

/// The index forms (`IndexedForms`) of the current list version's entities, kept in the
/// store's `entity_forms` table under the normalizer's identity (`Normalizer.formsIdentity`),
/// with the content hash of the entry each was made from: a rescan builds its index from
/// them and normalizes only the entries a revision added or changed (normalizing every
/// spelling was most of a revision's index build).
extension StateStore {
    /// The kept forms by entity id, each with the content hash of the entry it was made
    /// from; none when they were made under another identity, or `identity` is nil.
    func keptForms(identity: String?) throws -> [String: (hash: UInt64, forms: IndexedForms)] {
        guard let identity, try meta(Self.formsIdentityKey) == identity else { return [:] }
        var kept: [String: (hash: UInt64, forms: IndexedForms)] = [:]
        try db.forEachRow("SELECT id, hash, data FROM entity_forms") { row in
            if let forms = IndexedForms(packed: row.integers(2)) { kept[row.text(0)] = (row.hash(1), forms) }
        }
        return kept
    }

    /// Keeps forms made under `identity` (nothing when it is nil); those kept under another
    /// identity are dropped first.
    func keep(forms made: [(id: String, hash: UInt64, forms: IndexedForms)], identity: String?) throws {
        guard let identity, !made.isEmpty else { return }
        if try meta(Self.formsIdentityKey) != identity {
            try db.run("DELETE FROM entity_forms")
            try setMeta(Self.formsIdentityKey, identity)
        }
        for entry in made {
            try db.run("""
                INSERT INTO entity_forms (id, hash, data) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, data = excluded.data
                """, [.text(entry.id), .hash(entry.hash), .integers(entry.forms.packed)])
        }
    }

    private static let formsIdentityKey = "forms_identity"
}

extension Rescan {
    /// The index over `entities`, from the kept forms of those whose entry is unchanged
    /// (`hashes`: the current content hashes), the others' forms made now; returns those
    /// made, to be kept.
    static func index(of entities: [ListedEntity], kept: [String: (hash: UInt64, forms: IndexedForms)], hashes: [String: UInt64],
                      normalizer: Normalizer, threads: Int) -> (index: EntityIndex, made: [(id: String, hash: UInt64, forms: IndexedForms)]) {
        let found: [IndexedForms?] = entities.map { entity in
            guard let entry = kept[entity.id], entry.hash == hashes[entity.id],
                  entry.forms.grams.count == IndexedForms.spellings(of: entity).count else { return nil }
            return entry.forms
        }
        let missing = entities.indices.filter { found[$0] == nil }
        let made = ParallelMap.map(missing, threads: threads) { IndexedForms.of(entities[$0], normalizer: normalizer).forms }
        var forms = found
        for (position, k) in missing.enumerated() { forms[k] = made[position] }
        let index = EntityIndex(entities: entities, forms: forms.map { $0! }, normalizer: normalizer, threads: threads)
        return (index, zip(missing, made).map { (entities[$0].id, hashes[entities[$0].id]!, $1) })
    }
}
