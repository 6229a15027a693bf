@testable import ScreeningCore
import Foundation
import XCTest

/// `ThreadAffinePool` lends each value to one thread at a time and keeps it for that thread:
/// a thread gets its own value back, a thread that asks again before giving it back gets
/// another, the value of a thread that ends goes to the next thread that asks, and the
/// values go with the pool.
final class ThreadAffinePoolTests: XCTestCase {
    /// Counts its uses, notes if two threads used it at once, and which threads used it.
    private final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var busy = false
        private(set) var uses = 0
        private(set) var overlapped = false
        private(set) var users: Set<UInt> = []

        func use() {
            lock.lock()
            if busy { overlapped = true }
            busy = true
            uses += 1
            users.insert(UInt(pthread_self()))
            lock.unlock()
            usleep(10)
            lock.lock()
            busy = false
            lock.unlock()
        }
    }

    /// The probes a pool made, kept apart from the pool.
    private final class Made: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [Probe] = []

        func make() -> Probe {
            let probe = Probe()
            lock.withLock { made.append(probe) }
            return probe
        }

        var probes: [Probe] { lock.withLock { made } }
    }

    func testOneThreadAtATimeAndEachThreadItsOwn() {
        for (count, threads) in [(1, 4), (7, 2), (1000, 2), (5003, 4), (300, 1)] {
            let made = Made()
            let pool = ThreadAffinePool { made.make() }
            let result = ParallelMap.map(Array(0..<count), threads: threads) { item in
                pool.with { probe in probe.use(); return item * 3 + 1 }
            }
            let label = "\(count) items, \(threads) threads"
            XCTAssertEqual(result, (0..<count).map { $0 * 3 + 1 }, label)
            let probes = made.probes
            XCTAssertEqual(probes.reduce(0) { $0 + $1.uses }, count, label)
            XCTAssertFalse(probes.contains { $0.overlapped }, "a value used by two threads at once, \(label)")
            // Each value stays with the thread that took it first (no thread ended here).
            XCTAssertTrue(probes.allSatisfy { $0.users.count == 1 }, "a value went to another thread, \(label)")
            XCTAssertEqual(Set(probes.flatMap(\.users)).count, probes.count, "a thread was given two values, \(label)")
        }
    }

    func testAThreadGetsBackItsOwnAndAnotherWhenItAsksAgain() {
        let pool = ThreadAffinePool { NSObject() }
        let mine = pool.take()
        let again = pool.take()
        XCTAssertFalse(again === mine, "a value lent twice at once")
        pool.give(back: again)
        pool.give(back: mine)
        XCTAssertTrue(pool.take() === mine)
        // Asked again before giving its own back: the spare it gave back before.
        XCTAssertTrue(pool.take() === again)
    }

    func testTheValueOfAnEndedThreadGoesToTheNext() {
        let made = Made()
        let pool = ThreadAffinePool { made.make() }
        var first: ObjectIdentifier?
        Self.runOnNewThread {
            let probe = pool.take()
            first = ObjectIdentifier(probe)
            pool.give(back: probe)
        }
        var second: ObjectIdentifier?
        Self.runOnNewThread {
            let probe = pool.take()
            second = ObjectIdentifier(probe)
            pool.give(back: probe)
        }
        XCTAssertEqual(made.probes.count, 1, "a new value while an ended thread's was free")
        XCTAssertEqual(first, second)
    }

    func testTheValuesGoWithThePool() {
        /// What the other thread took, held weakly.
        final class Seen: @unchecked Sendable { weak var value: NSObject? }
        let mine = Seen(), theirs = Seen()
        let taken = DispatchSemaphore(value: 0), poolGone = DispatchSemaphore(value: 0), ended = DispatchSemaphore(value: 0)
        do {
            let pool = ThreadAffinePool { NSObject() }
            let value = pool.take()
            mine.value = value
            pool.give(back: value)
            // A thread still running when the pool goes keeps only an empty slot.
            Thread { [weak pool] in
                if let pool {
                    let value = pool.take()
                    theirs.value = value
                    pool.give(back: value)
                }
                taken.signal()
                poolGone.wait()
                ended.signal()
            }.start()
            taken.wait()
            XCTAssertNotNil(mine.value)
            XCTAssertNotNil(theirs.value)
        }
        XCTAssertNil(mine.value, "this thread's value outlived its pool")
        XCTAssertNil(theirs.value, "a running thread's value outlived its pool")
        poolGone.signal()
        ended.wait()
    }

    /// Runs `body` on a thread of its own and returns once the thread has ended (its
    /// thread-specific values' destructors run).
    private static func runOnNewThread(_ body: @escaping () -> Void) {
        final class Box { let body: () -> Void; init(_ body: @escaping () -> Void) { self.body = body } }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        let created = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, context)
        precondition(created == 0, "pthread_create failed")
        pthread_join(thread, nil)
    }
}
