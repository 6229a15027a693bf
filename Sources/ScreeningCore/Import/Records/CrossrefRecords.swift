/// Crossref works as the REST API gives them: one work (`{"message": {...}}` or the bare
/// work) or a page of them (`{"message": {"items": [...]}}`, and the snapshot's
/// `{"items": [...]}`), streamed one work at a time. Each work a record `doi:…`; each
/// `author` a party named "given family" (or `name`, for an organisation), with every
/// `affiliation[].name`.
public final class CrossrefRecords: RecordSource {
    /// The file name used in reports.
    public let file: String
    private let splitter: JSONItemsSplitter
    private let onProblem: (LineProblem) -> Void
    private var finished = false

    /// Reads from `source`; `file` names it in reports.
    public init(_ source: ChunkReader, file: String, onProblem: @escaping (LineProblem) -> Void) {
        self.file = file
        self.splitter = JSONItemsSplitter(source)
        self.onProblem = onProblem
    }

    public func next() throws -> Record? {
        while let item = try splitter.next() {
            do throws(JSONLineError) {
                return try JSONScanner.scan(item.bytes[...]) { s throws(JSONLineError) in try CrossrefRecords.work(&s) }
            } catch {
                report(item.line, "Crossref work \(item.index) of items (byte offset \(item.offset)): \(error.reason)")
            }
        }
        guard !finished else { return nil }
        finished = true
        if splitter.oversized > 0 {
            report(1, "Crossref: \(splitter.oversized) work(s) longer than the limit of the reader, skipped")
        }
        if splitter.foundItems { return nil }
        guard let whole = splitter.wholeDocument, !whole.isEmpty else {
            report(1, "Crossref: no items array, and the document is too large to read as a single work")
            return nil
        }
        do throws(JSONLineError) {
            return try JSONScanner.scan(whole[...]) { s throws(JSONLineError) in try CrossrefRecords.single(&s) }
        } catch {
            report(1, "Crossref work: \(error.reason)")
            return nil
        }
    }

    private func report(_ line: Int, _ reason: String) {
        onProblem(LineProblem(file: file, line: line, reason: reason, lineSkipped: true, unit: "document"))
    }

    /// `{"status": "ok", "message-type": "work", "message": {...}}`, or the work itself.
    static func single(_ s: inout JSONScanner) throws(JSONLineError) -> Record {
        let start = s.position
        var record: Record?
        try s.forEachMember { key, s throws(JSONLineError) in
            if key == "message" { record = try work(&s) } else { try s.skipValue() }
        }
        if let record { return record }
        s.position = start
        return try work(&s)
    }

    /// One work object.
    static func work(_ s: inout JSONScanner) throws(JSONLineError) -> Record {
        var doi: String?, title: String?, type: String?, date: String?, fallbackDate: String?
        var parties: [Party] = []
        try s.forEachMember { key, s throws(JSONLineError) in
            switch key {
            case "DOI": doi = try s.readOptionalString()
            case "title": title = try s.readStrings().first
            case "type": type = try s.readOptionalString()
            case "published", "published-print", "published-online":
                let value = try dateParts(&s)
                if date == nil || key == "published" { date = value ?? date }
            case "issued", "created": fallbackDate = try dateParts(&s) ?? fallbackDate
            case "author":
                try s.forEachElement { s throws(JSONLineError) in parties.append(try author(&s)) }
            default: try s.skipValue()
            }
        }
        guard let doi, !JSONScanner.isBlank(doi) else { throw JSONLineError("work without a DOI") }
        parties.removeAll { !$0.hasContent }
        guard !parties.isEmpty else { throw JSONLineError("work \(doi) without authors: nothing to screen") }
        return Record(id: "doi:" + plainDOI(doi), kind: type ?? "publication", date: date ?? fallbackDate, title: title, parties: parties)
    }

    private static func author(_ s: inout JSONScanner) throws(JSONLineError) -> Party {
        var given: String?, family: String?, name: String?
        var affiliations: [String] = []
        try s.forEachMember { key, s throws(JSONLineError) in
            switch key {
            case "given": given = try s.readOptionalString()
            case "family": family = try s.readOptionalString()
            case "name": name = try s.readOptionalString()
            case "affiliation":
                try s.forEachElement { s throws(JSONLineError) in
                    try s.forEachMember { key, s throws(JSONLineError) in
                        if key == "name" { affiliations.appendDistinct(try s.readOptionalString()) } else { try s.skipValue() }
                    }
                }
            default: try s.skipValue()
            }
        }
        let personal = [given, family].compactMap { $0 }.filter { !JSONScanner.isBlank($0) }.joined(separator: " ")
        return Party(role: "author", name: personal.isEmpty ? (name ?? "") : personal, affiliations: affiliations)
    }

    /// `{"date-parts": [[2015, 9, 11]]}` → `2015-09-11`.
    private static func dateParts(_ s: inout JSONScanner) throws(JSONLineError) -> String? {
        var parts: [String] = []
        try s.forEachMember { key, s throws(JSONLineError) in
            guard key == "date-parts" else { try s.skipValue(); return }
            try s.forEachElement { s throws(JSONLineError) in
                var these: [String] = []
                try s.forEachElement { s throws(JSONLineError) in if let t = try s.readScalarText() { these.append(t) } }
                if parts.isEmpty { parts = these }
            }
        }
        guard let year = parts.first, Int(year) != nil else { return nil }
        return ([year] + parts.dropFirst().prefix(2).map { $0.count == 1 ? "0" + $0 : $0 }).joined(separator: "-")
    }

    /// `https://doi.org/10.1000/X` → `10.1000/x` (DOIs are case-insensitive).
    static func plainDOI(_ doi: String) -> String {
        var text = doi.trimmingPrefix("https://doi.org/").trimmingPrefix("http://dx.doi.org/")
        if text.lowercased().hasPrefix("doi:") { text = text.dropFirst(4) }
        return text.lowercased()
    }
}

private extension StringProtocol {
    func trimmingPrefix(_ prefix: String) -> Substring {
        let s = Substring(self)
        return s.lowercased().hasPrefix(prefix) ? s.dropFirst(prefix.count) : s
    }
}
