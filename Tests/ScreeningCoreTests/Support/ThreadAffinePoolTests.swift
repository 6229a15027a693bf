@testable import ScreeningCore
import Foundation
import XCTest

/// `ThreadAffinePool` lends each value to one thread at a time, gives a thread back the
/// value it used last, and makes no more values than threads use it at once.
final class ThreadAffinePoolTests: XCTestCase {
    /// Counts its uses, and notes if two threads used it at once.
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

    func testOneThreadAtATimeAndEachItemOnce() {
        for (count, threads) in [(1, 4), (7, 2), (1000, 2), (5003, 4), (300, 1)] {
            let made = Probe()
            let pool = ThreadAffinePool { () -> Probe in made.use(); return Probe() }
            let result = ParallelMap.map(Array(0..<count), threads: threads) { item in
                pool.with { probe in probe.use(); return item * 3 + 1 }
            }
            XCTAssertEqual(result, (0..<count).map { $0 * 3 + 1 }, "\(count) items, \(threads) threads")
            var probes: [Probe] = []
            while probes.count < made.uses { probes.append(pool.take()) }
            XCTAssertEqual(probes.reduce(0) { $0 + $1.uses }, count, "\(count) items, \(threads) threads")
            XCTAssertFalse(probes.contains { $0.overlapped }, "a value used by two threads at once")
            XCTAssertLessThanOrEqual(made.uses, max(1, threads), "more values than threads")
        }
    }

    func testAThreadGetsBackItsOwn() {
        let pool = ThreadAffinePool { NSObject() }
        let mine = pool.take()
        let taken = DispatchSemaphore(value: 0), mineBack = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let theirs = pool.take()
            taken.signal()
            mineBack.wait()
            pool.give(back: theirs)
            done.signal()
        }
        thread.start()
        taken.wait()
        pool.give(back: mine)
        mineBack.signal()
        done.wait()
        // Both are free, the other thread's given back last: this thread still gets its own.
        XCTAssertTrue(pool.take() === mine)
        XCTAssertFalse(pool.take() === mine)
    }
}
