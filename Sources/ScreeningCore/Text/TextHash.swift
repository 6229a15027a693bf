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

    /// A hash built byte by byte (or scalar by scalar); equals `of` over the same UTF-8.
    public struct Stream {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        public init() {}

        @inline(__always)
        public mutating func add(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

        /// Adds a scalar as its UTF-8 bytes.
        @inline(__always)
        public mutating func add(scalar cp: UInt32) {
            switch cp {
            case 0..<0x80: add(UInt8(cp))
            case 0x80..<0x800:
                add(UInt8(0xC0 | (cp >> 6))); add(UInt8(0x80 | (cp & 0x3F)))
            case 0x800..<0x10000:
                add(UInt8(0xE0 | (cp >> 12))); add(UInt8(0x80 | ((cp >> 6) & 0x3F))); add(UInt8(0x80 | (cp & 0x3F)))
            default:
                add(UInt8(0xF0 | (cp >> 18))); add(UInt8(0x80 | ((cp >> 12) & 0x3F)))
                add(UInt8(0x80 | ((cp >> 6) & 0x3F))); add(UInt8(0x80 | (cp & 0x3F)))
            }
        }

        /// Adds a string's UTF-8 bytes.
        @inline(__always)
        public mutating func add(_ text: String) {
            for byte in text.utf8 { add(byte) }
        }

        public var value: UInt64 { mix(h) }
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
