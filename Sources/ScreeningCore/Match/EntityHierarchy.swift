/// Which loaded entities belong to which, as a registry states it (ROR's parent links,
/// `ListFiles.Loaded.parents`): a tie between organisations of the same name goes to the one
/// the others belong to, then to the one more others belong to (`Match.ranksAbove`).
public struct EntityHierarchy: Sendable {
    /// For each entity of an index, how many loaded entities it belongs to, through parents
    /// of parents; 0 for one that belongs to none.
    let depths: [Int]
    /// For each entity of an index, how many loaded entities name it as their parent.
    let memberCounts: [Int]

    /// No hierarchy: every entity at depth 0, with no members.
    public init() { depths = []; memberCounts = [] }

    /// The depths of `entities` given the parents' ids of each (ids not loaded are passed
    /// over). A cycle in the links (a registry's error: ROR's partial dump has one) stops the
    /// count where the walk, in the order of the ids, meets it again: the depths depend on
    /// the entities and links alone, not on the order the lists give them in, so a rescan
    /// can tell from the links it kept which entries a revision moved (`HierarchyChanges`).
    public init(entities: [ListedEntity], parents: [String: [String]]) {
        self.init(ids: entities.map(\.id), parents: parents)
    }

    /// The same for entities known by their ids alone (a state store's earlier list version).
    init(ids: [String], parents: [String: [String]]) {
        guard !parents.isEmpty else { depths = []; memberCounts = []; return }
        let position = Dictionary(ids.indices.map { (ids[$0], $0) }, uniquingKeysWith: { first, _ in first })
        let parentPositions = ids.map { (parents[$0] ?? []).compactMap { position[$0] }.sorted { ids[$0] < ids[$1] } }
        var memberCounts = [Int](repeating: 0, count: ids.count)
        for parent in parentPositions.flatMap({ Set($0) }) { memberCounts[parent] += 1 }
        self.memberCounts = memberCounts
        var depths = [Int?](repeating: nil, count: ids.count)
        // Depth-first with an explicit path, so that a long chain cannot overflow the stack.
        for start in ids.indices.sorted(by: { ids[$0] < ids[$1] }) where depths[start] == nil {
            var path = [start], onPath: Set<Int> = [start]
            while let top = path.last {
                if let next = parentPositions[top].first(where: { depths[$0] == nil && !onPath.contains($0) }) {
                    path.append(next)
                    onPath.insert(next)
                    continue
                }
                depths[top] = parentPositions[top].compactMap { depths[$0].map { $0 + 1 } }.max() ?? 0
                path.removeLast()
                onPath.remove(top)
            }
        }
        self.depths = depths.map { $0 ?? 0 }
    }

    /// An entity's parent ids as compared and kept: sorted, each once (their order and
    /// repeats mean nothing here).
    static func sortedLinks(_ links: [String]) -> [String] {
        Array(Set(links)).sorted()
    }

    /// The depth of the entity at `entity` (an index into the index's entities).
    func depth(of entity: Int) -> Int { entity < depths.count ? depths[entity] : 0 }

    /// How many loaded entities name the entity at `entity` as their parent.
    func members(of entity: Int) -> Int { entity < memberCounts.count ? memberCounts[entity] : 0 }
}
