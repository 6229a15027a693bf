import Foundation

/// Values lent to the threads that ask, each thread keeping its own: a value a thread fills
/// as it works (a search's scratch, a memo of word facts) stays in that core's cache
/// instead of going back and forth between the cores. A thread finds its own value through
/// a thread-specific key, without a lock; a lock is taken only when a thread first asks, when
/// it asks again before giving its value back, and when it ends (its value goes to the
/// spares, for the next thread that asks). There are never more values than the threads
/// that use the pool at once, and those that ever did.
final class ThreadAffinePool<Value: AnyObject>: @unchecked Sendable {
    // Safe to share: a thread's slot is read and written by that thread only, and the
    // shelf's spares and slots under its lock (see `PoolShelf`).
    private let shelf: PoolShelf
    private let key: pthread_key_t
    /// False when the system had no thread-specific key left: every value then goes
    /// through the shelf, under its lock.
    private let keyed: Bool

    /// A pool that makes its values with `make` (called under the pool's lock, one call at
    /// a time).
    init(make: @escaping () -> Value) {
        shelf = PoolShelf(make: make)
        var key = pthread_key_t()
        keyed = pthread_key_create(&key, endThreadSlot) == 0
        self.key = key
    }

    deinit {
        // No thread uses the pool now; threads that still hold a slot of it keep only the
        // empty slot (the key no longer finds it).
        if keyed { pthread_key_delete(key) }
        shelf.close()
    }

    /// This thread's value when it is free, else a spare one, else a new one.
    func take() -> Value {
        guard keyed else { return unsafeDowncast(shelf.takeSpare(), to: Value.self) }
        if let raw = pthread_getspecific(key) {
            // The slot read in place: the key holds it (a retain and release at every call
            // showed in profiles).
            let own = Unmanaged<ThreadSlot>.fromOpaque(raw)._withUnsafeGuaranteedRef { slot -> Value? in
                guard !slot.busy, let value = slot.value else { return nil }
                slot.busy = true
                return unsafeDowncast(value, to: Value.self)
            }
            // Else asked again before the first was given back.
            return own ?? unsafeDowncast(shelf.takeSpare(), to: Value.self)
        }
        let slot = ThreadSlot(shelf: shelf, value: shelf.takeSpare())
        slot.busy = true
        // The key holds the slot (released when the thread ends), the shelf lists it.
        shelf.register(slot)
        pthread_setspecific(key, Unmanaged.passRetained(slot).toOpaque())
        return unsafeDowncast(slot.value!, to: Value.self)
    }

    /// Gives a value taken from this pool back, on the thread that took it.
    func give(back value: Value) {
        if keyed, let raw = pthread_getspecific(key) {
            let own = Unmanaged<ThreadSlot>.fromOpaque(raw)._withUnsafeGuaranteedRef { slot -> Bool in
                guard slot.busy && slot.value === value else { return false }
                slot.busy = false
                return true
            }
            if own { return }
        }
        shelf.putSpare(value)
    }

    /// `body` with a value taken for it, given back after.
    func with<R>(_ body: (Value) -> R) -> R {
        let value = take()
        defer { give(back: value) }
        return body(value)
    }
}

/// One thread's value of a pool, found through the pool's thread-specific key.
private final class ThreadSlot: @unchecked Sendable {
    // `value` and `busy` are read and written by the slot's thread only, but for
    // `PoolShelf.close()` (when no thread uses the pool) and the thread's own end.
    let shelf: PoolShelf
    var value: AnyObject?
    var busy = false

    init(shelf: PoolShelf, value: AnyObject) {
        self.shelf = shelf
        self.value = value
    }
}

/// What a pool shares between its threads, under a lock: the spare values and the slots of
/// the threads that have one.
private final class PoolShelf: @unchecked Sendable {
    // Every access to `spares` and `slots` holds `lock`.
    private let lock = NSLock()
    private var spares: [AnyObject] = []
    private var slots: [ObjectIdentifier: ThreadSlot] = [:]
    private let make: () -> AnyObject

    init(make: @escaping () -> AnyObject) {
        self.make = make
    }

    func takeSpare() -> AnyObject {
        lock.withLock { spares.popLast() ?? make() }
    }

    func putSpare(_ value: AnyObject) {
        lock.withLock { spares.append(value) }
    }

    func register(_ slot: ThreadSlot) {
        lock.withLock { slots[ObjectIdentifier(slot)] = slot }
    }

    /// A thread has ended: its value becomes a spare (unless the thread ended holding it,
    /// which a value given back on its own thread never does).
    func retire(_ slot: ThreadSlot) {
        lock.withLock {
            if !slot.busy, let value = slot.value { spares.append(value) }
            slot.value = nil
            slots[ObjectIdentifier(slot)] = nil
        }
    }

    /// The pool is gone: the values go with it, whichever threads' slots held them.
    func close() {
        lock.withLock {
            for slot in slots.values { slot.value = nil }
            slots = [:]
            spares = []
        }
    }
}

/// The destructor of a pool's thread-specific key: the ending thread's slot, retained by
/// the key, gives its value to the spares.
private func endThreadSlot(_ raw: UnsafeMutableRawPointer?) {
    guard let raw else { return }
    let slot = Unmanaged<ThreadSlot>.fromOpaque(raw).takeRetainedValue()
    slot.shelf.retire(slot)
}
