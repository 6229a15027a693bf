import Foundation
@testable import ScreeningCore
import XCTest

/// The index's postings, filled by counting rather than sorting, hold what a sort would:
/// on real lists (the US lists, whose statutory debarment list puts some entries in both
/// partitions), every alias is in the row of each of its grams in each of its partitions,
/// nowhere else, and every row's ids are in ascending order.
final class PostingsTests: XCTestCase {
    func testEveryAliasIsInTheRowsOfItsGramsInAscendingOrder() throws {
        let entities = try TestSupport.usLists()
        let index = EntityIndex(entities: entities, normalizer: TestSupport.normalizer)
        var expected: [EntityIndex.Partition: [Int32: [Int32]]] = [.organisations: [:], .persons: [:]]
        for (k, alias) in index.aliases.enumerated() {
            let partitions = EntityIndex.Partition.of(index.entities[Int(alias.entity)], normalizer: TestSupport.normalizer)
            for gram in Grams.of(index.normalized(alias: k)) {
                let row = try XCTUnwrap(index.rows.lookup(gram), "gram of “\(alias.text)” has no row")
                for partition in partitions { expected[partition]![row, default: []].append(Int32(k)) }
            }
        }
        XCTAssertGreaterThan(expected[.persons]!.count, 0)
        for (partition, rows) in expected {
            let postings = index.postings(partition)
            XCTAssertEqual(postings.start.count, index.gramCount + 1)
            var held = 0
            for row in 0..<index.gramCount {
                let ids = Array(postings.ids[Int(postings.start[row])..<Int(postings.start[row + 1])])
                XCTAssertEqual(ids, rows[Int32(row)] ?? [], "row \(row) of \(partition)")
                held += ids.count
            }
            XCTAssertEqual(held, postings.ids.count)
        }
    }
}
