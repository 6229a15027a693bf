/// Where an alias added by enrichment comes from, so every explanation of a hit through it
/// can say so.
public struct AliasSource: Sendable, Hashable {
    /// How the ROR record that gave the alias stands to the listed entity.
    public enum Relation: Sendable, Hashable {
        /// The entity's own ROR record.
        case linked
        /// A record below the entity's own in ROR's hierarchy (`child`, or a record naming
        /// it as `parent`), possibly several levels down.
        case child(name: String)
    }

    /// The ROR id URL of the record holding the name.
    public let rorID: String
    /// Linked record or child.
    public let relation: Relation
    /// What kind of name it is in ROR: `zh label`, `acronym`, `en alias`, `display name`, ...
    public let nameKind: String

    /// Creates a source.
    public init(rorID: String, relation: Relation, nameKind: String) {
        self.rorID = rorID
        self.relation = relation
        self.nameKind = nameKind
    }

    /// The note explanations carry: `alias from ROR https://ror.org/… (zh label)`, or
    /// `child of the listed entity per ROR: <child name> (https://ror.org/…), its zh label`.
    public var note: String {
        switch relation {
        case .linked: "alias from ROR \(rorID) (\(nameKind))"
        case .child(let name): "child of the listed entity per ROR: \(name) (\(rorID)), its \(nameKind)"
        }
    }

    /// The kind of a ROR name for a reader: `acronym`, `display name`, `ja label`, `alias`, ...
    static func kind(of name: RORRegistry.Name) -> String {
        let language = name.lang.map { $0 + " " } ?? ""
        if name.types.contains("acronym") { return "acronym" }
        if name.types.contains("ror_display") { return "display name" }
        if name.types.contains("label") { return language + "label" }
        if name.types.contains("alias") { return language + "alias" }
        return language + "name"
    }
}

/// The sources of the aliases enrichment added, by entity id and alias text; an alias not
/// here is one the list itself gives.
public struct AliasSources: Sendable {
    private var byEntity: [String: [String: AliasSource]] = [:]

    /// No added aliases.
    public init() {}

    /// Records that `alias` of the entity `entityID` comes from `source`.
    public mutating func add(entityID: String, alias: String, source: AliasSource) {
        byEntity[entityID, default: [:]][alias] = source
    }

    /// The source of one alias of an entity, nil when the list gives it.
    public func source(entityID: String, alias: String) -> AliasSource? {
        byEntity[entityID]?[alias]
    }

    /// The number of added aliases.
    public var count: Int { byEntity.values.reduce(0) { $0 + $1.count } }

    /// True when nothing was added.
    public var isEmpty: Bool { byEntity.isEmpty }
}
