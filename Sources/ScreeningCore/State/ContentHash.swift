/// Stable content hashes (the same on every run and machine, unlike Swift's `Hasher`), so
/// a store can tell whether an entity's entry or a record changed, and give hits ids that
/// stay the same across runs.
public enum ContentHash {
    /// Fields are separated by a unit separator and lists by a record separator, which
    /// printed names never contain, so different field splits never hash alike. The bytes
    /// are hashed as they come, without joining them into one string first (a rescan hashes
    /// every listed entry and every record it reads).
    private static let unit = "\u{1F}", group = "\u{1E}"

    /// Every field of the entry: id, list, kind, name, aliases, country, remarks (the hash
    /// of their texts joined by `unit`, the aliases by `group`).
    public static func of(_ entity: ListedEntity) -> UInt64 {
        of(entity, inferred: nil)
    }

    /// The entry's hash with the country matching gives it where its list gives none, and
    /// whose entry gives it (`InferredCountries`), after its fields (nil: the same as
    /// `of(_:)`): a revision of another list that gives it a country, or takes it back,
    /// changes how it is matched and explained.
    public static func of(_ entity: ListedEntity, inferred: InferredCountries.Inference?) -> UInt64 {
        var hash = TextHash.Stream()
        for field in [entity.id, entity.list, entity.kind.rawValue, entity.name] {
            hash.add(field)
            hash.add(unit)
        }
        add(entity.aliases, separatedBy: group, to: &hash)
        for field in [entity.country ?? "", entity.remarks ?? ""] {
            hash.add(unit)
            hash.add(field)
        }
        if let inferred {
            hash.add(group)
            hash.add(inferred.country)
            hash.add(unit)
            hash.add(inferred.fromID)
        }
        return hash.value
    }

    /// What screening reads of a record: its id and parties (role, name, affiliations,
    /// country). Title, date and kind do not change its hits, so they are left out. (The
    /// hash of the id, then of each party `group` and its fields joined by `unit`, the
    /// affiliations by two.)
    public static func of(_ record: Record) -> UInt64 {
        var hash = TextHash.Stream()
        hash.add(record.id)
        for party in record.parties {
            hash.add(group)
            hash.add(party.role)
            hash.add(unit)
            hash.add(party.name)
            hash.add(unit)
            add(party.affiliations, separatedBy: unit + unit, to: &hash)
            hash.add(unit)
            hash.add(party.country ?? "")
        }
        return hash.value
    }

    private static func add(_ texts: [String], separatedBy separator: String, to hash: inout TextHash.Stream) {
        for (k, text) in texts.enumerated() {
            if k > 0 { hash.add(separator) }
            hash.add(text)
        }
    }

    /// A hit's id: 16 hex digits from the record, party, field, mention and entity, so the
    /// same finding keeps its id (and its review) on every run.
    public static func hitID(recordID: String, party: Int, field: Hit.Field, mention: String, entityID: String) -> String {
        let value = TextHash.of([recordID, String(party), field.rawValue, mention, entityID].joined(separator: unit))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The id of a hit.
    public static func hitID(_ hit: Hit) -> String {
        hitID(recordID: hit.recordID, party: hit.party, field: hit.field, mention: hit.mention, entityID: hit.entityID)
    }
}
