import Foundation
import ScreeningCore

/// Loading lists and building the matcher, shared by `screen` and `match`.
enum ListLoading {
    /// Loads the lists (exit 3 naming the file that cannot be read), reports skipped lines
    /// on standard error, and builds the index and matcher.
    static func matcher(lists: [String], threads: Int, listMap: ColumnMap? = nil) throws -> (Matcher, skipped: Int) {
        let normalizer: Normalizer
        let loaded: ListFiles.Loaded
        do {
            normalizer = try Normalizer.standard()
            loaded = try ListFiles.load(lists, map: listMap)
        } catch {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        for problem in loaded.problems { FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8)) }
        guard !loaded.entities.isEmpty else {
            throw CommandFailure.fail("no listed entities in \(lists.joined(separator: ", ")): check the files' format", exitCode: 3)
        }
        let index = EntityIndex(entities: loaded.entities, normalizer: normalizer, threads: threads)
        return (Matcher(index: index, normalizer: normalizer), loaded.problems.filter(\.lineSkipped).count)
    }
}
