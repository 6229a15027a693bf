/// A fast, stable 64-bit hash of text (FNV-1a over UTF-8, then a final mix), used for
/// dictionary indexes and, later, n-gram keys. Stable across runs and machines, unlike
/// Swift's randomly seeded `Hasher`, so it can be stored.
public enum TextHash {
    /// The hash of a string's UTF-8 bytes.
    @inline(__always)
    public static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of(bytes: $0) }
    }

    /// The hash of a byte sequence.
    @inline(__always)
    public static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return mix(h)
    }

    /// A final avalanche so that nearby inputs spread over all bits (splitmix64's finalizer).
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
