import Foundation
@testable import ScreeningCore
import XCTest

/// A rescan looks again at the stored mentions that may have had an earlier version of a
/// changed or removed entry among their candidates (`EarlierVersionReach`): on every real
/// revision of the export-ban lists, each mention of the replay records (names and
/// affiliations, listed and Crossref's) that had one among its candidates in the earlier
/// lists' own index is found so, though the reach is weighed among the later lists; and it
/// finds far fewer than an index of the earlier versions alone did.
final class EarlierVersionReachTests: XCTestCase {
    func testEveryMentionWithAnEarlierVersionAmongItsCandidatesIsFound() throws {
        let normalizer = TestSupport.normalizer
        let dates = ["2022-03-15", "2022-07-05", "2023-05-26", "2024-06-21", "2025-09-12"]
        var versions = try ExportBanReplay.versions(at: dates)
        versions.append(try ExportBanReplay.publishedIndex())
        let records = ExportBanReplay.records(first: 0, count: 200, entities: versions.last!,
                                              crossref: try ExportBanReplay.crossrefAffiliations(200))
        let mentions = Set(records.flatMap { $0.parties.flatMap { [($0.name, true)] + $0.affiliations.map { ($0, false) } } }
                           .map { "\($0.1 ? "p" : "o")\($0.0)" }).sorted()
        var revisionsWithEarlierVersions = 0, hadOne = 0, found = 0, foundAlone = 0
        for (old, new) in zip(versions, versions.dropFirst()) {
            let newHashes = Dictionary(new.map { ($0.id, ContentHash.of($0)) }, uniquingKeysWith: { first, _ in first })
            let previous = old.filter { newHashes[$0.id] != ContentHash.of($0) }
            guard !previous.isEmpty else { continue }
            revisionsWithEarlierVersions += 1
            let oldMatcher = Matcher(index: EntityIndex(entities: old, normalizer: normalizer, threads: 2), normalizer: normalizer, threads: 2)
            let spellings = IndexedForms.spellings(of: new, threads: 2)
            let forms = new.indices.map { IndexedForms.of(new[$0], spellings: spellings[$0], normalizer: normalizer).forms }
            let index = EntityIndex(entities: new, spellings: spellings, forms: forms, normalizer: normalizer, threads: 2)
            let oldHashes = Dictionary(old.map { ($0.id, ContentHash.of($0)) }, uniquingKeysWith: { first, _ in first })
            let revised = Set(new.filter { oldHashes[$0.id] != newHashes[$0.id] }.map(\.id))
            let reach = try XCTUnwrap(EarlierVersionReach(versions: .init(previous: previous, normalizer: normalizer, threads: 2), index: index,
                                                          forms: forms, spellings: spellings, revised: revised, normalizer: normalizer, threads: 2))
            let previousIDs = Set(previous.map(\.id))
            // How the rescans before 2026-12-05 looked: an index of the earlier versions alone.
            let alone = EntityIndex(entities: previous.map { var old = $0; old.id = "previous:" + old.id; return old },
                                    normalizer: normalizer, threads: 2)
            for mention in mentions {
                let (asPerson, text) = (mention.first == "p", String(mention.dropFirst()))
                let grams = asPerson ? oldMatcher.personGrams(text) : Grams.of(normalizer.normalize(text, options: .allForms))
                let candidates = asPerson ? oldMatcher.candidateAliases(personGrams: grams)
                    : oldMatcher.candidateAliases(organisation: normalizer.normalize(text, options: .allForms))
                let near = grams.withUnsafeBufferPointer { reach.isNear($0, asPerson: asPerson) }
                if near { found += 1 }
                if !alone.candidates(grams: grams, among: asPerson ? .persons : .organisations, limit: 1,
                                     minimumContainment: Rescan.candidateContainment).isEmpty { foundAlone += 1 }
                guard candidates.contains(where: { previousIDs.contains(oldMatcher.index.entities[Int(oldMatcher.index.aliases[Int($0)].entity)].id) }) else { continue }
                hadOne += 1
                XCTAssertTrue(near, "\(text): an earlier version was among its candidates")
            }
        }
        XCTAssertGreaterThan(revisionsWithEarlierVersions, 2)
        XCTAssertGreaterThan(hadOne, 20, "the replay's revisions touch few mentions: the test shows little")
        XCTAssertLessThan(found, foundAlone, "no fewer than an index of the earlier versions alone found")
        print("EarlierVersionReachTests: \(revisionsWithEarlierVersions) revisions, \(hadOne) mentions with an earlier version among their candidates, \(found) found near one (\(foundAlone) by an index of the earlier versions alone)")
    }
}
