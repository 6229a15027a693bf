import Foundation
import ScreeningCore
import XCTest

/// The METI/MOFA export-ban YAML files, read as listed entities, and what revisions change.
final class ExportBanListTests: XCTestCase {
    private func file(_ name: String) throws -> String {
        try TestSupport.shared("lists/meti-export-ban/\(name)").path
    }

    func testReadsAnAnnouncementWithAliasesInBothScripts() throws {
        let document = try METIExportBanList.read(path: try file("russia-export-prohibition__20220325.yml"))
        XCTAssertEqual(document.publishDate, "2022-03-25")
        XCTAssertEqual(document.entities.count, 84)
        let amur = try XCTUnwrap(document.entities.first { $0.id == "jp.mofa.russia.50" })
        XCTAssertEqual(amur.name, "Amur Shipbuilding Factory PJSC")
        XCTAssertEqual(amur.list, "mofa-russia-export-prohibition")
        XCTAssertEqual(amur.kind, .organization)
        XCTAssertEqual(amur.country, "RU")
        XCTAssertEqual(amur.aliases, ["公共株式会社アムール造船所", "PAO Amurskiy Sudostroitelnyy Zavod", "公共株式会社 ASZ", "PJSC ASZ"])
        XCTAssertTrue(amur.remarks?.contains("address: 1 Alleya Truda Street, Komsomolsk-na-Amure") ?? false, amur.remarks ?? "")
        XCTAssertTrue(amur.remarks?.contains("Subject to export prohibition measures") ?? false)
    }

    func testQuotedScalarsAndEntriesWithoutCountry() throws {
        let russia = try METIExportBanList.read(path: try file("russia-export-prohibition__20220510.yml")).entities
        XCTAssertTrue(russia.contains { $0.aliases.contains("“Region” Scientific & Production Enterprise JSC") })
        XCTAssertTrue(russia.contains { $0.aliases.contains("「ギドロプリボル」研究所") })
        let third = try METIExportBanList.read(path: try file("third-country-export-prohibition__20231215.yml")).entities
        let tako = try XCTUnwrap(third.first { $0.id == "jp.mofa.third-country.1" })
        XCTAssertEqual(tako.name, "Tako LLC")
        XCTAssertNil(tako.country)
        XCTAssertEqual(tako.aliases, ["有限会社タコ", "Taco LLC"])
    }

    func testListFilesLoadsTheYAMLAndReportsRepeatedIDs() throws {
        let loaded = try ListFiles.load([try file("russia-export-prohibition___index.yml")])
        // 579 entries, some printed twice under one id.
        XCTAssertEqual(loaded.entities.count + loaded.problems.count, 579)
        XCTAssertEqual(Set(loaded.entities.map(\.id)).count, loaded.entities.count)
        XCTAssertFalse(loaded.problems.isEmpty)
    }

    func testEveryFileParses() throws {
        let folder = try TestSupport.shared("lists/meti-export-ban")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let entries = text.components(separatedBy: "\n- id: ").count - 1
            XCTAssertEqual(try METIExportBanList.read(path: folder.appendingPathComponent(name).path).entities.count, entries, name)
        }
    }

    func testDiffOfTwoRealVersionsNamesTheChangedFields() throws {
        let versions = try ExportBanReplay.versions(at: ["2022-03-15", "2024-03-01"])
        let diff = EntityDiff(old: versions[0], new: versions[1])
        XCTAssertEqual(diff.removed.count, 0)
        XCTAssertEqual(diff.added.count, versions[1].count - versions[0].count)
        // jp.mofa.russia.2 was printed again in 2024-03-01's announcement with another name.
        let change = try XCTUnwrap(diff.changed.first { $0.new.id == "jp.mofa.russia.2" })
        XCTAssertTrue(change.fields.contains("name"), "\(change.fields)")
        XCTAssertTrue(diff.readable.contains("~ changed jp.mofa.russia.2"), diff.readable)
        XCTAssertTrue(diff.readable.hasPrefix("added \(diff.added.count), changed \(diff.changed.count), removed 0"))
        // And back: what was added is removed.
        let back = EntityDiff(old: versions[1], new: versions[0])
        XCTAssertEqual(back.removed.count, diff.added.count)
        XCTAssertEqual(back.changed.count, diff.changed.count)
        XCTAssertTrue(EntityDiff(old: versions[1], new: versions[1]).isEmpty)
    }
}
