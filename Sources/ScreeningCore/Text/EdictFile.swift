import Foundation

/// One EDICT-format dictionary (JMdict's `edict`, `enamdict`) held as its UTF-8 text with
/// a sorted index of headword hashes: a few bytes per entry instead of an object each, so
/// ENAMDICT's 740,000 names load in well under a second and cost little memory.
///
/// Headwords are indexed by their canonical Han form, so lookups with the normalizer's
/// canonical text find them whatever variant either side was written in.
final class EdictFile: Sendable {
    /// One dictionary entry.
    struct Entry: Sendable {
        var headword: String
        /// Kana readings (empty for kana-only headwords).
        var readings: [String]
        /// Glosses, without their part-of-speech and type tags.
        var glosses: [String]
        /// Type tags of ENAMDICT (s surname, m/f/g/u given name, h full name, p place, o organisation, c company).
        var tags: [String]
    }

    let text: [UInt8]
    let index: [(hash: UInt64, offset: UInt32)]
    /// Hash → position of its first entry in `index`: one probe instead of a binary search.
    let firstPosition: HashIndex

    /// Reads an EUC-JP EDICT file, indexing each headword by the hash of its canonical form
    /// (folded, Han canonical, kana as katakana), computed from the bytes without a `String`.
    init?(url: URL, tables: TextTables, skipFullNames: Bool = false) {
        guard let raw = try? Data(contentsOf: url), let utf8 = EUCJP.utf8(from: [UInt8](raw)) else { return nil }
        text = utf8
        var index: [(hash: UInt64, offset: UInt32)] = []
        index.reserveCapacity(utf8.count / 30)
        utf8.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var lineStart = 0
            var headwords: [UInt64] = []
            while lineStart < n {
                var i = lineStart
                var hash = TextHash.Stream()
                var inTag = false
                var empty = true
                headwords.removeAll(keepingCapacity: true)
                // Headwords: before the first space, separated by ';', each maybe with a (tag).
                while i < n && bytes[i] != 0x20 && bytes[i] != 0x0A {
                    let b = bytes[i]
                    if b == UInt8(ascii: ";") {
                        if !empty { headwords.append(hash.value) }
                        hash = TextHash.Stream(); inTag = false; empty = true; i += 1; continue
                    }
                    if b == UInt8(ascii: "(") { inTag = true }
                    let (cp, length) = EdictFile.decode(bytes, at: i)
                    i += length
                    if inTag { continue }
                    tables.fold(cp) { f in
                        let c = tables.scalarClass(f) == .han ? tables.han(f).canonical : Kana.katakana(f)
                        hash.add(scalar: c)
                    }
                    empty = false
                }
                if !empty { headwords.append(hash.value) }
                var lineEnd = i
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                // ENAMDICT's full names "(h)" are left out, so that 田中太郎 reads as surname + given name.
                if !(skipFullNames && EdictFile.isFullNameOnly(bytes, from: i, to: lineEnd)) {
                    for headword in headwords { index.append((headword, UInt32(lineStart))) }
                }
                lineStart = lineEnd + 1
            }
        }
        index.sort { $0.hash < $1.hash || ($0.hash == $1.hash && $0.offset < $1.offset) }
        self.index = index
        let firstPosition = HashIndex(capacity: index.count)
        for position in stride(from: index.count - 1, through: 0, by: -1) {
            firstPosition.insert(index[position].hash, Int32(position))
        }
        self.firstPosition = firstPosition
    }

    /// True when the entry's only tag is "(h)": "... /(h) Tanaka Tarou/".
    static func isFullNameOnly(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i + 4 < end && !(b[i] == UInt8(ascii: "/") && b[i + 1] == UInt8(ascii: "(")) { i += 1 }
        return i + 4 < end && b[i + 2] == UInt8(ascii: "h") && b[i + 3] == UInt8(ascii: ")")
    }

    /// Decodes one UTF-8 scalar (the text came from iconv, so it is valid).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < b.count { return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        if i + 3 < b.count {
            return (((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                | (UInt32(b[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The entries whose headword has this canonical key, in file order.
    func entries(_ key: String) -> [Entry] { entries(hash: TextHash.of(key)) }

    /// The entries whose headword's canonical form has this `TextHash`, in file order.
    func entries(hash: UInt64) -> [Entry] {
        guard let first = firstPosition.lookup(hash) else { return [] }
        var result: [Entry] = []
        var i = Int(first)
        while i < index.count && index[i].hash == hash {
            result.append(parse(at: Int(index[i].offset)))
            i += 1
        }
        return result
    }

    /// True if some headword has this canonical key.
    func contains(_ key: String) -> Bool { contains(hash: TextHash.of(key)) }

    /// True if some headword's canonical form has this `TextHash`.
    func contains(hash: UInt64) -> Bool { firstPosition.lookup(hash) != nil }

    /// Parses the line at `offset` on its bytes: `HEADWORD [READING;READING] /(tags) gloss/gloss/`.
    private func parse(at offset: Int) -> Entry {
        text.withUnsafeBufferPointer { b in
            var end = offset
            while end < b.count && b[end] != 0x0A { end += 1 }
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
            }
            var i = offset
            while i < end && b[i] != 0x20 && b[i] != UInt8(ascii: ";") && b[i] != UInt8(ascii: "(") { i += 1 }
            let headword = string(offset, i)
            while i < end && b[i] != 0x20 { i += 1 }
            while i < end && b[i] == 0x20 { i += 1 }
            var readings: [String] = []
            if i < end && b[i] == UInt8(ascii: "[") {
                i += 1
                var start = i
                var inTag = false
                while i < end && b[i] != UInt8(ascii: "]") {
                    if b[i] == UInt8(ascii: "(") { if !inTag { readings.append(string(start, i)) }; inTag = true }
                    if b[i] == UInt8(ascii: ";") {
                        if !inTag { readings.append(string(start, i)) }
                        inTag = false
                        start = i + 1
                    }
                    i += 1
                }
                if !inTag && i > start { readings.append(string(start, i)) }
                i += 1
            }
            var glosses: [String] = []
            var tags: [String] = []
            while i < end {
                while i < end && (b[i] == UInt8(ascii: "/") || b[i] == 0x20) { i += 1 }
                // Leading "(n)", "(o)", "(p,s,f)", "(1)" tags carry the entry's kind.
                while i < end && b[i] == UInt8(ascii: "(") {
                    var close = i + 1
                    while close < end && b[close] != UInt8(ascii: ")") { close += 1 }
                    var tagStart = i + 1
                    for k in (i + 1)...min(close, end - 1) where k == close || b[k] == UInt8(ascii: ",") {
                        if k > tagStart { tags.append(string(tagStart, k)) }
                        tagStart = k + 1
                    }
                    i = close + 1
                    while i < end && b[i] == 0x20 { i += 1 }
                }
                var stop = i
                while stop < end && b[stop] != UInt8(ascii: "/") { stop += 1 }
                var trimmed = stop
                while trimmed > i && b[trimmed - 1] == 0x20 { trimmed -= 1 }
                if trimmed > i && !(b[i] == UInt8(ascii: "E") && b[i + 1] == UInt8(ascii: "n")) { glosses.append(string(i, trimmed)) }
                i = stop
            }
            return Entry(headword: headword, readings: readings, glosses: glosses, tags: tags)
        }
    }
}
