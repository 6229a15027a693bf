import Foundation
import XCTest

/// A rescan killed with SIGKILL at any point leaves the store as it was before the run or
/// after it, never in between, and the next run completes it. The named points use the
/// binary's test hook (ENTITY_SCREEN_PAUSE_AT, see RescanCommand.swift); the timed kills
/// land wherever the run happens to be. The store is read with the sqlite3 tool.
final class RescanCrashTests: XCTestCase {
    private var folder: URL!
    private let sqlite3 = "/usr/bin/sqlite3"
    private let data = RescanCommandTests.sharedData

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: data.path) else {
            if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" { XCTFail("shared data absent") }
            throw XCTSkip("shared data \(data.path) is absent")
        }
        guard FileManager.default.isExecutableFile(atPath: sqlite3) else { throw XCTSkip("the sqlite3 tool is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Everything a run changes, run times left out.
    private func content(_ store: String) throws -> String {
        let query = """
            SELECT 'entity', id, hash, added_run, changed_run FROM entities ORDER BY id;
            SELECT 'change', run, entity_id, change, fields FROM list_changes ORDER BY run, entity_id;
            SELECT 'record', id, hash, first_run, changed_run, hex(places), roles FROM records ORDER BY id;
            SELECT 'mention', id, text, as_person, country FROM mentions ORDER BY id;
            SELECT 'grams', first_id, mentions, hex(data) FROM mention_grams ORDER BY first_id;
            SELECT 'places', batch, record_ids, hex(data) FROM place_batches ORDER BY batch;
            SELECT 'hit', id, status, first_seen, last_seen, status_run, score FROM hits ORDER BY id;
            SELECT 'run', run, entities, added, changed, removed, records_new, records_changed, hits_new, hits_gone FROM runs ORDER BY run;
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = [store, query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    private func copyStore(_ from: String, to: String) throws {
        for suffix in ["", "-wal", "-journal"] where FileManager.default.fileExists(atPath: from + suffix) {
            try FileManager.default.copyItem(atPath: from + suffix, toPath: to + suffix)
        }
    }

    private func records(_ name: String, from file: String, first: Int, count: Int) throws -> String {
        let lines = try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
        let names = lines.indices.compactMap { i -> String? in
            guard lines[i] == "  name:" else { return nil }
            return lines[(i + 1)..<min(i + 3, lines.count)].first { $0.hasPrefix("    en: ") }.map { String($0.dropFirst(8)) }
        }
        var text = ""
        for i in first..<(first + count) {
            let record: [String: Any] = ["id": "crash:\(i)", "parties": [
                ["role": "author", "name": "Author \(i)", "affiliations": ["\(names[i % names.count]), Moscow, Russia"]]]]
            text += String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Starts a rescan; returns the process and its standard error.
    private func start(_ arguments: [String], pauseAt: String?) throws -> (Process, FileHandle) {
        let process = Process()
        process.executableURL = EntityScreenBinary.url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ENTITY_SCREEN_PAUSE_AT"] = pauseAt
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, err.fileHandleForReading)
    }

    func testAKilledRescanLeavesTheStoreBeforeOrAfterAndTheNextRunCompletesIt() throws {
        let base = folder.appendingPathComponent("base.sqlite").path
        let index = "russia-export-prohibition___index.yml"
        func lists(_ names: [String]) -> [String] { names.flatMap { ["--list", data.appendingPathComponent($0).path] } }
        let before = lists(["russia-export-prohibition__20220315.yml", "russia-export-prohibition__20220325.yml"])
        let after = lists(["russia-export-prohibition__20220315.yml", "russia-export-prohibition__20220325.yml",
                           "russia-export-prohibition__20220510.yml", "russia-export-prohibition__20220705.yml"])
        let first = try EntityScreenBinary.run(["rescan", "--state", base] + before + ["--records", try records("a.jsonl", from: index, first: 0, count: 120)])
        XCTAssertEqual(first.status, 0, first.err)
        let run = after + ["--records", try records("b.jsonl", from: index, first: 100, count: 120)]

        let reference = folder.appendingPathComponent("reference.sqlite").path
        try copyStore(base, to: reference)
        let complete = try EntityScreenBinary.run(["rescan", "--state", reference] + run)
        XCTAssertEqual(complete.status, 0, complete.err)
        XCTAssertTrue(complete.err.contains("stored mentions looked at"), complete.err)
        let beforeContent = try content(base), afterContent = try content(reference)
        XCTAssertNotEqual(beforeContent, afterContent)
        XCTAssertTrue(afterContent.contains("|new|"), "the run should find new hits")

        let points: [(name: String, expected: String)] = [("lists", beforeContent), ("stored-mentions", beforeContent),
                                                          ("records", beforeContent), ("before-commit", beforeContent),
                                                          ("after-commit", afterContent)]
        for (number, point) in points.enumerated() {
            let store = folder.appendingPathComponent("killed-\(number).sqlite").path
            try copyStore(base, to: store)
            let (process, err) = try start(["rescan", "--state", store] + run, pauseAt: point.name)
            var said = ""
            while !said.contains("paused at \(point.name)") {
                let chunk = err.availableData
                if chunk.isEmpty { break }
                said += String(decoding: chunk, as: UTF8.self)
            }
            XCTAssertTrue(said.contains("paused at \(point.name)"), "never paused at \(point.name): \(said)")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let state = try content(store)
            XCTAssertEqual(state, point.expected, "killed at \(point.name)")
            try assertNextRunCompletes(store, run, killedState: state, afterContent: afterContent, "killed at \(point.name)")
        }

        // Kills at whatever point the run has reached after a delay.
        for (number, delay) in [0.3, 1.5, 4.0].enumerated() {
            let store = folder.appendingPathComponent("timed-\(number).sqlite").path
            try copyStore(base, to: store)
            let (process, _) = try start(["rescan", "--state", store] + run, pauseAt: nil)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let state = try content(store)
            XCTAssertTrue(state == beforeContent || state == afterContent, "killed after \(delay) s: the store is neither before nor after")
            try assertNextRunCompletes(store, run, killedState: state, afterContent: afterContent, "killed after \(delay) s")
        }
    }

    /// The next run completes an interrupted run (the store then equals the reference), or,
    /// when the killed run had committed, finds nothing new.
    private func assertNextRunCompletes(_ store: String, _ run: [String], killedState: String, afterContent: String, _ context: String) throws {
        let next = try EntityScreenBinary.run(["rescan", "--state", store] + run)
        XCTAssertEqual(next.status, 0, next.err)
        if killedState == afterContent {
            XCTAssertEqual(next.out, "", "\(context): the run had committed, so the next one finds nothing new")
        } else {
            XCTAssertEqual(try content(store), afterContent, "\(context): the next run should complete it")
        }
    }
}
