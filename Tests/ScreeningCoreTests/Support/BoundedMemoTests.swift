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
}
