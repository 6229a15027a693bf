/// USPTO patent full text, every era of the bulk files: the 1976-2001 ST.32 `PATDOC`
/// markup (B-coded SGML as XML), 2001-2004 `patent-application-publication`, and the
/// 2004-today `us-patent-grant` / `us-patent-application`. One record per patent,
/// `us-patent:NUMBER` (leading zeros dropped); inventors are parties with their city and
/// country, assignees and applicants are organisation (or person) parties. A bulk file of
/// many concatenated `<?xml` documents yields them all, one at a time.
public enum USPTORecords {
    /// The format for `XMLRecords`.
    public static let format = XMLRecordFormat(
        name: "USPTO patent XML",
        documentNames: ["us-patent-grant", "us-patent-application", "patent-application-publication", "PATDOC"],
        skippedElements: ["description", "claims", "abstract", "drawings", "us-sequence-list-doc", "us-references-cited",
                          "references-cited", "subdoc-description", "subdoc-claims", "subdoc-abstract", "subdoc-drawings",
                          "SDODE", "SDOCL", "SDOAB", "SDODR", "B560"],
        record: { root throws(RecordMappingError) in try record(root) })

    /// Opens a USPTO file for streaming.
    public static func open(_ source: ChunkReader, file: String, onProblem: @escaping (LineProblem) -> Void) -> XMLRecords {
        XMLRecords(source, file: file, format: format, onProblem: onProblem)
    }

    /// The record of one patent document; nil when it names nobody.
    static func record(_ root: XMLElement) throws(RecordMappingError) -> Record? {
        let parsed: (number: String?, kind: String?, date: String?, title: String?, parties: [Party])
        switch root.name {
        case "PATDOC": parsed = patdoc(root)
        case "patent-application-publication": parsed = applicationPublication(root)
        default: parsed = current(root)
        }
        guard let number = parsed.number.map(plainNumber), !number.isEmpty else {
            throw RecordMappingError("patent without a document number")
        }
        let parties = parsed.parties.filter(\.hasContent)
        if parties.isEmpty { return nil }
        let isApplication = root.name.contains("application") || (parsed.kind?.hasPrefix("A") ?? false)
        return Record(id: "us-patent:\(number)", kind: isApplication ? "patent-application" : "patent",
                      date: parsed.date.map(isoDate), title: parsed.title, parties: parties)
    }

    // MARK: 2004-today: us-patent-grant, us-patent-application

    private static func current(_ root: XMLElement) -> (String?, String?, String?, String?, [Party]) {
        let bib = root.child("us-bibliographic-data-grant") ?? root.child("us-bibliographic-data-application") ?? root
        let id = bib.first("publication-reference/document-id")
        var parties: [Party] = []
        let container = bib.child("us-parties") ?? bib.child("parties")
        for applicant in (container?.all("us-applicants/us-applicant") ?? []) + (container?.all("applicants/applicant") ?? []) {
            // 2004-2011 files list the inventors as "applicant-inventor" applicants.
            let role = applicant.attribute("app-type") == "applicant-inventor" ? "inventor" : "applicant"
            parties.append(addressbookParty(applicant, role: role))
        }
        for inventor in container?.all("inventors/inventor") ?? [] { parties.append(addressbookParty(inventor, role: "inventor")) }
        for assignee in bib.all("assignees/assignee") { parties.append(addressbookParty(assignee, role: "assignee")) }
        // Since 2013 inventors and assignees are also listed as applicants: one party each.
        let others = Set(parties.filter { $0.role != "applicant" }.map { $0.name.lowercased() })
        parties.removeAll { $0.role == "applicant" && others.contains($0.name.lowercased()) }
        return (id?.text("doc-number"), id?.text("kind"), id?.text("date"), bib.text("invention-title"), parties)
    }

    private static func addressbookParty(_ element: XMLElement, role: String) -> Party {
        let book = element.child("addressbook") ?? element
        let name = book.text("orgname")
            ?? [book.text("first-name"), book.text("middle-name"), book.text("last-name"), book.text("suffix")]
                .compactMap { $0 }.joined(separator: " ")
        let country = book.text("address/country") ?? element.text("residence/country")
        return Party(role: role, name: name, country: countryCode(country), city: book.text("address/city"))
    }

    // MARK: 2001-2004: patent-application-publication

    private static func applicationPublication(_ root: XMLElement) -> (String?, String?, String?, String?, [Party]) {
        let bib = root.child("subdoc-bibliographic-information") ?? root
        let id = bib.child("document-id")
        var parties: [Party] = []
        for inventor in bib.child("inventors")?.elements ?? [] where inventor.name.hasSuffix("inventor") {
            let name = [inventor.text("name/given-name"), inventor.text("name/middle-name"), inventor.text("name/family-name"),
                        inventor.text("name/name-suffix")].compactMap { $0 }.joined(separator: " ")
            let us = inventor.first("residence/residence-us"), nonUS = inventor.first("residence/residence-non-us")
            let residence = us ?? nonUS
            let country = residence?.text("country-code") ?? (us != nil ? "US" : nil)
            parties.append(Party(role: "inventor", name: name, country: countryCode(country), city: residence?.text("city")))
        }
        for assignee in bib.children("assignee") {
            let name = assignee.text("organization-name")
                ?? [assignee.text("name/given-name"), assignee.text("name/family-name")].compactMap { $0 }.joined(separator: " ")
            parties.append(Party(role: "assignee", name: name, country: countryCode(assignee.text("address/country/country-code")),
                                 city: assignee.text("address/city")))
        }
        return (id?.text("doc-number"), id?.text("kind-code"), id?.text("document-date"),
                bib.text("technical-information/title-of-invention"), parties)
    }

    // MARK: 1976-2001: ST.32 PATDOC

    private static func patdoc(_ root: XMLElement) -> (String?, String?, String?, String?, [Party]) {
        let bib = root.child("SDOBI") ?? root
        var parties: [Party] = []
        for inventor in bib.all("B700/B720/B721") { parties.append(patdocParty(inventor, role: "inventor")) }
        for assignee in bib.all("B700/B730/B731") { parties.append(patdocParty(assignee, role: "assignee")) }
        return (bib.text("B100/B110"), bib.text("B100/B130"), bib.text("B100/B140"), bib.text("B500/B540"), parties)
    }

    private static func patdocParty(_ element: XMLElement, role: String) -> Party {
        let party = element.elements.first { $0.name.hasPrefix("PARTY") } ?? element
        let name = party.text("NAM/ONM")
            ?? [party.text("NAM/FNM"), party.text("NAM/SNM"), party.text("NAM/SFX")].compactMap { $0 }.joined(separator: " ")
        // US addresses give a state and no country.
        let country = party.text("ADR/CTRY") ?? (party.text("ADR/STATE") != nil ? "US" : nil)
        return Party(role: role, name: name, country: countryCode(country), city: party.text("ADR/CITY"))
    }

    // MARK: values

    /// An ISO 3166-1 alpha-2 code, or nil for "unknown" and the like.
    static func countryCode(_ text: String?) -> String? {
        guard let text, text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return text.uppercased()
    }

    /// `06859910` → `6859910`, `D0435854` → `D435854`; spaces and slashes dropped.
    static func plainNumber(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace && $0 != "/" && $0 != "," }
        let prefix = compact.prefix { $0.isLetter }
        let digits = compact.dropFirst(prefix.count)
        let trimmed = digits.drop { $0 == "0" }
        return String(prefix) + (trimmed.isEmpty ? String(digits) : String(trimmed))
    }

    /// `20050222` → `2005-02-22`; anything else as given.
    static func isoDate(_ text: String) -> String {
        let digits = Array(text)
        guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return text }
        return String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8])
    }
}
