/// Where a mention stands: one field of one party of one record. Evaluation counts per
/// mention, so a party's several affiliation strings are one `affiliation` mention.
public struct MentionKey: Sendable, Hashable, Comparable {
    /// The record's `id`.
    public let recordID: String
    /// 0-based index into the record's `parties`.
    public let party: Int
    /// The party's name or its affiliations.
    public let field: Hit.Field

    /// Creates a key.
    public init(recordID: String, party: Int, field: Hit.Field) {
        self.recordID = recordID
        self.party = party
        self.field = field
    }

    /// `record r1, party 0, affiliation`.
    public var description: String { "record \(recordID), party \(party), \(field.rawValue)" }

    public static func < (a: MentionKey, b: MentionKey) -> Bool {
        (a.recordID, a.party, a.field.rawValue) < (b.recordID, b.party, b.field.rawValue)
    }
}

/// One line of a gold file: the entities a mention names.
///
/// `{"record_id": "r1", "party": 0, "field": "affiliation", "expected": ["https://ror.org/..."]}`;
/// `expected: []` means the mention must not be flagged at all.
public struct GoldMention: Sendable, Hashable {
    /// Which mention.
    public let key: MentionKey
    /// The ids of the listed entities the mention names, as the gold file orders them.
    public let expected: [String]
    /// Line of the gold file (0 when made in memory).
    public let line: Int

    /// Creates a gold mention.
    public init(key: MentionKey, expected: [String], line: Int = 0) {
        self.key = key
        self.expected = expected
        self.line = line
    }
}

/// Streams `GoldMention` values from a gold JSON Lines file; a line without `record_id`,
/// `party`, `field` or `expected`, or with a field other than `name` or `affiliation`, is
/// reported and skipped.
public typealias GoldMentionReader = ValueLinesReader<GoldMention>

extension GoldMention: JSONLineDecodable {
    public static func decode(jsonLine: ArraySlice<UInt8>, warn: (String) -> Void) throws(JSONLineError) -> GoldMention {
        let parsed = jsonLine.withUnsafeBufferPointer { bytes -> Result<GoldMention, JSONLineError> in
            var scanner = JSONScanner(bytes)
            return Result { () throws(JSONLineError) in try GoldMention(scanning: &scanner) }
        }
        return try parsed.get()
    }

    private init(scanning s: inout JSONScanner) throws(JSONLineError) {
        var recordID: String?, party: Int?, field: String?, expected: [String]?
        try s.beginTopObject("a gold mention")
        var first = true
        while let key = try s.nextKey(&first) {
            switch key {
            case "record_id": recordID = try s.readOptionalString()
            case "party": party = try Self.readIndex(&s)
            case "field": field = try s.readOptionalString()
            case "expected": expected = s.peek() == UInt8(ascii: "n") ? nil : try s.readStringArray()
            default: try s.skipValue()
            }
        }
        try s.end()
        guard let recordID, !JSONScanner.isBlank(recordID) else { throw JSONLineError("gold mention without a record_id") }
        guard let party else { throw JSONLineError("gold mention of record \(recordID) without a party index") }
        guard let field, let kind = Hit.Field(rawValue: field) else {
            throw JSONLineError("gold mention of record \(recordID): field must be \"name\" or \"affiliation\"")
        }
        guard let expected else {
            throw JSONLineError("gold mention of record \(recordID) without expected (use [] for a mention that must not be flagged)")
        }
        self.init(key: MentionKey(recordID: recordID, party: party, field: kind), expected: expected)
    }

    /// A non-negative integer written without fraction or exponent (a party index).
    private static func readIndex(_ s: inout JSONScanner) throws(JSONLineError) -> Int {
        guard let first = s.peek(), first >= 0x30, first <= 0x39 else { throw s.error("party must be a non-negative integer") }
        var value = 0
        while s.position < s.bytes.count, s.bytes[s.position] >= 0x30, s.bytes[s.position] <= 0x39 {
            value = value &* 10 &+ Int(s.bytes[s.position] - 0x30)
            guard value < 1 << 31 else { throw s.error("party index too large") }
            s.position += 1
        }
        if s.position < s.bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(s.bytes[s.position]) {
            throw s.error("party must be an integer")
        }
        return value
    }
}

extension GoldMention {
    /// This gold mention as one JSON Lines line (with its `\n`), keys in the documented order.
    public func appendJSONLine(to output: inout [UInt8]) {
        output.append(contentsOf: "{\"record_id\": ".utf8)
        JSONText.appendString(key.recordID, to: &output)
        output.append(contentsOf: ", \"party\": \(key.party), \"field\": \"\(key.field.rawValue)\", \"expected\": [".utf8)
        for (i, id) in expected.enumerated() {
            if i > 0 { output.append(contentsOf: ", ".utf8) }
            JSONText.appendString(id, to: &output)
        }
        output.append(contentsOf: "]}\n".utf8)
    }
}
