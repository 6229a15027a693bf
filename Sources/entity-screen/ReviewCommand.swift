import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen review`: records a reviewer's decision on a hit.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a decision on a hit of the state store (dismissed or confirmed), with a note and the reviewer.",
        discussion: """
            A dismissed hit is not reported as new again unless its evidence changes: the entity's \
            entry in the lists, or the record. Every decision is kept; the latest applies.

            Example, on the demo data (the hit the demo revision adds; its id is the same everywhere):
              entity-screen rescan --state demo.sqlite --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl
              entity-screen rescan --state demo.sqlite --list Data/Demo/list-revised.jsonl
              entity-screen review --state demo.sqlite f7094d33fccdd6f9 --decision dismissed \\
                --note "checked with the research office: a visiting post, no controlled technology shared" --by "K. Sato"
            """
    )

    @Option(name: .long, help: "The state store.")
    var state: String

    @Argument(help: "The hit's id (hit_id in rescan's and report's output).")
    var hitID: String

    @Option(name: .long, help: "dismissed or confirmed.")
    var decision: String

    @Option(name: .long, help: "Why.")
    var note: String

    @Option(name: .long, help: "Who decided.")
    var by: String

    func validate() throws {
        if StateStore.Decision(rawValue: decision) == nil {
            throw ValidationError("--decision must be one of \(StateStore.Decision.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let store = try StateStoreOpening.openExisting(state)
        do {
            try store.review(hitID: hitID, decision: StateStore.Decision(rawValue: decision)!, note: note, reviewer: by)
        } catch let error as StateStore.ReviewError {
            throw CommandFailure.fail("\(error)", exitCode: 2)
        }
        FileHandle.standardError.write(Data("entity-screen: hit \(hitID) \(decision) by \(by)\n".utf8))
    }
}
