/// The lists after ROR enrichment: the entities (linked ones with their added aliases),
/// where each added alias comes from, the links, and the doubtful cases left unlinked.
public struct Enrichment: Sendable {
    /// Every entity in the input order; linked ones carry the added aliases after their own.
    public let entities: [ListedEntity]
    /// The source of every added alias, for the matcher's explanations.
    public let sources: AliasSources
    /// The entries linked, in the input order.
    public let links: [RORLink]
    /// The entries whose names met ROR records without a strong link, in the input order.
    public let doubtful: [DoubtfulLink]
    /// Names of linked records and children left out because other ROR records carry the
    /// same name (Moscow Aviation Institute's alias "National Research University" is also
    /// Moscow Power Engineering Institute's) or because they are made of generic words only.
    public let namesLeftOut: Int

    /// Entries linked by their primary name.
    public var linkedByName: Int { links.filter { $0.evidence == .name }.count }
    /// Entries linked by an alias.
    public var linkedByAlias: Int { links.filter { $0.evidence == .alias }.count }
    /// Aliases added from the linked records themselves.
    public var aliasesAdded: Int { links.reduce(0) { $0 + $1.aliasesAdded } }
    /// Child organisations whose names were added.
    public var childrenAdded: Int { links.reduce(0) { $0 + $1.childrenAdded } }
    /// Aliases added from children.
    public var childAliasesAdded: Int { links.reduce(0) { $0 + $1.childAliasesAdded } }

    /// The summary line: `N organisations linked to ROR (a by name, b by alias), c aliases
    /// and d children added; e doubtful:`.
    public var summary: String {
        "\(links.count) organisations linked to ROR (\(linkedByName) by name, \(linkedByAlias) by alias), "
            + "\(aliasesAdded) aliases and \(childrenAdded) children added (\(childAliasesAdded) child names"
            + (namesLeftOut > 0 ? "; \(namesLeftOut) name\(namesLeftOut == 1 ? "" : "s") left out as other records' or generic" : "")
            + "); \(doubtful.count) doubtful" + (doubtful.isEmpty ? "" : ":")
    }
}
