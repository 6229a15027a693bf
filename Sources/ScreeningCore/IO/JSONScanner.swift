import Foundation

/// A strict JSON (RFC 8259) scanner over one line, for the flat canonical shapes.
///
/// Hand-written because Foundation's decoders run at a fraction of the speed screening
/// needs; it still accepts exactly JSON: escapes and surrogate pairs are decoded, UTF-8 is
/// validated, and members the caller does not know are skipped whatever their type.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// Deeper nesting than this in a skipped value is rejected rather than risking the stack.
    static let maximumDepth = 256

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A
    }

    /// Whether `text` is empty or white space only (a printable ASCII character answers
    /// without reading Unicode's properties: this runs for every mention screened).
    static func isBlank(_ text: String) -> Bool {
        !text.unicodeScalars.contains { (0x21..<0x7F).contains($0.value) || !$0.properties.isWhitespace }
    }

    func error(_ what: String) -> JSONLineError {
        JSONLineError(position < bytes.count ? "malformed JSON at byte \(position + 1): \(what)"
                                             : "malformed JSON at the end of the line: \(what)")
    }

    mutating func skipWhitespace() {
        while position < bytes.count && JSONScanner.isWhitespace(bytes[position]) { position += 1 }
    }

    /// The next byte after white space, without consuming it (nil at the end).
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : nil
    }

    mutating func expect(_ b: UInt8, _ what: String) throws(JSONLineError) {
        guard peek() == b else { throw error("expected \(what)") }
        position += 1
    }

    /// Consumes the `{` that opens the line's object.
    mutating func beginTopObject(_ what: String) throws(JSONLineError) {
        guard peek() == UInt8(ascii: "{") else { throw error("expected \(what) (a JSON object)") }
        position += 1
    }

    /// Checks that only white space follows the line's object.
    mutating func end() throws(JSONLineError) {
        if peek() != nil { throw error("unexpected text after the object") }
    }

    /// The key of the next member, or nil after the closing `}`. `first` tracks whether a
    /// comma is due; set it to true after the opening `{`.
    mutating func nextKey(_ first: inout Bool) throws(JSONLineError) -> String? {
        let b = peek()
        if b == UInt8(ascii: "}") { position += 1; return nil }
        if !first {
            guard b == UInt8(ascii: ",") else { throw error("expected ',' or '}'") }
            position += 1
        }
        first = false
        guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name") }
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':'")
        return key
    }

    /// Consumes `null` if it comes next.
    mutating func readNull() -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        return (try? readLiteral("null")) != nil
    }

    /// A string value.
    mutating func readString() throws(JSONLineError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw error("expected a string") }
        position += 1
        let start = position
        var ascii = true
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
                if !ascii && !JSONScanner.isValidUTF8(text) { throw error("invalid UTF-8 in a string") }
                position += 1
                return String(decoding: text, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if b < 0x20 { throw error("control character in a string") }
            if b >= 0x80 { ascii = false }
            position += 1
        }
        throw error("unterminated string")
    }

    /// A string or null (nil).
    mutating func readOptionalString() throws(JSONLineError) -> String? {
        if readNull() { return nil }
        return try readString()
    }

    /// An array of strings; null reads as empty.
    mutating func readStringArray() throws(JSONLineError) -> [String] {
        if readNull() { return [] }
        guard peek() == UInt8(ascii: "[") else { throw error("expected an array of strings") }
        position += 1
        var result: [String] = []
        if peek() == UInt8(ascii: "]") { position += 1; return result }
        while true {
            result.append(try readString())
            let b = peek()
            position += 1
            if b == UInt8(ascii: "]") { return result }
            guard b == UInt8(ascii: ",") else { position -= 1; throw error("expected ',' or ']'") }
        }
    }

    /// Skips one value of any type, checking that it is well-formed JSON.
    mutating func skipValue(depth: Int = 0) throws(JSONLineError) {
        guard depth < JSONScanner.maximumDepth else { throw error("nested too deeply") }
        guard let b = peek() else { throw error("expected a value") }
        switch b {
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "{"):
            position += 1
            var first = true
            while try nextKey(&first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            position += 1
            if peek() == UInt8(ascii: "]") { position += 1; return }
            while true {
                try skipValue(depth: depth + 1)
                let next = peek()
                position += 1
                if next == UInt8(ascii: "]") { return }
                guard next == UInt8(ascii: ",") else { position -= 1; throw error("expected ',' or ']'") }
            }
        case UInt8(ascii: "t"): try readLiteral("true")
        case UInt8(ascii: "f"): try readLiteral("false")
        case UInt8(ascii: "n"): try readLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw error("expected a value")
        }
    }

    private mutating func readLiteral(_ literal: StaticString) throws(JSONLineError) {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("expected a value") }
        for k in 0..<count where bytes[position + k] != literal.utf8Start[k] { throw error("expected a value") }
        position += count
    }

    private mutating func skipNumber() throws(JSONLineError) {
        func digit(_ p: Int) -> Bool { p < bytes.count && bytes[p] >= 0x30 && bytes[p] <= 0x39 }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digit(position) else { throw error("malformed number") }
        if bytes[position] == UInt8(ascii: "0") { position += 1 } else { while digit(position) { position += 1 } }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digit(position) else { throw error("malformed number") }
            while digit(position) { position += 1 }
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
                position += 1
            }
            guard digit(position) else { throw error("malformed number") }
            while digit(position) { position += 1 }
        }
    }

    /// The slow path of `readString`, from the first backslash on.
    private mutating func readEscapedString(from start: Int) throws(JSONLineError) -> String {
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<position]))
        var rawNonASCII = false
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                // Escapes always produce valid UTF-8, so only raw bytes need checking.
                if rawNonASCII || out.contains(where: { $0 >= 0x80 }) {
                    let valid = out.withUnsafeBufferPointer { JSONScanner.isValidUTF8($0) }
                    if !valid { throw error("invalid UTF-8 in a string") }
                }
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error("control character in a string") }
            if b >= 0x80 { rawNonASCII = true }
            guard b == UInt8(ascii: "\\") else { out.append(b); position += 1; continue }
            position += 1
            guard position < bytes.count else { break }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                          bytes[position + 1] == UInt8(ascii: "u") else { throw error("lone surrogate in \\u escape") }
                    position += 2
                    let low = try readHex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw error("lone surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw error("lone surrogate in \\u escape")
                }
                JSONScanner.appendUTF8(scalar, to: &out)
            default:
                position -= 1
                throw error("invalid escape")
            }
        }
        throw error("unterminated string")
    }

    private mutating func readHex4() throws(JSONLineError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80: out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        func continuation(_ k: Int) -> Bool { k < n && s[k] & 0xC0 == 0x80 }
        while i < n {
            let b = s[i]
            if b < 0x80 { i += 1; continue }
            switch b {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(i + 1), continuation(i + 2) else { return false }
                let b1 = s[i + 1]
                if b == 0xE0 && b1 < 0xA0 { return false }   // overlong
                if b == 0xED && b1 >= 0xA0 { return false }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                let b1 = s[i + 1]
                if b == 0xF0 && b1 < 0x90 { return false }   // overlong
                if b == 0xF4 && b1 >= 0x90 { return false }  // above U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
