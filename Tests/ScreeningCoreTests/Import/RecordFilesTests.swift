import Foundation
import ScreeningCore
import XCTest

/// Recognising a records file's format, and CSV records through a column map.
final class RecordFilesTests: XCTestCase {
    func testUnrecognisedFormatThrowsNamingTheFormatsTried() throws {
        let url = try ImportTestSupport.temporary(Array("%PDF-1.4 not a records file\n".utf8), name: "paper.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try ImportTestSupport.records(url.path)) { error in
            let text = "\(error)"
            XCTAssertTrue(error is InputError, text)
            for format in RecordFormat.allCases { XCTAssertTrue(text.contains(format.rawValue), text) }
        }
        let xml = try ImportTestSupport.temporary(Array("<?xml version=\"1.0\"?><rss><channel/></rss>".utf8), name: "feed.xml")
        defer { try? FileManager.default.removeItem(at: xml) }
        XCTAssertThrowsError(try ImportTestSupport.records(xml.path))
    }

    func testCanonicalRecordsAreStillRead() throws {
        let demo = TestSupport.projectRoot.appendingPathComponent("Data/Demo/records.jsonl")
        let (records, problems) = try ImportTestSupport.records(demo.path)
        XCTAssertEqual(records.count, 3)
        XCTAssertEqual(problems, [])
    }

    /// One row per author; consecutive rows with the same id are one record.
    func testCSVRecordsThroughAColumnMap() throws {
        let csv = """
            DOI,Author,Affiliation,Title
            10.1/a,Wei Zhang,"School of Astronautics, Harbin Institute of Technology, Harbin 150001, China",Paper A
            10.1/a,Taro Yamada,"The University of Tokyo, Japan",Paper A
            10.1/b,,,Paper B
            10.1/c,Hanako Suzuki,東北大学,Paper C

            """
        let url = try ImportTestSupport.temporary(Array(csv.utf8), name: "export.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let map = try ColumnMap("name=Author,affiliation=Affiliation,id=DOI,title=Title", allowed: CSVRecords.fields)
        let (records, problems) = try ImportTestSupport.records(url.path, map: map)
        XCTAssertEqual(records.map(\.id), ["10.1/a", "10.1/c"])
        XCTAssertEqual(records[0].parties.map(\.name), ["Wei Zhang", "Taro Yamada"])
        XCTAssertEqual(records[0].parties[0].affiliations, ["School of Astronautics, Harbin Institute of Technology, Harbin 150001, China"])
        XCTAssertEqual(records[0].title, "Paper A")
        XCTAssertEqual(records[1].parties[0].affiliations, ["東北大学"])
        XCTAssertEqual(problems.map(\.line), [4])
        // Without a map, a CSV whose header is not id,name,... cannot be read.
        XCTAssertThrowsError(try ImportTestSupport.records(url.path)) { error in
            XCTAssertTrue("\(error)".contains("--map"), "\(error)")
        }
    }

    func testColumnMapErrorsSayWhatIsWrong() {
        XCTAssertThrowsError(try ColumnMap("name", allowed: CSVRecords.fields))
        XCTAssertThrowsError(try ColumnMap("nmae=Author", allowed: CSVRecords.fields)) { error in
            XCTAssertTrue("\(error)".contains("unknown field 'nmae'"), "\(error)")
        }
        XCTAssertEqual(try ColumnMap("name=Author, affiliation=Aff 1,affiliation=Aff 2", allowed: CSVRecords.fields).columns["affiliation"],
                       ["Aff 1", "Aff 2"])
    }
}
