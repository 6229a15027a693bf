import Foundation
@testable import ScreeningCore
import XCTest

/// The parts of the HTML report: highlighting, escaping, the label language and the
/// due-diligence items, on the demo list and records.
final class ReportPartsTests: XCTestCase {
    private func demoHits() throws -> [Hit] {
        let demo = TestSupport.projectRoot.appendingPathComponent("Data/Demo")
        let entities = try ListedEntityReader(InputFile.open(demo.appendingPathComponent("list.jsonl").path), file: "list").readAll()
        let matcher = Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer), normalizer: TestSupport.normalizer)
        let screener = Screener(matcher: matcher)
        let records = try RecordReader(InputFile.open(demo.appendingPathComponent("records.jsonl").path), file: "records").readAll()
        return records.flatMap { screener.hits(for: $0).hits }
    }

    func testTheMatchedPartOfEachDemoHitIsFound() throws {
        let hits = try demoHits()
        XCTAssertEqual(hits.count, 4)
        let marked = hits.map { hit in MentionHighlight.range(of: hit).map { String(hit.mention[$0]) } }
        XCTAssertEqual(marked, ["Xiao-Ming Zhang", "Harbin Inst Technol", "哈尔滨工业大学航天学院", "Huawei Technologies Co., Ltd."])
    }

    func testSegmentsAreCountedAsTheNormalizerCountsThem() {
        // Empty parts between separators are not segments; the explanation's numbers are 1-based.
        let hit = Hit(recordID: "r", party: 0, role: "author", field: .affiliation,
                      mention: "Dept. of Physics,, Key Lab (Beijing Inst Technol); Beijing", entityID: "e", entityName: "Beijing Institute of Technology",
                      list: "l", alias: "Beijing Institute of Technology", score: 1,
                      explanation: "alias matching form “beijing institute technology” met segment 3 “beijing institute technology”")
        XCTAssertEqual(MentionHighlight.range(of: hit).map { String(hit.mention[$0]) }, "Beijing Inst Technol")
        var pair = hit
        pair.explanation = "met segments 2–3 “key lab beijing institute technology”"
        XCTAssertEqual(MentionHighlight.range(of: pair).map { String(pair.mention[$0]) }, "Key Lab (Beijing Inst Technol")
        var beyond = hit
        beyond.explanation = "met segment 9 “x”"
        XCTAssertNil(MentionHighlight.range(of: beyond))
        // A spaced dash parts, an unspaced one does not.
        var dashed = hit
        dashed.mention = "Dept. of Physics - Beijing Inst Technol – Key-Lab"
        dashed.explanation = "met segment 2 “beijing institute technology”"
        XCTAssertEqual(MentionHighlight.range(of: dashed).map { String(dashed.mention[$0]) }, "Beijing Inst Technol")
    }

    /// The scan (on UTF-8 bytes) and the highlight (on scalars) part at the same dashes:
    /// every dash and space they name, in every pairing, counts the same segments.
    func testTheHighlightPartsWhereTheNormalizerParts() {
        let spaces = Scanner.partingSpaces.sorted().map { String(Unicode.Scalar($0)!) } + ["", "x"]
        for dash in Scanner.partingDashes.sorted().map({ String(Unicode.Scalar($0)!) }) {
            for before in spaces {
                for after in spaces {
                    let text = "Alpha\(before)\(dash)\(after)Beta"
                    let normalized = Set(TestSupport.normalizer.normalize(text).tokens.map(\.segment)).count
                    let highlighted = MentionHighlight.segments(of: text).filter(\.hasWords).count
                    XCTAssertEqual(normalized, highlighted, text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
                }
            }
        }
    }

    /// The scan and the highlight part alike at a footnote's number (`FootnoteNumber`), and
    /// not at other numbers: each of the Crossref gold's strings counts the same segments.
    func testTheHighlightPartsAtFootnoteNumbersAsTheNormalizerDoes() throws {
        let texts = [
            "University of Texas, Southwestern Medical Center 1 Department of Pharmacology, , Dallas, TX, USA",
            "University of Oxford 1 Nuffield Department of Medicine, , Oxford, UK",
            "Université Paris 7 Denis Diderot", "Université Paris 7 Denis Diderot, , Paris", "Paris 75005 France, , x",
            "Building 10 room 5, , Tokyo", "Lab 2nd IMM, , Tokyo", "Lab 12 U1016, , Paris", "Ｃｅｎｔｅｒ　１　Ｄｅｐａｒｔｍｅｎｔ，，Ｔｏｋｙｏ",
            "Medical Center ¹ Department of Pharmacology, , Dallas", "Medical Center ½ Department, , Dallas", "東京大学 1 Department, , Tokyo",
            "Reproductive Medicine Center, Wuhan University Renmin Hospital 5 , Wuhan, China",
        ]
        for text in texts {
            let normalized = (TestSupport.normalizer.normalize(text).tokens.map(\.segment).max() ?? -1) + 1
            let highlighted = MentionHighlight.segments(of: text).filter(\.hasWords).count
            XCTAssertEqual(normalized, highlighted, text)
        }
        XCTAssertEqual(MentionHighlight.segments(of: texts[1]).map { String(texts[1].unicodeScalars[$0.range]) }.prefix(2),
                       ["University of Oxford 1", "Nuffield Department of Medicine"])
        // Every string of the Crossref gold that a footnote's number may part: the last
        // segment's number is the same (a segment the normalizer empties, as of a legal
        // form, CO for Colorado, keeps its number).
        let gold = try GoldAffiliations(path: try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv").path)
        var parted = 0, differing: [String] = []
        for text in gold.affiliations.map(\.text) where text.range(of: #"[A-Za-z] \d{1,2} [A-Za-z]"#, options: .regularExpression) != nil {
            parted += 1
            let normalized = (TestSupport.normalizer.normalize(text).tokens.map(\.segment).max() ?? -1) + 1
            let highlighted = MentionHighlight.segments(of: text).filter(\.hasWords).count
            if normalized != highlighted { differing.append(text) }
        }
        XCTAssertGreaterThan(parted, 200)
        XCTAssertEqual(differing, [])
    }

    func testEscapingLeavesNoMarkupAndNoNUL() {
        XCTAssertEqual(HTMLText.escape("<a href='x'>\"&\"</a>\u{0}\u{7}ok\t東北"),
                       "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;\u{FFFD}\u{FFFD}ok\t東北")
        XCTAssertEqual(HTMLText.escape("Harbin Institute of Technology"), "Harbin Institute of Technology")
    }

    func testLanguageFollowsPOSIXPrecedence() {
        XCTAssertEqual(ReportLanguage.fromEnvironment(["LANG": "ja_JP.UTF-8"]), .ja)
        XCTAssertEqual(ReportLanguage.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"]), .en)
        XCTAssertEqual(ReportLanguage.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "ja_JP", "LANG": "C"]), .ja)
        XCTAssertEqual(ReportLanguage.fromEnvironment([:]), .en)
    }

    func testItemsOfTheProcedure() throws {
        let hits = try demoHits()
        // demo-record:1: party 1 is Xiao-Ming Zhang (listed person, at HIT).
        XCTAssertEqual(hits[0...1].map { ResearcherView.item(of: $0, researcherParties: [1]) }, [.listedPerson, .listedAffiliation])
        XCTAssertEqual(hits[0...1].map { ResearcherView.item(of: $0, researcherParties: [0]) }, [.coParty, .coParty])
        XCTAssertEqual(ResearcherView.item(of: hits[0], researcherParties: []), .unplaced)
    }

    func testTheResearcherIsFoundInAnySpelling() throws {
        var view = ResearcherView(normalizer: TestSupport.normalizer)
        let record = Record(id: "r", parties: [Party(role: "author", name: "Wei Li"), Party(role: "author", name: "TANAKA Taro"),
                                               Party(role: "inventor", name: "田中太郎"), Party(role: "assignee", name: "Tanaka Corp.")])
        XCTAssertEqual(view.parties(of: record, researcher: "Taro Tanaka"), [1, 2])
        XCTAssertEqual(view.parties(of: record, researcher: "Hanako Sato"), [])
    }
}
