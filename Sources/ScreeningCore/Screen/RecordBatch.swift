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
/// function given, with `ahead` one batch ahead of the caller on another thread: while one
/// batch is matched and written, the next is parsed and made. Read in turn, that work left
/// a core idle while the other did it.
final class RecordBatchReader<Batch: Sendable>: @unchecked Sendable {
    // Safe to share: the source is read by one read at a time, and `next()` waits for a
    // background read (the group's wait orders its writes) before it starts the next one.
    private var source: any RecordSource
    private let make: ([Record]) -> Batch
    private let batchSize: Int
    private let shard: Shard?
    private let ahead: Bool
    private var pending: BackgroundValue<Result<Batch?, any Error>>?
    private var ended = false
    /// A batch the caller is done with (`retire(_:)`), freed by the next read.
    private var retired: Batch?

    /// A reader of `source` in batches of `batchSize` records of `shard`, each made into a
    /// `Batch` by `make` (on the reading thread); `ahead` reads each batch on another
    /// thread while the one before is used (the first starts now), else each is read when
    /// asked for.
    init(_ source: any RecordSource, batchSize: Int, shard: Shard? = nil, ahead: Bool, make: @escaping ([Record]) -> Batch) {
        self.source = source
        self.make = make
        self.batchSize = max(1, batchSize)
        self.shard = shard
        self.ahead = ahead
        if ahead { readAhead() }
    }

    /// The next batch (with `ahead`, reading the one after it starts at once), or nil at
    /// the end of the file.
    /// - Throws: what the records source threw, at the batch where it did.
    func next() throws -> Batch? {
        guard !ended else { return nil }
        let result = ahead ? pending!.value : read()
        pending = nil
        ended = true
        guard let batch = try result.get() else { return nil }
        ended = false
        if ahead { readAhead() }
        return batch
    }

    /// Hands back a batch the caller is done with. With `ahead`, it is freed on the thread
    /// that reads the batch after next: freed on the caller's thread, its records, strings
    /// and arrays held up the matching there while the reading thread had time to spare.
    func retire(_ batch: Batch) {
        retired = batch
    }

    private func readAhead() {
        let old = retired
        retired = nil
        pending = BackgroundValue { [self] in
            _ = old
            return read()
        }
    }

    private func read() -> Result<Batch?, any Error> {
        Result {
            var records: [Record] = []
            records.reserveCapacity(batchSize)
            while records.count < batchSize, let record = try source.next() {
                if shard?.contains(recordID: record.id) ?? true { records.append(record) }
            }
            return records.isEmpty ? nil : make(records)
        }
    }
}
