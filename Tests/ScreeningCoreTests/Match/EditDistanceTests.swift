@testable import ScreeningCore
import XCTest

/// The bounded edit distance against the plain Levenshtein table it shortcuts.
final class EditDistanceTests: XCTestCase {
    /// The full table, written the textbook way: the reference the bounded one must agree with.
    private func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return table[a.count][b.count]
    }

    func testKnownPairs() {
        XCTAssertEqual(EditDistance.bounded("jiaotong", "jiatong", limit: 1), 1)
        XCTAssertEqual(EditDistance.bounded("berkeley", "bekerley", limit: 2), 2)
        XCTAssertNil(EditDistance.bounded("berkeley", "bekerley", limit: 1))
        XCTAssertEqual(EditDistance.bounded("university", "university", limit: 2), 0)
        XCTAssertEqual(EditDistance.bounded("", "abc", limit: 3), 3)
        XCTAssertNil(EditDistance.bounded("abc", "", limit: 2))
        XCTAssertEqual(EditDistance.bounded("zürich", "zurich", limit: 2), 2)  // two UTF-8 bytes for one
    }

    /// Property: on random words over a small alphabet (so that near pairs are common), the
    /// bounded distance is the full one when that is within the limit, and nil otherwise.
    func testAgreesWithTheFullTable() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcde".utf8)
        for _ in 0..<5_000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var b = a
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                switch Int.random(in: 0...2, using: &generator) {
                case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &generator))
                case 1: b.insert(alphabet.randomElement(using: &generator)!, at: Int.random(in: 0...b.count, using: &generator))
                default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &generator)] = alphabet.randomElement(using: &generator)! }
                }
            }
            let full = levenshtein(a, b)
            for limit in 0...3 {
                let bounded = EditDistance.bounded(String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self), limit: limit)
                XCTAssertEqual(bounded, full <= limit ? full : nil, "\(a) \(b) limit \(limit)")
            }
        }
    }
}
