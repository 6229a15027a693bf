/// Turns the development gold files of affiliation matching (`GoldAffiliations`: Crossref's
/// and S2AFF's CSV) into the evaluation's inputs: a records file and a gold file.
///
/// Each row becomes one record, `<source>:<line>` (the CSV line where the row starts), with
/// one party, an author known only by the affiliation string; its gold line expects the
/// row's ROR ids (`https://ror.org/...`, as `RORRegistry` names its entities). S2AFF labels
/// that name an organisation rather than a ROR id become `unresolved:<label>`: an id no list
/// holds, so the mention counts as a miss and is never "covered". A row whose label set is
/// empty expects nothing: any hit on it is a false hit.
public enum GoldConversion {
    /// The two files, as JSON Lines bytes.
    public struct Output: Sendable {
        public var records: [UInt8] = []
        public var gold: [UInt8] = []
        /// Rows written.
        public var rows = 0
    }

    /// The id a record made from `row` gets.
    public static func recordID(_ row: GoldAffiliation) -> String { "\(row.source):\(row.line)" }

    /// The expected ids of `row`, ROR ids sorted, then the unresolved labels.
    public static func expected(_ row: GoldAffiliation) -> [String] {
        row.expected.sorted() + row.unresolvedLabels.map { "unresolved:" + $0 }
    }

    /// Converts `rows`, keeping those `keep` accepts, at most `limit` of them.
    public static func convert(_ rows: [GoldAffiliation], limit: Int = .max,
                               keep: (GoldAffiliation) -> Bool = { _ in true }) -> Output {
        var output = Output()
        for row in rows where output.rows < limit && keep(row) {
            let id = recordID(row)
            output.records.append(contentsOf: "{\"id\": ".utf8)
            JSONText.appendString(id, to: &output.records)
            output.records.append(contentsOf: ", \"kind\": \"publication\", \"parties\": [{\"role\": \"author\", \"affiliations\": [".utf8)
            JSONText.appendString(row.text, to: &output.records)
            output.records.append(contentsOf: "]}]}\n".utf8)
            GoldMention(key: MentionKey(recordID: id, party: 0, field: .affiliation), expected: expected(row))
                .appendJSONLine(to: &output.gold)
            output.rows += 1
        }
        return output
    }
}
