/// The registry's parent links a store keeps (`entity_parents`), and the entries whose place
/// in that hierarchy a run changes though their content stays: matching reads how many
/// loaded organisations belong to an entity and to how many it belongs (ties between
/// homonyms, an institute named by its society's words, an acronym counted alone or opening
/// its parts' names: `EntityHierarchy`), so a link added, changed or removed, or a child
/// entry added or removed, changes the hits of mentions near entries whose own content is
/// unchanged. A run rescreens the stored mentions those entries are candidates for, and
/// those with their open hits (`rescreenStoredMentions`).
extension Rescan {
    /// The parent links the store keeps, by entity id.
    func storedParents() throws -> [String: [String]] {
        Dictionary(try store.db.query("SELECT id, parents FROM entity_parents") { ($0.text(0), Self.parentIDs($0.text(1))) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// Makes the kept links those of `parents` (for the current entries alone), writing only
    /// the rows that differ.
    func keepParents(_ parents: [String: [String]], stored: [String: [String]], current: Set<String>) throws {
        let wanted = parents.filter { current.contains($0.key) }.mapValues(EntityHierarchy.sortedLinks).filter { !$0.value.isEmpty }
        for id in stored.keys.sorted() where wanted[id] == nil {
            try store.db.run("DELETE FROM entity_parents WHERE id = ?", [.text(id)])
        }
        for (id, links) in wanted.sorted(by: { $0.key < $1.key }) where stored[id] != links {
            try store.db.run("INSERT OR REPLACE INTO entity_parents (id, parents) VALUES (?, ?)",
                             [.text(id), .text(links.joined(separator: "\n"))])
        }
    }

    /// The current entries outside `revised` (added or changed in content) whose depth or
    /// number of members differs between the stored version (`storedIDs` with the kept
    /// links) and the current one (`current` with `parents`), with every other entry that
    /// holds one of their acronyms (whether an acronym counts alone depends on its other
    /// holders' members: `Matcher.establishedAcronyms`). Empty when neither version has links.
    static func movedInHierarchy(storedIDs: [String], storedParents: [String: [String]],
                                 current: [ListedEntity], parents: [String: [String]], revised: Set<String>) -> [ListedEntity] {
        guard !storedParents.isEmpty || !parents.isEmpty else { return [] }
        let before = EntityHierarchy(ids: storedIDs, parents: storedParents)
        let now = EntityHierarchy(entities: current, parents: parents)
        let wasAt = Dictionary(storedIDs.indices.map { (storedIDs[$0], $0) }, uniquingKeysWith: { first, _ in first })
        var moved = Set<Int>()
        for (position, entity) in current.enumerated() where !revised.contains(entity.id) {
            guard let old = wasAt[entity.id] else { continue }
            if before.depth(of: old) != now.depth(of: position) || before.members(of: old) != now.members(of: position) {
                moved.insert(position)
            }
        }
        guard !moved.isEmpty else { return [] }
        var holders: [Substring: [Int]] = [:]
        for (position, entity) in current.enumerated() {
            for name in [entity.name] + entity.aliases {
                if let acronym = AcronymAlias.acronym(of: name) { holders[acronym, default: []].append(position) }
            }
        }
        // From the entries the links moved alone: a holder taken in for one acronym does not
        // take in its other acronyms' holders (nor would the outcome hang on the order the
        // acronyms are visited in).
        let placed = moved
        for acronymHolders in holders.values where acronymHolders.contains(where: placed.contains) {
            for position in acronymHolders where !revised.contains(current[position].id) && wasAt[current[position].id] != nil {
                moved.insert(position)
            }
        }
        return moved.sorted().map { current[$0] }
    }

    /// A stored row's links: one parent id a line.
    static func parentIDs(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }
}
