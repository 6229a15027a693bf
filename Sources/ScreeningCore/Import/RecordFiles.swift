import Foundation

/// The record formats `screen` reads, recognised from a file's content (and extension).
public enum RecordFormat: String, Sendable, CaseIterable {
    case jsonl = "JSON Lines records (FORMATS.md)"
    case pubmed = "PubMed/MEDLINE XML"
    case uspto = "USPTO patent XML"
    case usptoText = "USPTO APS full text (1976-2001)"
    case openalex = "OpenAlex works (JSON Lines)"
    case crossref = "Crossref works (JSON)"
    case csv = "CSV with --map"
}

/// A records file opened to be read up to where it fails, if it does.
public struct SalvagedRecords {
    /// The records read.
    public var records: any RecordSource
    fileprivate let salvage: SalvagingChunkReader
    /// Why the file stopped early, once it has; nil while it reads cleanly.
    public var error: InputError? { salvage.error }
}

/// Opens records files of any supported format as one kind of stream.
public enum RecordFiles {
    /// Opens `path` (`-` for standard input; gzip read transparently), recognising the
    /// format from its first 64 KiB after decompression: XML by its root or DOCTYPE
    /// (PubMed, USPTO), USPTO's APS text by its `PATN` lines, JSON by its members (canonical `parties`, OpenAlex `authorships`,
    /// Crossref `message-type`/`DOI`/`items`), CSV by a `.csv`/`.tsv` name or a given
    /// `map`. A CSV whose header has `id`, `name` and `affiliation` columns needs no map.
    /// Problems with single lines or documents go to `onProblem`.
    /// - Throws: `InputError` when the file cannot be read, or is in none of the formats
    ///   (the message names those tried).
    public static func open(path: String, map: ColumnMap? = nil,
                            onProblem: @escaping (LineProblem) -> Void) throws -> any RecordSource {
        try open(SniffedInput(path: path), path: path, map: map, onProblem: onProblem)
    }

    /// Opens `path` as `open(path:map:onProblem:)` does, but a file that fails part-way (a
    /// truncated gzip stream) ends where it fails instead of throwing: the records before
    /// the failure come through and `SalvagedRecords.error` says why it stopped. The file's
    /// bytes read go to `counter`, for progress.
    public static func openSalvaging(path: String, map: ColumnMap? = nil, counter: ByteCounter? = nil,
                                     onProblem: @escaping (LineProblem) -> Void) throws -> SalvagedRecords {
        let salvage = SalvagingChunkReader(try InputFile.open(path, counter: counter))
        let records = try open(SniffedInput(salvage), path: path, map: map, onProblem: onProblem)
        return SalvagedRecords(records: records, salvage: salvage)
    }

    private static func open(_ input: SniffedInput, path: String, map: ColumnMap?,
                             onProblem: @escaping (LineProblem) -> Void) throws -> any RecordSource {
        let format = detect(input, path: path, map: map)
        switch format {
        case .jsonl: return RecordReader(input, file: path, onProblem: onProblem)
        case .pubmed: return PubMedRecords.open(input, file: path, onProblem: onProblem)
        case .uspto: return USPTORecords.open(input, file: path, onProblem: onProblem)
        case .usptoText: return USPTOTextRecords(input, file: path, onProblem: onProblem)
        case .openalex: return OpenAlexRecords.open(input, file: path, onProblem: onProblem)
        case .crossref: return CrossrefRecords(input, file: path, onProblem: onProblem)
        case .csv:
            guard let map = map ?? defaultMap(input) else {
                throw InputError(file: path, reason: "CSV records need a column map: --map name=COLUMN,affiliation=COLUMN,id=COLUMN")
            }
            return try CSVRecords(input, file: path, map: map, onProblem: onProblem)
        case nil:
            throw InputError(file: path, reason: "unrecognised records format; tried "
                             + RecordFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The format of an opened input, or nil when none fits.
    static func detect(_ input: SniffedInput, path: String, map: ColumnMap?) -> RecordFormat? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let isCSVName = name.hasSuffix(".csv") || name.hasSuffix(".tsv")
        guard let first = input.firstSignificantByte else { return isCSVName ? .csv : .jsonl }
        let text = input.headText
        if first == UInt8(ascii: "<") {
            if ["<PubmedArticleSet", "<MedlineCitationSet", "<PubmedArticle", "<MedlineCitation", "<PubmedBookArticle"]
                .contains(where: text.contains) { return .pubmed }
            if ["<us-patent-grant", "<us-patent-application", "<patent-application-publication", "<PATDOC",
                "DOCTYPE us-patent-grant", "DOCTYPE us-patent-application", "DOCTYPE patent-application-publication", "DOCTYPE PATDOC"]
                .contains(where: text.contains) { return .uspto }
            return nil
        }
        if first == UInt8(ascii: "{") && !isCSVName {
            if text.contains("\"parties\"") { return .jsonl }
            if text.contains("\"authorships\"") || text.contains("\"https://openalex.org/W") { return .openalex }
            if text.contains("\"message-type\"") || text.contains("\"DOI\"") || text.contains("\"items\"") { return .crossref }
            return nil
        }
        // APS text: a PATN line starts each patent (a file header line may come first).
        if text.hasPrefix("PATN") || text.contains("\nPATN\n") || text.contains("\nPATN\r\n") { return .usptoText }
        if isCSVName || map != nil { return .csv }
        return nil
    }

    /// `id`, `name` and `affiliation(s)` columns used as they are, when the header has them.
    private static func defaultMap(_ input: SniffedInput) -> ColumnMap? {
        let firstLine = input.headText.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let header = firstLine.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{FEFF}")).lowercased() }
        guard header.contains("id"), header.contains("name") else { return nil }
        var columns = ["id": ["id"], "name": ["name"]]
        if let affiliation = header.first(where: { $0 == "affiliation" || $0 == "affiliations" }) { columns["affiliation"] = [affiliation] }
        return ColumnMap(columns: columns)
    }
}
