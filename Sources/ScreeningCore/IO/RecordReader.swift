/// Streams `Record` values from a JSON Lines records file (FORMATS.md).
///
/// A line that cannot be used (malformed JSON, no `id`, no parties, over-long) is reported
/// as a `LineProblem` and skipped; the stream goes on. A record where only some parties
/// have neither a name nor affiliations is reported but kept, with those parties in place,
/// so the others are still screened and hit indices still match the input.
public final class RecordReader {
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

    /// The next record, or nil at the end. Throws only when the source cannot be read.
    public func next() throws -> Record? {
        while let element = try lines.next() {
            switch element {
            case .tooLong(let number, let length):
                report(number, "line of \(length) bytes is longer than the limit of \(lines.maximumLineLength)")
            case .line(let number, let bytes):
                let record: Record
                do throws(JSONLineError) {
                    record = try Record(jsonLine: bytes)
                } catch {
                    report(number, error.reason)
                    continue
                }
                let empty = record.parties.indices.filter { !record.parties[$0].hasContent }
                if empty.isEmpty { return record }
                if empty.count == record.parties.count {
                    report(number, "record \(record.id): no party has a name or affiliations")
                    continue
                }
                let which = empty.map(String.init).joined(separator: ", ")
                report(number, "record \(record.id): party \(which) (0-based) has neither a name nor affiliations; "
                       + "record kept", skipped: false)
                return record
            }
        }
        return nil
    }

    private func report(_ line: Int, _ reason: String, skipped: Bool = true) {
        let problem = LineProblem(file: file, line: line, reason: reason, lineSkipped: skipped)
        if let onProblem { onProblem(problem) } else { problems.append(problem) }
    }
}

extension Record {
    /// Parses one JSON Lines line of a records file. Unknown members are skipped; `id` must
    /// be a non-blank string and `parties` a non-empty array of objects. Parties without
    /// content are kept here; `RecordReader` decides what to report.
    public init(jsonLine: ArraySlice<UInt8>) throws(JSONLineError) {
        let parsed = jsonLine.withUnsafeBufferPointer { bytes -> Result<Record, JSONLineError> in
            var scanner = JSONScanner(bytes)
            return Result { () throws(JSONLineError) in try Record(scanning: &scanner) }
        }
        self = try parsed.get()
    }

    private init(scanning s: inout JSONScanner) throws(JSONLineError) {
        var id: String?, kind: String?, date: String?, title: String?, subject: String?
        var parties: [Party]?
        try s.beginTopObject("a record")
        var first = true
        while let key = try s.nextKey(&first) {
            switch key {
            case "id": id = try s.readOptionalString()
            case "kind": kind = try s.readOptionalString()
            case "date": date = try s.readOptionalString()
            case "title": title = try s.readOptionalString()
            case "subject": subject = try s.readOptionalString()
            case "parties": parties = try Record.readParties(&s)
            default: try s.skipValue()
            }
        }
        try s.end()
        guard let id, !JSONScanner.isBlank(id) else { throw JSONLineError("record without an id") }
        guard let parties, !parties.isEmpty else { throw JSONLineError("record \(id) without parties") }
        self.init(id: id, kind: kind, date: date, title: title, subject: subject, parties: parties)
    }

    private static func readParties(_ s: inout JSONScanner) throws(JSONLineError) -> [Party]? {
        if s.readNull() { return nil }
        try s.expect(UInt8(ascii: "["), "an array of parties")
        var parties: [Party] = []
        if s.peek() == UInt8(ascii: "]") { s.position += 1; return parties }
        while true {
            parties.append(try readParty(&s))
            let b = s.peek()
            if b == UInt8(ascii: "]") { s.position += 1; return parties }
            try s.expect(UInt8(ascii: ","), "',' or ']'")
        }
    }

    private static func readParty(_ s: inout JSONScanner) throws(JSONLineError) -> Party {
        try s.expect(UInt8(ascii: "{"), "a party (a JSON object)")
        var party = Party()
        var first = true
        while let key = try s.nextKey(&first) {
            switch key {
            case "role": party.role = try s.readOptionalString() ?? ""
            case "name": party.name = try s.readOptionalString() ?? ""
            case "affiliations": party.affiliations = try s.readStringArray()
            case "country": party.country = try s.readOptionalString()
            default: try s.skipValue()
            }
        }
        return party
    }
}
