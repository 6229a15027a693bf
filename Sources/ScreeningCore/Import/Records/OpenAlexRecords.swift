/// OpenAlex works as JSON Lines, as the snapshot (`works/.../part_000.gz`) and the API's
/// `select`-less results give them: one record per work, `openalex:W…`; each authorship a
/// party named `author.display_name` (or `raw_author_name`), with its
/// `raw_affiliation_strings` (and `affiliations[].raw_affiliation_string`) as printed, and
/// the institutions' `display_name` when no printed string already contains it; the
/// country when the authorship has exactly one.
public enum OpenAlexRecords {
    /// Opens an OpenAlex works file for streaming.
    public static func open(_ source: ChunkReader, file: String, onProblem: @escaping (LineProblem) -> Void) -> some RecordSource {
        RecordLines(ValueLinesReader<OpenAlexWork>(source, file: file, onProblem: onProblem)) { $0.record }
    }

    /// The record of one work line.
    static func record(_ s: inout JSONScanner) throws(JSONLineError) -> Record {
        var id: String?, doi: String?, title: String?, date: String?, type: String?
        var parties: [Party] = []
        try s.beginTopObject("an OpenAlex work")
        var first = true
        while let key = try s.nextKey(&first) {
            switch key {
            case "id": id = try s.readScalarText()
            case "doi": doi = try s.readOptionalString()
            case "display_name": title = try s.readOptionalString() ?? title
            case "title":
                let text = try s.readOptionalString()
                if title == nil { title = text }
            case "publication_date": date = try s.readOptionalString()
            case "type": type = try s.readOptionalString()
            case "authorships":
                try s.forEachElement { s throws(JSONLineError) in parties.append(try authorship(&s)) }
            default: try s.skipValue()
            }
        }
        try s.end()
        guard let identifier = id.map(shortID) ?? doi.map({ "doi:" + CrossrefRecords.plainDOI($0) }) else {
            throw JSONLineError("OpenAlex work without an id")
        }
        parties.removeAll { !$0.hasContent }
        guard !parties.isEmpty else { throw JSONLineError("OpenAlex work \(identifier) without authorships: nothing to screen") }
        return Record(id: identifier, kind: type ?? "publication", date: date, title: title, parties: parties)
    }

    /// `https://openalex.org/W2741809807` → `openalex:W2741809807`.
    static func shortID(_ id: String) -> String {
        "openalex:" + (id.split(separator: "/").last.map(String.init) ?? id)
    }

    private static func authorship(_ s: inout JSONScanner) throws(JSONLineError) -> Party {
        var name: String?, rawName: String?
        var printed: [String] = [], institutions: [String] = [], countries: [String] = []
        try s.forEachMember { key, s throws(JSONLineError) in
            switch key {
            case "author":
                try s.forEachMember { key, s throws(JSONLineError) in
                    if key == "display_name" { name = try s.readOptionalString() } else { try s.skipValue() }
                }
            case "raw_author_name": rawName = try s.readOptionalString()
            case "raw_affiliation_strings", "raw_affiliation_string":
                for text in try s.readStrings() { printed.appendDistinct(text) }
            case "affiliations":
                try s.forEachElement { s throws(JSONLineError) in
                    try s.forEachMember { key, s throws(JSONLineError) in
                        if key == "raw_affiliation_string" { printed.appendDistinct(try s.readOptionalString()) } else { try s.skipValue() }
                    }
                }
            case "institutions":
                try s.forEachElement { s throws(JSONLineError) in
                    try s.forEachMember { key, s throws(JSONLineError) in
                        switch key {
                        case "display_name": institutions.appendDistinct(try s.readOptionalString())
                        case "country_code": countries.appendDistinct(try s.readOptionalString()?.uppercased())
                        default: try s.skipValue()
                        }
                    }
                }
            case "countries":
                for country in try s.readStrings() { countries.appendDistinct(country.uppercased()) }
            default: try s.skipValue()
            }
        }
        var affiliations = printed
        for institution in institutions where !printed.contains(where: { $0.localizedCaseInsensitiveContains(institution) }) {
            affiliations.appendDistinct(institution)
        }
        return Party(role: "author", name: name ?? rawName ?? "", affiliations: affiliations,
                     country: countries.count == 1 ? countries[0] : nil)
    }
}

/// One OpenAlex work line read as a canonical record.
public struct OpenAlexWork: JSONLineDecodable {
    /// The record.
    public var record: Record

    public static func decode(jsonLine: ArraySlice<UInt8>, warn: (String) -> Void) throws(JSONLineError) -> OpenAlexWork {
        OpenAlexWork(record: try JSONScanner.scan(jsonLine) { s throws(JSONLineError) in try OpenAlexRecords.record(&s) })
    }
}
