import Foundation

/// A name many institutions hold, printed with a town of its entry's country that the
/// entry's address does not name. The Entity List's Joint Stock Company Institute of
/// Applied Physics stands at 11 Arbuzova Street, Novosibirsk; the Russian Academy of
/// Sciences' Institute of Applied Physics, another institute, prints "Nizhny Novgorod" in
/// every paper's address, and its name met the listed one whole. Only a unit's name of
/// common words (`DescriptiveUnitName`) is lowered so: a name of its own (Gazprom, Huawei)
/// names its entry wherever its office is. Lowered (×0.60), not dropped, so a reviewer at a
/// lower threshold still sees it. The entry's own address and a fixed table of towns decide,
/// not the other entries': a rescan matches stored mentions again against the entries a
/// revision changed only, and an entry's verdict must not move when another one's does.
enum ListedTown {
    /// The factor such a hit takes.
    static let factor = 0.6

    /// A town printed in a mention where its entry is listed at another.
    struct Elsewhere: Equatable {
        /// The mention's town, as printed.
        let printed: String
        /// The first town of the entry's address, as listed.
        let listed: String
    }

    /// The town of `country` that `mention` prints as a part of its own (between commas,
    /// a postcode or a region's word beside it: "603950 Nizhny Novgorod", "Moscow Region")
    /// when the entry's address (`remarks`; a registry's seat) names a town of that country
    /// in the table and the mention names none of the entry's places. Nil otherwise: where
    /// the entry's town is not known, or the mention names no town, nothing is said.
    static func elsewhere(in mention: String, entity: ListedEntity, country: String) -> Elsewhere? {
        // By bytes first: most hits' texts hold no comma or semicolon, and so no town apart.
        guard mention.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return nil }
        let places: [String]
        if let seat = RORRegistry.seat(of: entity) {
            places = [seat]
        } else if let remarks = entity.remarks {
            // Its countries say nothing of the town (the mention prints "Russia" too).
            places = AddressPlaces.places(in: remarks).filter { !AddressPlaces.isCountry($0) }.sorted()
        } else {
            return nil
        }
        let table = towns.get
        let listed = places.map { words(of: $0) }
        guard let home = zip(places, listed).first(where: { table[$0.1.joined(separator: " ")]?.contains(country) == true }) else {
            return nil
        }
        let printedWords = CaseAndAccentFolding.foldedWords(mention).map(String.init)
        // The mention names one of the entry's places anywhere: no other town is evidence.
        guard !listed.contains(where: { !$0.isEmpty && contains(printedWords, $0) }) else { return nil }
        for part in mention.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            guard let town = town(in: part, of: country, table: table), !listed.contains(where: { agree($0, town) }) else { continue }
            // The address's own spelling of its town (places are read lower-cased).
            let asListed = entity.remarks.flatMap { remarks in remarks.range(of: home.0, options: .caseInsensitive).map { String(remarks[$0]) } }
            return Elsewhere(printed: part.trimmingCharacters(in: .whitespaces), listed: asListed ?? home.0)
        }
        return nil
    }

    /// The towns of `Data/Tables/towns.tsv`, folded (lower case, no accents, words joined
    /// by a space), with their countries; empty when the table cannot be read.
    static let towns = Lazy<[String: Set<String>]> {
        guard let url = try? DataLocator.dataDirectory().appendingPathComponent("Tables/towns.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var towns: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let key = words(of: fields[0]).joined(separator: " ")
            // The registry seats some organisations in a country as a whole (Switzerland), and
            // a city-state's town is its country (Singapore): neither says which town. (A
            // lookup, not `CountryNames.code`, which cost the table's load two thirds more.)
            guard !key.isEmpty, CountryEvidence.names[key] == nil else { continue }
            towns[key, default: []].insert(String(fields[1]))
        }
        return towns
    }

    /// Words a part of an address prints beside its town that do not make it another place.
    private static let regionWords: Set<String> = ["region", "oblast", "obl", "krai", "kray", "province", "prefecture", "city"]

    /// The words of a part of a mention when they are a town of `country` in `table`: its
    /// words, numbers (a postcode) left out, whole (Quezon City) or without a region's word
    /// after them (Moscow Region); nil otherwise.
    static func town(in part: Substring, of country: String, table: [String: Set<String>]) -> [String]? {
        var found = words(of: part)
        guard !found.isEmpty, found.count <= 5 else { return nil }
        if table[found.joined(separator: " ")]?.contains(country) == true { return found }
        guard found.count > 1, let last = found.last, regionWords.contains(last) else { return nil }
        found.removeLast()
        return table[found.joined(separator: " ")]?.contains(country) == true ? found : nil
    }

    /// Folded words of `text` without those that are numbers, a saint's title as the
    /// registry writes it (Saint and Sankt Petersburg are its St Petersburg, and the Entity
    /// List writes both).
    private static func words(of text: some StringProtocol) -> [String] {
        CaseAndAccentFolding.foldedWords(text).filter { !$0.allSatisfy(\.isNumber) }.map { word in
            switch word {
            case "saint", "sankt": "st"
            case "sainte": "ste"
            default: String(word)
            }
        }
    }

    /// Whether `words` holds `run` as consecutive words.
    private static func contains(_ words: [String], _ run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { words[$0..<($0 + run.count)].elementsEqual(run) }
    }

    /// Whether a listed place and a printed town are the same place: one holds the other's
    /// words (Korolev, Moscow Region and Moscow), or they are one spelling apart (Nizhni and
    /// Nizhny Novgorod).
    private static func agree(_ listed: [String], _ town: [String]) -> Bool {
        guard !listed.isEmpty else { return false }
        if contains(listed, town) || contains(town, listed) { return true }
        let a = listed.joined(separator: " "), b = town.joined(separator: " ")
        return a.count >= 6 && abs(a.count - b.count) <= 1 && EditDistance.bounded(a, b, limit: 1) != nil
    }
}
