@testable import ScreeningCore
import XCTest

/// Properties of the radix sort: the standard library's stable sort's result, values moved
/// with their keys.
final class RadixSortTests: XCTestCase {
    func testSortsLikeAStableSortCarryingValues() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 17, 10_000] {
            // Random keys, and keys repeated (equal keys keep their order), some differing
            // only in their high bits.
            var keys = (0..<count).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
            for i in stride(from: 0, to: count, by: 3) { keys[i] = keys[i / 2] }
            for i in stride(from: 1, to: count, by: 7) { keys[i] = UInt64(i % 5) << 60 }
            var values = (0..<count).map { UInt32($0) }
            let expected = zip(keys, values).sorted { $0.0 < $1.0 }
            RadixSort.sort(&keys, carrying: &values)
            XCTAssertEqual(keys, expected.map(\.0))
            XCTAssertEqual(values, expected.map(\.1))
        }
    }
}
