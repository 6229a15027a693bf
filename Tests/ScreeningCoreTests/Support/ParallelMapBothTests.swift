import Foundation
@testable import ScreeningCore
import XCTest

/// Two steps run at once give what they give in turn, on one thread or more, each run once.
/// (Whether they overlap is the dispatcher's to decide, and not asserted: a test that waited
/// for it would hang where the dispatcher ran both on one thread.)
final class ParallelMapBothTests: XCTestCase {
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var counts = [0, 0]
        func ran(_ k: Int) { lock.withLock { counts[k] += 1 } }
        var all: [Int] { lock.withLock { counts } }
    }

    func testBothResultsComeBackEachStepRunOnce() {
        for threads in [1, 2, 4] {
            let runs = Runs()
            let (sum, words) = ParallelMap.both(threads: threads, { runs.ran(0); return (1...1000).reduce(0, +) },
                                                { runs.ran(1); return "Harbin Institute of Technology".split(separator: " ").map(String.init) })
            XCTAssertEqual(sum, 500500, "\(threads) threads")
            XCTAssertEqual(words, ["Harbin", "Institute", "of", "Technology"], "\(threads) threads")
            XCTAssertEqual(runs.all, [1, 1], "\(threads) threads")
        }
    }
}
