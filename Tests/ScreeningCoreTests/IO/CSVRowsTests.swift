import Foundation
import ScreeningCore
import XCTest

/// The CSV reader on RFC 4180's cases, fed in tiny chunks, and on the real gold files.
final class CSVRowsTests: XCTestCase {
    private final class Chunks: ChunkReader {
        private let bytes: [UInt8]
        private var position = 0
        private let size: Int
        init(_ text: String, size: Int) { bytes = Array(text.utf8); self.size = size }
        func read(maximum: Int) throws -> [UInt8] {
            let end = min(bytes.count, position + min(size, maximum))
            defer { position = end }
            return Array(bytes[position..<end])
        }
    }

    private func rows(_ text: String, size: Int = 1) throws -> (rows: [CSVRows.Row], problems: [LineProblem]) {
        let reader = CSVRows(Chunks(text, size: size), file: "t.csv")
        return (try reader.readAll(), reader.problems)
    }

    func testQuotingSeparatorsAndLineBreaks() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nplain,,\"\"\nlast,\"\",end"
        for size in [1, 2, 3, 7, 1 << 16] {
            let (rows, problems) = try rows(text, size: size)
            XCTAssertEqual(rows.map(\.fields), [
                ["a", "b", "c"],
                ["x, y", "say \"hi\"", "two\r\nlines"],
                ["plain", "", ""],
                ["last", "", "end"],
            ], "chunk size \(size)")
            XCTAssertEqual(rows.map(\.line), [1, 2, 5, 6], "chunk size \(size)")
            XCTAssertEqual(problems, [])
        }
    }

    func testLoneCarriageReturnsAndTrailingLineEnd() throws {
        XCTAssertEqual(try rows("a,b\rc,d\r").rows.map(\.fields), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try rows("a\n\n\nb\n").rows.map(\.line), [1, 4])
        XCTAssertEqual(try rows("").rows, [])
        XCTAssertEqual(try rows("\u{FEFF}").rows, [])
    }

    func testLenientWhereTheFileStraysFromTheRFC() throws {
        let (rows, problems) = try rows("ab\"c,\"q\"x,\"open\nstill")
        XCTAssertEqual(rows.map(\.fields), [["ab\"c", "qx", "open\nstill"]])
        XCTAssertEqual(problems.map(\.reason), ["text after the closing quote of a field, kept",
                                                "a quoted field is still open at the end of the file"])
        XCTAssertTrue(problems.allSatisfy { !$0.lineSkipped })
    }

    /// Python's csv module finds 13,495 rows in the Crossref file and 1,720 in S2AFF's; the
    /// Crossref file has 13,512 lines after its header because 16 affiliations hold line breaks.
    func testRealGoldFilesRowCounts() throws {
        let crossref = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let reader = CSVRows(try InputFile.open(crossref.path), file: crossref.path)
        let rows = try reader.readAll()
        XCTAssertEqual(rows.first?.fields, ["affiliation", "ror_id"], "the BOM is dropped")
        XCTAssertEqual(rows.count - 1, 13_495)
        XCTAssertTrue(rows.allSatisfy { $0.fields.count == 2 })
        XCTAssertEqual(rows.filter { $0.fields[0].contains("\n") }.count, 16)
        XCTAssertEqual(reader.problems, [])

        let s2aff = try TestSupport.shared("gold-dev/s2aff-train-val.csv")
        let s2affRows = try CSVRows(try InputFile.open(s2aff.path), file: s2aff.path).readAll()
        XCTAssertEqual(s2affRows.count - 1, 1_720)
        XCTAssertTrue(s2affRows.allSatisfy { $0.fields.count == 4 })
    }
}
