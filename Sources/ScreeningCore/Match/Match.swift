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
    /// Where in the mention the alias met it, to choose among a mention's matches.
    public let placement: Placement

    public init(entity: ListedEntity, alias: String, score: Double, explanation: String,
                placement: Placement = Placement(lastSegment: nil, aliasLength: 0)) {
        self.entity = entity
        self.alias = alias
        self.score = score
        self.explanation = explanation
        self.placement = placement
    }

    /// Where the alias met the mention.
    public struct Placement: Sendable, Hashable {
        /// The last segment of the mention the alias met (0-based, in printed order); nil
        /// when it met a whole-text form (a translation, a reading) or a person's name.
        public let lastSegment: Int?
        /// Within that segment, the last part the alias met, when a conjunction parts it
        /// into two organisations' names (`Token.clause`): 0 for the first, or for a
        /// segment that is one name.
        public let lastPart: Int
        /// True when that segment names what the organisation printed before it is a member
        /// or a part of (corporate member of Freie Universität Berlin and Humboldt-Universität
        /// zu Berlin, after Charité – Universitätsmedizin Berlin): a parent or partner, not
        /// the affiliation.
        public let inMembership: Bool
        /// The length in characters of the alias form that met: the longer, the more specific.
        public let aliasLength: Int
        /// True when the mention prints the alias as listed, letter for letter but for case
        /// (Institut Pasteur, where Instituto Pasteur and Istituto Pasteur fold alike).
        public let printedAsListed: Bool
        /// True when the entity's primary name met, not one of its aliases.
        public let primaryName: Bool
        /// How many loaded entities the entity belongs to, by a registry's parent links
        /// (`EntityHierarchy`): 0 for one that belongs to none of them.
        public let depth: Int
        /// How many loaded entities name the entity as their parent (`EntityHierarchy`).
        public let members: Int
        /// True when a registry types the entity as a funder of research too (`RORRegistry.isFunder`).
        public let funder: Bool

        public init(lastSegment: Int?, lastPart: Int = 0, inMembership: Bool = false, aliasLength: Int,
                    printedAsListed: Bool = false, primaryName: Bool = false, depth: Int = 0, members: Int = 0,
                    funder: Bool = false) {
            self.lastSegment = lastSegment
            self.lastPart = lastPart
            self.inMembership = inMembership
            self.aliasLength = aliasLength
            self.printedAsListed = printedAsListed
            self.primaryName = primaryName
            self.depth = depth
            self.members = members
            self.funder = funder
        }

        /// An alias form of six characters or fewer: an acronym's length (INSERM, CNRS, NIH).
        var isShort: Bool { aliasLength <= 6 }

        /// The same placement, saying how the alias that met is printed and listed, and where
        /// its entity stands in the registry's hierarchy.
        func with(printedAsListed: Bool, primaryName: Bool, depth: Int, members: Int, funder: Bool) -> Placement {
            Placement(lastSegment: lastSegment, lastPart: lastPart, inMembership: inMembership, aliasLength: aliasLength,
                      printedAsListed: printedAsListed, primaryName: primaryName, depth: depth, members: members, funder: funder)
        }
    }

    /// Whether this match is a better answer than `other` to "which organisation does the
    /// mention name": the higher score; on a tie a name before an acronym (`isShort`:
    /// Aix-Marseille University, INSERM, where the one word is a partner printed beside the
    /// institution and says less than a name); then the later segment, since an affiliation
    /// runs from its smallest unit to the institution (Laboratory of X, National Institute
    /// of Mental Health, National Institutes of Health), and a registry's gold labels name
    /// the institution; then the longer alias (University of California, Berkeley before
    /// University of California); then, for spellings that fold alike, the alias printed as
    /// listed (Institut Pasteur is the Paris institute, not Instituto Pasteur in São Paulo)
    /// and the entity whose primary name it is rather than an alias; then the entity more
    /// loaded entities belong to (of two universities named Northeastern University, the one
    /// in Boston with its schools listed under it, when the text states no country: the
    /// registry lists more of a larger institution; five ROR records are named European
    /// Molecular Biology Laboratory, and the name alone means the one in Heidelberg, whose
    /// children the other four sites are); then the entity a registry types as a funder of
    /// research too (of two York Universities, Toronto's, which grants, not the college in
    /// Nebraska: the larger institution again); then the entity higher in a registry's
    /// hierarchy; then the entity id, so the choice is deterministic.
    /// Screening reports every match; this order is for one answer per mention, as
    /// affiliation-linking services give (`eval` measures both).
    public func ranksAbove(_ other: Match) -> Bool {
        Self.ranks(score, placement, entity.id, above: other.score, other.placement, other.entity.id)
    }

    /// The order of `ranksAbove` on its parts, for hits that carry them.
    static func ranks(_ score: Double, _ placement: Placement, _ id: String,
                      above otherScore: Double, _ other: Placement, _ otherID: String) -> Bool {
        if score != otherScore { return score > otherScore }
        if placement.inMembership != other.inMembership { return other.inMembership }
        if placement.isShort != other.isShort { return other.isShort }
        let segment = placement.lastSegment ?? -1, otherSegment = other.lastSegment ?? -1
        if segment != otherSegment { return segment > otherSegment }
        if placement.lastPart != other.lastPart { return placement.lastPart > other.lastPart }
        if placement.aliasLength != other.aliasLength { return placement.aliasLength > other.aliasLength }
        if placement.printedAsListed != other.printedAsListed { return placement.printedAsListed }
        if placement.primaryName != other.primaryName { return placement.primaryName }
        if placement.members != other.members { return placement.members > other.members }
        if placement.funder != other.funder { return placement.funder }
        if placement.depth != other.depth { return placement.depth < other.depth }
        return id < otherID
    }
}
