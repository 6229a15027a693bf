import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ScreeningCore
import XCTest

/// The gold JSON Lines reader, and the converters from the real development gold CSVs.
final class GoldConversionTests: XCTestCase {
    func testGoldLinesReadAndMalformedOnesReportedWithTheirLine() throws {
        let text = """
            {"record_id": "r1", "party": 0, "field": "affiliation", "expected": ["a", "b"]}
            {"record_id": "r1", "party": 1, "field": "name", "expected": []}
            {"record_id": "r2", "party": 0, "field": "title", "expected": []}
            {"record_id": "r3", "party": 1.5, "field": "name", "expected": []}
            {"record_id": "r4", "party": 0, "field": "name"}
            {"party": 0, "field": "name", "expected": []}

            {"record_id": "r5", "party": 12, "field": "affiliation", "expected": ["c"], "note": {"x": [1, 2]}}
            """
        let reader = GoldMentionReader(ModelTestChunkReader(text), file: "gold.jsonl")
        let mentions = try reader.readAll()
        XCTAssertEqual(mentions.map(\.key), [
            MentionKey(recordID: "r1", party: 0, field: .affiliation), MentionKey(recordID: "r1", party: 1, field: .name),
            MentionKey(recordID: "r5", party: 12, field: .affiliation),
        ])
        XCTAssertEqual(mentions.map(\.expected), [["a", "b"], [], ["c"]])
        XCTAssertEqual(reader.problems.map(\.line), [3, 4, 5, 6])
        XCTAssertTrue(reader.problems[0].reason.contains("\"name\" or \"affiliation\""), reader.problems[0].reason)
    }

    func testWrittenGoldLinesReadBack() throws {
        let mention = GoldMention(key: MentionKey(recordID: "r \"1\"\n", party: 3, field: .name), expected: ["x\\y", "東北大学"])
        var bytes: [UInt8] = []
        mention.appendJSONLine(to: &bytes)
        let back = try GoldMentionReader(ModelTestChunkReader(bytes), file: "-").readAll()
        XCTAssertEqual(back.map(\.key), [mention.key])
        XCTAssertEqual(back.first?.expected, mention.expected)
    }

    func testCrossrefConversion() throws {
        let csv = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let gold = try GoldAffiliations(path: csv.path)
        let output = GoldConversion.convert(gold.affiliations)
        XCTAssertEqual(output.rows, gold.affiliations.count)
        let records = try RecordReader(ModelTestChunkReader(output.records), file: "records").readAll()
        let mentions = try GoldMentionReader(ModelTestChunkReader(output.gold), file: "gold").readAll()
        XCTAssertEqual(records.count, 13_495)
        XCTAssertEqual(mentions.count, 13_495)
        XCTAssertEqual(Set(records.map(\.id)).count, records.count, "record ids are unique")
        // The file's first row (line 2 after the header).
        XCTAssertEqual(records[0].id, "crossref:2")
        XCTAssertEqual(records[0].parties.first?.affiliations,
                       ["Reproductive Medicine Center, Wuhan University Renmin Hospital 5 , Wuhan, China"])
        XCTAssertEqual(mentions[0].key, MentionKey(recordID: "crossref:2", party: 0, field: .affiliation))
        XCTAssertEqual(mentions[0].expected, ["https://ror.org/03ekhbz91"])
        XCTAssertTrue(mentions.allSatisfy { $0.expected.count == 1 && $0.expected[0].hasPrefix("https://ror.org/0") })
        XCTAssertEqual(zip(records, mentions).filter { $0.0.id != $0.1.key.recordID }.count, 0)
    }

    func testS2AFFConversionKeepsEverySetAndMarksNamesThatAreNotIds() throws {
        let csv = try TestSupport.shared("gold-dev/s2aff-train-val.csv")
        let gold = try GoldAffiliations(path: csv.path)
        let output = GoldConversion.convert(gold.affiliations)
        let mentions = try GoldMentionReader(ModelTestChunkReader(output.gold), file: "gold").readAll()
        XCTAssertEqual(mentions.count, 1_720)
        // Line 3: "{'https://ror.org/011rf9d86', 'https://ror.org/034t30j35'}".
        XCTAssertEqual(mentions[1].key.recordID, "s2aff:3")
        XCTAssertEqual(mentions[1].expected, ["https://ror.org/011rf9d86", "https://ror.org/034t30j35"])
        let unresolved = mentions.filter { $0.expected.contains { $0.hasPrefix("unresolved:") } }
        XCTAssertEqual(unresolved.count, gold.affiliations.filter { !$0.unresolvedLabels.isEmpty }.count)
        XCTAssertGreaterThan(unresolved.count, 0)
        XCTAssertTrue(mentions.allSatisfy { $0.expected.allSatisfy { $0.hasPrefix("https://ror.org/") || $0.hasPrefix("unresolved:") } })
    }

    func testCoveredSelectionAgainstTheRORRegistry() throws {
        let csv = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let ror = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        let listed = Set(try RORRegistry(path: ror.path).entities.map(\.id))
        let rows = try GoldAffiliations(path: csv.path).affiliations
        let covered = GoldConversion.convert(rows) { GoldConversion.expected($0).allSatisfy(listed.contains) }
        // The affiliation-eval harness reports the same count of covered Crossref rows.
        XCTAssertEqual(covered.rows, rows.filter { $0.expected.allSatisfy(listed.contains) }.count)
        XCTAssertLessThan(covered.rows, rows.count)
        XCTAssertEqual(GoldConversion.convert(rows, limit: 5).rows, 5)
    }
}

/// The precision-recall plot is a well-formed, self-contained SVG document.
final class PrecisionRecallPlotTests: XCTestCase {
    func testSVGIsWellFormedWithOnePointPerThresholdAndTheCurrentMarked() throws {
        let expected: [Set<String>] = [["a"], ["b", "c"], ["d"], []]
        let scored: [[String: Double]] = [["a": 0.95], ["b": 0.9, "c": 0.52, "x": 0.7], ["d": 0.55, "y": 0.6], ["z": 0.81]]
        let sweep = MatchScores.sweep(scored: scored, expected: expected)
        let svg = PrecisionRecallPlot.svg(sweep: sweep, current: 0.8, title: "a < b & \"c\"")
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(svg)")
        XCTAssertEqual(counter.counts["svg"], 1)
        XCTAssertEqual(counter.counts["polyline"], 1)
        XCTAssertEqual(counter.counts["circle"], sweep.count + 1, "one point per threshold and the marker")
        XCTAssertEqual(counter.counts["script"], nil)
        XCTAssertFalse(svg.contains("href"), "self-contained: no links")
        XCTAssertTrue(svg.contains("threshold 0.80: P 0.667, R 0.500"), svg)
    }
}

private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}
