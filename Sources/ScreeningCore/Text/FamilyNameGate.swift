/// The family names of a set of persons (every listed person's), and whether a part of a
/// name written in folded ASCII letters is one of them or a spelling variant of one
/// (`Normalizer.mayShareFamilyName`). Each thread keeps its verdicts by the part's bytes:
/// screening asks this of every party's name, and family names repeat (Wang, Li, Smith).
final class FamilyNameGate: Sendable {
    /// The family names, spelling variants included (`PersonName.familyKeys`).
    let families: Set<String>
    /// Each thread's verdicts on the parts it has looked at.
    let verdicts = ThreadAffinePool { BoundedMemo<Bool>(capacity: 50_000) }

    /// A gate for these family names.
    init(families: Set<String>) {
        self.families = families
    }

    /// Whether `part` (joined folded words) is one of the families or, when it holds letters
    /// only, has a spelling variant among them (`variants`, the normalizer's key variants):
    /// a part with other than letters has no variants but itself.
    func admits(_ part: String, variants: (String) -> Set<String>) -> Bool {
        families.contains(part) || (part.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && !variants(part).isDisjoint(with: families))
    }
}
