/// The keys of every listed person's name pooled (`PersonName`'s full, first-given,
/// initial and initial-only keys): a name that meets none of them agrees with no listed
/// person, so it needs no candidate search. Most authors' names share a family name with
/// some listed person (Wang, Kim, Smith) and still agree with none: told from their keys,
/// they cost their readings and a few lookups, where the search and the candidates' checks
/// cost several times that. Before them, most names are ruled out by their bytes alone
/// (`familyNameGate`).
final class ListedPersonKeys: Sendable {
    /// Every listed name's full keys and first-given keys: what a name's full keys agree with.
    private let fullOrFirstGiven: Set<String>
    /// Every listed name's full keys: what a name's first-given keys agree with.
    private let full: Set<String>
    /// Every listed name's initial keys: what a name written in initials agrees with.
    private let initials: Set<String>
    /// Every listed name's initial-only keys: what agrees with a name's initial keys.
    private let initialOnly: Set<String>
    /// Whether a name may share a family name with a listed person, from its bytes; its
    /// families are every listed name's (`PersonName.familyKeys`), with which every key
    /// below starts.
    let familyNameGate: FamilyNameGate

    /// The pooled keys of `persons`.
    init(_ persons: some Sequence<PersonName>) {
        var families = Set<String>(), fullOrFirstGiven = Set<String>(), full = Set<String>()
        var initials = Set<String>(), initialOnly = Set<String>()
        for person in persons {
            families.formUnion(person.familyKeys)
            fullOrFirstGiven.formUnion(person.fullKeys)
            fullOrFirstGiven.formUnion(person.firstGivenKeys)
            full.formUnion(person.fullKeys)
            initials.formUnion(person.initialKeys)
            initialOnly.formUnion(person.initialOnlyKeys)
        }
        (self.fullOrFirstGiven, self.full) = (fullOrFirstGiven, full)
        (self.initials, self.initialOnly) = (initials, initialOnly)
        familyNameGate = FamilyNameGate(families: families)
    }

    /// Whether the name of these readings (`Normalizer.personReadings`) may agree with one
    /// of the pooled names: false only when `PersonName.agreement(with:)` finds it agrees
    /// with none, each of whose tests asks whether one of the name's key sets meets one of
    /// the other's (and, for full agreement, whether their middle initials differ, which
    /// only rules out more). Only the keys of the listed family names are made
    /// (`Normalizer.forEachPersonKey`): every pooled key starts with one.
    func mayAgree(_ readings: [PersonName.Reading], normalizer: Normalizer) -> Bool {
        normalizer.forEachPersonKey(of: readings, family: familyNameGate.families.contains) { kind, key, _ in
            switch kind {
            case .full: fullOrFirstGiven.contains(key)
            case .firstGiven: full.contains(key)
            case .initialOnly: initials.contains(key)
            case .initial: initialOnly.contains(key)
            }
        }
    }
}
