/// The tables of the state store. Run numbers count from 1; hashes are 64-bit content
/// hashes stored as signed integers.
enum StateSchema {
    /// 2: the mentions' grams moved from `mentions.grams` to `mention_grams`; 3: the places
    /// moved from a row each in `places` into their records' rows and `place_batches`; 4:
    /// the mentions found by their keys in `mention_keys` instead of a unique index, and
    /// each hit's mention noted in `hits.mention_id` (see `StateMigration`); 5: a registry's
    /// parent links kept in `entity_parents`; 6: the entities' spellings kept in
    /// `entity_forms.spellings`.
    static let version = "6"

    static let sql = """
        -- Pages of 16 KiB (instead of 4): an ingest's inserts land on a quarter as many pages
        -- for the commit to write (the rescan benchmark's ingest of 100,000 records 4.55 ->
        -- 3.65 s, medians of six, with a write-ahead log; its rescans the same). An empty store
        -- takes it, and an older one at the VACUUM after its migration: it comes first.
        PRAGMA page_size = 16384;
        -- A rollback journal, not a write-ahead log: an ingest writes mostly new pages, which
        -- a rollback journal need not save and the database file takes once, where a
        -- write-ahead log took each twice, in the log and again at its checkpoint (the rescan
        -- benchmark's commit of 100,000 new records 0.36 -> 0.18 s, its rescans' commit and
        -- close 12 -> 10 ms, medians of five, one run each on 2026-12-05). Readers wait while
        -- a run commits, or after its changes outgrow the page cache, where a log let them
        -- read on. Synced in full: a power cut loses no committed run. A store made with a
        -- log turns to the journal when opened.
        PRAGMA journal_mode = DELETE;
        PRAGMA synchronous = FULL;
        -- A run is one transaction over indexes of millions of rows: 64 MiB of page cache
        -- (instead of 2) keeps their upper levels from being read back again and again.
        PRAGMA cache_size = -65536;
        -- Reads through a memory map: a rescan's scan of the stored mentions reads the pages
        -- in place instead of copying each into the page cache (writes are unchanged).
        PRAGMA mmap_size = 1073741824;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- One row per completed run (written in the run's own transaction).
        CREATE TABLE IF NOT EXISTS runs (
            run INTEGER PRIMARY KEY, started TEXT NOT NULL, list_files TEXT NOT NULL,
            entities INTEGER NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL, removed INTEGER NOT NULL,
            records_new INTEGER NOT NULL, records_changed INTEGER NOT NULL,
            hits_new INTEGER NOT NULL, hits_gone INTEGER NOT NULL);
        -- The current list version: one row per entity with its content hash.
        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY, hash INTEGER NOT NULL, json TEXT NOT NULL,
            added_run INTEGER NOT NULL, changed_run INTEGER NOT NULL) WITHOUT ROWID;
        -- The current entities' parents where a registry states them (ROR's parent links), one
        -- id a line: a run compares them with its lists' (HierarchyChanges).
        CREATE TABLE IF NOT EXISTS entity_parents (id TEXT PRIMARY KEY, parents TEXT NOT NULL) WITHOUT ROWID;
        -- What each list version added, changed (which fields) and removed.
        CREATE TABLE IF NOT EXISTS list_changes (
            run INTEGER NOT NULL, entity_id TEXT NOT NULL, change TEXT NOT NULL, fields TEXT NOT NULL,
            PRIMARY KEY (run, entity_id)) WITHOUT ROWID;
        -- Each record's places (where its mentions stand) packed in its row (StoredPlaces).
        CREATE TABLE IF NOT EXISTS records (
            id TEXT PRIMARY KEY, hash INTEGER NOT NULL, first_run INTEGER NOT NULL, changed_run INTEGER NOT NULL,
            places BLOB NOT NULL DEFAULT x'', roles TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
        -- The index forms (IndexedForms, packed) of listed entities with the content hashes of the
        -- entries they were made from, under the normalizer identity in meta `forms_identity`, a
        -- batch per run that made any (ids one per line; data, for each, the hash, the length and
        -- the packed forms; spellings, each entry's spellings, KeptSpellings): a rescan normalizes
        -- only the entries a revision added or changed (KeptIndexForms).
        CREATE TABLE IF NOT EXISTS entity_forms (batch INTEGER PRIMARY KEY, ids TEXT NOT NULL, data BLOB NOT NULL,
                                                 spellings TEXT NOT NULL DEFAULT '');
        -- Each distinct mention once (co-author networks repeat affiliations); country '' when unstated.
        -- Found by text through mention_keys, not an index (StoredMentionKeys).
        CREATE TABLE IF NOT EXISTS mentions (
            id INTEGER PRIMARY KEY, text TEXT NOT NULL, as_person INTEGER NOT NULL, country TEXT NOT NULL);
        -- Each mention's id and key (StoredMentionKeys), packed thousands of mentions to a row
        -- from first_id on: an ingest reads them all into memory.
        CREATE TABLE IF NOT EXISTS mention_keys (first_id INTEGER PRIMARY KEY, mentions INTEGER NOT NULL, data BLOB NOT NULL);
        -- The index grams of the mentions' normalized forms, so a revision finds their candidates
        -- unnormalized: thousands of mentions packed to a row from first_id on (StoredGramsChunk),
        -- so a rescan's scan reads a few hundred rows, not a row per mention.
        CREATE TABLE IF NOT EXISTS mention_grams (first_id INTEGER PRIMARY KEY, mentions INTEGER NOT NULL, data BLOB NOT NULL);
        -- Which records hold each mention, a row per batch of records written (PlaceIndex).
        CREATE TABLE IF NOT EXISTS place_batches (batch INTEGER PRIMARY KEY, record_ids TEXT NOT NULL, data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS hits (
            id TEXT PRIMARY KEY, record_id TEXT NOT NULL, party INTEGER NOT NULL, role TEXT NOT NULL, field TEXT NOT NULL,
            mention TEXT NOT NULL, entity_id TEXT NOT NULL, entity_name TEXT NOT NULL, list TEXT NOT NULL,
            alias TEXT NOT NULL, score REAL NOT NULL, explanation TEXT NOT NULL,
            status TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, status_run INTEGER NOT NULL,
            entity_hash INTEGER NOT NULL, record_hash INTEGER NOT NULL,
            -- The stored mention (mentions.id) the hit is a hit of.
            mention_id INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS hits_by_record ON hits (record_id);
        CREATE INDEX IF NOT EXISTS hits_by_entity ON hits (entity_id);
        CREATE INDEX IF NOT EXISTS hits_by_status ON hits (status);
        -- Every decision, kept; the latest per hit applies. The hashes are the evidence decided on.
        CREATE TABLE IF NOT EXISTS reviews (
            hit_id TEXT NOT NULL, decided_at TEXT NOT NULL, decision TEXT NOT NULL, note TEXT NOT NULL,
            reviewer TEXT NOT NULL, entity_hash INTEGER NOT NULL, record_hash INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS reviews_by_hit ON reviews (hit_id);
        """
}
