import Foundation

/// A list as one JSON document rather than JSON Lines: an array of entries, or an object
/// holding them in `entities`, as the public repository the US lists come from publishes
/// them (`lists/us/*.json`: `{"list_id": "bis-entity-list", "source_file": ..., "entities":
/// [{"name", "aliases", "country", "address", "status", "effective_date", "federal_register",
/// "notes"}]}`).
///
/// An entry with an `id` is a canonical listed entity (FORMATS.md). One without is the
/// repository's, read as its JSON Lines conversion (`lists/us/*.jsonl`) has it, so that
/// either file gives the same ids and a list version's content hashes do not change with
/// the file chosen: id `LIST:N` (N counting the document's entries from 1), the country's
/// name as its ISO code (`CountryNames`), remarks the country as printed, the address and
/// the Federal Register citation. An entry without a name is reported with its line and
/// skipped; a document that is not JSON cannot be read at all.
public enum ListDocument {
    /// Whether a file whose first bytes are `head` is such a document: it opens an array,
    /// its first line opens an object and holds nothing else (pretty-printed), or its first
    /// line opens an `entities` array (the whole document on one line).
    static func recognises(head: [UInt8]) -> Bool {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count && JSONScanner.isWhitespace(head[start]) { start += 1 }
        guard start < head.count else { return false }
        if head[start] == UInt8(ascii: "[") { return true }
        guard head[start] == UInt8(ascii: "{") else { return false }
        let lineEnd = head[start...].firstIndex(of: 0x0A) ?? head.count
        let firstLine = String(decoding: head[start..<lineEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return firstLine == "{" || firstLine.range(of: #""entities"\s*:\s*\["#, options: .regularExpression) != nil
    }

    /// Reads the document `input` holds; `file` names it in reports and, without a
    /// `list_id`, gives the list its name.
    /// - Throws: `InputError` when it is not a JSON array or object of entries.
    static func read(_ input: ChunkReader, file: String, onProblem: (LineProblem) -> Void) throws -> [ListedEntity] {
        let bytes = try wholeDocument(input, file: file)
        var listID: String?
        var entries: [(offset: Int, fields: Fields?)] = []
        var failedAt = 0
        do throws(JSONLineError) {
            try JSONScanner.scan(bytes[...]) { s throws(JSONLineError) in
                do throws(JSONLineError) {
                    switch s.peek() {
                    case UInt8(ascii: "["):
                        try readEntries(&s, into: &entries)
                    case UInt8(ascii: "{"):
                        try s.forEachMember { key, s throws(JSONLineError) in
                            switch key {
                            case "list_id": listID = try s.readScalarText()
                            case "entities": try readEntries(&s, into: &entries)
                            default: try s.skipValue()
                            }
                        }
                    default:
                        throw s.error("expected an array of list entries or an object with an \"entities\" array")
                    }
                } catch {
                    failedAt = s.position
                    throw error
                }
            }
        } catch {
            throw InputError(file: file, reason: "a JSON list document, malformed at line \(line(of: failedAt, in: bytes)): \(error.reason)")
        }
        let list = listID.flatMap { JSONScanner.isBlank($0) ? nil : $0 } ?? fileStem(file)
        var entities: [ListedEntity] = []
        var lineCounter = (offset: 0, line: 1)
        for (index, entry) in entries.enumerated() {
            guard let fields = entry.fields, let name = fields.name, !JSONScanner.isBlank(name) else {
                lineCounter = advance(lineCounter, to: entry.offset, in: bytes)
                let what = entry.fields == nil ? "is not an object" : "has no name"
                onProblem(LineProblem(file: file, line: lineCounter.line, reason: "list entry \(index + 1) \(what)", unit: "entry"))
                continue
            }
            entities.append(fields.entity(name: name, position: index + 1, list: list))
        }
        return entities
    }

    /// The members of an entry this reader knows, as written.
    private struct Fields {
        var id: String?, list: String?, kind: String?, name: String?, aliases: [String] = []
        var country: String?, remarks: String?, address: String?, federalRegister: String?

        /// The entry as a listed entity: canonical when it has an id, else the repository's
        /// (see `ListDocument`).
        func entity(name: String, position: Int, list documentList: String) -> ListedEntity {
            let country = self.country.flatMap { JSONScanner.isBlank($0) ? nil : $0 }
            let aliases = self.aliases.filter { !JSONScanner.isBlank($0) }
            let kind = kind.flatMap(ListedEntity.Kind.init(rawValue:)) ?? .unknown
            if let id, !JSONScanner.isBlank(id) {
                return ListedEntity(id: id, list: list ?? documentList, kind: kind, name: name, aliases: aliases,
                                    country: country.flatMap(CountryNames.code), remarks: remarks)
            }
            let remarks = [country, address, federalRegister].compactMap { $0 }.filter { !JSONScanner.isBlank($0) }.joined(separator: "; ")
            let list = self.list ?? documentList
            return ListedEntity(id: "\(list):\(position)", list: list, kind: kind, name: name, aliases: aliases,
                                country: country.flatMap(CountryNames.code), remarks: remarks.isEmpty ? nil : remarks)
        }
    }

    /// The entries of the array that comes next, each with its byte offset; an element that
    /// is not an object is kept as nil, to be reported.
    private static func readEntries(_ s: inout JSONScanner, into entries: inout [(offset: Int, fields: Fields?)]) throws(JSONLineError) {
        try s.forEachElement { s throws(JSONLineError) in
            _ = s.peek()
            let offset = s.position
            guard s.peek() == UInt8(ascii: "{") else {
                try s.skipValue()
                entries.append((offset, nil))
                return
            }
            var fields = Fields()
            try s.forEachMember { key, s throws(JSONLineError) in
                switch key {
                case "id": fields.id = try s.readScalarText()
                case "list": fields.list = try s.readScalarText()
                case "kind": fields.kind = try s.readScalarText()
                case "name": fields.name = try s.readScalarText()
                case "aliases": fields.aliases = try s.readStrings()
                case "country": fields.country = try s.readScalarText()
                case "remarks": fields.remarks = try s.readScalarText()
                case "address": fields.address = try s.readScalarText()
                case "federal_register": fields.federalRegister = try s.readScalarText()
                default: try s.skipValue()
                }
            }
            entries.append((offset, fields))
        }
    }

    /// Lists are documents of a few megabytes; a gigabyte is not a list.
    static let maximumLength = 1 << 30

    private static func wholeDocument(_ input: ChunkReader, file: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = try input.read(maximum: 1 << 20)
            if chunk.isEmpty { return bytes }
            bytes += chunk
            if bytes.count > maximumLength {
                throw InputError(file: file, reason: "a JSON list document longer than \(maximumLength >> 20) MiB; write it as JSON Lines (FORMATS.md)")
            }
        }
    }

    /// The 1-based line of a byte offset.
    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        advance((0, 1), to: offset, in: bytes).line
    }

    /// Counts lines on from an offset already counted to a later one.
    private static func advance(_ counted: (offset: Int, line: Int), to offset: Int, in bytes: [UInt8]) -> (offset: Int, line: Int) {
        let end = min(offset, bytes.count)
        guard end > counted.offset else { return counted }
        return (end, counted.line + bytes[counted.offset..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
    }

    /// `lists/us/bis_dpl.json.gz` → `bis_dpl`.
    private static func fileStem(_ file: String) -> String {
        var name = (file as NSString).lastPathComponent
        for suffix in [".gz", ".json"] where name.lowercased().hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }
}
