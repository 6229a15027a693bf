import Foundation

/// Matching every stored mention again after the program changed: a store's mention grams
/// and hits were made by the build that stored them, and a revision's rescan starts from
/// them. When the build is another (`Normalizer.formsIdentity`: the program and its tables
/// and dictionaries), a new normalizer could give a mention other grams, so that the scan
/// misses an added entry a full screen finds, and a new matcher other hits. The run that
/// first meets such a store makes every stored mention's grams again and matches it against
/// the whole index, as a full screen of the stored mentions would: once per upgrade.
extension Rescan {
    /// The meta key holding the identity the stored mentions' grams and hits were made under.
    static let mentionsIdentityKey = "mentions_identity"

    /// Whether the stored mentions were made under another identity than `normalizer`'s (or
    /// an unknown one): then the run matches them all again (`rematchStoredMentions`). A
    /// normalizer without an identity cannot tell, and trusts them.
    func storedMentionsNeedRematch() throws -> Bool {
        guard let identity = normalizer.formsIdentity else { return false }
        return try store.meta(Self.mentionsIdentityKey) != identity
    }

    /// Records the identity the stored mentions are now made under (none when the normalizer
    /// has none: a later run with one then matches them again).
    func noteStoredMentionsIdentity() throws {
        if let identity = normalizer.formsIdentity {
            if try store.meta(Self.mentionsIdentityKey) != identity { try store.setMeta(Self.mentionsIdentityKey, identity) }
        } else {
            try store.db.run("DELETE FROM meta WHERE key = ?", [.text(Self.mentionsIdentityKey)])
        }
    }

    /// Makes every stored mention's grams again and matches it against the whole index,
    /// replacing the hits of those with hits before or now; `mentionChunk` mentions at a time,
    /// matched on the worker threads. Returns the numbers of stored mentions looked at, of
    /// those with hits before or now, and of those matched again (all).
    func rematchStoredMentions(full: Lazy<Screener>, state: RunState) throws -> (Int, Int, Int) {
        let db = store.db
        let screener = full.get
        checkpoint("index")
        let withOpenHits = try mentionsWithOpenHits()
        try db.run("DELETE FROM mention_grams")
        var grams = PackedMentionRows(table: "mention_grams")
        var (tested, touched) = (0, 0)
        var after: Int64 = 0
        var found: [(Int64, Screener.Mention, [Match])] = []
        while true {
            let chunk = try db.query("SELECT id, text, as_person, country FROM mentions WHERE id > ? ORDER BY id LIMIT ?",
                                     [.int(after), .int(mentionChunk)], row: Self.mentionRow)
            guard let last = chunk.last else { break }
            after = last.0
            tested += chunk.count
            let results = ParallelMap.map(chunk, threads: threads) { screener.matchesAndGrams($0.1) }
            for ((id, mention), result) in zip(chunk, results) {
                grams.add(id: id, asPerson: mention.asPerson, grams: result.grams)
                if !result.matches.isEmpty || withOpenHits.contains(id) { found.append((id, mention, result.matches)) }
            }
            try grams.flush(to: db)
        }
        try grams.flush(to: db, all: true)
        checkpoint("stored-mentions-scanned")
        let candidates = try PlaceIndex.candidateRecords(of: found.map(\.0), in: db)
        var records = RecordPlacesReader(db: db)
        for (id, mention, matches) in found {
            touched += 1
            try replaceHits(with: matches, at: try records.places(of: id, in: candidates[id] ?? []), of: mention, id: id, state: state)
        }
        return (tested, touched, tested)
    }
}
