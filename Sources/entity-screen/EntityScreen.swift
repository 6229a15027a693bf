import ArgumentParser
import ScreeningCore

/// The `entity-screen` command line.
@main
struct EntityScreen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity-screen",
        abstract: "Screens publication and patent records against lists of entities of concern.",
        version: ScreeningCore.version,
        subcommands: [NormalizeCommand.self]
    )
}
