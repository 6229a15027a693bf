import Foundation
import ScreeningCore
import XCTest

/// The first worksheet of METI's xlsx read into rows of cell texts.
final class XLSXSheetTests: XCTestCase {
    func testReadsCellsByColumn() throws {
        let sheet = try XLSXSheet.firstSheet(of: TestSupport.shared("lists/meti-eul/20250929_4.xlsx"))
        XCTAssertEqual(sheet.rows.count, 836)
        let header = sheet.rows[0]
        XCTAssertEqual(header.number, 1)
        XCTAssertEqual(header[0], "No.")
        XCTAssertEqual(header[3], "別名\nAlso Known As", "phonetic guides (rPh) are not part of the text")
        // Row 4 (entry 3) has no alias: column D stays empty and E keeps its place.
        let row4 = sheet.rows[3]
        XCTAssertEqual(row4.number, 4)
        XCTAssertEqual(row4[0], "3", "numbers come from the cached formula value")
        XCTAssertEqual(row4[2], "Al-Bairaq for international land transport")
        XCTAssertEqual(row4[3], "")
        XCTAssertEqual(row4[4], "ミサイル\nM")
        XCTAssertEqual(row4[99], "")
        XCTAssertEqual(sheet.rows.last?[0], "835")
    }

    func testTruncatedWorkbookFails() throws {
        let bytes = try IOTestFiles.bytes(TestSupport.shared("lists/meti-eul/20250929_4.xlsx"))
        let truncated = try IOTestFiles.write(Array(bytes[..<(bytes.count / 2)]), named: "half.xlsx", self)
        XCTAssertThrowsError(try XLSXSheet.firstSheet(of: truncated)) { error in
            XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
        }
    }
}
