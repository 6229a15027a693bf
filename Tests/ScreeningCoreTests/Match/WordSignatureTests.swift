import Foundation
@testable import ScreeningCore
import XCTest

/// The bound verification checks before aligning an alias's words with a mention's
/// (`Verifier.mayBeat`) never passes over a pairing that scores: on the US lists and real
/// Crossref affiliations, every pairing of a candidate alias's views with the mention's
/// views that scores anything is let through at any score just below its own.
final class WordSignatureTests: XCTestCase {
    func testTheBoundNeverPassesOverAPairingThatScores() throws {
        let normalizer = TestSupport.normalizer
        let matcher = Matcher(index: EntityIndex(entities: try TestSupport.usLists(), normalizer: normalizer), normalizer: normalizer)
        let gold = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv")
        let rows = CSVRows(try InputFile.open(gold.path), file: gold.path)
        _ = try rows.next()
        var (scored, passedOver) = (0, 0)
        var read = 0
        while let row = try rows.next(), read < 1500 {
            read += 1
            let mention = normalizer.normalize(row.fields[0], options: .allForms)
            let mentionViews = matcher.verifier.mentionViews(mention)
            let candidates = matcher.index.candidates(for: mention, among: .organisations, limit: 20, minimumContainment: 0.25)
            for candidate in candidates {
                let views = matcher.aliasForms.withValue(Int(candidate.alias)) { $0.pointee.views }
                for alias in views {
                    for view in mentionViews where !view.words.isEmpty {
                        let score = matcher.verifier.compare(alias, view).score
                        if score > 0 {
                            scored += 1
                            XCTAssertTrue(Verifier.mayBeat(score - 1e-6, alias, view), "\(alias.words) in \(view.words): \(score)")
                        } else if !Verifier.mayBeat(0, alias, view) {
                            passedOver += 1
                        }
                    }
                }
            }
        }
        // Pairings that score, and others the bound passes over without aligning them.
        XCTAssertGreaterThan(scored, 1000)
        XCTAssertGreaterThan(passedOver, 1000)
    }
}
