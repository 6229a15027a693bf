@testable import ScreeningCore
import XCTest

/// The Chinese key skips its syllable search when the letters cannot be pinyin
/// (`PhoneticKeys.couldSplit`): that must never turn away a word the search would split,
/// on the words of real affiliations and names and on strings of real syllables.
final class PinyinSplitTests: XCTestCase {
    func testNoWordTheSearchSplitsIsTurnedAway() throws {
        let tables = TestSupport.normalizer.tables
        let keys = PhoneticKeys(pinyinSyllables: tables.pinyinSyllables)
        var words = Set<String>()
        let gold = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let lists = try TestSupport.shared("lists/us")
        var texts = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").map(String.init)
        for file in try FileManager.default.contentsOfDirectory(atPath: lists.path) where file.hasSuffix(".jsonl") {
            texts += try String(contentsOf: lists.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        for text in texts {
            for word in text.lowercased().split(whereSeparator: { !("a"..."z").contains($0) }) { words.insert(String(word)) }
        }
        // Strings of real syllables, and their Wade-Giles-looking neighbours.
        let syllables = tables.pinyinSyllables.filter { $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }.sorted()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let joined = (0..<Int.random(in: 1...4, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined()
            words.insert(joined)
            words.insert(joined.replacingOccurrences(of: "x", with: "hs").replacingOccurrences(of: "zh", with: "ch"))
        }
        XCTAssertGreaterThan(words.count, 30_000)
        var turnedAway = 0, split = 0
        for word in words {
            let bytes = Array(word.utf8)
            let searched = keys.splitLengths(bytes)
            if searched != nil { split += 1 }
            if !keys.couldSplit(bytes) {
                turnedAway += 1
                XCTAssertNil(searched, "\(word) splits, but was turned away")
            }
            XCTAssertEqual(keys.syllableLengths(bytes), searched, word)
        }
        XCTAssertGreaterThan(split, 20_000, "the strings of syllables split")
        XCTAssertGreaterThan(turnedAway, 10_000, "most English words are turned away")
    }
}
