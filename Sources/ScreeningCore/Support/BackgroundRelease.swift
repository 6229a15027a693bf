import Dispatch

/// Values held until `releaseInBackground()`, then let go of on another thread. A rescan's
/// index, matcher and kept forms are tens of thousands of arrays and strings; freeing them
/// took its thread several milliseconds between matching and committing, while the other
/// core waited. Whoever holds the values must have let go of them by then (the last release
/// frees them), which `Rescan.run` does by holding them only inside its transaction.
final class BackgroundRelease: @unchecked Sendable {
    private var values: [Any] = []

    /// Holds `value` until `releaseInBackground()`.
    func hold(_ value: Any) { values.append(value) }

    /// Lets go of the held values on a background thread; the caller touches them no more.
    func releaseInBackground() {
        guard !values.isEmpty else { return }
        DispatchQueue.global(qos: .utility).async { self.values.removeAll() }
    }
}
