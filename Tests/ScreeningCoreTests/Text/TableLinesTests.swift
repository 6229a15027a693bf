import Foundation
@testable import ScreeningCore
import XCTest

/// The table reader's first-scalar decoding, which reads UTF-8 in place, against Swift's own.
final class TableLinesTests: XCTestCase {
    /// Every field of the project's Han table (one to four UTF-8 bytes a scalar, astral
    /// ideographs included) decodes as a string would.
    func testFirstScalarOfEveryHanTableFieldIsTheStringsFirstScalar() throws {
        let lines = try TableLines(contentsOf: try DataLocator.dataDirectory().appendingPathComponent("Tables/han.tsv"))
        var checked = 0
        var lengths = Set<Int>()
        for fields in lines {
            for field in fields where !field.isEmpty {
                let text = lines.string(field)
                XCTAssertEqual(lines.firstScalar(field), text.unicodeScalars.first?.value, text)
                lengths.insert(text.unicodeScalars.first.map { String($0).utf8.count } ?? 0)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100_000)
        XCTAssertTrue(lengths.isSuperset(of: [1, 3, 4]), "ASCII fields and BMP and astral ideographs: \(lengths)")
    }

    /// A two-byte scalar (é), and broken UTF-8 (a stray continuation byte, a cut sequence,
    /// an overlong form, a surrogate, a value past U+10FFFF, a lead byte that no UTF-8
    /// has, a lead byte before ASCII) decoded as a string repairs it.
    func testFirstScalarOfTwoByteAndBrokenUTF8IsTheStringsFirstScalar() throws {
        let broken: [[UInt8]] = [[0xC3, 0xA9], [0x80, 0x41], [0xE6, 0x9D], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xF8, 0x90, 0x80, 0x80], [0xE6, 0x41, 0x42]]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("table-lines-\(getpid()).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(broken.flatMap { $0 + [0x09, 0x5A, 0x0A] }).write(to: url)
        let lines = try TableLines(contentsOf: url)
        var rows = 0
        for fields in lines {
            XCTAssertEqual(lines.firstScalar(fields[0]), lines.string(fields[0]).unicodeScalars.first?.value, "\(broken[rows])")
            rows += 1
        }
        XCTAssertEqual(rows, broken.count)
    }
}
