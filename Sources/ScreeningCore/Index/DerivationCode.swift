extension EntityIndex.Alias.Derivation {
    /// A number for each kind of derivation, so that a state store can keep an entity's
    /// spellings (`KeptIndexForms`) and a rescan need not make them again. Numbers are
    /// positions in `makers`; a new kind is appended there, never inserted.
    var code: Int {
        switch self {
        case .germanSpelling: 0
        case .placeLeftOut: 1
        case .seatLeftOut: 2
        case .honoreeLeftOut: 3
        case .initialsLeftOut: 4
        case .academyLeftOut: 5
        case .researchArmLeftOut: 6
        case .bracketsLeftOut: 7
        case .namedInBrackets: 8
        case .parentLeftOut: 9
        case .otherNameLeftOut: 10
        case .namedAfterMark: 11
        case .addressLeftOut: 12
        case .partyNamed: 13
        case .subordinateNamed: 14
        case .unitFirst: 15
        case .parentAcronym: 16
        case .acronymInBrackets: 17
        case .hanShortened: 18
        case .chinaOrChinese: 19
        case .statusLeftOut: 20
        case .academyAbbreviated: 21
        case .academyAfter: 22
        }
    }

    /// The derivation of kind `code` from the listed spelling `listed`; nil for a number no
    /// kind has.
    init?(code: Int, listed: String) {
        guard Self.makers.indices.contains(code) else { return nil }
        self = Self.makers[code](listed)
    }

    /// Each kind's case, by its code.
    static let makers: [@Sendable (String) -> Self] = [
        Self.germanSpelling, Self.placeLeftOut, Self.seatLeftOut, Self.honoreeLeftOut, Self.initialsLeftOut,
        Self.academyLeftOut, Self.researchArmLeftOut, Self.bracketsLeftOut, Self.namedInBrackets, Self.parentLeftOut,
        Self.otherNameLeftOut, Self.namedAfterMark, Self.addressLeftOut, Self.partyNamed, Self.subordinateNamed,
        Self.unitFirst, Self.parentAcronym, Self.acronymInBrackets, Self.hanShortened, Self.chinaOrChinese, Self.statusLeftOut,
        Self.academyAbbreviated, Self.academyAfter,
    ]
}
