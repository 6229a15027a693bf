@testable import ScreeningCore
import XCTest

/// Verification marks the mention's words an alias has taken in a bit set up to 64 words
/// and an array beyond: both behave as an array of flags would.
final class TakenTokensTests: XCTestCase {
    func testBehavesAsAnArrayOfFlagsBelowAndAbove64Words() {
        var generator = SystemRandomNumberGenerator()
        for count in [1, 10, 63, 64, 65, 200] {
            var taken = TakenTokens(count: count)
            var model = [Bool](repeating: false, count: count)
            for _ in 0..<2_000 {
                let k = Int.random(in: 0..<count, using: &generator)
                let value = Bool.random(using: &generator)
                taken[k] = value
                model[k] = value
                XCTAssertEqual((0..<count).map { taken[$0] }, model, "\(count) words")
            }
        }
    }
}
