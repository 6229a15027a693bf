@testable import ScreeningCore
import XCTest

/// Names of plain ASCII letters are read without the scanner (`Normalizer.plainParts`):
/// their readings must be those the scanner's words give, for every such name.
final class PlainNamePartsTests: XCTestCase {
    func testPlainNamesReadAsTheScannerReadsThem() throws {
        let normalizer = TestSupport.normalizer
        // The US lists' names (persons and organisations alike) and medline16n0902's
        // authors, as written, in capitals, hyphenated and with odd spacing.
        let listed = try TestSupport.usLists().flatMap { [$0.name] + $0.aliases }
        let (records, _) = try ImportTestSupport.records(try TestSupport.shared("records/pubmed/medline16n0902.xml.gz").path)
        let authors = records.flatMap { $0.parties.map(\.name) }
        var names: [String] = []
        for name in listed + authors {
            let words = name.split(separator: " ").map(String.init)
            names += [name, name.uppercased(), words.joined(separator: "-"), "  \(words.joined(separator: "   ")) ", "\(name)-"]
        }
        names += ["Ke-Xuan Doshi", "Du Wei", "Wei Du", "Gia An Du", "Aaron De Leon", "Van Der Berg", "Jean--Pierre Smith",
                  "-Smith", "Author", "Institute", "Institute Smith", "St Michael", "Xiao-Ming Zhang", "", " ", "A B", "Ng"]
        var plain = 0
        for name in names where normalizer.plainParts(of: name) != nil {
            plain += 1
            // Both read the name without its generational suffix (Jr.), as `personReadings` passes it.
            XCTAssertEqual(normalizer.personReadings(name), normalizer.scannedReadings(Normalizer.withoutGenerationalSuffix(name), isASCII: true), name)
        }
        // Thousands are plain (the lists hold companies too); a name with a term of
        // organisation names, or anything but letters, is not.
        XCTAssertGreaterThan(plain, names.count / 4, "names read without the scanner")
        for name in ["Institute Smith", "Gia An Du", "St Michael", "O'Brien John", "J. Smith", "Smith, John", "Li 2nd", "Jean-S Smith"] {
            XCTAssertNil(normalizer.plainParts(of: name), name)
        }
        // Initials that are terms of organisation names too (S for South), standing alone.
        for name in ["Beatriz S Pavanelli", "P M Castex", "Colin S H Barat", "K Smith"] {
            XCTAssertNotNil(normalizer.plainParts(of: name), name)
        }
        print("PlainNamePartsTests: \(plain) of \(names.count) names read without the scanner")
    }
}
