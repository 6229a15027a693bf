/// Which stored records hold a mention: the `place_batches` table, one row per batch of
/// records written (an ingest batch, or a migration's), so that a revision finds the
/// records of the mentions it touches without an index row per place for every ingest to
/// write. A row's `record_ids` concatenates the batch's record ids; its `data` holds the
/// record count n, then n + 1 offsets of the ids into `record_ids`' UTF-8 bytes, then one
/// integer per place sorted: the mention id shifted left by 24 bits, the record's position
/// in the batch below.
///
/// Rows are only added: a record written again (changed) has its new places in a later row,
/// and the older rows still name it for its old mentions. A lookup gives candidates, and
/// the record's own row (`StoredPlaces`) says where the mention stands now, if anywhere.
enum PlaceIndex {
    static let positionBits = 24

    /// Collects a batch's places for one row.
    struct BatchWriter {
        private var ids = "", offsets: [UInt64] = [0], words: [UInt64] = []

        var isEmpty: Bool { offsets.count == 1 }

        /// Adds a record and the mention ids of its places.
        mutating func add(recordID: String, mentionIDs: some Sequence<Int64>) {
            let position = UInt64(offsets.count - 1)
            precondition(position < 1 << UInt64(PlaceIndex.positionBits), "a batch of records is written in one row")
            ids += recordID
            offsets.append(UInt64(ids.utf8.count))
            for id in mentionIDs { words.append(UInt64(id) << UInt64(PlaceIndex.positionBits) | position) }
        }

        /// Writes the row (none when no record was added) and empties the writer.
        mutating func write(to db: SQLiteDatabase) throws {
            guard !isEmpty else { return }
            let data = [UInt64(offsets.count - 1)] + offsets + words.sorted()
            try db.run("INSERT INTO place_batches (record_ids, data) VALUES (?, ?)", [.text(ids), .integers(data)])
            self = BatchWriter()
        }
    }

    /// The records that hold, or held, each of `mentionIDs`: one pass over the rows, each
    /// row's sorted places searched in place (SQLite's buffer, not copied) for each id.
    static func candidateRecords(of mentionIDs: some Collection<Int64>, in db: SQLiteDatabase) throws -> [Int64: [String]] {
        let wanted = Array(Set(mentionIDs)).sorted()
        guard !wanted.isEmpty else { return [:] }
        var found: [Int64: [String]] = [:]
        try db.forEachRow("SELECT record_ids, data FROM place_batches ORDER BY batch") { row in
            let matched = row.withBlob(1) { Self.places(of: wanted, in: $0) }
            guard !matched.isEmpty else { return }
            let ids = Array(row.text(0).utf8)
            for (mention, start, end) in matched {
                found[mention, default: []].append(String(decoding: ids[start..<end], as: UTF8.self))
            }
        }
        return found
    }

    /// The mentions of `wanted` (sorted) that a row's `data` holds, each with the byte range
    /// of its record's id in `record_ids`; once per record.
    private static func places(of wanted: [Int64], in data: UnsafeRawBufferPointer) -> [(Int64, Int, Int)] {
        // SQLite's buffer need not be aligned for UInt64.
        func word(_ k: Int) -> UInt64 { data.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) }
        let total = data.count / 8
        guard total > 0 else { return [] }
        let count = Int(word(0)), first = count + 2
        guard first <= total else { return [] }
        let shift = UInt64(positionBits), mask = UInt64(1) << shift - 1
        var matched: [(Int64, Int, Int)] = []
        for mention in wanted {
            // The first place of the mention, if any, by binary search.
            let key = UInt64(mention) << shift
            var (low, high) = (first, total)
            while low < high {
                let middle = (low + high) / 2
                if word(middle) < key { low = middle + 1 } else { high = middle }
            }
            var previous = UInt64.max
            while low < total, word(low) >> shift == UInt64(mention) {
                // (A mention twice in a record, say two parties of one institute: named once.)
                if word(low) != previous {
                    let position = Int(word(low) & mask)
                    matched.append((mention, Int(word(1 + position)), Int(word(2 + position))))
                    previous = word(low)
                }
                low += 1
            }
        }
        return matched
    }
}
