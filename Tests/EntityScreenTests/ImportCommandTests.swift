import Foundation
import XCTest

/// `screen` on source formats (PubMed XML, CSV with --map, lists from the CSL) through the
/// built binary.
final class ImportCommandTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private var demoList: String { root.appendingPathComponent("Data/Demo/list.jsonl").path }

    private func shared(_ path: String) throws -> String {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) { return url.path }
        if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" { XCTFail("shared data \(url.path) is absent") }
        throw XCTSkip("shared data \(url.path) is absent")
    }

    private func hits(_ out: String) throws -> [[String: Any]] {
        try out.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func testScreenReadsAPubMedBaselineFile() throws {
        let result = try EntityScreenBinary.run(["screen", "--list", demoList, "--records", try shared("records/pubmed/medline16n0902.xml.gz"),
                                                 "--threads", "2"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains("records 603,"), result.err)
        let found = try hits(result.out)
        let harbin = found.filter { $0["entity_id"] as? String == "demo:1" && $0["field"] as? String == "affiliation" }
        XCTAssertFalse(harbin.isEmpty, result.out)
        XCTAssertTrue(harbin.allSatisfy { ($0["record_id"] as? String ?? "").hasPrefix("pmid:") })
        XCTAssertTrue(harbin.contains { ($0["mention"] as? String ?? "").contains("Harbin Institute of Technology") }, "\(harbin)")
    }

    func testScreenReadsCSVRecordsWithAMapAndACSLList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = folder.appendingPathComponent("authors.csv")
        try "Paper,Author,Affiliation\np1,Wei Zhang,\"School of Astronautics, Harbin Institute of Technology, Harbin 150001, China\"\n"
            .write(to: records, atomically: true, encoding: .utf8)
        // The CSL fixture is documentation-derived (Tests/ScreeningCoreTests/Fixtures/README.md).
        let csl = root.appendingPathComponent("Tests/ScreeningCoreTests/Fixtures/csl-consolidated.csv").path
        let result = try EntityScreenBinary.run(["screen", "--list", csl, "--records", records.path,
                                                 "--map", "id=Paper,name=Author,affiliation=Affiliation"])
        XCTAssertEqual(result.status, 0, result.err)
        let found = try hits(result.out)
        XCTAssertTrue(found.contains { $0["record_id"] as? String == "p1" && $0["entity_id"] as? String == "csl:e0d1a7b9f3c2"
            && $0["list"] as? String == "bis-entity-list" }, result.out)
        // A bad map is a usage error; a CSV without one cannot be read (exit 3).
        XCTAssertEqual(try EntityScreenBinary.run(["screen", "--list", csl, "--records", records.path, "--map", "nmae=Author"]).status, 2)
        let unmapped = try EntityScreenBinary.run(["screen", "--list", csl, "--records", records.path])
        XCTAssertEqual(unmapped.status, 3)
        XCTAssertTrue(unmapped.err.contains("--map"), unmapped.err)
    }

    func testUnrecognisedRecordsFormatExitsWith3NamingTheFormatsTried() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try "not records\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try EntityScreenBinary.run(["screen", "--list", demoList, "--records", file.path])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.err.contains(file.path) && result.err.contains("PubMed") && result.err.contains("USPTO"), result.err)
    }
}
