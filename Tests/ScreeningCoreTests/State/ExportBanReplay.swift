import Foundation
import ScreeningCore

/// Real list revisions and records for the rescan tests: the METI/MOFA export-ban lists
/// replayed announcement by announcement, and records whose affiliations name listed
/// entities (taken from the lists' own names) mixed with real Crossref affiliations.
enum ExportBanReplay {
    static let folder = "lists/meti-export-ban"

    /// Every announcement file (not the `___index.yml` summaries), with its date.
    static func announcements() throws -> [(date: String, entities: [ListedEntity])] {
        let url = try TestSupport.shared(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yml") && !$0.contains("___index") }
        return try files.sorted().map { file in
            let document = try METIExportBanList.read(path: url.appendingPathComponent(file).path)
            return (document.publishDate ?? "", document.entities)
        }
    }

    /// The list as it stood on each date in `dates`: every announcement up to that date,
    /// a later announcement's entry replacing an earlier one with the same id (which is
    /// how these files revise an entry).
    static func versions(at dates: [String]) throws -> [[ListedEntity]] {
        let all = try announcements().sorted { $0.date < $1.date }
        return dates.map { date in
            var byID: [String: ListedEntity] = [:]
            var order: [String] = []
            for announcement in all where announcement.date <= date {
                for entity in announcement.entities {
                    if byID[entity.id] == nil { order.append(entity.id) }
                    byID[entity.id] = entity
                }
            }
            return order.map { byID[$0]! }
        }
    }

    /// The cumulative lists as published (`*___index.yml`), which differ from the replayed
    /// announcements (one entry dropped, some revised): a real version with removals.
    static func publishedIndex() throws -> [ListedEntity] {
        let url = try TestSupport.shared(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix("___index.yml") }.sorted()
        return try ListFiles.load(files.map { url.appendingPathComponent($0).path }).entities
    }

    /// Real Crossref affiliation strings.
    static func crossrefAffiliations(_ count: Int) throws -> [String] {
        let path = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv").path
        let rows = CSVRows(try InputFile.open(path), file: path)
        var result: [String] = []
        _ = try rows.next()  // header
        while result.count < count, let row = try rows.next() { result.append(row.fields[0]) }
        return result
    }

    /// `count` records, numbered from `first`: two authors each, one with an affiliation
    /// naming a listed entity (its English name with a department and its country, or a
    /// Japanese or other alias as printed), the other a Crossref affiliation.
    static func records(first: Int, count: Int, entities: [ListedEntity], crossref: [String], variant: String = "") -> [Record] {
        (0..<count).map { offset in
            let i = first + offset
            let entity = entities[(i * 7) % entities.count]
            let named: String
            switch i % 3 {
            case 0: named = "Laboratory \(i % 5 + 1), \(entity.name), Moscow, Russia"
            case 1: named = entity.aliases.first ?? entity.name
            default: named = "\(entity.name)\(variant)"
            }
            let parties = [Party(role: "author", name: "Author \(i)", affiliations: [named]),
                           Party(role: "author", name: "Coauthor \(i)", affiliations: [crossref[i % crossref.count]])]
            return Record(id: "replay:\(i)", kind: "publication", parties: parties)
        }
    }

    /// The list with the entry `id`'s remarks revised: a change to the entry (its content
    /// hash) that leaves its names as they were.
    static func revising(_ entities: [ListedEntity], id: String) -> [ListedEntity] {
        entities.map { entity in
            guard entity.id == id else { return entity }
            var copy = entity
            copy.remarks = (copy.remarks ?? "") + "; revised"
            return copy
        }
    }

    /// Writes records as JSON Lines to a temporary file.
    static func write(_ records: [Record], name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).jsonl")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var text = ""
        for record in records { text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n" }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
