import Foundation
@testable import ScreeningCore
import XCTest

/// What a rescan's scan decides without ranking every alias agrees with the ranking, on the
/// US lists and real Crossref affiliations, with the aliases of every 50th entity playing a
/// revision's added entries: `AliasReach` gives those a mention holds enough of, and the
/// best containment among them, as the candidate search computes them; `outnumbers` says
/// whether the search's limit of other aliases hold more, as the search's sums count them
/// (and whenever it says so, none of the added entries is among the mention's candidates).
final class AliasReachTests: XCTestCase {
    func testReachAndOutnumberingAgreeWithTheCandidateSearch() throws {
        let entities = try TestSupport.usLists()
        let gold = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let normalizer = TestSupport.normalizer
        let index = EntityIndex(entities: entities, normalizer: normalizer)
        let isFresh = index.aliases.map { $0.entity % 50 == 7 }
        let freshAliases = isFresh.indices.filter { isFresh[$0] }.map(Int32.init)
        let reach = AliasReach(index: index, aliases: freshAliases, partition: .organisations)
        let (limit, minimum) = Matcher.organisationCandidates

        let rows = CSVRows(try InputFile.open(gold.path), file: gold.path)
        _ = try rows.next()
        var (reached, outnumberedCount, notOutnumbered, among) = (0, 0, 0, 0)
        while let row = try rows.next(), notOutnumbered + outnumberedCount < 3000 {
            let grams = Grams.of(normalizer.normalize(row.fields[0], options: .allForms))
            // Every alias holding at least a little, with its containment as the search sums it.
            let all = index.candidates(grams: grams, among: .organisations, limit: 100_000, minimumContainment: 0.2)
            let freshHeld = all.filter { isFresh[Int($0.alias)] && $0.containment >= minimum - 1e-9 }
            let found = grams.withUnsafeBufferPointer { reach.reached($0, minimumContainment: minimum) }
            XCTAssertEqual(found == nil, freshHeld.isEmpty, row.fields[0])
            guard let found, let freshBest = freshHeld.map(\.containment).max() else { continue }
            reached += 1
            XCTAssertEqual(found.best, freshBest, accuracy: 1e-9, row.fields[0])
            XCTAssertEqual(Set(found.aliases), Set(freshHeld.map(\.alias)), row.fields[0])
            let best = found.best
            guard best < EntityIndex.wholeContainment else { continue }
            let above = all.filter { !isFresh[Int($0.alias)] && $0.containment > best + 1e-9 }.count
            // Sums added in another order may differ in the last bits: leave near ties aside.
            if all.contains(where: { abs($0.containment - (best + 1e-9)) < 1e-12 }) { continue }
            let outnumbered = index.outnumbers(grams: grams, among: .organisations, limit: limit, above: best, isChosen: isFresh)
            XCTAssertEqual(outnumbered, above >= limit, "\(row.fields[0]): \(above) other aliases above \(best)")
            let candidates = index.candidates(grams: grams, among: .organisations, limit: limit, minimumContainment: minimum)
            let freshAmong = Set(candidates.filter { isFresh[Int($0.alias)] }.map(\.alias))
            if outnumbered {
                outnumberedCount += 1
                XCTAssertTrue(freshAmong.isEmpty, row.fields[0])
                continue
            }
            // Not outnumbered: the entries reached are verified, and those among the
            // candidates are some of them.
            notOutnumbered += 1
            XCTAssertTrue(freshAmong.isSubset(of: Set(found.aliases)), row.fields[0])
            if !freshAmong.isEmpty { among += 1 }
        }
        // Both answers met often enough to mean something.
        let counts = "reached \(reached), outnumbered \(outnumberedCount), not \(notOutnumbered)"
        XCTAssertGreaterThan(outnumberedCount, 100, counts)
        XCTAssertGreaterThan(notOutnumbered, 20, counts)
        XCTAssertGreaterThan(among, 10, "\(counts), an added entry among the candidates \(among)")
    }
}
