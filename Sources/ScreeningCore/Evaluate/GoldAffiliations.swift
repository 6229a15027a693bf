import Foundation

/// One affiliation string of a gold file with the ROR ids it names.
public struct GoldAffiliation: Sendable, Hashable {
    /// The affiliation as printed.
    public let text: String
    /// The ROR id URLs (`https://ror.org/...`) the annotators assigned.
    public let expected: Set<String>
    /// Labels that are organisation names rather than ROR ids (S2AFF names organisations
    /// ROR did not hold): they can never be matched, so they are kept apart for the report.
    public let unresolvedLabels: [String]
    /// `crossref` or `s2aff`.
    public let source: String
    /// `train` or `val` (S2AFF); nil when the file has no split.
    public let split: String?
    /// Line of the file where the row starts.
    public let line: Int

    /// Creates a gold row.
    public init(text: String, expected: Set<String>, unresolvedLabels: [String] = [], source: String,
                split: String? = nil, line: Int = 0) {
        self.text = text
        self.expected = expected
        self.unresolvedLabels = unresolvedLabels
        self.source = source
        self.split = split
        self.line = line
    }
}

/// The development gold files of affiliation → ROR matching, recognised from their header:
/// Crossref's (`affiliation,ror_id`: one id a publisher assigned) and S2AFF's
/// (`original_affiliation,original_labels_correct,labels,split`: a Python set literal of ids).
public struct GoldAffiliations: Sendable {
    /// The usable rows in file order.
    public let affiliations: [GoldAffiliation]
    /// Rows reported and skipped (no text, no id, a label set that does not parse).
    public let problems: [LineProblem]

    /// Reads the gold file at `path` (gzip accepted).
    /// - Throws: `InputError` when it cannot be read or its header is neither known form.
    public init(path: String) throws {
        let rows = CSVRows(try InputFile.open(path), file: path)
        guard let header = try rows.next()?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw InputError(file: path, reason: "empty file: no header row")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        var affiliations: [GoldAffiliation] = []
        var problems: [LineProblem] = []
        func report(_ line: Int, _ reason: String) { problems.append(LineProblem(file: path, line: line, reason: reason)) }

        if let text = column("affiliation"), let id = column("ror_id") {
            while let row = try rows.next() {
                guard let affiliation = Self.field(row, text), !affiliation.isEmpty else { report(row.line, "no affiliation"); continue }
                guard let ror = Self.field(row, id).flatMap(Self.rorURL) else { report(row.line, "no ROR id"); continue }
                affiliations.append(GoldAffiliation(text: affiliation, expected: [ror], source: "crossref", line: row.line))
            }
        } else if let text = column("original_affiliation"), let labels = column("labels") {
            let split = column("split")
            while let row = try rows.next() {
                guard let affiliation = Self.field(row, text).map(Self.unescapingWhitespace), !affiliation.isEmpty else {
                    report(row.line, "no affiliation")
                    continue
                }
                guard let values = Self.field(row, labels).flatMap(Self.pythonStringSet) else {
                    report(row.line, "labels are not a Python set of strings: \(Self.field(row, labels) ?? "missing")")
                    continue
                }
                let ids = values.compactMap(Self.rorURL)
                affiliations.append(GoldAffiliation(
                    text: affiliation, expected: Set(ids), unresolvedLabels: values.filter { Self.rorURL($0) == nil },
                    source: "s2aff", split: split.flatMap { Self.field(row, $0) }.flatMap { $0.isEmpty ? nil : $0 },
                    line: row.line))
            }
        } else {
            throw InputError(file: path, reason: "unknown gold file: the header \(header.joined(separator: ",")) "
                + "has neither affiliation,ror_id nor original_affiliation,labels")
        }
        problems.append(contentsOf: rows.problems)
        self.affiliations = affiliations
        self.problems = problems
    }

    private static func field(_ row: CSVRows.Row, _ index: Int) -> String? {
        index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// S2AFF's strings write tabs and line breaks as `#TAB#` and `#N#` (148 of its 1,720):
    /// read as spaces, not as a word "tab" that lowers every score the string gets.
    static func unescapingWhitespace(_ text: String) -> String {
        text.replacingOccurrences(of: "#TAB#", with: " ").replacingOccurrences(of: "#N#", with: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A ROR id URL, or a bare 9-character ROR id made into one; nil for anything else.
    static func rorURL(_ text: String) -> String? {
        let value = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["https://ror.org/", "http://ror.org/"] where value.hasPrefix(prefix) {
            let id = value.dropFirst(prefix.count)
            return id.isEmpty ? nil : "https://ror.org/" + id
        }
        let isBareID = value.count == 9 && value.first == "0"
            && value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return isBareID ? "https://ror.org/" + value : nil
    }

    /// The strings of a Python set (or list) literal, `{'a', "b's"}`; `set()` is empty.
    /// Nil when the text is not such a literal.
    static func pythonStringSet(_ text: String) -> [String]? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        if String(String.UnicodeScalarView(scalars)) == "set()" { return [] }
        guard let open = scalars.first, let close = scalars.last, scalars.count >= 2,
              (open == "{" && close == "}") || (open == "[" && close == "]") else { return nil }
        var result: [String] = []
        var i = 1
        let end = scalars.count - 1
        func skipSpaces() { while i < end && scalars[i].properties.isWhitespace { i += 1 } }
        skipSpaces()
        if i == end { return [] }
        while true {
            skipSpaces()
            guard i < end, scalars[i] == "'" || scalars[i] == "\"" else { return nil }
            let quote = scalars[i]
            i += 1
            var value = String.UnicodeScalarView()
            while i < end && scalars[i] != quote {
                // Python escapes a backslash or the quote with a backslash.
                if scalars[i] == "\\" && i + 1 < end { i += 1 }
                value.append(scalars[i])
                i += 1
            }
            guard i < end else { return nil }
            i += 1
            result.append(String(value))
            skipSpaces()
            if i == end { return result }
            guard scalars[i] == "," else { return nil }
            i += 1
        }
    }
}
