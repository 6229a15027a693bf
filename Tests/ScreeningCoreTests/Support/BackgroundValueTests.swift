import Dispatch
import Foundation
@testable import ScreeningCore
import XCTest

/// A background value whose work no thread has started yet is computed by the caller of
/// `value` (so work that waits for other work cannot leave it queued behind itself), once;
/// on a serial queue the works still run one after another, in order.
final class BackgroundValueTests: XCTestCase {
    /// Counts the runs of a work, from any thread.
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var log: [Int] = []
        func note(_ k: Int) { lock.lock(); log.append(k); lock.unlock() }
        var all: [Int] { lock.lock(); defer { lock.unlock() }; return log }
    }

    func testTheCallerRunsWorkNoThreadHasStartedOnce() {
        // A suspended queue starts nothing: the caller must run the work itself.
        let queue = DispatchQueue(label: "suspended", attributes: .concurrent)
        queue.suspend()
        let runs = Runs()
        let value = BackgroundValue(on: queue, callerMayRun: true) { () -> Int in runs.note(1); return 42 }
        XCTAssertEqual(value.value, 42)
        XCTAssertEqual(value.value, 42)
        queue.resume()
        queue.sync(flags: .barrier) {}  // the queued block has run, and found the work taken
        XCTAssertEqual(runs.all, [1], "run once, by the caller")
    }

    func testWorkOnTheGlobalQueueRunsOnce() {
        let runs = Runs()
        let values = (0..<64).map { k in BackgroundValue { () -> Int in runs.note(k); return k * k } }
        XCTAssertEqual(values.map(\.value), (0..<64).map { $0 * $0 })
        XCTAssertEqual(runs.all.sorted(), Array(0..<64))
    }

    func testASerialQueuesWorksRunInOrderWhateverTheCallerAsks() {
        let queue = DispatchQueue(label: "serial")
        queue.suspend()
        let runs = Runs()
        let values = (0..<8).map { k in BackgroundValue(on: queue) { () -> Int in runs.note(k); return k } }
        let last = DispatchGroup()
        last.enter()
        // Asked for the last first, on another thread: it waits for the queue, which runs them in order.
        DispatchQueue.global().async { XCTAssertEqual(values[7].value, 7); last.leave() }
        queue.resume()
        last.wait()
        XCTAssertEqual(values.map(\.value), Array(0..<8))
        XCTAssertEqual(runs.all, Array(0..<8))
    }
}
