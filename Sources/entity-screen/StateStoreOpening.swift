import Foundation
import ScreeningCore

/// Opening the state store for `rescan`, `review` and `report`.
enum StateStoreOpening {
    /// Opens (or creates) the store; exit 3 naming the file when it cannot be opened.
    static func open(_ path: String) throws -> StateStore {
        do {
            return try StateStore(path: path)
        } catch {
            throw CommandFailure.fail("cannot open the state store \(path): \(error)", exitCode: 3)
        }
    }

    /// Opens an existing store; exit 3 when there is none (review and report never create one).
    static func openExisting(_ path: String) throws -> StateStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.fail("no state store at \(path): run `entity-screen rescan --state \(path) ...` first", exitCode: 3)
        }
        return try open(path)
    }
}
