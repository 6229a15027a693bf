import Foundation
import XCTest

/// `rescan`, `review`, `report`, `lists diff` and `screen --shard` as a user drives them,
/// on the METI/MOFA export-ban lists and records whose affiliations name their entries.
final class RescanCommandTests: XCTestCase {
    static let sharedData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/lists/meti-export-ban")
    private var folder: URL!

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: Self.sharedData.path) else {
            if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" { XCTFail("shared data absent") }
            throw XCTSkip("shared data \(Self.sharedData.path) is absent")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rescan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func list(_ names: [String]) -> [String] {
        names.flatMap { ["--list", Self.sharedData.appendingPathComponent($0).path] }
    }

    /// The English names printed in a list file (`name:` then `en:`).
    private func englishNames(_ file: String) throws -> [String] {
        let lines = try String(contentsOf: Self.sharedData.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
        return lines.indices.compactMap { i in
            guard lines[i] == "  name:" else { return nil }
            return lines[(i + 1)..<min(i + 3, lines.count)].first { $0.hasPrefix("    en: ") }.map { String($0.dropFirst(8)) }
        }
    }

    /// Records of two authors: one affiliated with a listed entry (its printed name), one not.
    private func writeRecords(_ name: String, names: [String], first: Int, suffix: String = "") throws -> String {
        var text = ""
        for (offset, entity) in names.enumerated() {
            let i = first + offset
            let record: [String: Any] = ["id": "cli:\(i)", "parties": [
                ["role": "author", "name": "Author \(i)", "affiliations": ["Laboratory \(i % 4 + 1), \(entity)\(suffix), Russia"]],
                ["role": "author", "name": "Coauthor \(i)", "affiliations": ["Department of Physics, University of Tokyo, Tokyo, Japan"]]]]
            text += String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func testRescanReviewReportAndDiff() throws {
        let store = folder.appendingPathComponent("state.sqlite").path
        let names = try englishNames("russia-export-prohibition__20220315.yml")
        let records = try writeRecords("records.jsonl", names: Array(names.prefix(20)), first: 0)
        let lists = list(["russia-export-prohibition__20220315.yml"])
        let first = try EntityScreenBinary.run(["rescan", "--state", store] + lists + ["--records", records])
        XCTAssertEqual(first.status, 0, first.err)
        let hits = try jsonLines(first.out)
        guard hits.count > 10 else { return XCTFail("too few hits: \(first.err)") }
        XCTAssertTrue(hits.allSatisfy { $0["status"] as? String == "new" && ($0["hit_id"] as? String)?.count == 16 })
        XCTAssertTrue(first.err.contains("run 1:"), first.err)

        let again = try EntityScreenBinary.run(["rescan", "--state", store] + lists + ["--records", records])
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertEqual(again.out, "")
        XCTAssertTrue(again.err.contains("hits new 0, gone 0"), again.err)

        let id = hits[0]["hit_id"] as! String
        let review = try EntityScreenBinary.run(["review", "--state", store, id, "--decision", "dismissed", "--note", "namesake", "--by", "K. Sato"])
        XCTAssertEqual(review.status, 0, review.err)
        let report = try jsonLines(try EntityScreenBinary.run(["report", "--state", store, "--status", "open"]).out)
        XCTAssertEqual(report.count, hits.count)
        let reviewed = try XCTUnwrap(report.first { $0["hit_id"] as? String == id })
        XCTAssertEqual(reviewed["decision"] as? String, "dismissed")
        XCTAssertEqual(reviewed["reviewer"] as? String, "K. Sato")
        XCTAssertEqual(try EntityScreenBinary.run(["report", "--state", store, "--status", "new"]).out, "")

        // A later revision adds entries; the stored mentions naming them become new hits.
        let later = try EntityScreenBinary.run(["rescan", "--state", store] + list(["russia-export-prohibition__20220315.yml", "russia-export-prohibition__20220325.yml"]))
        XCTAssertEqual(later.status, 0, later.err)
        let added = later.err.components(separatedBy: "(added ").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        XCTAssertGreaterThan(added, 50, later.err)

        XCTAssertEqual(try EntityScreenBinary.run(["review", "--state", store, "ffffffffffffffff", "--decision", "confirmed", "--note", "", "--by", "x"]).status, 2)
        XCTAssertEqual(try EntityScreenBinary.run(["review", "--state", store, id, "--decision", "maybe", "--note", "", "--by", "x"]).status, 2)
        XCTAssertEqual(try EntityScreenBinary.run(["report", "--state", folder.appendingPathComponent("none.sqlite").path]).status, 3)
        XCTAssertEqual(try EntityScreenBinary.run(["rescan", "--state", store, "--threshold", "0.9"] + lists).status, 2)

        let diff = try EntityScreenBinary.run(["lists", "diff", Self.sharedData.appendingPathComponent("russia-export-prohibition__20220315.yml").path,
                                               Self.sharedData.appendingPathComponent("russia-export-prohibition___index.yml").path])
        XCTAssertEqual(diff.status, 0, diff.err)
        XCTAssertTrue(diff.out.contains("(49 entries)"), diff.out)
        XCTAssertTrue(diff.out.contains("+ added   jp.mofa.russia.51"), diff.out)
    }

    func testShardsTogetherEqualOneRun() throws {
        let names = try englishNames("russia-export-prohibition___index.yml")
        let records = try writeRecords("records.jsonl", names: Array(names.prefix(150)), first: 0)
        let lists = list(["russia-export-prohibition___index.yml"])
        let whole = try EntityScreenBinary.run(["screen"] + lists + ["--records", records])
        XCTAssertEqual(whole.status, 0, whole.err)
        var union: [Substring] = []
        var counts: [Int] = []
        for k in 1...3 {
            let shard = try EntityScreenBinary.run(["screen"] + lists + ["--records", records, "--shard", "\(k)/3"])
            XCTAssertEqual(shard.status, 0, shard.err)
            union += shard.out.split(separator: "\n")
            let count = shard.err.components(separatedBy: "records ").last.flatMap { Int($0.prefix { $0.isNumber }) }
            counts.append(try XCTUnwrap(count, shard.err))
        }
        XCTAssertGreaterThan(whole.out.split(separator: "\n").count, 50)
        XCTAssertEqual(union.sorted(), whole.out.split(separator: "\n").sorted())
        XCTAssertEqual(counts.reduce(0, +), 150)
        XCTAssertTrue(counts.allSatisfy { $0 > 20 }, "\(counts)")
        XCTAssertEqual(try EntityScreenBinary.run(["screen"] + lists + ["--records", records, "--shard", "4/3"]).status, 2)
    }
}
