/// Levenshtein distance with a bound: nil as soon as it must exceed `limit`, so a typo
/// check costs a few operations, not a full table.
enum EditDistance {
    static func bounded(_ a: String, _ b: String, limit: Int) -> Int? {
        // Native strings lend their UTF-8 in place: no arrays for the words (this runs for
        // every long word pair that verification cannot tell apart by hash or sound).
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in bounded(x, y, limit: limit) } }
    }

    static func bounded(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty || y.isEmpty {
            let distance = max(x.count, y.count)
            return distance <= limit ? distance : nil
        }
        // Two rows of the table, on the stack for words of ordinary length.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { rows -> Int? in
            var previous = rows.baseAddress!, current = previous + (y.count + 1)
            for j in 0...y.count { previous[j] = j }
            for i in 1...x.count {
                current[0] = i
                var rowMinimum = i
                let letter = x[i - 1]
                for j in 1...y.count {
                    let cost = letter == y[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                swap(&previous, &current)
            }
            let distance = previous[y.count]
            return distance <= limit ? distance : nil
        }
    }
}
