/// Streams `ListedEntity` values from a JSON Lines list file (FORMATS.md).
///
/// A line that cannot be used (malformed JSON, no `id` or `name`, over-long) is reported as
/// a `LineProblem` and skipped; the stream goes on.
public final class ListedEntityReader {
    /// The file name used in problem reports.
    public let file: String
    /// Problems seen so far, when no `onProblem` handler was given.
    public private(set) var problems: [LineProblem] = []

    private let lines: JSONLinesReader
    private let onProblem: ((LineProblem) -> Void)?

    /// Reads from `source`; `file` names it in reports. Problems go to `onProblem`, or are
    /// collected in `problems` when it is nil.
    public init(_ source: ChunkReader, file: String,
                maximumLineLength: Int = JSONLinesReader.defaultMaximumLineLength,
                onProblem: ((LineProblem) -> Void)? = nil) {
        self.file = file
        self.lines = JSONLinesReader(source, maximumLineLength: maximumLineLength)
        self.onProblem = onProblem
    }

    /// The next entity, or nil at the end. Throws only when the source cannot be read.
    public func next() throws -> ListedEntity? {
        while let element = try lines.next() {
            switch element {
            case .tooLong(let number, let length):
                report(number, "line of \(length) bytes is longer than the limit of \(lines.maximumLineLength)")
            case .line(let number, let bytes):
                do throws(JSONLineError) {
                    return try ListedEntity(jsonLine: bytes)
                } catch {
                    report(number, error.reason)
                }
            }
        }
        return nil
    }

    /// All remaining entities (lists are small enough to hold).
    public func readAll() throws -> [ListedEntity] {
        var result: [ListedEntity] = []
        while let entity = try next() { result.append(entity) }
        return result
    }

    private func report(_ line: Int, _ reason: String) {
        let problem = LineProblem(file: file, line: line, reason: reason)
        if let onProblem { onProblem(problem) } else { problems.append(problem) }
    }
}

extension ListedEntity {
    /// Parses one JSON Lines line of a list file. Unknown members are skipped; `id` and
    /// `name` must be non-blank strings; an unknown `kind` reads as `.unknown`.
    public init(jsonLine: ArraySlice<UInt8>) throws(JSONLineError) {
        let parsed = jsonLine.withUnsafeBufferPointer { bytes -> Result<ListedEntity, JSONLineError> in
            var scanner = JSONScanner(bytes)
            return Result { () throws(JSONLineError) in try ListedEntity(scanning: &scanner) }
        }
        self = try parsed.get()
    }

    private init(scanning s: inout JSONScanner) throws(JSONLineError) {
        var id: String?, name: String?, list = "", kind = Kind.unknown
        var aliases: [String] = [], country: String?, remarks: String?
        try s.beginTopObject("a listed entity")
        var first = true
        while let key = try s.nextKey(&first) {
            switch key {
            case "id": id = try s.readOptionalString()
            case "name": name = try s.readOptionalString()
            case "list": list = try s.readOptionalString() ?? ""
            case "kind": kind = try s.readOptionalString().flatMap(Kind.init(rawValue:)) ?? .unknown
            case "aliases": aliases = try s.readStringArray()
            case "country": country = try s.readOptionalString()
            case "remarks": remarks = try s.readOptionalString()
            default: try s.skipValue()
            }
        }
        try s.end()
        guard let id, !JSONScanner.isBlank(id) else { throw JSONLineError("listed entity without an id") }
        guard let name, !JSONScanner.isBlank(name) else { throw JSONLineError("listed entity \(id) without a name") }
        self.init(id: id, list: list, kind: kind, name: name, aliases: aliases, country: country, remarks: remarks)
    }
}
