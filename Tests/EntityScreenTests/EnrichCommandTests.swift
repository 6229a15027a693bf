import Foundation
import XCTest

/// `screen --enrich` and `match --enrich` on METI's End User List and the partial ROR dump, and
/// `match` on the dump itself and on the Entity List.
final class EnrichCommandTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A file in `../shared/data`: skipped when absent, a failure under ENTITY_SCREEN_REQUIRE_SHARED=1.
    private func shared(_ path: String) throws -> String {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" { XCTFail("\(url.path) is absent") }
            throw XCTSkip("shared data \(url.path) is absent")
        }
        return url.path
    }

    func testScreenWithEnrichHitsThroughRORNamesAndReportsTheLinks() throws {
        let meti = try shared("lists/meti-eul/20250929_4.xlsx"), ror = try shared("registries/ror-v2-partial.jsonl.gz")
        let records = folder.appendingPathComponent("records.jsonl")
        try """
            {"id": "r1", "parties": [{"role": "author", "name": "Wei Zhang", "affiliations": ["State Key Laboratory of Urban Water Resources and Water Environment, Harbin 150090, China"]}]}
            {"id": "r2", "parties": [{"role": "author", "name": "Li Na", "affiliations": ["Department of Mechanics, Nanjing Aeronautical Institute, Nanjing 210016, China"]}]}

            """.write(to: records, atomically: true, encoding: .utf8)
        let plain = try EntityScreenBinary.run(["screen", "--list", meti, "--records", records.path, "--threads", "2"])
        XCTAssertEqual(plain.status, 0, plain.err)
        XCTAssertEqual(plain.out, "", "without enrichment neither mention hits")
        XCTAssertFalse(plain.err.contains("enrich:"))

        let result = try EntityScreenBinary.run(["screen", "--list", meti, "--records", records.path, "--threads", "2", "--enrich", ror])
        XCTAssertEqual(result.status, 0, result.err)
        let summary = try XCTUnwrap(result.err.split(separator: "\n").first { $0.hasPrefix("enrich: ") }, result.err)
        XCTAssertNotNil(summary.range(of: #"^enrich: \d+ organisations linked to ROR \(\d+ by name, \d+ by alias\), \d+ aliases and \d+ children added .*; \d+ doubtful:$"#,
                                      options: .regularExpression), String(summary))
        // The doubtful ones follow, one per line: id, name, why, candidates.
        XCTAssertTrue(result.err.contains("\n  meti-eul:2025-09-29:653  Micado: country differs: listed PK, ROR JP; candidates https://ror.org/02f28hq55\n"), result.err)
        let hits = try result.out.split(separator: "\n").map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(hits.map { $0["record_id"] as? String }, ["r1", "r2"])
        // FORMATS.md's hit shape is kept: the same keys as without enrichment.
        XCTAssertEqual(Set(hits[0].keys), ["record_id", "party", "role", "field", "mention", "entity_id", "entity_name", "list", "alias", "score", "explanation"])
        XCTAssertTrue((hits[0]["entity_name"] as? String ?? "").hasPrefix("Harbin Institute of Technology"), "\(hits[0])")
        XCTAssertTrue((hits[0]["explanation"] as? String ?? "").contains("(child of the listed entity per ROR: State Key Laboratory of Urban Water Resources and Water Environment (https://ror.org/05s6mpv98)"), "\(hits[0])")
        XCTAssertTrue((hits[1]["entity_name"] as? String ?? "").hasPrefix("Nanjing University of Aeronautics and Astronautics"), "\(hits[1])")
        XCTAssertEqual(hits[1]["alias"] as? String, "Nanjing Aeronautical Institute")
        XCTAssertTrue((hits[1]["explanation"] as? String ?? "").contains("(alias from ROR https://ror.org/01scyh794 (en alias))"), "\(hits[1])")
    }

    func testMatchWithEnrichAndAnUnreadableDump() throws {
        let meti = try shared("lists/meti-eul/20250929_4.xlsx"), ror = try shared("registries/ror-v2-partial.jsonl.gz")
        let result = try EntityScreenBinary.run(["match", "Nanjing Aeronautical Institute", "--list", meti, "--enrich", ror, "--limit", "1"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Nanjing University of Aeronautics and Astronautics"), result.out)
        XCTAssertTrue(result.out.contains("alias from ROR https://ror.org/01scyh794"), result.out)
        let missing = try EntityScreenBinary.run(["screen", "--list", meti, "--records", "/dev/null", "--enrich", "/no/such/ror.json"])
        XCTAssertEqual(missing.status, 3, missing.err)
        XCTAssertTrue(missing.err.contains("/no/such/ror.json"), missing.err)
    }

    /// Each candidate `match` shows says where it is and what it belongs to, as the registry
    /// states them: a reviewer tells organisations of one name apart by these.
    func testMatchShowsEachCandidatesCountryAndParent() throws {
        let ror = try shared("registries/ror-v2-partial.jsonl.gz")
        let text = "Department of Physics, Institute of Physics, Chinese Academy of Sciences"
        let result = try EntityScreenBinary.run(["match", text, "--list", ror, "--limit", "3"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("https://ror.org/034t30j35  Chinese Academy of Sciences [ror, CN]\n"), result.out)
        XCTAssertTrue(result.out.contains("University of Chinese Academy of Sciences [ror, CN, part of Chinese Academy of Sciences]"), result.out)
        let json = try EntityScreenBinary.run(["match", text, "--list", ror, "--limit", "3", "--json"])
        let objects = json.out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let university = try XCTUnwrap(objects.first { $0["entity_id"] as? String == "https://ror.org/05qbk4x57" }, json.out)
        XCTAssertEqual(university["country"] as? String, "CN")
        XCTAssertEqual(university["parents"] as? [[String: String]], [["id": "https://ror.org/034t30j35", "name": "Chinese Academy of Sciences"]])
    }

    /// A one-word alias that many organisations' names hold counts only as a segment of its
    /// own; `match` says so when the query holds it inside a longer one (Zhiyuan College of
    /// Shanghai Jiao Tong University, not the Beijing Academy of Artificial Intelligence).
    func testMatchSaysWhyAOneWordAliasInsideASegmentIsNotCounted() throws {
        let list = try shared("lists/us/bis_entity_list.jsonl")
        let college = try EntityScreenBinary.run(["match", "Zhiyuan College, Shanghai Jiao Tong University", "--list", list, "--limit", "3"])
        XCTAssertEqual(college.status, 0, college.err)
        XCTAssertTrue(college.out.contains("not counted: “Zhiyuan” (bis-entity-list:234 Beijing Academy of Artificial Intelligence "
                                           + "[bis-entity-list]): a name of one word that many organisations' names hold, "
                                           + "counted only as a segment of its own"), college.out)
        let alone = try EntityScreenBinary.run(["match", "Zhiyuan, Beijing, China", "--list", list, "--limit", "3"])
        XCTAssertTrue(alone.out.hasPrefix(" 1. 1.00  bis-entity-list:234  Beijing Academy of Artificial Intelligence [bis-entity-list, CN]"), alone.out)
        XCTAssertFalse(alone.out.contains("not counted"), alone.out)
        // An entry whose address prints a place says which would let its name count.
        let moscow = try EntityScreenBinary.run(["match", "Plasma Research Center, Moscow, Russia", "--list", list, "--limit", "3"])
        XCTAssertTrue(moscow.out.contains("“AO Plasma” (bis-entity-list:2334 Joint Stock Company Scientific Research Institute of Gas "
                                          + "Discharge Devices Plasma [bis-entity-list]): a name of one word that many organisations' "
                                          + "names hold, counted only as a segment of its own or with a place of the entry's address "
                                          + "in the text (ryazan, ryazan oblast)"), moscow.out)
    }

    /// An acronym printed alone counts only with its entity's country in the text; `match`
    /// says so under the candidates, naming the entity, so that a reviewer checking "DJI"
    /// sees why the Entity List's DJI is not hit. With the country, it is.
    func testMatchSaysWhyAnAcronymAloneIsNotCounted() throws {
        let list = try shared("lists/us/bis_entity_list.jsonl")
        let alone = try EntityScreenBinary.run(["match", "DJI", "--list", list, "--limit", "3"])
        XCTAssertEqual(alone.status, 0, alone.err)
        XCTAssertTrue(alone.out.contains("not counted: “DJI” (bis-entity-list:514 DJI [bis-entity-list]): an acronym alone counts only "
                                         + "printed in capitals with its entity's country (CN) in the text"), alone.out)
        let placed = try EntityScreenBinary.run(["match", "DJI, Shenzhen, China", "--list", list, "--limit", "3"])
        XCTAssertTrue(placed.out.hasPrefix(" 1. 1.00  bis-entity-list:514  DJI [bis-entity-list, CN]"), placed.out)
        XCTAssertFalse(placed.out.contains("not counted"), placed.out)
    }

    /// A nightly rescan keeps the enrichment: the hit through a ROR alias comes out new,
    /// explained as from ROR, and the same inputs again report nothing new.
    func testRescanWithEnrich() throws {
        let meti = try shared("lists/meti-eul/20250929_4.xlsx"), ror = try shared("registries/ror-v2-partial.jsonl.gz")
        let records = folder.appendingPathComponent("records.jsonl")
        try """
            {"id": "r2", "parties": [{"role": "author", "name": "Li Na", "affiliations": ["Department of Mechanics, Nanjing Aeronautical Institute, Nanjing 210016, China"]}]}

            """.write(to: records, atomically: true, encoding: .utf8)
        let arguments = ["rescan", "--state", folder.appendingPathComponent("state.sqlite").path, "--list", meti,
                         "--records", records.path, "--enrich", ror, "--threads", "2"]
        let first = try EntityScreenBinary.run(arguments)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.err.contains("enrich: "), first.err)
        let hits = try first.out.split(separator: "\n").map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(hits.map { $0["status"] as? String }, ["new"], first.out)
        XCTAssertTrue((hits.first?["explanation"] as? String ?? "").contains("(alias from ROR https://ror.org/01scyh794 (en alias))"), first.out)
        let second = try EntityScreenBinary.run(arguments)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertEqual(second.out, "", "the same inputs again: nothing new")
    }
}
