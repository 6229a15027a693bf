import Foundation
import XCTest

/// Hostile inputs through the built binary: each sits between good records, and the run
/// must not crash or hang, must keep its memory bounded, must say what was wrong with
/// file and line, and must still screen the good records before and after it. The small
/// inputs are committed in Tests/ScreeningCoreTests/Fixtures/Hostile (see its README);
/// the large ones are generated here.
final class HostileInputTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var hostile: URL { root.appendingPathComponent("Tests/ScreeningCoreTests/Fixtures/Hostile") }
    private var list: String { root.appendingPathComponent("Data/Demo/list.jsonl").path }
    /// Peak memory allowed: generous (the tables, dictionaries and one batch are far less),
    /// but an input that made memory grow with its size or nesting would cross it.
    private let memoryBoundKiB = 1 << 20

    private func good(_ id: String) -> String {
        #"{"id": "\#(id)", "parties": [{"role": "author", "name": "Wei Zhang", "affiliations": ["School of Astronautics, Harbin Inst Technol, Harbin 150001, Peoples R China"]}]}"#
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entity-screen-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Screens good + `middle` + good; checks the good ones' hits, no crash, no hang,
    /// bounded memory; returns the run for the case's own checks.
    @discardableResult
    private func screenBetweenGoodRecords(_ middle: Data, name: String, expectStatus: Int32 = 0,
                                          file: StaticString = #filePath, line: UInt = #line) throws -> ChildProcess.Result {
        let path = try folder().appendingPathComponent(name)
        var bytes = Data((good("good-before") + "\n").utf8)
        bytes.append(middle)
        if middle.last != 0x0A { bytes.append(0x0A) }
        bytes.append(Data((good("good-after") + "\n").utf8))
        try bytes.write(to: path)
        let result = try ChildProcess.run(["screen", "--list", list, "--records", path.path, "--threads", "2"], timeLimit: 600)
        XCTAssertFalse(result.timedOut, "\(name): hung", file: file, line: line)
        XCTAssertEqual(result.status, expectStatus, "\(name): \(result.err.suffix(2000))", file: file, line: line)
        XCTAssertLessThan(result.peakKiB, memoryBoundKiB, "\(name): peak memory", file: file, line: line)
        for id in ["good-before", "good-after"] {
            XCTAssertTrue(result.out.contains(#""record_id": "\#(id)", "party": 0, "role": "author", "field": "affiliation""#)
                          && result.out.contains(#""entity_id": "demo:1""#), "\(name): \(id) not screened", file: file, line: line)
        }
        print("hostile \(name): status \(result.status), peak \(result.peakKiB / 1024) MiB")
        return result
    }

    private func fixture(_ name: String) throws -> Data { try Data(contentsOf: hostile.appendingPathComponent(name)) }

    /// `count` problem lines, each naming the file and its line (1 is the good line before).
    private func assertReported(_ result: ChildProcess.Result, _ name: String, lines: ClosedRange<Int>, saying reason: String? = nil,
                                file: StaticString = #filePath, line: UInt = #line) {
        for number in lines {
            XCTAssertTrue(result.err.contains("\(name):\(number): "), "\(name): line \(number) not reported: \(result.err.prefix(3000))", file: file, line: line)
        }
        if let reason { XCTAssertTrue(result.err.contains(reason), "\(name): \(result.err.prefix(3000))", file: file, line: line) }
        XCTAssertTrue(result.err.contains("skipped lines \(lines.count)"), result.err.suffix(500).description, file: file, line: line)
    }

    func testMalformedJSON() throws {
        let result = try screenBetweenGoodRecords(try fixture("malformed.jsonl"), name: "malformed.jsonl")
        assertReported(result, "malformed.jsonl", lines: 2...16, saying: "malformed JSON at byte")
    }

    func testInvalidUTF8() throws {
        let result = try screenBetweenGoodRecords(try fixture("invalid-utf8.jsonl"), name: "invalid-utf8.jsonl")
        assertReported(result, "invalid-utf8.jsonl", lines: 2...8, saying: "invalid UTF-8 in a string")
    }

    func testNULBytes() throws {
        let result = try screenBetweenGoodRecords(try fixture("nul-bytes.jsonl"), name: "nul-bytes.jsonl")
        assertReported(result, "nul-bytes.jsonl", lines: 2...4, saying: "control character in a string")
        // The escaped NUL is valid JSON: that record is screened, its markup kept as text.
        XCTAssertTrue(result.out.contains(#""record_id": "n4""#), result.out)
    }

    func testDeeplyNestedJSON() throws {
        let result = try screenBetweenGoodRecords(try fixture("deep-nesting.jsonl"), name: "deep-nesting.jsonl")
        assertReported(result, "deep-nesting.jsonl", lines: 2...5, saying: "nested too deeply")
    }

    func testAFiftyMegabyteLine() throws {
        var line = Data(#"{"id": "huge", "parties": [{"name": "A", "affiliations": [""#.utf8)
        line.append(Data(repeating: UInt8(ascii: "x"), count: 50 << 20))
        line.append(Data(#""]}]}"#.utf8))
        let result = try screenBetweenGoodRecords(line, name: "fifty-megabytes.jsonl")
        assertReported(result, "fifty-megabytes.jsonl", lines: 2...2, saying: "longer than the limit")
    }

    func testARecordWithAHundredThousandParties() throws {
        // 99,999 co-authors at an unlisted university, then one at a listed one: the run
        // must get through them and place the hit at party 99,999.
        var line = #"{"id": "crowd", "parties": ["#
        let plain = #"{"role": "author", "name": "Wei Li", "affiliations": ["Harbin Engineering University, Harbin, China"]}, "#
        line.reserveCapacity(plain.utf8.count * 100_000 + 200)
        for _ in 0..<99_999 { line += plain }
        line += #"{"role": "author", "name": "Li Hua", "affiliations": ["Harbin Institute of Technology"]}]}"#
        let result = try screenBetweenGoodRecords(Data(line.utf8), name: "hundred-thousand-parties.jsonl")
        XCTAssertTrue(result.out.contains(#""record_id": "crowd", "party": 99999"#), result.out.prefix(2000).description)
        XCTAssertTrue(result.err.contains("records 3,"), result.err.suffix(500).description)
    }

    func testATruncatedGzipBetweenGoodFiles() throws {
        let dir = try folder()
        let before = dir.appendingPathComponent("before.jsonl"), after = dir.appendingPathComponent("after.jsonl")
        try (good("good-before") + "\n").write(to: before, atomically: true, encoding: .utf8)
        try (good("good-after") + "\n").write(to: after, atomically: true, encoding: .utf8)
        let truncated = hostile.appendingPathComponent("truncated.jsonl.gz").path
        let result = try ChildProcess.run(["screen", "--list", list, "--records", before.path, "--records", truncated,
                                           "--records", after.path], timeLimit: 300)
        XCTAssertFalse(result.timedOut)
        XCTAssertEqual(result.status, 3, "an input not read whole is exit 3: \(result.err)")
        XCTAssertTrue(result.err.contains("truncated gzip stream"), result.err)
        XCTAssertTrue(result.err.contains("the records before the failure were screened"), result.err)
        for id in ["good-before", "gz0", "gz100", "good-after"] {
            XCTAssertTrue(result.out.contains(#""record_id": "\#(id)""#), "\(id) not screened: \(result.err)")
        }
        XCTAssertLessThan(result.peakKiB, memoryBoundKiB)
    }

    func testAnXMLBombListIsRefusedQuickly() throws {
        let records = try folder().appendingPathComponent("good.jsonl")
        try (good("good") + "\n").write(to: records, atomically: true, encoding: .utf8)
        let bomb = hostile.appendingPathComponent("20250101_xml-bomb.xlsx").path
        let result = try ChildProcess.run(["screen", "--list", bomb, "--records", records.path], timeLimit: 120)
        XCTAssertFalse(result.timedOut)
        XCTAssertEqual(result.status, 3, result.err)
        XCTAssertTrue(result.err.contains("entity expansion is off"), result.err)
        XCTAssertLessThan(result.peakKiB, memoryBoundKiB)
    }

    func testATruncatedMETIWorkbookIsReportedNotCrashedOn() throws {
        let real = try sharedMETIWorkbook()
        let bytes = try Data(contentsOf: real)
        let dir = try folder()
        let records = dir.appendingPathComponent("good.jsonl")
        try (good("good") + "\n").write(to: records, atomically: true, encoding: .utf8)
        for fraction in [0.1, 0.5, 0.9, 0.999] {
            let cut = dir.appendingPathComponent("20250929_cut-\(fraction).xlsx")
            try bytes.prefix(Int(Double(bytes.count) * fraction)).write(to: cut)
            let result = try ChildProcess.run(["screen", "--list", cut.path, "--records", records.path], timeLimit: 120)
            XCTAssertFalse(result.timedOut)
            XCTAssertEqual(result.status, 3, "cut at \(fraction): \(result.err)")
            XCTAssertTrue(result.err.contains(cut.path) && result.err.count < 2000, "cut at \(fraction): \(result.err)")
        }
    }

    private func sharedMETIWorkbook() throws -> URL {
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/data/lists/meti-eul")
        let found = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".xlsx") }.sorted().last
        if let found { return folder.appendingPathComponent(found) }
        if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" {
            XCTFail("no METI xlsx in \(folder.path), and ENTITY_SCREEN_REQUIRE_SHARED=1")
        }
        throw XCTSkip("no METI xlsx in \(folder.path): skipped")
    }
}
