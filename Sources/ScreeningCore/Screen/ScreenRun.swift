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
    /// order) and reporting skipped lines through `onProblem`. Throws `InputError` when a
    /// records file cannot be opened; one that fails part-way is screened up to the failure
    /// and listed in `Summary.unreadable`.
    public func run(recordFiles: [String], write: (inout [UInt8]) throws -> Void,
                    onProblem: @escaping (LineProblem) -> Void) throws -> Summary {
        let start = DispatchTime.now().uptimeNanoseconds
        var summary = Summary()
        var cache = MentionCache<[Match]>(capacity: mentionCacheCapacity)
        var header = sink.header()
        if !header.isEmpty { try write(&header) }
        let counter = ByteCounter()
        var recordHits: [Hit] = []
        for path in recordFiles {
            var skipped = 0
            var opened = try RecordFiles.openSalvaging(path: path, map: recordMap, counter: counter) { problem in
                if problem.lineSkipped { skipped += 1 }
                onProblem(problem)
            }
            var batch: [Record] = []
            batch.reserveCapacity(batchSize)
            while true {
                batch.removeAll(keepingCapacity: true)
                while batch.count < batchSize, let record = try opened.records.next() {
                    if shard?.contains(recordID: record.id) ?? true { batch.append(record) }
                }
                if batch.isEmpty { break }
                // Co-author networks repeat names and affiliations: each distinct mention is
                // matched once, in parallel, and remembered for the batches that follow.
                let screener = self.screener
                let places = batch.map { screener.places(of: $0) }
                var fresh: [Screener.Mention] = []
                var batchMatches: [Screener.Mention: [Match]] = [:]
                for list in places {
                    for place in list where batchMatches[place.mention] == nil {
                        if let known = cache.value(of: place.mention) {
                            batchMatches[place.mention] = known
                        } else {
                            batchMatches[place.mention] = []
                            fresh.append(place.mention)
                        }
                    }
                }
                let found = ParallelMap.map(fresh, threads: threads) { screener.matches($0) }
                for (mention, matches) in zip(fresh, found) {
                    batchMatches[mention] = matches
                    cache.remember(matches, for: mention)
                }
                var output: [UInt8] = []
                for (record, list) in zip(batch, places) {
                    summary.mentions += list.count
                    recordHits.removeAll(keepingCapacity: true)
                    for place in list {
                        for match in batchMatches[place.mention]! {
                            recordHits.append(screener.hit(record, place, match))
                        }
                    }
                    summary.hits += recordHits.count
                    sink.add(record, hits: recordHits, to: &output)
                }
                summary.records += batch.count
                summary.bytesRead = counter.bytes
                if !output.isEmpty { try write(&output) }
                onBatch?(summary)
            }
            summary.skippedLines += skipped
            if let error = opened.error { summary.unreadable.append(error) }
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var footer = sink.footer(summary: summary)
        if !footer.isEmpty { try write(&footer) }
        return summary
    }
}
