/// How well one alias of a listed entity is met by a mention: the best of every pairing of
/// the alias's forms with the mention's (a segment's matching tokens, or a whole-text
/// translation or reading), with what met and what lowered the score.
struct Verification {
    var score: Double
    /// Where the winning pairing met the mention.
    var placement = Match.Placement(lastSegment: nil, aliasLength: 0)
    /// Renders the account of the pairing that won (only for hits: formatting costs).
    var describe: () -> String = { "" }
    /// The winning pairing met a company's name with a country's or a continent's name
    /// right after it (SenseTime Japan): its office or subsidiary there.
    var regionAfterCompany = false
    /// Human-readable account of the pairing that won.
    var account: String { describe() }
}
