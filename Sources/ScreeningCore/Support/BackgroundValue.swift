import Dispatch
import Foundation

/// A value computed on another thread while the caller goes on with other work; `value`
/// waits for it. A rescan matches one batch of records this way while it writes the one
/// before to the store.
///
/// On the global queue, a caller that asks for the value before any thread has started the
/// work does it itself. Otherwise work that waits for other work could take every thread
/// of Dispatch's pool and wait for work queued behind it, until Dispatch's monitor adds a
/// thread a second later: a `rescan` of one changed entry stalled so for 0.85 s, its two
/// worker threads waiting for the Japanese lexicon, one loading it and waiting for its
/// ENAMDICT, queued, the other for the first (strace: both in futex, the monitor's timer
/// firing, a third thread made).
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// The work until a thread takes it (nil after).
    private var work: (@Sendable () -> Value)?
    private var result: Value?
    private let done = DispatchGroup()
    /// Whether a caller of `value` may take the work: not on a serial queue, whose works
    /// must run one after another in the order started.
    private let callerMayRun: Bool

    /// Starts `work` on `queue` (a serial queue runs such works one after another, in the
    /// order started). The global queue's work (no `queue` given) may run on the caller of
    /// `value`, and another queue's when `callerMayRun`.
    init(on queue: DispatchQueue? = nil, callerMayRun: Bool? = nil, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        self.callerMayRun = callerMayRun ?? (queue == nil)
        done.enter()
        (queue ?? .global()).async { self.runIfNotTaken() }
    }

    /// Runs the work unless another thread took it first.
    private func runIfNotTaken() {
        lock.lock()
        let taken = work
        work = nil
        lock.unlock()
        guard let taken else { return }
        result = taken()
        done.leave()
    }

    /// The value, once computed (the group's wait orders the write before this read).
    var value: Value {
        if callerMayRun { runIfNotTaken() }
        done.wait()
        return result!
    }
}
