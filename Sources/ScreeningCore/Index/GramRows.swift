/// Numbers distinct grams in the order they first appear: the index's rows. Numbering the
/// aliases' grams alias by alias gives every row its alias ids already in order, so the
/// postings are filled by counting rather than by sorting every (gram, alias) pair.
struct GramRows {
    /// Gram → row, for every gram numbered so far.
    private(set) var table: HashIndex
    /// Each row's gram.
    private(set) var grams: [UInt64] = []
    /// How many rows `table` holds before it is rebuilt larger (it stays under half full).
    private var capacity: Int

    init(expected: Int) {
        capacity = max(1024, expected)
        table = HashIndex(capacity: capacity)
    }

    /// Gram → row in a table sized for the rows there are (the growing one may be twice as
    /// large as needed; the index keeps its table for good).
    func compactTable() -> HashIndex {
        let compact = HashIndex(capacity: grams.count)
        for (row, gram) in grams.enumerated() { compact.insert(gram, Int32(row)) }
        return compact
    }

    /// The row of `gram`, numbered now if new.
    mutating func row(of gram: UInt64) -> Int32 {
        if grams.count == capacity {
            capacity *= 2
            table = HashIndex(capacity: capacity)
            for (row, known) in grams.enumerated() { table.insert(known, Int32(row)) }
        }
        let row = table.value(for: gram, insertingIfAbsent: Int32(grams.count))
        if Int(row) == grams.count { grams.append(gram) }
        return row
    }
}
