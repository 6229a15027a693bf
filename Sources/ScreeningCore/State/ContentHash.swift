/// Stable content hashes (the same on every run and machine, unlike Swift's `Hasher`), so
/// a store can tell whether an entity's entry or a record changed, and give hits ids that
/// stay the same across runs.
public enum ContentHash {
    /// Fields are separated by a unit separator and lists by a record separator, which
    /// printed names never contain, so different field splits never hash alike.
    private static let unit = "\u{1F}", group = "\u{1E}"

    /// Every field of the entry: id, list, kind, name, aliases, country, remarks.
    public static func of(_ entity: ListedEntity) -> UInt64 {
        TextHash.of([entity.id, entity.list, entity.kind.rawValue, entity.name, entity.aliases.joined(separator: group),
                     entity.country ?? "", entity.remarks ?? ""].joined(separator: unit))
    }

    /// What screening reads of a record: its id and parties (role, name, affiliations,
    /// country). Title, date and kind do not change its hits, so they are left out.
    public static func of(_ record: Record) -> UInt64 {
        var text = record.id
        for party in record.parties {
            text += group + [party.role, party.name, party.affiliations.joined(separator: unit + unit), party.country ?? ""]
                .joined(separator: unit)
        }
        return TextHash.of(text)
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
