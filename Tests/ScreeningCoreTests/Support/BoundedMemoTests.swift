import XCTest
@testable import ScreeningCore

/// `BoundedMemo` gives every key the value its maker gives, makes it once while it is held,
/// and starts afresh when full, so that what a thread meets later is memoized too.
final class BoundedMemoTests: XCTestCase {
    func testMakesEachKeyOnceWhileHeld() {
        let memo = BoundedMemo<Int>(capacity: 4)
        var made: [String] = []
        for key in ["a", "b", "a", "c", "b", "a"] {
            XCTAssertEqual(memo.value(of: key) { made.append($0); return $0.utf8.count }, key.utf8.count)
        }
        XCTAssertEqual(made, ["a", "b", "c"])
    }

    func testStartsAfreshWhenFullSoLaterKeysAreHeld() {
        let memo = BoundedMemo<String>(capacity: 3)
        var made: [String] = []
        let make: (String) -> String = { made.append($0); return $0.uppercased() }
        // The first three fill it (an index build's words); the next ones (a screen's) must
        // be held as well, not made again at every meeting.
        for key in ["w1", "w2", "w3", "r1", "r2", "r1", "r2", "r1"] {
            XCTAssertEqual(memo.value(of: key, make: make), key.uppercased())
        }
        XCTAssertEqual(made, ["w1", "w2", "w3", "r1", "r2"])
        // A word of the first ones was let go when it started afresh: made again, same value.
        XCTAssertEqual(memo.value(of: "w1", make: make), "W1")
        XCTAssertEqual(made.last, "w1")
    }

    func testEveryKeyItsOwnValueOnceThroughGrowth() {
        let memo = BoundedMemo<Int>(capacity: 5_000)
        // 4,000 keys, short and long, ASCII and not, each met three times in a shuffled order.
        let keys = (0..<4_000).map { n in n % 2 == 0 ? "w\(n)" : "Department of Physics \(n), Tōhoku" }
        var made: [String: Int] = [:]
        for key in (keys + keys + keys).shuffled() {
            let value = memo.value(of: key) { key in made[key, default: 0] += 1; return key.hashValue }
            XCTAssertEqual(value, key.hashValue, key)
        }
        XCTAssertEqual(made.count, keys.count)
        XCTAssertTrue(made.values.allSatisfy { $0 == 1 }, "a key made twice while held")
    }

    func testAKeyLookedUpByItsBytesIsTheKeyLookedUpAsAString() {
        let memo = BoundedMemo<Int>(capacity: 5_000)
        let keys = (0..<2_000).map { n in n % 2 == 0 ? "zhang\(n)" : "Tōhoku \(n)" }
        var made: [String: Int] = [:]
        let make: (String) -> Int = { key in made[key, default: 0] += 1; return key.hashValue }
        for (n, key) in (keys + keys).shuffled().enumerated() {
            // Half by the string, half by its bytes: either finds what the other made.
            var copy = key
            let value = n % 2 == 0 ? memo.value(of: key, make: make) : copy.withUTF8 { memo.value(ofBytes: $0, make: make) }
            XCTAssertEqual(value, key.hashValue, key)
        }
        XCTAssertEqual(made.count, keys.count)
        XCTAssertTrue(made.values.allSatisfy { $0 == 1 }, "a key made twice while held")
    }
}
