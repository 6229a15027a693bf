/// Streams `ListedEntity` values from a JSON Lines list file (FORMATS.md): a line without
/// `id` or `name`, malformed or over-long, is reported and skipped.
public typealias ListedEntityReader = ValueLinesReader<ListedEntity>

extension ListedEntity: JSONLineDecodable {
    public static func decode(jsonLine: ArraySlice<UInt8>, warn: (String) -> Void) throws(JSONLineError) -> ListedEntity {
        try ListedEntity(jsonLine: jsonLine)
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
