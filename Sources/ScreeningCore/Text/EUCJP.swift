import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decoding of EUC-JP, the encoding of the EDRDG dictionaries Debian ships.
enum EUCJP {
    /// Decodes EUC-JP bytes to UTF-8 bytes with the C library's iconv; nil if unavailable.
    static func utf8(from bytes: [UInt8]) -> [UInt8]? {
        let converter = iconv_open("UTF-8", "EUC-JP")
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 16)
        var produced = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
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
