/// One list entry linked to its ROR record, and what the link added.
public struct RORLink: Sendable, Hashable {
    /// Which of the entry's names met the ROR record.
    public enum Evidence: String, Sendable, Hashable {
        /// The entry's primary name.
        case name
        /// One of its aliases (the primary name met no record).
        case alias
    }

    /// The list entry.
    public let entityID: String
    /// The ROR id URL.
    public let rorID: String
    /// Name or alias.
    public let evidence: Evidence
    /// The entry's spelling that met the record.
    public let matchedName: String
    /// Names of the record added as aliases.
    public let aliasesAdded: Int
    /// Child organisations whose names were added.
    public let childrenAdded: Int
    /// Names of children added as aliases.
    public let childAliasesAdded: Int
}
