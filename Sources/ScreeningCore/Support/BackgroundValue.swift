import Dispatch

/// A value computed on another thread while the caller goes on with other work; `value`
/// waits for it. A rescan matches one batch of records this way while it writes the one
/// before to the store.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchGroup()

    /// Starts `work` on `queue` (a serial queue runs such works one after another, in the
    /// order started).
    init(on queue: DispatchQueue = .global(), _ work: @escaping @Sendable () -> Value) {
        done.enter()
        queue.async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The value, once computed (the group's wait orders the write before this read).
    var value: Value {
        done.wait()
        return result!
    }
}
