/// Stored mentions as a rescan's scan reads them, a chunk at a time: their ids, whether each
/// is a person's name, and all their grams in one buffer (one allocation per chunk instead
/// of one per mention: a scan reads hundreds of thousands of mentions).
struct StoredGramsChunk: Sendable {
    private(set) var ids: [Int64] = []
    private(set) var asPerson: [Bool] = []
    /// Where each mention's grams end in `grams`.
    private var ends: [Int] = []
    private var grams: [UInt64] = []

    var count: Int { ids.count }

    /// The grams of the mention at `position`.
    func grams(at position: Int) -> ArraySlice<UInt64> {
        grams[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
    }

    /// Appends a mention, its grams read from the blob in `column` of `row`.
    mutating func append(id: Int64, asPerson: Bool, gramsIn row: SQLiteStatement, column: Int) {
        ids.append(id)
        self.asPerson.append(asPerson)
        row.appendIntegers(column, to: &grams)
        ends.append(grams.count)
    }
}
