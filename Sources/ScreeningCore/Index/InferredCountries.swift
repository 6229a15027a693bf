import Foundation

/// Countries for the entries a list gives none, from another loaded entry of the same name
/// that gives one. The Pentagon's 1286 list names its institutions without a country; the
/// Entity List files the same "Institute of High Energy Physics", with the same alias
/// "Kurchatovskiy Institute ITEF", under Russia. Without it, the Institute for High Energy
/// Physics in Amsterdam, or the Chinese Academy's in Beijing, met the 1286 entry at 1.00.
///
/// Only organisations (and entries of unknown kind) take or give a country: two persons of
/// one name are often two people. Names of one word (acronyms: IHEP, MAI) are not compared:
/// unrelated bodies share them. Entries of several countries give none.
public struct InferredCountries: Sendable {
    /// A country an entry takes from another's.
    public struct Inference: Sendable, Equatable {
        /// ISO 3166-1 alpha-2, as the other entry lists it (upper case).
        public let country: String
        /// The id of the entry it comes from (the first in list order).
        public let fromID: String
    }

    /// By position in the entities the inference was made over.
    private let byPosition: [Int: Inference]

    /// Infers over `entities` (all the loaded lists together).
    public init(entities: [ListedEntity]) {
        let wanting = entities.indices.filter { Self.canTake(entities[$0]) }
        guard !wanting.isEmpty else {
            byPosition = [:]
            return
        }
        // The keys of the entries without a country first: the others' names are folded and
        // looked up only against them (a registry with a country for every entry costs nothing).
        var sought: [String: [Int]] = [:]
        for k in wanting {
            for key in Self.keys(of: entities[k]) { sought[key, default: []].append(k) }
        }
        var found: [Int: (countries: Set<String>, fromID: String)] = [:]
        for entity in entities {
            guard entity.kind != .person, let country = entity.country?.uppercased(), !country.isEmpty else { continue }
            for key in Self.keys(of: entity) {
                for taker in sought[key] ?? [] where entities[taker].id != entity.id {
                    found[taker, default: ([], entity.id)].countries.insert(country)
                }
            }
        }
        var byPosition: [Int: Inference] = [:]
        for (k, sources) in found where sources.countries.count == 1 {
            byPosition[k] = Inference(country: sources.countries.first!, fromID: sources.fromID)
        }
        self.byPosition = byPosition
    }

    /// The country the entry at `position` takes, if any.
    public subscript(position: Int) -> Inference? { byPosition[position] }

    /// How many entries take a country.
    public var count: Int { byPosition.count }

    /// Whether an entry lacks a country and may take one.
    private static func canTake(_ entity: ListedEntity) -> Bool {
        entity.kind != .person && (entity.country ?? "").isEmpty
    }

    /// The entry's names of two words or more, folded: case, accents and widths ignored,
    /// every run of other characters than letters and digits one space.
    static func keys(of entity: ListedEntity) -> Set<String> {
        var keys = Set<String>()
        for name in [entity.name] + entity.aliases {
            let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            let words = folded.split { !($0.isLetter || $0.isNumber) }
            guard words.count >= 2 else { continue }
            keys.insert(words.joined(separator: " "))
        }
        return keys
    }
}
