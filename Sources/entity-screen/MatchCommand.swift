import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen match`: the best candidates for one string, for a reviewer checking a name.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Show the best listed candidates for one name or affiliation, with scores and explanations.",
        discussion: """
            Examples:
              entity-screen match '哈尔滨工业大学航天学院' --list Data/Demo/list.jsonl
              entity-screen match 'Harbin Inst Technol, Harbin, Peoples R China' --list Data/Demo/list.jsonl --json
            """
    )

    @Argument(help: "The name or affiliation to look up.")
    var query: String

    @Option(name: .long, help: "A list file (JSON Lines, METI's xlsx); repeat for several.")
    var list: [String] = []

    @Option(name: .long, help: ArgumentHelp("A ROR data dump (JSON, JSON Lines or zip, .gz read too): link each listed organisation to its ROR record when a name is equal and the country the same, and add the record's other names and its children's names as aliases marked as from ROR.", valueName: "ROR_FILE"))
    var enrich: String?

    @Option(name: .long, help: "How many candidates to show.")
    var limit = 10

    @Flag(name: .long, help: "One JSON object per candidate.")
    var json = false

    func validate() throws {
        if list.isEmpty { throw ValidationError("give at least one --list FILE") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let loaded = try ListLoading.entities(lists: list, threads: threads, enrich: enrich)
        let matcher = ListLoading.matcher(of: loaded, threads: threads)
        let names = Dictionary(loaded.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let candidates = matcher.candidates(for: query, limit: limit)
        // The countries entries without their own take from another entry of their name.
        let index = matcher.index
        let taken = Dictionary(index.entities.indices.compactMap { k in index.inferredCountries[k].map { (index.entities[k].id, $0) } },
                               uniquingKeysWith: { first, _ in first })
        if candidates.isEmpty && !json { print("no candidate for “\(query)”") }
        for (rank, match) in candidates.enumerated() {
            // Where the entity is and what it belongs to: a registry holds many organisations
            // of one name (an Institute of Physics in a dozen countries), told apart by these.
            let entity = match.entity
            let parents = (loaded.parents[entity.id] ?? []).map { (id: $0, name: names[$0]) }
            if json {
                var object: [String: Any] = [
                    "rank": rank + 1, "score": (match.score * 10_000).rounded() / 10_000, "entity_id": entity.id,
                    "entity_name": entity.name, "list": entity.list, "alias": match.alias,
                    "explanation": match.explanation,
                ]
                if let country = entity.country, !country.isEmpty { object["country"] = country }
                if let inferred = taken[entity.id] { object["country_taken"] = ["country": inferred.country, "from": inferred.fromID] }
                if !parents.isEmpty { object["parents"] = parents.map { ["id": $0.id, "name": $0.name ?? ""] } }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            } else {
                var context = [entity.list]
                if let country = entity.country, !country.isEmpty { context.append(country) }
                if let inferred = taken[entity.id] { context.append("\(inferred.country) as \(inferred.fromID)") }
                if !parents.isEmpty { context.append("part of " + parents.map { $0.name ?? $0.id }.joined(separator: "; ")) }
                print(String(format: "%2d. %.2f  %@  %@ [%@]", rank + 1, match.score, entity.id, entity.name, context.joined(separator: ", ")))
                print("    \(match.explanation)")
            }
        }
        guard !json else { return }
        let shown = Set(candidates.filter { $0.score >= Matcher.defaultThreshold }.map(\.entity.id))
        // The acronyms the query prints that count only with evidence, so that a reviewer
        // checking "CNRS" alone sees why its entity is not among the candidates (those that
        // counted beside an organisation of their country are among them).
        for (entity, alias, countsAloneElsewhere) in matcher.acronymsWithoutEvidence(in: query) where !shown.contains(entity.id) {
            let seat = RORRegistry.seat(of: entity).map { " or, where no country shows, the city it is seated in (\($0))" } ?? ""
            let alone = countsAloneElsewhere
                ? ", or alone, as the only organisation the lists give it to with parts listed, where the text names no organisation of another country, no other holder's seat and no university it opens"
                : ""
            let rule = if let country = InferredCountries.country(of: entity, taking: taken[entity.id]) {
                "counts only printed in capitals with its entity's country (\(country))\(seat) in the text, or beside an organisation of that country named in another segment\(alone)"
            } else {
                "counts only with its entity's country in the text, which the list does not give"
            }
            print("not counted: “\(alias)” (\(entity.id) \(entity.name) [\(entity.list)]): an acronym alone \(rule)")
        }
        // A place among an entry's aliases (Tula; Schweiz; Rabat, Morocco), when the entry is
        // not met otherwise.
        for (entity, alias) in matcher.placesPassedOver(in: query) where !shown.contains(entity.id) {
            print("not counted: “\(alias)” (\(entity.id) \(entity.name) [\(entity.list)]): an alias that is a place (of the entry's address, a country, or a town and a country), which says where, not who")
        }
        // A name too common to count inside a longer segment (Zhiyuan in Zhiyuan College).
        for (entity, alias, oneWord, places, printed) in matcher.wholeSegmentNamesPassedOver(in: query) where !shown.contains(entity.id) {
            let home = places.isEmpty ? "" : " or with a place of the entry's address in the text (" + places.joined(separator: ", ") + ")"
            let asListed = printed.isEmpty ? "" : " and its words as the list prints them (" + printed.joined(separator: " ") + ")"
            let rule = oneWord ? "a name of one word that many organisations' names hold, counted only as a segment of its own" + home
                : "a company's name of common words only, counted only as a segment of its own in a text that prints a legal form" + asListed
            print("not counted: “\(alias)” (\(entity.id) \(entity.name) [\(entity.list)]): \(rule)")
        }
    }
}
