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

    /// The US lists as the public repository publishes them (`lists/us/*.json`, one document
    /// each) read as their JSON Lines conversion beside them: the same ids, names, aliases and
    /// remarks; the same country wherever the conversion gives one.
    func testUSListDocumentsReadAsTheirJSONLinesConversion() throws {
        let folder = try TestSupport.shared("lists/us")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") && $0 != "lists.json" }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 12)
        var countriesOnlyHere: [String: String] = [:]
        var compared = 0
        for name in names {
            let document = try ListFiles.load([folder.appendingPathComponent(name).path])
            let lines = try ListFiles.load([folder.appendingPathComponent(name + "l").path])
            XCTAssertEqual(document.problems, [], name)
            XCTAssertEqual(document.entities.count, lines.entities.count, name)
            for (read, converted) in zip(document.entities, lines.entities) {
                XCTAssertEqual(read.id, converted.id)
                XCTAssertEqual(read.list, converted.list)
                XCTAssertEqual(read.name, converted.name)
                XCTAssertEqual(read.aliases, converted.aliases, read.id)
                XCTAssertEqual(read.remarks, converted.remarks, read.id)
                if let country = converted.country {
                    XCTAssertEqual(read.country, country, read.id)
                } else if let country = read.country {
                    countriesOnlyHere[String(read.remarks?.split(separator: ";").first ?? ""), default: country] = country
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 5_800)
        // Where the conversion knew no code, the names it missed: variants, not other countries.
        XCTAssertEqual(countriesOnlyHere["UK"], "GB")
        XCTAssertEqual(countriesOnlyHere["Czech Republic"], "CZ")
        XCTAssertEqual(countriesOnlyHere["Turkiye"], "TR")
        XCTAssertEqual(countriesOnlyHere["People’s Republic of China"], "CN")
        XCTAssertEqual(countriesOnlyHere["North Korea (DPRK)"], "KP")
        XCTAssertNil(countriesOnlyHere["Middle East Region"])
        // The repository's index of the lists is no list: nothing to load, nothing skipped.
        let index = try ListFiles.load([folder.appendingPathComponent("lists.json").path])
        XCTAssertEqual(index.entities.count, 0)
    }

    func testListDocumentReportsEntriesWithoutNamesAndRejectsBrokenDocuments() throws {
        let json = """
            [
              {"id": "x:1", "name": "Harbin Institute of Technology", "country": "China", "aliases": ["HIT"]},
              {"id": "x:2", "name": ""},
              "not an entry",
              {"name": "Beihang University", "country": "CN", "address": "Beijing"}
            ]
            """
        let url = try ImportTestSupport.temporary(Array(json.utf8), name: "partners.json")
        defer { try? FileManager.default.removeItem(at: url) }
        let loaded = try ListFiles.load([url.path])
        // Without a list_id, the file's name names the list.
        let stem = url.deletingPathExtension().lastPathComponent
        XCTAssertEqual(loaded.entities, [
            ListedEntity(id: "x:1", list: stem, name: "Harbin Institute of Technology", aliases: ["HIT"], country: "CN"),
            ListedEntity(id: "\(stem):4", list: stem, name: "Beihang University", country: "CN", remarks: "CN; Beijing"),
        ])
        XCTAssertEqual(loaded.problems.map(\.line), [3, 4])
        XCTAssertEqual(loaded.problems.map(\.description), ["\(url.path):3: list entry 2 has no name; entry skipped",
                                                            "\(url.path):4: list entry 3 is not an object; entry skipped"])
        // A document on one line, in the repository's wrapper.
        let oneLine = try ImportTestSupport.temporary(Array(#"{"list_id": "demo", "entities": [{"name": "Rostec", "country": "Russia"}]}"#.utf8), name: "demo.json")
        defer { try? FileManager.default.removeItem(at: oneLine) }
        XCTAssertEqual(try ListFiles.load([oneLine.path]).entities, [ListedEntity(id: "demo:1", list: "demo", name: "Rostec", country: "RU", remarks: "Russia")])
        // A broken document cannot be read at all: the error names the file and the line.
        let broken = try ImportTestSupport.temporary(Array("{\n \"entities\": [\n  {\"name\": \"A\"},\n  {\"name\": }\n ]\n}\n".utf8), name: "broken.json")
        defer { try? FileManager.default.removeItem(at: broken) }
        XCTAssertThrowsError(try ListFiles.load([broken.path])) { error in
            XCTAssertTrue(error is InputError)
            XCTAssertTrue("\(error)".contains("broken.json") && "\(error)".contains("line 4"), "\(error)")
        }
    }

    func testCountryNames() {
        XCTAssertEqual(CountryNames.code("China"), "CN")
        XCTAssertEqual(CountryNames.code("Burma"), "MM")
        XCTAssertEqual(CountryNames.code("Myanmar"), "MM")
        XCTAssertEqual(CountryNames.code("Turkey (Turkiye)"), "TR")
        XCTAssertEqual(CountryNames.code("Türkiye"), "TR")
        XCTAssertEqual(CountryNames.code("the Netherlands"), "NL")
        XCTAssertEqual(CountryNames.code("United Arab Emirates"), "AE")
        XCTAssertEqual(CountryNames.code("jp"), "JP")
        XCTAssertNil(CountryNames.code("Fishing Vessels"))
        XCTAssertNil(CountryNames.code(""))
    }
}
