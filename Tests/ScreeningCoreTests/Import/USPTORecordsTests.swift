import Foundation
import ScreeningCore
import XCTest

/// USPTO patent XML, era by era, on the 14 official samples in ../shared/data/records/uspto.
final class USPTORecordsTests: XCTestCase {
    private func record(_ name: String) throws -> Record {
        let (records, problems) = try ImportTestSupport.records(try TestSupport.shared("records/uspto/\(name)").path)
        XCTAssertEqual(problems, [], name)
        XCTAssertEqual(records.count, 1, name)
        return try XCTUnwrap(records.first)
    }

    private func summary(_ party: Party) -> String {
        "\(party.role): \(party.name) (\(party.city ?? "-"), \(party.country ?? "-"))"
    }

    func testEverySampleYieldsItsPatentWithInventors() throws {
        let folder = try TestSupport.shared("records/uspto")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
        XCTAssertEqual(names.count, 14)
        for name in names {
            let record = try record(name)
            XCTAssertTrue(record.id.hasPrefix("us-patent:"), name)
            // The number in the file name (US06336130 → 6336130) is the record's.
            let number = name.split(separator: "_").last!.dropFirst(2).prefix { $0 != "." }
            let digits = String(number.drop { $0.isLetter }.prefix(11)).drop { $0 == "0" }
            XCTAssertTrue(record.id.contains(digits.prefix(6)), "\(name): \(record.id)")
            XCTAssertNotNil(record.title, name)
            XCTAssertNotNil(record.date, name)
            let inventors = record.parties.filter { $0.role == "inventor" }
            XCTAssertFalse(inventors.isEmpty, name)
            XCTAssertTrue(inventors.allSatisfy { $0.city != nil && $0.country != nil && !$0.name.isEmpty }, "\(name): \(inventors)")
        }
    }

    /// 1976-2001 ST.32 markup (`PATDOC`, B-codes).
    func testST32Grants() throws {
        let ericsson = try record("sgml__US06336130.xml")
        XCTAssertEqual(ericsson.id, "us-patent:6336130")
        XCTAssertEqual(ericsson.kind, "patent")
        XCTAssertEqual(ericsson.date, "2002-01-01")
        XCTAssertEqual(ericsson.title, "Arrangement for improving availability of services in a communication system")
        XCTAssertEqual(ericsson.parties.map(summary), ["inventor: Thanh Van Do (Oslo, NO)",
                                                       "assignee: Telefonaktiebolaget LM Ericsson (publ) (Stockholm, SE)"])
        let design = try record("sgml__USD435854S1.xml")
        XCTAssertEqual(design.id, "us-patent:D435854")
        XCTAssertEqual(design.parties.filter { $0.role == "inventor" }.count, 8)
        XCTAssertEqual(design.parties.filter { $0.role == "assignee" }.map(\.name),
                       ["Hitachi Maxell, Ltd.", "Sanyo Electric Co.,Ltd.", "Olympus Optical Co., Ltd."])
        XCTAssertEqual(try record("sgml__US06337117.xml").parties.last.map(summary), "assignee: Mitsubishi Chemical Corporation (Tokyo, JP)")
    }

    /// 2001-2004 pre-grant publications (`patent-application-publication`), including the
    /// one without an XML declaration and with values padded by white space.
    func testApplicationPublications2001() throws {
        let idemitsu = try record("pap__US20010000943A1.xml")
        XCTAssertEqual(idemitsu.id, "us-patent:20010000943")
        XCTAssertEqual(idemitsu.kind, "patent-application")
        XCTAssertEqual(idemitsu.date, "2001-05-10")
        XCTAssertEqual(idemitsu.parties.map(summary), ["inventor: Kenichi Fukuoka (Sodegaura-shi, JP)",
                                                       "inventor: Mitsura Eida (Sodegaura-shi, JP)",
                                                       "assignee: IDEMITSU KOSAN CO., LTD. (-, -)"])
        let padded = try record("pap__US20010000044A1.xml")
        XCTAssertEqual(padded.parties.map(summary), ["inventor: Wayne W Lin (Irvine, US)"])
        XCTAssertEqual(padded.title, "Systems and Methods For Transacting Business Over A Global Communications Network Such As The Internet")
    }

    /// 2004-2012 grants and applications: inventors listed as "applicant-inventor".
    func testGrantsAndApplications2004To2006() throws {
        let microsoft = try record("xml2006__US07272630B2.xml")
        XCTAssertEqual(microsoft.id, "us-patent:7272630")
        XCTAssertEqual(microsoft.date, "2007-09-18")
        XCTAssertEqual(microsoft.parties.map(summary), ["inventor: John R. Douceur (Bellevue, US)", "inventor: Marvin M. Theimer (Bellevue, US)",
                                                        "inventor: Atul Adya (Bellevue, US)", "inventor: William J. Bolosky (Issaquah, US)",
                                                        "assignee: Microsoft Corporation (Redmond, US)"])
        XCTAssertEqual(try record("xml2004__US06970935.xml").parties.map(summary),
                       ["inventor: Stephane H. Maes (Danbury, US)", "assignee: International Business Machines Corporation (Armonk, US)"])
        let application = try record("xmlApp2004__US20050004437A1.xml")
        XCTAssertEqual(application.kind, "patent-application")
        XCTAssertEqual(application.parties.map(summary), ["inventor: Heiner Kaufmann (Bern, CH)", "inventor: Thomas Vering (Bremgarten b. Bern, CH)"])
        XCTAssertEqual(try record("xmlApp2004__US20050004974A1.xml").parties.last?.name, "Xerox Corporation")
    }

    /// 2013-today grants: `us-parties` with applicants, inventors and assignees; an
    /// applicant who is also an inventor or the assignee is one party, not two.
    func testGrants2014() throws {
        let ibm = try record("xml2014__US08930553.xml")
        XCTAssertEqual(ibm.id, "us-patent:8930553")
        XCTAssertEqual(ibm.date, "2015-01-06")
        XCTAssertEqual(ibm.title, "Managing mid-dialog session initiation protocol (SIP) messages")
        XCTAssertEqual(ibm.parties.map(summary), ["inventor: Nitzan Nissim (Rehovot, IL)", "inventor: Brian Pulito (Lexington, US)",
                                                  "inventor: Asaf Zinger (Rehovot, IL)",
                                                  "assignee: International Business Machines Corporation (Armonk, US)"])
        let idemitsu = try record("xml2014__US08927118.xml")
        XCTAssertEqual(idemitsu.parties.filter { $0.role == "inventor" }.count, 5)
        XCTAssertEqual(idemitsu.parties.filter { $0.role == "applicant" }.count, 0)
        XCTAssertEqual(idemitsu.parties.last.map(summary), "assignee: Idemitsu Kosan Co., Ltd. (Tokyo, JP)")
    }

    /// USPTO's bulk files are many `<?xml` documents one after another: all are read, in
    /// order, and a broken one in the middle is reported and skipped.
    func testConcatenatedDocumentsAreAllReadAndABrokenOneIsSkipped() throws {
        let folder = try TestSupport.shared("records/uspto")
        let names = ["xml2014__US08930553.xml", "xml2006__US07272630B2.xml", "xml2014__US08927118.xml",
                     "sgml__US06336130.xml", "xmlApp2004__US20050004437A1.xml"]
        var bulk: [UInt8] = []
        var brokenLine = 0
        for (index, name) in names.enumerated() {
            var text = String(decoding: try TestSupport.bytes(folder.appendingPathComponent(name)), as: UTF8.self)
            if index == 2 {
                // An end tag that closes nothing: not well-formed.
                text = text.replacingOccurrences(of: "<invention-title", with: "</no-such-element><invention-title")
                // The document's line: lines before it in the bulk file, then before its root.
                brokenLine = bulk.filter { $0 == 0x0A }.count + 1
                let root = try XCTUnwrap(text.range(of: "<us-patent-grant"))
                brokenLine += text[..<root.lowerBound].filter { $0 == "\n" }.count
            }
            bulk += Array(text.utf8)
            if bulk.last != 0x0A { bulk.append(0x0A) }
        }
        let url = try ImportTestSupport.temporary(bulk, name: "ipg-bulk.xml")
        defer { try? FileManager.default.removeItem(at: url) }
        let (records, problems) = try ImportTestSupport.records(url.path)
        XCTAssertEqual(records.map(\.id), ["us-patent:8930553", "us-patent:7272630", "us-patent:6336130", "us-patent:20050004437"])
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, brokenLine)
        XCTAssertTrue(problems.first?.reason.contains("</no-such-element> without a matching start tag") ?? false, "\(problems)")
    }

    /// Gzip is read transparently, and the same records come out.
    func testGzipBulkFile() throws {
        let url = try TestSupport.shared("records/uspto/xml2014__US08926509.xml")
        let compressed = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-patent.xml.gz")
        defer { try? FileManager.default.removeItem(at: compressed) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c '\(url.path)' > '\(compressed.path)'"]
        try process.run()
        process.waitUntilExit()
        let plain = try ImportTestSupport.records(url.path).records
        let unzipped = try ImportTestSupport.records(compressed.path).records
        XCTAssertEqual(plain, unzipped)
        XCTAssertEqual(unzipped.first?.parties.last?.name, "Hmicro, Inc.")
    }
}

/// USPTO's 1976-2001 APS text. No real bulk file is in ../shared/data: the fixture is
/// documentation-derived (Tests/ScreeningCoreTests/Fixtures/README.md).
final class USPTOTextRecordsTests: XCTestCase {
    func testAPSGreenBookPatents() throws {
        let path = ImportTestSupport.fixtures.appendingPathComponent("uspto-aps-green-book.txt").path
        let (records, problems) = try ImportTestSupport.records(path)
        XCTAssertEqual(records.map(\.id), ["us-patent:4375702", "us-patent:D452059"], "\(problems)")
        guard records.count == 2 else { return }
        let first = records[0]
        XCTAssertEqual(first.kind, "patent")
        XCTAssertEqual(first.date, "1983-03-08")
        XCTAssertEqual(first.title, "Device for mounting an earmuff on a helmet, with a title that goes on over a second line")
        XCTAssertEqual(first.parties, [Party(role: "inventor", name: "Tord R. Lundin", country: "SE", city: "Billesholm"),
                                       Party(role: "inventor", name: "John Smith", country: "US", city: "Springfield"),
                                       Party(role: "assignee", name: "Gullfiber AB", country: "SE", city: "Billesholm")])
        XCTAssertEqual(records[1].parties.last, Party(role: "assignee", name: "Example Malletier, S.A.", country: "FR", city: "Paris"))
        // The patent without a number is reported at its PATN line and skipped.
        XCTAssertEqual(problems.map(\.line), [32])
        XCTAssertTrue(problems.first?.reason.contains("WKU") ?? false, "\(problems)")
    }
}
