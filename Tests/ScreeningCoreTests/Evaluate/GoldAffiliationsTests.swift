import Foundation
import ScreeningCore
import XCTest

/// The gold readers on the two development files.
final class GoldAffiliationsTests: XCTestCase {
    /// 13,495 rows (the README's 13,512 counts lines: 16 affiliations span several lines).
    func testCrossrefGold() throws {
        let url = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let gold = try GoldAffiliations(path: url.path)
        XCTAssertEqual(gold.problems, [])
        XCTAssertEqual(gold.affiliations.count, 13_495)
        XCTAssertTrue(gold.affiliations.allSatisfy { $0.source == "crossref" && $0.split == nil && $0.expected.count == 1 })
        XCTAssertEqual(gold.affiliations[0].text,
                       "Reproductive Medicine Center, Wuhan University Renmin Hospital 5 , Wuhan, China")
        XCTAssertEqual(gold.affiliations[0].expected, ["https://ror.org/03ekhbz91"])
        XCTAssertEqual(gold.affiliations[1].text, "Queen's University")
        XCTAssertEqual(gold.affiliations.filter { $0.text.contains("\n") }.count, 16)
    }

    /// 1,720 rows; 152 name an organisation ROR did not hold instead of (or beside) an id.
    func testS2AFFGold() throws {
        let url = try TestSupport.shared("gold-dev/s2aff-train-val.csv")
        let gold = try GoldAffiliations(path: url.path)
        XCTAssertEqual(gold.problems, [])
        XCTAssertEqual(gold.affiliations.count, 1_720)
        XCTAssertEqual(gold.affiliations.filter { $0.split == "train" }.count, 1_132)
        XCTAssertEqual(gold.affiliations.filter { $0.split == "val" }.count, 588)
        XCTAssertEqual(gold.affiliations[1].expected, ["https://ror.org/011rf9d86", "https://ror.org/034t30j35"])
        XCTAssertEqual(gold.affiliations.filter { !$0.unresolvedLabels.isEmpty }.count, 152)
        XCTAssertTrue(gold.affiliations.contains { $0.unresolvedLabels == ["Jeonju Kijeon Women's College"] })
        XCTAssertTrue(gold.affiliations.allSatisfy { $0.expected.allSatisfy { $0.hasPrefix("https://ror.org/0") } })
        // Its tabs and line breaks, written #TAB# and #N#, are read as spaces.
        XCTAssertFalse(gold.affiliations.contains { $0.text.contains("#TAB#") || $0.text.contains("#N#") })
        XCTAssertTrue(gold.affiliations.contains { $0.text == "Institute of Automation,Chinese Academy of Sciences" })
        XCTAssertTrue(gold.affiliations.contains {
            $0.text == "Mechanical Engineering Department, National Cheng Kung University, Tainan, Taiwan, Republic of China"
        })
    }

    func testUnknownHeaderIsAnInputError() throws {
        let url = try IOTestFiles.write(Array("name,id\nx,y\n".utf8), named: "other.csv", self)
        XCTAssertThrowsError(try GoldAffiliations(path: url.path)) { error in
            XCTAssertTrue("\(error)".contains("unknown gold file"), "\(error)")
        }
    }

    func testBadLabelsAreReportedAndSkipped() throws {
        let text = "original_affiliation,original_labels_correct,labels,split\n"
            + "A,yes,{'https://ror.org/034t30j35'},train\nB,yes,not a set,val\nC,yes,set(),val\n"
        let url = try IOTestFiles.write(Array(text.utf8), named: "s2aff.csv", self)
        let gold = try GoldAffiliations(path: url.path)
        XCTAssertEqual(gold.affiliations.map(\.text), ["A", "C"])
        XCTAssertEqual(gold.affiliations[1].expected, [])
        XCTAssertEqual(gold.problems.map(\.line), [3])
    }
}
