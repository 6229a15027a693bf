@testable import ScreeningCore
import Foundation
import XCTest

/// The table decoder of EUC-JP reads the Japanese dictionaries exactly as iconv does.
final class EUCJPTests: XCTestCase {
    /// Every byte of the three installed dictionaries (46 MB), and the cases iconv skips.
    func testTheTableDecodesTheDictionariesAsIconvDoes() throws {
        try TestSupport.requireJapaneseLexicon()
        let decoder = try XCTUnwrap(EUCJP.shared)
        for name in JapaneseLexicon.fileNames {
            let url = JapaneseLexicon.defaultDirectory.appendingPathComponent(name)
            let bytes = [UInt8](try Data(contentsOf: url))
            let expected = try XCTUnwrap(EUCJP.iconvUTF8(bytes))
            XCTAssertTrue(decoder.utf8(from: bytes) == expected, "\(name): the table and iconv decode it differently")
        }
    }

    func testCharactersOfEachPlaneAndUndecodableBytes() throws {
        let decoder = try XCTUnwrap(EUCJP.shared)
        // 東京 (JIS X 0208), ｶ (half-width katakana), 丂 (JIS X 0212, after 0x8F), ASCII.
        let text: [UInt8] = [0xC5, 0xEC, 0xB5, 0xFE, 0x8E, 0xB6, 0x8F, 0xB0, 0xA1, 0x41]
        XCTAssertEqual(String(decoding: decoder.utf8(from: text), as: UTF8.self), "東京ｶ丂A")
        XCTAssertEqual(decoder.utf8(from: text), EUCJP.iconvUTF8(text))
        // A lead byte without its trail, a cut-off end: each skipped alone, as iconv is made
        // to skip it, and the rest still read; a byte that leads nothing (a C1 control) as iconv reads it.
        for broken: [UInt8] in [[0xC5, 0x41, 0xC5, 0xEC], [0x80, 0xC5, 0xEC], [0x41, 0xC5], [0x8E, 0x41], [0x8F, 0xB0], [0x9F, 0xA0, 0xFF, 0x41]] {
            XCTAssertEqual(decoder.utf8(from: broken), EUCJP.iconvUTF8(broken), "\(broken)")
        }
    }
}
