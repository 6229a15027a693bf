/// Which stored mentions had an earlier version of a changed or removed entry among their
/// candidates, so that its going can change their hits (a candidate's place freed lets
/// another in): found as the scan finds those an added entry joins (`AliasReach`,
/// `EntityIndex.outnumbers`), but in the earlier lists' own index, rebuilt from the current
/// lists and the earlier versions (the store keeps them), so with the weights and ranks the
/// earlier run had. Only the spellings the current version no longer has count
/// (`keptSpellings`). Weighed among the whole current lists instead, with margins for the
/// weights' drift, one changed alias of an export-ban entry fell out of reach where it had
/// been a mention's seventh candidate; weighed in an index of the earlier versions alone,
/// every word of theirs was rare, and one changed entry (Harbin Institute of Technology)
/// took in a third of a store's organisation mentions.
struct EarlierVersionReach: Sendable {
    /// The earlier versions of the changed and removed entries, with their spellings and
    /// forms: made while the whole index is being built.
    struct Versions: Sendable {
        let entities: [ListedEntity]
        let spellings: [[IndexedForms.Spelling]]
        let forms: [IndexedForms]

        init(previous: [ListedEntity], normalizer: Normalizer, threads: Int) {
            let spellings = IndexedForms.spellings(of: previous, threads: threads)
            entities = previous
            self.spellings = spellings
            forms = ParallelMap.map(Array(previous.indices), threads: threads) {
                IndexedForms.of(previous[$0], spellings: spellings[$0], normalizer: normalizer).forms
            }
        }
    }

    /// The earlier lists' own index: the entries the revision left alone, the earlier
    /// versions of those it changed or removed, none it added.
    private let earlierLists: EntityIndex
    /// Per alias of `earlierLists`: a spelling that went (`keptSpellings`).
    private let went: [Bool]
    private let persons: AliasReach
    private let organisations: AliasReach
    /// The loan-word grams of the organisations' spellings that went: a mention with
    /// katakana readings had each alias holding one among its candidates
    /// (`LoanWordCandidates`), whatever the ranks.
    private let loanWords: Set<UInt64>

    /// The reach of `versions` among the earlier lists, rebuilt from the current ones (`index`,
    /// with the `forms` and `spellings` it was built from), to which the revision added the
    /// entries with ids in `added`; nil when no earlier spelling went. With `keeping` false,
    /// every earlier spelling counts as gone, kept or not: a store whose threshold is above
    /// the default must, since a changed entry's earlier score there could have made it an
    /// acronym's partner (`Matcher.verify`, at the default threshold) without a hit of its
    /// own, whose mentions a rescan would not look at; at the default or below, such a score
    /// was a hit, and its mentions are matched again as those of a changed entry's hits.
    init?(versions: Versions, index: EntityIndex, forms: [IndexedForms], spellings: [[IndexedForms.Spelling]],
          added: Set<String>, keeping: Bool = true, normalizer: Normalizer, threads: Int) {
        let kept = keeping ? Self.keptSpellings(versions: versions, index: index, forms: forms) : versions.entities.map { _ in [] }
        guard zip(versions.forms, kept).contains(where: { $0.spellingCount > $1.count }) else { return nil }
        let versionOf = Dictionary(versions.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // In the current lists' order, each changed entry's earlier version in its place,
        // then the removed ones: the weights and ranks of the earlier lists, but for ties.
        var entities: [ListedEntity] = [], entitySpellings: [[IndexedForms.Spelling]] = [], entityForms: [IndexedForms] = []
        var versionAt: [Int?] = []
        var placed = Set<Int>()
        func place(version j: Int) {
            entities.append(versions.entities[j]); entitySpellings.append(versions.spellings[j]); entityForms.append(versions.forms[j])
            versionAt.append(j)
            placed.insert(j)
        }
        for (i, entity) in index.entities.enumerated() {
            if let j = versionOf[entity.id] {
                place(version: j)
            } else if !added.contains(entity.id) {
                entities.append(entity); entitySpellings.append(spellings[i]); entityForms.append(forms[i])
                versionAt.append(nil)
            }
        }
        for j in versions.entities.indices where !placed.contains(j) { place(version: j) }
        let earlierLists = EntityIndex(entities: entities, spellings: entitySpellings, forms: entityForms, normalizer: normalizer, threads: threads)
        self.earlierLists = earlierLists
        // Spellings come entry by entry, each entry's in order.
        var went = [Bool](repeating: false, count: earlierLists.aliases.count)
        var (entity, spelling) = (-1, 0)
        for (alias, entry) in earlierLists.aliases.enumerated() {
            (entity, spelling) = Int(entry.entity) == entity ? (entity, spelling + 1) : (Int(entry.entity), 0)
            if let j = versionAt[entity], !kept[j].contains(spelling) { went[alias] = true }
        }
        self.went = went
        let wentAliases = went.indices.filter { went[$0] }.map(Int32.init)
        persons = AliasReach(index: earlierLists, aliases: wentAliases, partition: .persons)
        organisations = AliasReach(index: earlierLists, aliases: wentAliases, partition: .organisations)
        loanWords = Set(LoanWordCandidates.reach(of: wentAliases, in: earlierLists).keys)
    }

    /// For each earlier version, the positions of its spellings that free no candidate place:
    /// the entry's current version (same id) stands in the same partitions and has a
    /// spelling of the same grams, which holds the same share of every mention's grams and
    /// so takes the earlier one's place among its candidates. A revision that changed an
    /// entry's address, or added an alias, leaves every spelling it had in place: the
    /// mentions that meet them are the current version's to find (the scan's reach of added
    /// and changed entries), not matched again in full (the rescan benchmark's 50 changed
    /// entries had 6,986 stored mentions matched again, none of whose hits changed).
    static func keptSpellings(versions: Versions, index: EntityIndex, forms: [IndexedForms]) -> [Set<Int>] {
        let ids = Set(versions.entities.map(\.id))
        var currentForms: [String: IndexedForms] = [:]
        for (entity, form) in zip(index.entities, forms) where ids.contains(entity.id) && currentForms[entity.id] == nil {
            currentForms[entity.id] = form
        }
        return zip(versions.entities, versions.forms).map { entity, earlier in
            guard let now = currentForms[entity.id],
                  now.partitionBits == earlier.partitionBits else { return [] }
            let spellingsNow = Set(now.grams.map { $0.sorted() })
            return Set(earlier.grams.enumerated().filter { spellingsNow.contains($0.element.sorted()) }.map(\.offset))
        }
    }

    /// Whether a mention with these grams had a spelling that went among its candidates in
    /// the earlier lists: one it held at the search's minimum, and fewer than the search's
    /// limit of other aliases held more (or it held one whole).
    func isNear(_ grams: UnsafeBufferPointer<UInt64>, asPerson: Bool) -> Bool {
        if !asPerson && !loanWords.isEmpty && Grams.loanWords(in: grams).contains(where: loanWords.contains) { return true }
        let (limit, minimum) = asPerson ? Matcher.personCandidates : Matcher.organisationCandidates
        guard let reach = (asPerson ? persons : organisations).reached(grams, minimumContainment: minimum) else {
            return false
        }
        return reach.best >= EntityIndex.wholeContainment
            || !earlierLists.outnumbers(grams: Array(grams), among: asPerson ? .persons : .organisations, limit: limit,
                                        above: reach.best, isChosen: went)
    }
}
