/// Initials printed with full stops, two or more in a row, written as one word: M.D.
/// Anderson and M. D. Anderson as MD Anderson, I.P. Pavlov as IP Pavlov, U.S.A. as USA.
/// Each letter would otherwise be a word of its own, and the spelling with full stops would
/// share no word with the one without them that a list or another paper prints.
enum DottedInitials {
    /// `text` with each run of dotted capital initials written as one word, and what was
    /// joined (for the normalizer's account); nil when the text has no such run. Capitals
    /// A to Z, full width too (folded later, as the scanner folds them), each followed by a
    /// full stop, a space at most between two; the first not right after a letter (Ph.D.
    /// is no run).
    static func joined(_ text: String) -> (text: String, runs: [String])? {
        // Most strings hold no capital with a full stop after it: one pass over the bytes,
        // before any decoding.
        var utf8 = text
        guard utf8.withUTF8(mayHoldRun) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard var run = firstRun(in: scalars, from: 0) else { return nil }
        // The copy is built as UTF-8 bytes: appending slices of scalars to a string's
        // scalar view goes through the standard library's unspecialised generic path, which
        // cost a fifth of the Latin matching form's instructions.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var runs: [String] = []
        var copied = 0
        while true {
            appendUTF8(of: scalars[copied..<run.lowerBound], to: &out)
            let letters = scalars[run].compactMap(ascii(capital:))
            appendUTF8(of: letters[...], to: &out)
            runs.append(string(of: scalars[run]) + "→" + string(of: letters[...]))
            // A word printed right after the last full stop (M.D.Anderson) stays a word of its own.
            if run.upperBound < scalars.count && scalars[run.upperBound].properties.isAlphabetic { out.append(0x20) }
            copied = run.upperBound
            guard let next = firstRun(in: scalars, from: run.upperBound) else { break }
            run = next
        }
        appendUTF8(of: scalars[copied...], to: &out)
        return (String(decoding: out, as: UTF8.self), runs)
    }

    private static func appendUTF8(of scalars: ArraySlice<Unicode.Scalar>, to out: inout [UInt8]) {
        for scalar in scalars { UTF8.encode(scalar) { out.append($0) } }
    }

    private static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        appendUTF8(of: scalars, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the bytes hold two ASCII capitals each with a full stop after it, a space at
    /// most between (the ASCII runs, found again on scalars), or a full width full stop
    /// (EF BC 8E): where a run may stand.
    private static func mayHoldRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return false }
        var i = 1
        while i < n {
            // Eight bytes at a time past those holding neither a full stop nor 0x8E (the
            // full width one's last byte): most strings hold a few full stops at most.
            if i + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if !holdsByte(0x2E, word) && !holdsByte(0x8E, word) {
                    i += 8
                    continue
                }
            }
            let end = min(i + 8, n)
            while i < end {
                let byte = bytes[i]
                if byte == 0x2E && isCapital(bytes[i - 1]) {
                    var j = i + 1
                    if j < n && bytes[j] == 0x20 { j += 1 }
                    if j + 1 < n && isCapital(bytes[j]) && bytes[j + 1] == 0x2E { return true }
                } else if byte == 0x8E && i >= 2 && bytes[i - 1] == 0xBC && bytes[i - 2] == 0xEF {
                    return true
                }
                i += 1
            }
        }
        return false
    }

    /// Whether any of the word's eight bytes is `byte`: the usual test for a zero byte, on
    /// the word with `byte` in every byte taken away by exclusive or.
    private static func holdsByte(_ byte: UInt8, _ word: UInt64) -> Bool {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The first run of two or more dotted initials at or after `start`: from its first
    /// capital to just after its last full stop.
    private static func firstRun(in scalars: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        var i = start
        while i + 1 < scalars.count {
            if ascii(capital: scalars[i]) != nil && isFullStop(scalars[i + 1])
                && (i == 0 || !scalars[i - 1].properties.isAlphabetic) {
                var end = i + 2, count = 1
                while true {
                    var j = end
                    if j < scalars.count && isSpace(scalars[j]) { j += 1 }
                    guard j + 1 < scalars.count, ascii(capital: scalars[j]) != nil, isFullStop(scalars[j + 1]) else { break }
                    end = j + 2
                    count += 1
                }
                if count >= 2 { return i..<end }
                i = end
                continue
            }
            i += 1
        }
        return nil
    }

    /// The ASCII capital of a capital letter A to Z, full width or not; nil otherwise.
    private static func ascii(capital s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x41...0x5A: s
        case 0xFF21...0xFF3A: Unicode.Scalar(s.value - 0xFF21 + 0x41)
        default: nil
        }
    }

    private static func isFullStop(_ s: Unicode.Scalar) -> Bool { s.value == 0x2E || s.value == 0xFF0E }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s.value == 0x20 || s.value == 0x3000 }
}
