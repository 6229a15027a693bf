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
    /// over). A cycle in the links (a registry's error) stops the count.
    public init(entities: [ListedEntity], parents: [String: [String]]) {
        guard !parents.isEmpty else { depths = []; memberCounts = []; return }
        let position = Dictionary(entities.indices.map { (entities[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let parentPositions = entities.map { (parents[$0.id] ?? []).compactMap { position[$0] } }
        var memberCounts = [Int](repeating: 0, count: entities.count)
        for parent in parentPositions.flatMap({ Set($0) }) { memberCounts[parent] += 1 }
        self.memberCounts = memberCounts
        var depths = [Int?](repeating: nil, count: entities.count)
        // Depth-first with an explicit path, so that a long chain cannot overflow the stack.
        for start in entities.indices where depths[start] == nil {
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

    /// The depth of the entity at `entity` (an index into the index's entities).
    func depth(of entity: Int) -> Int { entity < depths.count ? depths[entity] : 0 }

    /// How many loaded entities name the entity at `entity` as their parent.
    func members(of entity: Int) -> Int { entity < memberCounts.count ? memberCounts[entity] : 0 }
}
