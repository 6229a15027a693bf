import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen lists`: working with list files themselves.
struct ListsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Work with list files.",
        subcommands: [ListsDiffCommand.self]
    )
}

/// `entity-screen lists diff OLD NEW`: what a list revision did.
struct ListsDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a list revision added, changed (which fields, old and new values) and removed.",
        discussion: """
            Entries are matched by id. Any list format `screen` reads works (JSON Lines, METI's xlsx, \
            the export-ban YAML, ROR's dump, whose parent links are compared too).

            Example:
              entity-screen lists diff Data/Demo/list.jsonl Data/Demo/list-revised.jsonl
            """
    )

    @Argument(help: "The older list file.")
    var old: String

    @Argument(help: "The newer list file.")
    var new: String

    func run() throws {
        let before: ListFiles.Loaded, after: ListFiles.Loaded
        do {
            before = try ListFiles.load([old])
            after = try ListFiles.load([new])
        } catch {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        for problem in before.problems + after.problems { FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8)) }
        let diff = EntityDiff(old: before.entities, new: after.entities, oldParents: before.parents, newParents: after.parents)
        FileHandle.standardOutput.write(Data("\(old) (\(before.entities.count) entries) → \(new) (\(after.entities.count) entries): \(diff.readable)".utf8))
    }
}
