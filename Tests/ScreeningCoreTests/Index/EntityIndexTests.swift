import Foundation
import ScreeningCore
import XCTest

/// Candidate generation on the real lists: every listed spelling finds its own entity, and
/// cross-script spellings find the English-only entries.
final class EntityIndexTests: XCTestCase {
    private static func usLists() throws -> [ListedEntity] { try TestSupport.usLists() }

    private static func meti() throws -> [ListedEntity] {
        try METIEndUserList.read(xlsx: TestSupport.shared("lists/meti-eul/20250929_4.xlsx"))
    }

    private func topEntities(_ index: EntityIndex, _ query: String,
                             among partition: EntityIndex.Partition = .organisations) -> (best: Set<String>, all: [String]) {
        let candidates = index.candidates(for: TestSupport.normalizer.normalize(query), among: partition, limit: 10)
        let top = candidates.first?.containment ?? -1
        let best = Set(candidates.filter { $0.containment >= top - 1e-9 }.map { index.entities[Int(index.aliases[Int($0.alias)].entity)].id })
        return (best, candidates.map { index.entities[Int(index.aliases[Int($0.alias)].entity)].id })
    }

    /// METI against itself: each entry's kanji alias, folded to simplified Chinese, finds
    /// its own entry first.
    func testMETIKanjiAliasesFindTheirOwnEntryFirst() throws {
        let entities = try Self.meti()
        let index = EntityIndex(entities: entities, normalizer: TestSupport.normalizer)
        var checked = 0
        var misses: [String] = []
        for entity in entities {
            guard let kanji = entity.aliases.first(where: { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
            else { continue }
            checked += 1
            let simplified = TestSupport.normalizer.canonicalHan(kanji)
            let (best, all) = topEntities(index, simplified)
            if !best.contains(entity.id) { misses.append("\(entity.id) \(simplified) → \(all.prefix(3))") }
        }
        print("METI kanji aliases: \(checked - misses.count) of \(checked) find their own entry first; misses: \(misses.prefix(10))")
        XCTAssertGreaterThan(checked, 200)
        XCTAssertEqual(misses, [])
    }

    /// All lists together (METI and the US lists, about 6,800 entities): each primary name
    /// finds its own entity among the best candidates.
    func testEveryPrimaryNameFindsItsEntityAcrossAllLists() throws {
        let entities = try Self.meti() + Self.usLists()
        let index = EntityIndex(entities: entities, normalizer: TestSupport.normalizer)
        print("index: \(entities.count) entities, \(index.aliases.count) spellings, \(index.gramCount) grams")
        var checked = 0
        var misses: [String] = []
        for entity in entities.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            checked += 1
            let (_, all) = topEntities(index, entity.name, among: EntityIndex.Partition.of(entity, normalizer: TestSupport.normalizer)[0])
            if !all.contains(entity.id) { misses.append("\(entity.id) \(entity.name) → \(all.prefix(3))") }
        }
        print("primary names: \(checked - misses.count) of \(checked) among the candidates; misses: \(misses.prefix(10))")
        XCTAssertLessThanOrEqual(Double(misses.count), Double(checked) * 0.01)
    }

    /// The US lists have no Chinese script: Chinese and abbreviated spellings of a listed
    /// university reach its English entry through translations and abbreviations.
    func testCrossScriptSpellingsReachEnglishOnlyEntries() throws {
        let entities = try Self.usLists()
        let index = EntityIndex(entities: entities, normalizer: TestSupport.normalizer)
        let harbin = entities.filter { $0.name == "Harbin Institute of Technology" }.map(\.id)
        XCTAssertFalse(harbin.isEmpty, "Harbin Institute of Technology is on the BIS Entity List")
        for query in ["哈尔滨工业大学", "哈爾浜工業大学", "Harbin Inst Technol",
                      "School of Astronautics, Harbin Institute of Technology, Harbin 150001, China"] {
            let (_, all) = topEntities(index, query)
            XCTAssertTrue(all.contains { harbin.contains($0) }, "\(query) → \(all)")
        }
    }
}
