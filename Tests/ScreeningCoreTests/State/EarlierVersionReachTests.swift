import Foundation
@testable import ScreeningCore
import XCTest

/// A rescan looks again at the stored mentions that may have had an earlier version of a
/// changed or removed entry among their candidates (`EarlierVersionReach`): on every real
/// revision of the export-ban lists, each mention of the replay records (names and
/// affiliations, listed and Crossref's) that had among its candidates in the earlier lists'
/// own index a spelling of an earlier version that the entry's later version has no longer
/// (with the same grams, in the same partitions: one it has still takes its place) is found
/// so, and no other; far fewer than an index of the earlier versions alone found.
final class EarlierVersionReachTests: XCTestCase {
    /// An index of `entities` with the spellings and forms it was built from, as a rescan
    /// builds the whole index.
    private func indexed(_ entities: [ListedEntity]) -> (spellings: [[IndexedForms.Spelling]], forms: [IndexedForms], index: EntityIndex) {
        let normalizer = TestSupport.normalizer
        let spellings = IndexedForms.spellings(of: entities, threads: 2)
        let forms = entities.indices.map { IndexedForms.of(entities[$0], spellings: spellings[$0], normalizer: normalizer).forms }
        return (spellings, forms, EntityIndex(entities: entities, spellings: spellings, forms: forms, normalizer: normalizer, threads: 2))
    }

    /// The export-ban lists of 2022-07-05, and their Raduga entry: Latin, Japanese and
    /// Russian spellings, one of them "Joint Stock Company State Machine-Building Design Bureau".
    private func raduga() throws -> (lists: [ListedEntity], entry: ListedEntity) {
        let lists = try ExportBanReplay.versions(at: ["2022-07-05"])[0]
        return (lists, try XCTUnwrap(lists.first { $0.aliases.contains(Self.radugaAlias) }))
    }

    private static let radugaAlias = "Joint Stock Company State Machine-Building Design Bureau"

    /// The same entry with a revised address.
    private static func readdressed(_ entity: ListedEntity) -> ListedEntity {
        var entity = entity
        entity.remarks = (entity.remarks ?? "") + " Revised address: 2a Zhukovsky Street, Dubna."
        return entity
    }

    func testEveryMentionWithAnEarlierVersionAmongItsCandidatesIsFound() throws {
        let normalizer = TestSupport.normalizer
        let dates = ["2022-03-15", "2022-07-05", "2023-05-26", "2024-06-21", "2025-09-12"]
        var versions = try ExportBanReplay.versions(at: dates)
        versions.append(try ExportBanReplay.publishedIndex())
        let records = ExportBanReplay.records(first: 0, count: 200, entities: versions.last!,
                                              crossref: try ExportBanReplay.crossrefAffiliations(200))
        let mentions = Set(records.flatMap { $0.parties.flatMap { [($0.name, true)] + $0.affiliations.map { ($0, false) } } }
                           .map { "\($0.1 ? "p" : "o")\($0.0)" }).sorted()
        var revisionsWithEarlierVersions = 0, hadOne = 0, hadKeptOnly = 0, found = 0, foundAlone = 0, foundWithout = 0
        for (old, new) in zip(versions, versions.dropFirst()) {
            let newHashes = Dictionary(new.map { ($0.id, ContentHash.of($0)) }, uniquingKeysWith: { first, _ in first })
            let previous = old.filter { newHashes[$0.id] != ContentHash.of($0) }
            guard !previous.isEmpty else { continue }
            revisionsWithEarlierVersions += 1
            let oldMatcher = Matcher(index: EntityIndex(entities: old, normalizer: normalizer, threads: 2), normalizer: normalizer, threads: 2)
            let (spellings, forms, index) = indexed(new)
            let oldHashes = Dictionary(old.map { ($0.id, ContentHash.of($0)) }, uniquingKeysWith: { first, _ in first })
            let revised = Set(new.filter { oldHashes[$0.id] != newHashes[$0.id] }.map(\.id))
            let added = revised.subtracting(old.map(\.id))
            // Nil when no earlier spelling went: then no mention is near one.
            let reach = EarlierVersionReach(versions: .init(previous: previous, normalizer: normalizer, threads: 2), index: index,
                                            forms: forms, spellings: spellings, added: added, normalizer: normalizer, threads: 2)
            let previousIDs = Set(previous.map(\.id))
            // Each revised entry's spellings in the later lists, as sorted grams, by id, with
            // its partitions: an earlier spelling found there did not go.
            var later: [String: (partitions: [EntityIndex.Partition], spellings: Set<[UInt64]>)] = [:]
            for (alias, entry) in index.aliases.enumerated() where previousIDs.contains(index.entities[Int(entry.entity)].id) {
                let entity = index.entities[Int(entry.entity)]
                later[entity.id, default: (EntityIndex.Partition.of(entity, normalizer: normalizer), [])]
                    .spellings.insert(Grams.of(index.normalized(alias: alias)).sorted())
            }
            let oldIndex = oldMatcher.index
            func went(_ alias: Int32) -> Bool {
                let entity = oldIndex.entities[Int(oldIndex.aliases[Int(alias)].entity)]
                guard previousIDs.contains(entity.id) else { return false }
                guard let now = later[entity.id], now.partitions == EntityIndex.Partition.of(entity, normalizer: normalizer) else { return true }
                return !now.spellings.contains(Grams.of(oldIndex.normalized(alias: Int(alias))).sorted())
            }
            // How the rescans before 2026-12-05 looked: an index of the earlier versions alone,
            // reached at 0.15.
            let alone = EntityIndex(entities: previous.map { var old = $0; old.id = "previous:" + old.id; return old },
                                    normalizer: normalizer, threads: 2)
            for mention in mentions {
                let (asPerson, text) = (mention.first == "p", String(mention.dropFirst()))
                // As a rescan stores them (`Screener.matchesAndGrams`): with an organisation's
                // loan-word grams.
                let grams = asPerson ? oldMatcher.personGrams(text) : Grams.of(normalizer.normalize(text, options: .allForms), loanWords: true)
                let candidates = asPerson ? oldMatcher.candidateAliases(personGrams: grams)
                    : oldMatcher.candidateAliases(organisation: normalizer.normalize(text, options: .allForms))
                let near = grams.withUnsafeBufferPointer { reach?.isNear($0, asPerson: asPerson) ?? false }
                if near { found += 1 }
                if !alone.candidates(grams: grams, among: asPerson ? .persons : .organisations, limit: 1,
                                     minimumContainment: 0.15).isEmpty { foundAlone += 1 }
                guard candidates.contains(where: went) else {
                    if candidates.contains(where: { previousIDs.contains(oldIndex.entities[Int(oldIndex.aliases[Int($0)].entity)].id) }) { hadKeptOnly += 1 }
                    if near { foundWithout += 1 }
                    continue
                }
                hadOne += 1
                XCTAssertTrue(near, "\(text): a spelling that went was among its candidates")
            }
        }
        XCTAssertGreaterThan(revisionsWithEarlierVersions, 2)
        XCTAssertGreaterThan(hadOne, 20, "the replay's revisions touch few mentions: the test shows little")
        XCTAssertLessThan(found, foundAlone, "no fewer than an index of the earlier versions alone found")
        // Weighed in the earlier lists' own index, the reach is their candidate search's.
        XCTAssertEqual(foundWithout, 0, "found near a spelling that went, though none was among their candidates")
        print("EarlierVersionReachTests: \(revisionsWithEarlierVersions) revisions, \(hadOne) mentions with a spelling that went among their candidates (\(hadKeptOnly) more with only kept ones), \(found) found near one (\(foundAlone) by an index of the earlier versions alone)")
    }

    /// An earlier spelling is kept when the current version has one of the same grams in the
    /// same partitions: on a real export-ban entry (Raduga, with Latin, Japanese and Russian
    /// spellings), a changed address keeps every spelling, a changed alias lets that alias's
    /// spellings go and keeps the rest, and a changed kind lets every spelling go (the entry
    /// moves to the other partition).
    func testKeptSpellingsAreThoseTheCurrentVersionStillHas() throws {
        let (lists, earlier) = try raduga()
        func kept(_ revise: (inout ListedEntity) -> Void) -> (kept: Int, of: Int) {
            var now = earlier
            revise(&now)
            let (_, forms, index) = indexed(lists.map { $0.id == earlier.id ? now : $0 })
            let versions = EarlierVersionReach.Versions(previous: [earlier], normalizer: TestSupport.normalizer, threads: 2)
            return (EarlierVersionReach.keptSpellings(versions: versions, index: index, forms: forms)[0].count, versions.forms[0].spellingCount)
        }
        let address = kept { $0 = Self.readdressed($0) }
        XCTAssertGreaterThan(address.of, 5)
        XCTAssertEqual(address.kept, address.of, "an address changes no spelling")
        let alias = kept { entity in
            entity.aliases = entity.aliases.map { $0 == Self.radugaAlias ? $0 + " “Raduga”" : $0 }
        }
        XCTAssertLessThan(alias.kept, alias.of, "the changed alias's spellings went")
        XCTAssertGreaterThanOrEqual(alias.kept, alias.of - 2, "the other aliases' spellings stay")
        let kind = kept { $0.kind = .person }
        XCTAssertEqual(kind.kept, 0, "in the other partition no spelling holds the earlier one's place")
    }

    /// An earlier version whose spellings are all kept has no reach, unless the store's
    /// threshold is above the default, where every earlier spelling counts as gone.
    func testAStoreAboveTheDefaultThresholdKeepsNoSpelling() throws {
        let normalizer = TestSupport.normalizer
        let (lists, earlier) = try raduga()
        let (spellings, forms, index) = indexed(lists.map { $0.id == earlier.id ? Self.readdressed($0) : $0 })
        func reach(keeping: Bool) -> EarlierVersionReach? {
            EarlierVersionReach(versions: .init(previous: [earlier], normalizer: normalizer, threads: 2), index: index, forms: forms,
                                spellings: spellings, added: [], keeping: keeping, normalizer: normalizer, threads: 2)
        }
        XCTAssertNil(reach(keeping: true), "an address changes no spelling: nothing went")
        let grams = Grams.of(normalizer.normalize("Laboratory 3, Joint Stock Company State Machine-Building Design Bureau, Moscow", options: .allForms))
        let notKeeping = try XCTUnwrap(reach(keeping: false))
        let near = grams.withUnsafeBufferPointer { notKeeping.isNear($0, asPerson: false) }
        XCTAssertTrue(near, "above the default threshold the earlier version's mentions are looked at")
    }
}

