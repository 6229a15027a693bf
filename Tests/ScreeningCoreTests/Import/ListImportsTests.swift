import Foundation
@testable import ScreeningCore
import XCTest

/// The Consolidated Screening List, OpenSanctions and mapped CSV lists. No real CSL or
/// OpenSanctions export is in ../shared/data: those fixtures are documentation-derived
/// (Tests/ScreeningCoreTests/Fixtures/README.md).
final class ListImportsTests: XCTestCase {
    private func fixture(_ name: String) -> String { ImportTestSupport.fixtures.appendingPathComponent(name).path }

    func testConsolidatedScreeningListKeepsEachSourceAsItsList() throws {
        let loaded = try ListFiles.load([fixture("csl-consolidated.csv")])
        XCTAssertEqual(loaded.entities.map(\.list), ["bis-entity-list", "ofac-sdn", "bis-meu", "state-nonproliferation"])
        let hit = loaded.entities[0]
        XCTAssertEqual(hit.id, "csl:e0d1a7b9f3c2")
        XCTAssertEqual(hit.name, "Harbin Institute of Technology")
        XCTAssertEqual(hit.aliases, ["Harbin Gongye Daxue", "HIT"])
        XCTAssertEqual(hit.kind, .organization)
        XCTAssertEqual(hit.country, "CN")
        XCTAssertTrue(hit.remarks?.hasPrefix("Entity List (EL) - Bureau of Industry and Security; 92 West Dazhi Street") ?? false, hit.remarks ?? "")
        let person = loaded.entities[1]
        XCTAssertEqual(person.kind, .person)
        XCTAssertEqual(person.aliases, ["DOE, Jon", "DOUGH, John"])
        XCTAssertEqual(person.country, "IR")
        XCTAssertEqual(loaded.entities[2].country, "CN")
        XCTAssertEqual(loaded.entities[2].aliases, ["AECC"])
        // The last row has no name: reported with its line and skipped.
        XCTAssertEqual(loaded.problems.map(\.line), [6])
    }

    func testUnknownCSLSourceGetsANameFromItsAbbreviation() {
        XCTAssertEqual(ConsolidatedScreeningList.listName("Some Future List (SFL) - Department of Examples"), "csl-sfl")
        XCTAssertEqual(ConsolidatedScreeningList.listName("Unverified List (UVL) - Bureau of Industry and Security"), "bis-uvl")
    }

    func testOpenSanctionsFollowTheMoneyEntities() throws {
        let loaded = try ListFiles.load([fixture("opensanctions-entities.ftm.json")])
        XCTAssertEqual(loaded.entities.map(\.id), ["opensanctions:NK-example-company", "opensanctions:NK-example-person",
                                                   "opensanctions:NK-example-legal"])
        let university = loaded.entities[0]
        XCTAssertEqual(university.list, "us_bis_entity")
        XCTAssertEqual(university.kind, .organization)
        XCTAssertEqual(university.aliases, ["HEU", "哈尔滨工程大学"])
        XCTAssertEqual(university.country, "CN")
        let person = loaded.entities[1]
        XCTAssertEqual(person.kind, .person)
        XCTAssertEqual(person.list, "us_ofac_sdn")
        XCTAssertEqual(person.aliases, ["Иван Петров", "Vanya"])
        XCTAssertEqual(person.country, "RU")
        XCTAssertEqual(loaded.entities[2].list, "opensanctions")
        XCTAssertEqual(loaded.entities[2].country, "AE")
        // The Sanction entity is passed over; the broken line and the nameless company are reported.
        XCTAssertEqual(loaded.problems.map(\.line), [5, 6])
    }

    func testMappedCSVList() throws {
        let csv = "Entity ID,Organisation,Other names,Country\nx-1,Beijing Institute of Technology,BIT; 北京理工大学,cn\nx-2,,nameless,JP\n"
        let url = try ImportTestSupport.temporary(Array(csv.utf8), name: "partners.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let map = try ColumnMap("id=Entity ID,name=Organisation,alias=Other names,country=Country", allowed: CSVList.fields)
        let loaded = try ListFiles.load([url.path], map: map)
        XCTAssertEqual(loaded.entities, [ListedEntity(id: "x-1", name: "Beijing Institute of Technology", aliases: ["BIT", "北京理工大学"], country: "CN")])
        XCTAssertEqual(loaded.problems.map(\.line), [3])
        // Without a map the file is in no known list format: the error names those tried.
        XCTAssertThrowsError(try ListFiles.load([url.path])) { error in
            XCTAssertTrue("\(error)".contains("--list-map"), "\(error)")
        }
        // A map naming a column the header lacks.
        let wrong = try ColumnMap("name=Name", allowed: CSVList.fields)
        XCTAssertThrowsError(try ListFiles.load([url.path], map: wrong)) { error in
            XCTAssertTrue("\(error)".contains("no column 'Name'"), "\(error)")
        }
    }

    func testUnrecognisedListFormatNamesTheFormatsTried() throws {
        let url = try ImportTestSupport.temporary(Array("just some text\n".utf8), name: "list.txt")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try ListFiles.load([url.path])) { error in
            XCTAssertTrue(error is InputError)
            XCTAssertTrue("\(error)".contains("Consolidated Screening List") && "\(error)".contains("FollowTheMoney"), "\(error)")
        }
    }

    func testCanonicalListsStillLoad() throws {
        let loaded = try ListFiles.load([try TestSupport.shared("lists/us/bis_meu.jsonl").path])
        XCTAssertEqual(loaded.entities.first?.id, "bis-meu:1")
        XCTAssertGreaterThan(loaded.entities.count, 50)
    }
}
