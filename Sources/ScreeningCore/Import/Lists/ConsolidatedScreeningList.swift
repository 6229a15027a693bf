import Foundation

/// The US Consolidated Screening List as trade.gov publishes it (`consolidated.csv`:
/// `_id, source, entity_number, type, programs, name, title, addresses, ..., alt_names,
/// ...`): every row an entry `csl:_id`, kept in the sub-list it comes from. `list` is the
/// project's short name for that source where it is one of the US lists the project also
/// reads separately (`bis-entity-list`, `ofac-sdn`, ...), so the same list has the same name
/// whichever way it was loaded; an unknown source keeps a name made from its own words.
/// The full source name starts the remarks.
public enum ConsolidatedScreeningList {
    /// Short list names for the sources the CSL carries (matched on the abbreviation in
    /// parentheses, which trade.gov keeps stable while the wording around it changes).
    static let listNames: [String: String] = [
        "EL": "bis-entity-list", "DPL": "bis-dpl", "MEU": "bis-meu", "UVL": "bis-uvl",
        "SDN": "ofac-sdn", "CMIC": "ofac-nscmic", "NS-CMIC": "ofac-nscmic", "FSE": "ofac-fse", "SSI": "ofac-ssi",
        "NS-MBS LIST": "ofac-ns-mbs", "NS-MBS": "ofac-ns-mbs", "PLC": "ofac-plc", "CAP": "ofac-capta",
        "DTC": "state-itar-debarred", "ISN": "state-nonproliferation",
    ]

    /// Whether a CSV header is the CSL's.
    public static func isHeader(_ fields: [String]) -> Bool {
        let names = Set(fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        return names.isSuperset(of: ["source", "name", "alt_names"])
    }

    /// Reads the rows after `header`; a row without a name is reported and skipped.
    public static func read(_ rows: CSVRows, header: [String], file: String,
                            onProblem: (LineProblem) -> Void) throws -> [ListedEntity] {
        let column = Dictionary(header.enumerated().map { ($1.trimmingCharacters(in: .whitespaces).lowercased(), $0) },
                                uniquingKeysWith: { first, _ in first })
        var entities: [ListedEntity] = []
        while let row = try rows.next() {
            func field(_ name: String) -> String {
                guard let index = column[name], index < row.fields.count else { return "" }
                return row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let name = field("name")
            guard !name.isEmpty else {
                onProblem(LineProblem(file: file, line: row.line, reason: "Consolidated Screening List row without a name"))
                continue
            }
            let source = field("source")
            let identifier = [field("_id"), field("entity_number")].first { !$0.isEmpty } ?? "line\(row.line)"
            let aliases = field("alt_names").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != name }
            let addresses = field("addresses")
            let remarks = [source, field("programs"), addresses, field("federal_register_notice"), field("remarks")]
                .filter { !$0.isEmpty }.joined(separator: "; ")
            entities.append(ListedEntity(id: "csl:\(identifier)", list: listName(source), kind: kind(field("type")),
                                         name: name, aliases: aliases, country: country(addresses),
                                         remarks: remarks.isEmpty ? nil : remarks))
        }
        return entities
    }

    /// `Entity List (EL) - Bureau of Industry and Security` → `bis-entity-list`.
    static func listName(_ source: String) -> String {
        if let open = source.firstIndex(of: "("), let close = source[open...].firstIndex(of: ")") {
            let abbreviation = source[source.index(after: open)..<close].uppercased()
            if let name = listNames[abbreviation] { return name }
            return "csl-" + abbreviation.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce("") { $0 + String($1) }
        }
        let slug = source.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
        return slug.isEmpty ? "csl" : "csl-" + slug
    }

    static func kind(_ type: String) -> ListedEntity.Kind {
        switch type.lowercased() {
        case "entity": return .organization
        case "individual": return .person
        default: return .unknown
        }
    }

    /// The country code ending the first address (`..., Beijing, 100000, CN`).
    static func country(_ addresses: String) -> String? {
        guard let first = addresses.split(separator: ";").first,
              let last = first.split(separator: ",").last?.trimmingCharacters(in: .whitespaces) else { return nil }
        return USPTORecords.countryCode(last)
    }
}
