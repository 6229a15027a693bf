import Foundation

/// Ingesting records into the store: a batch's new and changed records are matched against
/// the whole index on the worker threads while the batch before is written to the store on
/// this one (SQLite's connection belongs to one thread), so the writes overlap the matching.
extension Rescan {
    /// What one batch of records needs: the records that are new or changed, their mentions'
    /// places, and the mentions this run has not matched yet.
    struct IngestBatch {
        typealias Matched = (matches: [Match], id: Int64)
        /// Where a distinct mention of the batch gets its matches and stored id.
        enum Source {
            /// Matched and stored earlier in this run (from its cache), or stored by an
            /// earlier run without open hits (`Rescan.storedMatches`).
            case known(Matched)
            /// Matched now: index into `fresh`.
            case fresh(Int)
            /// Matched by the batch before (prepared before this one was written): index
            /// into its `fresh`.
            case previous(Int)
        }
        var work: [(record: Record, hash: UInt64, isNew: Bool)] = []
        var places: [[Screener.Place]] = []
        /// Each place's distinct mention: an index into `sources` (same order as `places`).
        var slots: [[Int]] = []
        /// The batch's distinct mentions, each with where it gets its matches.
        var sources = MentionTable<Source>()
        /// Mentions to match now, each once, with their stored ids and whether this run
        /// stored them (so their grams are stored once matched).
        var fresh: [Screener.Mention] = []
        var freshIDs: [Int64] = []
        var freshIsNewRow: [Bool] = []
        /// How many of its mentions were found stored without open hits.
        var foundStored = 0
        /// Content hash of each record of the batch, for the next batch, read before this one is written.
        var hashes: [String: UInt64] = [:]

        /// The mention's index into `fresh` when this batch matches it itself.
        func freshIndex(of mention: Screener.Mention) -> Int? {
            guard case .fresh(let index) = sources.value(of: mention) else { return nil }
            return index
        }
    }

    /// A batch of records as read, made on the reading thread: each record's last version
    /// in the batch (as across batches, the last counts), with its content hash and places,
    /// and the batch's distinct mentions with their stored keys (`StoredMentionKeys`): the
    /// thread that writes the store, which every other step of an ingest waits for, then
    /// looks each up once, not each place.
    struct ReadRecords: Sendable {
        /// How many records were read, repeated ones included.
        let count: Int
        let records: [(record: Record, hash: UInt64, places: [Screener.Place])]
        /// The distinct mentions of the records' places, in the order first met, with their keys.
        let distinct: [Screener.Mention]
        let keys: [UInt64]
        /// Each record's places' mentions: indexes into `distinct` (same order as `records`).
        let slots: [[Int]]

        init(_ read: [Record]) {
            count = read.count
            var lastPosition: [String: Int] = [:]
            lastPosition.reserveCapacity(read.count)
            for (position, record) in read.enumerated() { lastPosition[record.id] = position }
            records = read.indices.filter { lastPosition[read[$0].id] == $0 }.map {
                (read[$0], ContentHash.of(read[$0]), Screener.places(of: read[$0]))
            }
            var table = MentionTable<Void>(capacity: records.reduce(0) { $0 + $1.places.count })
            slots = records.map { record in record.places.map { table.index(of: $0.mention) { () }.index } }
            distinct = table.mentions
            keys = distinct.map(StoredMentionKeys.key(of:))
        }
    }

    /// The batch being matched in the background, and what the batch written last stored.
    struct IngestPipeline {
        var pending: (batch: IngestBatch, matching: BackgroundValue<[(matches: [Match], grams: [UInt64])]>)?
        /// What the batch written last matched (its `fresh`, in order), with the stored ids.
        var lastWritten: [IngestBatch.Matched] = []
    }

    /// Prepares a batch, starts matching it in the background, and writes the batch before
    /// while it runs.
    func ingest(_ records: ReadRecords, screener: Lazy<Screener>, pipeline: inout IngestPipeline,
                state: inout RunState, summary: inout Summary) throws {
        let batch = try prepare(records, after: pipeline.pending?.batch, state: &state)
        guard !batch.work.isEmpty else { return }
        summary.recordMentionsMatched += batch.fresh.count
        summary.recordMentionsStored += batch.foundStored
        let (fresh, threads, screener) = (batch.fresh, self.threads, screener.get)
        let matching = BackgroundValue { ParallelMap.map(fresh, threads: threads) { screener.matchesAndGrams($0) } }
        try writePending(&pipeline, screener: screener, state: &state, summary: &summary)
        pipeline.pending = (batch, matching)
    }

    /// Writes the batch still pending (at the end of the records).
    func finishIngest(_ pipeline: inout IngestPipeline, screener: Lazy<Screener>, state: inout RunState, summary: inout Summary) throws {
        if pipeline.pending != nil { try writePending(&pipeline, screener: screener.get, state: &state, summary: &summary) }
        try state.newMentionGrams.flush(to: store.db, all: true)
        try state.newMentionKeys.flush(to: store.db, all: true)
    }

    private func writePending(_ pipeline: inout IngestPipeline, screener: Screener, state: inout RunState, summary: inout Summary) throws {
        guard let (batch, matching) = pipeline.pending else { return }
        pipeline.lastWritten = try write(batch, matched: matching.value, before: pipeline.lastWritten, screener: screener,
                                         state: &state, summary: &summary)
        try state.newMentionGrams.flush(to: store.db)
        try state.newMentionKeys.flush(to: store.db)
        pipeline.pending = nil
    }

    /// The records of a batch to store (unchanged ones are skipped), their places, and the
    /// mentions to match. `previous` is the batch before, not yet written: its records and
    /// mentions count as stored and matched.
    private func prepare(_ read: ReadRecords, after previous: IngestBatch?, state: inout RunState) throws -> IngestBatch {
        let db = store.db
        if state.storedBefore == nil {
            // Read before this run stores any mention, once the revision's part of the run
            // is done (its hits count).
            let first = try db.query("SELECT COALESCE(MAX(id), 0) + 1 FROM mentions") { Int64($0.int(0)) }[0]
            state.storedBefore = (firstNewID: first, withOpenHits: try mentionsWithOpenHits())
            state.mentionKeys = try StoredMentionKeys(readFrom: db)
            state.nextMentionID = first
        }
        var batch = IngestBatch()
        // The stored hashes of the records the batch before does not hold, read in chunks.
        let unseen = read.records.map(\.record.id).filter { previous?.hashes[$0] == nil }
        let storedHashes = Dictionary(try Self.recordHashes.query(unseen, in: db, values: { [.text($0)] }) { ($0.text(0), $0.hash(1)) },
                                      uniquingKeysWith: { first, _ in first })
        var readSlots: [[Int]] = []
        for ((record, hash, places), slots) in zip(read.records, read.slots) {
            batch.hashes[record.id] = hash
            let stored = previous?.hashes[record.id] ?? storedHashes[record.id]
            if stored == hash { continue }
            batch.work.append((record, hash, stored == nil))
            batch.places.append(places)
            readSlots.append(slots)
        }
        guard !batch.work.isEmpty else { return batch }
        // The batch's sources hold the mentions of the records it stores, each once.
        batch.sources = MentionTable(capacity: read.distinct.count)
        var sourceOfDistinct = [Int](repeating: -1, count: read.distinct.count)
        batch.slots = try readSlots.map { slots in
            try slots.map { slot in
                if sourceOfDistinct[slot] >= 0 { return sourceOfDistinct[slot] }
                let mention = read.distinct[slot]
                let source = try source(of: mention, key: read.keys[slot], after: previous, in: &batch, state: &state)
                sourceOfDistinct[slot] = batch.sources.append(mention, source)
                return sourceOfDistinct[slot]
            }
        }
        try Self.mentionsInsert.run(batch.fresh.indices.filter { batch.freshIsNewRow[$0] }, in: db) { k in
            let mention = batch.fresh[k]
            return [.int(batch.freshIDs[k]), .text(mention.text), .int(mention.asPerson ? 1 : 0), .text(mention.country ?? "")]
        }
        return batch
    }

    /// Where a mention the batch has not met yet gets its matches: this run's cache, the
    /// batch before, the store, or matching. A mention new to the run is stored at once,
    /// so that one already stored is known before it is matched.
    private func source(of mention: Screener.Mention, key: UInt64, after previous: IngestBatch?, in batch: inout IngestBatch,
                        state: inout RunState) throws -> IngestBatch.Source {
        if let value = state.ingested.value(of: mention) { return .known(value) }
        if let index = previous?.freshIndex(of: mention) { return .previous(index) }
        let (id, isNewRow) = try storedMentionID(mention, key: key, state: &state)
        if !isNewRow, let value = storedMatches(of: id, state: state) {
            state.ingested.remember(value, for: mention)
            batch.foundStored += 1
            return .known(value)
        }
        batch.fresh.append(mention)
        batch.freshIDs.append(id)
        batch.freshIsNewRow.append(isNewRow)
        return .fresh(batch.fresh.count - 1)
    }

    /// What a mention stored before this run matches, without matching it: nothing, when it
    /// has no open hits, since a run keeps every stored mention's hits those of the current
    /// lists (the revision's part of a run comes before its records). Nil when it has open
    /// hits, or was stored by this run (its matches may have left this run's bounded cache):
    /// matched again. Co-author networks name the same people and institutes night after
    /// night, and an affiliation is the costliest mention to match (of the rescan
    /// benchmark's 100,000 new records, 13,233 affiliations are found so).
    private func storedMatches(of id: Int64, state: RunState) -> IngestBatch.Matched? {
        guard let before = state.storedBefore, id < before.firstNewID, !before.withOpenHits.contains(id) else { return nil }
        return (matches: [], id: id)
    }

    /// Stores a matched batch: its new mentions, its records and their places, and their
    /// hits; a changed record's earlier hits that are not found again become `gone`.
    /// Returns what its fresh mentions matched, with their stored ids (in `fresh` order).
    private func write(_ batch: IngestBatch, matched: [(matches: [Match], grams: [UInt64])],
                       before: [IngestBatch.Matched],
                       screener: Screener, state: inout RunState, summary: inout Summary) throws -> [IngestBatch.Matched] {
        let db = store.db
        var fresh: [IngestBatch.Matched] = []
        fresh.reserveCapacity(batch.fresh.count)
        for (k, (mention, result)) in zip(batch.fresh, matched).enumerated() {
            let value = (matches: result.matches, id: batch.freshIDs[k])
            if batch.freshIsNewRow[k] { state.newMentionGrams.add(id: value.id, asPerson: mention.asPerson, grams: result.grams) }
            fresh.append(value)
            state.ingested.remember(value, for: mention)
        }
        let values = batch.sources.values.map { source -> IngestBatch.Matched in
            switch source {
            case .known(let value): value
            case .fresh(let index): fresh[index]
            // The batch before matched it, and was written first.
            case .previous(let index): before[index]
            }
        }
        var packed: [(words: [UInt64], roles: String)] = []
        var placeIndex = PlaceIndex.BatchWriter()
        for (item, (list, slots)) in zip(batch.work, zip(batch.places, batch.slots)) {
            let id = item.record.id
            if item.isNew { summary.recordsNew += 1 } else { summary.recordsChanged += 1 }
            // A record new to the store has no hits yet. (A changed one's old places go with
            // its row's update.)
            var pendingGone = item.isNew ? []
                : Set(try db.query("SELECT id FROM hits WHERE record_id = ? AND status != 'gone'", [.text(id)]) { $0.text(0) })
            let mentionIDs = slots.map { values[$0].id }
            packed.append(try StoredPlaces(zip(list, mentionIDs).map { place, mentionID in
                StoredPlaces.Place(party: place.party, role: item.record.parties[place.party].role, field: place.field, mentionID: mentionID)
            }).packed())
            placeIndex.add(recordID: id, mentionIDs: mentionIDs)
            for (place, slot) in zip(list, slots) {
                let mention = values[slot]
                for match in mention.matches {
                    let hit = screener.hit(item.record, place, match)
                    pendingGone.remove(try upsert(hit, mentionID: mention.id, entityHash: state.entityHashes[match.entity.id]!,
                                                  recordHash: item.hash, run: state.run, mayExist: !item.isNew))
                }
            }
            try markGone(pendingGone.sorted(), run: state.run)
        }
        try Self.recordsUpsert.run(Array(zip(batch.work, packed)), in: db) { item, places in
            [.text(item.record.id), .hash(item.hash), .int(state.run), .int(state.run), .integers(places.words), .text(places.roles)]
        }
        try placeIndex.write(to: db)
        return fresh
    }

    /// Six parameters a record, far below SQLite's limit.
    private static let recordsUpsert = ChunkedSQL(size: 32, prefix: "INSERT INTO records (id, hash, first_run, changed_run, places, roles) VALUES ",
                                                  row: "(?, ?, ?, ?, ?, ?)",
                                                  suffix: " ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, changed_run = excluded.changed_run, places = excluded.places, roles = excluded.roles")
    private static let recordHashes = ChunkedSQL(size: 64, prefix: "SELECT id, hash FROM records WHERE id IN (", row: "?", suffix: ")")

    /// Four parameters a mention.
    private static let mentionsInsert = ChunkedSQL(size: 64, prefix: "INSERT INTO mentions (id, text, as_person, country) VALUES ",
                                                   row: "(?, ?, ?, ?)")

    /// The id of a stored mention, or a new one when the store holds none such, and whether
    /// it is new. Found by its key (`StoredMentionKeys`), the stored row compared; a new
    /// one's key is noted at once (its row is stored with its batch's, when the batch is
    /// prepared), so that ids grow in the order mentions are stored, which `mention_grams`
    /// needs: a batch's new mentions are stored before the batch before is written, and
    /// their grams queued after that batch's.
    private func storedMentionID(_ mention: Screener.Mention, key: UInt64, state: inout RunState) throws -> (id: Int64, isNewRow: Bool) {
        // The stored row compared as stored (no country is ''), not made into a mention.
        let wanted: [SQLiteValue] = [.text(mention.text), .int(mention.asPerson ? 1 : 0), .text(mention.country ?? "")]
        for id in state.mentionKeys.ids(of: key) {
            let same = try store.db.query("SELECT text = ? AND as_person = ? AND country = ? FROM mentions WHERE id = ?",
                                          wanted + [.int(id)]) { $0.int(0) != 0 }
            if same.first == true { return (id, false) }
        }
        let id = state.nextMentionID
        state.nextMentionID += 1
        state.mentionKeys.insert(key, id: id)
        state.newMentionKeys.add(id: id, key: key)
        return (id, true)
    }
}
