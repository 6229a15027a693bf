/// Which stored mentions may have had an earlier version of a changed or removed entry
/// among their candidates, so that its going can change their hits (a candidate's place
/// freed lets another in): those holding, by the weights of an index of the whole lists
/// with the earlier versions beside them, at least `Rescan.candidateContainment` of an
/// earlier version's gram weight, unless `limit` other aliases the earlier lists had hold
/// more by as much again as that share is below the one matching uses (as for added
/// entries: `AliasReach`, `EntityIndex.outnumbers`). The earlier run weighed grams among the
/// lists it had: entries a revision adds or changes move every weight a little, so neither
/// they nor the earlier versions count, and the margins stand for the rest (on the
/// export-ban lists' revisions, an earlier version fell from 0.42 to 0.40 among the later
/// lists while twenty others rose past it, where it had been the sixteenth candidate). An index of the
/// earlier versions alone weighed every word of theirs as rare: one changed entry (Harbin
/// Institute of Technology) took in a third of a store's organisation mentions, every one
/// with "institute" or "technology".
struct EarlierVersionReach: Sendable {
    /// The earlier versions under ids of their own ("previous:" and the id), so that an
    /// entry and its earlier version are two entries, with their spellings and forms: made
    /// while the whole index is being built.
    struct Versions: Sendable {
        let entities: [ListedEntity]
        let spellings: [[IndexedForms.Spelling]]
        let forms: [IndexedForms]

        init(previous: [ListedEntity], normalizer: Normalizer, threads: Int) {
            let entities = previous.map { var old = $0; old.id = "previous:" + old.id; return old }
            let spellings = IndexedForms.spellings(of: entities, threads: threads)
            self.entities = entities
            self.spellings = spellings
            forms = ParallelMap.map(Array(entities.indices), threads: threads) {
                IndexedForms.of(entities[$0], spellings: spellings[$0], normalizer: normalizer).forms
            }
        }
    }

    private let context: EntityIndex
    /// Per alias of `context`: an earlier version's, or an entry's the revision added or
    /// changed, which the earlier lists did not have.
    private let isRevised: [Bool]
    private let persons: AliasReach
    private let organisations: AliasReach

    /// The reach of `versions` beside the whole lists (`index`, with the `forms` and
    /// `spellings` it was built from), of which the revision added or changed those with
    /// ids in `revised`; nil when there are no earlier versions.
    init?(versions: Versions, index: EntityIndex, forms: [IndexedForms], spellings: [[IndexedForms.Spelling]],
          revised: Set<String>, normalizer: Normalizer, threads: Int) {
        guard !versions.entities.isEmpty else { return nil }
        let current = index.entities.count
        let context = EntityIndex(entities: index.entities + versions.entities, spellings: spellings + versions.spellings,
                                  forms: forms + versions.forms, normalizer: normalizer, threads: threads)
        self.context = context
        let isRevisedEntity = context.entities.indices.map { $0 >= current || revised.contains(context.entities[$0].id) }
        isRevised = context.aliases.map { isRevisedEntity[Int($0.entity)] }
        let earlier = context.aliases.indices.filter { Int(context.aliases[$0].entity) >= current }.map(Int32.init)
        persons = AliasReach(index: context, aliases: earlier, partition: .persons)
        organisations = AliasReach(index: context, aliases: earlier, partition: .organisations)
    }

    /// Whether a mention with these grams may have had an earlier version among its candidates.
    func isNear(_ grams: UnsafeBufferPointer<UInt64>, asPerson: Bool) -> Bool {
        let (limit, minimum) = asPerson ? Matcher.personCandidates : Matcher.organisationCandidates
        guard let reach = (asPerson ? persons : organisations).reached(grams, minimumContainment: Rescan.candidateContainment) else {
            return false
        }
        return reach.best >= EntityIndex.wholeContainment
            || !context.outnumbers(grams: Array(grams), among: asPerson ? .persons : .organisations, limit: limit,
                                   above: reach.best + minimum - Rescan.candidateContainment, isChosen: isRevised)
    }
}
