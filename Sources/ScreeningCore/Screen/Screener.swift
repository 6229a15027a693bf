import Foundation

/// Screens records: every party's name and every affiliation against the lists.
///
/// A person's name (authors, inventors) is matched against the lists' person entries only;
/// an organisation's name (assignees, applicants, partners, funders) and every affiliation
/// against the organisation entries.
public struct Screener: Sendable {
    public let matcher: Matcher
    public let threshold: Double

    public init(matcher: Matcher, threshold: Double = Matcher.defaultThreshold) {
        self.matcher = matcher
        self.threshold = threshold
    }

    /// Roles whose party is a person.
    public static let personRoles: Set<String> = ["author", "inventor", "editor", "investigator", "researcher", "person"]

    /// One string of a record to match, and how.
    public struct Mention: Hashable, Sendable {
        public let text: String
        public let asPerson: Bool
        public let country: String?
        /// Hashed once: a run looks each mention up in several tables (its cache, a batch's
        /// mentions), and hashing a long affiliation string each time showed in profiles.
        private let hash: Int

        public init(text: String, asPerson: Bool, country: String?) {
            self.text = text
            self.asPerson = asPerson
            self.country = country
            var hasher = Hasher()
            hasher.combine(text)
            hasher.combine(asPerson)
            hasher.combine(country)
            hash = hasher.finalize()
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        public static func == (a: Mention, b: Mention) -> Bool {
            a.hash == b.hash && a.asPerson == b.asPerson && a.text == b.text && a.country == b.country
        }
    }

    /// Where a mention stands in a record.
    struct Place {
        let party: Int
        let field: Hit.Field
        let mention: Mention
    }

    /// The mentions of a record, in party order, the name before the affiliations.
    func places(of record: Record) -> [Place] {
        var places: [Place] = []
        for (index, party) in record.parties.enumerated() {
            let role = party.role.lowercased()
            if !JSONScanner.isBlank(party.name) {
                // A party with affiliations is a person even without a role.
                let isPerson = Self.personRoles.contains(role) || (role.isEmpty && !party.affiliations.isEmpty)
                places.append(Place(party: index, field: .name, mention: Mention(text: party.name, asPerson: isPerson, country: party.country)))
            }
            for affiliation in party.affiliations where !JSONScanner.isBlank(affiliation) {
                places.append(Place(party: index, field: .affiliation,
                                    mention: Mention(text: affiliation, asPerson: false, country: party.country)))
            }
        }
        return places
    }

    /// The matches of one mention.
    public func matches(_ mention: Mention) -> [Match] {
        mention.asPerson ? matcher.match(person: mention.text, threshold: threshold)
            : matcher.match(affiliation: mention.text, country: mention.country, threshold: threshold)
    }

    /// The hits of a record, in party order, then name before affiliations.
    public func hits(for record: Record) -> (hits: [Hit], mentions: Int) {
        let placed = placedHits(for: record)
        return (placed.hits.map(\.hit), placed.mentions)
    }

    /// The hits of a record as `hits(for:)` gives them, each with where its alias met the
    /// mention (for choosing one hit per mention: `Match.ranksAbove`).
    public func placedHits(for record: Record) -> (hits: [(hit: Hit, placement: Match.Placement)], mentions: Int) {
        let places = places(of: record)
        var hits: [(hit: Hit, placement: Match.Placement)] = []
        for place in places {
            for match in matches(place.mention) { hits.append((hit(record, place, match), match.placement)) }
        }
        return (hits, places.count)
    }

    func hit(_ record: Record, _ place: Place, _ match: Match) -> Hit {
        Hit(recordID: record.id, party: place.party, role: record.parties[place.party].role, field: place.field,
            mention: place.mention.text, entityID: match.entity.id, entityName: match.entity.name, list: match.entity.list,
            alias: match.alias, score: match.score, explanation: match.explanation)
    }
}
