import Foundation
@testable import ScreeningCore
import XCTest

/// The forms a rescan's store keeps of each listed entity: they pack and unpack unchanged
/// (a cut-short packing is refused), and an index built from them is the index built by
/// normalizing, on the US lists and real Crossref affiliations.
final class IndexedFormsTests: XCTestCase {
    func testPackedFormsUnpackUnchangedAndCutShortOnesAreRefused() throws {
        let entities = try TestSupport.usLists()
        var persons = 0
        for entity in entities.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            let forms = IndexedForms.of(entity, normalizer: TestSupport.normalizer).forms
            if forms.partitions.contains(.persons) { persons += 1 }
            XCTAssertEqual(forms.grams.count, IndexedForms.spellings(of: entity).count, entity.id)
            let packed = forms.packed
            XCTAssertEqual(IndexedForms(packed: packed), forms, entity.id)
            for cut in [1, 2, packed.count / 2, packed.count - 1] where cut < packed.count {
                XCTAssertNil(IndexedForms(packed: Array(packed.prefix(cut))), "\(entity.id) cut to \(cut)")
            }
        }
        XCTAssertGreaterThan(persons, 10, "the lists' person entries pack their partition too")
    }

    func testAnIndexFromKeptFormsIsTheIndexBuiltByNormalizing() throws {
        let entities = try TestSupport.usLists()
        let normalizer = TestSupport.normalizer
        let built = EntityIndex(entities: entities, normalizer: normalizer)
        let kept = EntityIndex(entities: entities, forms: entities.map { IndexedForms.of($0, normalizer: normalizer).forms }, normalizer: normalizer)
        XCTAssertEqual(kept.aliases.count, built.aliases.count)
        XCTAssertEqual(kept.gramCount, built.gramCount)
        for (a, b) in zip(kept.aliases, built.aliases) {
            XCTAssertEqual(a.text, b.text)
            XCTAssertEqual(a.isPersonName, b.isPersonName, a.text)
            XCTAssertEqual([a.weights.tokens, a.weights.trigrams, a.weights.bigrams], [b.weights.tokens, b.weights.trigrams, b.weights.bigrams], a.text)
        }
        // Forms made on demand are those made while indexing.
        for alias in stride(from: 0, to: built.aliases.count, by: 97) {
            XCTAssertEqual(Grams.of(kept.normalized(alias: alias)), Grams.of(built.normalized(alias: alias)), built.aliases[alias].text)
        }
        // The same candidates, in the same order with the same containments.
        let path = try TestSupport.shared("gold-dev/crossref-affiliation-ror.csv").path
        let rows = CSVRows(try InputFile.open(path), file: path)
        _ = try rows.next()
        var compared = 0
        while compared < 500, let row = try rows.next() {
            let grams = Grams.of(normalizer.normalize(row.fields[0], options: .allForms))
            for partition in EntityIndex.Partition.allCases {
                let expected = built.candidates(grams: grams, among: partition, limit: 20, minimumContainment: 0.25)
                let actual = kept.candidates(grams: grams, among: partition, limit: 20, minimumContainment: 0.25)
                XCTAssertEqual(actual.map(\.alias), expected.map(\.alias), row.fields[0])
                XCTAssertEqual(actual.map(\.containment), expected.map(\.containment), row.fields[0])
            }
            compared += 1
        }
    }
}
