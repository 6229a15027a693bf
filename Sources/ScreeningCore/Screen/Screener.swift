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

    /// One string of a record to match, and how. Two mentions are the same when their texts
    /// are the same bytes (as the state store's `mentions` table tells them apart), whatever
    /// canonical equivalence would say: hashing and comparing bytes skips the Unicode
    /// normalization checks of `String`'s own, which showed in profiles. A text written in two
    /// canonically equal ways is matched twice, to the same matches.
    public struct Mention: Hashable, Sendable {
        public let text: String
        public let asPerson: Bool
        public let country: String?
        /// Hashed once: a run looks each mention up in several tables (its cache, a batch's
        /// mentions), and hashing a long affiliation string each time showed in profiles.
        /// `MentionTable` probes by it directly.
        let hashCode: Int

        public init(text: String, asPerson: Bool, country: String?) {
            self.text = text
            self.asPerson = asPerson
            self.country = country
            var hash = SeededByteHash()
            hash.combine(text)
            hash.step(asPerson ? 1 : 0)
            if let country { hash.combine(country) } else { hash.step(2) }
            hashCode = hash.value
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

        public static func == (a: Mention, b: Mention) -> Bool {
            a.hashCode == b.hashCode && a.asPerson == b.asPerson && sameBytes(a.text, b.text)
                && (a.country == nil) == (b.country == nil) && sameBytes(a.country ?? "", b.country ?? "")
        }

        /// `body` with the UTF-8 bytes of `text`, in place when the string holds them so.
        @inline(__always)
        static func withBytes<R>(of text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
            if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) { return result }
            let copy = Array(text.utf8)
            return copy.withUnsafeBytes(body)
        }

        @inline(__always)
        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            withBytes(of: a) { x in
                withBytes(of: b) { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }
    }

    /// Where a mention stands in a record.
    struct Place {
        let party: Int
        let field: Hit.Field
        let mention: Mention
    }

    /// The mentions of a record, in party order, the name before the affiliations (the same
    /// whatever the lists: a batch's are found on the thread that reads it).
    static func places(of record: Record) -> [Place] {
        var places: [Place] = []
        // Fields read in place: a copy of each party took four reference counts and gave them back.
        record.parties.withUnsafeBufferPointer { parties in
            // One allocation, not one for each doubling.
            places.reserveCapacity(parties.reduce(0) { $0 + 1 + $1.affiliations.count })
            for index in parties.indices {
                if !JSONScanner.isBlank(parties[index].name) {
                    // A party with affiliations is a person even without a role.
                    let role = parties[index].role
                    let isPerson = Self.isPersonRole(role) || (role.isEmpty && !parties[index].affiliations.isEmpty)
                    places.append(Place(party: index, field: .name,
                                        mention: Mention(text: parties[index].name, asPerson: isPerson, country: parties[index].country)))
                }
                for affiliation in parties[index].affiliations where !JSONScanner.isBlank(affiliation) {
                    places.append(Place(party: index, field: .affiliation,
                                        mention: Mention(text: affiliation, asPerson: false, country: parties[index].country)))
                }
            }
        }
        return places
    }

    /// Whether `role`, in any case, is one of `personRoles`: compared in ASCII, as every one
    /// of them is, without the lowercased copy and the set's hashing for every party.
    static func isPersonRole(_ role: String) -> Bool {
        let bytes = role.utf8
        return personRoleBytes.contains { word in
            word.count == bytes.count && zip(word, bytes).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
        }
    }

    private static let personRoleBytes = personRoles.map { Array($0.utf8) }

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
        let places = Self.places(of: record)
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
