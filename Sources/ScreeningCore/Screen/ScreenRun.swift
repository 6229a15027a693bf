import Dispatch
import Foundation

/// The `screen` pipeline: records stream in batches, each batch is screened in parallel
/// with Dispatch, and hits are written in input order whatever the thread count. Memory
/// holds one batch, however many records come in.
public struct ScreenRun {
    /// Output formats of hits.
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    /// The figures of a run, for the summary line.
    public struct Summary: Sendable {
        public var records = 0
        public var mentions = 0
        public var hits = 0
        public var skippedLines = 0
        public var seconds = 0.0

        /// `records 3, mentions 14, hits 5, skipped lines 0, 0.01 s, 300 records/s`.
        public var line: String {
            String(format: "records %d, mentions %d, hits %d, skipped lines %d, %.2f s, %.0f records/s",
                   records, mentions, hits, skippedLines, seconds, Double(records) / max(seconds, 1e-9))
        }
    }

    public let screener: Screener
    public let threads: Int
    public let format: Format
    /// Records screened together; one batch is in memory at a time.
    public var batchSize = 2048
    /// When set, only the records of this shard are screened.
    public var shard: Shard?

    public init(screener: Screener, threads: Int, format: Format) {
        self.screener = screener
        self.threads = max(1, threads)
        self.format = format
    }

    /// Screens every record of every file, writing hits through `write` (called in input
    /// order) and reporting skipped lines through `onProblem`. Throws `InputError` when a
    /// records file cannot be read at all.
    public func run(recordFiles: [String], write: (inout [UInt8]) throws -> Void,
                    onProblem: @escaping (LineProblem) -> Void) throws -> Summary {
        let start = DispatchTime.now().uptimeNanoseconds
        var summary = Summary()
        var header: [UInt8] = format == .csv ? Array(Hit.csvHeader.utf8) : []
        if !header.isEmpty { try write(&header) }
        for path in recordFiles {
            var skipped = 0
            let reader = RecordReader(try InputFile.open(path), file: path) { problem in
                if problem.lineSkipped { skipped += 1 }
                onProblem(problem)
            }
            var batch: [Record] = []
            batch.reserveCapacity(batchSize)
            while true {
                batch.removeAll(keepingCapacity: true)
                while batch.count < batchSize, let record = try reader.next() {
                    if shard?.contains(recordID: record.id) ?? true { batch.append(record) }
                }
                if batch.isEmpty { break }
                // Co-author networks repeat affiliations: each distinct mention of a batch is
                // matched once, in parallel, and the hits are laid out in input order.
                let screener = self.screener
                let places = batch.map { screener.places(of: $0) }
                var distinct: [Screener.Mention] = []
                var position: [Screener.Mention: Int] = [:]
                for list in places {
                    for place in list where position[place.mention] == nil {
                        position[place.mention] = distinct.count
                        distinct.append(place.mention)
                    }
                }
                let matches = ParallelMap.map(distinct, threads: threads) { screener.matches($0) }
                var output: [UInt8] = []
                for (record, list) in zip(batch, places) {
                    summary.mentions += list.count
                    for place in list {
                        for match in matches[position[place.mention]!] {
                            let hit = screener.hit(record, place, match)
                            summary.hits += 1
                            switch format {
                            case .jsonl: hit.appendJSONLine(to: &output)
                            case .csv: hit.appendCSVRow(to: &output)
                            }
                        }
                    }
                }
                summary.records += batch.count
                if !output.isEmpty { try write(&output) }
            }
            summary.skippedLines += skipped
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return summary
    }
}
