/// Reads stored records' places (`StoredPlaces`) for a run, each record once: a revision
/// asks for the places of many mentions, and a record often holds several of them.
struct RecordPlacesReader {
    /// A place of a mention, with what a hit there needs.
    struct MentionPlace {
        let recordID: String
        let party: Int
        let role: String
        let field: Hit.Field
        let recordHash: UInt64
    }

    private let db: SQLiteDatabase
    private var read: [String: (hash: UInt64, places: StoredPlaces)?] = [:]

    init(db: SQLiteDatabase) { self.db = db }

    /// The stored record's content hash and places (nil when the store has no such record).
    mutating func record(_ id: String) throws -> (hash: UInt64, places: StoredPlaces)? {
        if let known = read[id] { return known }
        let row = try db.query("SELECT hash, places, roles FROM records WHERE id = ?", [.text(id)]) {
            (hash: $0.hash(0), places: StoredPlaces(words: $0.integers(1), roles: $0.text(2)))
        }.first
        read[id] = row
        return row
    }

    /// Where `mentionID` stands now in the `candidates` (`PlaceIndex.candidateRecords`),
    /// in their order; `limit` stops at that many places.
    mutating func places(of mentionID: Int64, in candidates: [String], limit: Int = .max) throws -> [MentionPlace] {
        var found: [MentionPlace] = [], seen = Set<String>()
        // A changed record that kept the mention is named by its old batch and its new one.
        for id in candidates where seen.insert(id).inserted {
            guard let record = try record(id) else { continue }
            for place in record.places.places where place.mentionID == mentionID {
                found.append(MentionPlace(recordID: id, party: place.party, role: place.role, field: place.field, recordHash: record.hash))
                if found.count == limit { return found }
            }
        }
        return found
    }
}
