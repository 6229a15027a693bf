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

    /// The table is exactly what its generator makes of the registry with the current
    /// normalizer: a normalizer change that moves a word (lisboa now folded to lisbon, a
    /// legal form now left out) makes it stale even where no word is missing, as a check of
    /// missing words alone let 400 counts lag behind.
    func testTableIsWhatTheCurrentNormalizerMakes() throws {
        let path = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz").path
        let registry = try RORRegistry(path: path)
        let names = registry.records.flatMap { Array(Set($0.names.map(\.value))).sorted() }
        let counts = WordWeights.count(names: names, normalizer: TestSupport.normalizer, threads: ProcessInfo.processInfo.activeProcessorCount)
        let source = "the ROR data dump \((path as NSString).lastPathComponent) (\(registry.entities.count) organisations, \(names.count) names; CC0 1.0)"
        let made = WordWeights.render(names: names.count, frequencies: counts, source: source)
        let committed = try String(contentsOf: TestSupport.projectRoot.appendingPathComponent("Data/Tables/word-weights.tsv"), encoding: .utf8)
        let (madeLines, committedLines) = (made.split(separator: "\n"), committed.split(separator: "\n"))
        let differing = zip(madeLines, committedLines).filter { $0 != $1 }.prefix(5).map { "\($1) -> \($0)" }
        XCTAssertTrue(made == committed, "regenerate Data/Tables/word-weights.tsv (see Data/Generators/WordWeights): "
                      + "\(madeLines.count) lines made, \(committedLines.count) committed; first differences: \(differing)")
    }
}
