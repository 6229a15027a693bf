import Foundation
import XCTest

/// The command line as a user drives it: output, and the exit statuses of FORMATS.md.
final class CommandLineTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try EntityScreenBinary.run(arguments)
    }

    func testNormalizePrintsEveryFormAsJSON() throws {
        let result = try run(["normalize", "--json", "哈爾浜工業大学", "Harbin Inst Technol"])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        XCTAssertEqual(first?["matching"] as? String, "哈尔滨工业大学")
        let forms = (first?["forms"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        XCTAssertTrue(forms.contains("harbin institute technology"), "\(forms)")
        XCTAssertTrue(((first?["rules"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "han-variant" })
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        XCTAssertEqual(second?["matching"] as? String, "harbin institute technology")
    }

    func testNormalizeReadsTheDemoMentions() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/Demo/mentions.txt")
        let result = try run(["normalize", "--file", demo.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("matching   哈尔滨工业大学"), result.out)
        XCTAssertTrue(result.out.contains("legal form カブシキガイシャ"), result.out)
    }

    func testUsageErrorsExitWith2() throws {
        XCTAssertEqual(try run(["normalize"]).status, 2)
        XCTAssertEqual(try run(["normalize", "--no-such-option", "x"]).status, 2)
    }

    func testUnreadableInputExitsWith3AndNamesTheFile() throws {
        let result = try run(["normalize", "--file", "/no/such/file.txt"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.err.contains("/no/such/file.txt"), result.err)
    }
}

/// `screen` and `match` on the demo data.
final class ScreenCommandTests: XCTestCase {
    private let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/Demo")

    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try EntityScreenBinary.run(arguments)
    }

    func testScreenFindsTheDemoHitsInInputOrderWhateverTheThreads() throws {
        let list = demo.appendingPathComponent("list.jsonl").path, records = demo.appendingPathComponent("records.jsonl").path
        let one = try run(["screen", "--list", list, "--records", records, "--threads", "1"])
        let two = try run(["screen", "--list", list, "--records", records, "--threads", "2"])
        XCTAssertEqual(one.status, 0, one.err)
        XCTAssertEqual(one.out, two.out)
        let hits = try one.out.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let found = Set(hits.map { "\($0["record_id"]!) \($0["party"]!) \($0["entity_id"]!)" })
        XCTAssertTrue(found.contains("demo-record:1 1 demo:1"), "Harbin Inst Technol: \(found)")
        XCTAssertTrue(found.contains("demo-record:1 1 demo:7"), "Xiao-Ming Zhang, a listed person: \(found)")
        XCTAssertTrue(found.contains("demo-record:2 1 demo:1"), "哈尔滨工业大学: \(found)")
        XCTAssertTrue(found.contains("demo-record:3 2 demo:5"), "Huawei as applicant: \(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("demo-record:2 2 demo:1") }, "Harbin Engineering University is not HIT: \(found)")
        XCTAssertTrue(one.err.contains("records 3, mentions 14"), one.err)
        for hit in hits { XCTAssertFalse((hit["explanation"] as? String ?? "").isEmpty) }
    }

    func testScreenWritesCSVToAFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hits-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["screen", "--list", demo.appendingPathComponent("list.jsonl").path,
                              "--records", demo.appendingPathComponent("records.jsonl").path, "--format", "csv", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.err)
        let bytes = [UInt8](try Data(contentsOf: out))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte-order mark, so Excel reads UTF-8")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("record_id,party,role,field,mention,entity_id"), text)
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 5)
    }

    func testScreenExitStatuses() throws {
        let list = demo.appendingPathComponent("list.jsonl").path
        XCTAssertEqual(try run(["screen", "--list", list]).status, 2)
        XCTAssertEqual(try run(["screen", "--list", list, "--records", "x.jsonl", "--threshold", "1.5"]).status, 2)
        let missing = try run(["screen", "--list", "/no/such/list.jsonl", "--records", demo.appendingPathComponent("records.jsonl").path])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.err.contains("/no/such/list.jsonl"), missing.err)
    }

    func testAMalformedRecordLineIsReportedAndTheRestScreened() throws {
        let records = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: records) }
        let good = #"{"id": "r1", "parties": [{"role": "author", "name": "A", "affiliations": ["Harbin Institute of Technology"]}]}"#
        try (good + "\n{not json\n" + good.replacingOccurrences(of: "r1", with: "r3") + "\n").write(to: records, atomically: true, encoding: .utf8)
        let result = try run(["screen", "--list", demo.appendingPathComponent("list.jsonl").path, "--records", records.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains(":2:"), result.err)
        XCTAssertTrue(result.out.contains(#""record_id": "r1""#) && result.out.contains(#""record_id": "r3""#), result.out)
        XCTAssertTrue(result.err.contains("skipped lines 1"), result.err)
    }

    func testMatchShowsTheBestCandidates() throws {
        let result = try run(["match", "哈爾浜工業大学", "--list", demo.appendingPathComponent("list.jsonl").path, "--limit", "2"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix(" 1. 1.00  demo:1"), result.out)
    }
}

/// Runs the `entity-screen` binary built beside the test bundle, as a user would.
enum EntityScreenBinary {
    /// The binary: the test process is .build/<configuration>/entity-screenPackageTests.xctest.
    static let url: URL = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        while folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("entity-screen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: "entity-screen")
    }()

    /// Runs it with `arguments`, returning its exit status, standard output and error.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
