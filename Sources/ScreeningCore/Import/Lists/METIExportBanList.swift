import Foundation

/// METI/MOFA export-ban lists (Russia, Belarus, third countries) in the YAML shape a public
/// repository parses them into: an `announcement` (with `publish_date`) or a `sanction_list`
/// header, and `entities` with `id`, `name` {ja, en}, `type`, `sanction_list`, `measures`,
/// `country_code`, `address` and `aliases` {ja: [...], en: [...]}.
public enum METIExportBanList {
    /// One file: its announcement date (none for the cumulative `*___index.yml`) and entries.
    public struct Document: Sendable {
        public var publishDate: String?
        public var entities: [ListedEntity]
    }

    /// True when the text looks like this shape (YAML with `entities:` and `sanction_list:`).
    public static func looksLikeExportBanList(_ text: String) -> Bool {
        text.contains("\nentities:") && text.contains("sanction_list")
    }

    /// Reads a file (`.gz` too). Throws `InputError` when it cannot be read or parsed.
    public static func read(path: String) throws -> Document {
        let reader = try InputFile.open(path)
        var bytes: [UInt8] = []
        while true {
            let chunk = try reader.read(maximum: 1 << 20)
            if chunk.isEmpty { break }
            bytes += chunk
        }
        do {
            return try parse(String(decoding: bytes, as: UTF8.self))
        } catch let problem as BlockYAML.Problem {
            throw InputError(file: path, reason: "line \(problem.line): \(problem.reason)")
        }
    }

    /// Parses the text of one file.
    static func parse(_ text: String) throws -> Document {
        let root = try BlockYAML.parse(text)
        let date = root["announcement"]?["publish_date"]?.string
        let entities = root["entities"]?.items.compactMap(entity) ?? []
        return Document(publishDate: date, entities: entities)
    }

    /// One entry; nil without an id or any name.
    static func entity(_ node: BlockYAML.Node) -> ListedEntity? {
        guard let id = node["id"]?.string, !id.isEmpty else { return nil }
        let english = node["name"]?["en"]?.string ?? ""
        let japanese = node["name"]?["ja"]?.string ?? ""
        guard let name = [english, japanese].first(where: { !$0.isEmpty }) else { return nil }
        var aliases: [String] = []
        for alias in [japanese] + (node["aliases"]?["ja"]?.strings ?? []) + (node["aliases"]?["en"]?.strings ?? [])
        where !alias.isEmpty && alias != name && !aliases.contains(alias) {
            aliases.append(alias)
        }
        let sanctionList = node["sanction_list"]?.string ?? ""
        var remarks: [String] = node["measures"]?.items.compactMap { $0["en"]?.string } ?? []
        if !sanctionList.isEmpty { remarks.append(sanctionList) }
        if let address = node["address"]?.string, !address.isEmpty { remarks.append("address: \(address)") }
        let kind: ListedEntity.Kind = switch node["type"]?.string {
        case "organization": .organization
        case "person": .person
        default: .unknown
        }
        return ListedEntity(id: id, list: shortName(sanctionList), kind: kind, name: name, aliases: aliases,
                            country: node["country_code"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                            remarks: remarks.isEmpty ? nil : remarks.joined(separator: "; "))
    }

    /// `jp/mofa-russia-export-prohibition-list` → `mofa-russia-export-prohibition`.
    static func shortName(_ sanctionList: String) -> String {
        var name = Substring(sanctionList)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.hasSuffix("-list") { name = name.dropLast(5) }
        return String(name)
    }
}
