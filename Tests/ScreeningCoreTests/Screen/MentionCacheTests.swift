@testable import ScreeningCore
import Foundation
import XCTest

/// The mention cache answers with what was remembered, never holds more than its capacity,
/// keeps the mentions that keep coming back, and lets go of those met once.
final class MentionCacheTests: XCTestCase {
    private func mention(_ k: Int) -> Screener.Mention {
        Screener.Mention(text: "Mention \(k)", asPerson: k % 2 == 0, country: nil)
    }

    func testBoundedAndKeepsWhatComesBack() {
        var cache = MentionCache<Int>(capacity: 100)
        let regular = Screener.Mention(text: "Department of Physics, Tohoku University", asPerson: false, country: nil)
        cache.remember(-1, for: regular)
        for k in 0..<10_000 {
            XCTAssertNil(cache.value(of: mention(k)), "mention \(k) was never remembered")
            cache.remember(k, for: mention(k))
            XCTAssertEqual(cache.value(of: mention(k)), k)
            XCTAssertLessThanOrEqual(cache.count, 100)
            // Met once, a mention is gone within a capacity's worth of others.
            if k >= 100 { XCTAssertNil(cache.value(of: mention(k - 100)), "mention \(k - 100) still held at \(k)") }
            // The regular one comes back every 45 mentions: it is never forgotten.
            if k % 45 == 0 { XCTAssertEqual(cache.value(of: regular), -1, "forgotten after \(k) mentions") }
        }
        XCTAssertNil(cache.value(of: Screener.Mention(text: "Mention 1", asPerson: true, country: nil)),
                     "the same text read as a person is another mention")
    }

    /// In shards, on two threads: each batch's lookups answer what was remembered, mentions
    /// that come back stay, and the shards together hold at most the capacity.
    /// Sized so that staying does not hang on the process's hash seed: sixteen shards of 250
    /// (generations of 125) take about 12 of a batch's 200 names each, and at most as many
    /// again copied back when a generation turns. With 1,000 (generations of 31), a shard the
    /// seed sent 16 or more names in one batch could turn twice between two lookups of a
    /// regular mention and drop it, as one CI run on 2026-12-04 did.
    func testShardsAnswerAsOneCacheWould() {
        let cache = ShardedMentionCache<Int>(capacity: 4_000, threads: 2)
        let regulars = (0..<20).map { Screener.Mention(text: "Regular affiliation \($0)", asPerson: false, country: nil) }
        // A value made in call c is c * 1,000,000 + the mention's number, so a value
        // remembered from an earlier call shows which call made it.
        var call = 0
        func values(_ mentions: [Screener.Mention]) -> [Int] {
            call += 1
            let made = call * 1_000_000
            return cache.values(of: mentions) { made + Self.number(of: $0) }
        }
        XCTAssertEqual(values(regulars), (0..<20).map { 1_000_000 + $0 })
        for batch in 0..<50 {
            let names = (0..<200).map { mention(batch * 200 + $0) }
            let made = (call + 1) * 1_000_000
            XCTAssertEqual(values(names), names.map { made + Self.number(of: $0) }, "batch \(batch): names never met are made")
            XCTAssertEqual(values(names), names.map { made + Self.number(of: $0) }, "batch \(batch): and then remembered")
            XCTAssertEqual(values(regulars), (0..<20).map { 1_000_000 + $0 }, "batch \(batch): the regulars stay")
            XCTAssertLessThanOrEqual(cache.count, 4_000)
        }
        let made = (call + 1) * 1_000_000
        XCTAssertEqual(values([mention(0)]), [made], "met once, long ago: made again")
    }

    /// The work given to run alongside runs once per call, on one thread or several, with
    /// mentions or none (a screen reads its next batch there: skipped, the run would end).
    func testWorkAlongsideRunsOncePerCall() {
        for threads in [1, 2] {
            let cache = ShardedMentionCache<Int>(capacity: 1_000, threads: threads)
            for mentions in [[], [mention(1)], (0..<300).map(mention)] {
                let runs = Runs()
                let values = cache.values(of: mentions, alongside: { runs.add() }) { Self.number(of: $0) }
                XCTAssertEqual(runs.count, 1, "\(threads) threads, \(mentions.count) mentions")
                XCTAssertEqual(values, mentions.map(Self.number(of:)))
            }
        }
    }

    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var runs = 0
        func add() { lock.withLock { runs += 1 } }
        var count: Int { lock.withLock { runs } }
    }

    /// The number a test mention's text ends with.
    private static func number(of mention: Screener.Mention) -> Int {
        Int(mention.text.split(separator: " ").last!)!
    }
}
