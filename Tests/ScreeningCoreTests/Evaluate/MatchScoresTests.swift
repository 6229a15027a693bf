import ScreeningCore
import XCTest

/// The micro-averaged arithmetic on a hand-made example.
final class MatchScoresTests: XCTestCase {
    // Three affiliations: one sure, one with a weak right id and a wrong extra, one whose
    // right id scores below a wrong one.
    private let expected: [Set<String>] = [["a"], ["b", "c"], ["d"]]
    private let scored: [[String: Double]] = [["a": 0.95], ["b": 0.9, "c": 0.52, "x": 0.7], ["d": 0.55, "y": 0.6]]

    func testMicroAveragedCounts() {
        // At 0.8: predicted {a}, {b}, {} → TP 2, FP 0, FN 2.
        let scores = MatchScores(predicted: [["a"], ["b"], []], expected: expected)
        XCTAssertEqual([scores.truePositives, scores.falsePositives, scores.falseNegatives, scores.mentions], [2, 0, 2, 3])
        XCTAssertEqual(scores.precision, 1)
        XCTAssertEqual(scores.recall, 0.5)
        XCTAssertEqual(scores.f1, 2.0 / 3.0, accuracy: 1e-12)
    }

    func testEmptyCountsScoreZero() {
        let none = MatchScores(predicted: [[]], expected: [[]])
        XCTAssertEqual([none.precision, none.recall, none.f1], [0, 0, 0])
    }

    func testSweepFiltersOneRunAndFindsTheBestThreshold() throws {
        let sweep = MatchScores.sweep(scored: scored, expected: expected)
        XCTAssertEqual(sweep.count, 51)
        XCTAssertEqual(sweep.first?.threshold, 0.5)
        XCTAssertEqual(sweep.last?.threshold, 1.0)
        func at(_ t: Double) -> MatchScores { sweep.first { $0.threshold == t }!.scores }
        // 0.50: everything predicted → TP 4 (a, b, c, d), FP 2 (x, y), FN 0.
        XCTAssertEqual([at(0.5).truePositives, at(0.5).falsePositives, at(0.5).falseNegatives], [4, 2, 0])
        // 0.53: c drops out → TP 3, FP 2, FN 1.
        XCTAssertEqual([at(0.53).truePositives, at(0.53).falsePositives, at(0.53).falseNegatives], [3, 2, 1])
        // 0.56: d drops out, y stays → TP 2, FP 2, FN 2.
        XCTAssertEqual([at(0.56).truePositives, at(0.56).falsePositives, at(0.56).falseNegatives], [2, 2, 2])
        // 0.70 holds x (score exactly at the threshold counts); 0.71 drops it.
        XCTAssertEqual(at(0.7).falsePositives, 1)
        XCTAssertEqual(at(0.71).falsePositives, 0)
        XCTAssertEqual(at(0.8), MatchScores(predicted: [["a"], ["b"], []], expected: expected))
        XCTAssertEqual(at(1.0).truePositives, 0)
        // F1: 0.50…0.52 → P 2/3, R 1, F1 0.8 (the same counts: the first wins); 0.71…0.90 → 2/3.
        let best = try XCTUnwrap(MatchScores.best(of: sweep))
        XCTAssertEqual(best.threshold, 0.5)
        XCTAssertEqual(best.scores.f1, 0.8, accuracy: 1e-12)
        XCTAssertEqual(at(0.71).f1, 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(at(0.91).f1, 0.4, accuracy: 1e-12)
    }
}
