import Foundation
import ScreeningCore
import XCTest

/// OpenAlex works and Crossref works. No real export is in ../shared/data: the fixtures
/// are documentation-derived (Tests/ScreeningCoreTests/Fixtures/README.md).
final class OpenAlexCrossrefRecordsTests: XCTestCase {
    private func fixture(_ name: String) -> String { ImportTestSupport.fixtures.appendingPathComponent(name).path }

    func testOpenAlexAuthorshipsBecomeParties() throws {
        let (records, problems) = try ImportTestSupport.records(fixture("openalex-works.jsonl"))
        XCTAssertEqual(records.map(\.id), ["openalex:W2741809807", "openalex:W1000000001"])
        let first = records[0]
        XCTAssertEqual(first.date, "2018-02-13")
        XCTAssertEqual(first.kind, "article")
        XCTAssertEqual(first.parties.map(\.name), ["Heather Piwowar", "Juan Pablo Alperin"])
        // The printed string already names the institution: it is not added again.
        XCTAssertEqual(first.parties[1].affiliations, ["Scholarly Communications Lab, Simon Fraser University, Vancouver, Canada"])
        XCTAssertEqual(first.parties[1].country, "CA")
        let second = records[1]
        // No printed affiliation: the institution's display name stands in.
        XCTAssertEqual(second.parties[0].affiliations, ["Harbin Institute of Technology"])
        XCTAssertEqual(second.parties[0].country, "CN")
        // No author display name: the raw author name; two countries: none chosen.
        XCTAssertEqual(second.parties[1].name, "Li Na")
        XCTAssertEqual(second.parties[1].affiliations,
                       ["Department of Automation, Tsinghua University, Beijing 100084, China", "Kyoto University"])
        XCTAssertNil(second.parties[1].country)
        // Line 3 is malformed, line 4 has no authorships: both reported with their lines.
        XCTAssertEqual(problems.map(\.line), [3, 4])
        XCTAssertTrue(problems.allSatisfy(\.lineSkipped))
        XCTAssertTrue(problems[1].reason.contains("without authorships"), problems[1].description)
    }

    func testCrossrefSingleWork() throws {
        let (records, problems) = try ImportTestSupport.records(fixture("crossref-work.json"))
        XCTAssertEqual(problems, [])
        let work = try XCTUnwrap(records.first)
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(work.id, "doi:10.1016/j.actaastro.2015.09.011")
        XCTAssertEqual(work.date, "2015-09-11")
        XCTAssertEqual(work.kind, "journal-article")
        XCTAssertEqual(work.title, "Attitude control of a flexible spacecraft with \"quoted\" words")
        XCTAssertEqual(work.parties.map(\.name), ["Wei Zhang", "Taro Yamada", "The Spacecraft Control Consortium"])
        XCTAssertEqual(work.parties[1].affiliations, ["Department of Aeronautics and Astronautics, The University of Tokyo, Tokyo, Japan",
                                                      "JAXA, Sagamihara, Japan"])
    }

    /// A page of works streams item by item; an item without a DOI is reported and the
    /// next is still read.
    func testCrossrefWorkListStreamsItems() throws {
        let (records, problems) = try ImportTestSupport.records(fixture("crossref-works.json"))
        XCTAssertEqual(records.map(\.id), ["doi:10.1000/first", "doi:10.1000/third"])
        XCTAssertEqual(records[0].date, "2020-03")
        XCTAssertEqual(records[1].date, "2021-11-02")
        XCTAssertEqual(records[1].parties.map(\.affiliations), [["東北大学"], ["Northeastern University, Shenyang, China"]])
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, 3)
        XCTAssertTrue(problems.first?.reason.contains("without a DOI") ?? false, "\(problems)")
    }

    /// The snapshot's `{"items": [...]}` shape, gzip-compressed, with many works: read one
    /// at a time, in order.
    func testCrossrefSnapshotFileIsStreamed() throws {
        var text = "{\"items\":["
        for n in 0..<500 {
            if n > 0 { text += ",\n" }
            text += "{\"DOI\":\"10.1000/\(n)\",\"author\":[{\"given\":\"Given\(n)\",\"family\":\"Family\",\"affiliation\":[{\"name\":\"Lab \(n), Somewhere\"}]}]}"
        }
        text += "]}"
        let plain = try ImportTestSupport.temporary(Array(text.utf8), name: "crossref.json")
        let compressed = URL(fileURLWithPath: plain.path + ".gz")
        defer { try? FileManager.default.removeItem(at: plain); try? FileManager.default.removeItem(at: compressed) }
        _ = try TestSupport.run("/bin/gzip", ["-k", plain.path])
        let (records, problems) = try ImportTestSupport.records(compressed.path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(records.count, 500)
        XCTAssertEqual(records[499].id, "doi:10.1000/499")
        XCTAssertEqual(records[499].parties[0].affiliations, ["Lab 499, Somewhere"])
    }
}
