/// ROR enrichment: linking list entries to their Research Organization Registry records and
/// turning what the registry knows (names in other languages, acronyms, aliases, child
/// organisations) into extra aliases, each with its source for the explanations.
///
/// The module owns the linking rule (a normalized-equal name in the same country, exactly
/// one record), the doubtful cases it reports instead of guessing, and the provenance of
/// every alias it adds (`AliasSource`). Persons are never enriched.

/// Links list entries to ROR records and enriches the linked ones.
///
/// An organisation (or an entry of unknown kind) is linked when its primary name or one of
/// its aliases is equal, after normalization (the matching form the index uses), to a name
/// of exactly one ROR record of the entry's country (acronyms are not used for linking).
/// When the entry gives no country, when only records of other countries carry the name, or
/// when several records of its country do, the entry is doubtful: reported, not linked.
/// Withdrawn records are ignored.
///
/// A linked entry gains every name of its record it does not already have (labels in other
/// languages, aliases, acronyms), and the names (not the acronyms) of the record's
/// children, at every level below it (cycles guarded), except child names another ROR
/// record also carries.
public struct RORLinker: Sendable {
    /// The registry.
    public let registry: RORRegistry
    let normalizer: Normalizer
    /// Matching form of each non-acronym name → the records (indices) carrying it.
    let lookup: [String: [Int]]
    /// ROR id → record index.
    let byID: [String: Int]
    /// Record index → its children's indices (its `child` links and the records naming it
    /// as `parent`), in the dump's order.
    let children: [[Int]]

    /// Indexes the registry's names (normalizing them on `threads` threads).
    public init(registry: RORRegistry, normalizer: Normalizer, threads: Int = 1) {
        self.registry = registry
        self.normalizer = normalizer
        let records = registry.records
        var byID: [String: Int] = [:]
        for (k, record) in records.enumerated() where byID[record.entity.id] == nil { byID[record.entity.id] = k }
        var flat: [(record: Int, text: String)] = []
        for (k, record) in records.enumerated() where record.status != "withdrawn" {
            for name in record.names where !name.types.contains("acronym") { flat.append((k, name.value)) }
        }
        let keys = ParallelMap.map(flat.map(\.text), threads: threads) { normalizer.normalize($0, options: []).key }
        var lookup: [String: [Int]] = [:]
        for (entry, key) in zip(flat, keys) where !key.isEmpty {
            if lookup[key]?.contains(entry.record) != true { lookup[key, default: []].append(entry.record) }
        }
        var children = [[Int]](repeating: [], count: records.count)
        for (k, record) in records.enumerated() {
            for link in record.relationships {
                guard let other = byID[link.id] else { continue }
                switch link.kind {
                case .child: if !children[k].contains(other) { children[k].append(other) }
                case .parent: if !children[other].contains(k) { children[other].append(k) }
                default: break
                }
            }
        }
        self.lookup = lookup
        self.byID = byID
        self.children = children
    }

    /// The matching form a name is compared by.
    func key(_ text: String) -> String { normalizer.normalize(text, options: []).key }

    /// Links and enriches the entities (the others are returned as they are).
    public func enrich(_ entities: [ListedEntity]) -> Enrichment {
        var result: [ListedEntity] = []
        var sources = AliasSources()
        var links: [RORLink] = []
        var doubtful: [DoubtfulLink] = []
        var leftOut = 0
        result.reserveCapacity(entities.count)
        // An entry its list gives no country is confirmed by the one another list's entry of
        // its name gives (the 1286 list's Harbin Institute of Technology, by the Entity List's).
        let inferred = InferredCountries(entities: entities)
        for (k, entity) in entities.enumerated() {
            guard entity.kind != .person, entity.list != RORRegistry.listName else { result.append(entity); continue }
            switch decide(entity, inferred: inferred[k]) {
            case .none:
                result.append(entity)
            case .doubtful(let report):
                doubtful.append(report)
                result.append(entity)
            case .link(let record, let evidence, let matched):
                var enriched = entity
                var link = Adding(entity: entity, key: key)
                // The record's own names: left out when another record of its country or
                // generic words only carry them (elsewhere, the matcher's country check
                // lowers a hit).
                leftOut += link.addNames(of: record, in: registry, relation: .linked, acronyms: true) {
                    isShared($0, by: record, sameCountryOnly: true)
                }
                let own = link.added
                var childCount = 0
                let below = descendants(of: record)
                for child in below {
                    let before = link.added
                    leftOut += link.addNames(of: child, in: registry, acronyms: false) { isShared($0, by: child) }
                    if link.added > before { childCount += 1 }
                }
                // Children the dump lacks are known by the label their parent's link gives.
                for holder in [record] + below {
                    for relation in registry.records[holder].relationships
                    where relation.kind == .child && byID[relation.id] == nil {
                        guard let label = relation.label else { continue }
                        switch link.add(label, source: AliasSource(rorID: relation.id, relation: .child(name: label),
                                                                    nameKind: "name as its parent's record gives it"),
                                        isAmbiguous: { lookup[$0] != nil || Self.isGeneric($0) }) {
                        case .added: childCount += 1
                        case .leftOut: leftOut += 1
                        case .present: break
                        }
                    }
                }
                enriched.aliases += link.aliases.map(\.text)
                for (text, source) in link.aliases { sources.add(entityID: entity.id, alias: text, source: source) }
                result.append(enriched)
                links.append(RORLink(entityID: entity.id, rorID: registry.records[record].entity.id, evidence: evidence,
                                     matchedName: matched, aliasesAdded: own, childrenAdded: childCount,
                                     childAliasesAdded: link.added - own))
            }
        }
        return Enrichment(entities: result, sources: sources, links: links, doubtful: doubtful, namesLeftOut: leftOut)
    }

    /// What the evidence says about one entity.
    enum Decision {
        case none
        case doubtful(DoubtfulLink)
        case link(record: Int, evidence: RORLink.Evidence, matched: String)
    }

    /// `inferred`: the country the entity takes from another entry where its list gives none.
    func decide(_ entity: ListedEntity, inferred: InferredCountries.Inference? = nil) -> Decision {
        // Candidate records in order of first meeting, with the first spelling that met each.
        var candidates: [(record: Int, byName: Bool, spelling: String)] = []
        for (k, text) in ([entity.name] + entity.aliases).enumerated() {
            let key = key(text)
            guard !key.isEmpty, let records = lookup[key] else { continue }
            for record in records where !candidates.contains(where: { $0.record == record }) {
                candidates.append((record, k == 0, text))
            }
        }
        guard !candidates.isEmpty else { return .none }
        let records = registry.records
        let ids = candidates.map { records[$0.record].entity.id }
        func doubt(_ reason: String) -> Decision {
            .doubtful(DoubtfulLink(entityID: entity.id, name: entity.name, reason: reason, candidates: ids))
        }
        guard let country = InferredCountries.country(of: entity, taking: inferred)?.uppercased() else {
            return doubt("the list gives no country to confirm \(candidates.count == 1 ? "the ROR record" : "one of \(candidates.count) ROR records") of the same name")
        }
        let same = candidates.filter { records[$0.record].entity.country?.uppercased() == country }
        switch same.count {
        case 1:
            return .link(record: same[0].record, evidence: same[0].byName ? .name : .alias, matched: same[0].spelling)
        case 0:
            let theirs = Set(candidates.map { records[$0.record].entity.country ?? "none" }).sorted().joined(separator: ", ")
            let ours = entity.country?.isEmpty ?? true ? inferred.map { "\(country) (as \($0.fromID) of the same name is listed)" } : nil
            return doubt("country differs: listed \(ours ?? country), ROR \(theirs)")
        default:
            return doubt("\(same.count) ROR records in \(country) carry its names")
        }
    }

    /// True when a name (its matching form) would say little about which organisation is
    /// meant: another record (of the same country, if `sameCountryOnly`) carries it too, or
    /// it is made of generic words only.
    func isShared(_ key: String, by record: Int, sameCountryOnly: Bool = false) -> Bool {
        let country = registry.records[record].entity.country
        let others = (lookup[key] ?? []).filter { $0 != record && (!sameCountryOnly || registry.records[$0].entity.country == country) }
        return !others.isEmpty || Self.isGeneric(key)
    }

    /// A matching form of Latin words that only say what kind of organisation it is
    /// (`national research university`, `central hospital`).
    static func isGeneric(_ key: String) -> Bool {
        key.split(separator: " ").allSatisfy {
            let word = String($0)
            return OrganisationKinds.latin.contains(word) || OrganisationKinds.generic.contains(word) || genericWords.contains(word)
        }
    }

    /// Further words that name no organisation by themselves.
    static let genericWords: Set<String> = ["of", "the", "and", "for", "science", "sciences", "scientific", "medical",
                                             "medicine", "technical", "general", "central", "people", "public", "institution"]

    /// The records below `record` in ROR's hierarchy, nearest first, each once.
    func descendants(of record: Int) -> [Int] {
        var seen: Set<Int> = [record]
        var order: [Int] = []
        var queue = [record]
        var k = 0
        while k < queue.count {
            for child in children[queue[k]] where seen.insert(child).inserted
                && registry.records[child].status != "withdrawn" {
                order.append(child)
                queue.append(child)
            }
            k += 1
        }
        return order
    }
}

/// The aliases being added to one entity, with the matching forms it already has.
private struct Adding {
    var keys: Set<String>
    var aliases: [(text: String, source: AliasSource)] = []
    let key: (String) -> String
    var added: Int { aliases.count }

    init(entity: ListedEntity, key: @escaping (String) -> String) {
        self.key = key
        keys = Set(([entity.name] + entity.aliases).map(key))
    }

    /// Adds the names of a record not already there; returns how many were left out because
    /// `isAmbiguous` says they would be ambiguous.
    @discardableResult
    mutating func addNames(of record: Int, in registry: RORRegistry, relation: AliasSource.Relation? = nil,
                           acronyms: Bool, isAmbiguous: (String) -> Bool = { _ in false }) -> Int {
        let entry = registry.records[record]
        let relation = relation ?? .child(name: entry.entity.name)
        var skipped = 0
        // The display name and labels first: when two names share a matching form, the
        // explanation then names the more official one.
        let ordered = entry.names.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        for name in ordered where acronyms || !name.types.contains("acronym") {
            let k = key(name.value)
            guard !k.isEmpty, !keys.contains(k) else { continue }
            // Acronyms are ambiguous by nature: the matcher takes them only with evidence.
            if !name.types.contains("acronym") && isAmbiguous(k) { skipped += 1; continue }
            keys.insert(k)
            aliases.append((name.value, AliasSource(rorID: entry.entity.id, relation: relation, nameKind: AliasSource.kind(of: name))))
        }
        return skipped
    }

    private func rank(_ name: RORRegistry.Name) -> Int {
        name.types.contains("ror_display") ? 0 : name.types.contains("label") ? 1 : name.types.contains("alias") ? 2 : 3
    }

    enum Outcome { case added, present, leftOut }

    /// Adds one name unless the entity has it or `isAmbiguous` says it would be ambiguous.
    mutating func add(_ text: String, source: AliasSource, isAmbiguous: (String) -> Bool) -> Outcome {
        let k = key(text)
        guard !k.isEmpty, !keys.contains(k) else { return .present }
        guard !isAmbiguous(k) else { return .leftOut }
        keys.insert(k)
        aliases.append((text, source))
        return .added
    }
}
