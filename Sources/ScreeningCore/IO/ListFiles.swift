import Foundation

/// Loads list files of any supported format into listed entities, recognising the format
/// from the file's extension and content.
public enum ListFiles {
    /// What was loaded: the entities, the lines that were reported and skipped, and the
    /// organisations each entity belongs to where a registry says so.
    public struct Loaded: Sendable {
        public var entities: [ListedEntity] = []
        public var problems: [LineProblem] = []
        /// For entities read from a ROR dump: the ids of their parents (ROR's `parent`
        /// links), loaded or not. Empty for the other formats, which state no hierarchy.
        public var parents: [String: [String]] = [:]
    }

    /// Loads every file in order; ids must be unique across all of them (a repeated id is
    /// reported and the later entry skipped). Throws `InputError` for a file that cannot be
    /// read at all.
    /// `map` is the column map for CSV lists other than the Consolidated Screening List;
    /// `threads` parse a ROR dump's records.
    public static func load(_ paths: [String], map: ColumnMap? = nil,
                            threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Loaded {
        var loaded = Loaded()
        var seen = Set<String>()
        for path in paths {
            let entities: [ListedEntity]
            if path.lowercased().hasSuffix(".xlsx") {
                entities = try METIEndUserList.read(xlsx: URL(fileURLWithPath: path))
            } else if [".yml", ".yaml", ".yml.gz", ".yaml.gz"].contains(where: path.lowercased().hasSuffix) {
                entities = try METIExportBanList.read(path: path).entities
            } else if path.lowercased().hasSuffix(".zip") || (path != "-" && isRORDump(path)) {
                let registry = try RORRegistry(path: path, threads: threads)
                entities = registry.entities
                loaded.problems += registry.problems
                for record in registry.records {
                    let parents = record.relationships.filter { $0.kind == .parent }.map(\.id)
                    if !parents.isEmpty { loaded.parents[record.entity.id, default: []] += parents }
                }
            } else {
                switch try ListImports.read(path: path, map: map, problems: &loaded.problems) {
                case .entities(let imported):
                    entities = imported
                case .canonical(let input):
                    let reader = ListedEntityReader(input, file: path)
                    entities = try reader.readAll()
                    loaded.problems += reader.problems
                }
            }
            for (position, entity) in entities.enumerated() {
                if seen.insert(entity.id).inserted {
                    loaded.entities.append(entity)
                } else {
                    loaded.problems.append(LineProblem(file: path, line: position + 1,
                                                       reason: "id \(entity.id) already loaded from an earlier entry", lineSkipped: true))
                }
            }
        }
        return loaded
    }

    /// True when the file's first kilobytes look like the ROR data dump (v2 records with
    /// `names` and ror.org ids) rather than canonical listed entities.
    static func isRORDump(_ path: String) -> Bool {
        guard let reader = try? InputFile.open(path), let head = try? reader.read(maximum: 8192) else { return false }
        let text = String(decoding: head, as: UTF8.self)
        return text.contains("\"https://ror.org/") && text.contains("\"names\"") && text.contains("\"types\"")
    }
}
