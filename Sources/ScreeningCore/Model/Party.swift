/// A person or organisation on a record (an author, inventor, assignee, partner, ...), in
/// the canonical form of FORMATS.md.
public struct Party: Sendable, Hashable, Codable {
    /// `author`, `inventor`, `applicant`, `assignee`, `partner`, `funder`, ...; empty when
    /// not stated.
    public var role: String
    /// The person's or organisation's name as printed; empty when the record gives only
    /// affiliations.
    public var name: String
    /// Affiliation strings as printed, any script.
    public var affiliations: [String]
    /// ISO 3166-1 alpha-2 country code, when the source states one.
    public var country: String?
    /// City as the source gives it (USPTO inventors); carried along, not screened.
    public var city: String?

    /// Creates a party; a useful one has a name, affiliations or both.
    public init(role: String = "", name: String = "", affiliations: [String] = [], country: String? = nil, city: String? = nil) {
        self.role = role
        self.name = name
        self.affiliations = affiliations
        self.country = country
        self.city = city
    }

    /// Whether there is anything to screen: a name or an affiliation that is not blank.
    public var hasContent: Bool {
        !JSONScanner.isBlank(name) || affiliations.contains { !JSONScanner.isBlank($0) }
    }

    private enum CodingKeys: String, CodingKey {
        case role, name, affiliations, country, city
    }

    /// Decodes the JSON of FORMATS.md: every field may be missing or null.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        role = try c.decodeIfPresent(String.self, forKey: .role) ?? ""
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        affiliations = try c.decodeIfPresent([String].self, forKey: .affiliations) ?? []
        country = try c.decodeIfPresent(String.self, forKey: .country)
        city = try c.decodeIfPresent(String.self, forKey: .city)
    }

    /// Encodes the JSON of FORMATS.md, leaving out what is empty rather than writing `""`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !role.isEmpty { try c.encode(role, forKey: .role) }
        if !name.isEmpty { try c.encode(name, forKey: .name) }
        if !affiliations.isEmpty { try c.encode(affiliations, forKey: .affiliations) }
        try c.encodeIfPresent(country, forKey: .country)
        try c.encodeIfPresent(city, forKey: .city)
    }
}
