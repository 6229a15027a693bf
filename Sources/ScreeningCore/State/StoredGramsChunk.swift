/// Stored mentions as a rescan's scan reads them, a chunk at a time: their ids, whether each
/// is a person's name, and their grams, all in the buffers the `mention_grams` rows were
/// read into (a few allocations per chunk instead of one per mention: a scan reads
/// hundreds of thousands of mentions).
///
/// A row's blob packs its mentions one after another as native 64-bit integers: the id, then
/// the gram count shifted left by one with the person flag in the low bit, then the grams.
struct StoredGramsChunk: Sendable {
    /// Where each mention's packing starts in `buffer` (its id; the header and grams
    /// follow): the only thing the reading thread notes of each mention, so that the
    /// worker threads, not it, take the rest apart.
    private var starts: [Int] = []
    private var buffer: [UInt64] = []

    var count: Int { starts.count }

    /// The id of the mention at `position`.
    func id(at position: Int) -> Int64 { Int64(bitPattern: buffer[starts[position]]) }

    /// Whether the mention at `position` is a person's name.
    func isPerson(at position: Int) -> Bool { buffer[starts[position] + 1] & 1 == 1 }

    /// Every mention's id and person flag, in order.
    var ids: [Int64] { (0..<count).map(id(at:)) }
    var asPerson: [Bool] { (0..<count).map(isPerson(at:)) }

    /// The grams of the mention at `position`.
    func grams(at position: Int) -> ArraySlice<UInt64> {
        let start = starts[position] + 2
        return buffer[start..<(start + Int(buffer[start - 1] >> 1))]
    }

    /// Calls `body` with a reader of each position's person flag and grams in place: the
    /// worker threads testing a chunk would otherwise retain and release the one shared
    /// buffer for every mention, and those counts bounce between the cores.
    func withGrams<R>(_ body: ((Int) -> (isPerson: Bool, grams: UnsafeBufferPointer<UInt64>)) -> R) -> R {
        buffer.withUnsafeBufferPointer { all in
            starts.withUnsafeBufferPointer { starts in
                body { position in
                    let start = starts[position], header = all[start + 1]
                    return (header & 1 == 1, UnsafeBufferPointer(rebasing: all[(start + 2)..<(start + 2 + Int(header >> 1))]))
                }
            }
        }
    }

    /// Empties the chunk, keeping its buffers' capacity for the next fill.
    mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends the mentions packed in the blob in `column` of `row` (a `mention_grams` row's
    /// data) that `keep` accepts by their person flag. Returns false when the packing is cut
    /// short (a damaged row): the mentions before the damage are kept.
    mutating func append(packedIn row: SQLiteStatement, column: Int, keep: (Bool) -> Bool = { _ in true }) -> Bool {
        var position = buffer.count
        row.appendIntegers(column, to: &buffer)
        let end = buffer.count
        let (persons, others) = (keep(true), keep(false))
        return buffer.withUnsafeBufferPointer { all in
            while position + 2 <= end {
                let header = all[position + 1]
                guard header >> 1 <= UInt64(end - position - 2) else { return false }
                if header & 1 == 1 ? persons : others { starts.append(position) }
                position += 2 + Int(header >> 1)
            }
            return position == end
        }
    }

    /// Packs a mention as a `mention_grams` row holds it.
    static func pack(id: Int64, asPerson: Bool, grams: [UInt64], into packed: inout [UInt64]) {
        packed.append(UInt64(bitPattern: id))
        packed.append(UInt64(grams.count) << 1 | (asPerson ? 1 : 0))
        packed.append(contentsOf: grams)
    }
}
