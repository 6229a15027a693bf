import Foundation
import ScreeningCore
import XCTest

/// Content hashes are stored (a store tells a changed entry or record by them), so they
/// must never change: each is the text hash of the fields joined as documented, on METI's
/// End User List (kanji aliases, remarks, countries) and on records of real affiliations.
final class ContentHashTests: XCTestCase {
    private let unit = "\u{1F}", group = "\u{1E}"

    func testEntityHashesAreTheHashOfTheirJoinedFields() throws {
        let url = try TestSupport.shared("lists/meti-eul/20250929_4.xlsx")
        let entities = try ListFiles.load([url.path]).entities
        XCTAssertGreaterThan(entities.count, 500)
        for entity in entities {
            let joined = [entity.id, entity.list, entity.kind.rawValue, entity.name, entity.aliases.joined(separator: group),
                          entity.country ?? "", entity.remarks ?? ""].joined(separator: unit)
            XCTAssertEqual(ContentHash.of(entity), TextHash.of(joined), entity.id)
        }
        let bare = ListedEntity(id: "x", list: "l", kind: .unknown, name: "")
        XCTAssertEqual(ContentHash.of(bare), TextHash.of(["x", "l", "unknown", "", "", "", ""].joined(separator: unit)))
    }

    /// An entry's country taken from another's (`InferredCountries`) follows its fields:
    /// the country, then whose entry gave it.
    func testATakenCountryFollowsTheFields() {
        let entity = ListedEntity(id: "dow-1286:80", list: "dow-1286", name: "Institute of High Energy Physics")
        let fields = ["dow-1286:80", "dow-1286", "unknown", "Institute of High Energy Physics", "", "", ""].joined(separator: unit)
        XCTAssertEqual(ContentHash.of(entity, inferred: nil), ContentHash.of(entity))
        XCTAssertEqual(ContentHash.of(entity, inferred: .init(country: "RU", fromID: "bis-entity-list:2159")),
                       TextHash.of(fields + group + "RU" + unit + "bis-entity-list:2159"))
    }

    func testRecordHashesAreTheHashOfTheirJoinedParties() throws {
        let path = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv").path
        let rows = CSVRows(try InputFile.open(path), file: path)
        _ = try rows.next()
        var affiliations: [String] = []
        while affiliations.count < 300, let row = try rows.next() { affiliations.append(row.fields[0]) }
        for k in 0..<100 {
            let parties = (0..<(k % 4)).map { p in
                Party(role: p == 0 ? "inventor" : "author", name: "Author \(k)-\(p)",
                      affiliations: Array(affiliations[(k + p)..<(k + p + p % 3)]), country: p == 2 ? "JP" : nil)
            }
            let record = Record(id: "r\(k)", parties: parties)
            var joined = record.id
            for party in parties {
                joined += group + [party.role, party.name, party.affiliations.joined(separator: unit + unit), party.country ?? ""].joined(separator: unit)
            }
            XCTAssertEqual(ContentHash.of(record), TextHash.of(joined), record.id)
        }
    }
}
