import Dispatch

/// One batch of records as `ScreenRun` screens it: the records, where each mention stands
/// in them, and each distinct mention once (co-author networks repeat names and
/// affiliations within a batch as well as across batches).
struct RecordBatch: Sendable {
    var records: [Record] = []
    /// Each record's places (`Screener.places(of:)`).
    var places: [[Screener.Place]] = []
    /// Each place's distinct mention: an index into `mentions` (the same shape as `places`).
    var slots: [[Int]] = []
    /// The batch's distinct mentions, in the order first met.
    var mentions: [Screener.Mention] = []
    /// The input's bytes read once the batch was read (compressed ones for gzip), for progress.
    var bytesRead = 0

    /// The batch of `records`, their places and distinct mentions found.
    init(records: [Record], bytesRead: Int) {
        self.records = records
        self.bytesRead = bytesRead
        places = records.map { Screener.places(of: $0) }
        var distinct = MentionTable<Void>(capacity: places.reduce(0) { $0 + $1.count })
        slots = places.map { list in
            list.map { place in distinct.index(of: place.mention, inserting: {}).index }
        }
        mentions = distinct.mentions
    }
}

/// Reads a records file in batches, made into `Batch` (`RecordBatch` for a screen) by a
/// function given. With `ahead`, up to `depth` batches ahead of the caller on another
/// thread: while one batch is used, the next are parsed and made (a rescan's ingest, whose
/// own thread writes to the store meanwhile). Without, each batch is read when asked for,
/// on the asking thread: a screen asks from within its parallel matching of the batch
/// before, so that no third thread takes turns with the two matching ones on two cores.
final class RecordBatchReader<Batch: Sendable>: @unchecked Sendable {
    // Safe to share: the source, `sourceEnded` and `nextSize` are touched only by reads,
    // which run one at a time (reading ahead, on the serial `queue` in the order started);
    // the rest only by `next()` and `retire(_:)`, which the caller makes one at a time
    // (a call on another thread returns before the caller goes on).
    private var source: any RecordSource
    private let make: ([Record]) -> Batch
    private let batchSize: Int
    /// The size of the next read's batch: the first batches are smaller and double up to
    /// `batchSize`, so the matching starts after a few records and not after a whole batch
    /// read alone (touched only by reads).
    private var nextSize: Int
    private let shard: Shard?
    private let ahead: Bool
    private let queue = DispatchQueue(label: "entity-screen.record-batches")
    /// Reads started and not yet taken, oldest first.
    private var pending: [BackgroundValue<Result<Batch?, any Error>>] = []
    /// Set by the read that met the end of the file or a failure, so none reads on.
    private var sourceEnded = false
    private var ended = false
    /// Batches the caller is done with (`retire(_:)`), freed by the next read.
    private var retired: [Batch] = []

    /// Batches read ahead of the caller, at most.
    static var depth: Int { 2 }

    /// The size of the first batch.
    static var firstSize: Int { 128 }

    /// A reader of `source` in batches of `batchSize` records of `shard`, each made into a
    /// `Batch` by `make` (on the reading thread); `ahead` reads batches on another thread
    /// while the ones before are used (the first start now), else each is read when asked for.
    init(_ source: any RecordSource, batchSize: Int, shard: Shard? = nil, ahead: Bool, make: @escaping ([Record]) -> Batch) {
        self.source = source
        self.make = make
        self.batchSize = max(1, batchSize)
        nextSize = min(self.batchSize, Self.firstSize)
        self.shard = shard
        self.ahead = ahead
        if ahead { for _ in 0..<Self.depth { readAhead() } }
    }

    /// The next batch (with `ahead`, another read starts at once), or nil at the end of
    /// the file. Without `ahead`, it may be called on any thread, one call at a time.
    /// - Throws: what the records source threw, at the batch where it did.
    func next() throws -> Batch? {
        guard !ended else { return nil }
        if !ahead { retired.removeAll() }
        let result = ahead ? pending.removeFirst().value : read()
        ended = true
        guard let batch = try result.get() else { return nil }
        ended = false
        if ahead { readAhead() }
        return batch
    }

    /// Hands back a batch the caller is done with, freed by the next read, on the thread
    /// that reads: freed on the caller's thread, its records, strings and arrays held up
    /// the matching there while another thread had time to spare.
    func retire(_ batch: Batch) {
        retired.append(batch)
    }

    private func readAhead() {
        let old = retired
        retired = []
        pending.append(BackgroundValue(on: queue) { [self] in
            _ = old
            return read()
        })
    }

    private func read() -> Result<Batch?, any Error> {
        Result {
            let size = nextSize
            nextSize = min(batchSize, 2 * size)
            var records: [Record] = []
            records.reserveCapacity(size)
            while !sourceEnded, records.count < size {
                let record: Record?
                do { record = try source.next() } catch {
                    sourceEnded = true
                    throw error
                }
                guard let record else {
                    sourceEnded = true
                    break
                }
                if shard?.contains(recordID: record.id) ?? true { records.append(record) }
            }
            return records.isEmpty ? nil : make(records)
        }
    }
}
