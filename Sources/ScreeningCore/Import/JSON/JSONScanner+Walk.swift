/// Walking nested JSON (OpenAlex, Crossref, FollowTheMoney) with the canonical formats'
/// fast scanner: members and elements are visited in place, unknown ones skipped.
extension JSONScanner {
    /// Calls `body` with each member name of the object that comes next; `body` must read
    /// or skip the value. Null reads as an empty object.
    mutating func forEachMember(_ body: (String, inout JSONScanner) throws(JSONLineError) -> Void) throws(JSONLineError) {
        if readNull() { return }
        try expect(UInt8(ascii: "{"), "an object")
        var first = true
        while let key = try nextKey(&first) { try body(key, &self) }
    }

    /// Calls `body` for each element of the array that comes next; `body` must read or skip
    /// the element. Null reads as an empty array.
    mutating func forEachElement(_ body: (inout JSONScanner) throws(JSONLineError) -> Void) throws(JSONLineError) {
        if readNull() { return }
        try expect(UInt8(ascii: "["), "an array")
        if peek() == UInt8(ascii: "]") { position += 1; return }
        while true {
            try body(&self)
            if peek() == UInt8(ascii: "]") { position += 1; return }
            try expect(UInt8(ascii: ","), "',' or ']'")
        }
    }

    /// A string, or a number as written; nil for null or any other value (skipped).
    mutating func readScalarText() throws(JSONLineError) -> String? {
        guard let b = peek() else { throw error("expected a value") }
        if b == UInt8(ascii: "\"") { return try readString() }
        if b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) {
            let start = position
            try skipValue()
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        try skipValue()
        return nil
    }

    /// Strings of an array (non-string elements skipped), or a single string as one
    /// element; null reads as empty.
    mutating func readStrings() throws(JSONLineError) -> [String] {
        if peek() == UInt8(ascii: "\"") { return [try readString()] }
        var result: [String] = []
        try forEachElement { s throws(JSONLineError) in
            if let text = try s.readScalarText() { result.append(text) }
        }
        return result
    }

    /// Parses a whole buffer as one JSON value with `body`, checking nothing follows it.
    static func scan<T>(_ bytes: ArraySlice<UInt8>, _ body: (inout JSONScanner) throws(JSONLineError) -> T) throws(JSONLineError) -> T {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<T, JSONLineError> in
            var scanner = JSONScanner(buffer)
            return Result { () throws(JSONLineError) in
                let value = try body(&scanner)
                try scanner.end()
                return value
            }
        }
        return try result.get()
    }
}

extension Array where Element == String {
    /// Appends `text` unless it is blank or already present (same text).
    mutating func appendDistinct(_ text: String?) {
        guard let text, !JSONScanner.isBlank(text), !contains(text) else { return }
        append(text)
    }
}
