/// A listed organisation whose names meet ROR records, but not strongly enough to link:
/// reported for a person to decide, never guessed.
public struct DoubtfulLink: Sendable, Hashable {
    /// The list entry.
    public let entityID: String
    /// Its primary name.
    public let name: String
    /// Why it was not linked, for a person.
    public let reason: String
    /// The ROR id URLs its names meet.
    public let candidates: [String]

    /// Creates a report.
    public init(entityID: String, name: String, reason: String, candidates: [String]) {
        self.entityID = entityID
        self.name = name
        self.reason = reason
        self.candidates = candidates
    }

    /// One line: id, name, why, candidates.
    public var line: String {
        "\(entityID)  \(name): \(reason); candidates \(candidates.joined(separator: ", "))"
    }
}
