/// Streams `Record` values from a JSON Lines records file (FORMATS.md): a line without
/// `id` or parties, malformed or over-long, is reported and skipped. A record where only
/// some parties have neither a name nor affiliations is reported but kept, with those
/// parties in place, so the others are still screened and hit indices match the input.
public typealias RecordReader = ValueLinesReader<Record>

extension Record: JSONLineDecodable {
    public static func decode(jsonLine: ArraySlice<UInt8>, warn: (String) -> Void) throws(JSONLineError) -> Record {
        let record = try Record(jsonLine: jsonLine)
        let empty = record.parties.indices.filter { !record.parties[$0].hasContent }
        if empty.isEmpty { return record }
        if empty.count == record.parties.count {
            throw JSONLineError("record \(record.id): no party has a name or affiliations")
        }
        let which = empty.map(String.init).joined(separator: ", ")
        warn("record \(record.id): party \(which) (0-based) has neither a name nor affiliations; record kept")
        return record
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
        var id: String?, kind: String?, date: String?, title: String?, subject: String?, researcher: String?
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
            case "researcher": researcher = try s.readOptionalString()
            case "parties": parties = try Record.readParties(&s)
            default: try s.skipValue()
            }
        }
        try s.end()
        guard let id, !JSONScanner.isBlank(id) else { throw JSONLineError("record without an id") }
        guard let parties, !parties.isEmpty else { throw JSONLineError("record \(id) without parties") }
        self.init(id: id, kind: kind, date: date, title: title, subject: subject, researcher: researcher, parties: parties)
    }

    private static func readParties(_ s: inout JSONScanner) throws(JSONLineError) -> [Party]? {
        if s.readNull() { return nil }
        try s.expect(UInt8(ascii: "["), "an array of parties")
        var parties: [Party] = []
        if s.peek() == UInt8(ascii: "]") { s.position += 1; return parties }
        // Most records name a few parties: one allocation for up to four, not one per doubling.
        parties.reserveCapacity(4)
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
            case "city": party.city = try s.readOptionalString()
            default: try s.skipValue()
            }
        }
        return party
    }
}
