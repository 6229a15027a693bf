import Foundation
@testable import ScreeningCore
import XCTest

/// The committed word-weight table: generic words weigh less than distinctive ones, and it
/// is not stale (every word the current normalizer makes of a slice of ROR names in two or
/// more of them is in the table with at least that count).
final class WordWeightsTests: XCTestCase {
    func testGenericWordsWeighLessThanDistinctiveOnes() throws {
        let weights = try WordWeights.standard()
        XCTAssertGreaterThan(weights.nameCount, 100_000)
        XCTAssertLessThan(weights.weight(of: "university"), weights.weight(of: "harbin"))
        XCTAssertLessThan(weights.weight(of: "technology"), weights.weight(of: "electronic"))
        XCTAssertEqual(weights.weight(of: "no-such-word-anywhere"), log(1 + Double(weights.nameCount)), accuracy: 1e-9)
    }

    func testTableIsNotStaleForTheCurrentNormalizer() throws {
        let registry = try RORRegistry(path: TestSupport.shared("registries/ror-v2-partial.jsonl.gz").path)
        let names = registry.records.prefix(1500).flatMap { Array(Set($0.names.map(\.value))).sorted() }
        let sample = WordWeights.count(names: names, normalizer: TestSupport.normalizer, threads: 2)
        let weights = try WordWeights.standard()
        let unseen = log(1 + Double(weights.nameCount))
        let missing = sample.filter { weights.weight(of: $0.key) >= unseen - 1e-9 }.map(\.key).sorted()
        XCTAssertEqual(Array(missing.prefix(20)), [], "regenerate Data/Tables/word-weights.tsv (see Data/Generators/WordWeights)")
    }
}
