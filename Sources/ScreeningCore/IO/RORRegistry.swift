import Foundation

/// The Research Organization Registry's data dump (schema v2) as listed entities, with the
/// registry's relationships kept apart for linking children to parents later.
///
/// Reads the dump as published: a JSON array (the Zenodo `.json`), JSON Lines, either one
/// gzip-compressed, or a `.zip` holding the `.json`. The form is recognised from the content,
/// not the name. A record that cannot be used (malformed JSON line, no id, no names) is
/// reported as a `LineProblem` and skipped.
public struct RORRegistry: Sendable {
    /// The `list` of every entity read from the registry.
    public static let listName = "ror"

    /// One name of an organisation as the registry gives it.
    public struct Name: Sendable, Hashable {
        /// The name itself.
        public let value: String
        /// ISO 639-1 language code, when the registry states one.
        public let lang: String?
        /// `ror_display`, `label`, `alias` and/or `acronym`.
        public let types: [String]

        /// Creates a name.
        public init(value: String, lang: String?, types: [String]) {
            self.value = value
            self.lang = lang
            self.types = types
        }
    }

    /// A link from one organisation to another.
    public struct Relationship: Sendable, Hashable {
        /// What the target is to the record (ROR's own five kinds).
        public enum Kind: String, Sendable, Hashable {
            /// The target contains the record (a university of a faculty).
            case parent
            /// The target is part of the record.
            case child
            /// Associated without hierarchy (a university hospital).
            case related
            /// The target replaced the record.
            case successor
            /// The record replaced the target.
            case predecessor
        }

        /// The kind of link.
        public let kind: Kind
        /// The target's ROR id URL.
        public let id: String
        /// The target's display name, as the registry repeats it.
        public let label: String?

        /// Creates a link to `id`.
        public init(kind: Kind, id: String, label: String? = nil) {
            self.kind = kind
            self.id = id
            self.label = label
        }
    }

    /// One registry record: the entity, its names with languages, and its relationships.
    public struct Record: Sendable {
        /// id = ROR id URL, name = `ror_display`, aliases = every other name, and each name
        /// without the country ROR appends in brackets (Novo Nordisk (Denmark) → Novo Nordisk).
        public let entity: ListedEntity
        /// Every name with its language and types, in the registry's order.
        public let names: [Name]
        /// Links to other records, in the registry's order (unknown kinds are left out).
        public let relationships: [Relationship]
        /// `active`, `inactive` or `withdrawn`.
        public let status: String
        /// `education`, `funder`, `company`, ...
        public let types: [String]
    }

    /// The records in the dump's order.
    public let records: [Record]
    /// Records reported and skipped (or used with a remark).
    public let problems: [LineProblem]

    /// The records' entities, for an `EntityIndex`.
    public var entities: [ListedEntity] { records.map(\.entity) }

    /// Reads the dump at `path` (`-` for standard input), its records parsed on `threads`
    /// threads.
    /// - Throws: `InputError` when it cannot be read or is none of the recognised forms.
    public init(path: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let name = path == "-" ? "standard input" : path
        var parser = RORDumpParser(file: name, threads: threads)
        try parser.read(try InputFile.open(path))
        records = parser.records
        problems = parser.problems
    }

    /// Reads a dump already in memory (any of the forms, gzip included); `name` is used in reports.
    public init(bytes: [UInt8], name: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        var parser = RORDumpParser(file: name, threads: threads)
        try parser.read(try InputFile.reader(bytes: bytes, name: name))
        records = parser.records
        problems = parser.problems
    }
}

extension InputFile {
    /// A reader over bytes in memory, gunzipped when they are gzip (as `open` does for files).
    fileprivate static func reader(bytes: [UInt8], name: String) throws -> ChunkReader {
        let source = BytesChunkReader(bytes)
        if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B { return try GzipChunkReader(source, name: name) }
        return source
    }
}

/// Bytes already in memory (an archive member, a sniffed head) as a chunk reader.
private final class BytesChunkReader: ChunkReader {
    private let bytes: [UInt8]
    private var position = 0
    private let rest: ChunkReader?

    /// Yields `bytes`, then whatever `rest` yields.
    init(_ bytes: [UInt8], then rest: ChunkReader? = nil) {
        self.bytes = bytes
        self.rest = rest
    }

    func read(maximum: Int) throws -> [UInt8] {
        if position == bytes.count { return try rest?.read(maximum: maximum) ?? [] }
        guard maximum > 0 else { return [] }
        let end = min(bytes.count, position + maximum)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}

/// Recognises the dump's form and parses its records.
private struct RORDumpParser {
    let file: String
    let threads: Int
    var records: [RORRegistry.Record] = []
    var problems: [LineProblem] = []

    init(file: String, threads: Int) {
        self.file = file
        self.threads = threads
    }

    /// Records parsed together on the worker threads, then kept in the dump's order.
    private static let batchSize = 1024

    mutating func read(_ source: ChunkReader) throws {
        // Sniff enough bytes to tell a zip, an array and JSON Lines apart.
        var head: [UInt8] = []
        while head.count < 4096 {
            let chunk = try source.read(maximum: 1 << 16)
            if chunk.isEmpty { break }
            head += chunk
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            try readZip(head + readAll(source))
            return
        }
        try readJSON(BytesChunkReader(head, then: source), file: file)
    }

    private func readAll(_ source: ChunkReader) throws -> [UInt8] {
        var result: [UInt8] = []
        while true {
            let chunk = try source.read(maximum: 1 << 20)
            if chunk.isEmpty { return result }
            result += chunk
        }
    }

    /// A zip from Zenodo holds the v2 `.json` (older ones also a v1 `.json` and a `.csv`).
    private mutating func readZip(_ bytes: [UInt8]) throws {
        let archive = try ZipArchive(bytes: bytes, name: file)
        let jsons = archive.members.filter { $0.name.lowercased().hasSuffix(".json") || $0.name.lowercased().hasSuffix(".jsonl") }
        let chosen = jsons.count == 1 ? jsons.first : jsons.first { $0.name.contains("schema_v2") }
        guard let member = chosen else {
            throw InputError(file: file, reason: jsons.isEmpty ? "the archive holds no .json member"
                : "the archive holds several .json members and none is the schema v2 one: "
                    + jsons.map(\.name).joined(separator: ", "))
        }
        try readJSON(BytesChunkReader(try archive.contents(of: member)), file: "\(file)!\(member.name)")
    }

    private mutating func readJSON(_ source: ChunkReader, file: String) throws {
        var head: [UInt8] = []
        var first: UInt8?
        // The first significant byte says array or lines (a BOM and white space skipped).
        while first == nil {
            let chunk = try source.read(maximum: 1 << 16)
            if chunk.isEmpty { break }
            head += chunk
            var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while i < head.count && JSONScanner.isWhitespace(head[i]) { i += 1 }
            if i < head.count { first = head[i] }
        }
        let whole = BytesChunkReader(head, then: source)
        switch first {
        case UInt8(ascii: "["): try readArray(readAll(whole), file: file)
        case UInt8(ascii: "{"): try readLines(whole, file: file)
        case nil: return
        default: throw InputError(file: file, reason: "not a ROR dump: neither a JSON array nor JSON Lines")
        }
    }

    /// Lines are read here and parsed a batch at a time on the worker threads: parsing took
    /// most of the ROR dump's load on one thread (callgrind of `index-benchmark`).
    private mutating func readLines(_ source: ChunkReader, file: String) throws {
        let lines = JSONLinesReader(source)
        var batch: [(item: ArraySlice<UInt8>, line: Int)] = []
        batch.reserveCapacity(Self.batchSize)
        func parseBatch() {
            addParsed(batch, file: file) { bytes in
                bytes.withUnsafeBufferPointer { buffer in
                    var scanner = JSONScanner(buffer)
                    return Result { () throws(JSONLineError) in
                        let fields = try RORRecordFields(scanning: &scanner)
                        try scanner.end()
                        return fields
                    }
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        while let element = try lines.next() {
            switch element {
            case .tooLong(let number, let length):
                // Reported in line order: after the lines before it.
                parseBatch()
                problems.append(LineProblem(file: file, line: number,
                                            reason: "line of \(length) bytes is longer than the limit of \(lines.maximumLineLength)"))
            case .line(let number, let bytes):
                batch.append((bytes, number))
                if batch.count >= Self.batchSize { parseBatch() }
            }
        }
        parseBatch()
    }

    /// The array is scanned in place; each element is syntax-checked before it is parsed, so
    /// a record missing a field is skipped, while broken JSON ends the reading (with a report).
    private mutating func readArray(_ bytes: [UInt8], file: String) throws {
        bytes.withUnsafeBufferPointer { buffer in
            var s = JSONScanner(buffer)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { s.position = 3 }
            var line = 1, counted = 0
            func lineAt(_ offset: Int) -> Int {
                while counted < offset { if buffer[counted] == 0x0A { line += 1 }; counted += 1 }
                return line
            }
            // Elements found here (a syntax check finds where each ends), parsed a batch at a
            // time on the worker threads, as a dump's lines are.
            var pending: [(item: Range<Int>, line: Int)] = []
            func parsePending() {
                nonisolated(unsafe) let whole = buffer
                addParsed(pending, file: file) { range in
                    var element = JSONScanner(UnsafeBufferPointer(rebasing: whole[range]))
                    return Result { () throws(JSONLineError) in try RORRecordFields(scanning: &element) }
                }
                pending.removeAll(keepingCapacity: true)
            }
            func stop(_ error: JSONLineError, _ index: Int) {
                parsePending()
                problems.append(LineProblem(file: file, line: lineAt(min(s.position, buffer.count)),
                                            reason: "\(error.reason) in element \(index + 1) of the array; the rest of the file cannot be read"))
            }
            s.position += 1
            s.skipWhitespace()
            if s.peek() == UInt8(ascii: "]") { return }
            var index = 0
            while true {
                s.skipWhitespace()
                let start = s.position
                var probe = s
                do throws(JSONLineError) { try probe.skipValue() } catch { stop(error, index); return }
                pending.append((start..<probe.position, lineAt(start)))
                if pending.count >= Self.batchSize { parsePending() }
                s = probe
                index += 1
                let next = s.peek()
                s.position += 1
                if next == UInt8(ascii: "]") { break }
                guard next == UInt8(ascii: ",") else {
                    s.position -= 1
                    stop(s.error("expected ',' or ']'"), index)
                    return
                }
            }
            parsePending()
            do throws(JSONLineError) { try s.end() } catch {
                problems.append(LineProblem(file: file, line: lineAt(s.position), reason: "\(error.reason) after the array", lineSkipped: false))
            }
        }
    }

    /// Scans `items` (a line's bytes, an array element's range) on the worker threads and
    /// adds their records, or their problems at their lines, in order.
    private mutating func addParsed<Item: Sendable>(_ items: [(item: Item, line: Int)], file: String,
                                                    _ scan: @Sendable (Item) -> Result<RORRecordFields, JSONLineError>) {
        let parsed = ParallelMap.map(items.map(\.item), threads: threads) { Self.converted(scan($0)) }
        for (item, result) in zip(items, parsed) { add(result, file: file, line: item.line) }
    }

    /// A record scanned, made into the registry's record (with a remark, when it has one).
    private static func converted(_ scanned: Result<RORRecordFields, JSONLineError>)
        -> Result<(record: RORRegistry.Record, remark: String?), JSONLineError> {
        scanned.flatMap { fields in Result { () throws(JSONLineError) in try fields.record() } }
    }

    private mutating func add(_ result: Result<(record: RORRegistry.Record, remark: String?), JSONLineError>, file: String, line: Int) {
        switch result {
        case .failure(let error):
            problems.append(LineProblem(file: file, line: line, reason: error.reason))
        case .success(let (record, remark)):
            if let remark { problems.append(LineProblem(file: file, line: line, reason: remark, lineSkipped: false)) }
            records.append(record)
        }
    }
}

/// The members of one v2 record the importer uses, as scanned.
private struct RORRecordFields {
    var id: String?
    var names: [RORRegistry.Name] = []
    var country: String?
    /// The seat's country as GeoNames names it (Denmark), for the qualifiers ROR adds to names.
    var countryName: String?
    /// The seat's city as GeoNames names it (Frankfurt am Main).
    var city: String?
    var relationships: [RORRegistry.Relationship] = []
    var status = "active"
    var types: [String] = []

    init(scanning s: inout JSONScanner) throws(JSONLineError) {
        try s.beginTopObject("a ROR record")
        var first = true
        while let key = try s.nextKey(&first) {
            switch key {
            case "id": id = try s.readOptionalString()
            case "status": status = try s.readOptionalString() ?? "active"
            case "types": types = try s.readStringArray()
            case "names":
                try s.readObjects { (s: inout JSONScanner) throws(JSONLineError) in
                    var value: String?, lang: String?, types: [String] = []
                    try s.readMembers { (key: String, s: inout JSONScanner) throws(JSONLineError) in
                        switch key {
                        case "value": value = try s.readOptionalString()
                        case "lang": lang = try s.readOptionalString()
                        case "types": types = try s.readStringArray()
                        default: try s.skipValue()
                        }
                    }
                    if let value, !JSONScanner.isBlank(value) { names.append(.init(value: value, lang: lang, types: types)) }
                }
            case "locations":
                try s.readObjects { (s: inout JSONScanner) throws(JSONLineError) in
                    try s.readMembers { (key: String, s: inout JSONScanner) throws(JSONLineError) in
                        guard key == "geonames_details" else { try s.skipValue(); return }
                        var code: String?, name: String?, cityName: String?
                        try s.readMembers { (key: String, s: inout JSONScanner) throws(JSONLineError) in
                            switch key {
                            case "country_code": code = try s.readOptionalString()
                            case "country_name": name = try s.readOptionalString()
                            case "name": cityName = try s.readOptionalString()
                            default: try s.skipValue()
                            }
                        }
                        // The first location is the organisation's seat.
                        if country == nil, let code, !code.isEmpty {
                            (country, countryName) = (code, name)
                            if let cityName, !JSONScanner.isBlank(cityName) { city = cityName }
                        }
                    }
                }
            case "relationships":
                try s.readObjects { (s: inout JSONScanner) throws(JSONLineError) in
                    var type: String?, target: String?, label: String?
                    try s.readMembers { (key: String, s: inout JSONScanner) throws(JSONLineError) in
                        switch key {
                        case "type": type = try s.readOptionalString()
                        case "id": target = try s.readOptionalString()
                        case "label": label = try s.readOptionalString()
                        default: try s.skipValue()
                        }
                    }
                    if let kind = type.flatMap({ RORRegistry.Relationship.Kind(rawValue: $0.lowercased()) }), let target {
                        relationships.append(.init(kind: kind, id: target, label: label))
                    }
                }
            default: try s.skipValue()
            }
        }
    }

    /// A name without the seat's country that ROR appends in brackets to tell a company's
    /// national branches apart (Novo Nordisk (Denmark)): affiliations write "Novo Nordisk".
    /// Nil when the name has no such qualifier.
    func unqualified(_ name: String) -> String? {
        guard let countryName, !countryName.isEmpty, name.hasSuffix(" (\(countryName))") else { return nil }
        let stem = name.dropLast(countryName.count + 3).trimmingCharacters(in: .whitespaces)
        return stem.isEmpty ? nil : stem
    }

    /// The record, and a remark when it was usable only by a fallback.
    func record() throws(JSONLineError) -> (RORRegistry.Record, String?) {
        guard let id, !JSONScanner.isBlank(id) else { throw JSONLineError("ROR record without an id") }
        guard !names.isEmpty else { throw JSONLineError("ROR record \(id) without names") }
        var remark: String?
        var display = names.first { $0.types.contains("ror_display") }
        if display == nil {
            // Schema v1 records and damaged ones have no display name: a label stands in.
            display = names.first { $0.types.contains("label") } ?? names[0]
            remark = "ROR record \(id) has no ror_display name; \u{201C}\(display!.value)\u{201D} used instead"
        }
        var seen: Set<String> = [display!.value]
        let aliases = names.flatMap { [$0.value, unqualified($0.value)].compactMap { $0 } }.filter { seen.insert($0).inserted }
        let remarks = (types + (status == "active" ? [] : [status]) + (city.map { [RORRegistry.seatRemark($0)] } ?? []))
            .joined(separator: "; ")
        let entity = ListedEntity(id: id, list: RORRegistry.listName, kind: .organization, name: display!.value,
                                  aliases: aliases, country: country, remarks: remarks.isEmpty ? nil : remarks)
        return (RORRegistry.Record(entity: entity, names: names, relationships: relationships, status: status, types: types), remark)
    }
}

extension JSONScanner {
    /// Calls `element` for each object of an array (null reads as empty); the callback
    /// consumes exactly one object.
    fileprivate mutating func readObjects(_ element: (inout JSONScanner) throws(JSONLineError) -> Void) throws(JSONLineError) {
        if readNull() { return }
        try expect(UInt8(ascii: "["), "an array")
        if peek() == UInt8(ascii: "]") { position += 1; return }
        while true {
            try element(&self)
            let b = peek()
            position += 1
            if b == UInt8(ascii: "]") { return }
            guard b == UInt8(ascii: ",") else { position -= 1; throw error("expected ',' or ']'") }
        }
    }

    /// Calls `member` with each key of an object (null reads as empty); the callback
    /// consumes the member's value.
    fileprivate mutating func readMembers(_ member: (String, inout JSONScanner) throws(JSONLineError) -> Void) throws(JSONLineError) {
        if readNull() { return }
        try expect(UInt8(ascii: "{"), "an object")
        var first = true
        while let key = try nextKey(&first) { try member(key, &self) }
    }
}
