import Foundation
import ScreeningCore

/// Loading lists and building the matcher, shared by `screen`, `match`, `eval` and `rescan`.
enum ListLoading {
    /// The lists as loaded: the entities (enriched when asked), where added aliases came
    /// from, and the normalizer that read them.
    struct Loaded {
        var normalizer: Normalizer
        var entities: [ListedEntity]
        var sources: AliasSources
        /// The entities' parents where a registry states them (`ListFiles.Loaded.parents`).
        var parents: [String: [String]]
        /// Lines of the list files skipped as malformed.
        var skipped: Int
    }

    /// Loads the lists (exit 3 naming the file that cannot be read), reports skipped lines
    /// on standard error, and enriches the organisations from the ROR dump `enrich` when
    /// given (summary and doubtful links on standard error).
    static func entities(lists: [String], threads: Int, listMap: ColumnMap? = nil, enrich: String? = nil) throws -> Loaded {
        let normalizer: Normalizer
        let loaded: ListFiles.Loaded
        do {
            normalizer = try Normalizer.standard()
            loaded = try ListFiles.load(lists, map: listMap, threads: threads)
        } catch {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        for problem in loaded.problems { FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8)) }
        guard !loaded.entities.isEmpty else {
            throw CommandFailure.fail("no listed entities in \(lists.joined(separator: ", ")): check the files' format", exitCode: 3)
        }
        var result = Loaded(normalizer: normalizer, entities: loaded.entities, sources: AliasSources(), parents: loaded.parents,
                            skipped: loaded.problems.filter(\.lineSkipped).count)
        if let enrich {
            let enrichment = try Self.enrich(result.entities, from: enrich, normalizer: normalizer, threads: threads)
            result.entities = enrichment.entities
            result.sources = enrichment.sources
        }
        return result
    }

    /// The lists loaded as `entities` does, indexed, and their matcher.
    static func matcher(lists: [String], threads: Int, listMap: ColumnMap? = nil, enrich: String? = nil) throws -> (Matcher, skipped: Int) {
        let loaded = try entities(lists: lists, threads: threads, listMap: listMap, enrich: enrich)
        return (matcher(of: loaded, threads: threads), loaded.skipped)
    }

    /// The matcher over lists already loaded.
    static func matcher(of loaded: Loaded, threads: Int) -> Matcher {
        let index = EntityIndex(entities: loaded.entities, normalizer: loaded.normalizer, threads: threads)
        return Matcher(index: index, normalizer: loaded.normalizer, threads: threads, aliasSources: loaded.sources, parents: loaded.parents)
    }

    /// Reads the ROR dump (exit 3 when it cannot be read), links and enriches, and prints
    /// the summary and the doubtful entries on standard error.
    static func enrich(_ entities: [ListedEntity], from path: String, normalizer: Normalizer, threads: Int) throws -> Enrichment {
        let registry: RORRegistry
        do { registry = try RORRegistry(path: path, threads: threads) } catch {
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
