@testable import ScreeningCore
import Foundation
import XCTest

/// `ParallelMap.map(_:states:_:)` keeps the input order, transforms every item once, and
/// gives each worker's state to one thread at a time.
final class ParallelMapTests: XCTestCase {
    /// Counts its uses, and fails the test if two threads use it at once.
    private final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var busy = false
        private(set) var uses = 0
        private(set) var overlapped = false

        func use() {
            lock.lock()
            if busy { overlapped = true }
            busy = true
            uses += 1
            lock.unlock()
            usleep(10)
            lock.lock()
            busy = false
            lock.unlock()
        }
    }

    func testOrderEveryItemOnceAndOneThreadPerState() {
        for (count, workers) in [(0, 2), (1, 4), (7, 2), (1000, 2), (5003, 4), (300, 1)] {
            let items = Array(0..<count)
            let probes = (0..<workers).map { _ in Probe() }
            let result = ParallelMap.map(items, states: probes) { probe, item in
                probe.use()
                return item * 3 + 1
            }
            XCTAssertEqual(result, items.map { $0 * 3 + 1 }, "\(count) items, \(workers) workers")
            XCTAssertEqual(probes.reduce(0) { $0 + $1.uses }, count, "\(count) items, \(workers) workers")
            XCTAssertFalse(probes.contains { $0.overlapped }, "a state used by two threads at once")
        }
    }
}
