import Foundation
import ScreeningCore
import XCTest

/// A test case that makes state stores and records files in the temporary folder: each is
/// removed after the test (a store with its write-ahead log and shared memory).
class StateStoreTestCase: XCTestCase {
    private var temporaries: [String] = []

    override func tearDown() {
        for path in temporaries { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
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

    /// Runs a rescan on `store` with `entities` as the lists and `records` (written to a
    /// temporary JSON Lines file, none when empty), on two threads.
    func rescan(_ store: StateStore, _ entities: [ListedEntity], _ records: [Record]) throws -> Rescan.Summary {
        let file = try ExportBanReplay.write(records, name: "records")
        removeAfterwards(file)
        return try Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2)
            .run(entities: entities, listFiles: ["list"], recordFiles: records.isEmpty ? [] : [file])
    }

    /// A new store that has ingested `count` replay records (`ExportBanReplay.records`)
    /// against the published export-ban list; with the list and the records.
    func storeWithReplayRecords(_ count: Int) throws -> (store: StateStore, list: [ListedEntity], records: [Record]) {
        let list = try ExportBanReplay.publishedIndex()
        let records = ExportBanReplay.records(first: 0, count: count, entities: list, crossref: try ExportBanReplay.crossrefAffiliations(count))
        let store = try temporaryStore()
        _ = try rescan(store, list, records)
        return (store, list, records)
    }

    /// Two new stores that have ingested the same `count` replay records against the
    /// published export-ban list, one to keep as made and one to rewrite as an older schema
    /// held it; with the list and the records.
    func twoStoresWithReplayRecords(_ count: Int) throws -> (made: String, migrated: String, list: [ListedEntity], records: [Record]) {
        let list = try ExportBanReplay.publishedIndex()
        let records = ExportBanReplay.records(first: 0, count: count, entities: list, crossref: try ExportBanReplay.crossrefAffiliations(count))
        let (made, migrated) = (temporaryStorePath(), temporaryStorePath())
        for path in [made, migrated] { _ = try rescan(try StateStore(path: path), list, records) }
        return (made, migrated, list, records)
    }

    /// Fails the test unless two runs' summary lines are the same but for their seconds.
    func assertSameSummary(_ summary: Rescan.Summary, as expected: Rescan.Summary, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(summary.line, expected.line.replacingOccurrences(of: String(format: "%.2f s", expected.seconds),
                                                                        with: String(format: "%.2f s", summary.seconds)),
                       file: file, line: line)
    }

    /// Removes `path` (a file the test wrote) after the test.
    func removeAfterwards(_ path: String) {
        temporaries.append(path)
    }
}
