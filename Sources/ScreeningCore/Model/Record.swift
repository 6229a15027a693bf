/// A publication, patent or partnership to screen, in the canonical form of FORMATS.md.
public struct Record: Sendable, Hashable, Codable {
    /// Stable identifier (DOI, PMID, patent number, contract number).
    public var id: String
    /// `publication`, `patent`, `partnership`, ...; carried to the report.
    public var kind: String?
    /// Publication, filing or signature date as the source gives it; carried to the report.
    public var date: String?
    /// Title; carried to the report.
    public var title: String?
    /// Subject or technology field (keywords, classification); carried to the report.
    public var subject: String?
    /// The researcher under review whose publication or patent this is (the due-diligence
    /// view groups hits by it); `screen --subject` gives one for every record instead.
    public var researcher: String?
    /// People and organisations on the record. A hit's `party` is an index into this array,
    /// so readers keep it in input order.
    public var parties: [Party]

    /// Creates a record; only `id` and `parties` are required.
    public init(id: String, kind: String? = nil, date: String? = nil, title: String? = nil,
                subject: String? = nil, researcher: String? = nil, parties: [Party]) {
        self.id = id
        self.kind = kind
        self.date = date
        self.title = title
        self.subject = subject
        self.researcher = researcher
        self.parties = parties
    }
}
