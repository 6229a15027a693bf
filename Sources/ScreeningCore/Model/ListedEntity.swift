/// One entry of an export-control or sanctions list, in the canonical form of FORMATS.md.
public struct ListedEntity: Sendable, Hashable, Codable {
    /// What the entry names. Unknown or missing values decode as `.unknown`.
    public enum Kind: String, Sendable, Codable {
        /// A company, institute, university, government body, ...
        case organization
        /// A natural person.
        case person
        /// Not stated by the list (the default).
        case unknown

        /// Decodes leniently: a value this version does not know becomes `.unknown`, so a
        /// list written by a newer tool still loads.
        public init(from decoder: Decoder) throws {
            let value = try decoder.singleValueContainer().decode(String.self)
            self = Kind(rawValue: value) ?? .unknown
        }
    }

    /// Stable identifier, unique within all loaded lists.
    public var id: String
    /// Short list name (`meti-eul`, `bis-entity`, ...); empty when not stated.
    public var list: String
    /// Organisation, person or unknown.
    public var kind: Kind
    /// Primary name as published.
    public var name: String
    /// Other names, any script.
    public var aliases: [String]
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    /// Free text carried to the report.
    public var remarks: String?

    /// Creates an entry; only `id` and `name` are required.
    public init(id: String, list: String = "", kind: Kind = .unknown, name: String,
                aliases: [String] = [], country: String? = nil, remarks: String? = nil) {
        self.id = id
        self.list = list
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.country = country
        self.remarks = remarks
    }

    private enum CodingKeys: String, CodingKey {
        case id, list, kind, name, aliases, country, remarks
    }

    /// Decodes the JSON of FORMATS.md: optional fields may be missing or null.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        list = try c.decodeIfPresent(String.self, forKey: .list) ?? ""
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .unknown
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        country = try c.decodeIfPresent(String.self, forKey: .country)
        remarks = try c.decodeIfPresent(String.self, forKey: .remarks)
    }
}
