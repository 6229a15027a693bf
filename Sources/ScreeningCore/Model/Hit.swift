/// One match written by `screen`: a mention on a record (a party's name or one of its
/// affiliations) that resembles a listed entity, in the canonical form of FORMATS.md.
public struct Hit: Sendable, Hashable, Codable {
    /// Which text of the party matched.
    public enum Field: String, Sendable, Codable {
        /// The party's name.
        case name
        /// One of the party's affiliations.
        case affiliation
    }

    /// The record's `id`.
    public var recordID: String
    /// 0-based index into the record's `parties`.
    public var party: Int
    /// The party's role (empty when not stated).
    public var role: String
    /// Whether the name or an affiliation matched.
    public var field: Field
    /// The matched text as printed on the record.
    public var mention: String
    /// The listed entity's `id`.
    public var entityID: String
    /// The listed entity's primary name.
    public var entityName: String
    /// The listed entity's list.
    public var list: String
    /// The name or alias of the entity that matched.
    public var alias: String
    /// Similarity in [0, 1].
    public var score: Double
    /// Why it matched, for a reviewer.
    public var explanation: String

    /// Creates a hit.
    public init(recordID: String, party: Int, role: String, field: Field, mention: String,
                entityID: String, entityName: String, list: String, alias: String,
                score: Double, explanation: String) {
        self.recordID = recordID
        self.party = party
        self.role = role
        self.field = field
        self.mention = mention
        self.entityID = entityID
        self.entityName = entityName
        self.list = list
        self.alias = alias
        self.score = score
        self.explanation = explanation
    }

    /// The JSON keys, in the order FORMATS.md shows them; the encoders follow this order.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case recordID = "record_id", party, role, field, mention
        case entityID = "entity_id", entityName = "entity_name", list, alias, score, explanation
    }
}

extension Hit {
    /// Appends this hit as one JSON Lines line (with its `\n`) to `output`.
    ///
    /// Hand-written rather than JSONEncoder because screening writes a line per hit and the
    /// output must be byte-for-byte deterministic: keys in FORMATS.md order, no escaping of
    /// `/` or non-ASCII text (kept as UTF-8), score with at most 4 decimals.
    public func appendJSONLine(to output: inout [UInt8]) {
        output.append(contentsOf: #"{"record_id": "#.utf8)
        JSONText.appendString(recordID, to: &output)
        output.append(contentsOf: #", "party": "#.utf8)
        output.append(contentsOf: String(party).utf8)
        output.append(contentsOf: #", "role": "#.utf8)
        JSONText.appendString(role, to: &output)
        output.append(contentsOf: #", "field": "#.utf8)
        JSONText.appendString(field.rawValue, to: &output)
        output.append(contentsOf: #", "mention": "#.utf8)
        JSONText.appendString(mention, to: &output)
        output.append(contentsOf: #", "entity_id": "#.utf8)
        JSONText.appendString(entityID, to: &output)
        output.append(contentsOf: #", "entity_name": "#.utf8)
        JSONText.appendString(entityName, to: &output)
        output.append(contentsOf: #", "list": "#.utf8)
        JSONText.appendString(list, to: &output)
        output.append(contentsOf: #", "alias": "#.utf8)
        JSONText.appendString(alias, to: &output)
        output.append(contentsOf: #", "score": "#.utf8)
        Hit.appendScore(score, to: &output)
        output.append(contentsOf: #", "explanation": "#.utf8)
        JSONText.appendString(explanation, to: &output)
        output.append(contentsOf: "}\n".utf8)
    }

    /// This hit as one JSON Lines line, ending in `\n`.
    public var jsonLine: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        appendJSONLine(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a score rounded to 4 decimals without trailing zeros (`0.97`, `1`, `0.1235`).
    /// A value that is not finite (never produced by the matcher) is written as `0`, since
    /// JSON has no NaN or infinity.
    static func appendScore(_ score: Double, to output: inout [UInt8]) {
        guard score.isFinite, abs(score) < 1e14 else { output.append(UInt8(ascii: "0")); return }
        var scaled = Int64((score * 10_000).rounded())
        if scaled < 0 { output.append(UInt8(ascii: "-")); scaled = -scaled }
        output.append(contentsOf: String(scaled / 10_000).utf8)
        var fraction = Int(scaled % 10_000)
        if fraction == 0 { return }
        output.append(UInt8(ascii: "."))
        var divisor = 1000
        while fraction > 0 {
            output.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }
}

/// JSON string escaping shared by the writers.
enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted JSON string: `"` and `\` escaped, control characters as
    /// `\n`, `\t`, ... or `\u00XX`, everything else (non-ASCII included) as its UTF-8 bytes.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                // Copy the clean run in one go; most strings have nothing to escape.
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                output.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
                case 0x0A: output.append(UInt8(ascii: "n"))
                case 0x0D: output.append(UInt8(ascii: "r"))
                case 0x09: output.append(UInt8(ascii: "t"))
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                default:
                    output.append(contentsOf: "u00".utf8)
                    output.append(hexDigits[Int(b >> 4)])
                    output.append(hexDigits[Int(b & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension Hit {
    /// The CSV header line: the JSON keys in FORMATS.md order, ending in CRLF as RFC 4180 has it.
    public static var csvHeader: String {
        CodingKeys.allCases.map(\.rawValue).joined(separator: ",") + "\r\n"
    }

    /// Appends this hit as one CSV row (ending in CRLF) to `output`, columns as `csvHeader`.
    /// Fields holding a comma, a quote, CR or LF are quoted, quotes doubled (RFC 4180).
    public func appendCSVRow(to output: inout [UInt8]) {
        Hit.appendCSVField(recordID, to: &output)
        output.append(UInt8(ascii: ","))
        output.append(contentsOf: String(party).utf8)
        for text in [role, field.rawValue, mention, entityID, entityName, list, alias] {
            output.append(UInt8(ascii: ","))
            Hit.appendCSVField(text, to: &output)
        }
        output.append(UInt8(ascii: ","))
        Hit.appendScore(score, to: &output)
        output.append(UInt8(ascii: ","))
        Hit.appendCSVField(explanation, to: &output)
        output.append(contentsOf: "\r\n".utf8)
    }

    /// This hit as one CSV row, ending in CRLF.
    public var csvRow: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        appendCSVRow(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendCSVField(_ text: String, to output: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { b in
            b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D
        }
        guard needsQuotes else { output.append(contentsOf: utf8); return }
        output.append(UInt8(ascii: "\""))
        for b in utf8 {
            if b == UInt8(ascii: "\"") { output.append(b) }
            output.append(b)
        }
        output.append(UInt8(ascii: "\""))
    }
}
