/// The list formats read by importers (rather than as canonical JSON Lines): the
/// Consolidated Screening List CSV, OpenSanctions FollowTheMoney JSON lines, a JSON document
/// of entries (`ListDocument`), and any CSV through a column map.
public enum ListImports {
    /// The formats tried, for the message about a file in none of them.
    public static let formatsTried = "JSON Lines listed entities (FORMATS.md), a JSON document of list entries, METI End User List xlsx, ROR data dump, "
        + "US Consolidated Screening List CSV, OpenSanctions FollowTheMoney JSON lines, CSV with --list-map"

    /// What `read` found: entries, or canonical JSON Lines left to `ListedEntityReader`
    /// (with the input, whose first bytes have been read already).
    enum Outcome {
        case entities([ListedEntity])
        case canonical(ChunkReader)
    }

    /// The entries of `path` when it is one of these formats, or the opened input when it
    /// is canonical JSON Lines.
    /// - Throws: `InputError` when it cannot be read or is in no known format.
    static func read(path: String, map: ColumnMap?, problems: inout [LineProblem]) throws -> Outcome {
        let input = try SniffedInput(path: path)
        var collected: [LineProblem] = []
        defer { problems += collected }
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let first = input.firstSignificantByte
        if first == nil { return .canonical(input) }
        let isCSVName = name.hasSuffix(".csv") || name.hasSuffix(".tsv")
        if !isCSVName && ListDocument.recognises(head: input.head) {
            return .entities(try ListDocument.read(input, file: path) { collected.append($0) })
        }
        if first == UInt8(ascii: "{") && !isCSVName {
            let firstLine = input.headText.prefix { $0 != "\n" }
            if OpenSanctionsList.looksLikeFollowTheMoney(String(firstLine)) && !firstLine.contains("\"aliases\"") {
                return .entities(try OpenSanctionsList.read(input, file: path) { collected.append($0) })
            }
            return .canonical(input)
        }
        if !isCSVName && map == nil && [".jsonl", ".json", ".ndjson"].contains(where: name.hasSuffix) {
            return .canonical(input)    // malformed lines are reported one by one
        }
        guard isCSVName || map != nil else {
            throw InputError(file: path, reason: "unrecognised list format; tried \(formatsTried)")
        }
        let rows = CSVRows(input, file: path, separator: name.hasSuffix(".tsv") ? 0x09 : UInt8(ascii: ","))
        guard let header = try rows.next()?.fields else { return .entities([]) }
        defer { collected += rows.problems }
        if ConsolidatedScreeningList.isHeader(header) {    // whatever --list-map says: it is for other CSVs
            return .entities(try ConsolidatedScreeningList.read(rows, header: header, file: path) { collected.append($0) })
        }
        guard let map else {
            throw InputError(file: path, reason: "a CSV list that is not the Consolidated Screening List needs --list-map name=COLUMN,alias=COLUMN,id=COLUMN")
        }
        return .entities(try CSVList.read(rows, header: header, map: map, file: path) { collected.append($0) })
    }
}
