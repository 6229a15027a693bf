import Foundation
import ScreeningCore
import XCTest

/// A test case that makes state stores and records files in the temporary folder: each is
/// removed after the test (a store with its write-ahead log and shared memory).
class StateStoreTestCase: XCTestCase {
    private var temporaries: [String] = []

    override func tearDown() {
        for path in temporaries { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        temporaries = []
        super.tearDown()
    }

    /// The path of a store not made yet, removed after the test.
    func temporaryStorePath() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString).sqlite").path
        temporaries.append(path)
        return path
    }

    /// A new, empty store, removed after the test.
    func temporaryStore() throws -> StateStore {
        try StateStore(path: temporaryStorePath())
    }

    /// Removes `path` (a file the test wrote) after the test.
    func removeAfterwards(_ path: String) {
        temporaries.append(path)
    }
}
