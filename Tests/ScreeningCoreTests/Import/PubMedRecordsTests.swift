import Foundation
import ScreeningCore
import XCTest

/// PubMed/MEDLINE XML on the real files in ../shared/data/records/pubmed.
final class PubMedRecordsTests: XCTestCase {
    private func pubmed(_ name: String) throws -> URL { try TestSupport.shared("records/pubmed/\(name)") }

    /// Every `<Affiliation>` of every author becomes an affiliation string, counted against
    /// an independent count of the elements in the files. The data README says 3,288 for
    /// the folder: that is medline16n0902 alone; the folder holds 3,317.
    func testEveryAffiliationStringIsReadAndCounted() throws {
        var total = 0
        for (name, expected) in [("medline16n0902.xml.gz", 3288), ("pubmed-29768149.xml", 10), ("test_current_medline.xml.gz", 19)] {
            let url = try pubmed(name)
            let (records, problems) = try ImportTestSupport.records(url.path)
            let affiliations = records.reduce(0) { $0 + $1.parties.reduce(0) { $0 + $1.affiliations.count } }
            let independent = TestSupport.elements("Affiliation", in: String(decoding: try TestSupport.bytes(url), as: UTF8.self)).count
            XCTAssertEqual(affiliations, expected, name)
            XCTAssertEqual(affiliations, independent, name)
            XCTAssertTrue(problems.allSatisfy { !$0.lineSkipped }, "\(problems)")
            total += affiliations
        }
        XCTAssertEqual(total, 3317)
    }

    func testCitationsBecomeRecordsWithNamesInitialsAndCollectiveNames() throws {
        let (records, problems) = try ImportTestSupport.records(try pubmed("medline16n0902.xml.gz").path)
        // 604 citations; one has no author list and is reported (not as a skipped document).
        XCTAssertEqual(records.count, 603)
        XCTAssertEqual(problems.count, 1)
        XCTAssertFalse(problems[0].lineSkipped)
        XCTAssertTrue(problems[0].reason.contains("1 document(s) without any author"), problems[0].description)
        XCTAssertTrue(records.allSatisfy { $0.id.hasPrefix("pmid:") && $0.kind == "publication" && !$0.parties.isEmpty })

        let onlyLastName = try XCTUnwrap(records.first { $0.id == "pmid:26702229" })
        XCTAssertEqual(onlyLastName.parties.first?.name, "Chintamani")
        XCTAssertEqual(onlyLastName.parties.first?.affiliations, ["Delhi, India."])

        let group = try XCTUnwrap(records.first { $0.parties.contains { $0.name == "Movement Disorder Group" } })
        let index = try XCTUnwrap(group.parties.firstIndex { $0.name == "Movement Disorder Group" })
        XCTAssertEqual(group.parties[index].affiliations, [])
        XCTAssertEqual(group.parties[index + 1].name, "Anne Y Y Chan")
        XCTAssertEqual(group.parties[index + 1].affiliations,
                       ["Division of Neurology, Department of Medicine and Therapeutics, Prince of Wales Hospital, The Chinese University of Hong Kong, Hong Kong."])

        let harbin = records.flatMap(\.parties).flatMap(\.affiliations).filter { $0.contains("Harbin Institute of Technology") }
        XCTAssertFalse(harbin.isEmpty)
    }

    func testPubmedArticleSetGivesTitleDateAndAuthorsInOrder() throws {
        let (records, _) = try ImportTestSupport.records(try pubmed("test_current_medline.xml.gz").path)
        XCTAssertEqual(records.count, 4)
        let first = records[0]
        XCTAssertEqual(first.id, "pmid:36400559")
        XCTAssertEqual(first.title, "Back Pain: Differential Diagnosis and Management.")
        XCTAssertEqual(first.date, "2022-10-29")    // the electronic ArticleDate
        XCTAssertEqual(first.parties.map(\.name), ["David Gibbs", "Ben G McGahan", "Alexander E Ropper", "David S Xu"])
        XCTAssertEqual(first.parties[2].affiliations, ["Department of Neurological Surgery, Baylor College of Medicine, 1 Baylor Plaza, Houston, TX 77030, USA."])
        XCTAssertEqual(records[1].id, "pmid:2930949")
        XCTAssertEqual(records[1].date, "1985-08")  // PubDate with a month name
        XCTAssertEqual(records[1].parties.map(\.name), ["J B Reuler"])
    }

    /// A broken citation in the middle of a file is reported with its line and skipped; the
    /// citations after it are still read.
    func testMalformedCitationInTheMiddleIsSkippedAndReported() throws {
        var text = String(decoding: try TestSupport.bytes(try pubmed("test_current_medline.xml.gz")), as: UTF8.self)
        let second = try XCTUnwrap(text.range(of: "<PMID Version=\"1\">2930949</PMID>"))
        text.replaceSubrange(second, with: "<PMID Version=\"1\">2930949</PMID><Broken attribute=\"unterminated>")
        let url = try ImportTestSupport.temporary(Array(text.utf8), name: "broken.xml")
        defer { try? FileManager.default.removeItem(at: url) }
        let (records, problems) = try ImportTestSupport.records(url.path)
        XCTAssertEqual(records.first?.id, "pmid:36400559")
        XCTAssertEqual(records.count, 3)
        XCTAssertFalse(records.contains { $0.id == "pmid:2930949" })
        let skipped = problems.filter(\.lineSkipped)
        XCTAssertEqual(skipped.count, 1)
        XCTAssertEqual(skipped.first?.file, url.path)
        XCTAssertEqual(skipped.first?.unit, "document")
        XCTAssertTrue(skipped.first?.description.contains("malformed <PubmedArticle>") ?? false, "\(problems)")
        // The broken citation starts on line 5 of the file (its <PubmedArticle> tag).
        let line = text.prefix(upTo: text.range(of: "<PubmedArticle>", range: text.index(after: text.range(of: "<PubmedArticle>")!.lowerBound)..<text.endIndex)!.lowerBound)
            .filter { $0 == "\n" }.count + 1
        XCTAssertEqual(skipped.first?.line, line)
    }

    /// A file cut short in the middle of a citation: the complete ones are read and the
    /// truncation is reported.
    func testTruncatedFileReportsTheLastCitation() throws {
        let bytes = try TestSupport.bytes(try pubmed("pubmed-29768149.xml"))
        let url = try ImportTestSupport.temporary(Array(bytes.prefix(bytes.count / 2)), name: "truncated.xml")
        defer { try? FileManager.default.removeItem(at: url) }
        let (records, problems) = try ImportTestSupport.records(url.path)
        XCTAssertEqual(records.count, 0)
        XCTAssertEqual(problems.filter(\.lineSkipped).count, 1)
        XCTAssertTrue(problems[0].reason.contains("truncated"), problems[0].description)
    }
}
