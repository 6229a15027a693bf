/// A stable least-significant-digit radix sort of 64-bit keys, four passes of 16 bits, each
/// key carrying a value along. For hashes by the million: the standard library's merge sort of
/// (hash, offset) pairs was a seventh of the Japanese dictionaries' load (perf of
/// `entity-screen normalize` on a Han string).
enum RadixSort {
    /// Sorts `keys` ascending and moves `values[i]` with `keys[i]`; equal keys keep their order.
    static func sort(_ keys: inout [UInt64], carrying values: inout [UInt32]) {
        precondition(keys.count == values.count, "one value per key")
        let n = keys.count
        guard n > 1 else { return }
        var otherKeys = [UInt64](repeating: 0, count: n)
        var otherValues = [UInt32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for pass in 0..<4 {
            let shift = UInt64(pass * 16)
            keys.withUnsafeBufferPointer { k in
                values.withUnsafeBufferPointer { v in
                    otherKeys.withUnsafeMutableBufferPointer { k2 in
                        otherValues.withUnsafeMutableBufferPointer { v2 in
                            counts.withUnsafeMutableBufferPointer { c in
                                for i in 0..<c.count { c[i] = 0 }
                                for key in k { c[Int((key >> shift) & 0xFFFF)] += 1 }
                                var total = 0
                                for i in 0..<c.count { let count = c[i]; c[i] = total; total += count }
                                for i in 0..<n {
                                    let digit = Int((k[i] >> shift) & 0xFFFF)
                                    let to = c[digit]
                                    c[digit] = to + 1
                                    k2[to] = k[i]
                                    v2[to] = v[i]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &otherKeys)
            swap(&values, &otherValues)
        }
    }
}
