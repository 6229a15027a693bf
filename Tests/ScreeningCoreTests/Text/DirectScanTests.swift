import Foundation
@testable import ScreeningCore
import XCTest

/// The scanner's direct mode (tokens written during the scan, no pieces) must give exactly
/// what the piece path gives: it is only a shortcut. Asking for an explanation forces the
/// piece path, and adds only the rules that fired, so all else must be equal.
final class DirectScanTests: XCTestCase {
    private let normalizer = TestSupport.normalizer

    private func assertSameAsPiecePath(_ text: String, options: NormalizeOptions = [],
                                       file: StaticString = #filePath, line: UInt = #line) {
        let direct = normalizer.normalize(text, options: options)
        let pieces = normalizer.normalize(text, options: options.union(.explain))
        XCTAssertEqual(direct.tokens, pieces.tokens, text, file: file, line: line)
        XCTAssertEqual(direct.scripts, pieces.scripts, text, file: file, line: line)
        XCTAssertEqual(direct.hanFlags, pieces.hanFlags, text, file: file, line: line)
        XCTAssertEqual(direct.legalForms, pieces.legalForms, text, file: file, line: line)
        XCTAssertEqual(direct.problems, pieces.problems, text, file: file, line: line)
        XCTAssertEqual(direct.forms, pieces.forms, text, file: file, line: line)
    }

    /// Which path a text takes, from the scanner itself.
    private func takesDirectPath(_ text: String) -> Bool {
        var scan = Scanner(tables: normalizer.tables, explain: false, direct: true)
        scan.run(text)
        return !scan.bailed
    }

    func testTheHardCasesTakeTheRightPath() {
        // Plain ASCII words, abbreviations, ordinals, stop words, controls: direct.
        for text in ["Harbin Inst Technol", "Univ Elect Sci & Technol China", "20th Research Institute",
                     "Department of Physics, University of Tokyo", "Tokyo\u{7}Institute", "", "(), ;"] {
            XCTAssertTrue(takesDirectPath(text), text)
            assertSameAsPiecePath(text)
            assertSameAsPiecePath(text, options: .allForms)
        }
        // A possible legal form or phrase, an apostrophe, any non-ASCII character: pieces.
        for text in ["Sony Co., Ltd.", "Peoples R China", "Queen's University", "Tōkyō University",
                     "Beijing, P.R. China", "哈尔滨工业大学", "Ｈａｒｂｉｎ"] {
            XCTAssertFalse(takesDirectPath(text), text)
            assertSameAsPiecePath(text)
            assertSameAsPiecePath(text, options: .allForms)
        }
    }

    /// "No." (№) or "Nr." right before a number is its sign, dropped on either path: No. 38
    /// Research Institute is the 38th, as the lists write CETC's institutes. Before anything
    /// else it is a word.
    func testANumbersSignIsNoWord() {
        for (text, matching) in [("No. 38 Research Institute of CETC", "38 research institute cetc"),
                                 ("No.38 Research Institute of CETC", "38 research institute cetc"),
                                 ("№ 5 Plant Co., Ltd.", "5 plant"), ("Plant Nr. 5", "plant 5"),
                                 ("Hospital of No. 3, Nanjing", "hospital 3 nanjing"),
                                 ("No Name University", "no name university"), ("No, 38", "no 38")] {
            XCTAssertEqual(normalizer.normalize(text, options: .allForms).key, matching, text)
            assertSameAsPiecePath(text)
            assertSameAsPiecePath(text, options: .allForms)
        }
    }

    func testGoldAffiliationsGiveTheSameFormsEitherWay() throws {
        var direct = 0
        var checked = 0
        for path in ["gold-dev/crossref-affiliation-ror.csv", "gold-dev/s2aff-train-val.csv"] {
            let url = try TestSupport.shared(path)
            let rows = CSVRows(try InputFile.open(url.path), file: path)
            _ = try rows.next()   // the header
            while let row = try rows.next() {
                guard let text = row.fields.first, !text.isEmpty else { continue }
                checked += 1
                if takesDirectPath(text) { direct += 1 }
                assertSameAsPiecePath(text)
                assertSameAsPiecePath(text, options: .allForms)
            }
        }
        print("direct scan: \(direct) of \(checked) gold affiliations took the direct path")
        XCTAssertGreaterThan(checked, 10_000)
        // Most real affiliations are plain ASCII words; if none took the shortcut it would be dead code.
        XCTAssertGreaterThan(direct, checked / 2)
    }
}
