@testable import ScreeningCore
import XCTest

/// `SeededByteHash`: the same bytes hash alike; a count of bytes counts (trailing zero bytes,
/// the tail of a word); and the bits the mention tables take (low bits for the bucket, the
/// high half for the tag, bits 40 on for the shard) spread evenly over near-identical texts.
final class SeededByteHashTests: XCTestCase {
    private func hash(_ bytes: [UInt8]) -> Int {
        var hash = SeededByteHash()
        bytes.withUnsafeBytes { hash.combine($0) }
        return hash.value
    }

    func testSameBytesAlikeAndEveryCountApart() {
        XCTAssertEqual(hash(Array("Tohoku University".utf8)), hash(Array("Tohoku University".utf8)))
        var seen = Set<Int>()
        for count in 0...24 { seen.insert(hash([UInt8](repeating: 0, count: count))) }
        XCTAssertEqual(seen.count, 25, "runs of zero bytes of different counts collide")
        XCTAssertNotEqual(hash(Array("abcdefgh".utf8)), hash(Array("abcdefgh\u{0}".utf8)))
    }

    func testTheTablesBitsSpreadEvenly() {
        let count = 40_000
        var buckets = [Int](repeating: 0, count: 1024), shards = [0, 0], tags = Set<UInt32>()
        for n in 0..<count {
            let value = UInt64(bitPattern: Int64(hash(Array("Department of Physics \(n), Tohoku University".utf8))))
            buckets[Int(value & 1023)] += 1
            shards[Int((value >> 40) & 0xFFFF) % 2] += 1
            tags.insert(UInt32(truncatingIfNeeded: value >> 32))
        }
        // Chi-square over the 1,024 buckets: about 1,023 ± 45 for an even spread.
        let mean = Double(count) / 1024
        let chiSquare = buckets.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) / mean }
        XCTAssertLessThan(chiSquare, 1023 + 5 * 45, "the buckets fill unevenly")
        // 1,000 apart is five standard deviations.
        XCTAssertLessThan(abs(shards[0] - shards[1]), count / 40, "the two shards uneven: \(shards)")
        XCTAssertGreaterThan(tags.count, count - 5, "tags collide")
    }
}
