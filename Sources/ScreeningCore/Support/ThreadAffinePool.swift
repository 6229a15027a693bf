import Foundation

/// Values lent to whichever threads ask, one thread at a time each, and lent back to the
/// thread that used one last while it is free: a value a thread fills as it works (a
/// search's scratch, a memo of word facts) stays in that core's cache instead of going
/// back and forth between the cores. A thread none is kept for takes any free one, else a
/// new one: there are never more than the threads that use the pool at once, and those
/// that ever did.
final class ThreadAffinePool<Value: AnyObject>: @unchecked Sendable {
    // Every access to `free` holds `lock`.
    private let lock = NSLock()
    private var free: [(user: pthread_t, value: Value)] = []
    // Called under `lock` only.
    private let make: () -> Value

    /// A pool that makes its values with `make` (called under the pool's lock, one call at
    /// a time).
    init(make: @escaping () -> Value) {
        self.make = make
    }

    /// A free value: this thread's own if free, else any, else a new one.
    func take() -> Value {
        let me = pthread_self()
        lock.lock()
        defer { lock.unlock() }
        if let own = free.lastIndex(where: { pthread_equal($0.user, me) != 0 }) { return free.remove(at: own).value }
        return free.popLast()?.value ?? make()
    }

    /// Gives a value taken from this pool back, as this thread's.
    func give(back value: Value) {
        let me = pthread_self()
        lock.lock()
        free.append((me, value))
        lock.unlock()
    }

    /// `body` with a value taken for it, given back after.
    func with<R>(_ body: (Value) -> R) -> R {
        let value = take()
        defer { give(back: value) }
        return body(value)
    }
}
