/// Statements over many rows at once: an ingest of 100,000 records looks up and writes as
/// many records and six times as many places, a statement each before (each reset, bound
/// and stepped on the writing thread). The SQL for n rows is made once per n, so the
/// connection prepares each size once.
struct ChunkedSQL: Sendable {
    /// At most this many rows per statement.
    let size: Int
    private let sql: [String]

    /// The statements for 1...`size` rows: `prefix`, then `row` repeated n times joined by
    /// `separator`, then `suffix` (`INSERT ... VALUES (?, ?), (?, ?) ON CONFLICT ...`,
    /// `SELECT ... WHERE id IN (?, ?, ?)`).
    init(size: Int, prefix: String, row: String, separator: String = ", ", suffix: String = "") {
        self.size = size
        sql = (0...size).map { prefix + repeatElement(row, count: $0).joined(separator: separator) + suffix }
    }

    /// Runs the statement on `items`, `size` at a time, each item's parameters from `values`.
    func run<T>(_ items: [T], in db: SQLiteDatabase, values: (T) -> [SQLiteValue]) throws {
        try forEachChunk(of: items, values: values) { try db.run($0, $1) }
    }

    /// The rows the query gives for `items`, `size` at a time; `row` reads each.
    func query<T, R>(_ items: [T], in db: SQLiteDatabase, values: (T) -> [SQLiteValue],
                     row: (SQLiteStatement) throws -> R) throws -> [R] {
        var found: [R] = []
        try forEachChunk(of: items, values: values) { found += try db.query($0, $1, row: row) }
        return found
    }

    private func forEachChunk<T>(of items: [T], values: (T) -> [SQLiteValue], _ body: (String, [SQLiteValue]) throws -> Void) throws {
        var start = 0
        while start < items.count {
            let end = min(start + size, items.count)
            var bound: [SQLiteValue] = []
            for item in items[start..<end] { bound += values(item) }
            try body(sql[end - start], bound)
            start = end
        }
    }
}
