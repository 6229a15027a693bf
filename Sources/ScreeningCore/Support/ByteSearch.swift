/// A run of bytes looked for in a text's UTF-8, ASCII capitals folded to lower case when
/// asked: where Foundation's search, thousands of instructions a call, is not needed (a
/// label the program wrote itself, the first letters of a word, a word of letters no other
/// character folds to).
enum ByteSearch {
    /// The offset in `text`'s UTF-8 just past the first occurrence of `needle`; nil when
    /// there is none or `needle` is empty.
    static func end(of needle: some Collection<UInt8>, in text: String, foldingCase: Bool) -> Int? {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { foldingCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let wanted = needle.map(folded)
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard let first = wanted.first, bytes.count >= wanted.count else { return nil }
            for start in 0...(bytes.count - wanted.count) where folded(bytes[start]) == first {
                if (1..<wanted.count).allSatisfy({ folded(bytes[start + $0]) == wanted[$0] }) { return start + wanted.count }
            }
            return nil
        }
    }
}
