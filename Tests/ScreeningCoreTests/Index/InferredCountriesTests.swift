import Foundation
@testable import ScreeningCore
import XCTest

/// An entry its list gives no country takes the country of another list's entry of the same
/// name (`InferredCountries`), and matching reads it as listed: the Pentagon's 1286 list
/// names its institutions without one.
final class InferredCountriesTests: XCTestCase {
    private func position(of id: String, in entities: [ListedEntity]) throws -> Int {
        try XCTUnwrap(entities.firstIndex { $0.id == id }, id)
    }

    /// The 1286 list's Institute of High Energy Physics is the Entity List's, in Russia (the
    /// same alias, Kurchatovskiy Institute ITEF); its Sichuan University the Entity List's in
    /// China. Its National Defense University is on no other list: it takes none.
    func testA1286EntryTakesTheCountryOfAnotherListsEntryOfItsName() throws {
        let entities = try TestSupport.usLists()
        let inferred = InferredCountries(entities: entities)
        XCTAssertEqual(inferred[try position(of: "dow-1286:80", in: entities)],
                       InferredCountries.Inference(country: "RU", fromID: "bis-entity-list:2159"))
        XCTAssertEqual(inferred[try position(of: "dow-1286:116", in: entities)]?.country, "CN")
        XCTAssertNil(inferred[try position(of: "dow-1286:97", in: entities)], "National Defense University: on no other list")
        for (k, entity) in entities.enumerated() where inferred[k] != nil {
            XCTAssertTrue(entity.country?.isEmpty ?? true, "\(entity.id) has its own country")
            XCTAssertNotEqual(entity.kind, .person, entity.id)
        }
        // The lists of the 2026-07-09 snapshot: 60 of the 134 entries of the 1286 list, and
        // 6 others (the Entity List's Crimean entries, Ukraine's as OFAC lists them).
        let taken = entities.indices.filter { entities[$0].list == "dow-1286" && inferred[$0] != nil }.count
        XCTAssertEqual(taken, 60, "1286 entries that take a country")
        XCTAssertEqual(inferred.count, 66, "entries that take a country")
    }

    /// Persons, one-word names and entries of two countries give none; case, accents and
    /// punctuation do not keep two names apart.
    func testOnlyAnOrganisationsNameOfWordsOfOneCountryGivesIt() {
        let taker = ListedEntity(id: "a:1", list: "a", name: "Ural Federal University", aliases: ["UrFU", "Wang Wei"])
        func inferred(_ others: [ListedEntity]) -> InferredCountries.Inference? { InferredCountries(entities: [taker] + others)[0] }
        XCTAssertEqual(inferred([ListedEntity(id: "b:1", list: "b", kind: .organization, name: "URAL FEDERAL UNIVERSITY", country: "ru")]),
                       InferredCountries.Inference(country: "RU", fromID: "b:1"))
        XCTAssertEqual(inferred([ListedEntity(id: "b:1", list: "b", name: "Úral Federal-University", country: "RU")])?.country, "RU")
        XCTAssertNil(inferred([ListedEntity(id: "b:1", list: "b", name: "UrFU", country: "RU")]), "an acronym")
        XCTAssertNil(inferred([ListedEntity(id: "b:1", list: "b", kind: .person, name: "Wang Wei", country: "CN")]), "a person")
        XCTAssertNil(inferred([ListedEntity(id: "b:1", list: "b", name: "Ural Federal University", country: "RU"),
                               ListedEntity(id: "c:1", list: "c", name: "Ural Federal University", country: "KZ")]), "two countries")
        XCTAssertNil(InferredCountries(entities: [ListedEntity(id: "p:1", kind: .person, name: "Wang Wei"),
                                                  ListedEntity(id: "b:1", list: "b", name: "Wang Wei", country: "CN")])[0],
                     "a person takes none")
        XCTAssertNil(InferredCountries(entities: [taker, ListedEntity(id: "a:1", list: "a", name: "Ural Federal University", country: "RU")])[0],
                     "its own id's other entry")
    }

    /// An ASCII name's key, made byte by byte, is the one Foundation's folding makes.
    func testAnASCIINamesKeyIsTheFoldedOne() throws {
        let names = try TestSupport.usLists().flatMap { [$0.name] + $0.aliases } + ["A.A. Kharkevich", "x", "  NPO  --Mash ", "MAI"]
        var ascii = 0
        for name in names where name.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii += 1
            XCTAssertEqual(InferredCountries.key(of: name), InferredCountries.foldedKey(of: name), name)
        }
        XCTAssertGreaterThan(ascii, 10_000)
        XCTAssertEqual(InferredCountries.key(of: "Université Paris-Saclay"), "universite paris saclay")
    }

    /// The Institute for High Energy Physics in Amsterdam, and the Chinese Academy's in
    /// Beijing, met the 1286 entry at 1.00 (a registry sweep and the S2AFF gold); now as
    /// the Entity List's Russian one, at half. Sichuan University in China still meets it.
    func testAMentionOfAnotherCountryIsNotTheEntryThatTookRussia() throws {
        let entities = try TestSupport.usLists()
        let matcher = Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer), normalizer: TestSupport.normalizer)
        for text in ["Institute for High Energy Physics, Amsterdam, The Netherlands",
                     "Institute of High Energy Physics, CAS, Beijing, People’s Republic of China"] {
            let found = matcher.match(affiliation: text, threshold: 0.3)
            let hit = try XCTUnwrap(found.first { $0.entity.id == "dow-1286:80" }, text)
            XCTAssertEqual(hit.score, 0.5, accuracy: 0.001, text)
            XCTAssertTrue(hit.explanation.contains("vs RU, as bis-entity-list:2159 of the same name is listed"), hit.explanation)
        }
        let sichuan = try XCTUnwrap(matcher.match(affiliation: "West China Hospital, Sichuan University, Chengdu, China").first { $0.entity.id == "dow-1286:116" })
        XCTAssertEqual(sichuan.score, 1, accuracy: 0.001)
        XCTAssertTrue(sichuan.explanation.contains("the mention's CN is that of bis-entity-list:1020 of the same name"), sichuan.explanation)
        let washington = try XCTUnwrap(matcher.match(affiliation: "National Defense University, Washington, DC, USA").first { $0.entity.id == "dow-1286:97" })
        XCTAssertTrue(washington.explanation.contains("the list gives no country, the mention's is US"), washington.explanation)
    }
}
