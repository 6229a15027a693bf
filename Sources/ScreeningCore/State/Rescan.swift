import Dispatch
import Foundation

/// One incremental run against a state store: the lists become the current version; new
/// and changed records are screened against the whole index; the stored mentions against
/// the added and changed entries only; hits of removed entries become `gone`. The whole
/// run is one transaction, so a killed run leaves the store as it was.
public struct Rescan {
    /// The figures of a run, for the summary line.
    public struct Summary: Sendable {
        public var run = 0
        public var entities = 0
        public var added = 0, changed = 0, removed = 0
        /// Entries of unchanged content whose place in a registry's hierarchy changed
        /// (`movedInHierarchy`).
        public var movedInHierarchy = 0
        public var recordsRead = 0, recordsNew = 0, recordsChanged = 0
        /// Distinct mentions of the new and changed records matched against the lists, and
        /// those found stored by an earlier run without open hits (not matched: they match
        /// nothing).
        public var recordMentionsMatched = 0, recordMentionsStored = 0
        /// Distinct stored mentions looked at for a list revision, those among whose
        /// candidates a revised entry stands (or that had its hits, or have any open hits),
        /// and those of them matched again against the whole index.
        public var storedMentionsRescreened = 0
        public var storedMentionsTouched = 0
        public var storedMentionsMatched = 0
        /// True when the stored mentions were made by another build of the program, and
        /// this run made their grams again and matched them all (`rematchStoredMentions`).
        public var storedMentionsRemade = false
        public var hitsNew = 0, hitsGone = 0, hitsOpen = 0
        public var skippedLines = 0
        public var seconds = 0.0

        public var line: String {
            String(format: "run %d: entities %d (added %d, changed %d, removed %d", run, entities, added, changed, removed)
                + (movedInHierarchy > 0 ? ", moved in the registry's hierarchy \(movedInHierarchy)" : "")
                + String(format: "), records read %d (new %d, changed %d; their mentions matched %d, found stored without hits %d), stored mentions looked at %d (touched by the revision %d, matched again %d), hits new %d, gone %d, open %d, skipped lines %d, %.2f s",
                         recordsRead, recordsNew, recordsChanged, recordMentionsMatched, recordMentionsStored,
                         storedMentionsRescreened, storedMentionsTouched, storedMentionsMatched,
                         hitsNew, hitsGone, hitsOpen, skippedLines, seconds)
                + (storedMentionsRemade ? "; the stored mentions were made by another build of entity-screen: all matched again" : "")
        }
    }

    /// Why a run cannot go on.
    public enum RescanError: Error, CustomStringConvertible {
        case thresholdDiffers(stored: Double, given: Double)
        case damagedGrams(firstID: Int)
        public var description: String {
            switch self {
            case .damagedGrams(let firstID):
                "the state store is damaged: the stored grams of the mentions from id \(firstID) on are cut short"
            case .thresholdDiffers(let stored, let given):
                "the store's hits were found at threshold \(stored), not \(given): use the same threshold, or a new store"
            }
        }
    }

    public let store: StateStore
    public let normalizer: Normalizer
    public let threshold: Double
    public let threads: Int
    /// Records read together; one batch is in memory at a time.
    public var batchSize = 2048
    /// Distinct mentions of the run's records whose matches and stored ids the run keeps at
    /// a time (`MentionCache`); one forgotten and met again is looked up in the store.
    var mentionCacheCapacity = 200_000
    /// Stored mentions read and tested together against the added and changed entries: a
    /// chunk's buffers (about 1.5 MB at this size) are refilled for the next chunk, and small
    /// ones touch few fresh pages (each zeroed by the kernel on first use).
    public var mentionChunk = 8_192
    /// Called at named points of the run (`lists`, `index`, `stored-mentions-scanned`,
    /// `stored-mentions`, `records`, `before-commit`; the two after `lists` only when stored
    /// mentions are rescreened), inside its transaction: the crash-safety test pauses there,
    /// the rescan benchmark times the phases.
    public var checkpoint: (String) -> Void = { _ in }
    /// Where the aliases ROR enrichment added came from, for the explanations.
    public var aliasSources = AliasSources()
    /// The column map for CSV records files; other formats ignore it.
    public var recordMap: ColumnMap?

    public init(store: StateStore, normalizer: Normalizer, threshold: Double = Matcher.defaultThreshold,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.store = store
        self.normalizer = normalizer
        self.threshold = threshold
        self.threads = max(1, threads)
    }

    /// Runs once with `entities` (already loaded from `listFiles`, named in the run's row)
    /// and the records of `recordFiles`. `parents` gives the entities' parents where a
    /// registry states them (`ListFiles.Loaded.parents`), which matching reads as `screen`'s
    /// does; the store keeps them, and the stored mentions of the entries whose place in
    /// that hierarchy changed are rescreened. Throws `InputError` when a records file cannot be
    /// read at all (the store is left as it was).
    public func run(entities: [ListedEntity], parents: [String: [String]] = [:], listFiles: [String], recordFiles: [String],
                    onProblem: @escaping (LineProblem) -> Void = { _ in }, now: Date = Date()) throws -> Summary {
        let start = DispatchTime.now().uptimeNanoseconds
        let db = store.db
        let large = BackgroundRelease()
        defer { large.releaseInBackground() }
        var summary = try db.transaction { () throws -> Summary in
            var state = RunState(store: store, run: try store.latestRun() + 1, ingested: MentionCache(capacity: mentionCacheCapacity))
            var summary = Summary()
            summary.run = state.run
            if let stored = try store.threshold(), stored != threshold {
                throw RescanError.thresholdDiffers(stored: stored, given: threshold)
            }
            try store.setMeta("threshold", String(threshold))
            try db.run("UPDATE hits SET status = 'open' WHERE status = 'new'")

            // The list version.
            // Each id once (its first entry), with its content hash, also in order: the steps
            // after look hashes up by position, not by id.
            var current: [ListedEntity] = [], hashesInOrder: [UInt64] = []
            current.reserveCapacity(entities.count)
            state.entityHashes.reserveCapacity(entities.count)
            var seen = Set<String>(minimumCapacity: entities.count)
            for entity in entities where seen.insert(entity.id).inserted { current.append(entity) }
            // With the country an entry takes from another list's where its own gives none,
            // as the index infers it over the same entries: a change there is a change of it.
            // Hashed on the worker threads: a rescan hashes every entry of the lists.
            let inferred = InferredCountries(entities: current)
            hashesInOrder = ParallelMap.map(Array(current.indices), threads: threads) { [current] k in
                ContentHash.of(current[k], inferred: inferred[k])
            }
            for (entity, hash) in zip(current, hashesInOrder) { state.entityHashes[entity.id] = hash }
            let currentHashes = hashesInOrder
            summary.entities = current.count
            let storedHashes = try store.entityHashes()
            let fresh = zip(current, currentHashes).filter { storedHashes[$0.0.id] != $0.1 }.map(\.0)
            let removedIDs = storedHashes.keys.filter { state.entityHashes[$0] == nil }.sorted()
            let changedIDs = Set(fresh.map(\.id).filter { storedHashes[$0] != nil })
            summary.added = fresh.count - changedIDs.count
            summary.changed = changedIDs.count
            summary.removed = removedIDs.count
            let previous = try (changedIDs.sorted() + removedIDs).compactMap { id in
                try db.query("SELECT json FROM entities WHERE id = ?", [.text(id)]) { try JSONDecoder().decode(ListedEntity.self, from: Data($0.text(0).utf8)) }.first
            }
            try writeListVersion(fresh: fresh, changedIDs: changedIDs, removedIDs: removedIDs, state: state)
            let storedLinks = try storedParents()
            let moved = Self.movedInHierarchy(storedIDs: Array(storedHashes.keys), storedParents: storedLinks, current: current,
                                              parents: parents, revised: Set(fresh.map(\.id)))
            summary.movedInHierarchy = moved.count
            try keepParents(parents, stored: storedLinks, current: Set(state.entityHashes.keys))
            checkpoint("lists")
            let (all, normalizer, threads, threshold, sources) = (current, self.normalizer, self.threads, self.threshold, aliasSources)
            // The index from the forms and spellings kept of the entries a revision left
            // alone; alias forms on demand: a revision verifies few aliases, and a night's
            // records not many more.
            let kept = try KeptIndexForms(store: store, identity: normalizer.formsIdentity)
            let fullIndex = Lazy { Self.index(of: all, kept: kept, hashes: currentHashes, normalizer: normalizer, threads: threads,
                                              inferredCountries: inferred) }
            let fullScreener = Lazy { Screener(matcher: Matcher(index: fullIndex.get.index, normalizer: normalizer, threads: threads,
                                                               aliasSources: sources, aliasFormsOnDemand: true, parents: parents),
                                               threshold: threshold) }
            [fullIndex, fullScreener, kept].forEach(large.hold)
            // Stored mentions that a revision can touch, against the whole index.
            let hasStoredMentions = try db.query("SELECT EXISTS (SELECT 1 FROM mentions)") { $0.int(0) != 0 }[0]
            if hasStoredMentions, try storedMentionsNeedRematch() {
                // Made by another build: all matched again, which covers the revision too.
                (summary.storedMentionsRescreened, summary.storedMentionsTouched, summary.storedMentionsMatched)
                    = try rematchStoredMentions(full: fullScreener, state: state)
                summary.storedMentionsRemade = true
            } else if hasStoredMentions && (!fresh.isEmpty || !removedIDs.isEmpty || !moved.isEmpty) {
                // An entry moved in the hierarchy is rescreened as an added one, its open hits
                // as a changed one's.
                (summary.storedMentionsRescreened, summary.storedMentionsTouched, summary.storedMentionsMatched)
                    = try rescreenStoredMentions(fresh: fresh + moved, previous: previous, moved: moved.map(\.id),
                                                 index: fullIndex, full: fullScreener, state: &state)
            }
            try noteStoredMentionsIdentity()
            for id in removedIDs {
                try db.run("UPDATE hits SET status = 'gone', last_seen = ?, status_run = ? WHERE entity_id = ? AND status != 'gone'",
                           [.int(state.run - 1), .int(state.run), .text(id)])
            }
            checkpoint("stored-mentions")

            // New and changed records against the whole index.
            var pipeline = IngestPipeline()
            for path in recordFiles {
                var skipped = 0
                let source = try RecordFiles.open(path: path, map: recordMap) { problem in
                    if problem.lineSkipped { skipped += 1 }
                    onProblem(problem)
                }
                // Records are read, hashed and placed one batch ahead on another thread,
                // and the batches written are freed there: this thread writes the store.
                let reader = RecordBatchReader(source, batchSize: batchSize, ahead: threads > 1) { ReadRecords($0) }
                while let batch = try reader.next() {
                    summary.recordsRead += batch.count
                    try ingest(batch, screener: fullScreener, pipeline: &pipeline, state: &state, summary: &summary)
                    reader.retire(batch)
                }
                summary.skippedLines += skipped
            }
            try finishIngest(&pipeline, screener: fullScreener, state: &state, summary: &summary)
            if let built = fullIndex.ifBuilt {
                try kept.keep(entities: all, hashes: currentHashes, forms: built.forms, spellings: built.spellings, made: built.made,
                              in: store, identity: normalizer.formsIdentity)
            }
            checkpoint("records")

            summary.hitsNew = try db.query("SELECT COUNT(*) FROM hits WHERE status = 'new'") { $0.int(0) }[0]
            summary.hitsGone = try db.query("SELECT COUNT(*) FROM hits WHERE status = 'gone' AND status_run = ?", [.int(state.run)]) { $0.int(0) }[0]
            summary.hitsOpen = try db.query("SELECT COUNT(*) FROM hits WHERE status != 'gone'") { $0.int(0) }[0]
            try db.run("INSERT INTO runs (run, started, list_files, entities, added, changed, removed, records_new, records_changed, hits_new, hits_gone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [.int(state.run), .text(StateStore.timestamp(now)), .text(listFiles.joined(separator: " ")), .int(summary.entities),
                        .int(summary.added), .int(summary.changed), .int(summary.removed), .int(summary.recordsNew),
                        .int(summary.recordsChanged), .int(summary.hitsNew), .int(summary.hitsGone)])
            checkpoint("before-commit")
            return summary
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return summary
    }

    /// What the steps of one run share.
    struct RunState {
        let store: StateStore
        let run: Int
        /// The current version's content hash of every entity.
        var entityHashes: [String: UInt64] = [:]
        /// Mentions ingested in this run: their matches and stored id, so a mention that
        /// comes back in a later batch is neither matched nor looked up again.
        var ingested: MentionCache<(matches: [Match], id: Int64)>
        /// The grams and keys of the mentions this run stored, until written.
        var newMentionGrams = PackedMentionRows(table: "mention_grams")
        var newMentionKeys = PackedMentionRows(table: "mention_keys")
        /// The keys of the stored mentions, read with `storedBefore`, and the id the next
        /// mention stored takes.
        var mentionKeys = StoredMentionKeys()
        var nextMentionID: Int64 = 1
        /// The first mention id this run stores, and the ids of the stored mentions with
        /// open hits, read when the first batch of records is prepared, before it stores
        /// any (`storedMatches`).
        var storedBefore: (firstNewID: Int64, withOpenHits: Set<Int64>)?
    }

    private func writeListVersion(fresh: [ListedEntity], changedIDs: Set<String>, removedIDs: [String], state: RunState) throws {
        let db = store.db
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let decoder = JSONDecoder()
        for entity in fresh {
            let json = String(decoding: try encoder.encode(entity), as: UTF8.self)
            var fields = ""
            if changedIDs.contains(entity.id),
               let old = try db.query("SELECT json FROM entities WHERE id = ?", [.text(entity.id)], row: { $0.text(0) }).first {
                fields = EntityDiff.changedFields(try decoder.decode(ListedEntity.self, from: Data(old.utf8)), entity).joined(separator: ",")
            }
            try db.run("""
                INSERT INTO entities (id, hash, json, added_run, changed_run) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, json = excluded.json, changed_run = excluded.changed_run
                """, [.text(entity.id), .hash(state.entityHashes[entity.id]!), .text(json), .int(state.run), .int(state.run)])
            try db.run("INSERT INTO list_changes (run, entity_id, change, fields) VALUES (?, ?, ?, ?)",
                       [.int(state.run), .text(entity.id), .text(changedIDs.contains(entity.id) ? "changed" : "added"), .text(fields)])
        }
        for id in removedIDs {
            try db.run("DELETE FROM entities WHERE id = ?", [.text(id)])
            try db.run("INSERT INTO list_changes (run, entity_id, change, fields) VALUES (?, ?, 'removed', '')", [.int(state.run), .text(id)])
        }
    }

    /// Rescreens the stored mentions a revision can touch (`scanStoredMentions`) and those
    /// that had hits of changed, removed or `moved` entries: an entry that joins or leaves the
    /// lists changes only the results of the mentions it is a candidate for. Only these are
    /// matched again and their hits replaced. Returns the numbers of distinct stored
    /// mentions looked at, touched, and matched again.
    /// An entry moved in the hierarchy (`movedInHierarchy`: in `fresh`, and its id in
    /// `moved`) has the aliases it had, so the mentions it was a candidate for are those it
    /// is one for now, which the scan finds: it has no earlier version to look near (looked
    /// near as one, through an index of earlier versions alone, it took in most stored
    /// mentions for one parent link).
    private func rescreenStoredMentions(fresh: [ListedEntity], previous: [ListedEntity], moved: [String] = [],
                                        index: Lazy<(index: EntityIndex, forms: [IndexedForms], spellings: [[IndexedForms.Spelling]], made: [Bool])>,
                                        full: Lazy<Screener>,
                                        state: inout RunState) throws -> (Int, Int, Int) {
        let db = store.db
        // The index and then the matcher are built on the worker threads while this one
        // queries the store and reads the first of the stored mentions to test (the index's
        // build took a seventh of a rescan, on its own).
        let building = BackgroundValue { full.get }
        // Mentions with hits of a changed or removed entry: their hits change whatever the
        // matcher finds now.
        var records = RecordPlacesReader(db: db)
        let hadRevisedHits = try mentionsWithOpenHits(of: previous.map(\.id) + moved, records: &records)
        // The scan needs the index alone: it tests the stored mentions while the matcher
        // is still being made from it.
        let scan = try scanStoredMentions(fresh: fresh, previous: previous, moved: Set(moved), fullIndex: { (index.get.index, index.get.forms, index.get.spellings) })
        let screener = building.value
        var touched = hadRevisedHits.mapValues { (mention: $0, freshAliases: [Int32]?.none) }
        let findings = Dictionary(uniqueKeysWithValues: scan.touched.filter { touched[$0.id] == nil })
        for (mentionID, mention) in try storedMentions(findings.keys.sorted()) {
            if case .freshCandidates(let aliases) = findings[mentionID] { touched[mentionID] = (mention, aliases) } else { touched[mentionID] = (mention, nil) }
        }
        // The other mentions with open hits are checked too. The candidate search weighs
        // grams by their IDF over every spelling of the lists, which any revision moves, so
        // an entry the revision left alone can drop out of a mention's candidates (Tactical
        // Missiles Corporation JSC, crowded out of "Tactical Missile Corporation, Joint Stock
        // Company Elektrotyaga" by its 35 subsidiaries once unrelated entries joined the
        // export-ban list). Each hit's alias is verified again where it still is among the
        // candidates, and the mention matched again in full only when a hit's score is not
        // found so: verifying every candidate, or every candidate of the hits' entities,
        // made the forms of thousands of aliases for nothing (the rescan benchmark's
        // rescans took 0.16 s instead of 0.12).
        let keptHits = try storedMentionsWithOpenHits().filter { touched[$0.0] == nil }
        guard !touched.isEmpty || !keptHits.isEmpty else { return (scan.tested, 0, 0) }
        let mentions = touched.sorted { $0.key < $1.key }
        // The added and changed entries among a mention's candidates, verified alone first:
        // scores do not depend on the other candidates, so a mention none of them matches
        // and that had no hits has none now either (most of those the scan finds).
        // Those the matcher cannot settle alone (`Matcher.settlesAlone`) are matched again in full.
        let freshMatches = ParallelMap.map(mentions, threads: threads) { entry in
            entry.value.freshAliases.flatMap { aliases in
                screener.matcher.settlesAlone(aliases) ? screener.matches(entry.value.mention, amongAliases: aliases) : nil
            }
        }
        // Each with its stored hits' entities when already read. One read of the hits'
        // mentions spares the query (12 ms for 1,616 of them) for every touched mention that
        // has none.
        let withOpenHits = try mentionsWithOpenHits()
        // The records of the mentions whose places are read below: those matched again, and
        // those whose stored hits are looked at.
        let candidates = try PlaceIndex.candidateRecords(of: zip(mentions, freshMatches).compactMap { entry, freshFound in
            freshFound?.isEmpty != true || withOpenHits.contains(entry.key) ? entry.key : nil
        } + keptHits.map(\.0), in: db)
        var again: [(id: Int64, mention: Screener.Mention, stored: [String: Double]?)] = []
        for ((mentionID, entry), freshFound) in zip(mentions, freshMatches) {
            guard let freshFound, freshFound.isEmpty else {
                again.append((mentionID, entry.mention, nil))
                continue
            }
            guard withOpenHits.contains(mentionID) else { continue }
            let stored = try storedHits(mentionID, entry.mention, candidates: candidates[mentionID] ?? [], records: &records)
            if !stored.isEmpty { again.append((mentionID, entry.mention, stored.mapValues(\.score))) }
        }
        let keptStored = try keptHits.map { try storedHits($0.0, $0.1, candidates: candidates[$0.0] ?? [], records: &records) }
        let keptFound = ParallelMap.map(Array(zip(keptHits, keptStored)), threads: threads) { kept, stored in
            stored.isEmpty ? [] : screener.matches(kept.1, amongCandidatesNamed: stored.mapValues(\.alias))
        }
        for ((mentionID, mention), (stored, found)) in zip(keptHits, zip(keptStored, keptFound)) {
            let scores = stored.mapValues(\.score)
            if scores != Self.scores(of: found) { again.append((mentionID, mention, scores)) }
        }
        let matches = ParallelMap.map(again, threads: threads) { screener.matches($0.mention) }
        let freshIDs = Set(fresh.map(\.id))
        for ((mentionID, mention, stored), found) in zip(again, matches) {
            // An added entry among its candidates changed nothing when it is not among the
            // matches and the mention's stored hits are those found. (It could have pushed
            // one out of the candidates.)
            if hadRevisedHits[mentionID] == nil && !found.contains(where: { freshIDs.contains($0.entity.id) }) {
                let stored = try stored ?? storedHits(mentionID, mention, candidates: candidates[mentionID] ?? [], records: &records).mapValues(\.score)
                if stored == Self.scores(of: found) { continue }
            }
            try replaceHits(with: found, at: try records.places(of: mentionID, in: candidates[mentionID] ?? []), of: mention, id: mentionID,
                            state: state)
        }
        return (scan.tested, touched.count + keptHits.count, again.count)
    }

    /// Makes a stored mention's hits at `places` (all of its places) those of `found`: each
    /// written (unless stored as it stands), and its other open hits `gone`.
    func replaceHits(with found: [Match], at places: [RecordPlacesReader.MentionPlace], of mention: Screener.Mention, id mentionID: Int64,
                     state: RunState) throws {
        let db = store.db
        for place in places {
            var pendingGone = Set(try db.query("SELECT id FROM hits WHERE record_id = ? AND party = ? AND field = ? AND mention = ? AND status != 'gone'",
                                               [.text(place.recordID), .int(place.party), .text(place.field.rawValue), .text(mention.text)]) { $0.text(0) })
            for match in found {
                let hit = Hit(recordID: place.recordID, party: place.party, role: place.role, field: place.field, mention: mention.text,
                              entityID: match.entity.id, entityName: match.entity.name, list: match.entity.list,
                              alias: match.alias, score: match.score, explanation: match.explanation)
                pendingGone.remove(try upsert(hit, mentionID: mentionID, entityHash: state.entityHashes[match.entity.id]!,
                                              recordHash: place.recordHash, run: state.run))
            }
            try markGone(pendingGone.sorted(), run: state.run)
        }
    }

    /// The stored mentions with open hits of these entities, found through the places of the
    /// hits' records: those of the hit's party and field whose text is the hit's mention.
    private func mentionsWithOpenHits(of entityIDs: [String], records: inout RecordPlacesReader) throws -> [Int64: Screener.Mention] {
        var wanted: [Int64: Set<String>] = [:]
        for id in entityIDs {
            let hits = try store.db.query("SELECT DISTINCT record_id, party, field, mention FROM hits WHERE entity_id = ? AND status != 'gone'",
                                          [.text(id)]) { ($0.text(0), $0.int(1), Hit.Field(rawValue: $0.text(2)) ?? .affiliation, $0.text(3)) }
            for (recordID, party, field, text) in hits {
                for place in try records.record(recordID)?.places.places ?? [] where place.party == party && place.field == field {
                    wanted[place.mentionID, default: []].insert(text)
                }
            }
        }
        var found: [Int64: Screener.Mention] = [:]
        for (mentionID, mention) in try storedMentions(wanted.keys.sorted()) where wanted[mentionID]?.contains(mention.text) == true {
            found[mentionID] = mention
        }
        return found
    }

    /// Marks the hits with these ids `gone` in `run`, last seen in the run before.
    func markGone(_ ids: [String], run: Int) throws {
        for id in ids {
            try store.db.run("UPDATE hits SET status = 'gone', last_seen = ?, status_run = ? WHERE id = ?", [.int(run - 1), .int(run), .text(id)])
        }
    }

    /// The ids of the stored mentions that have open hits (few: the benchmark's 6,886 hits
    /// are of 128 mentions among 513,327), to skip the others' hit lookups.
    func mentionsWithOpenHits() throws -> Set<Int64> {
        Set(try store.db.query("SELECT DISTINCT mention_id FROM hits WHERE status != 'gone'") { Int64($0.int(0)) })
    }

    /// The entities a stored mention has open hits of, with each hit's score and alias. One
    /// place is enough: every place of a mention holds the same hits, since they depend on
    /// the mention alone and every run updates its places together.
    private func storedHits(_ mentionID: Int64, _ mention: Screener.Mention, candidates: [String],
                            records: inout RecordPlacesReader) throws -> [String: (score: Double, alias: String)] {
        guard let place = try records.places(of: mentionID, in: candidates, limit: 1).first else { return [:] }
        let rows = try store.db.query("""
            SELECT entity_id, score, alias FROM hits WHERE record_id = ? AND party = ? AND field = ? AND mention = ? AND status != 'gone'
            """, [.text(place.recordID), .int(place.party), .text(place.field.rawValue), .text(mention.text)]) {
            ($0.text(0), (score: $0.double(1), alias: $0.text(2)))
        }
        return Dictionary(rows, uniquingKeysWith: { $0.score >= $1.score ? $0 : $1 })
    }

    /// Each matched entity's score, as `storedHits` gives a mention's stored ones.
    private static func scores(of found: [Match]) -> [String: Double] {
        Dictionary(found.map { ($0.entity.id, $0.score) }, uniquingKeysWith: max)
    }

    /// The stored mentions that have open hits.
    private func storedMentionsWithOpenHits() throws -> [(Int64, Screener.Mention)] {
        try storedMentions(try mentionsWithOpenHits().sorted())
    }

    /// The stored mentions with these ids, read in chunks: a revision touches a thousand or
    /// more (1,628 in the rescan benchmark).
    private func storedMentions(_ ids: [Int64]) throws -> [(Int64, Screener.Mention)] {
        try Self.mentionsByID.query(ids, in: store.db, values: { [.int($0)] }, row: Self.mentionRow)
    }

    private static let mentionsByID = ChunkedSQL(size: 64, prefix: "SELECT id, text, as_person, country FROM mentions WHERE id IN (",
                                                 row: "?", suffix: ")")

    static func mentionRow(_ row: SQLiteStatement) -> (Int64, Screener.Mention) {
        (Int64(row.int(0)), Screener.Mention(text: row.text(1), asPerson: row.int(2) != 0, country: row.text(3).isEmpty ? nil : row.text(3)))
    }

    /// Writes a hit found in this run (unless stored as it stands) and returns its id. Its
    /// status: `new` when it was not present before, or its evidence (the entity's or the
    /// record's content) changed; `open` otherwise, and also when a reviewer dismissed it on
    /// this very evidence.
    /// `mayExist` false (a record new to the store) spares the lookup of the stored hit.
    @discardableResult
    func upsert(_ hit: Hit, mentionID: Int64, entityHash: UInt64, recordHash: UInt64, run: Int, mayExist: Bool = true) throws -> String {
        let db = store.db
        let id = ContentHash.hitID(hit)
        let existing = !mayExist ? nil : try db.query("""
            SELECT status, status_run, entity_hash, record_hash, role, entity_name, list, alias, score, explanation, mention_id
            FROM hits WHERE id = ?
            """, [.text(id)]) {
            (StoredHit.Status(rawValue: $0.text(0)) ?? .open, $0.int(1), $0.hash(2), $0.hash(3),
             [$0.text(4), $0.text(5), $0.text(6), $0.text(7)], $0.double(8), $0.text(9), Int64($0.int(10)))
        }.first
        var status = StoredHit.Status.new
        var statusRun = run
        if let existing {
            let evidenceChanged = existing.2 != entityHash || existing.3 != recordHash
            if existing.0 == .new && existing.1 == run {
                status = .new
            } else if existing.0 == .gone || evidenceChanged {
                let review = try db.query("SELECT decision, entity_hash, record_hash FROM reviews WHERE hit_id = ? ORDER BY rowid DESC LIMIT 1",
                                          [.text(id)]) { ($0.text(0), $0.hash(1), $0.hash(2)) }.first
                let dismissedOnThisEvidence = review.map { $0.0 == StateStore.Decision.dismissed.rawValue && $0.1 == entityHash && $0.2 == recordHash } ?? false
                status = dismissedOnThisEvidence ? .open : .new
            } else {
                status = .open
                statusRun = existing.1
            }
        }
        // A hit found again as it stands is left as it is: a revision matches again every
        // place of the mentions it touches, and rewriting their unchanged hits dirtied
        // hundreds of pages for the commit to write twice. (An open hit's last run seen is
        // the latest run, whatever `last_seen` holds: only a gone hit's is read.)
        if let existing, existing.0 == status, existing.1 == statusRun, existing.2 == entityHash, existing.3 == recordHash,
           existing.4 == [hit.role, hit.entityName, hit.list, hit.alias], existing.5 == hit.score, existing.6 == hit.explanation,
           existing.7 == mentionID {
            return id
        }
        try db.run("""
            INSERT INTO hits (id, record_id, party, role, field, mention, entity_id, entity_name, list, alias, score, explanation,
                              status, first_seen, last_seen, status_run, entity_hash, record_hash, mention_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET role = excluded.role, entity_name = excluded.entity_name, list = excluded.list,
                alias = excluded.alias, score = excluded.score, explanation = excluded.explanation, status = excluded.status,
                last_seen = excluded.last_seen, status_run = excluded.status_run, entity_hash = excluded.entity_hash,
                record_hash = excluded.record_hash, mention_id = excluded.mention_id
            """, [.text(id), .text(hit.recordID), .int(hit.party), .text(hit.role), .text(hit.field.rawValue), .text(hit.mention),
                  .text(hit.entityID), .text(hit.entityName), .text(hit.list), .text(hit.alias), .double(hit.score),
                  .text(hit.explanation), .text(status.rawValue), .int(run), .int(run), .int(statusRun),
                  .hash(entityHash), .hash(recordHash), .int(mentionID)])
        return id
    }
}
