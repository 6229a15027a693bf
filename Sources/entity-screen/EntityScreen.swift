import ArgumentParser
import Foundation
import ScreeningCore

/// The `entity-screen` command line.
@main
struct EntityScreen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity-screen",
        abstract: "Screens publication and patent records against lists of entities of concern.",
        version: ScreeningCore.version,
        subcommands: [ScreenCommand.self, MatchCommand.self, NormalizeCommand.self, EvalCommand.self,
                      RescanCommand.self, ReviewCommand.self, ReportCommand.self, ListsCommand.self],
        defaultSubcommand: nil
    )

    /// Runs the command, with the exit statuses of FORMATS.md: 2 for a usage error
    /// (argument-parser's own is 64), 3 for unreadable input (thrown as `ExitCode(3)`).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
