import Foundation
@testable import ScreeningCore
import XCTest

/// `ScreenRun` in batches: reading ahead on another thread and writing a batch's hits on
/// several threads change nothing in what comes out, nor in which lines are reported.
final class ScreenRunTests: XCTestCase {
    /// Records naming entities of the 2025-09 export-ban list, with real Crossref
    /// affiliations, as JSON Lines with a malformed line and a record without parties put
    /// in; and a screener over that list.
    private func recordsAndScreener() throws -> (path: String, screener: Screener) {
        let entities = try ExportBanReplay.versions(at: ["2025-09-30"])[0]
        let records = ExportBanReplay.records(first: 0, count: 600, entities: entities,
                                              crossref: try ExportBanReplay.crossrefAffiliations(250))
        let clean = try ExportBanReplay.write(records, name: "screen-run")
        defer { try? FileManager.default.removeItem(atPath: clean) }
        var lines = try String(contentsOfFile: clean, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("{\"id\": \"broken\", \"parties\": [", at: 131)
        lines.insert("{\"id\": \"nobody\", \"parties\": []}", at: 402)
        let path = clean + "-with-problems.jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let screener = Screener(matcher: Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer),
                                                 normalizer: TestSupport.normalizer))
        return (path, screener)
    }

    private func screen(_ path: String, _ screener: Screener, threads: Int, batchSize: Int,
                        format: ScreenRun.Format) throws -> (bytes: [UInt8], summary: ScreenRun.Summary, problems: [String]) {
        var run = ScreenRun(screener: screener, threads: threads, format: format)
        run.batchSize = batchSize
        var bytes: [UInt8] = []
        var problems: [String] = []
        let summary = try run.run(recordFiles: [path], write: { bytes += $0 }) { problems.append("\($0)") }
        return (bytes, summary, problems)
    }

    func testOutputAndProblemsAreTheSameWhateverTheThreadsAndBatches() throws {
        let (path, screener) = try recordsAndScreener()
        for format in [ScreenRun.Format.jsonl, .csv] {
            let one = try screen(path, screener, threads: 1, batchSize: 2048, format: format)
            XCTAssertEqual(one.summary.records, 600)
            XCTAssertEqual(one.summary.skippedLines, 2)
            XCTAssertEqual(one.problems.count, 2, "\(one.problems)")
            XCTAssertTrue(one.problems[0].contains(":132"), one.problems[0])
            XCTAssertGreaterThan(one.summary.hits, 300, "every record names a listed entity")
            for (threads, batchSize) in [(2, 7), (4, 64), (2, 2048)] {
                let many = try screen(path, screener, threads: threads, batchSize: batchSize, format: format)
                let label = "\(format), \(threads) threads, batches of \(batchSize)"
                XCTAssertTrue(many.bytes == one.bytes, "\(label): the output differs from one thread's")
                XCTAssertEqual(many.problems, one.problems, label)
                XCTAssertEqual(many.summary.hits, one.summary.hits, label)
                XCTAssertEqual(many.summary.mentions, one.summary.mentions, label)
                XCTAssertEqual(many.summary.skippedLines, one.summary.skippedLines, label)
            }
        }
    }

    func testABatchHoldsEachMentionOnce() throws {
        let (path, _) = try recordsAndScreener()
        let opened = try RecordFiles.openSalvaging(path: path) { _ in }
        let reader = RecordBatchReader(opened.records, batchSize: 100, ahead: true) {
            RecordBatch(records: $0, bytesRead: 0)
        }
        var records = 0
        while let batch = try reader.next() {
            records += batch.records.count
            XCTAssertEqual(Set(batch.mentions).count, batch.mentions.count)
            for (list, slots) in zip(batch.places, batch.slots) {
                XCTAssertEqual(list.map(\.mention), slots.map { batch.mentions[$0] })
            }
        }
        XCTAssertEqual(records, 600)
        XCTAssertNil(try reader.next(), "the end stays the end")
    }

    /// A source of `count` numbered records that fails after `failingAfter` of them, and
    /// fails the test when asked for more after its end or its failure.
    private final class CountedSource: RecordSource, @unchecked Sendable {
        let count: Int, failingAfter: Int?
        var given = 0, ended = false
        struct Failure: Error {}
        init(count: Int, failingAfter: Int? = nil) { (self.count, self.failingAfter) = (count, failingAfter) }
        func next() throws -> Record? {
            XCTAssertFalse(ended, "read again after its end or failure")
            if given == failingAfter { ended = true; throw Failure() }
            guard given < count else { ended = true; return nil }
            given += 1
            return Record(id: "r\(given)", parties: [])
        }
    }

    /// Read ahead or in turn, the batches come in order, a failure comes where it happened
    /// after the batches before it, and the source is never read past its end.
    func testBatchesReadAheadComeInOrderUpToTheEndOrTheFailure() throws {
        for ahead in [false, true] {
            let reader = RecordBatchReader(CountedSource(count: 1_000), batchSize: 64, ahead: ahead) { $0.map(\.id) }
            var ids: [String] = []
            while let batch = try reader.next() {
                ids += batch
                reader.retire(batch)
            }
            XCTAssertEqual(ids, (1...1_000).map { "r\($0)" }, "ahead: \(ahead)")
            XCTAssertNil(try reader.next())

            let failing = RecordBatchReader(CountedSource(count: 1_000, failingAfter: 300), batchSize: 64, ahead: ahead) { $0.count }
            var read = 0
            XCTAssertThrowsError(try { while let batch = try failing.next() { read += batch } }(), "ahead: \(ahead)")
            XCTAssertEqual(read, 256, "the four whole batches before the failure, ahead: \(ahead)")
            XCTAssertNil(try failing.next(), "nothing after the failure")
        }
    }
}
