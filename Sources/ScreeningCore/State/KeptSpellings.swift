/// The spellings of the entities of one `entity_forms` batch (`KeptIndexForms`), in one
/// text: a rescan reads them instead of making every entry's spellings again (a third of
/// the rescan benchmark's index phase).
///
/// Each entity's group, in the batch's id order, ends at a group separator (U+001D). A
/// group is empty when its spellings were not kept (a store made before they were, or a
/// spelling holding one of the three separators), else "s" followed by each spelling: a
/// record separator (U+001E), then "1" or "0" for `primary` and its derivation's `code`
/// ("-" for a listed spelling), the spelling, and the listed one it was made from, each
/// after a unit separator (U+001F).
enum KeptSpellings {
    private static let (group, record, unit): (UInt8, UInt8, UInt8) = (0x1D, 0x1E, 0x1F)
    private static let separators: Set<UInt8> = [group, record, unit]

    /// One entity's group, its separator included.
    static func group(of spellings: [IndexedForms.Spelling]) -> String {
        let fields = spellings.flatMap { [$0.text, $0.listed ?? ""] }
        guard !fields.contains(where: { $0.utf8.contains(where: separators.contains) }) else { return "\u{1D}" }
        var text = "s"
        for spelling in spellings {
            text += "\u{1E}" + (spelling.primary ? "1" : "0") + (spelling.derivation.map { String($0.code) } ?? "-")
            text += "\u{1F}" + spelling.text + "\u{1F}" + (spelling.listed ?? "")
        }
        return text + "\u{1D}"
    }

    /// Each group's spellings, in order (nil where not kept or unreadable); `count`
    /// groups, the missing ones nil. Read byte by byte in the text's own buffer: split
    /// through `Substring`'s views, a list's 20,000 spellings took 25 ms.
    static func groups(in text: String, count: Int) -> [[IndexedForms.Spelling]?] {
        var text = text
        var groups: [[IndexedForms.Spelling]?] = []
        groups.reserveCapacity(count)
        text.withUTF8 { bytes in
            var start = 0
            while groups.count < count, start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != group { end += 1 }
                groups.append(spellings(in: UnsafeBufferPointer(rebasing: bytes[start..<end])))
                start = end + 1
            }
        }
        if groups.count < count { groups += Array(repeating: nil, count: count - groups.count) }
        return groups
    }

    /// The spellings of one group (without its separator).
    private static func spellings(in group: UnsafeBufferPointer<UInt8>) -> [IndexedForms.Spelling]? {
        guard group.first == UInt8(ascii: "s") else { return nil }
        var spellings: [IndexedForms.Spelling] = []
        var position = 1
        while position < group.count {
            guard group[position] == record else { return nil }
            // The three fields, each up to the next unit or record separator.
            var fields: [UnsafeBufferPointer<UInt8>] = []
            var start = position + 1
            for field in 0..<3 {
                var end = start
                while end < group.count && group[end] != unit && group[end] != record { end += 1 }
                fields.append(UnsafeBufferPointer(rebasing: group[start..<end]))
                guard field == 2 || (end < group.count && group[end] == unit) else { return nil }
                start = end + 1
            }
            position = start - 1
            let head = fields[0]
            guard let flag = head.first else { return nil }
            var derivation: EntityIndex.Alias.Derivation?
            if !(head.count == 2 && head[1] == UInt8(ascii: "-")) {
                var code = 0
                for byte in head.dropFirst() {
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), code < 1_000 else { return nil }
                    code = code * 10 + Int(byte - UInt8(ascii: "0"))
                }
                guard head.count > 1, let made = EntityIndex.Alias.Derivation(code: code, listed: String(decoding: fields[2], as: UTF8.self)) else {
                    return nil
                }
                derivation = made
            }
            spellings.append(IndexedForms.Spelling(text: String(decoding: fields[1], as: UTF8.self), primary: flag == UInt8(ascii: "1"),
                                                   derivation: derivation))
        }
        return spellings
    }
}
