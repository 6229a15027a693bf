import Foundation

/// Finds the folder of generated tables (`Data/Tables`) the normalizer loads at start-up.
///
/// Looked for, in order: `$ENTITY_SCREEN_DATA` (a folder holding `Tables/`), the folders
/// above the running executable (a checkout's `.build/release/...`), `share/entity-screen`
/// beside an installed binary, and the checkout this library was compiled from.
public enum DataLocator {
    /// Errors locating data.
    public enum Failure: Error, CustomStringConvertible {
        case notFound(searched: [String])

        public var description: String {
            switch self {
            case .notFound(let searched):
                return "entity-screen's data tables (Data/Tables/han.tsv) were not found; looked in "
                    + searched.joined(separator: ", ")
                    + ". Set ENTITY_SCREEN_DATA to the project's Data folder."
            }
        }
    }

    /// The `Data` folder (the one that holds `Tables/`).
    public static func dataDirectory() throws -> URL {
        var searched: [String] = []
        let fileManager = FileManager.default
        func holdsTables(_ url: URL) -> Bool {
            searched.append(url.path)
            return fileManager.fileExists(atPath: url.appendingPathComponent("Tables/han.tsv").path)
        }
        if let env = ProcessInfo.processInfo.environment["ENTITY_SCREEN_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if holdsTables(url) { return url }
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            if holdsTables(folder.appendingPathComponent("Data")) { return folder.appendingPathComponent("Data") }
            if holdsTables(folder.appendingPathComponent("share/entity-screen")) {
                return folder.appendingPathComponent("share/entity-screen")
            }
            folder.deleteLastPathComponent()
        }
        // This file is Sources/ScreeningCore/Support/DataLocator.swift in the checkout.
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        if holdsTables(checkout.appendingPathComponent("Data")) { return checkout.appendingPathComponent("Data") }
        throw Failure.notFound(searched: searched)
    }
}
