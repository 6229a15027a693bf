/// OpenSanctions entities in FollowTheMoney JSON lines (`entities.ftm.json`,
/// `targets.nested.json`): `{"id", "schema", "properties": {"name": [...], "alias": [...],
/// "country": [...], ...}, "datasets": [...]}`. Entities that can be screened (`Person`,
/// `Company`, `Organization`, `LegalEntity`, `PublicBody`, ...) become entries
/// `opensanctions:ID` in the list of their first dataset; the graph's other entities
/// (`Sanction`, `Address`, `Ownership`, ...) are passed over without a report.
public enum OpenSanctionsList {
    /// The FtM schemata of parties that can appear on a record.
    static let partySchemata: [String: ListedEntity.Kind] = [
        "Person": .person, "Company": .organization, "Organization": .organization, "PublicBody": .organization,
        "LegalEntity": .unknown,
    ]

    /// Whether a JSON line looks like an FtM entity.
    static func looksLikeFollowTheMoney(_ text: String) -> Bool {
        text.contains("\"schema\"") && text.contains("\"properties\"")
    }

    /// Reads every entry of an FtM file; malformed lines are reported with their line.
    public static func read(_ source: ChunkReader, file: String, onProblem: @escaping (LineProblem) -> Void) throws -> [ListedEntity] {
        try ValueLinesReader<Line>(source, file: file, onProblem: onProblem).readAll().compactMap(\.entity)
    }

    /// One line: an entry, or nil for an entity of another schema.
    struct Line: JSONLineDecodable {
        var entity: ListedEntity?

        static func decode(jsonLine: ArraySlice<UInt8>, warn: (String) -> Void) throws(JSONLineError) -> Line {
            try JSONScanner.scan(jsonLine) { s throws(JSONLineError) in try Line(&s) }
        }

        init(_ s: inout JSONScanner) throws(JSONLineError) {
            var id: String?, schema: String?, caption: String?
            var names: [String] = [], aliases: [String] = [], countries: [String] = [], datasets: [String] = [], notes: [String] = []
            try s.forEachMember { key, s throws(JSONLineError) in
                switch key {
                case "id": id = try s.readOptionalString()
                case "schema": schema = try s.readOptionalString()
                case "caption": caption = try s.readOptionalString()
                case "datasets": datasets = try s.readStrings()
                case "properties":
                    try s.forEachMember { key, s throws(JSONLineError) in
                        switch key {
                        case "name": names = try s.readStrings()
                        case "alias", "weakAlias", "previousName", "abbreviation":
                            for alias in try s.readStrings() { aliases.appendDistinct(alias) }
                        case "country", "jurisdiction", "nationality", "citizenship", "mainCountry":
                            for country in try s.readStrings() { countries.appendDistinct(country) }
                        case "program", "topics", "notes": for note in try s.readStrings() { notes.appendDistinct(note) }
                        default: try s.skipValue()
                        }
                    }
                default: try s.skipValue()
                }
            }
            guard let schema, let kind = OpenSanctionsList.partySchemata[schema] else { entity = nil; return }
            guard let id, !JSONScanner.isBlank(id) else { throw JSONLineError("FollowTheMoney entity without an id") }
            guard let name = names.first ?? caption, !JSONScanner.isBlank(name) else {
                throw JSONLineError("FollowTheMoney entity \(id) without a name")
            }
            var others = Array(names.dropFirst())
            for alias in aliases { others.appendDistinct(alias) }
            others.removeAll { $0 == name }
            let country = countries.lazy.compactMap { USPTORecords.countryCode($0) }.first
            entity = ListedEntity(id: "opensanctions:\(id)", list: datasets.first ?? "opensanctions", kind: kind, name: name,
                                  aliases: others, country: country, remarks: notes.isEmpty ? nil : notes.joined(separator: "; "))
        }
    }
}
