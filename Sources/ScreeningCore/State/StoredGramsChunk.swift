/// Stored mentions as a rescan's scan reads them, a chunk at a time: their ids, whether each
/// is a person's name, and their grams, all in the buffers the `mention_grams` rows were
/// read into (a few allocations per chunk instead of one per mention: a scan reads
/// hundreds of thousands of mentions).
///
/// A row's blob packs its mentions one after another as native 64-bit integers: the id, then
/// the gram count shifted left by one with the person flag in the low bit, then the grams.
struct StoredGramsChunk: Sendable {
    private(set) var ids: [Int64] = []
    private(set) var asPerson: [Bool] = []
    /// Where each mention's grams are in `buffer`.
    private var ranges: [Range<Int>] = []
    private var buffer: [UInt64] = []

    var count: Int { ids.count }

    /// The grams of the mention at `position`.
    func grams(at position: Int) -> ArraySlice<UInt64> {
        buffer[ranges[position]]
    }

    /// Calls `body` with a reader of each position's grams in place: the worker threads
    /// testing a chunk would otherwise retain and release the one shared buffer for every
    /// mention, and those counts bounce between the cores.
    func withGrams<R>(_ body: ((Int) -> UnsafeBufferPointer<UInt64>) -> R) -> R {
        buffer.withUnsafeBufferPointer { all in
            ranges.withUnsafeBufferPointer { ranges in
                body { UnsafeBufferPointer(rebasing: all[ranges[$0]]) }
            }
        }
    }

    /// Empties the chunk, keeping its buffers' capacity for the next fill.
    mutating func removeAll() {
        ids.removeAll(keepingCapacity: true)
        asPerson.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends the mentions packed in the blob in `column` of `row` (a `mention_grams` row's
    /// data) that `keep` accepts by their person flag. Returns false when the packing is cut
    /// short (a damaged row): the mentions before the damage are kept.
    mutating func append(packedIn row: SQLiteStatement, column: Int, keep: (Bool) -> Bool = { _ in true }) -> Bool {
        var position = buffer.count
        row.appendIntegers(column, to: &buffer)
        let end = buffer.count
        while position + 2 <= end {
            let header = buffer[position + 1]
            let gramsStart = position + 2
            guard header >> 1 <= UInt64(end - gramsStart) else { return false }
            let gramsEnd = gramsStart + Int(header >> 1)
            let isPerson = header & 1 == 1
            if keep(isPerson) {
                ids.append(Int64(bitPattern: buffer[position]))
                asPerson.append(isPerson)
                ranges.append(gramsStart..<gramsEnd)
            }
            position = gramsEnd
        }
        return position == end
    }

    /// Packs a mention as a `mention_grams` row holds it.
    static func pack(id: Int64, asPerson: Bool, grams: [UInt64], into packed: inout [UInt64]) {
        packed.append(UInt64(bitPattern: id))
        packed.append(UInt64(grams.count) << 1 | (asPerson ? 1 : 0))
        packed.append(contentsOf: grams)
    }
}
