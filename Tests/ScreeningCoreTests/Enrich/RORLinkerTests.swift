import Foundation
@testable import ScreeningCore
import XCTest

/// ROR enrichment on the real lists (METI's End User List and the US lists) against the
/// partial ROR dump: links, added names with their sources, hits through them, doubtful cases.
final class RORLinkerTests: XCTestCase {
    /// The dump, the lists and their enrichment, made once: several tests read them.
    struct Fixture: Sendable {
        let registry: RORRegistry
        let linker: RORLinker
        let enrichment: Enrichment
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: Fixture?
    nonisolated(unsafe) private static var cachedMatchers: (plain: Matcher, enriched: Matcher)?

    private func fixture() throws -> Fixture {
        let dump = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        let meti = try TestSupport.shared("lists/meti-eul/20250929_4.xlsx")
        let us = try TestSupport.shared("lists/us")
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let cached = Self.cached { return cached }
        let usFiles = try FileManager.default.contentsOfDirectory(atPath: us.path).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { us.appendingPathComponent($0).path }
        let loaded = try ListFiles.load([meti.path] + usFiles)
        let registry = try RORRegistry(path: dump.path)
        let linker = RORLinker(registry: registry, normalizer: TestSupport.normalizer, threads: 2)
        let fixture = Fixture(registry: registry, linker: linker, enrichment: linker.enrich(loaded.entities))
        Self.cached = fixture
        return fixture
    }

    /// Matchers over the METI list and the BIS Entity List, without and with enrichment.
    private func matchers() throws -> (plain: Matcher, enriched: Matcher) {
        let f = try fixture()
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let cached = Self.cachedMatchers { return cached }
        let lists: Set<String> = ["meti-eul", "bis-entity-list"]
        let enriched = f.enrichment.entities.filter { lists.contains($0.list) }
        let enrichedIDs = Set(enriched.map(\.id))
        let plain = try ListFiles.load([TestSupport.shared("lists/meti-eul/20250929_4.xlsx").path,
                                        TestSupport.shared("lists/us/bis_entity_list.jsonl").path]).entities
        XCTAssertEqual(Set(plain.map(\.id)), enrichedIDs)
        let n = TestSupport.normalizer
        let result = (Matcher(index: EntityIndex(entities: plain, normalizer: n, threads: 2), normalizer: n, threads: 2),
                      Matcher(index: EntityIndex(entities: enriched, normalizer: n, threads: 2), normalizer: n, threads: 2,
                              aliasSources: f.enrichment.sources))
        Self.cachedMatchers = result
        return result
    }

    private func entity(_ id: String, _ f: Fixture) throws -> ListedEntity {
        try XCTUnwrap(f.enrichment.entities.first { $0.id == id }, "no entity \(id)")
    }

    func testCountsOnTheRealLists() throws {
        let e = try fixture().enrichment
        // Measured 2026-12-07: 82 linked (65 by name, 17 by alias), 249 aliases and 122
        // children added, 46 doubtful (67 linked and 60 doubtful before entries without a
        // country took another's). Bounds, not equalities: the normalizer may improve.
        XCTAssertGreaterThanOrEqual(e.links.count, 75, e.summary)
        XCTAssertEqual(e.links.count, e.linkedByName + e.linkedByAlias)
        XCTAssertGreaterThanOrEqual(e.linkedByAlias, 10, e.summary)
        XCTAssertGreaterThanOrEqual(e.childrenAdded, 50, e.summary)
        XCTAssertGreaterThanOrEqual(e.doubtful.count, 30, e.summary)
        XCTAssertEqual(e.sources.count, e.aliasesAdded + e.childAliasesAdded)
        XCTAssertTrue(e.summary.hasPrefix("\(e.links.count) organisations linked to ROR (\(e.linkedByName) by name, \(e.linkedByAlias) by alias), \(e.aliasesAdded) aliases and \(e.childrenAdded) children added"), e.summary)
        // Every entry is linked at most once, and no entry is both linked and doubtful.
        XCTAssertEqual(Set(e.links.map(\.entityID)).count, e.links.count)
        XCTAssertTrue(Set(e.links.map(\.entityID)).isDisjoint(with: e.doubtful.map(\.entityID)))
    }

    func testHarbinInstituteOfTechnologyIsLinkedAndGainsItsChineseLabel() throws {
        let f = try fixture()
        let hit = "https://ror.org/01yqg2h08"
        // The BIS Entity List gives the English name only: linked by it, it gains the zh label.
        let bis = try XCTUnwrap(f.enrichment.links.first { $0.entityID == "bis-entity-list:595" })
        XCTAssertEqual(bis.rorID, hit)
        XCTAssertEqual(bis.evidence, .name)
        let bisEntity = try entity("bis-entity-list:595", f)
        XCTAssertTrue(bisEntity.aliases.contains("哈尔滨工业大学"), "\(bisEntity.aliases)")
        let source = try XCTUnwrap(f.enrichment.sources.source(entityID: bisEntity.id, alias: "哈尔滨工业大学"))
        XCTAssertEqual(source.note, "alias from ROR \(hit) (zh label)")
        XCTAssertEqual(try XCTUnwrap(f.enrichment.sources.source(entityID: bisEntity.id, alias: "HIT")).nameKind, "acronym")
        // METI prints the name with its acronym ("Harbin Institute of Technology (HIT)") and the
        // kanji form 哈爾浜工業大学, which folds to the zh label: linked by that alias, and the
        // zh label, equal after normalization, is not added twice.
        let metiID = try XCTUnwrap(f.enrichment.entities.first { $0.list == "meti-eul" && $0.name.hasPrefix("Harbin Institute of Technology") }).id
        let meti = try XCTUnwrap(f.enrichment.links.first { $0.entityID == metiID })
        XCTAssertEqual(meti.rorID, hit)
        XCTAssertEqual(meti.evidence, .alias)
        XCTAssertEqual(meti.matchedName, "哈爾浜工業大学")
        XCTAssertFalse(try entity(metiID, f).aliases.contains("哈尔滨工业大学"))
        XCTAssertEqual(f.enrichment.sources.source(entityID: metiID, alias: "Harbin Institute of Technology")?.nameKind, "display name")
    }

    /// No linked list entry's record has a Japanese label (the lists name Chinese, Iranian and
    /// Russian organisations): a Japanese university's real record shows ja labels are added.
    func testJapaneseLabelOfARealRecordIsAdded() throws {
        let f = try fixture()
        let listed = ListedEntity(id: "test:kyoto", list: "test", kind: .organization, name: "Kyoto University", country: "JP")
        let e = f.linker.enrich([listed])
        XCTAssertEqual(e.links.first?.rorID, "https://ror.org/02kpeqv85")
        XCTAssertTrue(e.entities[0].aliases.contains("京都大学"), "\(e.entities[0].aliases)")
        XCTAssertEqual(e.sources.source(entityID: "test:kyoto", alias: "京都大学")?.nameKind, "ja label")
        XCTAssertEqual(e.sources.source(entityID: "test:kyoto", alias: "Yukawa Institute for Theoretical Physics")?.relation,
                       .child(name: "Yukawa Institute for Theoretical Physics"))
    }

    func testMentionWrittenWithARORAliasHitsTheListedEntityAndSaysSo() throws {
        let f = try fixture()
        let nuaaID = try XCTUnwrap(f.enrichment.entities.first { $0.list == "meti-eul" && $0.name.hasPrefix("Nanjing University of Aeronautics") }).id
        XCTAssertEqual(f.enrichment.sources.source(entityID: nuaaID, alias: "Nanjing Aeronautical Institute")?.note,
                       "alias from ROR https://ror.org/01scyh794 (en alias)")
        let (plain, enriched) = try matchers()
        let mention = "Department of Mechanics, Nanjing Aeronautical Institute, Nanjing 210016, China"
        XCTAssertFalse(plain.match(affiliation: mention).contains { $0.entity.id == nuaaID },
                       "without enrichment the old name should not hit: \(plain.match(affiliation: mention).map(\.explanation))")
        let hit = try XCTUnwrap(enriched.match(affiliation: mention).first { $0.entity.id == nuaaID })
        XCTAssertEqual(hit.alias, "Nanjing Aeronautical Institute")
        XCTAssertGreaterThanOrEqual(hit.score, 0.9)
        XCTAssertTrue(hit.explanation.hasPrefix("“Nanjing Aeronautical Institute” [meti-eul] (alias from ROR https://ror.org/01scyh794 (en alias)): "), hit.explanation)
        // The zh label the BIS Entity List lacks hits its Harbin Institute of Technology.
        let han = try XCTUnwrap(enriched.match(affiliation: "哈尔滨工业大学航天学院").first { $0.entity.id == "bis-entity-list:595" })
        XCTAssertTrue(han.explanation.contains("(alias from ROR https://ror.org/01yqg2h08 (zh label))"), han.explanation)
        // The lists' own aliases keep their plain marking.
        let own = try XCTUnwrap(enriched.match(affiliation: "南京航空航天大学").first { $0.entity.id == nuaaID })
        XCTAssertTrue(own.explanation.contains("[meti-eul] (alias):"), own.explanation)
    }

    func testChildOrganisationHitsTheListedParent() throws {
        let (plain, enriched) = try matchers()
        let f = try fixture()
        let metiID = try XCTUnwrap(f.enrichment.entities.first { $0.list == "meti-eul" && $0.name.hasPrefix("Harbin Institute of Technology") }).id
        // A real child record of Harbin Institute of Technology in the dump, by its English and Chinese names.
        let child = "child of the listed entity per ROR: State Key Laboratory of Urban Water Resources and Water Environment (https://ror.org/05s6mpv98)"
        for mention in ["State Key Laboratory of Urban Water Resources and Water Environment, Harbin 150090, China",
                        "城市水资源与水环境国家重点实验室，哈尔滨"] {
            XCTAssertFalse(plain.match(affiliation: mention).contains { $0.entity.id == metiID }, mention)
            for id in [metiID, "bis-entity-list:595"] {
                let hit = try XCTUnwrap(enriched.match(affiliation: mention).first { $0.entity.id == id }, "\(mention) should hit \(id)")
                XCTAssertTrue(hit.explanation.contains(child), hit.explanation)
            }
        }
        // A child the partial dump lacks is known by the label of the parent's relationship.
        let robotics = try XCTUnwrap(enriched.match(affiliation: "State Key Laboratory of Robotics and Systems, Harbin, China")
            .first { $0.entity.id == metiID })
        XCTAssertTrue(robotics.explanation.contains("child of the listed entity per ROR: State Key Laboratory of Robotics and Systems (https://ror.org/015m77g16)"),
                      robotics.explanation)
        // Children's acronyms are not added.
        XCTAssertTrue(f.enrichment.sources.isEmpty == false)
        for link in f.enrichment.links {
            let entity = try entity(link.entityID, f)
            for alias in entity.aliases {
                if let source = f.enrichment.sources.source(entityID: entity.id, alias: alias), case .child = source.relation {
                    XCTAssertNotEqual(source.nameKind, "acronym", "\(entity.id): \(alias)")
                }
            }
        }
    }

    /// Moscow Aviation Institute's ROR record gives "National Research University" as an
    /// alias, as Moscow Power Engineering Institute's does: added, it would make every
    /// "(National Research University)" of a Russian affiliation a hit.
    func testNamesOtherRecordsCarryAreLeftOut() throws {
        let f = try fixture()
        let mai = try XCTUnwrap(f.enrichment.links.first { $0.entityID.hasPrefix("bis-entity-list:") && $0.rorID == "https://ror.org/033zpbv42" })
        let entity = try entity(mai.entityID, f)
        XCTAssertFalse(entity.aliases.contains("National Research University"), "\(entity.aliases)")
        XCTAssertTrue(entity.aliases.contains("Московский авиационный институт"), "\(entity.aliases)")
        XCTAssertGreaterThanOrEqual(f.enrichment.namesLeftOut, 1)
        let (_, enriched) = try matchers()
        XCTAssertFalse(enriched.match(affiliation: "Moscow Institute of Physics and Technology (National Research University), Dolgoprudny, Russia")
            .contains { $0.entity.id == mai.entityID })
    }

    func testCountryMismatchIsDoubtfulAndNotLinked() throws {
        let f = try fixture()
        // METI's Micado (Pakistan) shares its name with a Japanese record.
        let micado = try XCTUnwrap(f.enrichment.doubtful.first { $0.entityID.hasPrefix("meti-eul:") && $0.name == "Micado" })
        XCTAssertEqual(micado.reason, "country differs: listed PK, ROR JP")
        XCTAssertEqual(micado.candidates, ["https://ror.org/02f28hq55"])
        XCTAssertFalse(f.enrichment.links.contains { $0.entityID == micado.entityID })
        XCTAssertTrue(f.enrichment.sources.source(entityID: micado.entityID, alias: "Micado") == nil)
        XCTAssertTrue(micado.line.hasPrefix("\(micado.entityID)  Micado: country differs"), micado.line)
        // The Pentagon's list gives no countries: a sure name is still only doubtful, unless
        // another list's entry of the name gives one (Harbin Institute of Technology: the
        // Entity List's, in China).
        let noCountry = try XCTUnwrap(f.enrichment.doubtful.first { $0.entityID == "dow-1286:28" })
        XCTAssertTrue(noCountry.reason.hasPrefix("the list gives no country"), noCountry.reason)
        XCTAssertEqual(noCountry.candidates, ["https://ror.org/04fxmcy40"])  // Army Command College
        let taken = try XCTUnwrap(f.enrichment.links.first { $0.entityID == "dow-1286:77" })
        XCTAssertEqual(taken.rorID, "https://ror.org/01yqg2h08")
    }

    func testSeveralRecordsOfTheCountryIsDoubtful() throws {
        let f = try fixture()
        // A real name two records of one country carry.
        let records = f.registry.records
        let shared = try XCTUnwrap(f.linker.lookup.sorted { $0.key < $1.key }.first { _, ids in
            Dictionary(grouping: ids) { records[$0].entity.country ?? "" }.contains { !$0.key.isEmpty && $0.value.count >= 2 }
        })
        let country = Dictionary(grouping: shared.value) { records[$0].entity.country ?? "" }.first { !$0.key.isEmpty && $0.value.count >= 2 }!.key
        let name = records[shared.value.first { records[$0].entity.country == country }!].names
            .first { f.linker.key($0.value) == shared.key }!.value
        let e = f.linker.enrich([ListedEntity(id: "test:1", kind: .organization, name: name, country: country)])
        XCTAssertEqual(e.links.count, 0)
        XCTAssertEqual(e.doubtful.count, 1)
        XCTAssertTrue(e.doubtful[0].reason.hasSuffix("ROR records in \(country) carry its names"), e.doubtful[0].reason)
        XCTAssertEqual(e.entities[0].aliases, [])
    }

    func testPersonsAreNeverLinked() throws {
        let f = try fixture()
        let person = ListedEntity(id: "test:p", kind: .person, name: "Harbin Institute of Technology", country: "CN")
        let e = f.linker.enrich([person])
        XCTAssertEqual(e.links.count + e.doubtful.count, 0)
        XCTAssertEqual(e.entities, [person])
        // The real lists mark no entry as a person (the US lists state no kind at all): the
        // linked entries, marked as persons, are all left alone.
        let linked = Set(f.enrichment.links.map(\.entityID))
        let asPersons = try ListFiles.load([TestSupport.shared("lists/meti-eul/20250929_4.xlsx").path,
                                            TestSupport.shared("lists/us/bis_entity_list.jsonl").path]).entities
            .filter { linked.contains($0.id) }.map { var p = $0; p.kind = .person; return p }
        XCTAssertGreaterThan(asPersons.count, 20)
        let again = f.linker.enrich(asPersons)
        XCTAssertEqual(again.links.count + again.doubtful.count, 0)
        XCTAssertEqual(again.entities, asPersons)
        XCTAssertTrue(again.sources.isEmpty)
    }
}

/// The linking rules on a small made-up dump: children at every level, cycles, children the
/// dump lacks, names of children other records carry.
final class RORLinkerRulesTests: XCTestCase {
    private func record(_ id: String, _ names: [(String, String?, [String])], country: String = "XX",
                        relationships: [(String, String, String)] = [], status: String = "active") -> String {
        let n = names.map { "{\"value\": \"\($0.0)\", \"lang\": \($0.1.map { "\"\($0)\"" } ?? "null"), \"types\": [\($0.2.map { "\"\($0)\"" }.joined(separator: ", "))]}" }
        let r = relationships.map { "{\"type\": \"\($0.0)\", \"id\": \"https://ror.org/\($0.1)\", \"label\": \"\($0.2)\"}" }
        return "{\"id\": \"https://ror.org/\(id)\", \"status\": \"\(status)\", \"names\": [\(n.joined(separator: ", "))], "
            + "\"locations\": [{\"geonames_details\": {\"country_code\": \"\(country)\"}}], \"relationships\": [\(r.joined(separator: ", "))]}"
    }

    private func linker() throws -> RORLinker {
        let lines = [
            record("a", [("Alpha University", "en", ["ror_display", "label"]), ("AU", nil, ["acronym"]), ("阿尔法大学", "zh", ["label"]),
                         ("National Research Institute", "en", ["alias"])],
                   relationships: [("child", "b", "Beta Institute"), ("child", "gone", "Gamma Laboratory")]),
            // b names a as its child too: a cycle.
            record("b", [("Beta Institute", "en", ["ror_display"]), ("BI", nil, ["acronym"])],
                   relationships: [("parent", "a", "Alpha University"), ("child", "a", "Alpha University")]),
            // d is below b only by its own parent link.
            record("d", [("Delta Centre", "en", ["ror_display"]), ("Common Lab", "en", ["alias"])],
                   relationships: [("parent", "b", "Beta Institute")]),
            // Another record also called Common Lab, so that child name is left out.
            record("e", [("Common Lab", "en", ["ror_display"])], country: "YY"),
            record("w", [("Withdrawn Unit", "en", ["ror_display"])], relationships: [("parent", "a", "Alpha University")], status: "withdrawn"),
        ]
        let registry = try RORRegistry(bytes: Array(lines.joined(separator: "\n").utf8), name: "test")
        XCTAssertEqual(registry.problems, [])
        return RORLinker(registry: registry, normalizer: TestSupport.normalizer)
    }

    func testChildrenAtEveryLevelWithCyclesGuarded() throws {
        let e = try linker().enrich([ListedEntity(id: "l:1", kind: .unknown, name: "ALPHA UNIVERSITY", aliases: ["Alpha Univ."], country: "xx")])
        XCTAssertEqual(e.links.count, 1)
        XCTAssertEqual(e.links[0].evidence, .name)
        XCTAssertEqual(e.entities[0].aliases, ["Alpha Univ.", "阿尔法大学", "AU", "Beta Institute", "Delta Centre", "Gamma Laboratory"])
        XCTAssertEqual(e.links[0].aliasesAdded, 2)
        XCTAssertEqual(e.links[0].childrenAdded, 3)
        XCTAssertEqual(e.links[0].childAliasesAdded, 3)
        XCTAssertEqual(e.namesLeftOut, 2, "Common Lab is another record's name too; National Research Institute generic words only")
        let s = e.sources
        XCTAssertEqual(s.source(entityID: "l:1", alias: "AU")?.note, "alias from ROR https://ror.org/a (acronym)")
        XCTAssertEqual(s.source(entityID: "l:1", alias: "Delta Centre")?.note,
                       "child of the listed entity per ROR: Delta Centre (https://ror.org/d), its display name")
        XCTAssertEqual(s.source(entityID: "l:1", alias: "Gamma Laboratory")?.note,
                       "child of the listed entity per ROR: Gamma Laboratory (https://ror.org/gone), its name as its parent's record gives it")
        XCTAssertNil(s.source(entityID: "l:1", alias: "BI"), "children's acronyms are not added")
        XCTAssertNil(s.source(entityID: "l:1", alias: "Alpha Univ."), "the list's own alias")
    }

    func testLinkByAliasAndRecordsOfTheRORListLeftAlone() throws {
        let l = try linker()
        let e = l.enrich([ListedEntity(id: "l:2", name: "Beta Research Complex", aliases: ["Beta Institute"], country: "XX"),
                          ListedEntity(id: "https://ror.org/a", list: RORRegistry.listName, kind: .organization, name: "Alpha University", country: "XX"),
                          ListedEntity(id: "l:3", name: "Nothing Like It", country: "XX")])
        XCTAssertEqual(e.links.map(\.entityID), ["l:2"])
        XCTAssertEqual(e.links[0].evidence, .alias)
        XCTAssertEqual(e.links[0].matchedName, "Beta Institute")
        // b's subtree: d (its child) and a (named its child: the cycle), a's other child gone.
        XCTAssertTrue(e.entities[0].aliases.contains("Delta Centre"))
        XCTAssertEqual(e.entities[1].aliases, [])
        XCTAssertEqual(e.entities[2].aliases, [])
        XCTAssertEqual(e.doubtful, [])
    }

    func testNoCountryOrAnotherCountryIsDoubtful() throws {
        let noCountry = ListedEntity(id: "l:4", name: "Alpha University")
        let another = ListedEntity(id: "l:5", kind: .organization, name: "Alpha University", country: "ZZ")
        let e = try linker().enrich([noCountry])
        XCTAssertEqual(e.links.count, 0)
        XCTAssertEqual(e.doubtful.map(\.reason), ["the list gives no country to confirm the ROR record of the same name"])
        // One another entry of its name gives is no better than its own.
        let taken = try linker().enrich([noCountry, another])
        XCTAssertEqual(taken.links.count, 0)
        XCTAssertEqual(taken.doubtful.map(\.reason), ["country differs: listed ZZ (as l:5 of the same name is listed), ROR XX",
                                                     "country differs: listed ZZ, ROR XX"])
        XCTAssertEqual(taken.doubtful[1].candidates, ["https://ror.org/a"])
    }

    /// An entry its list gives no country links by the one another entry of its name gives.
    func testACountryTakenFromAnotherEntryConfirmsTheLink() throws {
        let e = try linker().enrich([ListedEntity(id: "l:4", name: "Alpha University"),
                                     ListedEntity(id: "m:1", list: "m", kind: .organization, name: "Alpha University", country: "XX")])
        XCTAssertEqual(e.links.map(\.entityID), ["l:4", "m:1"])
        XCTAssertEqual(e.doubtful, [])
    }
}
