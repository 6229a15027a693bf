import Foundation
@testable import ScreeningCore
import XCTest

/// The grams of a text are what their definition says: for every Latin token its own gram
/// and the trigrams of its bytes padded with a space at either end, every token of every
/// form, each once, in ascending order. Checked against that definition written plainly,
/// on the Crossref gold's real affiliations and the US lists' names (a property of the
/// computation, not a quality claim).
final class GramsTests: XCTestCase {
    private func definition(_ text: NormalizedText) -> [UInt64] {
        var grams = Set<UInt64>()
        for token in text.tokens {
            grams.insert(Grams.hash(.token, token.text))
            let padded = [UInt8(ascii: " ")] + Array(token.text.utf8) + [UInt8(ascii: " ")]
            guard padded.count >= 4 else { continue }
            for i in 0...(padded.count - 3) {
                var stream = TextHash.Stream()
                for byte in padded[i..<(i + 3)] { stream.add(byte) }
                grams.insert(Grams.tagged(stream, .trigram))
            }
        }
        for form in text.forms {
            for token in form.tokens { grams.insert(Grams.hash(.token, token)) }
        }
        return grams.sorted()
    }

    func testLatinGramsAreTheirDefinition() throws {
        let gold = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let rows = CSVRows(try InputFile.open(gold.path), file: gold.path)
        _ = try rows.next()
        var texts: [String] = []
        while let row = try rows.next(), texts.count < 3000 { texts.append(row.fields[0]) }
        texts += try TestSupport.usLists().prefix(3000).map(\.name)
        texts += ["a", "ab", "abc", "Ω", "Zürich", "A B", ""]
        var checked = 0
        for text in texts {
            let normalized = TestSupport.normalizer.normalize(text, options: .allForms)
            // Han and kana runs make bigrams instead: their own property, left to the index's tests.
            guard normalized.tokens.allSatisfy({ $0.script != .han && $0.script != .kana }) else { continue }
            XCTAssertEqual(Grams.of(normalized), definition(normalized), text)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 5000)
    }
}
