import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decoding of EUC-JP, the encoding of the EDRDG dictionaries Debian ships, by table: the
/// two planes of two-byte characters (JIS X 0208, and JIS X 0212 after the 0x8F prefix, 94 × 94
/// cells each) are decoded once through the C library's iconv, every character after by
/// lookup. iconv over the dictionaries' 46 MB was a fifth of their load (perf of
/// `entity-screen normalize` on a Han string), and its UTF-8 copy held 70 MB; with the table
/// the dictionaries stay as read and each line is decoded when used.
struct EUCJP: Sendable {
    /// JIS X 0208 then JIS X 0212: cell (row − 0xA1) × 94 + (column − 0xA1) of each; 0 where
    /// iconv decodes nothing.
    private let cells: [UInt32]
    /// What iconv makes of each byte from 0x80 that leads no character (C1 controls), or 0.
    private let singles: [UInt32]
    private static let cellsPerPlane = 94 * 94

    /// The decoder, or nil when the C library has no EUC-JP converter.
    static let shared: EUCJP? = EUCJP()

    private init?() {
        let converter = iconv_open("UTF-8", "EUC-JP")
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var cells = [UInt32](repeating: 0, count: 2 * Self.cellsPerPlane)
        for plane in 0..<2 {
            for row in 0..<94 {
                for column in 0..<94 {
                    let bytes: [UInt8] = (plane == 1 ? [0x8F] : []) + [UInt8(0xA1 + row), UInt8(0xA1 + column)]
                    let scalars = String(decoding: Self.iconvUTF8(bytes, converter: converter), as: UTF8.self).unicodeScalars
                    // (Nothing above the Basic Multilingual Plane: `utf8` writes three bytes at most.)
                    if scalars.count == 1, let scalar = scalars.first?.value, scalar < 0x10000 {
                        cells[plane * Self.cellsPerPlane + row * 94 + column] = scalar
                    }
                }
            }
        }
        self.cells = cells
        singles = (0x80...0xFF).map { (byte: Int) -> UInt32 in
            // Followed by an ASCII letter, so that a byte that leads a character is not read as one.
            let decoded = Array(String(decoding: Self.iconvUTF8([UInt8(byte), 0x41], converter: converter), as: UTF8.self).unicodeScalars)
            return decoded.count == 2 && decoded[1] == "A" ? decoded[0].value : 0
        }
    }

    /// The scalar at `i` and the bytes it takes; scalar 0 for a byte iconv cannot decode
    /// (skipped alone, as iconv is made to skip it).
    @inline(__always)
    func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        @inline(__always) func trail(_ k: Int) -> Int? {
            k < b.count && b[k] >= 0xA1 && b[k] <= 0xFE ? Int(b[k]) - 0xA1 : nil
        }
        switch b0 {
        case 0xA1...0xFE:
            if let column = trail(i + 1) {
                let scalar = cells[(Int(b0) - 0xA1) * 94 + column]
                if scalar != 0 { return (scalar, 2) }
            }
        case 0x8E:
            // Half-width katakana.
            if i + 1 < b.count, (0xA1...0xDF).contains(b[i + 1]) { return (0xFF61 + UInt32(b[i + 1] - 0xA1), 2) }
        case 0x8F:
            if let row = trail(i + 1), let column = trail(i + 2) {
                let scalar = cells[Self.cellsPerPlane + row * 94 + column]
                if scalar != 0 { return (scalar, 3) }
            }
        default: break
        }
        return (singles[Int(b0) - 0x80], 1)
    }

    /// The bytes from `start` to `end` as UTF-8.
    func utf8(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [UInt8] {
        // No character grows more than twice (a C1 control, one byte to two). Written
        // through a pointer: appended byte by byte, a dictionary line's decoding took
        // several times the instructions (callgrind of Han names' forms).
        [UInt8](unsafeUninitializedCapacity: max(0, end - start) * 2) { out, count in
            var n = 0, i = start
            while i < end {
                let b0 = b[i]
                if b0 < 0x80 { out[n] = b0; n += 1; i += 1; continue }
                let (scalar, length) = decode(b, at: i)
                i += length
                switch scalar {
                case 0: break
                case 1..<0x80: out[n] = UInt8(scalar); n += 1
                case 0x80..<0x800:
                    out[n] = UInt8(0xC0 | scalar >> 6); out[n + 1] = UInt8(0x80 | scalar & 0x3F); n += 2
                default:
                    out[n] = UInt8(0xE0 | scalar >> 12); out[n + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    out[n + 2] = UInt8(0x80 | scalar & 0x3F); n += 3
                }
            }
            count = n
        }
    }

    /// All of `bytes` as UTF-8.
    func utf8(from bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { utf8($0, from: 0, to: $0.count) }
    }

    /// `bytes` decoded by iconv itself, an undecodable byte skipped: what the table is made
    /// from, and what tests compare it with over whole dictionaries.
    static func iconvUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        let converter = iconv_open("UTF-8", "EUC-JP")
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        return iconvUTF8(bytes, converter: converter)
    }

    private static func iconvUTF8(_ bytes: [UInt8], converter: iconv_t?) -> [UInt8] {
        // Back to the initial state: a conversion cut short must not carry into the next.
        iconv(converter, nil, nil, nil, nil)
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 16)
        var produced = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        // Skip one undecodable byte and go on: one bad entry must not lose the rest.
                        if errno == EILSEQ || errno == EINVAL {
                            inPointer = inPointer.map { $0 + 1 }
                            inLeft -= 1
                            continue
                        }
                        break
                    }
                }
                produced = outBuffer.count - outLeft
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
