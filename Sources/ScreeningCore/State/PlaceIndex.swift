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
    /// row's sorted places merged with the sorted ids.
    static func candidateRecords(of mentionIDs: some Collection<Int64>, in db: SQLiteDatabase) throws -> [Int64: [String]] {
        let wanted = Array(Set(mentionIDs)).sorted()
        guard !wanted.isEmpty else { return [:] }
        var found: [Int64: [String]] = [:]
        var data: [UInt64] = []
        try db.forEachRow("SELECT record_ids, data FROM place_batches ORDER BY batch") { row in
            data.removeAll(keepingCapacity: true)
            row.appendIntegers(1, to: &data)
            guard let count = data.first.map(Int.init), data.count > count + 1 else { return }
            var matched: [(Int64, Int)] = []
            var (next, previous) = (0, UInt64.max)
            let mask = UInt64(1) << UInt64(positionBits) - 1
            for word in data[(count + 2)...] where word != previous {
                // (A mention twice in a record, say two parties of one institute: named once.)
                previous = word
                let mention = Int64(word >> UInt64(positionBits))
                while next < wanted.count && wanted[next] < mention { next += 1 }
                if next == wanted.count { break }
                if wanted[next] == mention { matched.append((mention, Int(word & mask))) }
            }
            guard !matched.isEmpty else { return }
            let ids = Array(row.text(0).utf8)
            for (mention, position) in matched {
                let range = Int(data[1 + position])..<Int(data[2 + position])
                found[mention, default: []].append(String(decoding: ids[range], as: UTF8.self))
            }
        }
        return found
    }
}
