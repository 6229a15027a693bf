/// A fast hash of byte strings for in-memory tables, eight bytes at a step, seeded anew in
/// every process (as Swift's `Hasher` is, so that no input can be made to collide on
/// purpose across runs). For a run's mentions: Swift's `Hasher` (SipHash-1-3, through its
/// generic combining calls) showed in the profile of the thread that reads records. Not
/// stable: never store it (`TextHash` is the stable one).
struct SeededByteHash {
    private static let seed = UInt64.random(in: .min ... .max)
    private var state = SeededByteHash.seed

    /// Adds `bytes` and their count.
    @inline(__always)
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            step(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail = UInt64(bytes.count) << 56
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        step(tail)
    }

    /// Adds a string's UTF-8 bytes (read in place when the string holds them so) and their count.
    @inline(__always)
    mutating func combine(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ combine(UnsafeRawBufferPointer($0)) }) == nil {
            Array(text.utf8).withUnsafeBytes { combine($0) }
        }
    }

    /// Adds one word.
    @inline(__always)
    mutating func step(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    /// The hash, every input bit spread over all its bits.
    var value: Int { Int(truncatingIfNeeded: TextHash.mix(state)) }
}
