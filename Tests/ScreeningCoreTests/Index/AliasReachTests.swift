import Foundation
@testable import ScreeningCore
import XCTest

/// What a rescan's scan decides without ranking every alias agrees with the ranking, on the
/// US lists and real Crossref affiliations, with the aliases of every 50th entity playing a
/// revision's added entries: `AliasReach` gives the best containment among them that the
/// candidate search computes; `outnumbered` says whether that many other aliases hold more,
/// as the search's sums count them; and whenever it says so, none of the added entries is
/// among the mention's candidates.
final class AliasReachTests: XCTestCase {
    func testReachAndOutnumberingAgreeWithTheCandidateSearch() throws {
        let folder = try TestSupport.shared("lists/us")
        let gold = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        var entities: [ListedEntity] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".jsonl") {
            let path = folder.appendingPathComponent(name).path
            entities += try ListedEntityReader(InputFile.open(path), file: path).readAll()
        }
        let normalizer = TestSupport.normalizer
        let index = EntityIndex(entities: entities, normalizer: normalizer)
        let isFresh = index.aliases.map { $0.entity % 50 == 7 }
        let freshAliases = isFresh.indices.filter { isFresh[$0] }.map(Int32.init)
        let reach = AliasReach(index: index, aliases: freshAliases, partition: .organisations)
        let (limit, minimum) = Matcher.organisationCandidates

        let rows = CSVRows(try InputFile.open(gold.path), file: gold.path)
        _ = try rows.next()
        var (reached, outnumbered, ranked) = (0, 0, 0)
        while let row = try rows.next(), ranked + outnumbered < 3000 {
            let grams = Grams.of(normalizer.normalize(row.fields[0], options: .allForms))
            // Every alias holding at least a little, with its containment as the search sums it.
            let all = index.candidates(grams: grams, among: .organisations, limit: 100_000, minimumContainment: 0.2)
            let freshBest = all.filter { isFresh[Int($0.alias)] && $0.containment >= minimum }.map(\.containment).max()
            let best = grams.withUnsafeBufferPointer { reach.bestContainment($0, minimumContainment: minimum) }
            XCTAssertEqual(best == nil, freshBest == nil, row.fields[0])
            guard let best, let freshBest else { continue }
            reached += 1
            XCTAssertEqual(best, freshBest, accuracy: 1e-9, row.fields[0])
            guard best < EntityIndex.wholeContainment else { continue }
            let above = all.filter { !isFresh[Int($0.alias)] && $0.containment > best + 1e-9 }.count
            // Sums added in another order may differ in the last bits: leave near ties aside.
            if all.contains(where: { abs($0.containment - (best + 1e-9)) < 1e-12 }) { continue }
            let found = index.outnumbered(grams: grams, among: .organisations, count: limit, above: best, isExcluded: isFresh)
            XCTAssertEqual(found, above >= limit, "\(row.fields[0]): \(above) other aliases above \(best)")
            let candidates = index.candidates(grams: grams, among: .organisations, limit: limit, minimumContainment: minimum)
            if found {
                outnumbered += 1
                XCTAssertFalse(candidates.contains { isFresh[Int($0.alias)] }, row.fields[0])
            } else {
                ranked += 1
            }
        }
        // Both answers met often enough to mean something.
        XCTAssertGreaterThan(outnumbered, 100, "reached \(reached), outnumbered \(outnumbered), ranked \(ranked)")
        XCTAssertGreaterThan(ranked, 20, "reached \(reached), outnumbered \(outnumbered), ranked \(ranked)")
    }
}
