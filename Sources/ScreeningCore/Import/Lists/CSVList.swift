import Foundation

/// A list in any CSV with a header, through a column map (`--list-map
/// name=COLUMN,alias=COLUMN,id=COLUMN,country=COLUMN`; also `kind`, `list`, `remarks`).
/// Alias cells may hold several names separated by `;`. Without an `id` column the entry is
/// `FILE:LINE`. A row without a name is reported and skipped.
public enum CSVList {
    /// The fields a map may give.
    public static let fields = ["id", "name", "alias", "country", "kind", "list", "remarks"]

    /// Reads the rows after the header through `map`.
    /// - Throws: `InputError` when a mapped column is missing from the header.
    public static func read(_ rows: CSVRows, header: [String], map: ColumnMap, file: String,
                            onProblem: (LineProblem) -> Void) throws -> [ListedEntity] {
        let columns: ResolvedColumns
        do throws(ColumnMapError) { columns = try map.resolve(header: header) } catch {
            throw InputError(file: file, reason: "CSV list: \(error.reason)")
        }
        guard columns.has("name") else { throw InputError(file: file, reason: "CSV list: the map gives no name column (--list-map name=COLUMN,...)") }
        let base = (file as NSString).lastPathComponent
        var entities: [ListedEntity] = []
        while let row = try rows.next() {
            let fields = row.fields
            guard let name = columns.value("name", fields) else {
                onProblem(LineProblem(file: file, line: row.line, reason: "CSV list row without a name"))
                continue
            }
            var aliases: [String] = []
            for cell in columns.values("alias", fields) {
                for alias in cell.split(separator: ";") { aliases.appendDistinct(alias.trimmingCharacters(in: .whitespaces)) }
            }
            aliases.removeAll { $0 == name }
            let kind = columns.value("kind", fields).map { text -> ListedEntity.Kind in
                switch text.lowercased() {
                case "organization", "organisation", "entity", "company": return .organization
                case "person", "individual": return .person
                default: return .unknown
                }
            } ?? .unknown
            entities.append(ListedEntity(id: columns.value("id", fields) ?? "\(base):\(row.line)",
                                         list: columns.value("list", fields) ?? "", kind: kind, name: name, aliases: aliases,
                                         country: columns.value("country", fields).flatMap(CountryNames.code),
                                         remarks: columns.value("remarks", fields)))
        }
        return entities
    }
}
