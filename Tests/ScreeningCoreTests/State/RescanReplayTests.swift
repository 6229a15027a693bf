import Foundation
import ScreeningCore
import XCTest

/// Incremental equals full: after a sequence of real list revisions and record batches,
/// the store's open hits are exactly those of a full screen of all records with the
/// current lists.
final class RescanReplayTests: StateStoreTestCase {
    /// (record, party, field, mention, entity) → score, as a full screen finds them.
    private var lastFull: [String: Hit] = [:]

    private func fullScreen(_ records: [Record], _ entities: [ListedEntity]) -> [String: Double] {
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer))
        var result: [String: Double] = [:]
        for record in records { for hit in screener.hits(for: record).hits {
            result[ContentHash.hitID(hit)] = hit.score
            lastFull[ContentHash.hitID(hit)] = hit
        } }
        return result
    }

    private func openHits(_ store: StateStore) throws -> [String: Double] {
        Dictionary(uniqueKeysWithValues: try store.hits(statuses: [.new, .open]).map { ($0.id, $0.hit.score) })
    }

    private func describe(_ ids: Set<String>, _ store: StateStore) throws -> String {
        let all = try store.hits()
        return ids.sorted().prefix(5).map { id in
            all.first { $0.id == id }.map { "\($0.status) \($0.hit.recordID) \($0.hit.mention) → \($0.hit.entityID) \($0.hit.score)" } ?? id
        }.joined(separator: "\n")
    }

    func testIncrementalEqualsFullOverRealListRevisionsAndRecordBatches() throws {
        let dates = ["2022-03-15", "2022-07-05", "2023-05-26", "2024-06-21", "2025-09-12"]
        var versions = try ExportBanReplay.versions(at: dates)
        versions.append(try ExportBanReplay.publishedIndex())
        let everything = versions.last!
        let crossref = try ExportBanReplay.crossrefAffiliations(300)
        // Records name entities of the whole history, so entries added later meet stored mentions.
        var batches = [ExportBanReplay.records(first: 0, count: 60, entities: everything, crossref: crossref)]
        batches.append(ExportBanReplay.records(first: 60, count: 40, entities: everything, crossref: crossref))
        batches.append([])
        // Changed records: the same ids with other affiliations.
        batches.append(ExportBanReplay.records(first: 0, count: 12, entities: Array(everything.reversed()), crossref: crossref, variant: " JSC"))
        batches.append(ExportBanReplay.records(first: 100, count: 30, entities: everything, crossref: crossref))
        batches.append([])

        let store = try temporaryStore()
        var allRecords: [String: Record] = [:]
        var order: [String] = []
        var totals = (added: 0, changed: 0, removed: 0, gone: 0, touched: 0, rescreened: 0)
        for (step, (entities, batch)) in zip(versions, batches).enumerated() {
            let file = try ExportBanReplay.write(batch, name: "batch\(step)")
            removeAfterwards(file)
            let summary = try Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2)
                .run(entities: entities, listFiles: ["version \(step)"], recordFiles: batch.isEmpty ? [] : [file])
            for record in batch {
                if allRecords[record.id] == nil { order.append(record.id) }
                allRecords[record.id] = record
            }
            totals.added += summary.added; totals.changed += summary.changed; totals.removed += summary.removed
            totals.gone += summary.hitsGone; totals.rescreened += summary.storedMentionsMatched
            totals.touched += summary.storedMentionsTouched
            let expected = fullScreen(order.map { allRecords[$0]! }, entities)
            let actual = try openHits(store)
            XCTAssertFalse(expected.isEmpty, "step \(step): the records should hit the lists")
            let missing = Set(expected.keys).subtracting(actual.keys), extra = Set(actual.keys).subtracting(expected.keys)
            let missingText = missing.sorted().prefix(5).compactMap { lastFull[$0] }.map { "\($0.recordID) \($0.mention) → \($0.entityID) \($0.score)" }
            XCTAssertTrue(missing.isEmpty, "step \(step): \(missing.count) hits of the full screen are not open in the store:\n\(missingText.joined(separator: "\n"))")
            let extraText = try describe(extra, store)
            XCTAssertTrue(extra.isEmpty, "step \(step): \(extra.count) open hits the full screen does not find:\n\(extraText)")
            for (id, score) in expected where actual[id].map({ abs($0 - score) > 1e-9 }) ?? false {
                let text = try describe([id], store)
                XCTFail("step \(step): hit \(id) scores \(actual[id]!) in the store, \(score) in a full screen:\n\(text)")
            }
        }
        // The replay exercised every path: additions, revised entries, a removal, hits gone, stored mentions rescreened,
        // and stored mentions an added entry touched that verifying the added entries alone settled.
        XCTAssertGreaterThan(totals.added, 500)
        XCTAssertGreaterThan(totals.changed, 0)
        XCTAssertGreaterThan(totals.removed, 0)
        XCTAssertGreaterThan(totals.gone, 0)
        XCTAssertGreaterThan(totals.rescreened, 0)
        XCTAssertGreaterThan(totals.touched, totals.rescreened)
    }

    /// A revision that adds person entries: stored authors' names meet them (names are
    /// matched against person entries, so the rescan must look among persons), and the
    /// store again equals a full screen. The persons are DESIGN.md's name cases; the rest
    /// of the list is the real export-ban list.
    func testPersonsAddedByARevisionMeetStoredNames() throws {
        let (base, persons, records) = try personCase()
        let file = try ExportBanReplay.write(records, name: "persons")
        removeAfterwards(file)
        let store = try temporaryStore()
        _ = try Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2).run(entities: base, listFiles: ["base"], recordFiles: [file])
        XCTAssertFalse(try store.hits().contains { $0.hit.recordID == "person:1" })

        let summary = try Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2).run(entities: base + persons, listFiles: ["with persons"], recordFiles: [])
        XCTAssertEqual(summary.added, 2)
        let new = try store.hits(statuses: [.new]).map(\.hit)
        XCTAssertEqual(Set(new.map { "\($0.recordID) \($0.mention) \($0.entityID)" }),
                       ["person:1 Xiao-Ming Zhang test:person:1", "person:1 Taro Tanaka test:person:2"])
        XCTAssertEqual(Set(try openHits(store).keys), Set(fullScreen(records, base + persons).keys))
    }

    /// New records whose authors are listed persons: a rescan's matcher parses the listed
    /// names on demand, and the pooled keys that let a name be searched are made on the
    /// first name it matches (`Matcher.listedPersonKeys`); the hits are a full screen's.
    func testNewRecordsMeetPersonsListedAlready() throws {
        let (base, persons, records) = try personCase(otherAuthors: [Party(role: "author", name: "Xiaohong Zhang", affiliations: [])])
        let file = try ExportBanReplay.write(records, name: "persons-listed")
        removeAfterwards(file)
        let store = try temporaryStore()
        _ = try Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2).run(entities: base + persons, listFiles: ["with persons"],
                                                                                         recordFiles: [file])
        let personHits = try store.hits().map(\.hit).filter { $0.recordID == "person:1" && $0.field == .name }
        XCTAssertEqual(Set(personHits.map { "\($0.mention) \($0.entityID)" }),
                       ["Xiao-Ming Zhang test:person:1", "Taro Tanaka test:person:2"])
        XCTAssertEqual(Set(try openHits(store).keys), Set(fullScreen(records, base + persons).keys))
    }

    /// The real export-ban list, DESIGN.md's two name cases as listed persons, and ten of
    /// the replay's records with one more whose authors are those persons, in other
    /// spellings (and `otherAuthors`).
    private func personCase(otherAuthors: [Party] = []) throws -> (base: [ListedEntity], persons: [ListedEntity], records: [Record]) {
        try TestSupport.requireJapaneseLexicon()
        let base = try ExportBanReplay.publishedIndex()
        let persons = [ListedEntity(id: "test:person:1", list: "test", kind: .person, name: "Zhang Xiaoming", aliases: ["张小明"]),
                       ListedEntity(id: "test:person:2", list: "test", kind: .person, name: "田中太郎")]
        var records = ExportBanReplay.records(first: 0, count: 10, entities: base, crossref: try ExportBanReplay.crossrefAffiliations(10))
        records.append(Record(id: "person:1", kind: "publication", parties: [
            Party(role: "author", name: "Xiao-Ming Zhang", affiliations: ["Department of Physics, University of Tokyo, Tokyo, Japan"]),
            Party(role: "author", name: "Taro Tanaka", affiliations: ["Graduate School of Engineering, Tohoku University, Sendai, Japan"])]
            + otherAuthors))
        return (base, persons, records)
    }

    /// Ingesting in small batches (each matched while the one before is written) stores
    /// what one batch does: affiliations that come back in the next batch, a record changed
    /// in a later batch and one repeated within a batch, on the real export-ban list.
    func testSmallBatchesStoreTheHitsOfOneBatch() throws {
        let base = try ExportBanReplay.publishedIndex()
        let crossref = try ExportBanReplay.crossrefAffiliations(5)
        var records = ExportBanReplay.records(first: 0, count: 40, entities: base, crossref: crossref)
        // Record 3 again in the next batch of 4, now with another listed name; record 9 twice in its batch.
        let changed = ExportBanReplay.records(first: 3, count: 1, entities: Array(base.reversed()), crossref: crossref, variant: " JSC")[0]
        records.insert(changed, at: 5)
        records.insert(records[9], at: 10)
        let file = try ExportBanReplay.write(records, name: "small-batches")
        removeAfterwards(file)

        var finalVersion: [String: Record] = [:]
        var order: [String] = []
        for record in records {
            if finalVersion[record.id] == nil { order.append(record.id) }
            finalVersion[record.id] = record
        }
        let expected = fullScreen(order.map { finalVersion[$0]! }, base)
        XCTAssertFalse(expected.isEmpty)
        var found: [Int: [String: Double]] = [:]
        for batchSize in [4, 2048] {
            let store = try temporaryStore()
            var rescan = Rescan(store: store, normalizer: TestSupport.normalizer, threads: 2)
            rescan.batchSize = batchSize
            let summary = try rescan.run(entities: base, listFiles: ["base"], recordFiles: [file])
            XCTAssertEqual(summary.recordsNew, order.count, "batches of \(batchSize)")
            // Record 3's second version comes in a later batch of 4; in one batch only its last version counts.
            XCTAssertEqual(summary.recordsChanged, batchSize == 4 ? 1 : 0, "batches of \(batchSize)")
            found[batchSize] = try openHits(store)
            XCTAssertEqual(found[batchSize], expected, "batches of \(batchSize): open hits differ from a full screen")
        }
        XCTAssertEqual(found[4], found[2048])
    }
}
