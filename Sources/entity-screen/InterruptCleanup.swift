import Foundation

/// Removes the unfinished output file when the run is interrupted (Ctrl-C, `kill`, a closed
/// terminal), so neither a half-written report nor its temporary file is left behind. Only
/// SIGKILL cannot be caught: then the temporary file stays, and the report path is still
/// untouched.
enum InterruptCleanup {
    /// The temporary file, as a C string the signal handler can use without allocating.
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Removes `temporary` on SIGINT, SIGTERM or SIGHUP until `finished()` is called.
    static func watch(_ temporary: String) {
        path = strdup(temporary)
        for caught in [SIGINT, SIGTERM, SIGHUP] {
            signal(caught) { received in
                // Only async-signal-safe calls here: unlink, signal, raise.
                if let path = InterruptCleanup.path { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// The file was renamed into place: nothing to remove any more.
    static func finished() { path = nil }
}
