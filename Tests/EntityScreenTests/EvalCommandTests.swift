import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `eval` and `eval convert` as a user runs them: on the demo data, and on a real slice of
/// Crossref's affiliation gold against the partial ROR registry.
final class EvalCommandTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private var demo: URL { root.appendingPathComponent("Data/Demo") }
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("eval-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try EntityScreenBinary.run(arguments)
    }

    private func jsonObject(_ path: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    /// The keys scripts rely on, and figures that agree with their own counts and sweep.
    private func checkFigures(_ figures: [String: Any], threshold: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        for key in ["threshold", "precision", "recall", "f1", "sweep", "best_threshold", "best_f1", "covered", "by_script", "by_field",
                    "false_hits", "misses"] {
            XCTAssertNotNil(figures[key], "key \(key)", file: file, line: line)
        }
        XCTAssertEqual(figures["threshold"] as? Double, threshold, file: file, line: line)
        let sweep = try XCTUnwrap(figures["sweep"] as? [[String: Any]])
        XCTAssertEqual(sweep.count, 51, file: file, line: line)
        XCTAssertEqual(sweep.first?["threshold"] as? Double, 0.5, file: file, line: line)
        XCTAssertEqual(sweep.last?["threshold"] as? Double, 1.0, file: file, line: line)
        let point = try XCTUnwrap(sweep.first { abs(($0["threshold"] as? Double ?? -1) - threshold) < 1e-9 })
        for key in ["precision", "recall", "f1", "true_positives", "false_positives", "false_negatives"] {
            XCTAssertEqual("\(point[key] ?? "")", "\(figures[key] ?? "")", "sweep point and top level differ in \(key)", file: file, line: line)
        }
        let tp = try XCTUnwrap(figures["true_positives"] as? Int), fp = try XCTUnwrap(figures["false_positives"] as? Int)
        let fn = try XCTUnwrap(figures["false_negatives"] as? Int)
        if tp + fp > 0 {
            XCTAssertEqual(try XCTUnwrap(figures["precision"] as? Double), Double(tp) / Double(tp + fp), accuracy: 1e-4, file: file, line: line)
        }
        if tp + fn > 0 {
            XCTAssertEqual(try XCTUnwrap(figures["recall"] as? Double), Double(tp) / Double(tp + fn), accuracy: 1e-4, file: file, line: line)
        }
        let bestF1 = try XCTUnwrap(figures["best_f1"] as? Double)
        XCTAssertEqual(bestF1, sweep.compactMap { $0["f1"] as? Double }.max()!, accuracy: 1e-9, file: file, line: line)
        XCTAssertGreaterThanOrEqual(bestF1, try XCTUnwrap(figures["f1"] as? Double), file: file, line: line)
    }

    private func checkSVG(_ path: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let parser = try XCTUnwrap(XMLParser(contentsOf: path))
        XCTAssertTrue(parser.parse(), "\(path.path) is not well-formed XML: \(String(describing: parser.parserError))", file: file, line: line)
        XCTAssertTrue(try String(contentsOf: path, encoding: .utf8).contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), file: file, line: line)
    }

    func testDemoEvaluationWithJSONAndPlot() throws {
        let json = folder.appendingPathComponent("eval.json"), svg = folder.appendingPathComponent("pr.svg")
        let result = try run(["eval", "--list", demo.appendingPathComponent("list.jsonl").path,
                              "--records", demo.appendingPathComponent("records.jsonl").path,
                              "--gold", demo.appendingPathComponent("gold.jsonl").path, "--json", json.path, "--plot", svg.path])
        XCTAssertEqual(result.status, 0, result.err)
        // Data/Demo/gold.jsonl: every hit of the demo records right, and the near misses
        // (Tohoku, Harbin Engineering University) expected to stay unflagged.
        XCTAssertTrue(result.out.contains("gold mentions 8 (8 covered"), result.out)
        let figures = try jsonObject(json)
        try checkFigures(figures, threshold: 0.8)
        XCTAssertEqual(figures["true_positives"] as? Int, 4)
        XCTAssertEqual(figures["false_positives"] as? Int, 0)
        XCTAssertEqual(figures["false_negatives"] as? Int, 0)
        let byScript = try XCTUnwrap(figures["by_script"] as? [String: [String: Any]])
        XCTAssertEqual(Set(byScript.keys), ["latin", "han", "kana"])
        let byField = try XCTUnwrap(figures["by_field"] as? [String: [String: Any]])
        XCTAssertEqual(byField["name"]?["mentions"] as? Int, 3)
        XCTAssertEqual(byField["affiliation"]?["mentions"] as? Int, 5)
        try checkSVG(svg)
    }

    func testWrongGoldShowsTheFalseHitAndTheMissExplained() throws {
        let gold = folder.appendingPathComponent("gold.jsonl")
        try """
            {"record_id": "demo-record:2", "party": 1, "field": "affiliation", "expected": []}
            {"record_id": "demo-record:2", "party": 2, "field": "affiliation", "expected": ["demo:1"]}
            not json

            """.write(to: gold, atomically: true, encoding: .utf8)
        let result = try run(["eval", "--list", demo.appendingPathComponent("list.jsonl").path,
                              "--records", demo.appendingPathComponent("records.jsonl").path, "--gold", gold.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains("\(gold.path):3:"), "the malformed line is reported with its line: \(result.err)")
        XCTAssertTrue(result.out.contains("false hits @ 0.80: 1"), result.out)
        XCTAssertTrue(result.out.contains("hit demo:1 Harbin Institute of Technology"), result.out)
        XCTAssertTrue(result.out.contains("misses @ 0.80: 1"), result.out)
        XCTAssertTrue(result.out.contains("expected demo:1 Harbin Institute of Technology: "), result.out)
    }

    func testUsageErrorsAndUnreadableInput() throws {
        let list = demo.appendingPathComponent("list.jsonl").path, records = demo.appendingPathComponent("records.jsonl").path
        XCTAssertEqual(try run(["eval", "--list", list, "--records", records]).status, 2)
        XCTAssertEqual(try run(["eval", "--list", list, "--records", records, "--gold", list, "--threshold", "0.3"]).status, 2)
        let missing = try run(["eval", "--list", list, "--records", records, "--gold", "/no/such/gold.jsonl"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.err.contains("/no/such/gold.jsonl"), missing.err)
        XCTAssertEqual(try run(["eval", "convert", "/no/such.csv", "--records-out", "/tmp/x", "--gold-out", "/tmp/y"]).status, 3)
    }

    func testFirst300CoveredCrossrefRowsAgainstTheRORRegistry() throws {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/data")
        let csv = shared.appendingPathComponent("gold-dev/crossref-affiliation-ror.csv")
        let ror = shared.appendingPathComponent("registries/ror-v2-partial.jsonl.gz")
        guard FileManager.default.fileExists(atPath: csv.path), FileManager.default.fileExists(atPath: ror.path) else {
            if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" { XCTFail("\(shared.path) is absent") }
            throw XCTSkip("shared data \(shared.path) is absent")
        }
        let records = folder.appendingPathComponent("records.jsonl"), gold = folder.appendingPathComponent("gold.jsonl")
        let converted = try run(["eval", "convert", csv.path, "--records-out", records.path, "--gold-out", gold.path,
                                 "--covered-by", ror.path, "--limit", "300"])
        XCTAssertEqual(converted.status, 0, converted.err)
        XCTAssertTrue(converted.err.contains("300 rows of 13495 written"), converted.err)
        let json = folder.appendingPathComponent("eval.json"), svg = folder.appendingPathComponent("pr.svg")
        let result = try run(["eval", "--list", ror.path, "--records", records.path, "--gold", gold.path,
                              "--threshold", "0.86", "--json", json.path, "--plot", svg.path])
        XCTAssertEqual(result.status, 0, result.err)
        let figures = try jsonObject(json)
        try checkFigures(figures, threshold: 0.86)
        XCTAssertEqual(figures["mentions"] as? Int, 300)
        XCTAssertEqual((figures["covered"] as? [String: Any])?["mentions"] as? Int, 300)
        XCTAssertEqual(figures["records"] as? Int, 300)
        // Each row expects exactly one id: TP + FN is the number of rows.
        XCTAssertEqual((figures["true_positives"] as? Int ?? 0) + (figures["false_negatives"] as? Int ?? 0), 300)
        XCTAssertEqual((figures["false_hits"] as? [Any])?.count, min(20, figures["false_hit_count"] as? Int ?? -1))
        try checkSVG(svg)
    }
}
