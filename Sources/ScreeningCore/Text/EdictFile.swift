import Foundation

/// One EDICT-format dictionary (JMdict's `edict`, `enamdict`) held as its EUC-JP file,
/// mapped, with a sorted index of headword hashes: a few bytes per entry instead of an
/// object each, each line decoded when an entry is read, so ENAMDICT's 740,000 names load in
/// a fraction of a second and cost little memory.
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

    private let file: MappedFile
    private let decoder: EUCJP
    /// Each headword's hash, ascending, and where its line starts (in file order among equal hashes).
    private let hashes: [UInt64]
    private let offsets: [UInt32]
    /// Where the hashes of each value of their top bits start in `hashes`, and one more for
    /// the end: about one bucket per two headwords (uniform 64-bit hashes), so a lookup
    /// reads a hash or two, and the table takes 2.5 MB where a hash table of the million
    /// headwords took 30 MB.
    private let bucketStarts: [UInt32]
    /// The shift that leaves a hash's top bits, its bucket.
    private let bucketShift: UInt64

    /// Reads an EUC-JP EDICT file, indexing each headword by the hash of its canonical form
    /// (folded, Han canonical, kana as katakana), computed from the bytes without a `String`.
    init?(url: URL, tables: TextTables, skipFullNames: Bool = false) {
        guard let decoder = EUCJP.shared, let file = MappedFile(url: url), file.bytes.count < Int(UInt32.max) else { return nil }
        self.file = file
        self.decoder = decoder
        var hashes: [UInt64] = [], offsets: [UInt32] = []
        hashes.reserveCapacity(file.bytes.count / 30)
        offsets.reserveCapacity(file.bytes.count / 30)
        let bytes = file.bytes
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
            // (ASCII bytes never occur inside an EUC-JP character.)
            while i < n && bytes[i] != 0x20 && bytes[i] != 0x0A {
                let b = bytes[i]
                if b == UInt8(ascii: ";") {
                    if !empty { headwords.append(hash.value) }
                    hash = TextHash.Stream(); inTag = false; empty = true; i += 1; continue
                }
                if b == UInt8(ascii: "(") { inTag = true }
                let (cp, length) = decoder.decode(bytes, at: i)
                i += length
                if inTag || cp == 0 { continue }
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
                for headword in headwords {
                    hashes.append(headword)
                    offsets.append(UInt32(lineStart))
                }
            }
            lineStart = lineEnd + 1
        }
        RadixSort.sort(&hashes, carrying: &offsets)
        self.hashes = hashes
        self.offsets = offsets
        let bits = max(8, min(24, Int.bitWidth - (hashes.count | 1).leadingZeroBitCount - 1))
        let buckets = 1 << bits
        let shift = UInt64(64 - bits)
        var bucketStarts = [UInt32](repeating: 0, count: buckets + 1)
        for hash in hashes { bucketStarts[Int(hash >> shift) + 1] += 1 }
        for bucket in 0..<buckets { bucketStarts[bucket + 1] += bucketStarts[bucket] }
        self.bucketStarts = bucketStarts
        bucketShift = shift
        // Read through once to index it; from now on an entry's page is read when looked
        // up, and the rest need not stay resident (peak of `screen` with all the lists on
        // the 100,000 bulk records: 183 → 156 MiB, the same times).
        file.dropResidentPages()
    }

    /// Lets the system take back the pages read so far (`MappedFile.dropResidentPages`).
    func dropResidentPages() { file.dropResidentPages() }

    /// The position of the first headword with this hash, if any.
    private func firstPosition(_ hash: UInt64) -> Int? {
        let bucket = Int(hash >> bucketShift)
        var i = Int(bucketStarts[bucket])
        let end = Int(bucketStarts[bucket + 1])
        while i < end && hashes[i] < hash { i += 1 }
        return i < end && hashes[i] == hash ? i : nil
    }

    /// True when the entry's only tag is "(h)": "... /(h) Tanaka Tarou/".
    static func isFullNameOnly(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i + 4 < end && !(b[i] == UInt8(ascii: "/") && b[i + 1] == UInt8(ascii: "(")) { i += 1 }
        return i + 4 < end && b[i + 2] == UInt8(ascii: "h") && b[i + 3] == UInt8(ascii: ")")
    }

    /// The entries whose headword has this canonical key, in file order.
    func entries(_ key: String) -> [Entry] { entries(hash: TextHash.of(key)) }

    /// The entries whose headword's canonical form has this `TextHash`, in file order.
    func entries(hash: UInt64) -> [Entry] {
        guard var i = firstPosition(hash) else { return [] }
        var result: [Entry] = []
        while i < hashes.count && hashes[i] == hash {
            result.append(parse(at: Int(offsets[i])))
            i += 1
        }
        return result
    }

    /// True if some headword has this canonical key.
    func contains(_ key: String) -> Bool { contains(hash: TextHash.of(key)) }

    /// True if some headword's canonical form has this `TextHash`.
    func contains(hash: UInt64) -> Bool { firstPosition(hash) != nil }

    /// Parses the line at `offset`: `HEADWORD [READING;READING] /(tags) gloss/gloss/`.
    private func parse(at offset: Int) -> Entry {
        let b = file.bytes
        var end = offset
        while end < b.count && b[end] != 0x0A { end += 1 }
        // Decoded once, the fields cut from its UTF-8 bytes: the ASCII delimiters are the
        // same bytes in both encodings (decoded field by field, the parse took twice the
        // instructions, callgrind of Han names' forms).
        return decoder.utf8(b, from: offset, to: end).withUnsafeBufferPointer { Self.parse(line: $0) }
    }

    private static func parse(line b: UnsafeBufferPointer<UInt8>) -> Entry {
        let end = b.count
        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
        }
        var i = 0
        while i < end && b[i] != 0x20 && b[i] != UInt8(ascii: ";") && b[i] != UInt8(ascii: "(") { i += 1 }
        let headword = string(0, i)
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
            if trimmed > i && !(b[i] == UInt8(ascii: "E") && i + 1 < end && b[i + 1] == UInt8(ascii: "n")) { glosses.append(string(i, trimmed)) }
            i = stop
        }
        return Entry(headword: headword, readings: readings, glosses: glosses, tags: tags)
    }
}
