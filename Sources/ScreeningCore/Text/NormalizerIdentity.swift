import Foundation

/// What a normalizer's forms depend on, told cheaply: the running program (the code), and
/// the size and time of change of every table and dictionary file it reads. Two runs with
/// the same identity make the same forms of the same text. A state store keeps the index
/// forms of listed entities under it (`Rescan`): an upgraded program, a regenerated table
/// or a dictionary installed since makes a new identity, and the forms are made again.
enum NormalizerIdentity {
    /// The identity of a normalizer reading the tables in `tables` and the Japanese
    /// dictionaries in `dictionaries` (nil: none).
    static func of(tables: URL, dictionaries: URL?) -> String {
        var parts = [describe(Bundle.main.executablePath ?? CommandLine.arguments.first ?? "")]
        parts += files(in: tables).map(describe)
        parts += dictionaries.map { folder in JapaneseLexicon.fileNames.map { describe(folder.appendingPathComponent($0).path) } } ?? ["no dictionaries"]
        return String(TextHash.of(parts.joined(separator: "\n")), radix: 16)
    }

    private static func files(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// A file's path, size and time of change (following links), or that it is absent.
    private static func describe(_ path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "\(path) absent" }
        #if canImport(Darwin)
        let changed = (status.st_mtimespec.tv_sec, status.st_mtimespec.tv_nsec)
        #else
        let changed = (status.st_mtim.tv_sec, status.st_mtim.tv_nsec)
        #endif
        return "\(path) \(status.st_size) \(changed.0).\(changed.1)"
    }
}
