import Foundation

/// Screens one record: every party's name and every affiliation against the lists.
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

    /// The hits of a record, in party order, then name before affiliations.
    public func hits(for record: Record) -> (hits: [Hit], mentions: Int) {
        var hits: [Hit] = []
        var mentions = 0
        for (index, party) in record.parties.enumerated() {
            let role = party.role.lowercased()
            let name = party.name
            if name.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                mentions += 1
                // A party with affiliations is a person even without a role.
                let isPerson = Self.personRoles.contains(role) || (role.isEmpty && !party.affiliations.isEmpty)
                let matches = isPerson ? matcher.match(person: name, threshold: threshold)
                    : matcher.match(affiliation: name, country: party.country, threshold: threshold)
                for match in matches { hits.append(hit(record, index, party, .name, name, match)) }
            }
            for affiliation in party.affiliations where affiliation.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                mentions += 1
                for match in matcher.match(affiliation: affiliation, country: party.country, threshold: threshold) {
                    hits.append(hit(record, index, party, .affiliation, affiliation, match))
                }
            }
        }
        return (hits, mentions)
    }

    private func hit(_ record: Record, _ index: Int, _ party: Party, _ field: Hit.Field, _ mention: String, _ match: Match) -> Hit {
        Hit(recordID: record.id, party: index, role: party.role, field: field, mention: mention, entityID: match.entity.id,
            entityName: match.entity.name, list: match.entity.list, alias: match.alias, score: match.score,
            explanation: match.explanation)
    }
}
