/// One listed entity a mention matched, with the score and the reviewer's explanation.
public struct Match: Sendable {
    /// The listed entity.
    public let entity: ListedEntity
    /// The name or alias of the entity that met the mention, as listed.
    public let alias: String
    /// Confidence in [0, 1].
    public let score: Double
    /// What met what, which rules fired, what raised or lowered the score.
    public let explanation: String

    public init(entity: ListedEntity, alias: String, score: Double, explanation: String) {
        self.entity = entity
        self.alias = alias
        self.score = score
        self.explanation = explanation
    }
}
