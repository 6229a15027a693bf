/// What a list revision did: the entries it added, changed (and which fields) and removed,
/// matched by id; for a registry's revisions, the parent links each entry gained or lost too.
public struct EntityDiff: Sendable {
    /// An entry whose content changed between the two versions.
    public struct Change: Sendable {
        public let old: ListedEntity
        public let new: ListedEntity
        /// The fields that differ: `name`, `aliases`, `list`, `kind`, `country`, `remarks`,
        /// and `parents` where a registry's links differ.
        public let fields: [String]
        /// The entry's parents in each version, sorted, where a registry states them.
        public var oldParents: [String] = [], newParents: [String] = []
    }

    public var added: [ListedEntity] = []
    public var changed: [Change] = []
    public var removed: [ListedEntity] = []

    /// The names of the entries of both versions, for naming parents.
    private var names: [String: String] = [:]

    /// Compares two versions; each side's order is kept (added and changed in the new
    /// version's order, removed in the old one's). `oldParents` and `newParents` are each
    /// version's parent links (`ListFiles.Loaded.parents`): an entry whose links differ is
    /// changed in `parents`, which matching reads (`EntityHierarchy`).
    public init(old: [ListedEntity], new: [ListedEntity], oldParents: [String: [String]] = [:], newParents: [String: [String]] = [:]) {
        var oldByID: [String: ListedEntity] = [:]
        for entity in old where oldByID[entity.id] == nil { oldByID[entity.id] = entity }
        var newIDs = Set<String>()
        for entity in new where newIDs.insert(entity.id).inserted {
            if let before = oldByID[entity.id] {
                var fields = Self.changedFields(before, entity)
                let links = (EntityHierarchy.sortedLinks(oldParents[entity.id] ?? []), EntityHierarchy.sortedLinks(newParents[entity.id] ?? []))
                if links.0 != links.1 { fields.append("parents") }
                if !fields.isEmpty { changed.append(Change(old: before, new: entity, fields: fields, oldParents: links.0, newParents: links.1)) }
            } else {
                added.append(entity)
            }
        }
        var removedIDs = Set<String>()
        removed = old.filter { !newIDs.contains($0.id) && removedIDs.insert($0.id).inserted }
        if !oldParents.isEmpty || !newParents.isEmpty {
            for entity in old + new { names[entity.id] = entity.name }
        }
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
                let (before, after) = field == "parents" ? (parents(change.oldParents), parents(change.newParents))
                    : (Self.value(field, of: change.old), Self.value(field, of: change.new))
                lines.append("    \(field): \(before)")
                lines.append("    \(String(repeating: " ", count: field.count))→ \(after)")
            }
        }
        for entity in removed {
            lines.append("")
            lines.append("- removed \(entity.id)  \(entity.name)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parent ids, each with its name where either version lists it.
    private func parents(_ ids: [String]) -> String {
        ids.isEmpty ? "(none)" : ids.map { id in names[id].map { "\(id) (\($0))" } ?? id }.joined(separator: " | ")
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
