import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen rescan`: the nightly incremental run against a state store.
struct RescanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescan",
        abstract: "Screen only what changed since the last run, keeping hits and reviews in a state store.",
        discussion: """
            The lists become the current version: hits of removed entries become gone, and the stored \
            mentions of earlier records are matched against the added and changed entries only. New and \
            changed records are screened against all the lists. Prints the hits that are new since the last \
            run (JSON Lines with hit_id and status) and a summary on standard error. The run is one \
            transaction: a run that is killed leaves the store as it was, and the next run does it all.

            Example, on the demo data: the first run reports every hit; the second, with the \
            demo list's revision and no new records, reports the one hit its added entry brings.
              entity-screen rescan --state demo.sqlite --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl
              entity-screen rescan --state demo.sqlite --list Data/Demo/list-revised.jsonl
            """
    )

    @Option(name: .long, help: "The state store (an SQLite file; created when absent).")
    var state: String

    @Option(name: .long, help: "A list file (any format screen reads, METI/MOFA's export-ban YAML too; .gz read too); repeat for several.")
    var list: [String] = []

    @Option(name: .long, help: "Columns of CSV list files other than the Consolidated Screening List: name=COLUMN,alias=COLUMN,id=COLUMN (also country, kind, list, remarks).")
    var listMap: String?

    @Option(name: .long, help: ArgumentHelp("A ROR data dump: enrich the listed organisations as screen --enrich does. A new dump changes the enriched entries, whose hits are then rechecked.", valueName: "ROR_FILE"))
    var enrich: String?

    @Option(name: .long, help: "A records file (any format screen reads; .gz read too; - for standard input); repeat for several.")
    var records: [String] = []

    @Option(name: .long, help: "Columns of CSV records files: name=COLUMN,affiliation=COLUMN,id=COLUMN (also role, country, title, date, kind).")
    var map: String?

    @Option(name: .long, help: "Report hits scoring at least this (0 to 1); must stay the same for a store.")
    var threshold = Matcher.defaultThreshold

    @Option(name: .long, help: "Threads to screen on (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Write the new hits to this file (temporary name, then renamed) instead of standard output.")
    var out: String?

    func validate() throws {
        if list.isEmpty { throw ValidationError("give at least one --list FILE") }
        if !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1, not \(threshold)") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let map { _ = try columnMap(map) }
        if let listMap { _ = try columnMap(listMap, fields: CSVList.fields, option: "--list-map") }
    }

    func run() throws {
        for path in records where path != "-" && !FileManager.default.isReadableFile(atPath: path) {
            throw CommandFailure.fail("cannot read records file \(path): no such file or not readable", exitCode: 3)
        }
        let loaded = try ListLoading.entities(lists: list, threads: threads,
                                              listMap: try listMap.map { try columnMap($0, fields: CSVList.fields, option: "--list-map") },
                                              enrich: enrich)
        let store = try StateStoreOpening.open(state)
        var rescan = Rescan(store: store, normalizer: loaded.normalizer, threshold: threshold, threads: threads)
        rescan.checkpoint = TestPause.at
        rescan.aliasSources = loaded.sources
        rescan.recordMap = try map.map { try columnMap($0) }
        let summary: Rescan.Summary
        do {
            summary = try rescan.run(entities: loaded.entities, parents: loaded.parents, listFiles: list, recordFiles: records) { problem in
                FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8))
            }
        } catch let error as InputError {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        } catch let error as Rescan.RescanError {
            throw CommandFailure.fail("\(error)", exitCode: 2)
        }
        TestPause.at("after-commit")
        let output = try HitOutput(path: out)
        var bytes: [UInt8] = []
        for hit in try store.hits(statuses: [.new]) { hit.appendJSONLine(to: &bytes) }
        try output.write(bytes)
        try output.finish()
        FileHandle.standardError.write(Data("entity-screen: \(summary.line)\n".utf8))
    }
}

/// A test hook: with ENTITY_SCREEN_PAUSE_AT=NAME in the environment, a rescan stops at the
/// named point (`lists`, `stored-mentions`, `records`, `before-commit`, `after-commit`),
/// says so on standard error and sleeps, so the crash-safety test can kill it there.
enum TestPause {
    static func at(_ point: String) {
        guard ProcessInfo.processInfo.environment["ENTITY_SCREEN_PAUSE_AT"] == point else { return }
        FileHandle.standardError.write(Data("entity-screen: paused at \(point)\n".utf8))
        sleep(3600)
    }
}
