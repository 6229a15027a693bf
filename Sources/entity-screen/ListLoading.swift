import Foundation
import ScreeningCore

/// Loading lists and building the matcher, shared by `screen`, `match` and `eval`.
enum ListLoading {
    /// Loads the lists (exit 3 naming the file that cannot be read), reports skipped lines
    /// on standard error, enriches the organisations from the ROR dump `enrich` when given
    /// (summary and doubtful links on standard error), and builds the index and matcher.
    static func matcher(lists: [String], threads: Int, listMap: ColumnMap? = nil, enrich: String? = nil) throws -> (Matcher, skipped: Int) {
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
        var entities = loaded.entities
        var sources = AliasSources()
        if let enrich {
            let enrichment = try Self.enrich(entities, from: enrich, normalizer: normalizer, threads: threads)
            entities = enrichment.entities
            sources = enrichment.sources
        }
        let index = EntityIndex(entities: entities, normalizer: normalizer, threads: threads)
        return (Matcher(index: index, normalizer: normalizer, threads: threads, aliasSources: sources),
                loaded.problems.filter(\.lineSkipped).count)
    }

    /// Reads the ROR dump (exit 3 when it cannot be read), links and enriches, and prints
    /// the summary and the doubtful entries on standard error.
    static func enrich(_ entities: [ListedEntity], from path: String, normalizer: Normalizer, threads: Int) throws -> Enrichment {
        let registry: RORRegistry
        do { registry = try RORRegistry(path: path) } catch {
            throw CommandFailure.fail("cannot read the ROR dump for --enrich: \(error)", exitCode: 3)
        }
        for problem in registry.problems { FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8)) }
        let enrichment = RORLinker(registry: registry, normalizer: normalizer, threads: threads).enrich(entities)
        var text = "enrich: \(enrichment.summary)\n"
        for doubtful in enrichment.doubtful { text += "  \(doubtful.line)\n" }
        FileHandle.standardError.write(Data(text.utf8))
        return enrichment
    }
}
