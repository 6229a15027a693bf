/// What a list revision did: the entries it added, changed (and which fields) and removed,
/// matched by id.
public struct EntityDiff: Sendable {
    /// An entry whose content changed between the two versions.
    public struct Change: Sendable {
        public let old: ListedEntity
        public let new: ListedEntity
        /// The fields that differ: `name`, `aliases`, `list`, `kind`, `country`, `remarks`.
        public let fields: [String]
    }

    public var added: [ListedEntity] = []
    public var changed: [Change] = []
    public var removed: [ListedEntity] = []

    /// Compares two versions; each side's order is kept (added and changed in the new
    /// version's order, removed in the old one's).
    public init(old: [ListedEntity], new: [ListedEntity]) {
        var oldByID: [String: ListedEntity] = [:]
        for entity in old where oldByID[entity.id] == nil { oldByID[entity.id] = entity }
        var newIDs = Set<String>()
        for entity in new where newIDs.insert(entity.id).inserted {
            if let before = oldByID[entity.id] {
                let fields = Self.changedFields(before, entity)
                if !fields.isEmpty { changed.append(Change(old: before, new: entity, fields: fields)) }
            } else {
                added.append(entity)
            }
        }
        var removedIDs = Set<String>()
        removed = old.filter { !newIDs.contains($0.id) && removedIDs.insert($0.id).inserted }
    }

    /// The fields of two versions of one entry that differ.
    public static func changedFields(_ a: ListedEntity, _ b: ListedEntity) -> [String] {
        var fields: [String] = []
        if a.name != b.name { fields.append("name") }
        if a.aliases != b.aliases { fields.append("aliases") }
        if a.list != b.list { fields.append("list") }
        if a.kind != b.kind { fields.append("kind") }
        if a.country != b.country { fields.append("country") }
        if a.remarks != b.remarks { fields.append("remarks") }
        return fields
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// The diff for an officer: a summary line, then one block per entry, with the old and
    /// new value of each changed field.
    public var readable: String {
        var lines = ["added \(added.count), changed \(changed.count), removed \(removed.count)"]
        for entity in added {
            lines.append("")
            lines.append("+ added   \(entity.id)  \(entity.name)")
            if !entity.aliases.isEmpty { lines.append("    aliases: \(entity.aliases.joined(separator: " | "))") }
            if let country = entity.country { lines.append("    country: \(country)") }
        }
        for change in changed {
            lines.append("")
            lines.append("~ changed \(change.new.id)  \(change.new.name)  (\(change.fields.joined(separator: ", ")))")
            for field in change.fields {
                lines.append("    \(field): \(Self.value(field, of: change.old))")
                lines.append("    \(String(repeating: " ", count: field.count))→ \(Self.value(field, of: change.new))")
            }
        }
        for entity in removed {
            lines.append("")
            lines.append("- removed \(entity.id)  \(entity.name)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func value(_ field: String, of entity: ListedEntity) -> String {
        switch field {
        case "name": entity.name
        case "aliases": entity.aliases.isEmpty ? "(none)" : entity.aliases.joined(separator: " | ")
        case "list": entity.list
        case "kind": entity.kind.rawValue
        case "country": entity.country ?? "(none)"
        default: entity.remarks ?? "(none)"
        }
    }
}
