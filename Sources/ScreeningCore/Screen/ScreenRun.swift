import Dispatch
import Foundation

/// The `screen` pipeline: records stream in batches, each batch is screened in parallel
/// with Dispatch, and hits are written in input order whatever the thread count. Memory
/// holds one batch, however many records come in.
public struct ScreenRun {
    /// Output formats of hits.
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv, html
    }

    /// The figures of a run, for the summary line.
    public struct Summary: Sendable {
        public var records = 0
        public var mentions = 0
        public var hits = 0
        public var skippedLines = 0
        public var seconds = 0.0
        /// Input bytes read so far (compressed ones for gzip), for progress.
        public var bytesRead = 0
        /// Records files that failed part-way (a truncated gzip stream): the records
        /// before the failure were screened.
        public var unreadable: [InputError] = []

        /// `records 3, mentions 14, hits 5, skipped lines 0, 0.01 s, 300 records/s`.
        public var line: String {
            String(format: "records %d, mentions %d, hits %d, skipped lines %d, %.2f s, %.0f records/s",
                   records, mentions, hits, skippedLines, seconds, Double(records) / max(seconds, 1e-9))
        }
    }

    public let screener: Screener
    public let threads: Int
    public let format: Format
    /// What the hits are written as.
    public let sink: HitSink
    /// Records screened together; one batch is in memory at a time.
    public var batchSize = 2048
    /// Distinct mentions whose matches are remembered across batches (memory stays bounded:
    /// the cache starts afresh when full).
    public var mentionCacheCapacity = 200_000
    /// The column map for CSV records files (`--map`); other formats ignore it.
    public var recordMap: ColumnMap?
    /// Called after each batch with the figures so far (progress on standard error).
    public var onBatch: ((Summary) -> Void)?
    /// When set, only the records of this shard are screened.
    public var shard: Shard?

    /// A run writing JSON Lines, CSV, or an HTML report with default settings.
    public init(screener: Screener, threads: Int, format: Format) {
        let sink: HitSink = switch format {
        case .jsonl: JSONLinesHitSink()
        case .csv: CSVHitSink()
        case .html: HTMLReport(options: HTMLReport.Options(), normalizer: screener.matcher.normalizer)
        }
        self.init(screener: screener, threads: threads, format: format, sink: sink)
    }

    /// A run writing through `sink` (an HTML report with its language and subject).
    public init(screener: Screener, threads: Int, format: Format, sink: HitSink) {
        self.screener = screener
        self.threads = max(1, threads)
        self.format = format
        self.sink = sink
    }

    /// Screens every record of every file, writing hits through `write` (called in input
    /// order) and reporting skipped lines through `onProblem` (in line order, one call at a
    /// time; with more than one thread, called on the matching thread that reads). Throws
    /// `InputError` when a records file cannot be opened; one that fails part-way is
    /// screened up to the failure and listed in `Summary.unreadable`.
    public func run(recordFiles: [String], write: (inout [UInt8]) throws -> Void,
                    onProblem: @escaping (LineProblem) -> Void) throws -> Summary {
        let start = DispatchTime.now().uptimeNanoseconds
        var summary = Summary()
        let cache = ShardedMentionCache<[Match]>(capacity: mentionCacheCapacity, threads: threads)
        var header = sink.header()
        if !header.isEmpty { try write(&header) }
        let counter = ByteCounter()
        for path in recordFiles {
            // Counted by the reads, one at a time; read here once the file's last batch is in.
            var skipped = 0
            let opened = try RecordFiles.openSalvaging(path: path, map: recordMap, counter: counter) { problem in
                if problem.lineSkipped { skipped += 1 }
                onProblem(problem)
            }
            let screener = self.screener
            let reader = RecordBatchReader(opened.records, batchSize: batchSize, shard: shard, ahead: false) {
                RecordBatch(records: $0, bytesRead: counter.bytes)
            }
            var next = try reader.next()
            while let batch = next {
                // Co-author networks repeat names and affiliations: each distinct mention is
                // matched once, in parallel, and remembered for the batches that follow. The
                // next batch is read meanwhile by one of the matching threads (and the one
                // before freed): a reading thread of its own, a third on two cores, took turns
                // with them, and a matching thread it held back kept the other waiting.
                let following = FollowingBatch()
                let matches = cache.values(of: batch.mentions, alongside: { following.result = Result { try reader.next() } }) {
                    screener.matches($0)
                }
                var (output, hits) = self.output(of: batch, matches: matches)
                summary.records += batch.records.count
                summary.mentions += batch.places.reduce(0) { $0 + $1.count }
                summary.hits += hits
                summary.bytesRead = batch.bytesRead
                if !output.isEmpty { try write(&output) }
                onBatch?(summary)
                reader.retire(batch)
                next = try following.result.get()
            }
            summary.skippedLines += skipped
            if let error = opened.error { summary.unreadable.append(error) }
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var footer = sink.footer(summary: summary)
        if !footer.isEmpty { try write(&footer) }
        return summary
    }

    /// The batch after the one being matched, read by one of the matching threads. Safe to
    /// share: written by one iteration of the parallel loop, read after the loop returns.
    private final class FollowingBatch: @unchecked Sendable {
        var result: Result<RecordBatch?, any Error> = .success(nil)
    }

    /// A batch's output bytes, records in input order, and its number of hits. A sink that
    /// writes each record on its own is given the records on every thread, in runs whose
    /// bytes are joined in order, instead of on this thread while the others wait.
    private func output(of batch: RecordBatch, matches: [[Match]]) -> (bytes: [UInt8], hits: Int) {
        let count = batch.records.count
        guard threads > 1, let sink = sink as? any RecordwiseHitSink else {
            return Self.output(of: batch, 0..<count, matches: matches, screener: screener, sink: sink)
        }
        let runLength = max(1, (count + threads * 8 - 1) / (threads * 8))
        let runs = stride(from: 0, to: count, by: runLength).map { $0..<min($0 + runLength, count) }
        let screener = self.screener
        let parts = ParallelMap.map(runs, threads: threads) { Self.output(of: batch, $0, matches: matches, screener: screener, sink: sink) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        for part in parts { bytes += part.bytes }
        return (bytes, parts.reduce(0) { $0 + $1.hits })
    }

    /// The output bytes of the records of `batch` in `range`, and their number of hits.
    private static func output(of batch: RecordBatch, _ range: Range<Int>, matches: [[Match]], screener: Screener,
                               sink: HitSink) -> (bytes: [UInt8], hits: Int) {
        var bytes: [UInt8] = []
        var hits = 0
        var recordHits: [Hit] = []
        let ignoring = sink.ignoresRecordsWithoutHits
        for i in range {
            if ignoring && batch.slots[i].allSatisfy({ matches[$0].isEmpty }) { continue }
            let record = batch.records[i]
            recordHits.removeAll(keepingCapacity: true)
            for (place, slot) in zip(batch.places[i], batch.slots[i]) {
                for match in matches[slot] { recordHits.append(screener.hit(record, place, match)) }
            }
            hits += recordHits.count
            sink.add(record, hits: recordHits, to: &bytes)
        }
        return (bytes, hits)
    }
}
