import Foundation

/// Splits a byte buffer into lines and tab-separated fields without building a `String`
/// per line: the tables load at start-up and must stay well under 50 ms.
struct TableLines: Sequence {
    let bytes: [UInt8]

    /// Reads a whole table file.
    init(contentsOf url: URL) throws {
        bytes = [UInt8](try Data(contentsOf: url))
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var position = 0

        /// The next non-empty, non-comment line, as the ranges of its tab-separated fields.
        mutating func next() -> [Range<Int>]? {
            while position < bytes.count {
                let start = position
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                position = end + 1
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd == start || bytes[start] == UInt8(ascii: "#") { continue }
                var fields: [Range<Int>] = []
                fields.reserveCapacity(8)   // one allocation a line: growing it was a sixth of loading the tables
                var fieldStart = start
                for i in start..<lineEnd where bytes[i] == 0x09 {
                    fields.append(fieldStart..<i)
                    fieldStart = i + 1
                }
                fields.append(fieldStart..<lineEnd)
                return fields
            }
            return nil
        }
    }
}

extension TableLines {
    /// The field as a `String`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The field parsed as a hexadecimal number (nil if empty or malformed).
    func hex(_ range: Range<Int>) -> UInt32? {
        if range.isEmpty { return nil }
        var value: UInt32 = 0
        for i in range {
            let b = bytes[i]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value &* 16 &+ digit
        }
        return value
    }

    /// The field as a list of space-separated hexadecimal scalars.
    func hexList(_ range: Range<Int>) -> [UInt32] {
        var result: [UInt32] = []
        var start = range.lowerBound
        for i in range.lowerBound...range.upperBound {
            if i == range.upperBound || bytes[i] == 0x20 {
                if let v = hex(start..<i) { result.append(v) }
                start = i + 1
            }
        }
        return result
    }

    /// The first Unicode scalar of a field.
    func firstScalar(_ range: Range<Int>) -> UInt32? {
        // Decoded in place by the standard library's parser (U+FFFD for broken UTF-8, as a
        // string would): a string made for each of han.tsv's 46,000 lines was slow.
        var bytes = self.bytes[range].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        switch parser.parseScalar(from: &bytes) {
        case .valid(let encoded): return Unicode.UTF8.decode(encoded).value
        case .error: return 0xFFFD
        case .emptyInput: return nil
        }
    }
}
