import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen report`: the hits of a state store with their statuses and decisions.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "List the hits of a state store with their status and latest review decision.",
        discussion: """
            One JSON line per hit (FORMATS.md's hit with hit_id, status, first_seen, last_seen and, \
            when reviewed, decision, note, reviewer, decided_at), ordered by record.

            Example, on the demo data:
              entity-screen rescan --state demo.sqlite --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl
              entity-screen rescan --state demo.sqlite --list Data/Demo/list-revised.jsonl
              entity-screen report --state demo.sqlite --status new --status open --since 2026-11-01
            """
    )

    @Option(name: .long, help: "The state store.")
    var state: String

    @Option(name: .long, help: "Only hits whose status changed in a run started at or after this date (YYYY-MM-DD or an ISO 8601 time, UTC).")
    var since: String?

    @Option(name: .long, help: "Only hits with this status (new, open, gone); repeat for several.")
    var status: [String] = []

    @Option(name: .long, help: "Write to this file (temporary name, then renamed) instead of standard output.")
    var out: String?

    func validate() throws {
        for value in status where StoredHit.Status(rawValue: value) == nil {
            throw ValidationError("--status must be one of \(StoredHit.Status.allCases.map(\.rawValue).joined(separator: ", ")), not \(value)")
        }
    }

    func run() throws {
        let store = try StateStoreOpening.openExisting(state)
        let hits = try store.hits(statuses: status.compactMap(StoredHit.Status.init(rawValue:)), since: since)
        let output = try HitOutput(path: out)
        var bytes: [UInt8] = []
        for hit in hits { hit.appendJSONLine(to: &bytes) }
        try output.write(bytes)
        try output.finish()
        FileHandle.standardError.write(Data("entity-screen: \(hits.count) hits\n".utf8))
    }
}
