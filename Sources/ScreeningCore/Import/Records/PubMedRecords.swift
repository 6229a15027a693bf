/// PubMed / MEDLINE XML (`PubmedArticleSet`, `MedlineCitationSet`, as the E-utilities and
/// the annual baseline give it; `.xml.gz` too): each citation a record `pmid:N`, each
/// `Author` (and `Investigator`) a party with every `AffiliationInfo/Affiliation`.
public enum PubMedRecords {
    /// The format for `XMLRecords`.
    public static let format = XMLRecordFormat(
        name: "PubMed XML",
        documentNames: ["PubmedArticle", "MedlineCitation", "PubmedBookArticle"],
        skippedElements: ["Abstract", "OtherAbstract", "MeshHeadingList", "ChemicalList", "KeywordList", "ReferenceList",
                          "CommentsCorrectionsList", "PubmedData", "GeneSymbolList", "SupplMeshList", "GrantList"],
        record: { root throws(RecordMappingError) in try record(root) })

    /// Opens a PubMed file for streaming.
    public static func open(_ source: ChunkReader, file: String, onProblem: @escaping (LineProblem) -> Void) -> XMLRecords {
        XMLRecords(source, file: file, format: format, onProblem: onProblem)
    }

    /// The record of one `PubmedArticle`, `MedlineCitation` or `PubmedBookArticle`; nil
    /// when it names nobody.
    static func record(_ root: XMLElement) throws(RecordMappingError) -> Record? {
        let citation = root.name == "MedlineCitation" ? root : root.child("MedlineCitation")
        let book = root.child("BookDocument")
        guard let body = citation ?? book else { throw RecordMappingError("neither MedlineCitation nor BookDocument inside") }
        guard let pmid = body.text("PMID") else { throw RecordMappingError("citation without a PMID") }
        let article = body.child("Article") ?? body
        var parties: [Party] = []
        for author in article.all("AuthorList/Author") { parties.append(party(author, role: "author")) }
        // Before 2014 MEDLINE printed one affiliation, for the first author, on the article.
        if let legacy = article.text("Affiliation"), let first = parties.indices.first, parties[first].affiliations.isEmpty {
            parties[first].affiliations = [legacy]
        }
        for investigator in body.all("InvestigatorList/Investigator") { parties.append(party(investigator, role: "investigator")) }
        parties.removeAll { !$0.hasContent }
        if parties.isEmpty { return nil }
        let title = article.text("ArticleTitle") ?? article.text("BookTitle") ?? body.text("Book/BookTitle")
        let date = article.first("ArticleDate").flatMap(date) ?? article.first("Journal/JournalIssue/PubDate").flatMap(date)
            ?? body.first("Book/PubDate").flatMap(date)
        return Record(id: "pmid:\(pmid)", kind: "publication", date: date, title: title, parties: parties)
    }

    /// "ForeName LastName Suffix", or the collective name of a group author.
    static func party(_ author: XMLElement, role: String) -> Party {
        let affiliations = author.all("AffiliationInfo/Affiliation").map(\.text).filter { !$0.isEmpty }
        if let collective = author.text("CollectiveName") {
            return Party(role: role, name: collective, affiliations: affiliations)
        }
        let given = author.text("ForeName") ?? author.text("Initials")
        let name = [given, author.text("LastName"), author.text("Suffix")].compactMap { $0 }.joined(separator: " ")
        return Party(role: role, name: name, affiliations: affiliations)
    }

    private static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
                                 "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from Year/Month/Day (months by number or name);
    /// a free-text `MedlineDate` as printed.
    static func date(_ element: XMLElement) -> String? {
        guard let year = element.text("Year") else { return element.text("MedlineDate") }
        guard let monthText = element.text("Month") else { return year }
        guard let month = Int(monthText) ?? months[String(monthText.prefix(3)).lowercased()] else { return year }
        var result = year + "-" + (month < 10 ? "0" : "") + String(month)
        if let day = element.text("Day").flatMap({ Int($0) }) { result += "-" + (day < 10 ? "0" : "") + String(day) }
        return result
    }
}
