import Foundation

/// Records from any CSV with a header, through a column map (`--map
/// name=COLUMN,affiliation=COLUMN,id=COLUMN`; also `role`, `country`, `title`, `date`,
/// `kind`). Each row is a party; consecutive rows with the same id make one record (an
/// export of one row per author), so input order is kept. Without an `id` column each row
/// is its own record, `csv:FILE:LINE`. A row with neither name nor affiliation is reported
/// and skipped.
public final class CSVRecords: RecordSource {
    /// The fields a map may give.
    public static let fields = ["id", "name", "affiliation", "role", "country", "title", "date", "kind"]

    private let file: String
    private let rows: CSVRows
    private let columns: ResolvedColumns
    private let onProblem: (LineProblem) -> Void
    private var pending: Record?
    private var reportedRows = 0

    /// Reads the header and resolves `map` against it.
    /// - Throws: `InputError` when the file has no header or lacks a mapped column.
    public init(_ source: ChunkReader, file: String, map: ColumnMap, onProblem: @escaping (LineProblem) -> Void) throws {
        self.file = file
        self.rows = CSVRows(source, file: file)
        self.onProblem = onProblem
        guard let header = try rows.next() else { throw InputError(file: file, reason: "empty CSV file: no header") }
        do throws(ColumnMapError) {
            columns = try map.resolve(header: header.fields)
        } catch {
            throw InputError(file: file, reason: "CSV records: \(error.reason)")
        }
        guard columns.has("name") || columns.has("affiliation") else {
            throw InputError(file: file, reason: "CSV records: the map gives neither name nor affiliation (e.g. --map name=Author,affiliation=Affiliation,id=DOI)")
        }
    }

    public func next() throws -> Record? {
        while let row = try rows.next() {
            flushRowProblems()
            let fields = row.fields
            let party = Party(role: columns.value("role", fields) ?? "author", name: columns.value("name", fields) ?? "",
                              affiliations: columns.values("affiliation", fields),
                              country: columns.value("country", fields).flatMap(USPTORecords.countryCode))
            guard party.hasContent else {
                onProblem(LineProblem(file: file, line: row.line, reason: "CSV row with neither a name nor an affiliation"))
                continue
            }
            let id = columns.value("id", fields) ?? "csv:\((file as NSString).lastPathComponent):\(row.line)"
            if pending?.id == id {
                pending!.parties.append(party)
                continue
            }
            let record = Record(id: id, kind: columns.value("kind", fields), date: columns.value("date", fields),
                                title: columns.value("title", fields), parties: [party])
            if let done = pending {
                pending = record
                return done
            }
            pending = record
        }
        flushRowProblems()
        defer { pending = nil }
        return pending
    }

    /// CSVRows' own reports (a quote in the wrong place): the row was still used.
    private func flushRowProblems() {
        while reportedRows < rows.problems.count {
            onProblem(rows.problems[reportedRows])
            reportedRows += 1
        }
    }
}
