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

        public init(country: String, fromID: String) {
            self.country = country
            self.fromID = fromID
        }
    }

    /// By position in the entities the inference was made over; empty when none takes one
    /// (a registry). An array: matching asks for every candidate it verifies.
    private let byPosition: [Inference?]

    /// Infers over `entities` (all the loaded lists together).
    public init(entities: [ListedEntity]) {
        let wanting = entities.indices.filter { Self.canTake(entities[$0]) }
        guard !wanting.isEmpty else {
            byPosition = []
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
        var byPosition = [Inference?](repeating: nil, count: found.isEmpty ? 0 : entities.count)
        for (k, sources) in found where sources.countries.count == 1 {
            byPosition[k] = Inference(country: sources.countries.first!, fromID: sources.fromID)
        }
        self.byPosition = byPosition
    }

    /// The country the entry at `position` takes, if any.
    public subscript(position: Int) -> Inference? { position < byPosition.count ? byPosition[position] : nil }

    /// An entry's country: as its list gives it, else as it takes it (`inferred`).
    public static func country(of entity: ListedEntity, taking inferred: Inference?) -> String? {
        if let listed = entity.country, !listed.isEmpty { return listed }
        return inferred?.country
    }

    /// How many entries take a country.
    public var count: Int { byPosition.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Whether an entry lacks a country and may take one.
    private static func canTake(_ entity: ListedEntity) -> Bool {
        entity.kind != .person && (entity.country ?? "").isEmpty
    }

    /// The entry's names of two words or more, folded: case, accents and widths ignored,
    /// every run of other characters than letters and digits one space.
    static func keys(of entity: ListedEntity) -> Set<String> {
        var keys = Set<String>()
        for name in [entity.name] + entity.aliases {
            if let key = key(of: name) { keys.insert(key) }
        }
        return keys
    }

    /// A name's key, nil for a name of one word.
    static func key(of name: String) -> String? {
        // Most names are ASCII, folded byte by byte: Foundation's folding of every name of
        // the lists took a tenth of a second, on every run of a rescan.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var words = 0, inWord = false, ascii = true
        for byte in name.utf8 {
            guard byte < 0x80 else { ascii = false; break }
            let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (folded >= 0x61 && folded <= 0x7A) || (folded >= 0x30 && folded <= 0x39) {
                if !inWord {
                    if words > 0 { bytes.append(0x20) }
                    words += 1
                    inWord = true
                }
                bytes.append(folded)
            } else {
                inWord = false
            }
        }
        if ascii { return words >= 2 ? String(decoding: bytes, as: UTF8.self) : nil }
        return foldedKey(of: name)
    }

    /// A name's key by Foundation's folding: what `key(of:)` gives any name.
    static func foldedKey(of name: String) -> String? {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let split = folded.split { !($0.isLetter || $0.isNumber) }
        return split.count >= 2 ? split.joined(separator: " ") : nil
    }
}
