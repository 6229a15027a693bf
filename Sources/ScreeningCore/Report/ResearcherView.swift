import Foundation

/// The per-researcher view of a report, in the terms of the government's due-diligence
/// procedure (`seeds/004`, 3-3 (1)(i)): for the researcher under review, whether ⑨ they
/// are on a list, ⑩ they belong to a listed organisation, ⑪ a co-author or co-inventor is
/// listed or belongs to a listed organisation, with the records that show each.
public struct ResearcherView {
    /// Which question of the procedure a hit bears on.
    public enum Item: Int, Sendable, CaseIterable, Comparable {
        /// ⑨ The researcher's own name matched a listed person.
        case listedPerson = 9
        /// ⑩ One of the researcher's own affiliations matched a listed organisation.
        case listedAffiliation = 10
        /// ⑪ Another party of the record (a co-author, co-inventor, co-applicant) matched.
        case coParty = 11
        /// The researcher could not be identified among the record's parties, so the hit
        /// cannot be placed under ⑨–⑪ without a reviewer.
        case unplaced = 0

        public static func < (a: Item, b: Item) -> Bool {
            (a == .unplaced ? 99 : a.rawValue) < (b == .unplaced ? 99 : b.rawValue)
        }
    }

    /// One researcher's findings.
    public struct Researcher {
        public let name: String
        /// Records attributed to the researcher.
        public var records = 0
        /// Records where the researcher was found among the parties.
        public var identified = 0
        /// For each item, the (report entry, hit) pairs that show it, in input order.
        public var findings: [Item: [(entry: Int, hit: Int)]] = [:]
    }

    /// Researchers in order of first appearance.
    public private(set) var researchers: [Researcher] = []
    private var position: [String: Int] = [:]
    private var finders: [String: Matcher] = [:]
    private let normalizer: Normalizer

    public init(normalizer: Normalizer) { self.normalizer = normalizer }

    /// Which parties of `record` are `researcher`: parties whose name matches the
    /// researcher's name with the person matcher (Taro Tanaka = TANAKA Taro = 田中太郎).
    /// The matcher reads a listed kanji name less fully than a kanji mention, so when the
    /// researcher's name does not meet a party's name, the party's name is tried as the
    /// listed one.
    public mutating func parties(of record: Record, researcher: String) -> Set<Int> {
        let matcher = finder(for: researcher)
        var result = Set<Int>()
        for (index, party) in record.parties.enumerated() where !JSONScanner.isBlank(party.name) {
            if !matcher.match(person: party.name, threshold: Matcher.defaultThreshold).isEmpty
                || !Self.personMatcher(party.name, normalizer).match(person: researcher, threshold: Matcher.defaultThreshold).isEmpty {
                result.insert(index)
            }
        }
        return result
    }

    /// The item a hit bears on, given the researcher's parties on its record.
    public static func item(of hit: Hit, researcherParties: Set<Int>) -> Item {
        if researcherParties.isEmpty { return .unplaced }
        guard researcherParties.contains(hit.party) else { return .coParty }
        return hit.field == .name ? .listedPerson : .listedAffiliation
    }

    /// Files the record (entry `entry` of the report, its hits in `hits`) under `researcher`.
    public mutating func add(_ record: Record, hits: [Hit], entry: Int?, researcher: String) {
        let key = researcher.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { return }
        let index: Int
        if let known = position[key] {
            index = known
        } else {
            index = researchers.count
            position[key] = index
            researchers.append(Researcher(name: key))
        }
        let parties = parties(of: record, researcher: key)
        researchers[index].records += 1
        if !parties.isEmpty { researchers[index].identified += 1 }
        guard let entry else { return }
        for (k, hit) in hits.enumerated() {
            researchers[index].findings[Self.item(of: hit, researcherParties: parties), default: []].append((entry, k))
        }
    }

    /// A matcher over the researcher's name alone, built once per researcher.
    private mutating func finder(for researcher: String) -> Matcher {
        if let known = finders[researcher] { return known }
        let matcher = Self.personMatcher(researcher, normalizer)
        finders[researcher] = matcher
        return matcher
    }

    /// A matcher whose only listed entity is the person `name`.
    private static func personMatcher(_ name: String, _ normalizer: Normalizer) -> Matcher {
        let entity = ListedEntity(id: "researcher", kind: .person, name: name)
        return Matcher(index: EntityIndex(entities: [entity], normalizer: normalizer, threads: 1), normalizer: normalizer, threads: 1)
    }
}
